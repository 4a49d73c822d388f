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

    // Records a provider serves besides its checkouts: {provider, kind, file}.
    const QJsonArray records = index.value(u"records"_s).toArray();
    for (const QJsonValue &entry : records) {
        const QJsonObject record = entry.toObject();
        const QString file = record.value(u"file"_s).toString();
        QByteArray data;
        if (!readFile(file, &data, &load.error))
            return load;
        if (server
                .addRecord(record.value(u"provider"_s).toString(),
                           record.value(u"kind"_s).toString(), data)
                .isEmpty()) {
            load.error = u"no record in "_s + file;
            return load;
        }
    }

    // {provider, file, and any records of the checkout as kind: file}.
    const QJsonArray checkouts = index.value(u"checkouts"_s).toArray();
    for (const QJsonValue &entry : checkouts) {
        const QJsonObject checkout = entry.toObject();
        const QString file = checkout.value(u"file"_s).toString();
        const QString provider = checkout.value(u"provider"_s).toString();
        QByteArray data;
        if (!readFile(file, &data, &load.error))
            return load;
        const QString id = server.addCheckout(provider, data);
        if (id.isEmpty()) {
            load.error = u"no checkout id in "_s + file;
            return load;
        }
        for (auto it = checkout.constBegin(); it != checkout.constEnd(); ++it) {
            if (it.key() == "file"_L1 || it.key() == "provider"_L1)
                continue;
            QByteArray recordData;
            if (!readFile(it.value().toString(), &recordData, &load.error))
                return load;
            if (server.addRecord(provider, it.key(), recordData, id).isEmpty()) {
                load.error = u"no "_s + it.key() + u" in "_s + it.value().toString();
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
