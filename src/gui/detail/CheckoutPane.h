#pragma once

#include "domain/Checkout.h"
#include "domain/LookupError.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace Paydesk {

class ImageLoader;
class PaneMessage;
class HeaderSection;
class BreakdownSection;
class CustomerSection;
class AttemptSection;
class TimesSection;
class LinksSection;
class MetadataSection;
class ItemsSection;
class RawJsonSection;

// The checkout detail pane: one checkout in sections (each hidden when the provider gave
// nothing for it), or the state of the lookup that will fill it (loading, error, empty).
// `images` may be null: then only initials and bundled icons are shown.
class CheckoutPane : public QWidget {
    Q_OBJECT
public:
    explicit CheckoutPane(ImageLoader *images, QWidget *parent = nullptr);
    ~CheckoutPane() override;

    void setCheckout(const Checkout &checkout);
    void showLoading(const QString &input);
    void showError(const QString &input, const LookupError &error);
    void clear();

    // The time "now" for relative times and the expiry countdown; the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    // Copies the shown checkout's URL (raw), as Ctrl+Shift+C does; false when there is none.
    bool copyCheckoutUrl();

Q_SIGNALS:
    void retryRequested(const QString &input);

private:
    void buildSections();

    ImageLoader *m_images = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    PaneMessage *m_message = nullptr;
    HeaderSection *m_header = nullptr;
    BreakdownSection *m_breakdown = nullptr;
    CustomerSection *m_customer = nullptr;
    AttemptSection *m_attempt = nullptr;
    TimesSection *m_times = nullptr;
    LinksSection *m_links = nullptr;
    MetadataSection *m_metadata = nullptr;
    ItemsSection *m_items = nullptr;
    RawJsonSection *m_raw = nullptr;
    std::function<QDateTime()> m_clock;
    QUrl m_checkoutUrl;
};

} // namespace Paydesk
