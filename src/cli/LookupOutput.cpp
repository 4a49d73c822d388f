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
            QStringLiteral("%1 × %2").arg(item.quantity).arg(formatMoney(item.unitAmount, locale)));
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
        const Lines lines = outcome.result.ok() ? checkoutLines(outcome.result.value(), locale)
                                                : errorLines(outcome.result.error());
        qsizetype width = 0;
        for (const auto &line : lines)
            width = std::max(width, line.first.size());
        if (!text.isEmpty())
            text += u'\n';
        // The id as pasted and every value a provider sent are data: no control character
        // or bidi override in them reaches the terminal.
        text += terminalSafe(outcome.id.isEmpty() ? outcome.input : outcome.id) + u'\n';
        for (const auto &line : lines)
            text += QStringLiteral("  ") + line.first.leftJustified(width + 2)
                    + terminalSafe(line.second) + u'\n';
    }
    return text;
}

QJsonDocument lookupOutcomesJson(const QList<LookupOutcome> &outcomes) {
    QJsonArray results;
    for (const LookupOutcome &outcome : outcomes) {
        if (outcome.result.ok())
            results.append(checkoutToJson(outcome.result.value()));
        else
            results.append(lookupErrorToJson(outcome.id.isEmpty() ? outcome.input : outcome.id,
                                             outcome.result.error()));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}});
}

QByteArray lookupOutcomesCsv(const QList<LookupOutcome> &outcomes, const QString &account,
                             const QDateTime &lookedUpAt, bool forTerminal) {
    QByteArray csv = csvRecord(lookupCsvHeader());
    for (const LookupOutcome &outcome : outcomes) {
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
        csv += csvRecord(cells);
    }
    return csv;
}

} // namespace Paydesk
