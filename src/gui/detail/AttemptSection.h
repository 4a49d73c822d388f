#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <QImage>
#include <QUrl>

namespace Paydesk {

// The payment attempt: the method's icon and label, status, references, failure, failover.
class AttemptSection : public DetailSection {
    Q_OBJECT
public:
    explicit AttemptSection(QWidget *parent = nullptr);

    void setCheckout(const Checkout &checkout);
    // The remote icon the section waits for (only for methods without a bundled icon).
    QUrl iconUrl() const { return m_iconUrl; }
    void imageReady(const QUrl &url, const QImage &image);
    void imageFailed(const QUrl &url);
    // Which icon is shown: a bundled resource path, "remote", or empty.
    QString iconSource() const { return m_iconSource; }

private:
    void showBundledIcon(const QString &resource);

    QWidget *m_methodRow = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_method = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_attemptId = nullptr;
    QLabel *m_gateway = nullptr;
    QLabel *m_failureCode = nullptr;
    QLabel *m_failureCategory = nullptr;
    QLabel *m_failureMessage = nullptr;
    QLabel *m_failover = nullptr;
    QLabel *m_nextAction = nullptr;
    QUrl m_iconUrl;
    QString m_iconSource;
};

} // namespace Paydesk
