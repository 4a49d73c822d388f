#include "app/WindowLaunch.h"

#include "app/CheckoutLink.h"
#include "app/SingleInstance.h"
#include "gui/Dashboard.h"
#include "gui/common/FirstFrame.h"
#include "gui/window/MainWindow.h"
#include "storage/AppPaths.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Paydesk {

namespace {

Q_LOGGING_CATEGORY(lcLaunch, "paydesk.instance", QtWarningMsg)

// On standard error for a terminal, and in a message box when someone can see one (a link
// opened from a browser or a chat has no terminal).
void reportProblem(const QString &message) {
    QTextStream(stderr) << message << '\n';
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen"_s && platform != u"minimal"_s)
        QMessageBox::warning(nullptr, QApplication::translate("Paydesk::WindowLaunch", "Paydesk"),
                             message);
}

// The icon the launcher installs, else the bundled one. Looking it up in the desktop's icon
// theme reads the theme's index files, about a tenth of the time to the first frame, so it is
// set once that frame is on screen; the window manager shows it a moment later.
void setApplicationIconAfterFirstFrame(QWidget *window) {
    afterFirstFrame(window, [] {
        QApplication::setWindowIcon(
            QIcon::fromTheme(u"org.paydesk.Paydesk"_s, QIcon(u":/app/org.paydesk.Paydesk.svg"_s)));
    });
}

} // namespace

int runWindow(const QStringList &arguments, const DemoStarter &startDemo) {
    QString error;
    std::optional<DashboardOptions> options = parseDashboardArguments(arguments, &error);
    if (!options) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    QStringList inputs;
    for (const QString &argument : std::as_const(options->ids)) {
        if (!isPaydeskLink(argument)) {
            inputs << argument;
            continue;
        }
        const Result<QString> checkout = checkoutFromLink(argument);
        if (!checkout) {
            reportProblem(checkout.error().message);
            return 2;
        }
        inputs << checkout.value();
    }
    options->ids = inputs;

    // The demo and the real accounts are different windows, as are different configurations.
    SingleInstance instance(configDirectory() + (options->demo ? u"\n--demo"_s : QString()));
    switch (instance.start(options->ids)) {
    case SingleInstance::Role::HandedOver:
        return 0;
    case SingleInstance::Role::Alone:
        qCWarning(lcLaunch).noquote() << "links will open new windows:" << instance.errorString();
        break;
    case SingleInstance::Role::Primary:
        break;
    }
    // The demo, started by the window after its first frame; a failure is said as above.
    const DemoStarter reportingStartDemo = [&startDemo](QString *) {
        QString problem;
        std::unique_ptr<DemoBackend> demo = startDemo ? startDemo(&problem) : nullptr;
        if (!demo)
            reportProblem(problem.isEmpty() ? QApplication::translate(
                              "Dashboard", "The demo server could not start.")
                                            : problem);
        return demo;
    };
    return runDashboard(*options, reportingStartDemo, [&instance](MainWindow &window) {
        setApplicationIconAfterFirstFrame(&window);
        QObject::connect(&instance, &SingleInstance::lookupsReceived, &window,
                         &MainWindow::receiveLookups);
    });
}

} // namespace Paydesk
