#include "secrets/ShortLivedKeyCache.h"

#include <utility>

namespace Paydesk {

ShortLivedKeyCache::ShortLivedKeyCache(KeyProvider *source, std::chrono::milliseconds grace,
                                       QObject *parent)
    : QObject(parent)
    , m_cache(source, KeyCache::Keep::KeysOnly) {
    m_grace.setSingleShot(true);
    m_grace.setInterval(grace);
    connect(&m_grace, &QTimer::timeout, this, [this] { m_cache.clear(); });
}

void ShortLivedKeyCache::readKey(const QString &accountName, QObject *context,
                                 std::function<void(const KeyResult &)> done) {
    if (context && !m_readers.contains(context)) {
        m_readers.insert(context);
        connect(context, &QObject::destroyed, this, [this, context] { onReaderGone(context); });
    }
    if (m_readers.isEmpty())
        m_grace.start(); // nobody to wait for: the grace period starts now
    else
        m_grace.stop();
    m_cache.readKey(accountName, context, std::move(done));
}

void ShortLivedKeyCache::onReaderGone(QObject *reader) {
    m_readers.remove(reader);
    if (m_readers.isEmpty())
        m_grace.start();
}

} // namespace Paydesk
