#pragma once

#include "gui/detail/ElidedLabel.h"

#include <QFrame>
#include <QList>
#include <QString>

class QFormLayout;
class QIcon;
class QLabel;
class QToolButton;

namespace Paydesk {

// A titled block of label/value rows. A row with no value is hidden, and a section with no
// visible row hides itself.
class DetailSection : public QFrame {
    Q_OBJECT
public:
    DetailSection(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    // A selectable value label named `objectName`, in a row labelled `label`: text that wraps.
    QLabel *addTextRow(const QString &objectName, const QString &label);
    // The same for one unbreakable value (an id, a URL, an e-mail): it elides in the middle
    // when the pane is narrow, the whole value in its tooltip. Set it raw, without marks.
    ElidedLabel *addTokenRow(const QString &objectName, const QString &label);
    // A row holding any widget; hidden until setRowShown(widget, true).
    void addWidgetRow(const QString &label, QWidget *widget);
    // A row across both columns (tables).
    void addWideRow(QWidget *widget);
    // A widget beside the rows, on the trailing side (an avatar).
    void setTrailingWidget(QWidget *widget);
    // The row captions, to line up the value columns of all sections.
    const QList<QLabel *> &captions() const { return m_captions; }
    // Sets a value; an empty text hides its row. A token row takes the raw value.
    void setValue(QLabel *value, const QString &text, const QString &toolTip = {});
    void setRowShown(QWidget *field, bool shown);
    // Starts a new set of values: every row counts as empty until set again, and the rows
    // change on screen once updateVisibility() is called after the values are set, so a row
    // that stays shown is not hidden and shown again.
    void resetRows();
    void updateVisibility();

protected:
    QFormLayout *form() const { return m_form; }
    QWidget *body() const { return m_body; }

private:
    void showRow(QWidget *field, bool shown);

    QLabel *m_title = nullptr;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QWidget *> m_fields;
    QList<QWidget *> m_shown;
    QList<QLabel *> m_captions;
    bool m_collecting = false; // between resetRows() and updateVisibility()
};

// Text for display only: wrapped in a left-to-right embedding so ids, URLs, phone numbers and
// amounts read the same way in a right-to-left layout. Never copied.
QString leftToRight(const QString &text);

// A small flat button with the copy icon (the desktop theme's, else a bundled one in the
// palette's text colour).
QToolButton *makeCopyButton(const QString &objectName, const QString &toolTip, QWidget *parent);
QToolButton *makeIconButton(const QString &objectName, const QIcon &icon, const QString &toolTip,
                            QWidget *parent);
// The raw value to the clipboard (no formatting, no direction marks).
void copyToClipboard(const QString &raw);

} // namespace Paydesk
