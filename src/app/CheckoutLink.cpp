#include "app/CheckoutLink.h"

#include "providers/CheckoutId.h"

#include <QCoreApplication>
#include <QUrl>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::CheckoutLink)
};

const QString scheme = QStringLiteral("paydesk");
constexpr qsizetype maxLinkLength = 2048;

LookupError malformed(const QString &why) {
    LookupError error;
    error.kind = ErrorKind::InvalidId;
    error.message = Text::tr("This paydesk:// link cannot be opened: %1 A checkout link looks "
                             "like paydesk://checkout/ID.")
                        .arg(why);
    return error;
}

bool hasControlCharacter(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

bool isPaydeskLink(const QString &argument) {
    return argument.startsWith(scheme + u':', Qt::CaseInsensitive);
}

Result<QString> checkoutFromLink(const QString &link) {
    if (link.size() > maxLinkLength)
        return malformed(Text::tr("it is longer than %n characters.", nullptr, maxLinkLength));
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(scheme, Qt::CaseInsensitive) != 0)
        return malformed(Text::tr("it is not a valid link."));
    if (url.host() != QLatin1String("checkout"))
        return malformed(Text::tr("it does not open a checkout."));
    if (!url.userInfo().isEmpty() || url.port() != -1 || url.hasQuery() || url.hasFragment())
        return malformed(Text::tr("it carries more than a checkout."));
    // One path segment: a bare id, or a whole checkout URL percent-encoded into one segment.
    const QString segment = url.path(QUrl::FullyEncoded).mid(1);
    if (!url.path(QUrl::FullyEncoded).startsWith(u'/') || segment.isEmpty())
        return malformed(Text::tr("it names no checkout."));
    if (segment.contains(u'/'))
        return malformed(Text::tr("a checkout URL inside it must be percent-encoded."));
    const QString checkout = QUrl::fromPercentEncoding(segment.toUtf8());
    if (hasControlCharacter(checkout))
        return malformed(Text::tr("it contains control characters."));
    const Result<CheckoutRef> recognized = recognizeCheckoutId(checkout);
    if (!recognized)
        return malformed(recognized.error().message);
    return checkout.trimmed();
}

} // namespace Paydesk
