#include "gui/detail/DetailSection.h"

#include "gui/common/ThemedIcon.h"
#include "gui/detail/ElidedLabel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Paydesk {

DetailSection::DetailSection(const QString &objectName, const QString &title, QWidget *parent)
    : QFrame(parent) {
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_body = new QWidget(this);
    auto *row = new QHBoxLayout(m_body);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_form = new QFormLayout;
    row->addLayout(m_form, 1);
    m_form->setContentsMargins(12, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(4);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A narrow pane puts a value under its caption rather than scrolling sideways.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    layout->addWidget(m_body);
}

QLabel *DetailSection::addTextRow(const QString &objectName, const QString &label) {
    auto *value = new QLabel(m_body);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidgetRow(label, value);
    return value;
}

ElidedLabel *DetailSection::addTokenRow(const QString &objectName, const QString &label) {
    auto *value = new ElidedLabel(m_body);
    value->setObjectName(objectName);
    addWidgetRow(label, value);
    return value;
}

void DetailSection::addWidgetRow(const QString &label, QWidget *widget) {
    auto *name = new QLabel(label, m_body);
    name->setForegroundRole(QPalette::PlaceholderText);
    m_captions << name;
    m_form->addRow(name, widget);
    m_fields << widget;
    m_form->setRowVisible(widget, false);
}

void DetailSection::addWideRow(QWidget *widget) {
    m_form->addRow(widget);
    m_fields << widget;
    m_form->setRowVisible(widget, false);
}

void DetailSection::setTrailingWidget(QWidget *widget) {
    auto *row = static_cast<QHBoxLayout *>(m_body->layout());
    widget->setParent(m_body);
    row->addWidget(widget, 0, Qt::AlignTop);
}

void DetailSection::setValue(QLabel *value, const QString &text, const QString &toolTip) {
    if (auto *token = qobject_cast<ElidedLabel *>(value)) {
        token->setFullText(text, toolTip);
    } else {
        value->setText(text);
        value->setToolTip(toolTip);
    }
    setRowShown(value, !text.isEmpty());
}

void DetailSection::setRowShown(QWidget *field, bool shown) {
    m_shown.removeAll(field);
    if (shown)
        m_shown << field;
    if (!m_collecting)
        showRow(field, shown);
}

void DetailSection::showRow(QWidget *field, bool shown) {
    // Showing a row lays its widgets out at once: only rows that change are touched.
    if (m_form->isRowVisible(field) != shown)
        m_form->setRowVisible(field, shown);
}

void DetailSection::resetRows() {
    m_shown.clear();
    m_collecting = true;
}

void DetailSection::updateVisibility() {
    m_collecting = false;
    for (QWidget *field : std::as_const(m_fields))
        showRow(field, m_shown.contains(field));
    setVisible(!m_shown.isEmpty());
}

QString leftToRight(const QString &text) {
    if (text.isEmpty())
        return text;
    return QChar(0x202A) + text + QChar(0x202C);
}

QToolButton *makeIconButton(const QString &objectName, const QIcon &icon, const QString &toolTip,
                            QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QToolButton *makeCopyButton(const QString &objectName, const QString &toolTip, QWidget *parent) {
    return makeIconButton(objectName, copyIcon(), toolTip, parent);
}

void copyToClipboard(const QString &raw) {
    QGuiApplication::clipboard()->setText(raw);
}

} // namespace Paydesk
