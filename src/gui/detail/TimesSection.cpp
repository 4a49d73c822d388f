#include "gui/detail/TimesSection.h"

#include "gui/common/DateTimeText.h"
#include "gui/common/RelativeTime.h"

#include <QLabel>

namespace Paydesk {

TimesSection::TimesSection(QWidget *parent)
    : DetailSection(QStringLiteral("timesSection"), tr("Times"), parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_created = addTextRow(QStringLiteral("createdAt"), tr("Created"));
    m_updated = addTextRow(QStringLiteral("updatedAt"), tr("Updated"));
    m_completed = addTextRow(QStringLiteral("completedAt"), tr("Completed"));
    m_expires = addTextRow(QStringLiteral("expiresAt"), tr("Expires"));
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("expiryTimer"));
    connect(m_timer, &QTimer::timeout, this, &TimesSection::refresh);
}

void TimesSection::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    if (m_hasCheckout)
        refresh();
}

void TimesSection::setCheckout(const Checkout &checkout) {
    m_checkout = checkout;
    m_hasCheckout = true;
    refresh();
}

void TimesSection::setTime(QLabel *label, const QDateTime &when, const QDateTime &now) {
    if (!when.isValid()) {
        setValue(label, {});
        return;
    }
    setValue(label, tr("%1 (%2)").arg(dateTimeText(when, locale()), relativeTimeText(when, now)),
             exactTimeText(when));
}

void TimesSection::refresh() {
    resetRows();
    const QDateTime now = m_clock();
    setTime(m_created, m_checkout.createdAt, now);
    if (m_checkout.updatedAt != m_checkout.createdAt)
        setTime(m_updated, m_checkout.updatedAt, now);
    setTime(m_completed, m_checkout.completedAt, now);
    const QDateTime &expires = m_checkout.expiresAt;
    if (expires.isValid()) {
        const QString when = dateTimeText(expires, locale());
        const QString left = countdownText(expires, now);
        QString text;
        if (isStatusInProgress(m_checkout.status) && !left.isEmpty())
            text = tr("%1 (expires in %2)").arg(when, left);
        else if (now.secsTo(expires) <= 0)
            text = tr("%1 (ended %2)").arg(when, relativeTimeText(expires, now));
        else
            text = tr("%1 (%2)").arg(when, relativeTimeText(expires, now));
        setValue(m_expires, text, exactTimeText(expires));
    }
    updateVisibility();
    updateTimer();
}

void TimesSection::updateTimer() {
    const bool counting = m_hasCheckout && isVisible() && m_checkout.expiresAt.isValid()
                          && isStatusInProgress(m_checkout.status)
                          && m_clock().secsTo(m_checkout.expiresAt) > 0;
    if (counting && !m_timer->isActive())
        m_timer->start(1000);
    else if (!counting)
        m_timer->stop();
}

void TimesSection::showEvent(QShowEvent *event) {
    DetailSection::showEvent(event);
    if (m_hasCheckout)
        refresh();
}

void TimesSection::hideEvent(QHideEvent *event) {
    DetailSection::hideEvent(event);
    m_timer->stop();
}

} // namespace Paydesk
