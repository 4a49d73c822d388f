#include "gui/detail/CheckoutStory.h"

#include "gui/common/DateTimeText.h"
#include "gui/common/RelativeTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

// Translatable text, in the context lupdate and the translators see.
class Text {
    Q_DECLARE_TR_FUNCTIONS(Paydesk::CheckoutStory)
};

QDateTime firstValid(std::initializer_list<QDateTime> times) {
    for (const QDateTime &time : times) {
        if (time.isValid())
            return time;
    }
    return {};
}

QString failureReason(const Attempt &attempt) {
    if (!attempt.failure)
        return {};
    const QString message = attempt.failure->message.trimmed();
    return message.isEmpty() ? attempt.failure->code.trimmed() : message;
}

bool attemptFailed(const Attempt &attempt) {
    return attempt.failure.has_value()
           || statusFromProviderWord(attempt.status) == CheckoutStatus::Failed;
}

QString customerAction(const Attempt &attempt) {
    const QString action = attempt.nextActionType.trimmed().toLower();
    if (action == u"approve_on_phone")
        return Text::tr("Waiting for the customer to approve on their phone");
    if (action == u"redirect_to_url" || action == u"redirect")
        return Text::tr("Waiting for the customer to finish on the payment page");
    if (!action.isEmpty() && action != u"none")
        return Text::tr("Waiting for the customer (%1)").arg(attempt.nextActionType.trimmed());
    if (statusFromProviderWord(attempt.status) == CheckoutStatus::ActionRequired)
        return Text::tr("Waiting for the customer to act");
    return {};
}

CheckoutStory inProgressStory(const Checkout &checkout) {
    if (!checkout.attempt)
        return {};
    const Attempt &attempt = *checkout.attempt;
    if (attemptFailed(attempt)) {
        const QString reason = failureReason(attempt);
        return {reason.isEmpty() ? Text::tr("Last attempt failed")
                                 : Text::tr("Last attempt failed: %1").arg(reason),
                {},
                CheckoutStory::Tone::Problem};
    }
    return {customerAction(attempt), {}, CheckoutStory::Tone::Plain};
}

// When a final status was reached, from the most precise time the provider gave.
QDateTime finalMoment(const Checkout &checkout, const QDateTime &now) {
    const Attempt attempt = checkout.attempt.value_or(Attempt{});
    switch (checkout.status) {
    case CheckoutStatus::Paid:
        return firstValid({checkout.completedAt, attempt.completedAt, checkout.updatedAt});
    case CheckoutStatus::Failed:
        return firstValid({attempt.failedAt, checkout.completedAt, checkout.updatedAt});
    case CheckoutStatus::Expired:
        if (checkout.expiresAt.isValid() && checkout.expiresAt <= now)
            return checkout.expiresAt;
        return checkout.updatedAt;
    default:
        return checkout.updatedAt;
    }
}

// "Paid 2 hours ago": whole sentences, so each language can order them its own way.
QString finalText(CheckoutStatus status, const QString &ago) {
    switch (status) {
    case CheckoutStatus::Paid:
        return Text::tr("Paid %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    case CheckoutStatus::Failed:
        return Text::tr("Failed %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    case CheckoutStatus::Expired:
        return Text::tr("Expired %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    case CheckoutStatus::Canceled:
        return Text::tr("Canceled %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    case CheckoutStatus::Refunded:
        return Text::tr("Refunded %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    case CheckoutStatus::PartiallyRefunded:
        return Text::tr("Partially refunded %1", "%1 is a time such as \"2 hours ago\"").arg(ago);
    default:
        return {};
    }
}

CheckoutStory finalStory(const Checkout &checkout, const QDateTime &now) {
    const QDateTime moment = finalMoment(checkout, now);
    const QString reason = checkout.status == CheckoutStatus::Failed && checkout.attempt
                               ? failureReason(*checkout.attempt)
                               : QString();
    CheckoutStory story;
    story.tone = reason.isEmpty() ? CheckoutStory::Tone::Plain : CheckoutStory::Tone::Problem;
    if (moment.isValid()) {
        story.text = finalText(checkout.status, relativeTimeText(moment, now));
        story.toolTip = dateTimeText(moment) + u'\n' + exactTimeText(moment);
        if (!reason.isEmpty())
            story.text =
                Text::tr("%1: %2", "a final status and its reason").arg(story.text, reason);
    } else if (!reason.isEmpty()) {
        story.text = Text::tr("Failed: %1").arg(reason);
    }
    return story;
}

} // namespace

CheckoutStory checkoutStory(const Checkout &checkout, const QDateTime &now) {
    if (checkout.status == CheckoutStatus::Unknown)
        return {};
    if (isStatusInProgress(checkout.status))
        return inProgressStory(checkout);
    return finalStory(checkout, now);
}

} // namespace Paydesk
