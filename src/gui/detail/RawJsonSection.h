#pragma once

#include <QByteArray>
#include <QFrame>

class QPlainTextEdit;
class QToolButton;

namespace Paydesk {

// The response body as received, pretty-printed, read-only and monospace; collapsed at first,
// and filled when expanded.
class RawJsonSection : public QFrame {
    Q_OBJECT
public:
    explicit RawJsonSection(QWidget *parent = nullptr);
    void setRawJson(const QByteArray &json);
    void setExpanded(bool expanded);

    static QString prettyJson(const QByteArray &json);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *m_toggle = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QByteArray m_json;
    bool m_textStale = false; // m_text does not show m_json yet
};

} // namespace Paydesk
