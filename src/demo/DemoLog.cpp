#include "demo/DemoLog.h"

namespace Paydesk {

Q_LOGGING_CATEGORY(lcDemo, "paydesk.demo", QtWarningMsg)

} // namespace Paydesk
