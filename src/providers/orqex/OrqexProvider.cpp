#include "providers/orqex/OrqexProvider.h"

#include "providers/orqex/OrqexParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace Paydesk {

namespace {

constexpr qsizetype kMaxSuffixLength = 120;
const QString kPrefix = QStringLiteral("cs_");

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::OrqexProvider)
};

bool isIdChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'_';
}

} // namespace

ProviderKey OrqexProvider::providerKey() {
    return QStringLiteral("orqex");
}

ProviderKey OrqexProvider::key() const {
    return providerKey();
}

QString OrqexProvider::displayName() const {
    return QStringLiteral("Orqex");
}

QUrl OrqexProvider::defaultBaseUrl(Mode /*mode*/) const {
    return QUrl(QStringLiteral("https://api.orqex.com/v1"));
}

std::optional<QString> OrqexProvider::recognizeId(QStringView text) const {
    if (text.startsWith(kPrefix) && text.size() > kPrefix.size()
        && text.size() <= kPrefix.size() + kMaxSuffixLength
        && std::all_of(text.begin(), text.end(), isIdChar))
        return text.toString();
    return std::nullopt;
}

std::optional<QString> OrqexProvider::explainInvalidId(QStringView text) const {
    if (!text.startsWith(kPrefix))
        return std::nullopt;
    if (text.size() == kPrefix.size())
        return Text::tr("An Orqex checkout id has at least one character after \"cs_\".");
    return Text::tr("An Orqex checkout id has at most %1 characters after \"cs_\"; this one has "
                    "%2.")
        .arg(kMaxSuffixLength)
        .arg(text.size() - kPrefix.size());
}

QString OrqexProvider::idFormat() const {
    return Text::tr("an Orqex id starting with \"cs_\"");
}

QString OrqexProvider::keyCheckId() const {
    return QStringLiteral("cs_0paydeskcheck0");
}

QStringList OrqexProvider::checkoutPath(const QString &id) const {
    return {QStringLiteral("payment"), QStringLiteral("checkouts"), id};
}

Result<Checkout> OrqexProvider::parseCheckout(const QByteArray &body, const QDateTime &now) const {
    return parseOrqexCheckout(body, now);
}

QString OrqexProvider::methodIcon(const QString &methodCode) const {
    const QString code = methodCode.trimmed().toLower();
    if (code == QLatin1String("momo_mtn") || code == QLatin1String("card"))
        return QStringLiteral(":/providers/orqex/icons/%1.svg").arg(code);
    return {};
}

} // namespace Paydesk
