#include "DarkPalette.h"
#include "Legibility.h"
#include "LookupsTestData.h"

#include "domain/CheckoutJson.h"
#include "gui/common/StatusStyle.h"
#include "gui/lookups/CellTextPainter.h"
#include "gui/lookups/LookupItemDelegate.h"
#include "gui/lookups/RecentLookupsModel.h"
#include "gui/lookups/RecentLookupsProxy.h"
#include "gui/lookups/RecentLookupsView.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;
using Column = RecentLookupsModel::Column;

namespace {

// The list's delegate as the style alone paints it: no text layout kept.
class StylePaintedDelegate : public LookupItemDelegate {
public:
    using LookupItemDelegate::LookupItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

class TestRecentLookupsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // The style Paydesk gets where no desktop style is installed, and whose cells the
        // list paints itself.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        useLanguage(u"en"_s);
    }

    void init() {
        m_model = std::make_unique<RecentLookupsModel>();
        m_view = std::make_unique<RecentLookupsView>();
        m_view->setLookupsModel(m_model.get());
        m_view->resize(900, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QGuiApplication::clipboard()->clear();
    }

    void cleanup() {
        m_view.reset();
        m_model.reset();
        useLanguage(u"en"_s);
    }

    void selectingARowAnnouncesItsValueThroughOneSignal() {
        const Checkout first = add(u"cs_first"_s, u"2500"_s, u"Awa"_s);
        const Checkout second = add(u"cs_second"_s, u"12.5"_s, u"Koffi"_s);
        QSignalSpy changed(m_view.get(), &RecentLookupsView::currentEntryChanged);
        m_view->sortByColumn(static_cast<int>(Column::Amount), Qt::AscendingOrder);
        // Row 0 of the sorted view is the smaller amount: the second checkout.
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<LookupEntry>().checkout->id, second.id);
        m_view->setCurrentIndex(m_view->model()->index(1, 2));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<LookupEntry>().checkout->id, first.id);
    }

    void theCurrentRowIsAnnouncedAgainWhenItsLookupFinishes() {
        const quint64 key =
            m_model->beginLookup(u"cs_live"_s, u"cs_live"_s, QStringLiteral("orqex"), {});
        m_view->selectKey(key);
        QSignalSpy changed(m_view.get(), &RecentLookupsView::currentEntryChanged);
        m_model->setFound(key, TestData::checkout(u"cs_live"_s, u"1"_s, u"XOF"_s, {}, u"a"_s),
                          QDateTime::currentDateTimeUtc());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<LookupEntry>().state, LookupEntry::State::Found);
    }

    // Every status and every failure kind shows whole in the status column at its default
    // width, in each language: nothing is elided.
    void everyStatusAndFailureFitsTheStatusColumn_data() {
        QTest::addColumn<QString>("language");
        for (const QString &language : supportedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyStatusAndFailureFitsTheStatusColumn() {
        QFETCH(QString, language);
        useLanguage(language);
        QCOMPARE(statusText(CheckoutStatus::Paid) == u"Paid"_s, language == u"en"_s);
        // The widths are measured in the language of the moment: a new view.
        m_view = std::make_unique<RecentLookupsView>();
        m_view->setLookupsModel(m_model.get());
        m_view->resize(900, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const int status = static_cast<int>(Column::Status);
        const int defaultWidth = m_view->header()->sectionSize(status);
        for (int kind = 0; kind <= static_cast<int>(ErrorKind::NoAccount); ++kind) {
            const QString id = u"cs_kind%1"_s.arg(kind);
            const quint64 key = m_model->beginLookup(id, id, QStringLiteral("orqex"), {});
            LookupError error;
            error.kind = ErrorKind(kind);
            m_model->setFailed(key, error, QDateTime::currentDateTimeUtc());
        }
        for (int value = 0; value <= static_cast<int>(CheckoutStatus::Unknown); ++value) {
            Checkout checkout =
                TestData::checkout(u"cs_status%1"_s.arg(value), u"1"_s, u"XOF"_s, {}, u"a"_s);
            checkout.status = CheckoutStatus(value);
            const quint64 key =
                m_model->beginLookup(checkout.id, checkout.id, checkout.provider, {});
            m_model->setFound(key, checkout, QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(m_view->header()->sectionSize(status), defaultWidth);
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const QModelIndex index = m_view->model()->index(row, status);
            const int needed = m_view->sizeHintForIndex(index).width();
            QVERIFY2(
                needed <= defaultWidth,
                qPrintable(index.data().toString() + u": %1 > %2"_s.arg(needed).arg(defaultWidth)));
        }
    }

    // At first the list shows the columns a row is read by, provider, mode and account being a
    // right click away; at its preferred width they all show whole with nothing to scroll
    // sideways, and the customer column alone takes the width that is added or taken away.
    void theCustomerColumnTakesTheWidthTheOthersLeave() {
        add(u"01hqb9y73my63fch26w14wmchw"_s, u"9999999.99"_s, u"Amélie Ndiaye-Traoré"_s);
        add(u"cs_XaFgTisNRi2AFS"_s, u"99999999"_s, u"Awa Diallo"_s);
        QHeaderView *header = m_view->header();
        for (const Column column : {Column::Provider, Column::Mode, Column::Account})
            QVERIFY(header->isSectionHidden(static_cast<int>(column)));
        const QList<Column> shown{Column::Status, Column::Id, Column::Amount, Column::Customer,
                                  Column::Created};
        for (const Column column : shown)
            QVERIFY(!header->isSectionHidden(static_cast<int>(column)));
        const int customer = static_cast<int>(Column::Customer);
        QCOMPARE(header->sectionResizeMode(customer), QHeaderView::Stretch);
        QVERIFY(!header->stretchLastSection());
        // Ids are cut in the middle when they must be, so both ends stay readable.
        QCOMPARE(m_view->textElideMode(), Qt::ElideMiddle);

        const auto sizes = [&] {
            QList<int> result;
            for (const Column column : shown)
                result << header->sectionSize(static_cast<int>(column));
            return result;
        };
        const auto checkWhole = [&](const QString &when) {
            QCoreApplication::processEvents();
            const QString what =
                when
                + u": columns %1 in %2"_s.arg(header->length()).arg(m_view->viewport()->width());
            QVERIFY2(header->length() <= m_view->viewport()->width(), qPrintable(what));
            QVERIFY2(m_view->horizontalScrollBar()->maximum() == 0, qPrintable(what));
            for (const Column column : shown) {
                const int logical = static_cast<int>(column);
                const int left = header->sectionViewportPosition(logical);
                const int width = header->sectionSize(logical);
                QVERIFY2(
                    left >= 0 && left + width <= m_view->viewport()->width(),
                    qPrintable(what + u", column %1 at %2+%3"_s.arg(logical).arg(left).arg(width)));
                QVERIFY2(width >= m_view->contentWidth(logical),
                         qPrintable(what
                                    + u", column %1: %2 < %3"_s.arg(logical).arg(width).arg(
                                        m_view->contentWidth(logical))));
            }
        };

        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            m_view->setLayoutDirection(direction);
            const QString side = direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s;
            m_view->resize(m_view->preferredWidth(), 300);
            checkWhole(side + u" at the preferred width"_s);
            const QList<int> preferred = sizes();

            m_view->resize(m_view->preferredWidth() + 200, 300);
            checkWhole(side + u" 200 px wider"_s);
            QList<int> expected = preferred;
            expected[shown.indexOf(Column::Customer)] += 200;
            QCOMPARE(sizes(), expected);

            // Narrower, the customer gives back what it has beyond its names.
            m_view->resize(m_view->preferredWidth() - 40, 300);
            QCoreApplication::processEvents();
            expected = preferred;
            expected[shown.indexOf(Column::Customer)] -= 40;
            QCOMPARE(sizes(), expected);
            QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        }
    }

    // Narrowed, the list cuts the id column down, its ids elided in the middle, before it
    // scrolls sideways; wide again, the column is as wide as the operator made it.
    void theIdColumnGivesWayAfterTheCustomerAndComesBack() {
        add(u"01hqb9y73my63fch26w14wmchw"_s, u"9999999.99"_s, u"Amélie Ndiaye-Traoré"_s);
        QHeaderView *header = m_view->header();
        const int id = static_cast<int>(Column::Id);
        const int customer = static_cast<int>(Column::Customer);
        header->resizeSection(id, m_view->contentWidth(id) + 30); // by hand
        const int chosen = header->sectionSize(id);
        m_view->resize(m_view->preferredWidth() + 30, 300);
        QCoreApplication::processEvents();
        QCOMPARE(header->sectionSize(id), chosen);

        // The customer gives way first: 60 px less, and the id column keeps its width.
        m_view->resize(m_view->width() - 60, 300);
        QCoreApplication::processEvents();
        QCOMPARE(header->sectionSize(id), chosen);
        const int customerAtItsLeast = header->sectionSize(customer);
        // Then the id column: 200 px less, nothing to scroll sideways.
        m_view->resize(m_view->width() - 200, 300);
        QCoreApplication::processEvents();
        QVERIFY2(header->sectionSize(id) < chosen, qPrintable(QString::number(chosen)));
        QVERIFY(header->sectionSize(customer) >= std::min(customerAtItsLeast, 60));
        QVERIFY2(header->length() <= m_view->viewport()->width(),
                 qPrintable(u"%1 in %2"_s.arg(header->length()).arg(m_view->viewport()->width())));
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        // Saved now, the id column keeps the width chosen for it, not the narrowed one, and
        // the narrowed list is left as it was.
        const int narrowed = header->sectionSize(id);
        const QByteArray saved = m_view->saveHeaderState();
        QCOMPARE(header->sectionSize(id), narrowed);
        RecentLookupsView restored;
        restored.setLookupsModel(m_model.get());
        restored.resize(m_view->preferredWidth() + 400, 300);
        QVERIFY(restored.header()->restoreState(saved));
        QCOMPARE(restored.header()->sectionSize(id), chosen);

        m_view->resize(m_view->width() + 400, 300);
        QCoreApplication::processEvents();
        QCOMPARE(header->sectionSize(id), chosen);
    }

    // The operator's columns come back from the header's saved state, the customer still
    // stretching; fitting the columns to their contents leaves it stretching too.
    void theSavedHeaderStateComesBack() {
        add(u"01hqb9y73my63fch26w14wmchw"_s, u"12000.5"_s, u"Koffi Mensah"_s);
        QHeaderView *header = m_view->header();
        const int provider = static_cast<int>(Column::Provider);
        const int created = static_cast<int>(Column::Created);
        const int customer = static_cast<int>(Column::Customer);
        const int id = static_cast<int>(Column::Id);
        header->showSection(provider);
        header->hideSection(created);
        header->resizeSection(id, 77);
        const QByteArray state = header->saveState();

        RecentLookupsView again;
        again.setLookupsModel(m_model.get());
        again.resize(900, 300);
        QVERIFY(again.header()->restoreState(state));
        QVERIFY(!again.header()->isSectionHidden(provider));
        QVERIFY(again.header()->isSectionHidden(created));
        QCOMPARE(again.header()->sectionSize(id), 77);
        QCOMPARE(again.header()->sectionResizeMode(customer), QHeaderView::Stretch);

        again.fitColumnsToContents();
        QCOMPARE(again.header()->sectionResizeMode(customer), QHeaderView::Stretch);
        QVERIFY(again.header()->sectionSize(id) >= again.contentWidth(id));
    }

    // The badges are painted in the view's palette of the moment: after a theme change they
    // show the new theme's colours, and their text still reads.
    void aThemeChangeRepaintsTheStatusBadges() {
        const QPalette light = QApplication::palette();
        add(u"cs_paid"_s, u"5"_s, {});
        const QModelIndex index = m_view->model()->index(0, static_cast<int>(Column::Status));
        const auto style = index.data(RecentLookupsModel::BadgeStyleRole).value<BadgeStyle>();
        for (const QPalette &palette : {darkTestPalette(), light}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QColor fill = toneColors(style.tone, style.weight, palette).background;
            const QImage cell = m_view->viewport()->grab(m_view->visualRect(index)).toImage();
            const QImage badge = badgeMiddle(cropToColor(cell, fill));
            QVERIFY2(!badge.isNull(), qPrintable(fill.name()));
            QVERIFY(textContrast(badge) >= minimumTextContrast);
        }
        QVERIFY(toneColors(style.tone, style.weight, darkTestPalette()).background
                != toneColors(style.tone, style.weight, light).background);
    }

    void copyActionsPutRawValuesOnTheClipboard() {
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Algeria));
        const Checkout checkout = add(u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s, u"12000"_s, u"Amine"_s);
        m_view->setCurrentIndex(m_view->model()->index(0, static_cast<int>(Column::Amount)));
        QClipboard *clipboard = QGuiApplication::clipboard();

        m_view->copyIdAction()->trigger();
        QCOMPARE(clipboard->text(), u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s);

        m_view->copyUrlAction()->trigger();
        QCOMPARE(clipboard->text(),
                 u"https://pay.example.com/checkout/01hkq3m9v7r2x8c4t6b0n5w1ye"_s);

        m_view->copyJsonAction()->trigger();
        const QString json = clipboard->text();
        QCOMPARE(json, QString::fromUtf8(
                           QJsonDocument(checkoutToJson(checkout)).toJson(QJsonDocument::Compact)));
        QVERIFY(json.contains(u"\"value\":\"12000.00\""_s));
        QVERIFY(!json.contains(u'\n'));
        for (const QChar mark : {QChar(0x200E), QChar(0x200F), QChar(0x061C)})
            QVERIFY(!json.contains(mark));
        QLocale::setDefault(QLocale::c());
    }

    void theContextMenuOffersTheActionsForTheRowUnderTheMouse() {
        add(u"cs_menu"_s, u"5"_s, {});
        const quint64 failing =
            m_model->beginLookup(u"cs_missing"_s, u"cs_missing"_s, QStringLiteral("orqex"), {});
        LookupError error;
        error.kind = ErrorKind::NotFound;
        error.message = u"Not found in a."_s;
        m_model->setFailed(failing, error, QDateTime::currentDateTimeUtc());

        const QRect failedRow =
            m_view->visualRect(m_view->model()->index(0, static_cast<int>(Column::Id)));
        Q_EMIT m_view->customContextMenuRequested(failedRow.center());
        auto *menu = m_view->findChild<QMenu *>(u"lookupsContextMenu"_s);
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(m_view->currentEntry()->id, u"cs_missing"_s);
        QVERIFY(!m_view->copyUrlAction()->isEnabled());
        QVERIFY(!m_view->copyJsonAction()->isEnabled());
        QVERIFY(m_view->copyIdAction()->isEnabled());
        QVERIFY(m_view->lookUpAgainAction()->isEnabled());
        QVERIFY(menu->actions().contains(m_view->openInBrowserAction()));
        menu->hide();

        const QRect foundRow =
            m_view->visualRect(m_view->model()->index(1, static_cast<int>(Column::Id)));
        Q_EMIT m_view->customContextMenuRequested(foundRow.center());
        QCOMPARE(m_view->currentEntry()->checkout->id, u"cs_menu"_s);
        QVERIFY(m_view->copyUrlAction()->isEnabled());
        QVERIFY(m_view->copyJsonAction()->isEnabled());
        menu->hide();
    }

    void lookUpAgainAndRemoveAreRequestedForTheCurrentRow() {
        add(u"cs_keep"_s, u"5"_s, {});
        add(u"cs_drop"_s, u"6"_s, {});
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
        QSignalSpy again(m_view.get(), &RecentLookupsView::lookUpAgainRequested);
        m_view->lookUpAgainAction()->trigger();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).at(0).toString(), u"cs_drop"_s);
        QCOMPARE(again.at(0).at(1).toString(), u"a"_s);

        QSignalSpy removed(m_view.get(), &RecentLookupsView::entryRemoved);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).value<LookupEntry>().checkout->id, u"cs_drop"_s);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->entry(0).checkout->id, u"cs_keep"_s);
    }

    void selectingAHiddenRowClearsTheFilter() {
        const quint64 key =
            m_model->beginLookup(u"cs_hidden"_s, u"cs_hidden"_s, QStringLiteral("orqex"), {});
        m_view->proxy()->setFilterText(u"nothing like it"_s);
        QCOMPARE(m_view->model()->rowCount(), 0);
        m_view->selectKey(key);
        QCOMPARE(m_view->proxy()->filterText(), QString());
        QCOMPARE(m_view->currentEntry()->key, key);
    }

    void rowsHaveUniformHeights() { QVERIFY(m_view->uniformRowHeights()); }

    // The cells' texts are laid out once and kept (CellTextPainter): the list must look exactly
    // as the style paints it, texts elided in narrow columns, Arabic and Latin, the selected
    // row, left to right and right to left, light and dark.
    void cellsAreThePixelsTheStylePaints_data() {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("dark");
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const QString side = direction == Qt::LeftToRight ? u"ltr"_s : u"rtl"_s;
            QTest::newRow(qPrintable(side + u" light"_s)) << direction << false;
            QTest::newRow(qPrintable(side + u" dark"_s)) << direction << true;
        }
    }

    void cellsAreThePixelsTheStylePaints() {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, dark);
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkTestPalette());
        m_view->setLayoutDirection(direction);
        add(u"cs_XaFgTisNRi2AFS"_s, u"2500"_s, u"Awa Ndiaye"_s);
        add(u"01hqb9y73my63fch26w14wmchw"_s, u"12000.5"_s, u"عبد الرحمن بن عبد العزيز"_s);
        add(u"cs_short"_s, u"99999999"_s, u"Amélie Ndiaye-Traoré de la Fontaine"_s);
        add(u"01hkq3m9v7r2x8c4t6b0n5w1ye"_s, u"0.01"_s, u"Koffi محمد Mensah"_s);
        m_model->beginLookup(u"cs_loading"_s, u"cs_loading"_s, QStringLiteral("orqex"), {});
        m_view->setCurrentIndex(m_view->model()->index(1, 0));
        // Every column, narrow enough that ids and names are elided (the customer's width is
        // what the others leave of the view's).
        for (int column = 0; column < m_view->header()->count(); ++column)
            m_view->header()->showSection(column);
        m_view->header()->resizeSection(static_cast<int>(Column::Id), 90);
        QCoreApplication::processEvents();
        const int customer = static_cast<int>(Column::Customer);
        m_view->resize(m_view->width() - (m_view->header()->sectionSize(customer) - 110), 300);
        QCoreApplication::processEvents();
        QCOMPARE(m_view->header()->sectionSize(customer), 110);

        // The kept layouts are what paints these cells (the fast path is taken for them).
        QStyleOptionViewItem option;
        option.initFrom(m_view->viewport());
        option.widget = m_view.get();
        option.rect = m_view->visualRect(m_view->model()->index(0, 3));
        option.showDecorationSelected = true;
        option.text = u"cs_XaFgTisNRi2AFS"_s;
        option.features = QStyleOptionViewItem::HasDisplay;
        option.state &= ~QStyle::State_HasFocus;
        QCOMPARE(m_view->style()->name(), u"fusion"_s);
        QImage probe(option.rect.size() + QSize(option.rect.x(), option.rect.y()),
                     QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&probe);
        QVERIFY(CellTextPainter().paint(&painter, option));
        painter.end();

        const QImage kept = m_view->viewport()->grab().toImage();
        auto *styled = new StylePaintedDelegate(m_view.get());
        m_view->setItemDelegate(styled);
        const QImage painted = m_view->viewport()->grab().toImage();
        QApplication::setPalette(light);

        const QString shots = QStringLiteral(PAYDESK_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(shots));
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        kept.save(shots + u"/lookups-cells-kept-"_s + name + u".png"_s);
        painted.save(shots + u"/lookups-cells-style-"_s + name + u".png"_s);
        QCOMPARE(kept, painted);
    }

private:
    static void useLanguage(const QString &language) {
        if (qgetenv("PAYDESK_LANG") == language.toUtf8())
            return;
        qputenv("PAYDESK_LANG", language.toUtf8());
        installTranslations(*QCoreApplication::instance());
    }

    Checkout add(const QString &id, const QString &amount, const QString &customer) {
        const Checkout checkout = TestData::checkout(
            id, amount, id.startsWith(u"cs_") ? u"XOF"_s : u"DZD"_s, customer, u"a"_s);
        const quint64 key = m_model->beginLookup(id, id, checkout.provider, {});
        m_model->setFound(key, checkout, QDateTime::currentDateTimeUtc());
        return checkout;
    }

    std::unique_ptr<RecentLookupsModel> m_model;
    std::unique_ptr<RecentLookupsView> m_view;
};

QTEST_MAIN(TestRecentLookupsView)
#include "tst_RecentLookupsView.moc"
