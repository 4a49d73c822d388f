#include "cli/LookupOutput.h"

#include "cli/ExitCode.h"
#include "cli/TerminalText.h"
#include "domain/CheckoutJson.h"
#include "domain/Csv.h"
#include "providers/CheckoutId.h"
#include "providers/ProviderRegistry.h"
#include "storage/LookupCsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <algorithm>

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::LookupOutput)
};

using Lines = QList<QPair<QString, QString>>;

bool isSetupError(ErrorKind kind) {
    return kind == ErrorKind::InvalidId || kind == ErrorKind::NoAccount
           || kind == ErrorKind::Keychain;
}

QString dateText(const QDateTime &when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString money(const std::optional<Money> &amount, const QLocale &locale) {
    return amount && amount->isValid() ? formatMoney(*amount, locale) : QString();
}

void add(Lines &lines, const QString &label, const QString &value) {
    if (!value.isEmpty())
        lines.append({label, value});
}

Lines checkoutLines(const Checkout &c, const QLocale &locale) {
    Lines lines;
    add(lines, Text::tr("Provider"), ProviderRegistry::displayName(c.provider));
    add(lines, Text::tr("Account"), c.account);
    add(lines, Text::tr("Mode"), c.mode ? modeKey(*c.mode) : QString());
    QString status = statusKey(c.status);
    if (!c.providerStatus.isEmpty() && c.providerStatus != status)
        status += QStringLiteral(" (") + c.providerStatus + u')';
    add(lines, Text::tr("Status"), status);
    add(lines, Text::tr("Amount"), money(c.amount, locale));
    if (c.discount) {
        add(lines, Text::tr("Before discount"), money(c.amountBeforeDiscount, locale));
        const QString off = c.discount->type == DiscountType::Percentage
                                ? c.discount->percent + QStringLiteral(" %")
                                : formatMoney(c.discount->amount, locale);
        add(lines, Text::tr("Discount"), off);
    }
    if (c.fees) {
        QString fees = formatMoney(c.fees->total, locale);
        if (!c.fees->paidBy.isEmpty())
            fees += QStringLiteral(" (") + Text::tr("paid by %1").arg(c.fees->paidBy) + u')';
        add(lines, Text::tr("Fees"), fees);
    }
    if (c.customer) {
        QString who = c.customer->name;
        if (!c.customer->email.isEmpty())
            who +=
                (who.isEmpty() ? QString() : QStringLiteral(" ")) + u'<' + c.customer->email + u'>';
        add(lines, Text::tr("Customer"), who.isEmpty() ? c.customer->id : who);
        add(lines, Text::tr("Phone"), c.customer->phone);
    }
    if (c.method)
        add(lines, Text::tr("Method"),
            c.method->label.isEmpty() ? c.method->code : c.method->label);
    if (c.attempt && c.attempt->failure) {
        const AttemptFailure &f = *c.attempt->failure;
        add(lines, Text::tr("Failure"),
            f.message.isEmpty() ? f.code : f.message + QStringLiteral(" (") + f.code + u')');
    }
    if (c.exchangeRate)
        add(lines, Text::tr("Exchange rate"),
            QStringLiteral("1 %1 = %2 %3")
                .arg(c.exchangeRate->from, c.exchangeRate->value, c.exchangeRate->to));
    for (const CheckoutItem &item : c.items)
        add(lines, Text::tr("Item"),
            QStringLiteral("%1 × %2")
                .arg(item.quantity)
                .arg(item.unitAmount.isValid() ? formatMoney(item.unitAmount, locale)
                                               : Text::tr("amount not sent")));
    add(lines, Text::tr("Description"), c.description);
    add(lines, Text::tr("Created"), c.createdAt.isValid() ? dateText(c.createdAt) : QString());
    add(lines, Text::tr("Completed"),
        c.completedAt.isValid() ? dateText(c.completedAt) : QString());
    add(lines, Text::tr("Expires"), c.expiresAt.isValid() ? dateText(c.expiresAt) : QString());
    add(lines, Text::tr("Checkout URL"), c.checkoutUrl.toString());
    return lines;
}

Lines errorLines(const LookupError &e) {
    Lines lines;
    add(lines, Text::tr("Error"), errorKindKey(e.kind));
    add(lines, Text::tr("Message"), e.message);
    add(lines, Text::tr("HTTP status"),
        e.httpStatus > 0 ? QString::number(e.httpStatus) : QString());
    add(lines, Text::tr("Request id"), e.requestId);
    add(lines, Text::tr("Accounts asked"), e.accountsTried.join(QStringLiteral(", ")));
    return lines;
}

// One outcome for people: its id, then aligned "label  value" lines.
QString outcomeBlock(const LookupOutcome &outcome, const QLocale &locale) {
    const Lines lines = outcome.result.ok() ? checkoutLines(outcome.result.value(), locale)
                                            : errorLines(outcome.result.error());
    qsizetype width = 0;
    for (const auto &line : lines)
        width = std::max(width, line.first.size());
    // The id as pasted and every value a provider sent are data: no control character
    // or bidi override in them reaches the terminal.
    QString text = terminalSafe(outcome.id.isEmpty() ? outcome.input : outcome.id) + u'\n';
    for (const auto &line : lines)
        text += QStringLiteral("  ") + line.first.leftJustified(width + 2)
                + terminalSafe(line.second) + u'\n';
    return text;
}

QJsonObject outcomeJson(const LookupOutcome &outcome) {
    if (outcome.result.ok())
        return checkoutToJson(outcome.result.value());
    return lookupErrorToJson(outcome.id.isEmpty() ? outcome.input : outcome.id,
                             outcome.result.error());
}

// An element of "results" exactly as toOrderedJson() writes it inside the whole document: its
// own text with every line indented by the two levels it sits at. A JSON value has no raw line
// break inside it (strings are escaped), so every '\n' separates lines.
QByteArray resultsElement(const QJsonObject &element) {
    const QByteArray indent(8, ' ');
    const QByteArray lineBreak = QByteArray(1, '\n') + indent;
    QByteArray text = toOrderedJson(element);
    text.chop(1); // its closing newline
    return indent + text.replace('\n', lineBreak);
}

QByteArray outcomeCsvRecord(const LookupOutcome &outcome, const QString &account,
                            const QDateTime &lookedUpAt, bool forTerminal) {
    HistoryEntry row;
    row.input = outcome.input;
    row.id = outcome.id;
    row.account = account;
    row.lookedUpAt = lookedUpAt;
    if (const Result<CheckoutRef> ref = recognizeCheckoutId(outcome.input))
        row.provider = ref.value().provider;
    if (outcome.result.ok())
        row.checkout = outcome.result.value();
    else
        row.error = outcome.result.error();
    QStringList cells = lookupCsvCells(row);
    if (forTerminal) {
        for (QString &cell : cells)
            cell = terminalSafe(cell);
    }
    return csvRecord(cells);
}

} // namespace

