#include "gui/detail/LinksSection.h"

#include "gui/common/ThemedIcon.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Paydesk {

LinksSection::LinksSection(QWidget *parent)
    : DetailSection(QStringLiteral("linksSection"), tr("Links"), parent) {
    m_checkoutRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_checkoutRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_checkoutUrl = new QLabel(m_checkoutRow);
    m_checkoutUrl->setObjectName(QStringLiteral("checkoutUrl"));
    m_checkoutUrl->setTextFormat(Qt::PlainText);
    m_checkoutUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkoutUrl->setWordWrap(true);
    m_checkoutUrl->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *copy = makeCopyButton(QStringLiteral("copyUrlButton"),
                                tr("Copy the checkout URL (Ctrl+Shift+C)"), m_checkoutRow);
    auto *open = makeIconButton(QStringLiteral("openUrlButton"), openInBrowserIcon(),
                                tr("Open the checkout page in the browser"), m_checkoutRow);
    connect(copy, &QToolButton::clicked, this, [this] { copyCheckoutUrl(); });
    connect(open, &QToolButton::clicked, this, [this] {
        if (m_url.isValid())
            QDesktopServices::openUrl(m_url);
    });
    row->addWidget(m_checkoutUrl, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    row->addWidget(open, 0, Qt::AlignTop);
    addWidgetRow(tr("Checkout page"), m_checkoutRow);
    m_success = addTextRow(QStringLiteral("successUrl"), tr("Success URL"));
    m_failure = addTextRow(QStringLiteral("failureUrl"), tr("Failure URL"));
    m_return = addTextRow(QStringLiteral("returnUrl"), tr("Return URL"));
    m_description = addTextRow(QStringLiteral("description"), tr("Description"));
    m_locale = addTextRow(QStringLiteral("checkoutLocale"), tr("Page language"));
}

void LinksSection::setUrl(QLabel *label, const QUrl &url) {
    setValue(label, leftToRight(url.toString()));
}

void LinksSection::setCheckout(const Checkout &checkout) {
    resetRows();
    m_url = checkout.checkoutUrl;
    m_checkoutUrl->setText(leftToRight(m_url.toString()));
    setRowShown(m_checkoutRow, !m_url.isEmpty());
    setUrl(m_success, checkout.successUrl);
    setUrl(m_failure, checkout.failureUrl);
    setUrl(m_return, checkout.returnUrl);
    setValue(m_description, checkout.description);
    setValue(m_locale, checkout.locale);
    updateVisibility();
}

bool LinksSection::copyCheckoutUrl() const {
    if (m_url.isEmpty())
        return false;
    copyToClipboard(m_url.toString());
    return true;
}

} // namespace Paydesk
