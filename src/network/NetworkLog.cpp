#include "network/NetworkLog.h"

namespace Paydesk {

Q_LOGGING_CATEGORY(lcNet, "paydesk.net", QtWarningMsg)

} // namespace Paydesk
