#pragma once

#include <QByteArray>
#include <QString>

namespace Paydesk {

// Files Paydesk writes hold customer data and account names: they are the user's alone, and
// created that way rather than tightened afterwards (no moment at which another local user
// could open them).

// Creates `path` and any missing parent folder below the first one that exists, each with
// mode 0700. A folder that already exists is left as it is. False when it cannot be created.
bool ensurePrivateFolder(const QString &path);

// Creates `path` as an empty file with mode 0600 when it does not exist yet, so that whatever
// writes it next (QSettings, SQLite, which keep an existing file's mode) keeps it private.
// An existing file is left as it is. False when it cannot be created.
bool ensurePrivateFile(const QString &path);

// Writes `data` to `path` whole or not at all (a temporary file beside it, renamed over it),
// the result with mode 0600 also when it replaces a file that had another mode; the temporary
// file is made 0600 before anything is written to it. False with `error` set on failure.
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);

} // namespace Paydesk
