#include "gui/detail/HeaderSection.h"

#include "gui/common/StatusStyle.h"
#include "gui/detail/BadgeLabel.h"
#include "gui/detail/CheckoutStory.h"
#include "gui/detail/DetailSection.h"
#include "gui/detail/ElidedLabel.h"
#include "providers/ProviderRegistry.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace Paydesk {

namespace {

// "2 hours ago" moves on while the checkout is shown.
constexpr int storyRefreshMs = 30 * 1000;

QLabel *selectableLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

ElidedLabel *idLabel(const QString &objectName, QWidget *parent) {
    auto *label = new ElidedLabel(parent);
    label->setObjectName(objectName);
    QFont mono = label->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    label->setFont(mono);
    return label;
}

} // namespace

HeaderSection::HeaderSection(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    setObjectName(QStringLiteral("headerSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_amount = selectableLabel(QStringLiteral("amountLabel"), this);
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_amount->setFont(big);
    m_copyAmount = makeCopyButton(QStringLiteral("copyAmountButton"),
                                  tr("Copy the amount as a plain number"), this);
    connect(m_copyAmount, &QToolButton::clicked, this, [this] { copyToClipboard(m_rawAmount); });
    top->addWidget(m_amount);
    top->addWidget(m_copyAmount, 0, Qt::AlignVCenter);
    top->addStretch(1);
    layout->addLayout(top);

    // The badges, and beside them what the status means now; the text wraps, never widens.
    auto *status = new QHBoxLayout;
    status->setSpacing(8);
    m_status = new BadgeLabel(this);
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_mode = new BadgeLabel(this);
    m_mode->setObjectName(QStringLiteral("modeBadge"));
    m_story = selectableLabel(QStringLiteral("statusStory"), this);
    m_story->setWordWrap(true);
    m_story->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    status->addWidget(m_status, 0, Qt::AlignTop);
    status->addWidget(m_mode, 0, Qt::AlignTop);
    status->addWidget(m_story, 1, Qt::AlignVCenter);
    layout->addLayout(status);

    m_provider = selectableLabel(QStringLiteral("providerLabel"), this);
    m_provider->setForegroundRole(QPalette::PlaceholderText);
    m_provider->setWordWrap(true);
    layout->addWidget(m_provider);

    auto *ids = new QGridLayout;
    ids->setHorizontalSpacing(10);
    ids->setVerticalSpacing(0);
    m_id = idLabel(QStringLiteral("idLabel"), this);
    m_copyId = makeCopyButton(QStringLiteral("copyIdButton"), tr("Copy the checkout id"), this);
    connect(m_copyId, &QToolButton::clicked, this, [this] { copyToClipboard(m_checkout.id); });
    m_paymentId = idLabel(QStringLiteral("paymentIdLabel"), this);
    m_copyPaymentId =
        makeCopyButton(QStringLiteral("copyPaymentIdButton"), tr("Copy the payment id"), this);
    connect(m_copyPaymentId, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_checkout.paymentId); });
    auto *idCaption = new QLabel(tr("Checkout"), this);
    m_paymentCaption = new QLabel(tr("Payment"), this);
    for (QLabel *caption : {idCaption, m_paymentCaption})
        caption->setForegroundRole(QPalette::PlaceholderText);
    ids->addWidget(idCaption, 0, 0);
    ids->addWidget(m_id, 0, 1);
    ids->addWidget(m_copyId, 0, 2);
    ids->addWidget(m_paymentCaption, 1, 0);
    ids->addWidget(m_paymentId, 1, 1);
    ids->addWidget(m_copyPaymentId, 1, 2);
    ids->setColumnStretch(3, 1);
    layout->addLayout(ids);

    m_storyTimer = new QTimer(this);
    m_storyTimer->setObjectName(QStringLiteral("storyTimer"));
    m_storyTimer->setInterval(storyRefreshMs);
    connect(m_storyTimer, &QTimer::timeout, this, &HeaderSection::updateStory);
}

void HeaderSection::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    updateStory();
}

void HeaderSection::setCheckout(const Checkout &checkout) {
    m_checkout = checkout;
    if (checkout.amount) {
        m_amount->setText(leftToRight(formatMoney(*checkout.amount, locale())));
        QStringList tip{tr("Exact: %1 %2")
                            .arg(checkout.amount->toDecimalString(), checkout.amount->currency())};
        if (!checkout.providerAmountText.isEmpty())
            tip << tr("Provider: %1").arg(checkout.providerAmountText);
        m_amount->setToolTip(tip.join(u'\n'));
        m_rawAmount = checkout.amount->toDecimalString();
    } else {
        m_amount->setText(tr("No amount"));
        m_amount->setToolTip({});
        m_rawAmount.clear();
    }
    m_copyAmount->setVisible(!m_rawAmount.isEmpty());

    m_status->setBadge(statusStyle(checkout.status));
    m_status->setToolTip(checkout.providerStatus.isEmpty()
                             ? QString()
                             : tr("The provider says: %1").arg(checkout.providerStatus));
    m_mode->setVisible(checkout.mode.has_value());
    if (checkout.mode)
        m_mode->setBadge(modeStyle(*checkout.mode));
    updateStory();

    const QString provider = ProviderRegistry::displayName(checkout.provider);
    m_provider->setText(checkout.account.isEmpty()
                            ? provider
                            : tr("%1 · account %2").arg(provider, checkout.account));

    m_id->setFullText(checkout.id, tr("Checkout id"));
    const bool hasPayment = !checkout.paymentId.isEmpty();
    m_paymentId->setVisible(hasPayment);
    m_paymentCaption->setVisible(hasPayment);
    m_copyPaymentId->setVisible(hasPayment);
    m_paymentId->setFullText(checkout.paymentId, tr("Payment id"));
}

void HeaderSection::updateStory() {
    const CheckoutStory story = checkoutStory(m_checkout, m_clock());
    m_story->setText(story.text);
    m_story->setToolTip(story.toolTip);
    m_story->setVisible(!story.text.isEmpty());
    QFont font = this->font();
    font.setBold(story.tone == CheckoutStory::Tone::Problem);
    m_story->setFont(font);
}

void HeaderSection::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    updateStory();
    m_storyTimer->start();
}

void HeaderSection::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_storyTimer->stop();
}

} // namespace Paydesk
