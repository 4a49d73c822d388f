#pragma once

#include <QString>

namespace Paydesk {

// Where Paydesk keeps its files. PAYDESK_CONFIG_DIR, when set, replaces the configuration
// and data folders (tests and scripts use it to stay out of a user's own data). Each folder is
// created on demand, private to the user (0700); the functions return absolute paths without a
// trailing slash.
QString configDirectory();
QString dataDirectory();
QString cacheDirectory();

// The QSettings file (INI format) in the configuration folder: accounts and preferences,
// never a secret.
QString settingsFilePath();

} // namespace Paydesk
