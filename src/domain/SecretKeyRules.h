#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Paydesk {

// What a secret key may look like before it is stored: 8 to 512 printable ASCII characters
// (0x21-0x7E), so no space, tab, control, NUL or non-ASCII character can reach a keychain
// entry or an Authorization header. Checked where a key enters: `paydesk account add` and the
// accounts dialog.
inline constexpr qsizetype minimumSecretKeyLength = 8;
inline constexpr qsizetype maximumSecretKeyLength = 512;

// The reason for refusing the key, or nullopt. The reason never quotes the key.
std::optional<QString> secretKeyProblem(QStringView key);
// The same for raw bytes as read from standard input (a byte above 0x7F is not ASCII).
std::optional<QString> secretKeyProblem(QByteArrayView key);

} // namespace Paydesk
