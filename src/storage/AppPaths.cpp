#include "storage/AppPaths.h"

#include "storage/PrivateFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace Paydesk {

namespace {

QString overrideDirectory() {
    return qEnvironmentVariable("PAYDESK_CONFIG_DIR");
}

QString ensured(const QString &path) {
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    ensurePrivateFolder(absolute);
    return absolute;
}

} // namespace

QString configDirectory() {
    const QString overridden = overrideDirectory();
    if (!overridden.isEmpty())
        return ensured(overridden);
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
}

QString dataDirectory() {
    const QString overridden = overrideDirectory();
    if (!overridden.isEmpty())
        return ensured(overridden);
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString cacheDirectory() {
    const QString overridden = overrideDirectory();
    if (!overridden.isEmpty())
        return ensured(overridden + QStringLiteral("/cache"));
    return ensured(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

QString settingsFilePath() {
    return configDirectory() + QStringLiteral("/paydesk.ini");
}

} // namespace Paydesk
