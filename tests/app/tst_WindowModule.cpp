// The paydesk executable and its window and demo modules, as built: the executable needs none
// of the window's libraries (a command never loads them), neither the executable nor the window
// needs the demo's (only --demo loads them), each module exports only its entry, and the
// modules are loaded from their fixed place beside the executable and nowhere else.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString paydeskBinary = QStringLiteral(PAYDESK_EXECUTABLE);
const QString windowModule = QStringLiteral(PAYDESK_WINDOW_MODULE);
const QString demoModule = QStringLiteral(PAYDESK_DEMO_MODULE);
// Where the modules live relative to the folder that holds bin/, e.g. "lib/paydesk".
const QString moduleFolder = QStringLiteral(PAYDESK_MODULE_DIR);

// The window's libraries, none of which a command may load.
const QStringList windowLibraries{u"libQt6Widgets.so"_s, u"libQt6Gui.so"_s, u"libQt6Svg.so"_s,
                                  u"libQt6OpenGL.so"_s,  u"libX11.so"_s,    u"libfontconfig.so"_s};
// The demo server's libraries, which only --demo may load.
const QStringList demoLibraries{u"libQt6HttpServer.so"_s, u"libQt6WebSockets.so"_s};
// A checkout of the built-in demo.
const QString demoCheckout = u"cs_XaFgTisNRi2AFS"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, u"did not finish: "_s + program};
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

// The DT_NEEDED entries of an ELF file, e.g. "libQt6Core.so.6", as readelf reads them.
QStringList neededLibraries(const QString &file) {
    const Run readelf = run(u"readelf"_s, {u"--dynamic"_s, u"--wide"_s, file});
    if (readelf.exitCode != 0)
        return {};
    QStringList needed;
    static const QRegularExpression entry(uR"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"_s);
    for (auto it = entry.globalMatch(readelf.out); it.hasNext();)
        needed << it.next().captured(1);
    return needed;
}

// The symbols an ELF file defines and exports.
QStringList exportedSymbols(const QString &file) {
    const Run symbols = run(u"readelf"_s, {u"--dyn-syms"_s, u"--wide"_s, file});
    QStringList defined; // "Num: Value Size Type Bind Vis Ndx Name", Ndx a section number
    for (const QString &line : symbols.out.split(u'\n')) {
        const QStringList fields = line.simplified().split(u' ');
        if (fields.size() >= 8 && fields.at(4) == u"GLOBAL"_s && fields.at(6) != u"UND"_s)
            defined << fields.at(7);
    }
    return defined;
}

bool mentionsAny(const QStringList &libraries, const QStringList &names) {
    for (const QString &library : libraries) {
        for (const QString &name : names) {
            if (library.startsWith(name))
                return true;
        }
    }
    return false;
}

// A copy of the executable in <root>/bin/paydesk, as an installation would place it.
QString copyExecutable(const QString &root) {
    const QString binary = root + u"/bin/paydesk"_s;
    if (!QDir().mkpath(root + u"/bin"_s) || !QFile::copy(paydeskBinary, binary))
        return {};
    return binary;
}

QString copyModule(const QString &root, QFileDevice::Permissions permissions,
                   const QString &built = windowModule) {
    const QString folder = root + u'/' + moduleFolder;
    const QString module = folder + u'/' + QFileInfo(built).fileName();
    if (!QDir().mkpath(folder) || !QFile::copy(built, module)
        || !QFile::setPermissions(module, permissions))
        return {};
    return module;
}

QProcessEnvironment offscreen() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

constexpr auto readOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther;

} // namespace

class TestWindowModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void executableNeedsNoWindowLibrary() {
        const QStringList needed = neededLibraries(paydeskBinary);
        QVERIFY2(needed.contains(u"libQt6Core.so.6"_s), qPrintable(needed.join(u' ')));
        QVERIFY2(!mentionsAny(needed, windowLibraries), qPrintable(needed.join(u' ')));
    }

    // What the dynamic loader maps for a command, libraries of libraries included.
    void executableLoadsNoWindowLibrary() {
        const Run ldd = run(u"ldd"_s, {paydeskBinary});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY(ldd.out.contains(u"libQt6Network.so"_s));
        for (const QString &library : windowLibraries)
            QVERIFY2(!ldd.out.contains(library), qPrintable(library));
    }

    void moduleHoldsTheWindowAndExportsOnlyItsEntry() {
        QVERIFY(neededLibraries(windowModule).contains(u"libQt6Widgets.so.6"_s));
        QCOMPARE(exportedSymbols(windowModule), QStringList{u"paydesk_window_main"_s});
    }

    // Neither a command nor a plain window links the demo server's libraries...
    void executableAndWindowNeedNoDemoLibrary() {
        for (const QString &file : {paydeskBinary, windowModule}) {
            const QStringList needed = neededLibraries(file);
            QVERIFY2(needed.contains(u"libQt6Core.so.6"_s), qPrintable(file));
            QVERIFY2(!mentionsAny(needed, demoLibraries), qPrintable(needed.join(u' ')));
            const Run ldd = run(u"ldd"_s, {file});
            QCOMPARE(ldd.exitCode, 0);
            for (const QString &library : demoLibraries)
                QVERIFY2(!ldd.out.contains(library), qPrintable(file + u": "_s + library));
        }
    }

    void demoModuleHoldsTheDemoAndExportsOnlyItsEntry() {
        QVERIFY(neededLibraries(demoModule).contains(u"libQt6HttpServer.so.6"_s));
        QVERIFY(!mentionsAny(neededLibraries(demoModule), windowLibraries));
        QCOMPARE(exportedSymbols(demoModule), QStringList{u"paydesk_demo_start"_s});
    }

    // ...nor loads them as it runs (the dynamic loader's own account, LD_DEBUG=files), while
    // --demo does, from the demo module.
    void onlyTheDemoLoadsTheDemoLibraries() {
        QProcessEnvironment environment = offscreen();
        environment.insert(u"LD_DEBUG"_s, u"files"_s);
        const Run window = run(paydeskBinary, {u"--no-such-option"_s}, environment);
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"paydesk_window.so"_s), qPrintable(window.err.left(2000)));
        const Run lookup =
            run(paydeskBinary, {u"lookup"_s, u"--json"_s, demoCheckout}, environment);
        QVERIFY2(lookup.out.contains(demoCheckout), qPrintable(lookup.out));
        for (const QString &library : demoLibraries) {
            QVERIFY2(!window.err.contains(library), qPrintable(library));
            QVERIFY2(!lookup.err.contains(library), qPrintable(library));
        }

        const Run demo =
            run(paydeskBinary, {u"lookup"_s, u"--demo"_s, u"--json"_s, demoCheckout}, environment);
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(u"\"demo-orqex\""_s), qPrintable(demo.out));
        QVERIFY(demo.err.contains(QFileInfo(demoModule).fileName()));
        for (const QString &library : demoLibraries)
            QVERIFY2(demo.err.contains(library), qPrintable(library));
    }

    // The demo module beside a copy of the executable is the one loaded (the tests of the
    // installation do the same under a prefix).
    void demoModuleBesideTheExecutableIsLoaded() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        QVERIFY(!copyModule(root.path(), readOnly, demoModule).isEmpty());
        const Run demo = run(binary, {u"lookup"_s, u"--demo"_s, u"--json"_s, demoCheckout});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(u"\"demo-orqex\""_s), qPrintable(demo.out));
    }

    // Without it, --demo says so, in a command and in the window, and nothing else changes.
    void missingDemoModuleIsReported() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        QVERIFY(!copyModule(root.path(), readOnly).isEmpty());
        const QString missing = root.path() + u"/bin/../"_s + moduleFolder;

        const Run lookup = run(binary, {u"lookup"_s, u"--demo"_s, demoCheckout});
        QCOMPARE(lookup.exitCode, 2);
        QVERIFY2(lookup.err.contains(u"Paydesk cannot start its demo"_s), qPrintable(lookup.err));
        QVERIFY2(lookup.err.contains(missing), qPrintable(lookup.err));
        QVERIFY2(lookup.err.contains(u"is missing"_s), qPrintable(lookup.err));

        const Run window = run(binary, {u"--demo"_s}, offscreen());
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"Paydesk cannot start its demo"_s), qPrintable(window.err));
        QVERIFY2(window.err.contains(u"is missing"_s), qPrintable(window.err));

        const Run plain = run(binary, {u"--no-such-option"_s}, offscreen());
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(u"Unknown option: --no-such-option"_s), qPrintable(plain.err));
    }

    void demoModuleOthersCanChangeIsRefused() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        QVERIFY(!copyModule(root.path(), readOnly | QFileDevice::WriteOther, demoModule).isEmpty());
        const Run demo = run(binary, {u"lookup"_s, u"--demo"_s, demoCheckout});
        QCOMPARE(demo.exitCode, 2);
        QVERIFY2(demo.err.contains(u"is not a file that only its owner can change"_s),
                 qPrintable(demo.err));
    }

    // The built executable opens the window through the module: an unknown option is the
    // dashboard's own complaint, made on the module's side.
    void windowOpensThroughTheModule() {
        const Run window = run(paydeskBinary, {u"--no-such-option"_s}, offscreen());
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"Unknown option: --no-such-option"_s),
                 qPrintable(window.err));
    }

    void missingModuleIsReportedAndCommandsStillWork() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        // A module on a search path is not the one beside the executable: never loaded.
        const QString elsewhere = root.filePath(u"elsewhere"_s);
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QFile::copy(windowModule, elsewhere + u'/' + QFileInfo(windowModule).fileName()));
        QProcessEnvironment environment = offscreen();
        environment.insert(u"LD_LIBRARY_PATH"_s, elsewhere);

        const Run window = run(binary, {u"--no-such-option"_s}, environment);
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"Paydesk cannot open its window"_s), qPrintable(window.err));
        QVERIFY2(window.err.contains(root.path() + u"/bin/../"_s + moduleFolder),
                 qPrintable(window.err));
        QVERIFY2(window.err.contains(u"is missing"_s), qPrintable(window.err));

        const Run version = run(binary, {u"--version"_s}, environment);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"paydesk " PAYDESK_VERSION ""_s);
    }

    void moduleBesideTheExecutableIsLoaded() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        QVERIFY(!copyModule(root.path(), readOnly).isEmpty());
        const Run window = run(binary, {u"--no-such-option"_s}, offscreen());
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"Unknown option: --no-such-option"_s),
                 qPrintable(window.err));
    }

    void moduleOthersCanChangeIsRefused() {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString binary = copyExecutable(root.path());
        QVERIFY(!binary.isEmpty());
        QVERIFY(!copyModule(root.path(), readOnly | QFileDevice::WriteGroup).isEmpty());
        const Run window = run(binary, {u"--no-such-option"_s}, offscreen());
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains(u"is not a file that only its owner can change"_s),
                 qPrintable(window.err));
        QVERIFY(!window.err.contains(u"Unknown option"_s));
    }
};

QTEST_GUILESS_MAIN(TestWindowModule)
#include "tst_WindowModule.moc"
