#include "LookupsTestData.h"

#include "gui/common/StatusStyle.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using Column = RecentLookupsModel::Column;

namespace {

int col(Column column) {
    return static_cast<int>(column);
}

QStringList columnTexts(const QAbstractItemModel &model, Column column,
                        int role = Qt::DisplayRole) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, col(column)).data(role).toString();
    return texts;
}

} // namespace

class TestRecentLookupsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_model = std::make_unique<RecentLookupsModel>();
        m_proxy = std::make_unique<RecentLookupsProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void aLookupInsertsALoadingRowAtTheTop() {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        m_model->beginLookup(u"01hj5n7cqpaf0mt2d0xx85tgz8"_s, u"01hj5n7cqpaf0mt2d0xx85tgz8"_s,
                             QStringLiteral("chargily"), {});
        const quint64 second = m_model->beginLookup(u"cs_second"_s, u"cs_second"_s,
                                                    QStringLiteral("orqex"), u"xof-test"_s);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
        QCOMPARE(inserted.at(1).at(2).toInt(), 0);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->rowOfKey(second), 0);
        QCOMPARE(m_model->index(0, col(Column::Status)).data().toString(), u"Loading…"_s);
        QCOMPARE(m_model->index(0, col(Column::Id)).data().toString(), u"cs_second"_s);
        QCOMPARE(m_model->index(0, col(Column::Provider)).data().toString(), u"Orqex"_s);
        QCOMPARE(m_model->index(0, col(Column::Account)).data().toString(), u"xof-test"_s);
        QCOMPARE(m_model->loadingCount(), 2);
    }

    void aFoundCheckoutChangesOnlyItsRow() {
        const quint64 first =
            m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), {});
        m_model->beginLookup(u"cs_b"_s, u"cs_b"_s, QStringLiteral("orqex"), {});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        m_model->setFound(
            first,
            TestData::checkout(u"cs_a"_s, u"2500"_s, u"XOF"_s, u"Awa Diallo"_s, u"xof-test"_s),
            QDateTime::currentDateTimeUtc());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), col(Column::Count) - 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(RecentLookupsModel::RawValueRole));

        QCOMPARE(m_model->index(1, col(Column::Status)).data().toString(), u"Paid"_s);
        QCOMPARE(m_model->index(1, col(Column::Customer)).data().toString(), u"Awa Diallo"_s);
        QCOMPARE(m_model->index(1, col(Column::Mode)).data().toString(), u"Test"_s);
        QCOMPARE(m_model->index(1, col(Column::Amount)).data(Qt::ToolTipRole).toString(),
                 u"2500 XOF"_s);
        QCOMPARE(m_model->loadingCount(), 1);
    }

    void lookingUpAgainReusesTheRowAndChangesOnlyItsStatus() {
        const quint64 key = m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), {});
        m_model->setFound(key, TestData::checkout(u"cs_a"_s, u"10"_s, u"XOF"_s, {}, u"x"_s),
                          QDateTime::currentDateTimeUtc());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

        QCOMPARE(m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), {}), key);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), col(Column::Status));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), col(Column::Status));
        QCOMPARE(m_model->index(0, col(Column::Status)).data().toString(), u"Loading…"_s);
        // The last checkout stays visible while it is looked up again.
        QVERIFY(!m_model->index(0, col(Column::Amount)).data().toString().isEmpty());

        m_model->cancelLookup(key);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, col(Column::Status)).data().toString(), u"Paid"_s);
    }

    // Looking up again a row that failed, or with another account, changes the tool tips and
    // the filter text of every column: the change names every column whose data changed.
    void aReusedRowAnnouncesEveryColumnItChanges_data() {
        QTest::addColumn<bool>("failedBefore");
        QTest::addColumn<QString>("accountAgain");
        QTest::addColumn<bool>("onlyStatus");
        QTest::newRow("found, same account") << false << QString() << true;
        QTest::newRow("found, another account") << false << u"xof-live"_s << false;
        QTest::newRow("failed, same account") << true << QString() << false;
    }

    void aReusedRowAnnouncesEveryColumnItChanges() {
        QFETCH(bool, failedBefore);
        QFETCH(QString, accountAgain);
        QFETCH(bool, onlyStatus);
        const quint64 key = m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), {});
        if (failedBefore) {
            LookupError error;
            error.kind = ErrorKind::Timeout;
            error.message = u"The provider did not answer in time."_s;
            m_model->setFailed(key, error, QDateTime::currentDateTimeUtc());
        } else {
            m_model->setFound(key, TestData::checkout(u"cs_a"_s, u"10"_s, u"XOF"_s, {}, {}),
                              QDateTime::currentDateTimeUtc());
        }
        const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RecentLookupsModel::RawValueRole,
                               RecentLookupsModel::FilterTextRole};
        const auto values = [&] {
            QList<QVariantList> columns;
            for (int column = 0; column < m_model->columnCount(); ++column) {
                QVariantList data;
                for (const int role : roles)
                    data << m_model->index(0, column).data(role);
                columns << data;
            }
            return columns;
        };
        const QList<QVariantList> before = values();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        QCOMPARE(m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), accountAgain),
                 key);
        const QList<QVariantList> after = values();
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 0);
        const QList<int> announcedRoles = changed.at(0).at(2).value<QList<int>>();
        int changedColumns = 0;
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (int r = 0; r < roles.size(); ++r) {
                if (before.at(column).at(r) == after.at(column).at(r))
                    continue;
                ++changedColumns;
                const QString what = u"column %1 role %2"_s.arg(column).arg(roles.at(r));
                QVERIFY2(column >= topLeft.column() && column <= bottomRight.column(),
                         qPrintable(what));
                QVERIFY2(announcedRoles.contains(roles.at(r)), qPrintable(what));
                break;
            }
        }
        if (onlyStatus) {
            QCOMPARE(changedColumns, 1);
            QCOMPARE(topLeft.column(), col(Column::Status));
            QCOMPARE(bottomRight.column(), col(Column::Status));
        } else {
            QCOMPARE(changedColumns, m_model->columnCount());
        }
        QCOMPARE(m_model->index(0, col(Column::Status)).data().toString(), u"Loading…"_s);
    }

    void aCanceledNewLookupLeavesNoRow() {
        const quint64 key = m_model->beginLookup(u"cs_a"_s, u"cs_a"_s, QStringLiteral("orqex"), {});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->cancelLookup(key);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void aFailedLookupShowsItsErrorKindAndMessage() {
        const quint64 key =
            m_model->beginLookup(u"cs_gone"_s, u"cs_gone"_s, QStringLiteral("orqex"), {});
        LookupError error;
        error.kind = ErrorKind::NotFound;
        error.message = u"No checkout cs_gone in xof-test."_s;
        error.accountsTried = {u"xof-test"_s};
        m_model->setFailed(key, error, QDateTime::currentDateTimeUtc());
        QCOMPARE(m_model->index(0, col(Column::Status)).data().toString(), u"Not found"_s);
        QCOMPARE(m_model->index(0, col(Column::Id)).data(Qt::ToolTipRole).toString(),
                 error.message);
        QCOMPARE(m_model->entry(0).state, LookupEntry::State::Failed);
        const auto badge = m_model->index(0, col(Column::Status))
                               .data(RecentLookupsModel::BadgeStyleRole)
                               .value<BadgeStyle>();
        QCOMPARE(badge.text, u"Not found"_s);
        QCOMPARE(badge.tone, Tone::Danger);
    }

    void sortingByAmountUsesTheExactValue() {
        // As text "999.99" > "2500.00" > "10000.00"; as money it is the other way round, and
        // 2500.01 is one hundredth above 2500.00.
        const QStringList amounts = {u"2500.00"_s, u"999.99"_s, u"10000.00"_s, u"2500.01"_s,
                                     u"0.5"_s};
        addFound(amounts, u"DZD"_s);
        m_proxy->sort(col(Column::Amount), Qt::AscendingOrder);
        QCOMPARE(rawAmounts(),
                 (QStringList{u"0.50"_s, u"999.99"_s, u"2500.00"_s, u"2500.01"_s, u"10000.00"_s}));
        m_proxy->sort(col(Column::Amount), Qt::DescendingOrder);
        QCOMPARE(rawAmounts().first(), u"10000.00"_s);
    }

    void sortingByCreatedUsesTheTime() {
        const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        addCheckout(TestData::checkout(u"cs_mid"_s, u"1"_s, u"XOF"_s, {}, u"a"_s, base.addDays(1)));
        addCheckout(
            TestData::checkout(u"cs_late"_s, u"1"_s, u"XOF"_s, {}, u"a"_s, base.addDays(40)));
        addCheckout(TestData::checkout(u"cs_early"_s, u"1"_s, u"XOF"_s, {}, u"a"_s, base));
        m_proxy->sort(col(Column::Created), Qt::AscendingOrder);
        QCOMPARE(columnTexts(*m_proxy, Column::Id),
                 (QStringList{u"cs_early"_s, u"cs_mid"_s, u"cs_late"_s}));
    }

    void theFilterMatchesIdCustomerAccountAndAmount_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("part of an id") << u"cs_bb"_s << QStringList{u"cs_bbb"_s};
        QTest::newRow("a customer name in any case") << u"awa"_s << QStringList{u"cs_aaa"_s};
        QTest::newRow("a customer email") << u"koffi@"_s << QStringList{u"cs_bbb"_s};
        QTest::newRow("an account") << u"dz-live"_s << QStringList{u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s};
        QTest::newRow("the raw amount, unformatted") << u"2500.5"_s << QStringList{u"cs_bbb"_s};
        QTest::newRow("a currency") << u"dzd"_s << QStringList{u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s};
        QTest::newRow("nothing matches") << u"zzz"_s << QStringList{};
        QTest::newRow("an empty filter keeps every row")
            << u"  "_s << QStringList{u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s, u"cs_bbb"_s, u"cs_aaa"_s};
    }

    void theFilterMatchesIdCustomerAccountAndAmount() {
        QFETCH(QString, filter);
        QFETCH(QStringList, ids);
        addCheckout(
            TestData::checkout(u"cs_aaa"_s, u"100"_s, u"XOF"_s, u"Awa Diallo"_s, u"xof-test"_s));
        addCheckout(
            TestData::checkout(u"cs_bbb"_s, u"2500.50"_s, u"XOF"_s, u"Koffi"_s, u"xof-test"_s));
        addCheckout(TestData::checkout(u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s, u"12000"_s, u"DZD"_s,
                                       u"Amine"_s, u"dz-live"_s));
        m_proxy->setFilterText(filter);
        QCOMPARE(columnTexts(*m_proxy, Column::Id), ids);
    }

    void theFilterFollowsRowsThatChange() {
        m_proxy->setFilterText(u"Awa"_s);
        const quint64 key =
            m_model->beginLookup(u"cs_new"_s, u"cs_new"_s, QStringLiteral("orqex"), {});
        QCOMPARE(m_proxy->rowCount(), 0);
        m_model->setFound(
            key, TestData::checkout(u"cs_new"_s, u"5"_s, u"XOF"_s, u"Awa Diallo"_s, u"x"_s),
            QDateTime::currentDateTimeUtc());
        QCOMPARE(m_proxy->rowCount(), 1);
    }

    void fiveHundredRowsSortByExactAmountAndFilter() {
        QList<std::pair<Checkout, QDateTime>> checkouts;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 500; ++i) {
            const QString amount =
                u"%1.%2"_s.arg((i * 7919) % 100000).arg(i % 100, 2, 10, QLatin1Char('0'));
            checkouts.append({TestData::checkout(u"cs_row%1"_s.arg(i), amount, u"DZD"_s,
                                                 u"Customer %1"_s.arg(i), u"a"_s, now.addSecs(-i)),
                              now});
        }
        // How fast this is is measured by bench/BenchDashboard, not asserted here.
        m_model->resetCheckouts(checkouts);
        m_proxy->sort(col(Column::Amount), Qt::AscendingOrder);
        m_proxy->setFilterText(u"Customer 49"_s);
        QCOMPARE(m_proxy->rowCount(), 11); // 49 and 490..499
        m_proxy->setFilterText({});
        const QStringList sorted = rawAmounts();
        for (int i = 1; i < sorted.size(); ++i) {
            const Money a = *Money::fromDecimal(sorted.at(i - 1), u"DZD"_s);
            const Money b = *Money::fromDecimal(sorted.at(i), u"DZD"_s);
            QVERIFY(a.compare(b) <= 0);
        }
    }

    void removeRowsRemovesExactlyThoseRows() {
        addFound({u"1"_s, u"2"_s, u"3"_s}, u"XOF"_s);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeRows(1, 1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_model->removeRows(2, 1));
    }

private:
    void addCheckout(const Checkout &checkout) {
        const quint64 key = m_model->beginLookup(checkout.id, checkout.id, checkout.provider, {});
        m_model->setFound(key, checkout, QDateTime::currentDateTimeUtc());
    }

    void addFound(const QStringList &amounts, const QString &currency) {
        int n = 0;
        for (const QString &amount : amounts)
            addCheckout(
                TestData::checkout(u"cs_amount_%1"_s.arg(++n), amount, currency, {}, u"a"_s));
    }

    QStringList rawAmounts() const {
        QStringList values;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, col(Column::Amount));
            values << index.data(RecentLookupsModel::RawValueRole).value<Money>().toDecimalString();
        }
        return values;
    }

    std::unique_ptr<RecentLookupsModel> m_model;
    std::unique_ptr<RecentLookupsProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestRecentLookupsModel)
#include "tst_RecentLookupsModel.moc"
