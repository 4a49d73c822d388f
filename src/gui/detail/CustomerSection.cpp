#include "gui/detail/CustomerSection.h"

#include "gui/detail/AvatarWidget.h"

#include <QLabel>

namespace Paydesk {

CustomerSection::CustomerSection(QWidget *parent)
    : DetailSection(QStringLiteral("customerSection"), tr("Customer"), parent) {
    m_avatar = new AvatarWidget(48, this);
    m_avatar->setObjectName(QStringLiteral("customerAvatar"));
    setTrailingWidget(m_avatar);
    m_name = addTextRow(QStringLiteral("customerName"), tr("Name"));
    m_email = addTokenRow(QStringLiteral("customerEmail"), tr("Email"));
    m_phone = addTextRow(QStringLiteral("customerPhone"), tr("Phone"));
    m_id = addTokenRow(QStringLiteral("customerId"), tr("Customer id"));
}

void CustomerSection::setCheckout(const Checkout &checkout) {
    resetRows();
    m_avatarUrl = {};
    if (!checkout.customer) {
        m_avatar->setPerson({}, {});
        updateVisibility();
        return;
    }
    const Customer &customer = *checkout.customer;
    setValue(m_name, customer.name);
    setValue(m_email, customer.email);
    setValue(m_phone, leftToRight(customer.phone));
    setValue(m_id, customer.id);
    m_avatar->setPerson(customer.name.isEmpty() ? customer.email : customer.name,
                        customer.id.isEmpty() ? customer.name : customer.id);
    m_avatarUrl = customer.avatarUrl;
    updateVisibility();
}

void CustomerSection::imageReady(const QUrl &url, const QImage &image) {
    if (url.isEmpty() || url != m_avatarUrl)
        return;
    m_avatar->setImage(image);
}

void CustomerSection::imageFailed(const QUrl &url) {
    if (url.isEmpty() || url != m_avatarUrl)
        return;
    m_avatar->clearImage();
}

} // namespace Paydesk
