#include "domain/Provider.h"

namespace Paydesk {

QString modeKey(Mode mode) {
    switch (mode) {
    case Mode::Test:
        return QStringLiteral("test");
    case Mode::Live:
        return QStringLiteral("live");
    }
    return {};
}

std::optional<Mode> modeFromKey(const QString &key) {
    const QString folded = key.trimmed().toLower();
    if (folded == QLatin1String("test"))
        return Mode::Test;
    if (folded == QLatin1String("live"))
        return Mode::Live;
    return std::nullopt;
}

} // namespace Paydesk
