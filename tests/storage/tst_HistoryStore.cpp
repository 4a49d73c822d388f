#include "HistoryTestData.h"
#include "storage/CheckoutRecord.h"
#include "storage/HistoryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);

QByteArray recordText(const Checkout &checkout) {
    return QJsonDocument(checkoutToRecord(checkout)).toJson(QJsonDocument::Compact);
}

// Runs `statement` on the file with a connection of its own; the first column of each row.
QStringList sql(const QString &path, const QString &statement) {
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("bad statement %s", qPrintable(statement));
        while (query.next())
            values << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return values;
}

// A line of /proc/self/status ("VmRSS", "VmHWM") in KiB.
qint64 residentKiB(const char *field) {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

// Makes VmHWM start again from the current resident size (Linux's clear_refs).
bool resetPeakResident() {
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Whether the search index of the file finds, for `needle`, exactly the rows whose search text
// holds it: the index against the text itself, each read with a connection of its own.
bool indexAgrees(const QString &path, const QString &needle) {
    QString quoted = needle;
    quoted.replace(u'\'', u"''"_s);
    QString phrase = needle;
    phrase.replace(u'"', u"\"\""_s).replace(u'\'', u"''"_s);
    const QStringList byText = sql(
        path,
        u"SELECT rowid FROM history WHERE instr(search, '%1') > 0 ORDER BY rowid"_s.arg(quoted));
    const QStringList byIndex = sql(path, u"SELECT rowid FROM history_search WHERE history_search "
                                          "MATCH '\"%1\"' ORDER BY rowid"_s.arg(phrase));
    if (byText != byIndex)
        qWarning() << needle << "text:" << byText.size() << "index:" << byIndex.size();
    return byText == byIndex;
}

// Names that put non-ASCII letters, SQL and FTS5 syntax characters in the search text.
const QStringList searchedNames = {
    u"Élodie Lefèvre"_s,   u"François d'Aubigné"_s, u"محمد الأمين"_s, u"فاطمة الزهراء"_s,
    u"50% off_now"_s,      u"O'Brien \"Jr\""_s,     u"a_b%c*d"_s,     u"Zoë Ünal"_s,
    u"(NEAR) x OR y-z^"_s, u"emoji 😀 fan"_s,
};

// Row n of a history whose customers are the searched names in turn.
HistoryEntry namedRow(int n) {
    HistoryEntry entry = HistoryTestData::numbered(n, start);
    entry.checkout->customer->name =
        searchedNames.at(n % searchedNames.size()) + u' ' + QString::number(n);
    return entry;
}

QProcess *startWriter(QObject *parent, const QString &path, int first, int count, int batch) {
    auto *process = new QProcess(parent);
    process->setProgram(QStringLiteral(HISTORY_WRITER));
    process->setArguments(
        {path, QString::number(first), QString::number(count), QString::number(batch)});
    process->start();
    return process;
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void anAttemptKeepsEveryMomentOfItsTimeline() {
        const Checkout shown = HistoryTestData::orqex();
        QVERIFY(shown.attempt && shown.attempt->processingAt.isValid());
        Checkout asked = shown;
        asked.attempt->actionRequiredAt = shown.attempt->processingAt.addSecs(5);
        const std::optional<Checkout> back = checkoutFromRecord(checkoutToRecord(asked));
        QVERIFY(back && back->attempt);
        QCOMPARE(back->attempt->processingAt, asked.attempt->processingAt);
        QCOMPARE(back->attempt->actionRequiredAt, asked.attempt->actionRequiredAt);
        QCOMPARE(recordText(*back), recordText(asked));
    }

    void anEnrichedChargilyCheckoutComesBackAsShown() {
        const QString path = m_dir->filePath(u"data/history.sqlite"_s);
        const Checkout shown = HistoryTestData::enrichedChargily();
        QVERIFY(shown.customer && !shown.customer->name.isEmpty());
        QVERIFY(!shown.items.isEmpty());
        HistoryEntry entry = HistoryTestData::found(shown, start);
        entry.input = u"https://pay.chargily.com/checkout/"_s + shown.id;
        entry.account = u"dz-live"_s;
        {
            HistoryStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
            QVERIFY(store.save(entry));
        }
        HistoryStore reopened(path);
        const std::optional<HistoryEntry> back = reopened.find(entry.key());
        QVERIFY(back);
        QVERIFY(back->checkout);
        QCOMPARE(recordText(*back->checkout), recordText(shown)); // every field, exactly
        QCOMPARE(back->checkout->customer->name, shown.customer->name);
        QCOMPARE(back->checkout->items.size(), shown.items.size());
        QCOMPARE(back->checkout->items.first().unitAmount, shown.items.first().unitAmount);
        QCOMPARE(QJsonDocument::fromJson(back->checkout->rawJson),
                 QJsonDocument::fromJson(shown.rawJson));
        QCOMPARE(back->lookedUpAt, start); // when it was fetched, not now
        QCOMPARE(back->input, entry.input);
        QCOMPARE(back->account, u"dz-live"_s);
        QVERIFY(!back->error);
        QVERIFY(back->trim.isEmpty());
    }

    void aFailedLookupComesBack() {
        const QString path = m_dir->filePath(u"failed.sqlite"_s);
        HistoryEntry failed;
        failed.input = u" cs_doesNotExist1 "_s;
        failed.id = u"cs_doesNotExist1"_s;
        failed.provider = u"orqex"_s;
        failed.account = u"xof-test"_s;
        failed.lookedUpAt = start.addMSecs(1234);
        LookupError error;
        error.kind = ErrorKind::NotFound;
        error.message = u"No checkout with this id"_s;
        error.httpStatus = 404;
        error.requestId = u"req_42"_s;
        error.accountsTried = {u"xof-test"_s, u"xof-live"_s};
        error.retryAfterSeconds = 30;
        failed.error = error;
        HistoryEntry invalid;
        invalid.input = u"not an id"_s;
        invalid.lookedUpAt = start;
        invalid.error = LookupError{ErrorKind::InvalidId, u"Not a checkout id"_s, 0, {}, {}, -1};
        {
            HistoryStore store(path);
            QVERIFY(store.saveAll({invalid, failed}));
        }
        HistoryStore reopened(path);
        const HistoryPage page = reopened.page({}, std::nullopt, 10);
        QCOMPARE(page.entries.size(), 2);
        QVERIFY(!page.next);
        const HistoryEntry &back = page.entries.at(0); // newest first
        QCOMPARE(back.input, failed.input);
        QCOMPARE(back.id, failed.id);
        QCOMPARE(back.provider, failed.provider);
        QCOMPARE(back.account, failed.account);
        QCOMPARE(back.lookedUpAt, failed.lookedUpAt);
        QVERIFY(back.error);
        QCOMPARE(*back.error, error);
        QVERIFY(!back.checkout);
        QCOMPARE(page.entries.at(1).input, u"not an id"_s);
        QCOMPARE(page.entries.at(1).error->kind, ErrorKind::InvalidId);
    }

    void aFailureAfterAFindKeepsTheCheckout() {
        HistoryStore store(m_dir->filePath(u"again.sqlite"_s));
        HistoryEntry entry = HistoryTestData::found(HistoryTestData::orqex(), start);
        QVERIFY(store.save(entry));
        entry.error = LookupError{ErrorKind::Timeout, u"Too slow"_s, 0, {}, {}, -1};
        entry.lookedUpAt = start.addSecs(60);
        QVERIFY(store.save(entry));
        QCOMPARE(store.count(), 1);
        const std::optional<HistoryEntry> back = store.find(entry.key());
        QVERIFY(back && back->checkout && back->error);
        QCOMPARE(back->error->kind, ErrorKind::Timeout);
        QCOMPARE(back->checkout->id, entry.checkout->id);
    }

    void aHundredThousandRowsArePagedAndSearched() {
        const QString path = m_dir->filePath(u"long.sqlite"_s);
        HistoryStore store(path);
        QList<HistoryEntry> entries;
        constexpr int rows = 100000;
        entries.reserve(rows);
        for (int n = 0; n < rows; ++n)
            entries.append(HistoryTestData::numbered(n, start));
        QVERIFY(store.saveAll(entries));
        entries.clear();
        QCOMPARE(store.count(), rows);

        // The first page is the newest rows; pages follow each other without gap or repeat.
        HistoryPage page = store.page({}, std::nullopt, 200);
        QCOMPARE(page.entries.size(), 200);
        QCOMPARE(page.entries.first().id, u"cs_row0099999"_s);
        QVERIFY(page.next);
        QVERIFY(page.entries.first().checkout->rawJson.isEmpty()); // bodies only on demand
        QSet<QString> seen;
        std::optional<HistoryCursor> cursor;
        do {
            page = store.page({}, cursor, 10000);
            for (const HistoryEntry &entry : std::as_const(page.entries))
                seen.insert(entry.id);
            cursor = page.next;
        } while (cursor);
        QCOMPARE(seen.size(), rows);

        // Searched in SQL: the oldest rows are found as well as the newest, in any case.
        QCOMPARE(store.count(u"CUSTOMER 1234"_s), 11); // 1234 and 12340..12349
        const HistoryPage found = store.page(u"c7@example.com"_s, std::nullopt, 200);
        QCOMPARE(found.entries.size(), 1);
        QCOMPARE(found.entries.first().checkout->customer->name, u"Customer 7"_s);
        QCOMPARE(store.count(u"cs_row0001007"_s), 1);
    }

    // The search finds what a case-insensitive substring match over each row's search text
    // finds, in the same order, whether the needle is short (looked for row by row), matches
    // few rows (found by the index) or many (read newest first).
    void theSearchMatchesTheSearchTextAsASubstring_data() {
        QTest::addColumn<QString>("needle");
        for (const QString &needle : {u"é"_s,
                                      u"ée"_s,
                                      u"Élodie"_s,
                                      u"ÉLODIE LEF"_s,
                                      u"lefè"_s,
                                      u"d'a"_s,
                                      u"'"_s,
                                      u"\""_s,
                                      u"\"jr\""_s,
                                      u"'brien \"j"_s,
                                      u"%"_s,
                                      u"_"_s,
                                      u"50%"_s,
                                      u"f_n"_s,
                                      u"a_b%"_s,
                                      u"%c*"_s,
                                      u"*d"_s,
                                      u"محمد"_s,
                                      u"مح"_s,
                                      u"الز"_s,
                                      u"zoë"_s,
                                      u"ÜNAL"_s,
                                      u"😀"_s,
                                      u"😀 f"_s,
                                      u"(near)"_s,
                                      u"x or y"_s,
                                      u"-z^"_s,
                                      u"xof"_s,
                                      u"customer 1"_s,
                                      u"customer 12"_s,
                                      u"cs_row00012"_s,
                                      u"c1@"_s,
                                      u"1"_s,
                                      u"12"_s,
                                      u"123"_s,
                                      u"  élodie  "_s,
                                      u"nothing like it"_s,
                                      u"\n"_s}) {
            QTest::newRow(needle.toUtf8().constData()) << needle;
        }
    }
    void theSearchMatchesTheSearchTextAsASubstring() {
        QFETCH(QString, needle);
        // More rows than the index sorts, so that a needle in every row is read newest first.
        constexpr int rows = 2500;
        if (!m_searched) {
            m_searchedDir = std::make_unique<QTemporaryDir>();
            m_searched = std::make_unique<HistoryStore>(m_searchedDir->filePath(u"s.sqlite"_s));
            QList<HistoryEntry> entries;
            for (int n = 0; n < rows; ++n)
                entries.append(namedRow(n));
            QVERIFY(m_searched->saveAll(entries));
        }
        QStringList expected; // newest first
        const QString lowered = needle.trimmed().toLower();
        for (int n = rows - 1; n >= 0; --n) {
            const HistoryEntry entry = namedRow(n);
            if (historySearchText(entry).contains(lowered))
                expected << entry.key();
        }
        QCOMPARE(m_searched->count(needle), expected.size());
        QStringList found;
        std::optional<HistoryCursor> cursor;
        do {
            const HistoryPage page = m_searched->page(needle, cursor, 50);
            for (const HistoryEntry &entry : page.entries)
                found << entry.key();
            cursor = page.next;
        } while (cursor && found.size() <= rows);
        QCOMPARE(found, expected);
        QVERIFY(m_searched->errorString().isEmpty());
    }

    void aReplacedRowIsFoundByItsNewTextOnly() {
        const QString path = m_dir->filePath(u"replaced.sqlite"_s);
        HistoryStore store(path);
        HistoryEntry entry = HistoryTestData::numbered(1, start);
        entry.checkout->customer->name = u"Alpha Ancien"_s;
        QVERIFY(store.save(entry));
        QVERIFY(store.save(HistoryTestData::numbered(2, start)));
        entry.checkout->customer->name = u"Beta Nouveau"_s;
        QVERIFY(store.save(entry));
        QCOMPARE(store.count(u"alpha"_s), 0);
        QCOMPARE(store.count(u"beta"_s), 1);
        QCOMPARE(store.page(u"alpha"_s, std::nullopt, 10).entries.size(), 0);
        QCOMPARE(store.page(u"beta"_s, std::nullopt, 10).entries.size(), 1);
        QVERIFY(indexAgrees(path, u"customer"_s));

        QVERIFY(store.remove({entry.key()}));
        QCOMPARE(store.count(u"beta"_s), 0);
        QCOMPARE(store.count(u"customer 2"_s), 1);
        QVERIFY(store.clear());
        QCOMPARE(store.count(u"customer 2"_s), 0);
        // The index still follows the rows written after a clear.
        QVERIFY(store.save(entry));
        QCOMPARE(store.count(u"beta"_s), 1);
        QCOMPARE(store.page(u"beta"_s, std::nullopt, 10).entries.size(), 1);
        QVERIFY(indexAgrees(path, u"nouveau"_s));
        QVERIFY(indexAgrees(path, u"customer"_s));
    }

    // A file of schema 1 (no search index) gets its index from the rows it holds, once.
    void theSecondFormatGetsItsSearchIndex() {
        const QString path = m_dir->filePath(u"v1.sqlite"_s);
        constexpr int rows = 300;
        {
            HistoryStore store(path);
            QList<HistoryEntry> entries;
            for (int n = 0; n < rows; ++n)
                entries.append(namedRow(n));
            QVERIFY(store.saveAll(entries));
        }
        for (const QString &statement :
             {u"DROP TRIGGER history_search_delete"_s, u"DROP TRIGGER history_search_update"_s,
              u"DROP TABLE history_search"_s, u"PRAGMA user_version = 1"_s})
            sql(path, statement);
        QCOMPARE(sql(path, u"SELECT name FROM sqlite_master WHERE name LIKE 'history_search%'"_s),
                 QStringList{});

        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QCOMPARE(sql(path, u"PRAGMA user_version"_s), QStringList{u"2"_s});
        QCOMPARE(store.count(), rows);
        QCOMPARE(store.count(u"Élodie"_s), rows / searchedNames.size());
        QCOMPARE(store.count(u"c12"_s), 11); // c12@, c120@..c129@
        for (const QString &needle : {u"élodie"_s, u"محمد"_s, u"o'brien \"jr"_s, u"50%"_s})
            QVERIFY2(indexAgrees(path, needle), qPrintable(needle));
        QVERIFY(store.save(namedRow(rows)));
        QCOMPARE(store.page(u"c300@"_s, std::nullopt, 10).entries.size(), 1);
        QCOMPARE(sql(path, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    }

    void theCapKeepsTheNewestRows() {
        HistoryStore store(m_dir->filePath(u"capped.sqlite"_s), 3);
        for (int n = 0; n < 5; ++n)
            QVERIFY(store.save(HistoryTestData::numbered(n, start)));
        QCOMPARE(store.count(), 3);
        const HistoryPage page = store.page({}, std::nullopt, 10);
        QCOMPARE(page.entries.first().id, u"cs_row0000004"_s);
        QCOMPARE(page.entries.last().id, u"cs_row0000002"_s);
        QCOMPARE(store.count(u"cs_row0000001"_s), 0);
        QCOMPARE(store.count(u"cs_row0000004"_s), 1);
    }

    void removeAndClear() {
        HistoryStore store(m_dir->filePath(u"remove.sqlite"_s));
        QList<HistoryEntry> entries;
        for (int n = 0; n < 4; ++n)
            entries.append(HistoryTestData::numbered(n, start));
        QVERIFY(store.saveAll(entries));
        QVERIFY(store.remove({entries.at(1).key(), entries.at(2).key()}));
        QCOMPARE(store.count(), 2);
        QVERIFY(!store.find(entries.at(1).key()));
        QVERIFY(store.find(entries.at(3).key()));
        QVERIFY(store.clear());
        QCOMPARE(store.count(), 0);
    }

    void aHugeBodyIsKeptWithoutWhatThePaneDoesNotNeed() {
        const QString path = m_dir->filePath(u"huge.sqlite"_s);
        HistoryStore store(path);
        Checkout checkout = HistoryTestData::orqex();
        const QByteArray padding(2 * 1024 * 1024, 'x');
        checkout.rawJson = "{\"id\":\"" + checkout.id.toUtf8() + "\",\"junk\":\"" + padding + "\"}";
        HistoryEntry bigBody = HistoryTestData::found(checkout, start);
        QVERIFY(store.save(bigBody));

        Checkout bigMetadata = HistoryTestData::enrichedChargily();
        bigMetadata.metadata = QJsonObject{{u"note"_s, QString::fromLatin1(padding)}};
        QVERIFY(store.save(HistoryTestData::found(bigMetadata, start)));

        const std::optional<HistoryEntry> body = store.find(bigBody.key());
        QVERIFY(body && body->checkout);
        QCOMPARE(body->trim.rawBytesOmitted, checkout.rawJson.size());
        QVERIFY(body->checkout->rawJson.isEmpty());
        QCOMPARE(recordText(*body->checkout), recordText(checkout)); // the rest is all there

        const std::optional<HistoryEntry> metadata =
            store.find(HistoryTestData::found(bigMetadata, start).key());
        QVERIFY(metadata && metadata->checkout);
        QCOMPARE(metadata->trim.fieldsOmitted, QStringList{u"metadata"_s});
        QVERIFY(metadata->checkout->metadata.isNull());
        QCOMPARE(metadata->checkout->customer->name, bigMetadata.customer->name);

        const QStringList sizes = sql(path, u"SELECT length(checkout) + ifnull(length(raw_json), 0)"
                                            " + ifnull(length(previous), 0) FROM history"_s);
        for (const QString &size : sizes)
            QVERIFY(size.toLongLong() <= HistoryStore::maxRowBytes);
    }

    // A file written by another program (or an old version, or a hostile hand) may hold rows
    // far over the cap: listing them must not read them. 500 rows of 300 kB records once made
    // the window start with GiBs of memory.
    void plantedLargeRowsAreNotReadIntoMemory() {
        const QString path = m_dir->filePath(u"planted.sqlite"_s);
        constexpr int rows = 500;
        {
            HistoryStore store(path);
            QList<HistoryEntry> entries;
            for (int n = 0; n < rows; ++n)
                entries.append(HistoryTestData::numbered(n, start));
            QVERIFY(store.saveAll(entries));
        }
        // A description of 300,000 characters in every record, still valid JSON.
        sql(path, u"UPDATE history SET checkout = CAST(substr(checkout, 1, length(checkout) - 1)"
                  " || ',\"description\":\"' || replace(hex(zeroblob(150000)), '0', 'x')"
                  " || '\"}' AS BLOB)"_s);
        sql(path, u"UPDATE history SET previous = checkout"_s);
        QCOMPARE(sql(path, u"SELECT min(length(checkout)) > 300000 FROM history"_s),
                 QStringList{u"1"_s});

        const qint64 before = residentKiB("VmRSS");
        QVERIFY2(resetPeakResident(), "cannot reset the peak resident size");
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        const HistoryPage page = store.page({}, std::nullopt, 200);
        const std::optional<HistoryEntry> one = store.find(page.entries.first().key());
        const qint64 grown = residentKiB("VmHWM") - before;
        QVERIFY2(grown < 64 * 1024, qPrintable(u"%1 KiB more at the peak"_s.arg(grown)));

        QCOMPARE(page.entries.size(), 200);
        QCOMPARE(page.entries.first().id, u"cs_row0000499"_s); // the rows are all listed
        for (const HistoryEntry &entry : page.entries) {
            QVERIFY(!entry.checkout && !entry.previous);
            QVERIFY(entry.trim.checkoutOmitted); // and say why they show no checkout
        }
        QVERIFY(one && !one->checkout && one->trim.checkoutOmitted);
        QCOMPARE(store.count(u"cs_row00001"_s), 100); // still searched
    }

    void aFileThatIsNotADatabaseIsMovedAside() {
        const QString path = m_dir->filePath(u"garbage.sqlite"_s);
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
        garbage.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^History .* failed"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"moved to .*unreadable"_s));
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.movedAsidePath().startsWith(path + u".unreadable-"_s));
        QFile aside(store.movedAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray(8192, '\x5a')); // kept as it was
        QVERIFY(store.save(HistoryTestData::numbered(1, start)));
        QCOMPARE(store.count(), 1);
    }

    void aTruncatedDatabaseIsMovedAside() {
        const QString path = m_dir->filePath(u"truncated.sqlite"_s);
        {
            HistoryStore store(path);
            QList<HistoryEntry> entries;
            for (int n = 0; n < 3000; ++n)
                entries.append(HistoryTestData::numbered(n, start));
            QVERIFY(store.saveAll(entries));
        }
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size > 100000);
        QVERIFY(file.resize(size / 2));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^History .* failed"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"moved to .*unreadable"_s));
        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(!store.movedAsidePath().isEmpty());
        QCOMPARE(QFileInfo(store.movedAsidePath()).size(), size / 2);
        QCOMPARE(store.count(), 0);
    }

    void theFirstFormatIsMigrated() {
        const QString path = m_dir->filePath(u"v0.sqlite"_s);
        const QByteArray orqexBody = HistoryTestData::fixture(u"orqex/checkout_sdk_shape.json"_s);
        const QByteArray chargilyBody =
            HistoryTestData::fixture(u"chargily/checkout_paid_edahabia.json"_s);
        const Checkout orqex = HistoryTestData::orqex();
        const Checkout chargily = parseChargilyCheckout(chargilyBody).value();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v0"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE lookups (id TEXT NOT NULL, provider TEXT NOT NULL, "
                               "account TEXT NOT NULL, looked_up_at TEXT NOT NULL, raw_json BLOB "
                               "NOT NULL, mode TEXT, PRIMARY KEY (provider, id))"_s));
            query.prepare(u"INSERT INTO lookups VALUES (?, ?, ?, ?, ?, ?)"_s);
            for (const auto &[id, provider, account, when, body] :
                 {std::tuple{orqex.id, u"orqex"_s, u"xof-test"_s, u"2026-04-01T10:00:00.000Z"_s,
                             orqexBody},
                  std::tuple{chargily.id, u"chargily"_s, u"dz-live"_s,
                             u"2026-04-02T10:00:00.000Z"_s, chargilyBody},
                  std::tuple{u"cs_broken"_s, u"orqex"_s, u"x"_s, u"2026-04-03T10:00:00.000Z"_s,
                             QByteArray("not json")}}) {
                query.addBindValue(id);
                query.addBindValue(provider);
                query.addBindValue(account);
                query.addBindValue(when);
                query.addBindValue(body);
                query.addBindValue(u"test"_s);
                QVERIFY(query.exec());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v0"_s);

        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        const HistoryPage page = store.page({}, std::nullopt, 10);
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.entries.at(0).checkout->id, chargily.id);
        QCOMPARE(page.entries.at(0).lookedUpAt,
                 QDateTime(QDate(2026, 4, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(page.entries.at(0).checkout->account, u"dz-live"_s);
        QCOMPARE(page.entries.at(1).checkout->id, orqex.id);
        QCOMPARE(page.entries.at(1).checkout->mode, std::optional<Mode>(Mode::Test));
        QCOMPARE(store.rawJson(page.entries.at(1).key()),
                 QJsonDocument::fromJson(orqexBody).toJson(QJsonDocument::Compact));
        QCOMPARE(sql(path, u"PRAGMA user_version"_s), QStringList{u"2"_s});
        QCOMPARE(store.count(chargily.id), 1);
        QCOMPARE(store.page(u"dz-live"_s, std::nullopt, 10).entries.size(), 1);
        QCOMPARE(sql(path, u"SELECT name FROM sqlite_master WHERE name = 'lookups'"_s),
                 QStringList{});
    }

    void aProcessKilledInABulkWriteLosesNoCommittedRow() {
        const QString path = m_dir->filePath(u"killed.sqlite"_s);
        QProcess *writer = startWriter(this, path, 0, 1000000, 500);
        QVERIFY(writer->waitForStarted());
        int committed = 0;
        while (committed < 5000) {
            QVERIFY2(writer->state() == QProcess::Running || writer->canReadLine(),
                     writer->readAllStandardError().constData());
            if (!writer->canReadLine() && !writer->waitForReadyRead(30000))
                QFAIL("the writer stopped writing");
            while (writer->canReadLine())
                committed = writer->readLine().trimmed().toInt();
        }
        writer->kill(); // SIGKILL: no chance to finish the transaction under way
        QVERIFY(writer->waitForFinished());
        QCOMPARE(writer->exitStatus(), QProcess::CrashExit);
        while (writer->canReadLine())
            committed = writer->readLine().trimmed().toInt();

        HistoryStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.movedAsidePath().isEmpty());
        QVERIFY(store.count() >= committed);
        QCOMPARE(store.count() % 500, 0); // whole transactions only
        const QString last = u"cs_row%1"_s.arg(committed - 1, 7, 10, QLatin1Char('0'));
        QCOMPARE(sql(path, u"SELECT count(*) FROM history WHERE checkout_id <= '%1'"_s.arg(last)),
                 QStringList{QString::number(committed)});
        QCOMPARE(sql(path, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QVERIFY(indexAgrees(path, u"customer 12"_s));
        delete writer;
    }

    void twoProcessesWriteAtOnce() {
        const QString path = m_dir->filePath(u"shared/history.sqlite"_s);
        QProcess *a = startWriter(this, path, 0, 1500, 3);
        QProcess *b = startWriter(this, path, 100000, 1500, 3);
        for (QProcess *writer : {a, b}) {
            QVERIFY(writer->waitForFinished(120000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     writer->readAllStandardError().constData());
        }
        HistoryStore store(path);
        QCOMPARE(store.count(), 3000);
        QCOMPARE(store.count(u"cs_row00001"_s), 100); // 100..199, of the first writer
        QCOMPARE(store.count(u"cs_row01"_s), 1500);   // every row of the second
        QVERIFY(indexAgrees(path, u"cs_row"_s));
        QVERIFY(indexAgrees(path, u"customer 10"_s));
        QCOMPARE(sql(path, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        delete a;
        delete b;
    }

    // Turning a file to WAL is a write, and SQLite does not wait out the busy timeout for a
    // write lock while the same connection reads: two instances that open a new file together
    // met this, and one of them failed with "database is locked".
    void aFileAnotherInstanceWritesIsOpenedOnceItIsFree() {
        const QString path = m_dir->filePath(u"busy.sqlite"_s);
        sql(path, u"CREATE TABLE other (x)"_s);
        QCOMPARE(sql(path, u"PRAGMA journal_mode"_s), QStringList{u"delete"_s});
        QSemaphore writing;
        std::thread writer([&path, &writing] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
                db.setDatabaseName(path);
                QSqlQuery query(db);
                const bool holding = db.open() && query.exec(u"BEGIN IMMEDIATE"_s)
                                     && query.exec(u"INSERT INTO other VALUES (1)"_s);
                writing.release();
                if (holding) {
                    QThread::msleep(300);
                    query.exec(u"COMMIT"_s);
                }
            }
            QSqlDatabase::removeDatabase(u"writer"_s);
        });
        writing.acquire();
        HistoryStore store(path);
        writer.join();
        QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
        QVERIFY(store.movedAsidePath().isEmpty());
        QVERIFY(store.save(HistoryTestData::numbered(1, start)));
        QCOMPARE(sql(path, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
        QCOMPARE(sql(path, u"SELECT count(*) FROM other"_s), QStringList{u"1"_s});
    }

    void theFileIsPrivateAndHoldsNoKey() {
        const QString path = m_dir->filePath(u"private/history.sqlite"_s);
        {
            HistoryStore store(path);
            QVERIFY(store.save(HistoryTestData::found(HistoryTestData::enrichedChargily(), start)));
        }
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                               | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void anUnwritablePlaceIsReportedNotFatal() {
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^History create folder failed"_s));
        HistoryStore store(m_dir->filePath(u"blocker/history.sqlite"_s));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(!store.save(HistoryTestData::numbered(1, start)));
        QVERIFY(store.page({}, std::nullopt, 10).entries.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // One history for every row of the search test's data.
    std::unique_ptr<QTemporaryDir> m_searchedDir;
    std::unique_ptr<HistoryStore> m_searched;
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_HistoryStore.moc"
