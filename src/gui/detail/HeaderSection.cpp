#include "gui/detail/HeaderSection.h"

#include "gui/common/StatusStyle.h"
#include "gui/detail/BadgeLabel.h"
#include "gui/detail/DetailSection.h"
#include "providers/ProviderRegistry.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Paydesk {

namespace {

QLabel *selectableLabel(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HeaderSection::HeaderSection(QWidget *parent)
    : QWidget(parent) {
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
    m_status = new BadgeLabel(this);
    m_status->setObjectName(QStringLiteral("statusBadge"));
    m_mode = new BadgeLabel(this);
    m_mode->setObjectName(QStringLiteral("modeBadge"));
    m_copyAmount = makeCopyButton(QStringLiteral("copyAmountButton"),
                                  tr("Copy the amount as a plain number"), this);
    connect(m_copyAmount, &QToolButton::clicked, this, [this] { copyToClipboard(m_rawAmount); });
    top->addWidget(m_amount);
    top->addWidget(m_copyAmount, 0, Qt::AlignVCenter);
    top->addWidget(m_status, 0, Qt::AlignVCenter);
    top->addWidget(m_mode, 0, Qt::AlignVCenter);
    top->addStretch(1);
    layout->addLayout(top);

    m_provider = selectableLabel(QStringLiteral("providerLabel"), this);
    m_provider->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_provider);

    auto *ids = new QGridLayout;
    ids->setHorizontalSpacing(6);
    ids->setVerticalSpacing(0);
    m_id = selectableLabel(QStringLiteral("idLabel"), this);
    m_copyId = makeCopyButton(QStringLiteral("copyIdButton"), tr("Copy the checkout id"), this);
    connect(m_copyId, &QToolButton::clicked, this, [this] { copyToClipboard(m_rawId); });
    m_paymentId = selectableLabel(QStringLiteral("paymentIdLabel"), this);
    m_copyPaymentId =
        makeCopyButton(QStringLiteral("copyPaymentIdButton"), tr("Copy the payment id"), this);
    connect(m_copyPaymentId, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_rawPaymentId); });
    QFont mono = m_id->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_id->setFont(mono);
    m_paymentId->setFont(mono);
    auto *idCaption = new QLabel(tr("Checkout"), this);
    m_paymentCaption = new QLabel(tr("Payment"), this);
    for (QLabel *caption : {idCaption, m_paymentCaption})
        caption->setForegroundRole(QPalette::PlaceholderText);
    ids->setHorizontalSpacing(10);
    ids->addWidget(idCaption, 0, 0);
    ids->addWidget(m_id, 0, 1);
    ids->addWidget(m_copyId, 0, 2);
    ids->addWidget(m_paymentCaption, 1, 0);
    ids->addWidget(m_paymentId, 1, 1);
    ids->addWidget(m_copyPaymentId, 1, 2);
    ids->setColumnStretch(3, 1);
    layout->addLayout(ids);
}

void HeaderSection::setCheckout(const Checkout &checkout) {
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

    BadgeStyle status = statusStyle(checkout.status);
    m_status->setBadge(status);
    m_status->setToolTip(checkout.providerStatus.isEmpty()
                             ? QString()
                             : tr("The provider says: %1").arg(checkout.providerStatus));
    m_mode->setVisible(checkout.mode.has_value());
    if (checkout.mode)
        m_mode->setBadge(modeStyle(*checkout.mode));

    const QString provider = ProviderRegistry::displayName(checkout.provider);
    m_provider->setText(checkout.account.isEmpty()
                            ? provider
                            : tr("%1 · account %2").arg(provider, checkout.account));

    m_rawId = checkout.id;
    m_id->setText(leftToRight(checkout.id));
    m_id->setToolTip(tr("Checkout id"));
    m_rawPaymentId = checkout.paymentId;
    const bool hasPayment = !checkout.paymentId.isEmpty();
    m_paymentId->setVisible(hasPayment);
    m_paymentCaption->setVisible(hasPayment);
    m_copyPaymentId->setVisible(hasPayment);
    m_paymentId->setText(leftToRight(checkout.paymentId));
    m_paymentId->setToolTip(tr("Payment id"));
}

} // namespace Paydesk
