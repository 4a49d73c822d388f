#include "providers/CheckoutId.h"

#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Paydesk {

namespace {

constexpr qsizetype kMaxInputLength = 2048;

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::CheckoutId)
};

LookupError invalid(const QString &message) {
    LookupError error;
    error.kind = ErrorKind::InvalidId;
    error.message = message;
    return error;
}

bool isAsciiAlnum(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isIdChar(QChar c) {
    return isAsciiAlnum(c) || c == u'_';
}

std::optional<CheckoutRef> bareId(QStringView text) {
    for (const PaymentProvider *provider : ProviderRegistry::all()) {
        if (std::optional<QString> id = provider->recognizeId(text))
            return CheckoutRef{provider->key(), *id};
    }
    return std::nullopt;
}

// Every registered id format, for messages: "an id of this form, or an id of that form".
QString idFormats() {
    QStringList formats;
    for (const PaymentProvider *provider : ProviderRegistry::all())
        formats.append(provider->idFormat());
    return formats.join(Text::tr(", or "));
}

bool looksLikeSecretKey(QStringView text) {
    return text.startsWith(u"sk_") || text.startsWith(u"test_sk_") || text.startsWith(u"live_sk_")
           || text.startsWith(u"pk_") || text.startsWith(u"test_pk_")
           || text.startsWith(u"live_pk_");
}

QString describeCharacter(QChar c) {
    if (c == u'/')
        return Text::tr("a slash (/)");
    if (c == u'.')
        return Text::tr("a dot (.)");
    if (c == u'%')
        return Text::tr("a percent sign (%)");
    if (c == u'?')
        return Text::tr("a question mark (?)");
    if (c == u'#')
        return Text::tr("a hash sign (#)");
    if (c == u'\\')
        return Text::tr("a backslash (\\)");
    if (c.unicode() < 0x80)
        return QString(u'\'' + QString(c) + u'\'');
    return Text::tr("a non-ASCII character");
}

Result<CheckoutRef> fromUrl(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(Text::tr("The checkout URL is not a valid URL."));
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    std::optional<CheckoutRef> found;
    for (const QString &segment : segments) {
        const std::optional<CheckoutRef> ref = bareId(segment);
        if (!ref)
            continue;
        if (found && found->id != ref->id)
            return invalid(
                Text::tr("The URL holds more than one checkout id; paste the id itself."));
        found = ref;
    }
    if (!found)
        return invalid(Text::tr("The URL's path holds no checkout id (%1).").arg(idFormats()));
    return *found;
}

Result<CheckoutRef> fromBareText(const QString &text) {
    if (const std::optional<CheckoutRef> ref = bareId(text))
        return *ref;
    if (looksLikeSecretKey(text))
        return invalid(
            Text::tr("This looks like an API key, not a checkout id. Keys are stored with "
                     "\"paydesk account add\", never typed as an id."));
    const auto bad = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !isIdChar(c); });
    if (bad != text.cend()) {
        if (text.contains(QLatin1String("://")))
            return invalid(Text::tr("Only http:// and https:// checkout URLs are accepted."));
        return invalid(Text::tr("A checkout id cannot contain %1.").arg(describeCharacter(*bad)));
    }
    for (const PaymentProvider *provider : ProviderRegistry::all()) {
        if (const std::optional<QString> why = provider->explainInvalidId(text))
            return invalid(*why);
    }
    return invalid(Text::tr("Not a checkout id: expected %1, or a checkout URL.").arg(idFormats()));
}

} // namespace

Result<CheckoutRef> recognizeCheckoutId(const QString &input) {
    if (input.size() > kMaxInputLength)
        return invalid(
            Text::tr("The input is longer than %1 characters; no checkout id or URL is that "
                     "long.")
                .arg(kMaxInputLength));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(Text::tr("The checkout id is empty."));
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return invalid(Text::tr("The checkout id contains a space; enter one id at a time."));
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            return invalid(Text::tr("The checkout id contains a control character."));
    }
    if (text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return fromUrl(text);
    return fromBareText(text);
}

QString checkoutInputKey(const QString &input) {
    const Result<CheckoutRef> ref = recognizeCheckoutId(input);
    if (!ref)
        return QStringLiteral("input/") + input.trimmed();
    return ref.value().provider + u'/' + ref.value().id;
}

QStringList splitCheckoutInputs(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace Paydesk
