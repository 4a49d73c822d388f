#pragma once

#include "domain/Checkout.h"
#include "domain/CheckoutTimeline.h"
#include "gui/detail/DetailSection.h"

#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace Paydesk {

// The checkout's known moments in the order they happened (created, attempt started, customer
// asked to act, failed, paid, expired, updated...), each to the second in local time with
// "x minutes ago" (ISO 8601 in the tooltip). The expiry counts down once a second while the
// checkout is in progress and the section is visible.
class TimelineSection : public DetailSection {
    Q_OBJECT
public:
    explicit TimelineSection(QWidget *parent = nullptr);

    void setCheckout(const Checkout &checkout);
    void setClock(std::function<QDateTime()> clock);
    bool isTicking() const { return m_timer->isActive(); }
    // The value labels of the shown moments, top to bottom.
    QList<QLabel *> shownMoments() const;
    // The caption beside a moment's value: "Created", "Expired"...
    QString captionOf(const QLabel *value) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    using Kind = CheckoutMoment::Kind;

    void addMomentRow(Kind kind, const QString &objectName, const QString &caption);
    void refresh();
    void placeInOrder(const QList<CheckoutMoment> &moments);
    QString momentText(const CheckoutMoment &moment, const QDateTime &now) const;
    void updateTimer();

    QHash<Kind, QLabel *> m_values;
    QList<QLabel *> m_order;
    QTimer *m_timer = nullptr;
    std::function<QDateTime()> m_clock;
    Checkout m_checkout;
    bool m_hasCheckout = false;
};

} // namespace Paydesk
