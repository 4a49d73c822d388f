#pragma once

#include "domain/Checkout.h"
#include "domain/CheckoutChanges.h"
#include "domain/LookupError.h"

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QImage;
class QShortcut;
class QTimer;

namespace Ui {
class CheckoutPane;
}

namespace Paydesk {

class ImageLoader;
class HeaderSection;
class BreakdownSection;
class ChangesSection;
class CustomerSection;
class AttemptSection;
class TimelineSection;
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

    // The checkout; with `previous` (the same checkout as an earlier lookup found it), each
    // watched field that differs is marked with its old value until clearChanges().
    void setCheckout(const Checkout &checkout, const std::optional<Checkout> &previous = {});
    void clearChanges();
    // The fields marked as changed now.
    QList<CheckoutField> markedChanges() const;
    // The page that says the input is being looked up, shown once the lookup has run for
    // loadingDelay: until then the pane keeps what it showed (its copy shortcut off), so an
    // answer that comes sooner repaints the pane once instead of hiding and showing every
    // section again.
    void showLoading(const QString &input);
    static constexpr std::chrono::milliseconds loadingDelay{200};
    void showError(const QString &input, const LookupError &error);
    void clear();

    // The time "now" for relative times and the expiry countdown; the system clock by default.
    void setClock(std::function<QDateTime()> clock);

    // Copies the shown checkout's URL (raw), as Ctrl+Shift+C does; false when there is none.
    bool copyCheckoutUrl();

Q_SIGNALS:
    void retryRequested(const QString &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureSections();
    void buildSections();
    void alignCaptions();
    void alignLabels();
    void updateShortcut();
    void requestImages(const Checkout &checkout);
    void onImageReady(const QUrl &url, const QImage &image);
    void onImageFailed(const QUrl &url);
    void explainError(const LookupError &error);

    std::unique_ptr<Ui::CheckoutPane> m_ui;
    ImageLoader *m_images = nullptr;
    QShortcut *m_copyShortcut = nullptr;
    QTimer *m_loadingDelay = nullptr;   // runs from showLoading until the loading page shows
    std::function<QDateTime()> m_clock; // empty: the sections' own, the system clock
    // The sections, made for the first checkout shown: all null until then.
    HeaderSection *m_header = nullptr;
    ChangesSection *m_changes = nullptr;
    BreakdownSection *m_breakdown = nullptr;
    CustomerSection *m_customer = nullptr;
    AttemptSection *m_attempt = nullptr;
    TimelineSection *m_timeline = nullptr;
    LinksSection *m_links = nullptr;
    MetadataSection *m_metadata = nullptr;
    ItemsSection *m_items = nullptr;
    RawJsonSection *m_raw = nullptr;
    bool m_hasUrl = false;
    QString m_shownCheckout; // "provider/id" of the last checkout shown; empty after an error
    QString m_errorInput;
    QString m_requestId;
};

} // namespace Paydesk
