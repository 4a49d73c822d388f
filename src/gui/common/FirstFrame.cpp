#include "gui/common/FirstFrame.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace Paydesk {

namespace {

// Watches the widget until it has a native window, then that window until it is exposed.
// (The widget itself hears of its showing but not of the expose that paints it.)
class FirstFrameWatch : public QObject {
public:
    FirstFrameWatch(QWidget *window, std::function<void()> work)
        : QObject(window)
        , m_window(window)
        , m_work(std::move(work)) {
        if (QWindow *handle = window->windowHandle())
            handle->installEventFilter(this);
        else
            window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window && event->type() == QEvent::Show) {
            if (QWindow *handle = m_window->windowHandle()) {
                m_window->removeEventFilter(this);
                handle->installEventFilter(this);
            }
        } else if (watched != m_window && event->type() == QEvent::Expose) {
            auto *handle = static_cast<QWindow *>(watched);
            if (handle->isExposed()) {
                handle->removeEventFilter(this);
                // Queued: the expose is painted and flushed first, then this runs.
                QTimer::singleShot(0, m_window, std::move(m_work));
                deleteLater();
            }
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_work;
};

} // namespace

void afterFirstFrame(QWidget *window, std::function<void()> work) {
    new FirstFrameWatch(window, std::move(work));
}

} // namespace Paydesk
