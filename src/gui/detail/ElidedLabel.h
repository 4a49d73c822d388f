#pragma once

#include <QLabel>

namespace Paydesk {

// A one-line value that may be longer than the room it gets (an id, a URL, an e-mail): it
// shrinks with the pane, eliding in the middle, and then shows the whole value in its tooltip.
// Displayed left to right even in a right-to-left layout; copy buttons copy the raw value.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The raw value, and the tooltip to show while nothing is elided.
    void setFullText(const QString &text, const QString &toolTip = {});
    QString fullText() const { return m_fullText; }
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
    int m_fullWidth = 0; // of m_fullText in the label's font
    QString m_toolTip;
    bool m_elided = false;
};

} // namespace Paydesk
