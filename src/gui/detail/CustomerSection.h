#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <QImage>
#include <QUrl>

namespace Paydesk {

class AvatarWidget;

// The customer: a round avatar (or initials), name, email, phone and id.
class CustomerSection : public DetailSection {
    Q_OBJECT
public:
    explicit CustomerSection(QWidget *parent = nullptr);

    void setCheckout(const Checkout &checkout);
    // The avatar URL the section waits for; empty when none.
    QUrl avatarUrl() const { return m_avatarUrl; }
    // Results for other URLs (an earlier checkout's) are ignored.
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url);

    AvatarWidget *avatar() const { return m_avatar; }

private:
    AvatarWidget *m_avatar = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_id = nullptr;
    QUrl m_avatarUrl;
};

} // namespace Paydesk
