#pragma once

#include <QObject>
#include <QString>

namespace Paydesk::Test {

// The child of `root` with this object name; a test that asks for a missing one stops at once.
template <typename T>
T *find(const QObject *root, const QString &name) {
    T *child = root->findChild<T *>(name);
    if (!child)
        qFatal("no %s", qPrintable(name));
    return child;
}

} // namespace Paydesk::Test
