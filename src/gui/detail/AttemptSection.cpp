#include "gui/detail/AttemptSection.h"

#include "gui/detail/MethodIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>

namespace Paydesk {

namespace {
constexpr int iconSide = 28;
}

AttemptSection::AttemptSection(QWidget *parent)
    : DetailSection(QStringLiteral("attemptSection"), tr("Payment attempt"), parent) {
    // The method row: its icon, then its label.
    m_methodRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_methodRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    m_icon = new QLabel(m_methodRow);
    m_icon->setObjectName(QStringLiteral("methodIcon"));
    m_icon->setFixedSize(iconSide, iconSide);
    m_icon->setAlignment(Qt::AlignCenter);
    m_method = new QLabel(m_methodRow);
    m_method->setObjectName(QStringLiteral("methodLabel"));
    m_method->setTextFormat(Qt::PlainText);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_method->setWordWrap(true);
    row->addWidget(m_icon);
    row->addWidget(m_method, 1);
    addWidgetRow(tr("Method"), m_methodRow);
    m_status = addTextRow(QStringLiteral("attemptStatus"), tr("Status"));
    m_attemptId = addTokenRow(QStringLiteral("attemptId"), tr("Attempt id"));
    m_gateway = addTokenRow(QStringLiteral("gatewayReference"), tr("Gateway reference"));
    m_failureCode = addTokenRow(QStringLiteral("failureCode"), tr("Failure code"));
    m_failureCategory = addTextRow(QStringLiteral("failureCategory"), tr("Failure category"));
    m_failureMessage = addTextRow(QStringLiteral("failureMessage"), tr("Failure"));
    m_failover = addTextRow(QStringLiteral("failover"), tr("Failover"));
    m_nextAction = addTextRow(QStringLiteral("nextAction"), tr("Next action"));
}

void AttemptSection::showBundledIcon(const QString &resource) {
    m_iconSource = resource;
    m_icon->setPixmap(renderSvgIcon(resource, iconSide, devicePixelRatioF()));
}

void AttemptSection::setCheckout(const Checkout &checkout) {
    resetRows();
    m_iconUrl = {};
    m_iconSource.clear();
    m_icon->clear();
    if (checkout.method) {
        const PaymentMethod &method = *checkout.method;
        const QString label = method.label.isEmpty() ? method.code : method.label;
        const QString shown = method.label.isEmpty() || method.code.isEmpty()
                                  ? label
                                  : tr("%1 (%2)").arg(label, method.code);
        m_method->setText(shown);
        m_method->setToolTip(method.category);
        setRowShown(m_methodRow, true);
        const QString bundled = bundledMethodIcon(checkout.provider, method.code);
        showBundledIcon(bundled.isEmpty() ? neutralMethodIcon() : bundled);
        if (bundled.isEmpty() && method.iconUrl.isValid())
            m_iconUrl = method.iconUrl; // the neutral icon stays until it arrives
    }
    if (checkout.attempt) {
        const Attempt &attempt = *checkout.attempt;
        setValue(m_status, attempt.status);
        setValue(m_attemptId, attempt.id);
        setValue(m_gateway, attempt.gatewayReference);
        if (attempt.failure) {
            setValue(m_failureCode, attempt.failure->code);
            setValue(m_failureCategory, attempt.failure->category);
            setValue(m_failureMessage, attempt.failure->message);
        }
        if (attempt.failover) {
            setValue(m_failover, attempt.failoverHint.isEmpty()
                                     ? tr("Retried on a backup gateway")
                                     : tr("Yes: %1").arg(attempt.failoverHint));
        }
        if (attempt.nextActionType != u"none")
            setValue(m_nextAction, attempt.nextActionType);
    }
    updateVisibility();
}

void AttemptSection::imageReady(const QUrl &url, const QImage &image) {
    if (url.isEmpty() || url != m_iconUrl)
        return;
    m_iconSource = QStringLiteral("remote");
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(
        QSize(iconSide, iconSide) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_icon->setPixmap(pixmap);
}

void AttemptSection::imageFailed(const QUrl &url) {
    if (url.isEmpty() || url != m_iconUrl)
        return;
    showBundledIcon(neutralMethodIcon());
}

} // namespace Paydesk
