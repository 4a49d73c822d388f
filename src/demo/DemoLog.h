#pragma once

#include <QLoggingCategory>

namespace Paydesk {

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

} // namespace Paydesk
