#include "demo/DemoData.h"

#include "demo/DemoServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// The resources of a static library are registered by hand.
static void initDemoResources() {
    Q_INIT_RESOURCE(paydesk_demo_data);
}

namespace Paydesk {

namespace {

bool readFile(const QString &relativePath, QByteArray *data, QString *error) {
    QFile file(demoDataRoot() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + file.fileName();
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

QString demoDataRoot() {
    return u":/demo"_s;
}

DemoDataLoad loadDemoData(DemoServer &server) {
    initDemoResources();
    DemoDataLoad load;
    QByteArray indexBytes;
    if (!readFile(u"index.json"_s, &indexBytes, &load.error))
        return load;
    const QJsonObject index = QJsonDocument::fromJson(indexBytes).object();

    const QJsonArray customers = index.value(u"customers"_s).toArray();
    for (const QJsonValue &entry : customers) {
        QByteArray data;
        if (!readFile(entry.toString(), &data, &load.error))
            return load;
        if (server.addChargilyCustomer(data).isEmpty()) {
            load.error = u"no customer id in "_s + entry.toString();
            return load;
        }
    }

    const QJsonArray checkouts = index.value(u"checkouts"_s).toArray();
    for (const QJsonValue &entry : checkouts) {
        const QJsonObject checkout = entry.toObject();
        const QString file = checkout.value(u"file"_s).toString();
        const QString provider = checkout.value(u"provider"_s).toString();
        QByteArray data;
        if (!readFile(file, &data, &load.error))
            return load;
        QString id;
        if (provider == u"orqex")
            id = server.addOrqexCheckout(data);
        else if (provider == u"chargily")
            id = server.addChargilyCheckout(data);
        if (id.isEmpty()) {
            load.error = u"no checkout id in "_s + file;
            return load;
        }
        const QString items = checkout.value(u"items"_s).toString();
        if (!items.isEmpty()) {
            QByteArray itemData;
            if (!readFile(items, &itemData, &load.error))
                return load;
            if (!server.addChargilyItems(id, itemData)) {
                load.error = u"no items in "_s + items;
                return load;
            }
        }
        load.checkoutIds.append(id);
    }
    if (load.checkoutIds.isEmpty())
        load.error = u"no checkouts in index.json"_s;
    return load;
}

} // namespace Paydesk
