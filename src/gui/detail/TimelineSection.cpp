#include "gui/detail/TimelineSection.h"

#include "gui/common/DateTimeText.h"
#include "gui/common/RelativeTime.h"

#include <QFormLayout>
#include <QLabel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Paydesk {

TimelineSection::TimelineSection(QWidget *parent)
    : DetailSection(u"timelineSection"_s, tr("Timeline"), parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    addMomentRow(Kind::Created, u"createdAt"_s, tr("Created"));
    addMomentRow(Kind::AttemptStarted, u"attemptStartedAt"_s, tr("Attempt started"));
    addMomentRow(Kind::Processing, u"processingAt"_s, tr("Processing"));
    addMomentRow(Kind::ActionRequired, u"actionRequiredAt"_s, tr("Customer asked to act"));
    addMomentRow(Kind::AttemptFailed, u"failedAt"_s, tr("Attempt failed"));
    addMomentRow(Kind::AttemptCompleted, u"attemptCompletedAt"_s, tr("Attempt completed"));
    addMomentRow(Kind::Completed, u"completedAt"_s, tr("Completed"));
    // One row for the expiry, passed or to come: its caption says which.
    addMomentRow(Kind::Expires, u"expiresAt"_s, tr("Expires"));
    m_values.insert(Kind::Expired, m_values.value(Kind::Expires));
    addMomentRow(Kind::Updated, u"updatedAt"_s, tr("Updated"));
    m_timer = new QTimer(this);
    m_timer->setObjectName(u"expiryTimer"_s);
    connect(m_timer, &QTimer::timeout, this, &TimelineSection::refresh);
}

void TimelineSection::addMomentRow(Kind kind, const QString &objectName, const QString &caption) {
    m_values.insert(kind, addTextRow(objectName, caption));
}

void TimelineSection::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    if (m_hasCheckout)
        refresh();
}

void TimelineSection::setCheckout(const Checkout &checkout) {
    m_checkout = checkout;
    m_hasCheckout = true;
    refresh();
}

QList<QLabel *> TimelineSection::shownMoments() const {
    return m_order;
}

QString TimelineSection::captionOf(const QLabel *value) const {
    const auto *caption =
        qobject_cast<const QLabel *>(form()->labelForField(const_cast<QLabel *>(value)));
    return caption ? caption->text() : QString();
}

QString TimelineSection::momentText(const CheckoutMoment &moment, const QDateTime &now) const {
    const QString when = exactDateTimeText(moment.when, locale());
    if (moment.kind == Kind::Expires) {
        const QString left = countdownText(moment.when, now);
        if (isStatusInProgress(m_checkout.status) && !left.isEmpty())
            return tr("%1 (expires in %2)").arg(when, left);
    }
    if (moment.kind == Kind::Expired && now.secsTo(moment.when) <= 0)
        return tr("%1 (ended %2)").arg(when, relativeTimeText(moment.when, now));
    return tr("%1 (%2)").arg(when, relativeTimeText(moment.when, now));
}

void TimelineSection::refresh() {
    resetRows();
    const QDateTime now = m_clock();
    const QList<CheckoutMoment> moments = checkoutTimeline(m_checkout, now);
    placeInOrder(moments);
    QLabel *expiry = m_values.value(Kind::Expires);
    if (auto *caption = qobject_cast<QLabel *>(form()->labelForField(expiry))) {
        const bool passed = std::any_of(moments.cbegin(), moments.cend(),
                                        [](const auto &m) { return m.kind == Kind::Expired; });
        caption->setText(passed ? tr("Expired") : tr("Expires"));
    }
    for (const CheckoutMoment &moment : moments)
        setValue(m_values.value(moment.kind), momentText(moment, now), exactTimeText(moment.when));
    updateVisibility();
    updateTimer();
}

// The form's rows move so that the shown ones read in time order; a row that is already in
// its place is left alone, so a refresh each second moves nothing.
void TimelineSection::placeInOrder(const QList<CheckoutMoment> &moments) {
    QList<QLabel *> order;
    for (const CheckoutMoment &moment : moments)
        order.append(m_values.value(moment.kind));
    if (order == m_order)
        return;
    QFormLayout *layout = form();
    for (QLabel *value : std::as_const(order)) {
        const QFormLayout::TakeRowResult row = layout->takeRow(value);
        layout->addRow(row.labelItem->widget(), row.fieldItem->widget());
        delete row.labelItem;
        delete row.fieldItem;
    }
    m_order = order;
}

void TimelineSection::updateTimer() {
    const bool counting = m_hasCheckout && isVisible() && m_checkout.expiresAt.isValid()
                          && isStatusInProgress(m_checkout.status)
                          && m_clock().secsTo(m_checkout.expiresAt) > 0;
    if (counting && !m_timer->isActive())
        m_timer->start(1000);
    else if (!counting)
        m_timer->stop();
}

void TimelineSection::showEvent(QShowEvent *event) {
    DetailSection::showEvent(event);
    if (m_hasCheckout)
        refresh();
}

void TimelineSection::hideEvent(QHideEvent *event) {
    DetailSection::hideEvent(event);
    m_timer->stop();
}

} // namespace Paydesk
