#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace Paydesk {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool ensurePrivateFolder(const QString &path) {
    QString folder = QDir::cleanPath(QDir(path).absolutePath());
    QStringList missing;
    while (!QFileInfo::exists(folder)) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            return false;
        folder = parent;
    }
    for (const QString &create : std::as_const(missing)) {
        // Made with its mode, not chmod-ed afterwards; a concurrent creator is fine too.
        if (!QDir().mkdir(create, ownerOnlyFolder) && !QFileInfo(create).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

bool ensurePrivateFile(const QString &path) {
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return true;
    return QFileInfo::exists(path); // created meanwhile by another instance
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error) {
    QSaveFile file(path);
    // A replaced file's mode would otherwise be kept; the temporary file is still empty here.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnlyFile)
        || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Paydesk
