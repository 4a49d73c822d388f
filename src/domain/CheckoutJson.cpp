#include "domain/CheckoutJson.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace Paydesk {

namespace {

QJsonValue text(const QString &value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue url(const QUrl &value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(value.toString(QUrl::FullyEncoded));
}

QJsonValue time(const QDateTime &value) {
    if (!value.isValid())
        return QJsonValue::Null;
    QDateTime utc = value.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

QJsonValue money(const std::optional<Money> &value) {
    if (!value || !value->isValid())
        return QJsonValue::Null;
    return moneyToJson(*value);
}

QJsonValue discountJson(const std::optional<Discount> &discount) {
    if (!discount)
        return QJsonValue::Null;
    const bool percentage = discount->type == DiscountType::Percentage;
    return QJsonObject{
        {QStringLiteral("type"),
         percentage ? QStringLiteral("percentage") : QStringLiteral("fixed")},
        {QStringLiteral("percent"), percentage ? text(discount->percent) : QJsonValue::Null},
        {QStringLiteral("amount"), money(discount->amount)},
    };
}

QJsonValue feesJson(const std::optional<Fees> &fees) {
    if (!fees)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("total"), money(fees->total)},
        {QStringLiteral("merchant"), money(fees->merchant)},
        {QStringLiteral("customer"), money(fees->customer)},
        {QStringLiteral("paid_by"), text(fees->paidBy)},
    };
}

QJsonValue customerJson(const std::optional<Customer> &customer) {
    if (!customer)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("id"), text(customer->id)},
        {QStringLiteral("name"), text(customer->name)},
        {QStringLiteral("email"), text(customer->email)},
        {QStringLiteral("avatar_url"), url(customer->avatarUrl)},
    };
}

QJsonValue methodJson(const std::optional<PaymentMethod> &method) {
    if (!method)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("code"), text(method->code)},
        {QStringLiteral("label"), text(method->label)},
        {QStringLiteral("icon_url"), url(method->iconUrl)},
    };
}

QJsonValue attemptJson(const std::optional<Attempt> &attempt) {
    if (!attempt)
        return QJsonValue::Null;
    QJsonValue failure = QJsonValue::Null;
    if (attempt->failure) {
        failure = QJsonObject{
            {QStringLiteral("code"), text(attempt->failure->code)},
            {QStringLiteral("category"), text(attempt->failure->category)},
            {QStringLiteral("message"), text(attempt->failure->message)},
        };
    }
    return QJsonObject{
        {QStringLiteral("id"), text(attempt->id)},
        {QStringLiteral("status"), text(attempt->status)},
        {QStringLiteral("failure"), failure},
        {QStringLiteral("failover"), attempt->failover},
        {QStringLiteral("gateway_reference"), text(attempt->gatewayReference)},
    };
}

QJsonValue exchangeRateJson(const std::optional<ExchangeRate> &rate) {
    if (!rate)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("value"), text(rate->value)},
        {QStringLiteral("from"), text(rate->from)},
        {QStringLiteral("to"), text(rate->to)},
    };
}

// interface.md's key order, every level at once: each object's keys appear in this order.
constexpr std::array kKeyOrder{
    "results",
    "id",
    "error",
    "kind",
    "type",
    "percent",
    "code",
    "provider",
    "account",
    "mode",
    "status",
    "provider_status",
    "amount",
    "amount_before_discount",
    "discount",
    "fees",
    "total",
    "merchant",
    "customer",
    "paid_by",
    "name",
    "email",
    "avatar_url",
    "method",
    "label",
    "icon_url",
    "attempt",
    "failure",
    "category",
    "message",
    "http_status",
    "request_id",
    "accounts_tried",
    "failover",
    "gateway_reference",
    "exchange_rate",
    "value",
    "currency",
    "from",
    "to",
    "checkout_url",
    "description",
    "metadata",
    "created_at",
    "updated_at",
    "expires_at",
    "completed_at",
};

int keyRank(const QString &key) {
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> table;
        for (std::size_t i = 0; i < kKeyOrder.size(); ++i)
            table.insert(QString::fromLatin1(kKeyOrder[i]), int(i));
        return table;
    }();
    return ranks.value(key, int(kKeyOrder.size()));
}

