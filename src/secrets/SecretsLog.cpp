#include "secrets/SecretsLog.h"

namespace Paydesk {

Q_LOGGING_CATEGORY(lcSecrets, "paydesk.secrets")

} // namespace Paydesk