int lookupExitCode(const QList<LookupOutcome> &outcomes) {
    int code = ExitAllFound;
    for (const LookupOutcome &outcome : outcomes) {
        if (outcome.result.ok())
            continue;
        if (isSetupError(outcome.result.error().kind))
            return ExitBadUsage;
        code = ExitSomeFailed;
    }
    return code;
}

QString lookupOutcomesText(const QList<LookupOutcome> &outcomes, const QLocale &locale) {
    QString text;
    for (const LookupOutcome &outcome : outcomes) {
        if (!text.isEmpty())
            text += u'\n';
        text += outcomeBlock(outcome, locale);
    }
    return text;
}

QJsonDocument lookupOutcomesJson(const QList<LookupOutcome> &outcomes) {
    QJsonArray results;
    for (const LookupOutcome &outcome : outcomes)
        results.append(outcomeJson(outcome));
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}});
}

QByteArray lookupOutcomesCsv(const QList<LookupOutcome> &outcomes, const QString &account,
                             const QDateTime &lookedUpAt, bool forTerminal) {
    QByteArray csv = csvRecord(lookupCsvHeader());
    for (const LookupOutcome &outcome : outcomes)
        csv += outcomeCsvRecord(outcome, account, lookedUpAt, forTerminal);
    return csv;
}

LookupPrinter::LookupPrinter(Format format, qsizetype count, const QLocale &locale,
                             const QString &account, const QDateTime &lookedUpAt, bool forTerminal)
    : m_format(format)
    , m_count(count)
    , m_locale(locale)
    , m_account(account)
    , m_lookedUpAt(lookedUpAt)
    , m_forTerminal(forTerminal)
    , m_exitCode(lookupExitCode({})) {}

// The JSON pieces are those toOrderedJson() writes for {"results": [...]}, indented by four.
QByteArray LookupPrinter::begin() const {
    switch (m_format) {
    case Format::Json:
        return m_count == 0 ? QByteArray("{\n    \"results\": []")
                            : QByteArray("{\n    \"results\": [\n");
    case Format::Csv:
        return csvRecord(lookupCsvHeader());
    case Format::Text:
        break;
    }
    return {};
}

QByteArray LookupPrinter::next(const LookupOutcome &outcome) {
    // 2 (setup) wins over 1 (some failed), which wins over 0: the most severe so far.
    m_exitCode = std::max(m_exitCode, lookupExitCode({outcome}));
    const bool first = m_written++ == 0;
    switch (m_format) {
    case Format::Json:
        return resultsElement(outcomeJson(outcome)) + (m_written < m_count ? ",\n" : "\n");
    case Format::Csv:
        return outcomeCsvRecord(outcome, m_account, m_lookedUpAt, m_forTerminal);
    case Format::Text:
        return ((first ? QString() : QStringLiteral("\n")) + outcomeBlock(outcome, m_locale))
            .toUtf8();
    }
    return {};
}

QByteArray LookupPrinter::end() const {
    if (m_format != Format::Json)
        return {};
    return m_count == 0 ? QByteArray("\n}\n") : QByteArray("    ]\n}\n");
}

} // namespace Paydesk
