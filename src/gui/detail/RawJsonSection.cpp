#include "gui/detail/RawJsonSection.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Paydesk {

RawJsonSection::RawJsonSection(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("rawJsonSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("rawJsonToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    layout->addWidget(m_toggle, 0, Qt::AlignLeading);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("rawJson"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(220);
    // JSON reads left to right whatever the layout direction.
    m_text->setLayoutDirection(Qt::LeftToRight);
    m_text->hide();
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &RawJsonSection::setExpanded);
    setExpanded(false);
}

void RawJsonSection::setExpanded(bool expanded) {
    m_toggle->setChecked(expanded);
    // A triangle in the text: it mirrors with the layout and needs no icon.
    const QChar closed = isRightToLeft() ? QChar(0x25C2) : QChar(0x25B8);
    m_toggle->setText((expanded ? QChar(0x25BE) : closed) + QChar(u' ') + tr("Raw JSON"));
    if (expanded && m_textStale) {
        m_text->setPlainText(prettyJson(m_json));
        m_textStale = false;
    }
    m_text->setVisible(expanded);
}

void RawJsonSection::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        setExpanded(m_toggle->isChecked());
}

void RawJsonSection::setRawJson(const QByteArray &json) {
    // Indented and laid out only once someone opens the section: most checkouts are read
    // without it.
    m_json = json;
    m_textStale = true;
    if (m_toggle->isChecked())
        setExpanded(true);
    else if (!m_text->document()->isEmpty())
        m_text->clear(); // an earlier checkout's, shown when it was open
    setVisible(!json.trimmed().isEmpty());
}

QString RawJsonSection::prettyJson(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(json);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace Paydesk