void writeString(QByteArray &out, const QString &text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeScalar(QByteArray &out, const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        writeString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        // QJsonDocument writes numbers exactly as it would inside any document.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += wrapped.mid(1, wrapped.size() - 2);
        return;
    }
    default:
        out += "null";
    }
}

void write(QByteArray &out, const QJsonValue &value, int depth, bool ordered, bool indented) {
    const QByteArray indent = indented ? QByteArray(4 * (depth + 1), ' ') : QByteArray();
    const QByteArray closingIndent = indented ? QByteArray(4 * depth, ' ') : QByteArray();
    const char *newline = indented ? "\n" : "";
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        if (ordered) {
            std::vector<std::pair<int, QString>> ranked;
            ranked.reserve(std::size_t(keys.size()));
            for (const QString &key : std::as_const(keys))
                ranked.emplace_back(keyRank(key), key);
            std::stable_sort(ranked.begin(), ranked.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (std::size_t i = 0; i < ranked.size(); ++i)
                keys[qsizetype(i)] = ranked[i].second;
        }
        out += '{';
        out += newline;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent;
            writeString(out, keys.at(i));
            out += indented ? ": " : ":";
            // Metadata is the merchant's own data: written as sent, not reordered.
            write(out, object.value(keys.at(i)), depth + 1,
                  ordered && keys.at(i) != QLatin1String("metadata"), indented);
            if (i + 1 < keys.size())
                out += ',';
            out += newline;
        }
        out += closingIndent;
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += '[';
        out += newline;
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            write(out, array.at(i), depth + 1, ordered, indented);
            if (i + 1 < array.size())
                out += ',';
            out += newline;
        }
        out += closingIndent;
        out += ']';
    } else {
        writeScalar(out, value);
    }
}

} // namespace

QJsonObject moneyToJson(const Money &money) {
    if (!money.isValid())
        return {};
    return QJsonObject{
        {QStringLiteral("value"), money.toDecimalString()},
        {QStringLiteral("currency"), money.currency()},
    };
}

QJsonObject checkoutToJson(const Checkout &checkout) {
    return QJsonObject{
        {QStringLiteral("id"), checkout.id},
        {QStringLiteral("provider"), checkout.provider},
        {QStringLiteral("account"), text(checkout.account)},
        {QStringLiteral("mode"),
         checkout.mode ? QJsonValue(modeKey(*checkout.mode)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), statusKey(checkout.status)},
        {QStringLiteral("provider_status"), text(checkout.providerStatus)},
        {QStringLiteral("amount"), money(checkout.amount)},
        {QStringLiteral("amount_before_discount"), money(checkout.amountBeforeDiscount)},
        {QStringLiteral("discount"), discountJson(checkout.discount)},
        {QStringLiteral("fees"), feesJson(checkout.fees)},
        {QStringLiteral("customer"), customerJson(checkout.customer)},
        {QStringLiteral("method"), methodJson(checkout.method)},
        {QStringLiteral("attempt"), attemptJson(checkout.attempt)},
        {QStringLiteral("exchange_rate"), exchangeRateJson(checkout.exchangeRate)},
        {QStringLiteral("checkout_url"), url(checkout.checkoutUrl)},
        {QStringLiteral("description"), text(checkout.description)},
        {QStringLiteral("metadata"), checkout.metadata.isObject() || checkout.metadata.isArray()
                                         ? checkout.metadata
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), time(checkout.createdAt)},
        {QStringLiteral("updated_at"), time(checkout.updatedAt)},
        {QStringLiteral("expires_at"), time(checkout.expiresAt)},
        {QStringLiteral("completed_at"), time(checkout.completedAt)},
    };
}

QJsonObject lookupErrorToJson(const QString &id, const LookupError &error) {
    const QJsonObject details{
        {QStringLiteral("kind"), errorKindKey(error.kind)},
        {QStringLiteral("message"), error.message},
        {QStringLiteral("http_status"),
         error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("request_id"), text(error.requestId)},
        {QStringLiteral("accounts_tried"), QJsonArray::fromStringList(error.accountsTried)},
    };
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("error"), details}};
}

QByteArray toOrderedJson(const QJsonObject &object, QJsonDocument::JsonFormat format) {
    QByteArray out;
    const bool indented = format == QJsonDocument::Indented;
    write(out, object, 0, true, indented);
    if (indented)
        out += '\n';
    return out;
}

} // namespace Paydesk
