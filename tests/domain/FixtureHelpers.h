#pragma once

// Small helpers shared by the parser tests: read a fixture, edit JSON along a path.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

namespace TestHelpers {

inline QByteArray readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// A provider fixture from tests/fixtures, e.g. "orqex/checkout_docs_example.json".
inline QByteArray fixture(const QString &relative) {
    return readFile(QStringLiteral(PAYDESK_FIXTURES_DIR "/") + relative);
}

// One of this folder's own (invented) fixtures under tests/domain/data.
inline QByteArray localFixture(const QString &relative) {
    return readFile(QStringLiteral(PAYDESK_DOMAIN_TEST_DATA "/") + relative);
}

inline QJsonObject objectOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

// Sets (or with an undefined value, removes) root[path[0]][path[1]]..., creating objects.
inline QJsonObject withValue(QJsonObject root, QStringList path, const QJsonValue &value) {
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return root;
    }
    root.insert(key, withValue(root.value(key).toObject(), path, value));
    return root;
}

inline QByteArray edited(const QByteArray &body, const QString &dottedPath,
                         const QJsonValue &value) {
    const QJsonObject root = withValue(objectOf(body), dottedPath.split(u'.'), value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

inline QByteArray nestedArrays(int depth) {
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace TestHelpers
