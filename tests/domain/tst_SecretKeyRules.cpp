#include "domain/SecretBytes.h"
#include "domain/SecretKeyRules.h"

#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

// What a secret key may be before it is stored, and the buffer that holds a key's bytes.
class TestSecretKeyRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatCannotBeAKey_data();
    void refusesWhatCannotBeAKey();
    void acceptsPrintableAscii();
    void secretBytesAreBoundedAndWiped();
    void wipeClearsTheOnlyCopy();
};

void TestSecretKeyRules::refusesWhatCannotBeAKey_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("reason");
    const QByteArray good = "sk_test_0123456789abcdef";
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("a space") << good + " tail" << u"space"_s;
    QTest::newRow("a tab") << good + "\ttail" << u"tab"_s;
    QTest::newRow("a NUL") << good + QByteArray(1, '\0') + "tail" << u"control"_s;
    QTest::newRow("an escape") << good + "\x1b[2J" << u"control"_s;
    QTest::newRow("DEL") << good + "\x7f" << u"control"_s;
    QTest::newRow("non-ASCII (UTF-8)") << good + "\xc3\xa9" << u"not ASCII"_s;
    QTest::newRow("too short") << QByteArray("sk_abc") << u"too short"_s;
    QTest::newRow("1 MB") << QByteArray(1024 * 1024, 'a') << u"too long"_s;
    QTest::newRow("513 characters") << QByteArray(513, 'a') << u"too long"_s;
}

void TestSecretKeyRules::refusesWhatCannotBeAKey() {
    QFETCH(QByteArray, key);
    QFETCH(QString, reason);
    const std::optional<QString> fromBytes = secretKeyProblem(QByteArrayView(key));
    QVERIFY(fromBytes.has_value());
    QVERIFY2(fromBytes->contains(reason), qPrintable(*fromBytes));
    const std::optional<QString> fromText = secretKeyProblem(QString::fromUtf8(key));
    QVERIFY(fromText.has_value());
    QVERIFY2(fromText->contains(reason), qPrintable(*fromText));
    // The reason says what is wrong, never what the key is.
    if (key.size() >= 8)
        QVERIFY(!fromText->contains(QString::fromUtf8(key.left(8))));
}

void TestSecretKeyRules::acceptsPrintableAscii() {
    QVERIFY(!secretKeyProblem(u"sk_live_AZaz09!~-_.+/="_s));
    QVERIFY(!secretKeyProblem(QString(512, u'x')));
    QVERIFY(!secretKeyProblem(QString(8, u'x')));
    QVERIFY(!secretKeyProblem(QByteArrayView("test_sk_abcdef0123456789")));
}

void TestSecretKeyRules::secretBytesAreBoundedAndWiped() {
    SecretBytes bytes(4);
    QVERIFY(bytes.append('a') && bytes.append('b') && bytes.append('c') && bytes.append('d'));
    QVERIFY(!bytes.append('e'));
    QCOMPARE(bytes.view(), QByteArrayView("abcd"));
    const char *storage = bytes.view().data();
    bytes.chop(2);
    QCOMPARE(bytes.view(), QByteArrayView("ab"));
    QCOMPARE(storage[2], '\0');
    QCOMPARE(storage[3], '\0');

    SecretBytes moved = std::move(bytes);
    QCOMPARE(moved.view(), QByteArrayView("ab"));
    QVERIFY(bytes.isEmpty());
    moved.clear();
    QVERIFY(moved.isEmpty());
    QCOMPARE(storage[0], '\0');
    QCOMPARE(storage[1], '\0');
    QCOMPARE(moved.capacity(), 4);
}

void TestSecretKeyRules::wipeClearsTheOnlyCopy() {
    QString key = u"sk_test_"_s + QString::number(0xdeadbeefcafeULL, 16);
    const QChar *storage = key.constData();
    const qsizetype size = key.size();
    wipe(key);
    QVERIFY(key.isEmpty());
    // The string still owns its buffer, whose characters are now zeros.
    QCOMPARE(key.constData(), storage);
    for (qsizetype i = 0; i < size; ++i)
        QCOMPARE(storage[i].unicode(), char16_t(0));

    // A shared copy is left to its other holder, unchanged.
    QString original = u"sk_test_shared_0123"_s;
    QString copy = original;
    wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, u"sk_test_shared_0123"_s);
}

QTEST_GUILESS_MAIN(TestSecretKeyRules)
#include "tst_SecretKeyRules.moc"
