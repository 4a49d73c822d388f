#pragma once

#include "domain/Checkout.h"
#include "gui/detail/DetailSection.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

class QTableWidget;

namespace Paydesk {

// The metadata as a key/value table: an object's members, or an array's objects flattened.
class MetadataSection : public DetailSection {
    Q_OBJECT
public:
    explicit MetadataSection(QWidget *parent = nullptr);
    void setCheckout(const Checkout &checkout);

    static QList<QPair<QString, QString>> flatten(const QJsonValue &metadata);

private:
    QTableWidget *m_table = nullptr;
};

// Read-only table with no row numbers, as tall as its rows (the pane scrolls, not the table).
QTableWidget *makeDetailTable(const QString &objectName, const QStringList &headers,
                              QWidget *parent);
void fitTableHeight(QTableWidget *table);

} // namespace Paydesk
