#include "cli/LookupOutput.h"

#include "cli/ExitCode.h"
#include "domain/CheckoutJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

#include <algorithm>

namespace Paydesk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Paydesk::LookupOutput", text);
}

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
    add(lines, tr("Provider"), providerName(c.provider));
    add(lines, tr("Account"), c.account);
    add(lines, tr("Mode"), c.mode ? modeKey(*c.mode) : QString());
    QString status = statusKey(c.status);
    if (!c.providerStatus.isEmpty() && c.providerStatus != status)
        status += QStringLiteral(" (") + c.providerStatus + u')';
    add(lines, tr("Status"), status);
    add(lines, tr("Amount"), money(c.amount, locale));
    if (c.discount) {
        add(lines, tr("Before discount"), money(c.amountBeforeDiscount, locale));
        const QString off = c.discount->type == DiscountType::Percentage
                                ? c.discount->percent + QStringLiteral(" %")
                                : formatMoney(c.discount->amount, locale);
        add(lines, tr("Discount"), off);
    }
    if (c.fees) {
        QString fees = formatMoney(c.fees->total, locale);
        if (!c.fees->paidBy.isEmpty())
            fees += QStringLiteral(" (") + tr("paid by %1").arg(c.fees->paidBy) + u')';
        add(lines, tr("Fees"), fees);
    }
    if (c.customer) {
        QString who = c.customer->name;
        if (!c.customer->email.isEmpty())
            who +=
                (who.isEmpty() ? QString() : QStringLiteral(" ")) + u'<' + c.customer->email + u'>';
        add(lines, tr("Customer"), who.isEmpty() ? c.customer->id : who);
        add(lines, tr("Phone"), c.customer->phone);
    }
    if (c.method)
        add(lines, tr("Method"), c.method->label.isEmpty() ? c.method->code : c.method->label);
    if (c.attempt && c.attempt->failure) {
        const AttemptFailure &f = *c.attempt->failure;
        add(lines, tr("Failure"),
            f.message.isEmpty() ? f.code : f.message + QStringLiteral(" (") + f.code + u')');
    }
    if (c.exchangeRate)
        add(lines, tr("Exchange rate"),
            QStringLiteral("1 %1 = %2 %3")
                .arg(c.exchangeRate->from, c.exchangeRate->value, c.exchangeRate->to));
    for (const CheckoutItem &item : c.items)
        add(lines, tr("Item"),
            QStringLiteral("%1 × %2").arg(item.quantity).arg(formatMoney(item.unitAmount, locale)));
    add(lines, tr("Description"), c.description);
    add(lines, tr("Created"), c.createdAt.isValid() ? dateText(c.createdAt) : QString());
    add(lines, tr("Completed"), c.completedAt.isValid() ? dateText(c.completedAt) : QString());
    add(lines, tr("Expires"), c.expiresAt.isValid() ? dateText(c.expiresAt) : QString());
    add(lines, tr("Checkout URL"), c.checkoutUrl.toString());
    return lines;
}

Lines errorLines(const LookupError &e) {
    Lines lines;
    add(lines, tr("Error"), errorKindKey(e.kind));
    add(lines, tr("Message"), e.message);
    add(lines, tr("HTTP status"), e.httpStatus > 0 ? QString::number(e.httpStatus) : QString());
    add(lines, tr("Request id"), e.requestId);
    add(lines, tr("Accounts asked"), e.accountsTried.join(QStringLiteral(", ")));
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
        text += (outcome.id.isEmpty() ? outcome.input : outcome.id) + u'\n';
        for (const auto &line : lines)
            text +=
                QStringLiteral("  ") + line.first.leftJustified(width + 2) + line.second + u'\n';
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

} // namespace Paydesk
