// The .deb that CPack makes from this build, read back with dpkg-deb: the files it holds
// (-c) and its control fields (-I), with the dependencies dpkg-shlibdeps read from the
// libraries the executable and its window module link.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {-1, {}, u"did not finish: "_s + program};
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Run cpack =
            run(QStringLiteral(PAYDESK_CPACK_COMMAND),
                {u"--config"_s, QStringLiteral(PAYDESK_BINARY_DIR "/CPackConfig.cmake"), u"-B"_s,
                 m_dir.path()});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(m_dir.path()).entryList({u"paydesk_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        QVERIFY2(debs.first().startsWith(u"paydesk_" PAYDESK_VERSION "_"_s),
                 qPrintable(debs.first()));
        m_deb = m_dir.filePath(debs.first());
    }

    void holdsExactlyTheInstalledFiles() {
        const Run contents = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
        QVERIFY2(contents.exitCode == 0, qPrintable(contents.err));
        QSet<QString> files;
        for (const QString &line : contents.out.split(u'\n', Qt::SkipEmptyParts)) {
            // "-rwxr-xr-x root/root  1486240 2026-12-02 23:00 ./usr/bin/paydesk"
            const QStringList fields = line.simplified().split(u' ');
            QVERIFY2(fields.size() == 6, qPrintable(line));
            QCOMPARE(fields.at(1), u"root/root"_s);
            if (fields.at(0).startsWith(u'd'))
                continue;
            files << fields.at(5);
            if (fields.at(5) == u"./usr/bin/paydesk"_s)
                QCOMPARE(fields.at(0), u"-rwxr-xr-x"_s);
            else
                QCOMPARE(fields.at(0), u"-rw-r--r--"_s);
        }
        const QString id = u"org.paydesk.Paydesk"_s;
        QSet<QString> expected{
            u"./usr/bin/paydesk"_s,
            u"./usr/"_s + QStringLiteral(PAYDESK_WINDOW_MODULE),
            u"./usr/"_s + QStringLiteral(PAYDESK_DEMO_MODULE),
            u"./usr/share/applications/%1.desktop"_s.arg(id),
            u"./usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(id),
            u"./usr/share/metainfo/%1.metainfo.xml"_s.arg(id),
        };
        for (const QString &size :
             QString::fromLatin1(PAYDESK_ICON_SIZES).split(u',', Qt::SkipEmptyParts))
            expected << u"./usr/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size, id);
        QCOMPARE(files, expected);
    }

    void dependsOnTheLibrariesItLinks() {
        const Run info = run(u"dpkg-deb"_s, {u"-I"_s, m_deb});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const auto field = [&info](const QString &name) {
            const QRegularExpression line(u"^ "_s + name + u": (.*)$"_s,
                                          QRegularExpression::MultilineOption);
            return line.match(info.out).captured(1).trimmed();
        };
        QCOMPARE(field(u"Package"_s), u"paydesk"_s);
        QCOMPARE(field(u"Version"_s), QStringLiteral(PAYDESK_VERSION));
        QVERIFY(!field(u"Maintainer"_s).isEmpty());
        QVERIFY(info.out.contains(u"Paydesk looks up checkouts"_s));

        QHash<QString, QString> depends; // package -> version constraint
        for (const QString &entry : field(u"Depends"_s).split(u',', Qt::SkipEmptyParts)) {
            const QString text = entry.trimmed();
            depends.insert(text.section(u' ', 0, 0), text.section(u' ', 1));
        }
        // Read by dpkg-shlibdeps from the libraries the executable and the modules link, with
        // minimum versions: Gui, Widgets and Svg only the window module needs, HttpServer only
        // the demo module.
        for (const QString &library :
             {u"libc6"_s, u"libstdc++6"_s, u"libqt6core6"_s, u"libqt6gui6"_s, u"libqt6widgets6"_s,
              u"libqt6network6"_s, u"libqt6sql6"_s, u"libqt6svg6"_s, u"libqt6keychain1"_s,
              u"libqt6httpserver6"_s}) {
            QVERIFY2(depends.contains(library), qPrintable(library));
            QVERIFY2(depends.value(library).startsWith(u"(>= "_s), qPrintable(library));
        }
        // A plugin no linker records: named by hand.
        QVERIFY(depends.contains(u"libqt6sql6-sqlite"_s));
        QVERIFY(!field(u"Recommends"_s).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_deb;
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_Package.moc"
