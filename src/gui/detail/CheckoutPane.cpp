#include "gui/detail/CheckoutPane.h"

#include "gui/common/PendingLayouts.h"
#include "gui/common/RelativeTime.h"
#include "gui/common/StatusStyle.h"
#include "gui/common/ThemedIcon.h"
#include "gui/detail/AttemptSection.h"
#include "gui/detail/BreakdownSection.h"
#include "gui/detail/ChangesSection.h"
#include "gui/detail/CustomerSection.h"
#include "gui/detail/DetailSection.h"
#include "gui/detail/HeaderSection.h"
#include "gui/detail/ItemsSection.h"
#include "gui/detail/LinksSection.h"
#include "gui/detail/MetadataSection.h"
#include "gui/detail/RawJsonSection.h"
#include "gui/detail/TimelineSection.h"
#include "images/ImageLoader.h"

#include "ui_CheckoutPane.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>

namespace Paydesk {

CheckoutPane::CheckoutPane(ImageLoader *images, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckoutPane>())
    , m_images(images) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("checkoutPane"));
    m_ui->detailScroll->setAccessibleName(tr("Checkout details"));
    QFont titleFont = m_ui->errorTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->errorTitle->setFont(titleFont);
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->copyRequestIdButton->setIcon(copyIcon());
    m_ui->loadingBar->setRange(0, 0);
    m_ui->loadingPage->layout()->setAlignment(m_ui->loadingBar, Qt::AlignHCenter);
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setObjectName(QStringLiteral("loadingDelay"));
    m_loadingDelay->setSingleShot(true);
    m_loadingDelay->setInterval(loadingDelay);
    connect(m_loadingDelay, &QTimer::timeout, this,
            [this] { m_ui->stack->setCurrentWidget(m_ui->loadingPage); });
    // The sections come with the first checkout to show (ensureSections): until then the pane
    // shows a line of text, and a window's first frame need not wait for them.
    alignLabels();

    connect(m_ui->retryButton, &QPushButton::clicked, this,
            [this] { Q_EMIT retryRequested(m_errorInput); });
    connect(m_ui->copyRequestIdButton, &QToolButton::clicked, this, [this] {
        if (!m_requestId.isEmpty())
            copyToClipboard(m_requestId);
    });

    m_copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    m_copyShortcut->setObjectName(QStringLiteral("copyUrlShortcut"));
    m_copyShortcut->setContext(Qt::WindowShortcut);
    m_copyShortcut->setEnabled(false);
    connect(m_copyShortcut, &QShortcut::activated, this, [this] { copyCheckoutUrl(); });
    // The list binds the same keys to its own "Copy checkout URL" while it has focus: step
    // aside then, as two enabled bindings would make Qt run neither.
    connect(qApp, &QApplication::focusChanged, this, [this] { updateShortcut(); });

    if (m_images) {
        connect(m_images, &ImageLoader::imageReady, this, &CheckoutPane::onImageReady);
        connect(m_images, &ImageLoader::imageFailed, this,
                [this](const QUrl &url, const QString &) { onImageFailed(url); });
    }
    clear();
}

CheckoutPane::~CheckoutPane() = default;

void CheckoutPane::ensureSections() {
    if (m_header)
        return;
    buildSections();
    alignLabels();
    if (m_clock) {
        m_header->setClock(m_clock);
        m_timeline->setClock(m_clock);
    }
}

void CheckoutPane::buildSections() {
    QWidget *contents = m_ui->detailContents;
    auto *layout = m_ui->sectionsLayout;
    m_header = new HeaderSection(contents);
    m_changes = new ChangesSection(contents);
    m_breakdown = new BreakdownSection(contents);
    m_customer = new CustomerSection(contents);
    m_attempt = new AttemptSection(contents);
    m_timeline = new TimelineSection(contents);
    m_links = new LinksSection(contents);
    m_metadata = new MetadataSection(contents);
    m_items = new ItemsSection(contents);
    m_raw = new RawJsonSection(contents);
    const QList<QWidget *> sections{m_header,   m_changes, m_breakdown, m_customer, m_attempt,
                                    m_timeline, m_links,   m_items,     m_metadata, m_raw};
    for (QWidget *section : sections)
        layout->addWidget(section);
    layout->addStretch(1);
    alignCaptions();
}

