#pragma once

#include <QLoggingCategory>

namespace Paydesk {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace Paydesk
