#pragma once

namespace Paydesk {

// Paydesk's name, organisation and version for Qt (QSettings and QStandardPaths folders,
// --version), and the system's proxy settings for every request. The same for a command and
// for the window: run right after the application object is made.
void describeApplication();

} // namespace Paydesk
