#include "gui/detail/MetadataSection.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableWidget>

namespace Paydesk {

namespace {

QString valueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Integers as written, without an exponent.
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        if (double(whole) == number)
            return QString::number(whole);
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void addObject(QList<QPair<QString, QString>> &rows, const QJsonObject &object,
               const QString &prefix) {
    for (auto it = object.begin(); it != object.end(); ++it)
        rows.append({prefix + it.key(), valueText(it.value())});
}

} // namespace

MetadataSection::MetadataSection(QWidget *parent)
    : DetailSection(QStringLiteral("metadataSection"), tr("Metadata"), parent) {
    m_table = makeDetailTable(QStringLiteral("metadataTable"), {tr("Key"), tr("Value")}, this);
    m_table->setAccessibleName(tr("Metadata"));
    addWideRow(m_table);
}

QList<QPair<QString, QString>> MetadataSection::flatten(const QJsonValue &metadata) {
    QList<QPair<QString, QString>> rows;
    if (metadata.isObject()) {
        addObject(rows, metadata.toObject(), {});
    } else if (metadata.isArray()) {
        const QJsonArray array = metadata.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString prefix = array.size() > 1 ? QStringLiteral("[%1] ").arg(i) : QString();
            if (array.at(i).isObject())
                addObject(rows, array.at(i).toObject(), prefix);
            else
                rows.append({QStringLiteral("[%1]").arg(i), valueText(array.at(i))});
        }
    }
    return rows;
}

void MetadataSection::setCheckout(const Checkout &checkout) {
    resetRows();
    const auto rows = flatten(checkout.metadata);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    fitTableHeight(m_table);
    setRowShown(m_table, !rows.isEmpty());
    updateVisibility();
}

QTableWidget *makeDetailTable(const QString &objectName, const QStringList &headers,
                              QWidget *parent) {
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control instead of walking its cells (no keyboard trap).
    table->setTabKeyNavigation(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

void fitTableHeight(QTableWidget *table) {
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->verticalHeader()->sectionSize(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

} // namespace Paydesk
