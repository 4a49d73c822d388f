#include "secrets/SecretsLog.h"

namespace Paydesk {

Q_LOGGING_CATEGORY(lcSecrets, "paydesk.secrets", QtWarningMsg)

} // namespace Paydesk
