#pragma once

#include <QLoggingCategory>

namespace Paydesk {

// paydesk.secrets: keychain operations and their outcome. Never a key.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace Paydesk
