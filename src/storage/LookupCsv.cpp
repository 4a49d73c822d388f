#include "storage/LookupCsv.h"

#include "domain/Csv.h"

namespace Paydesk {

namespace {

QString isoTime(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

// A row's amounts share its currency column; one in another currency (no provider sends such
// a checkout) keeps its own code beside it rather than be misread.
QString amountIn(const std::optional<Money> &money, const QString &currency) {
    if (!money || !money->isValid())
        return {};
    if (money->currency() == currency)
        return money->toDecimalString();
    return money->toDecimalString() + u' ' + money->currency();
}

QString rowCurrency(const Checkout &c) {
    for (const std::optional<Money> &money :
         {c.amount, c.amountBeforeDiscount,
          c.fees ? std::optional<Money>(c.fees->total) : std::nullopt}) {
        if (money && money->isValid())
            return money->currency();
    }
    return {};
}

} // namespace

QStringList lookupCsvHeader() {
    return {
        QStringLiteral("id"),
        QStringLiteral("provider"),
        QStringLiteral("account"),
        QStringLiteral("mode"),
        QStringLiteral("status"),
        QStringLiteral("provider_status"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("amount_before_discount"),
        QStringLiteral("discount_amount"),
        QStringLiteral("discount_percent"),
        QStringLiteral("fees"),
        QStringLiteral("fees_paid_by"),
        QStringLiteral("customer_name"),
        QStringLiteral("customer_email"),
        QStringLiteral("customer_phone"),
        QStringLiteral("method"),
        QStringLiteral("failure_code"),
        QStringLiteral("failure_message"),
        QStringLiteral("description"),
        QStringLiteral("checkout_url"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("completed_at"),
        QStringLiteral("expires_at"),
        QStringLiteral("looked_up_at"),
        QStringLiteral("error_kind"),
        QStringLiteral("error_message"),
        QStringLiteral("http_status"),
        QStringLiteral("request_id"),
    };
}

QStringList lookupCsvCells(const HistoryEntry &entry) {
    QStringList cells;
    const auto add = [&cells](const QString &value) {
        cells << value;
    };
    const std::optional<Checkout> &c = entry.checkout;

    add(c && !c->id.isEmpty() ? c->id : !entry.id.isEmpty() ? entry.id : entry.input);
    add(c ? c->provider : entry.provider.value_or(QString()));
    add(c && !c->account.isEmpty() ? c->account : entry.account);
    add(c && c->mode ? modeKey(*c->mode) : QString());
    add(c ? statusKey(c->status) : QString());
    add(c ? c->providerStatus : QString());
    const QString currency = c ? rowCurrency(*c) : QString();
    add(c ? amountIn(c->amount, currency) : QString());
    add(currency);
    add(c ? amountIn(c->amountBeforeDiscount, currency) : QString());
    add(c && c->discount ? amountIn(c->discount->amount, currency) : QString());
    add(c && c->discount ? c->discount->percent : QString());
    add(c && c->fees ? amountIn(c->fees->total, currency) : QString());
    add(c && c->fees ? c->fees->paidBy : QString());
    add(c && c->customer ? c->customer->name : QString());
    add(c && c->customer ? c->customer->email : QString());
    add(c && c->customer ? c->customer->phone : QString());
    add(c && c->method ? c->method->code : QString());
    const bool failedAttempt = c && c->attempt && c->attempt->failure;
    add(failedAttempt ? c->attempt->failure->code : QString());
    add(failedAttempt ? c->attempt->failure->message : QString());
    add(c ? c->description : QString());
    add(c ? c->checkoutUrl.toString(QUrl::FullyEncoded) : QString());
    add(c ? isoTime(c->createdAt) : QString());
    add(c ? isoTime(c->updatedAt) : QString());
    add(c ? isoTime(c->completedAt) : QString());
    add(c ? isoTime(c->expiresAt) : QString());
    add(isoTime(entry.lookedUpAt));
    const std::optional<LookupError> &e = entry.error;
    add(e ? errorKindKey(e->kind) : QString());
    add(e ? e->message : QString());
    add(e && e->httpStatus > 0 ? QString::number(e->httpStatus) : QString());
    add(e ? e->requestId : QString());
    return cells;
}

QByteArray lookupsCsv(const QList<HistoryEntry> &entries) {
    QByteArray csv = csvRecord(lookupCsvHeader());
    for (const HistoryEntry &entry : entries)
        csv += csvRecord(lookupCsvCells(entry));
    return csv;
}

QString lookupsTabSeparated(const QList<HistoryEntry> &entries) {
    QString text = tabSeparatedLine(lookupCsvHeader());
    for (const HistoryEntry &entry : entries)
        text += tabSeparatedLine(lookupCsvCells(entry));
    return text;
}

} // namespace Paydesk