void CheckoutPane::alignCaptions() {
    // One caption width for every section, so the values form one column.
    const QList<DetailSection *> sections = m_ui->detailContents->findChildren<DetailSection *>();
    int width = 0;
    for (const DetailSection *section : sections) {
        for (const QLabel *caption : section->captions())
            width = std::max(width, caption->sizeHint().width());
    }
    for (const DetailSection *section : sections) {
        for (QLabel *caption : section->captions())
            caption->setMinimumWidth(width);
    }
}

void CheckoutPane::alignLabels() {
    // QLabel aligns plain text by the text's own direction; the pane's labels follow the
    // layout instead, so English values and mirrored captions line up in a right-to-left
    // layout too.
    const Qt::Alignment side =
        Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *label : findChildren<QLabel *>()) {
        const Qt::Alignment current = label->alignment();
        if (current & (Qt::AlignHCenter | Qt::AlignTrailing) && !(current & Qt::AlignAbsolute))
            continue; // centred texts, amounts in tables and the like keep theirs
        label->setAlignment(side | (current & Qt::AlignVertical_Mask));
    }
}

void CheckoutPane::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        alignCaptions();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignLabels();
}

void CheckoutPane::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    if (m_header) {
        m_header->setClock(m_clock);
        m_timeline->setClock(m_clock);
    }
}

void CheckoutPane::setCheckout(const Checkout &checkout, const std::optional<Checkout> &previous) {
    ensureSections();
    // The same checkout again (looked up again, refreshed) stays where the operator was
    // reading; another one starts at the top.
    const QString shown = checkout.provider + u'/' + checkout.id;
    QScrollBar *scrollBar = m_ui->detailScroll->verticalScrollBar();
    const int position = shown == m_shownCheckout ? scrollBar->value() : 0;
    m_shownCheckout = shown;
    m_header->setCheckout(checkout);
    if (previous)
        m_changes->setChanges(*previous, checkout);
    else
        m_changes->clearChanges();
    m_breakdown->setCheckout(checkout);
    m_customer->setCheckout(checkout);
    m_attempt->setCheckout(checkout);
    m_timeline->setCheckout(checkout);
    m_links->setCheckout(checkout);
    m_metadata->setCheckout(checkout);
    m_items->setCheckout(checkout);
    m_raw->setRawJson(checkout.rawJson);
    m_hasUrl = !checkout.checkoutUrl.isEmpty();
    updateShortcut();
    m_loadingDelay->stop();
    m_ui->stack->setCurrentWidget(m_ui->detailScroll);
    // Laid out now, the pane is painted once, and the scroll range is the new one.
    settleLayoutsOf(m_ui->detailContents);
    scrollBar->setValue(position);
    requestImages(checkout);
}

void CheckoutPane::clearChanges() {
    if (m_changes)
        m_changes->clearChanges();
}

QList<CheckoutField> CheckoutPane::markedChanges() const {
    return m_changes ? m_changes->markedFields() : QList<CheckoutField>();
}

void CheckoutPane::requestImages(const Checkout &checkout) {
    if (!m_images)
        return;
    // The sections remember the URL they wait for; a late answer for another one is ignored.
    if (m_customer->avatarUrl().isValid())
        m_images->load(m_customer->avatarUrl(), checkout.account);
    if (m_attempt->iconUrl().isValid())
        m_images->load(m_attempt->iconUrl(), checkout.account);
}

void CheckoutPane::onImageReady(const QUrl &url, const QImage &image) {
    if (!m_customer)
        return;
    m_customer->imageReady(url, image);
    m_attempt->imageReady(url, image);
}

void CheckoutPane::onImageFailed(const QUrl &url) {
    if (!m_customer)
        return;
    m_customer->imageFailed(url);
    m_attempt->imageFailed(url);
}

void CheckoutPane::updateShortcut() {
    const QKeySequence keys = m_copyShortcut->key();
    bool taken = false;
    for (QWidget *widget = QApplication::focusWidget(); widget && !taken;
         widget = widget->parentWidget()) {
        for (const QAction *action : widget->actions()) {
            if (action->isEnabled() && action->shortcuts().contains(keys))
                taken = true;
        }
    }
    m_copyShortcut->setEnabled(m_hasUrl && !taken);
}

