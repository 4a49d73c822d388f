// Copy and open icons: the desktop theme's where it has them, else the bundled drawings in the
// palette's text colour, light on dark and dark on light, following a change of palette.
#include "gui/common/ThemedIcon.h"

#include "DarkPalette.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

// The mean lightness of the icon's visible pixels, 0 (black) to 255 (white).
int inkLightness(const QIcon &icon) {
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    qint64 sum = 0;
    qint64 weight = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            sum += qint64(pixel.lightness()) * pixel.alpha();
            weight += pixel.alpha();
        }
    }
    return weight == 0 ? -1 : int(sum / weight);
}

} // namespace

class TestThemedIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_light = QApplication::palette();
        QVERIFY(m_emptyThemes.isValid());
    }

    void init() {
        // No icon theme at all: the bundled drawings.
        QIcon::setThemeSearchPaths({m_emptyThemes.path()});
        QIcon::setThemeName(u"none"_s);
        QApplication::setPalette(m_light);
    }

    void cleanupTestCase() { QApplication::setPalette(m_light); }

    void bundledIconsFollowThePalette_data() {
        QTest::addColumn<QIcon>("icon");
        QTest::newRow("copy") << copyIcon();
        QTest::newRow("open in browser") << openInBrowserIcon();
    }

    void bundledIconsFollowThePalette() {
        QFETCH(QIcon, icon);
        QVERIFY(!icon.isNull());
        QVERIFY(icon.name().isEmpty());
        const int onLight = inkLightness(icon);
        QVERIFY2(onLight >= 0 && onLight < 100, qPrintable(QString::number(onLight)));
        // The same icon, drawn again after the palette turned dark.
        QApplication::setPalette(darkTestPalette());
        const int onDark = inkLightness(icon);
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
    }

    void disabledIsDrawnInTheDisabledColour() {
        QPalette palette = m_light;
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xc0, 0xc0, 0xc0));
        QApplication::setPalette(palette);
        const QImage image = copyIcon().pixmap(QSize(32, 32), QIcon::Disabled).toImage();
        bool sawInk = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 255) {
                    sawInk = true;
                    QCOMPARE(pixel.rgb(), QColor(0xc0, 0xc0, 0xc0).rgb());
                }
            }
        }
        QVERIFY(sawInk);
    }

    void theDesktopThemeComesFirst() {
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        QVERIFY(usePaperTheme(themes.path()));

        QCOMPARE(copyIcon().name(), u"edit-copy"_s);
        // No "internet-web-browser" in this theme: the next name it has.
        QCOMPARE(openInBrowserIcon().name(), u"document-open"_s);
        QCOMPARE(copyIcon().pixmap(QSize(16, 16)).toImage().pixelColor(8, 8), QColor(Qt::red));
    }

    // Whether the icon is null is answered without the theme (the window's first layout asks
    // it of every tool button): the theme is still looked at when the icon is first drawn.
    void theThemeWaitsUntilTheIconIsDrawn() {
        const QIcon icon = copyIcon(); // no icon theme yet
        QVERIFY(!icon.isNull());
        QToolButton button;
        button.setIcon(icon);
        QVERIFY(button.sizeHint().isValid());

        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        QVERIFY(usePaperTheme(themes.path()));
        QCOMPARE(icon.pixmap(QSize(16, 16)).toImage().pixelColor(8, 8), QColor(Qt::red));
        QCOMPARE(icon.name(), u"edit-copy"_s);
    }

    // The answer is still the made icon's: without a drawing that parses, the icon is null
    // unless the theme has one.
    void anIconWithoutADrawingIsNullUnlessTheThemeHasIt() {
        QVERIFY(themedIcon({u"edit-copy"_s}, u":/icons/no-such-icon.svg"_s).isNull());
        QTemporaryDir themes;
        QVERIFY(themes.isValid());
        QVERIFY(usePaperTheme(themes.path()));
        QVERIFY(!themedIcon({u"edit-copy"_s}, u":/icons/no-such-icon.svg"_s).isNull());
        QVERIFY(themedIcon({u"no-such-name"_s}, u":/icons/no-such-icon.svg"_s).isNull());
    }

private:
    // An icon theme, "Paper", in `folder`, with a red edit-copy and document-open, made the
    // desktop's theme.
    static bool usePaperTheme(const QString &folder) {
        const QString theme = folder + u"/Paper"_s;
        if (!QDir().mkpath(theme + u"/16x16/actions"_s))
            return false;
        QFile index(theme + u"/index.theme"_s);
        if (!index.open(QIODevice::WriteOnly))
            return false;
        index.write("[Icon Theme]\nName=Paper\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        if (!red.save(theme + u"/16x16/actions/edit-copy.png"_s)
            || !red.save(theme + u"/16x16/actions/document-open.png"_s))
            return false;
        QIcon::setThemeSearchPaths({folder});
        QIcon::setThemeName(u"Paper"_s);
        return true;
    }

    QPalette m_light;
    QTemporaryDir m_emptyThemes;
};

QTEST_MAIN(TestThemedIcon)
#include "tst_ThemedIcon.moc"
