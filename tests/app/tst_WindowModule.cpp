// The paydesk executable and its window module, as built: the executable needs none of the
// window's libraries (a command never loads them), the module exports only its entry, and the
// executable loads the module from its fixed place beside it and nowhere else.
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
// Where the module lives relative to the folder that holds bin/, e.g. "lib/paydesk".
const QString moduleFolder = QStringLiteral(PAYDESK_WINDOW_MODULE_DIR);

// The window's libraries, none of which a command may load.
const QStringList windowLibraries{u"libQt6Widgets.so"_s, u"libQt6Gui.so"_s, u"libQt6Svg.so"_s,
                                  u"libQt6OpenGL.so"_s,  u"libX11.so"_s,    u"libfontconfig.so"_s};

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

QString copyModule(const QString &root, QFileDevice::Permissions permissions) {
    const QString folder = root + u'/' + moduleFolder;
    const QString module = folder + u'/' + QFileInfo(windowModule).fileName();
    if (!QDir().mkpath(folder) || !QFile::copy(windowModule, module)
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
        const Run symbols = run(u"readelf"_s, {u"--dyn-syms"_s, u"--wide"_s, windowModule});
        QCOMPARE(symbols.exitCode, 0);
        QStringList defined; // "Num: Value Size Type Bind Vis Ndx Name", Ndx a section number
        for (const QString &line : symbols.out.split(u'\n')) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() >= 8 && fields.at(4) == u"GLOBAL"_s && fields.at(6) != u"UND"_s)
                defined << fields.at(7);
        }
        QCOMPARE(defined, QStringList{u"paydesk_window_main"_s});
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