void CheckoutPane::showLoading(const QString &input) {
    m_hasUrl = false;
    updateShortcut();
    m_ui->loadingLabel->setText(tr("Looking up %1…").arg(input.trimmed()));
    if (m_ui->stack->currentWidget() != m_ui->loadingPage)
        m_loadingDelay->start();
}

void CheckoutPane::showError(const QString &input, const LookupError &error) {
    m_hasUrl = false;
    updateShortcut();
    m_shownCheckout.clear();
    m_errorInput = input;
    m_requestId = error.requestId;
    m_ui->errorTitle->setText(errorKindText(error.kind));
    m_ui->errorMessage->setText(error.message);
    m_ui->errorMessage->setVisible(!error.message.isEmpty());
    explainError(error);

    QFormLayout *form = m_ui->errorForm;
    m_ui->errorInput->setText(input.trimmed());
    form->setRowVisible(m_ui->errorInput, !input.trimmed().isEmpty());
    m_ui->errorHttpStatus->setText(error.httpStatus > 0 ? QString::number(error.httpStatus)
                                                        : QString());
    form->setRowVisible(m_ui->errorHttpStatus, error.httpStatus > 0);
    m_ui->errorRequestId->setText(error.requestId);
    form->setRowVisible(m_ui->errorRequestRow, !error.requestId.isEmpty());
    m_ui->errorAccounts->setText(error.accountsTried.join(QStringLiteral(", ")));
    form->setRowVisible(m_ui->errorAccounts, !error.accountsTried.isEmpty());
    m_ui->errorRetryAfter->setText(
        error.retryAfterSeconds >= 0 ? secondsText(error.retryAfterSeconds) : QString());
    form->setRowVisible(m_ui->errorRetryAfter, error.retryAfterSeconds >= 0);
    m_ui->retryButton->setVisible(error.kind != ErrorKind::InvalidId);
    m_loadingDelay->stop();
    m_ui->stack->setCurrentWidget(m_ui->errorPage);
}

void CheckoutPane::explainError(const LookupError &error) {
    QString text;
    switch (error.kind) {
    case ErrorKind::Keychain:
        text = tr("Paydesk keeps secret keys only in the system keychain, and the keychain "
                  "could not be reached, so no key was read and nothing was asked. Unlock or "
                  "start the keychain (for example GNOME Keyring or KWallet), then retry.");
        break;
    case ErrorKind::NotFound:
        text = error.accountsTried.isEmpty()
                   ? tr("No account knows this checkout.")
                   : tr("None of the accounts asked knows this checkout: %1. A test checkout "
                        "is only found with a test key, a live one with a live key.")
                         .arg(error.accountsTried.join(QStringLiteral(", ")));
        break;
    case ErrorKind::NoAccount:
        text = tr("No account can look up this checkout. Add one for its provider in the "
                  "accounts dialog.");
        break;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
        text = tr("The provider refused the account's key. Check the key in the accounts "
                  "dialog.");
        break;
    case ErrorKind::InvalidId:
        text = tr("Paste a checkout id, or a checkout URL.");
        break;
    default:
        break;
    }
    m_ui->errorExplanation->setText(text);
    m_ui->errorExplanation->setVisible(!text.isEmpty());
}

void CheckoutPane::clear() {
    m_hasUrl = false;
    updateShortcut();
    m_errorInput.clear();
    m_requestId.clear();
    m_shownCheckout.clear();
    if (m_header) {
        m_links->setCheckout({});
        m_customer->setCheckout({});
        m_attempt->setCheckout({});
        m_changes->clearChanges();
    }
    m_loadingDelay->stop();
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

bool CheckoutPane::copyCheckoutUrl() {
    // Not for a checkout kept on screen while another is looked up (showLoading).
    if (!m_links || !m_hasUrl || m_ui->stack->currentWidget() != m_ui->detailScroll)
        return false;
    return m_links->copyCheckoutUrl();
}

} // namespace Paydesk
