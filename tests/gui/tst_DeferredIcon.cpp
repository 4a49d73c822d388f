// Icons made when first drawn: the making waits, runs once, and the picture is the same as if
// the icon had been made at once; the style that defers its standard icons draws every one of
// them as its base style does.
#include "gui/common/DeferredIcon.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

QIcon squareIcon(const QColor &color) {
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

QImage imageOf(const QIcon &icon, int size) {
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theIconIsMadeWhenFirstDrawnAndOnce() {
        int made = 0;
        QIcon icon = deferredIcon([&made] {
            ++made;
            return squareIcon(Qt::red);
        });
        const QIcon copy = icon; // NOLINT(performance-unnecessary-copy-initialization)
        QCOMPARE(made, 0);

        QImage drawn(16, 16, QImage::Format_ARGB32);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        icon.paint(&painter, drawn.rect());
        painter.end();
        QCOMPARE(made, 1);
        QCOMPARE(drawn.pixelColor(8, 8), QColor(Qt::red));
        QCOMPARE(imageOf(copy, 16), imageOf(squareIcon(Qt::red), 16));
        QVERIFY(!copy.isNull());
        QCOMPARE(made, 1);
    }

    void askingAboutTheIconMakesIt() {
        int made = 0;
        const QIcon icon = deferredIcon([&made] {
            ++made;
            return QIcon();
        });
        QCOMPARE(made, 0);
        QVERIFY(icon.isNull());
        QCOMPARE(made, 1);
    }

    // A tool button's size hint asks whether its icon is null: with an answer given, asking
    // leaves the icon unmade until it is drawn, and the made icon answers after that.
    void aGivenNullAnswerLeavesTheIconUnmade() {
        int made = 0;
        int answered = 0;
        const QIcon icon = deferredIcon(
            [&made] {
                ++made;
                return squareIcon(Qt::red);
            },
            [&answered] {
                ++answered;
                return false;
            });
        QVERIFY(!icon.isNull());
        QToolButton button;
        button.setIcon(icon);
        QVERIFY(button.sizeHint().isValid());
        QCOMPARE(made, 0);
        QVERIFY(answered >= 2);

        QCOMPARE(imageOf(icon, 16), imageOf(squareIcon(Qt::red), 16));
        QCOMPARE(made, 1);
        const int answeredBeforeMade = answered;
        QVERIFY(!icon.isNull());
        QCOMPARE(answered, answeredBeforeMade);
    }

    void standardIconsAreTheBaseStylesPixels_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("menu bar extension") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("vertical extension") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("warning") << int(QStyle::SP_MessageBoxWarning);
        QTest::newRow("critical") << int(QStyle::SP_MessageBoxCritical);
        QTest::newRow("dialog ok") << int(QStyle::SP_DialogOkButton);
        QTest::newRow("arrow back") << int(QStyle::SP_ArrowBack);
        QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
    }

    void standardIconsAreTheBaseStylesPixels() {
        QFETCH(int, which);
        const auto pixmap = QStyle::StandardPixmap(which);
        DeferredIconsStyle deferred(u"Fusion"_s);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QCOMPARE(deferred.baseStyle()->name(), fusion->name());
        const QIcon expected = fusion->standardIcon(pixmap);
        const QIcon icon = deferred.standardIcon(pixmap);
        QVERIFY(!expected.isNull());
        QCOMPARE(icon.isNull(), expected.isNull());
        for (int size : {16, 24, 32, 64})
            QCOMPARE(imageOf(icon, size), imageOf(expected, size));
    }
};

QTEST_MAIN(TestDeferredIcon)
#include "tst_DeferredIcon.moc"
