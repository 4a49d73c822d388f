// The real `paydesk account` executable, run as a separate process against the real keychain
// of scripts/with-keyring; and, in sessions this test starts itself, against no D-Bus at all
// and against a keyring that exists but is locked.
#include "secrets/KeychainStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Paydesk;

namespace {

const QString paydeskBinary = QStringLiteral(PAYDESK_EXECUTABLE);

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray all() const { return out + err; }
};

Run runProcess(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment, const QByteArray &input = {}) {
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.start();
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(45000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString generatedKey() {
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QStringLiteral("sk_test_") + QString::fromLatin1(bytes.toHex());
}

// Every regular file under `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

class TestCliAccount : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_service;
    QStringList m_keys; // every key this test generated, none of which may leak

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_CONFIG_DIR"), m_config.path());
        env.insert(QStringLiteral("PAYDESK_KEYCHAIN_SERVICE"), m_service);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("paydesk.*.debug=false"));
        return env;
    }
    Run paydesk(const QStringList &arguments, const QByteArray &input = {}) const {
        return runProcess(paydeskBinary, arguments, environment(), input);
    }
    QString newKey() {
        m_keys.append(generatedKey());
        return m_keys.last();
    }
    Run add(const QString &name, const QString &provider, const QString &mode,
            const QByteArray &input, const QStringList &extra = {}) const {
        return paydesk(QStringList{QStringLiteral("account"), QStringLiteral("add"), name,
                                   QStringLiteral("--provider"), provider, QStringLiteral("--mode"),
                                   mode}
                           + extra,
                       input);
    }
    KeyResult readFromKeychain(const QString &name) {
        KeychainStore store(m_service, nullptr);
        std::optional<KeyResult> answer;
        store.readKey(name, this, [&answer](const KeyResult &result) { answer = result; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        }();
        return answer.value_or(KeyResult{});
    }
    void verifyNoLeak(const Run &run) const {
        for (const QString &key : m_keys)
            QVERIFY2(!run.all().contains(key.toUtf8()), "a secret key appeared in the output");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(paydeskBinary).isExecutable(), qPrintable(paydeskBinary));
        QVERIFY(m_config.isValid());
        m_service = qEnvironmentVariable("PAYDESK_KEYCHAIN_SERVICE") + u'-'
                    + QString::number(QRandomGenerator::global()->generate(), 16);
    }

    void addsListsAndRemovesWithoutLeakingTheKey() {
        const QString shopKey = newKey();
        const QString otherKey = newKey();
        Run run = add(QStringLiteral("shop-a"), QStringLiteral("orqex"), QStringLiteral("test"),
                      shopKey.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifyNoLeak(run);
        run = add(QStringLiteral("shop-b"), QStringLiteral("orqex"), QStringLiteral("live"),
                  otherKey.toUtf8(),
                  {QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifyNoLeak(run);

        // The key arrived whole, without its newline, in the keychain only.
        QCOMPARE(readFromKeychain(QStringLiteral("shop-a")).key, shopKey);
        QCOMPARE(readFromKeychain(QStringLiteral("shop-b")).key, otherKey);

        run = paydesk({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        verifyNoLeak(run);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.indexOf(QStringLiteral("shop-a")) < text.indexOf(QStringLiteral("shop-b")));
        QVERIFY(text.contains(QStringLiteral("https://api.orqex.com/v1")));
        QVERIFY(text.contains(QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(text.contains(QStringLiteral("...") + shopKey.right(4)));
        QVERIFY(text.contains(QStringLiteral("...") + otherKey.right(4)));

        run =
            paydesk({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        verifyNoLeak(run);
        const QJsonArray accounts =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject first = accounts.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("shop-a"));
        QCOMPARE(first.value(QStringLiteral("provider")).toString(), QStringLiteral("orqex"));
        QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("test"));
        QCOMPARE(first.value(QStringLiteral("base_url")).toString(),
                 QStringLiteral("https://api.orqex.com/v1"));
        QCOMPARE(first.value(QStringLiteral("key_last4")).toString(), shopKey.right(4));
        QVERIFY(first.value(QStringLiteral("key_error")).isNull());

        for (const QString &name : {QStringLiteral("shop-a"), QStringLiteral("shop-b")}) {
            run = paydesk({QStringLiteral("account"), QStringLiteral("remove"), name});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            verifyNoLeak(run);
            QCOMPARE(readFromKeychain(name).error, KeyErrorKind::Missing);
        }
        run =
            paydesk({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out)
                    .object()
                    .value(QStringLiteral("accounts"))
                    .toArray()
                    .isEmpty());
    }

    void refusesWithOneLineReason_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reason");
        const auto add = [](const QString &name, const QString &provider, const QString &mode) {
            return QStringList{QStringLiteral("account"),
                               QStringLiteral("add"),
                               name,
                               QStringLiteral("--provider"),
                               provider,
                               QStringLiteral("--mode"),
                               mode};
        };
        const QByteArray key = generatedKey().toUtf8();
        QTest::newRow("a duplicate name")
            << add(QStringLiteral("taken"), QStringLiteral("orqex"), QStringLiteral("test")) << key
            << QStringLiteral("already exists");
        QTest::newRow("an unknown provider")
            << add(QStringLiteral("new"), QStringLiteral("paypal"), QStringLiteral("test")) << key
            << QStringLiteral("Unknown provider");
        QTest::newRow("an unknown mode")
            << add(QStringLiteral("new"), QStringLiteral("orqex"), QStringLiteral("prod")) << key
            << QStringLiteral("Unknown mode");
        QTest::newRow("an empty key")
            << add(QStringLiteral("new"), QStringLiteral("orqex"), QStringLiteral("test"))
            << QByteArray("\n") << QStringLiteral("empty");
        QTest::newRow("plain http to a public host")
            << add(QStringLiteral("new"), QStringLiteral("chargily"), QStringLiteral("live"))
                   + QStringList{QStringLiteral("--base-url"),
                                 QStringLiteral("http://pay.chargily.net/api/v2")}
            << key << QStringLiteral("https://");
        QTest::newRow("a name with a slash")
            << add(QStringLiteral("a/b"), QStringLiteral("orqex"), QStringLiteral("test")) << key
            << QStringLiteral("account name");
        const QStringList newOrqex =
            add(QStringLiteral("new"), QStringLiteral("orqex"), QStringLiteral("test"));
        QTest::newRow("a key with a space")
            << newOrqex << QByteArray("sk_test_abc def0123") << QStringLiteral("space");
        QTest::newRow("a key with a tab")
            << newOrqex << QByteArray("sk_test_abc\tdef0123") << QStringLiteral("tab");
        QTest::newRow("a key with a NUL")
            << newOrqex << QByteArray("sk_test_abc") + QByteArray(1, '\0') + QByteArray("def0123")
            << QStringLiteral("control character");
        QTest::newRow("a key that is not ASCII")
            << newOrqex << QByteArray("sk_test_caf\xc3\xa9_0123") << QStringLiteral("not ASCII");
        QTest::newRow("a key too short")
            << newOrqex << QByteArray("sk_1") << QStringLiteral("short");
        QTest::newRow("a key of 600 characters")
            << newOrqex << QByteArray(600, 'k') << QStringLiteral("too long");
        QTest::newRow("1 MB on standard input")
            << newOrqex << QByteArray(1024 * 1024, 'k') << QStringLiteral("more than 1024 bytes");
        QTest::newRow("a missing mode")
            << QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("new"),
                           QStringLiteral("--provider"), QStringLiteral("orqex")}
            << key << QStringLiteral("--mode");
    }

    void refusesWithOneLineReason() {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, reason);
        if (!input.trimmed().isEmpty())
            m_keys.append(QString::fromUtf8(input.trimmed()));
        const QByteArray takenKey = newKey().toUtf8();
        QCOMPARE(
            add(QStringLiteral("taken"), QStringLiteral("orqex"), QStringLiteral("test"), takenKey)
                .exitCode,
            0);

        const Run run = paydesk(arguments, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
        verifyNoLeak(run);

        // Nothing was added, and the existing account kept its key.
        const Run list =
            paydesk({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out)
                     .object()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(readFromKeychain(QStringLiteral("taken")).key, QString::fromUtf8(takenKey));
        QCOMPARE(
            paydesk({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("taken")})
                .exitCode,
            0);
    }

    void removingAnUnknownAccountFails() {
        const Run run = paydesk(
            {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("nobody")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nobody"));
    }

    void saysWhenThereIsNoDBus() {
        const QString key = newKey();
        QCOMPARE(add(QStringLiteral("no-bus"), QStringLiteral("chargily"), QStringLiteral("test"),
                     key.toUtf8())
                     .exitCode,
                 0);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));

        Run run =
            runProcess(paydeskBinary, {QStringLiteral("account"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 2);
        verifyNoLeak(run);
        QVERIFY2(run.err.contains("No keychain service is reachable"), run.err.constData());
        QVERIFY(run.err.contains("no-bus"));

        run =
            runProcess(paydeskBinary,
                       {QStringLiteral("account"), QStringLiteral("add"),
                        QStringLiteral("no-bus-2"), QStringLiteral("--provider"),
                        QStringLiteral("orqex"), QStringLiteral("--mode"), QStringLiteral("test")},
                       env, newKey().toUtf8());
        QCOMPARE(run.exitCode, 2);
        verifyNoLeak(run);
        QVERIFY2(run.err.contains("No keychain service is reachable"), run.err.constData());

        // Nothing changed: removing without a keychain is refused too, and the key survives.
        run = runProcess(
            paydeskBinary,
            {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("no-bus")}, env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(readFromKeychain(QStringLiteral("no-bus")).key, key);
        QCOMPARE(
            paydesk({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("no-bus")})
                .exitCode,
            0);
    }

    void saysWhenTheKeyringIsLocked() {
        // A HOME of its own: a first session creates and unlocks a login keyring and stores
        // a key; a second session on the same HOME starts the keyring without unlocking it.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("PAYDESK_TEST_BINARY"), paydeskBinary);
        env.insert(QStringLiteral("PAYDESK_TEST_PASSWORD"), newKey());
        const auto session = [&](const QString &runtime, const QString &script,
                                 const QByteArray &input = {}) {
            QDir().mkpath(home.filePath(runtime));
            QFile::setPermissions(home.filePath(runtime),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QProcessEnvironment sessionEnv = env;
            sessionEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(runtime));
            sessionEnv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            return runProcess(
                QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script},
                sessionEnv, input);
        };

        const QString key = newKey();
        Run run = session(QStringLiteral("run1"),
                          QStringLiteral("printf %s \"$PAYDESK_TEST_PASSWORD\" | "
                                         "gnome-keyring-daemon --unlock --components=secrets "
                                         ">/dev/null && \"$PAYDESK_TEST_BINARY\" account add "
                                         "locked-shop --provider orqex --mode test"),
                          key.toUtf8());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/keyrings"))));

        run = session(QStringLiteral("run2"),
                      QStringLiteral("gnome-keyring-daemon --start --components=secrets "
                                     ">/dev/null && \"$PAYDESK_TEST_BINARY\" account list"));
        QCOMPARE(run.exitCode, 2);
        verifyNoLeak(run);
        QVERIFY2(run.err.contains("The keychain is locked"), run.err.constData());
        QVERIFY(!run.err.contains("holds no secret key"));
        QVERIFY(!run.err.contains("No keychain service"));
        QVERIFY(run.out.contains("locked-shop"));
    }

    void stopsReadingAnEndlessStandardInput() {
        // 64 MiB offered: the command reads no more than its bound and says so, at once.
        const Run run = runProcess(
            QStringLiteral("sh"),
            {QStringLiteral("-c"),
             QStringLiteral("head -c 67108864 /dev/zero | tr '\\0' k | \"$0\" account add big "
                            "--provider orqex --mode test"),
             paydeskBinary},
            environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("more than 1024 bytes"), run.err.constData());
        QVERIFY(!run.err.contains("bad_alloc"));
        QVERIFY(!paydesk({QStringLiteral("account"), QStringLiteral("list")}).out.contains("big"));
    }

    void warnsWhenTheKeyLacksTheProvidersPrefix() {
        // A Chargily test key starts with test_sk_: an Orqex-looking key is stored, with a
        // warning on standard error.
        const QString orqexLooking = newKey();
        Run run = add(QStringLiteral("dz-warned"), QStringLiteral("chargily"),
                      QStringLiteral("test"), orqexLooking.toUtf8());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("test_sk_"), run.err.constData());
        QVERIFY(run.err.contains("Warning"));
        verifyNoLeak(run);
        QCOMPARE(readFromKeychain(QStringLiteral("dz-warned")).key, orqexLooking);

        m_keys.append(QStringLiteral("test_sk_") + generatedKey().mid(8));
        run = add(QStringLiteral("dz-fine"), QStringLiteral("chargily"), QStringLiteral("test"),
                  m_keys.last().toUtf8());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        for (const QString &name : {QStringLiteral("dz-warned"), QStringLiteral("dz-fine")})
            QCOMPARE(paydesk({QStringLiteral("account"), QStringLiteral("remove"), name}).exitCode,
                     0);
    }

    void anAccountNamedLikeAnOptionComesAndGoesAfterDoubleDash() {
        const QString key = newKey();
        Run run =
            paydesk({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--provider"),
                     QStringLiteral("orqex"), QStringLiteral("--mode"), QStringLiteral("test"),
                     QStringLiteral("--"), QStringLiteral("-x")},
                    key.toUtf8());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFromKeychain(QStringLiteral("-x")).key, key);

        // Without "--" it is an unknown option, not a name.
        run = paydesk({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("-x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Unknown option"), run.err.constData());

        run = paydesk({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("--"),
                       QStringLiteral("-x")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFromKeychain(QStringLiteral("-x")).error, KeyErrorKind::Missing);
    }

    void rejectsUnknownAndMisplacedOptions_data() {
        QTest::addColumn<QStringList>("arguments");
        const auto args = [](const char *line) {
            return QString::fromLatin1(line).split(u' ');
        };
        QTest::newRow("-v after a command") << args("lookup cs_abc123 -v");
        QTest::newRow("--version after a command") << args("account list --version");
        QTest::newRow("-v among the dashboard's ids") << args("--demo -v");
        QTest::newRow("--json on remove") << args("account remove shop --json");
        QTest::newRow("--provider on list") << args("account list --provider orqex");
        QTest::newRow("an unknown option on add")
            << args("account add shop --provider orqex --mode test --colour");
        QTest::newRow("a second name on remove") << args("account remove a b");
        QTest::newRow("an unknown account command") << args("account rename a b");
        QTest::newRow("--version with more") << args("--version lookup");
        QTest::newRow("an unknown option on lookup") << args("lookup --demo cs_abc --colour");
    }

    void rejectsUnknownAndMisplacedOptions() {
        QFETCH(QStringList, arguments);
        const Run run = paydesk(arguments, newKey().toUtf8());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.out.contains(PAYDESK_VERSION), run.out.constData());
        QVERIFY(!run.err.isEmpty());
        verifyNoLeak(run);
    }

    void eachCommandHasItsOwnHelp_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("synopsis");
        QTest::addColumn<QString>("option");
        QTest::newRow("lookup") << QStringList{QStringLiteral("lookup"), QStringLiteral("--help")}
                                << QStringLiteral("paydesk lookup") << QStringLiteral("--account");
        QTest::newRow("account add")
            << QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("-h")}
            << QStringLiteral("paydesk account add") << QStringLiteral("--provider");
        QTest::newRow("account list")
            << QStringList{QStringLiteral("account"), QStringLiteral("list"),
                           QStringLiteral("--help")}
            << QStringLiteral("paydesk account list") << QStringLiteral("--json");
        QTest::newRow("account remove")
            << QStringList{QStringLiteral("account"), QStringLiteral("remove"),
                           QStringLiteral("--help")}
            << QStringLiteral("paydesk account remove") << QStringLiteral("NAME");
    }

    void eachCommandHasItsOwnHelp() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, synopsis);
        QFETCH(QString, option);
        const Run run = paydesk(arguments);
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.startsWith(QStringLiteral("Usage: ") + synopsis), qPrintable(help));
        QVERIFY2(help.contains(option), qPrintable(help));
        // Its own help, not the global one that lists every command.
        for (const QString &other :
             {QStringLiteral("paydesk lookup"), QStringLiteral("paydesk account add"),
              QStringLiteral("paydesk account list"), QStringLiteral("paydesk account remove")}) {
            if (other != synopsis)
                QVERIFY2(!help.contains(other), qPrintable(help));
        }
    }

    void versionStandsAlone() {
        const Run run = paydesk({QStringLiteral("-v")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("paydesk " PAYDESK_VERSION "\n"));
    }

    void saysWhenTheKeychainHasNoDefaultKeyring() {
        // A fresh HOME and a Secret Service started without unlocking anything: no login
        // keyring exists, so there is no default collection, and no display for a prompt.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        QDir().mkpath(home.filePath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("PAYDESK_TEST_BINARY"), paydeskBinary);

        const Run run = runProcess(
            QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("gnome-keyring-daemon --start --components=secrets >/dev/null && "
                            "\"$PAYDESK_TEST_BINARY\" account add fresh --provider orqex --mode "
                            "test")},
            env, newKey().toUtf8());
        QCOMPARE(run.exitCode, 2);
        verifyNoLeak(run);
        QVERIFY2(run.err.contains("no default keyring"), run.err.constData());
        QVERIFY2(run.err.contains("Passwords and Keys"), run.err.constData());
        QVERIFY2(!run.err.contains("/org/freedesktop"), run.err.constData());
        QVERIFY(!run.err.contains("No keychain service"));
        // Not half added: no account without its key.
        QVERIFY(
            !paydesk({QStringLiteral("account"), QStringLiteral("list")}).out.contains("fresh"));
    }

    void leavesTheKeyInNoFile() {
        // Run last: every key this test generated, looked for in every file it could reach.
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()),
                 "run inside scripts/with-keyring, whose HOME is a throwaway folder");
        for (const QString &key : std::as_const(m_keys)) {
            if (key.isEmpty())
                continue;
            const QStringList hits = filesContaining(home, key.toUtf8())
                                     + filesContaining(m_config.path(), key.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
        }
        QVERIFY(QFileInfo::exists(m_config.filePath(QStringLiteral("paydesk.ini"))));
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_CliAccount.moc"
