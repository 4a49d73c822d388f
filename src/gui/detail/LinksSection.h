#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <QUrl>

class QToolButton;

namespace Paydesk {

class ElidedLabel;

// The checkout URL with Copy and Open, the success, failure and return URLs, the description.
class LinksSection : public DetailSection {
    Q_OBJECT
public:
    explicit LinksSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);

    // Copies the checkout URL as sent; false when there is none.
    bool copyCheckoutUrl() const;

private:
    void setUrl(QLabel *label, const QUrl &url);

    ElidedLabel *m_checkoutUrl = nullptr;
    QWidget *m_checkoutRow = nullptr;
    QLabel *m_success = nullptr;
    QLabel *m_failure = nullptr;
    QLabel *m_return = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_locale = nullptr;
    QUrl m_url;
};

} // namespace Paydesk
