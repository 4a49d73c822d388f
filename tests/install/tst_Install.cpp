// `cmake --install` into a temporary DESTDIR: exactly the expected files, an installed
// executable that runs, icons of the right sizes, and a launcher and metainfo that the
// desktop's own validators accept.
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"org.paydesk.Paydesk"_s;
// The window and demo modules, relative to the prefix: where the executable looks for them.
const QString windowModule = QStringLiteral(PAYDESK_WINDOW_MODULE);
const QString demoModule = QStringLiteral(PAYDESK_DEMO_MODULE);

struct Run {
    int exitCode = -1;
    QString output; // standard output and standard error together
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, u"did not finish: "_s + program};
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

QStringList iconSizes() {
    return QString::fromLatin1(PAYDESK_ICON_SIZES).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_destdir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DESTDIR"_s, m_destdir.path());
        const Run install =
            run(QStringLiteral(PAYDESK_CMAKE_COMMAND),
                {u"--install"_s, QStringLiteral(PAYDESK_BINARY_DIR), u"--prefix"_s, u"/usr"_s},
                environment);
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
        m_root = m_destdir.path() + u"/usr"_s;
    }

    void installsExactlyTheExpectedFiles() {
        QSet<QString> expected{
            u"bin/paydesk"_s,
            windowModule,
            demoModule,
            u"share/applications/%1.desktop"_s.arg(appId),
            u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId),
            u"share/metainfo/%1.metainfo.xml"_s.arg(appId),
        };
        for (const QString &size : iconSizes())
            expected << u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size, appId);
        QSet<QString> installed;
        QDirIterator it(m_destdir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            installed << it.next().mid(m_root.size() + 1);
        QCOMPARE(installed, expected);
    }

    void installedExecutableRuns() {
        const QString binary = m_root + u"/bin/paydesk"_s;
        QVERIFY(QFileInfo(binary).isExecutable());
        const Run version = run(binary, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.output.trimmed(), u"paydesk " PAYDESK_VERSION ""_s);
    }

    // The installed executable finds its window module: an unknown option is the dashboard's
    // own complaint, made on the module's side.
    void installedExecutableOpensTheWindowModule() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run window = run(m_root + u"/bin/paydesk"_s, {u"--no-such-option"_s}, environment);
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.output.contains(u"Unknown option: --no-such-option"_s),
                 qPrintable(window.output));
        QCOMPARE(QFile::permissions(m_root + u'/' + windowModule)
                     & (QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ExeOwner),
                 QFileDevice::Permissions());
    }

    // ...and its demo module: `lookup --demo` looks a demo checkout up through it.
    void installedExecutableRunsTheDemoModule() {
        const Run lookup = run(m_root + u"/bin/paydesk"_s,
                               {u"lookup"_s, u"--demo"_s, u"--json"_s, u"cs_XaFgTisNRi2AFS"_s});
        QVERIFY2(lookup.exitCode == 0, qPrintable(lookup.output));
        QVERIFY2(lookup.output.contains(u"\"cs_XaFgTisNRi2AFS\""_s), qPrintable(lookup.output));
        QCOMPARE(QFile::permissions(m_root + u'/' + demoModule)
                     & (QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ExeOwner),
                 QFileDevice::Permissions());
    }

    void iconsHaveTheirSizes() {
        const QStringList sizes = iconSizes();
        QVERIFY(sizes.contains(u"48"_s) && sizes.contains(u"256"_s));
        for (const QString &sizeText : sizes) {
            const int size = sizeText.toInt();
            const QImage icon(m_root
                              + u"/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(sizeText, appId));
            QCOMPARE(icon.size(), QSize(size, size));
            // Drawn, not blank: the middle is opaque, the very corner of the tile transparent.
            QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
        }
    }

    void desktopFileIsValidAndNamesWhatIsInstalled() {
        const QString file = m_root + u"/share/applications/%1.desktop"_s.arg(appId);
        const Run validate = run(u"desktop-file-validate"_s, {file});
        QVERIFY2(validate.exitCode == 0 && validate.output.isEmpty(), qPrintable(validate.output));

        QSettings desktop(file, QSettings::IniFormat);
        desktop.beginGroup(u"Desktop Entry"_s);
        QCOMPARE(desktop.value(u"Icon"_s).toString(), appId);
        QCOMPARE(desktop.value(u"TryExec"_s).toString(), u"paydesk"_s);
        QVERIFY(desktop.value(u"Exec"_s).toString().startsWith(u"paydesk "_s));
    }

    void metainfoIsValidAndComplete() {
        const QString file = m_root + u"/share/metainfo/%1.metainfo.xml"_s.arg(appId);
        const Run validate =
            run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--strict"_s, file});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));

        QFile xml(file);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xml);
        QString launchable;
        QStringList releases;
        QStringList images;
        int captions = 0;
        bool contentRating = false;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = reader.name();
            if (name == u"launchable")
                launchable = reader.readElementText();
            else if (name == u"release")
                releases << reader.attributes().value(u"version"_s).toString();
            else if (name == u"image")
                images << reader.readElementText();
            else if (name == u"caption")
                captions += reader.readElementText().isEmpty() ? 0 : 1;
            else if (name == u"content_rating")
                contentRating = true;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(launchable, appId + u".desktop"_s);
        QCOMPARE(releases.value(0), QStringLiteral(PAYDESK_VERSION));
        QVERIFY(contentRating);
        QVERIFY(!images.isEmpty());
        QCOMPARE(captions, images.size());
        // Each screenshot the metainfo shows is kept in the repository, as a real picture.
        for (const QString &url : std::as_const(images)) {
            const QString name = url.section(u'/', -1);
            const QImage shot(QStringLiteral(PAYDESK_SOURCE_DIR) + u"/packaging/screenshots/"_s
                              + name);
            QVERIFY2(shot.width() >= 800 && shot.height() >= 500, qPrintable(name));
        }
    }

private:
    QTemporaryDir m_destdir;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_Install.moc"
