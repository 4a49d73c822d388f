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
        const QString theme = themes.filePath(u"Paper"_s);
        QVERIFY(QDir().mkpath(theme + u"/16x16/actions"_s));
        QFile index(theme + u"/index.theme"_s);
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Paper\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + u"/16x16/actions/edit-copy.png"_s));
        QVERIFY(red.save(theme + u"/16x16/actions/document-open.png"_s));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(u"Paper"_s);

        QCOMPARE(copyIcon().name(), u"edit-copy"_s);
        // No "internet-web-browser" in this theme: the next name it has.
        QCOMPARE(openInBrowserIcon().name(), u"document-open"_s);
        QCOMPARE(copyIcon().pixmap(QSize(16, 16)).toImage().pixelColor(8, 8), QColor(Qt::red));
    }

private:
    QPalette m_light;
    QTemporaryDir m_emptyThemes;
};

QTEST_MAIN(TestThemedIcon)
#include "tst_ThemedIcon.moc"
