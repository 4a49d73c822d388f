// Files Paydesk writes are the user's alone: folders 0700, files 0600, created that way even
// when the process umask would allow more (the library does not rely on the executable's).
#include "storage/AccountStore.h"
#include "storage/AppPaths.h"
#include "storage/HistoryStore.h"
#include "storage/PrivateFiles.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Paydesk;

namespace {

// The mode bits of `path`, as ls shows them in octal.
int modeOf(const QString &path) {
    struct stat info {};
    if (stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Every entry under `root` (itself included) whose mode gives anyone but the owner access.
QStringList opened(const QString &root) {
    QStringList found;
    if (modeOf(root) & 077)
        found << root;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (modeOf(path) & 077)
            found << path + QStringLiteral(" %1").arg(modeOf(path), 0, 8);
    }
    return found;
}

} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_top;
    mode_t m_savedUmask = 0;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_top.isValid());
        // A permissive umask, as a desktop session typically has.
        m_savedUmask = umask(022);
    }
    void cleanupTestCase() { umask(m_savedUmask); }

    void foldersAreCreated0700() {
        const QString root = m_top.filePath(QStringLiteral("config/Paydesk/paydesk"));
        qputenv("PAYDESK_CONFIG_DIR", root.toUtf8());
        QCOMPARE(configDirectory(), root);
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(m_top.filePath(QStringLiteral("config/Paydesk"))), 0700);
        QCOMPARE(modeOf(m_top.filePath(QStringLiteral("config"))), 0700);
        QCOMPARE(modeOf(cacheDirectory()), 0700);
    }

    void settingsAndHistoryAreCreated0600() {
        const QString root = m_top.filePath(QStringLiteral("data"));
        qputenv("PAYDESK_CONFIG_DIR", root.toUtf8());
        AccountStore accounts(settingsFilePath());
        Account account;
        account.name = QStringLiteral("shop");
        account.provider = QStringLiteral("orqex");
        QVERIFY(!accounts.add(account));
        QCOMPARE(modeOf(accounts.settingsFile()), 0600);
        {
            HistoryStore history(QDir(dataDirectory()).filePath(QStringLiteral("history.sqlite")));
            QVERIFY2(history.isOpen(), qPrintable(history.errorString()));
            QCOMPARE(modeOf(QDir(dataDirectory()).filePath(QStringLiteral("history.sqlite"))),
                     0600);
            // Including SQLite's write-ahead log and shared memory, while they exist.
            const QStringList loose = opened(root);
            QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
        }
        const QStringList loose = opened(root);
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
    }

    void exportsAreWritten0600AlsoOverAnOpenFile() {
        const QString path = m_top.filePath(QStringLiteral("export.csv"));
        QString error;
        QVERIFY2(writePrivateFile(path, QByteArrayLiteral("a,b\r\n"), &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);

        // A file the operator chose to replace, readable by everyone until now.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), 0644);
        QVERIFY2(writePrivateFile(path, QByteArrayLiteral("c,d\r\n"), &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0600);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArrayLiteral("c,d\r\n"));
        const QStringList loose = opened(m_top.path());
        QVERIFY2(loose.isEmpty(), qPrintable(loose.join(u'\n')));
    }

    void anExportThatCannotBeWrittenSaysWhy() {
        QString error;
        QVERIFY(!writePrivateFile(m_top.filePath(QStringLiteral("no/such/folder/x.csv")),
                                  QByteArrayLiteral("x"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_PrivateFiles.moc"
