#include "gui/detail/LinksSection.h"

#include "gui/common/ThemedIcon.h"
#include "gui/detail/ElidedLabel.h"

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
    m_checkoutUrl = new ElidedLabel(m_checkoutRow);
    m_checkoutUrl->setObjectName(QStringLiteral("checkoutUrl"));
    auto *copy = makeCopyButton(QStringLiteral("copyUrlButton"),
                                tr("Copy the checkout URL (Ctrl+Shift+C)"), m_checkoutRow);
    auto *open = makeIconButton(QStringLiteral("openUrlButton"), openInBrowserIcon(),
                                tr("Open the checkout page in the browser"), m_checkoutRow);
    connect(copy, &QToolButton::clicked, this, [this] { copyCheckoutUrl(); });
    connect(open, &QToolButton::clicked, this, [this] {
        if (m_url.isValid())
            QDesktopServices::openUrl(m_url);
    });
    row->addWidget(m_checkoutUrl);
    row->addWidget(copy, 0, Qt::AlignVCenter);
    row->addWidget(open, 0, Qt::AlignVCenter);
    row->addStretch(1);
    addWidgetRow(tr("Checkout page"), m_checkoutRow);
    m_success = addTokenRow(QStringLiteral("successUrl"), tr("Success URL"));
    m_failure = addTokenRow(QStringLiteral("failureUrl"), tr("Failure URL"));
    m_return = addTokenRow(QStringLiteral("returnUrl"), tr("Return URL"));
    m_description = addTextRow(QStringLiteral("description"), tr("Description"));
    m_locale = addTextRow(QStringLiteral("checkoutLocale"), tr("Page language"));
}

void LinksSection::setUrl(QLabel *label, const QUrl &url) {
    setValue(label, url.toString());
}

void LinksSection::setCheckout(const Checkout &checkout) {
    resetRows();
    m_url = checkout.checkoutUrl;
    m_checkoutUrl->setFullText(m_url.toString());
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
