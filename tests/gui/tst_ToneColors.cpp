// The colours of badges and banners come from the palette: every tone reads in a light and a
// dark theme, and a theme change repaints the badge and the banner in the new colours.
#include "DarkPalette.h"
#include "Legibility.h"

#include "gui/common/NoticeBanner.h"
#include "gui/common/StatusStyle.h"
#include "gui/detail/AvatarWidget.h"
#include "gui/detail/BadgeLabel.h"

#include <QApplication>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Paydesk;
using namespace Qt::StringLiterals;

namespace {

const QList<Tone> allTones{Tone::Neutral, Tone::Info,   Tone::Success,
                           Tone::Warning, Tone::Danger, Tone::Refund};

// A light theme with a saturated accent, as some desktops have.
QPalette accentPalette() {
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0xe9, 0x54, 0x20));
    palette.setColor(QPalette::Window, QColor(0xf6, 0xf5, 0xf4));
    return palette;
}

// A theme of pure black with white text, as high-contrast settings give.
QPalette blackPalette() {
    QPalette palette = darkTestPalette();
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    return palette;
}

double luminanceOf(const QColor &color) {
    // Through the contrast with black: (L + 0.05) / 0.05.
    return contrastRatio(color, Qt::black) * 0.05 - 0.05;
}

} // namespace

class TestToneColors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_light = QApplication::style()->standardPalette();
    }

    void contrastRatioIsWcags() {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the classic 4.54:1.
        QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void everyToneReadsInEveryTheme_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << m_light;
        QTest::newRow("dark") << darkTestPalette();
        QTest::newRow("light, orange accent") << accentPalette();
        QTest::newRow("black") << blackPalette();
    }

    void everyToneReadsInEveryTheme() {
        QFETCH(QPalette, palette);
        const bool dark = luminanceOf(palette.color(QPalette::Window)) < 0.18;
        for (const Tone tone : allTones) {
            for (const ToneWeight weight : {ToneWeight::Solid, ToneWeight::Tint}) {
                const ToneColors colors = toneColors(tone, weight, palette);
                const QString what = u"tone %1 %2: %3 on %4"_s.arg(int(tone))
                                         .arg(weight == ToneWeight::Solid ? u"solid" : u"tint")
                                         .arg(colors.foreground.name(), colors.background.name());
                QVERIFY2(contrastRatio(colors.foreground, colors.background) >= minimumTextContrast,
                         qPrintable(what));
                if (weight == ToneWeight::Tint) {
                    // A tint stays on the theme's side: dark on a dark desktop, light on a light
                    // one, so the window's own text reads on it too (banners).
                    QCOMPARE(luminanceOf(colors.background) < 0.18, dark);
                    QVERIFY2(contrastRatio(palette.color(QPalette::WindowText), colors.background)
                                 >= minimumTextContrast,
                             qPrintable(what));
                }
            }
        }
    }

    // A status, a mode and a failure read differently in a dark theme than in a light one:
    // nothing stays light cream on a dark desktop.
    void darkThemesGetDarkTints() {
        const QPalette dark = darkTestPalette();
        for (const BadgeStyle &style : {modeStyle(Mode::Test), modeStyle(Mode::Live)}) {
            QVERIFY(toneColors(style.tone, style.weight, dark).background
                    != toneColors(style.tone, style.weight, m_light).background);
            QVERIFY(luminanceOf(toneColors(style.tone, style.weight, dark).background) < 0.1);
        }
    }

    // Initials are white on a colour taken from the customer: light hues (yellow, green) are
    // darkened until the initials read.
    void avatarInitialsRead() {
        for (int n = 0; n < 720; ++n) {
            const QString seed = u"cus_%1"_s.arg(n);
            const QColor fill = AvatarWidget::colorFor(seed);
            QVERIFY2(contrastRatio(Qt::white, fill) >= minimumTextContrast,
                     qPrintable(seed + u' ' + fill.name()));
            QCOMPARE(AvatarWidget::colorFor(seed), fill);
        }
    }

    void wordsAreOnePerMeaning() {
        QSet<QString> statuses;
        for (int s = 0; s <= int(CheckoutStatus::Unknown); ++s)
            statuses.insert(statusText(CheckoutStatus(s)));
        QCOMPARE(statuses.size(), int(CheckoutStatus::Unknown) + 1);
        QSet<QString> kinds;
        for (int k = 0; k <= int(ErrorKind::NoAccount); ++k)
            kinds.insert(errorKindText(ErrorKind(k)));
        QCOMPARE(kinds.size(), int(ErrorKind::NoAccount) + 1);
        QVERIFY(modeText(Mode::Test) != modeText(Mode::Live));
        QCOMPARE(statusStyle(CheckoutStatus::Paid).text, statusText(CheckoutStatus::Paid));
        QCOMPARE(modeStyle(Mode::Live).text, modeText(Mode::Live));
    }

    // Painted, then the theme changes: the badge and the banner repaint in the new colours
    // and their text still reads, measured on the pixels.
    void aThemeChangeRepaintsBadgeAndBanner() {
        QApplication::setPalette(m_light);
        QWidget window;
        BadgeLabel status(&window);
        status.setBadge(statusStyle(CheckoutStatus::Paid));
        BadgeLabel mode(&window);
        mode.setBadge(modeStyle(Mode::Test));
        mode.move(0, 40);
        NoticeBanner banner(&window);
        banner.setText(u"Demo data: made up."_s);
        banner.move(0, 80);
        banner.resize(banner.sizeHint());
        for (BadgeLabel *badge : {&status, &mode})
            badge->resize(badge->sizeHint());
        window.resize(400, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QHash<QString, QColor> lightBackgrounds;
        for (const QPalette &palette : {m_light, darkTestPalette()}) {
            QApplication::setPalette(palette);
            QCoreApplication::processEvents();
            const QString theme = palette == m_light ? u"light"_s : u"dark"_s;
            const QList<std::pair<QString, QWidget *>> marks{
                {u"status"_s, &status}, {u"mode"_s, &mode}, {u"banner"_s, &banner}};
            for (const auto &[name, widget] : marks) {
                const QImage image = widget == &banner ? banner.grab().toImage()
                                                       : badgeMiddle(widget->grab().toImage());
                const QColor expected =
                    widget == &banner ? banner.colors().background
                                      : static_cast<BadgeLabel *>(widget)->colors().background;
                const QString what = theme + u' ' + name;
                QCOMPARE(dominantColor(image).name(), expected.name());
                QVERIFY2(textContrast(image) >= minimumTextContrast,
                         qPrintable(what + u": %1"_s.arg(textContrast(image))));
                if (theme == u"light")
                    lightBackgrounds.insert(name, expected);
                else
                    QVERIFY2(expected != lightBackgrounds.value(name), qPrintable(what));
            }
        }
        QApplication::setPalette(m_light);
    }

private:
    QPalette m_light;
};

QTEST_MAIN(TestToneColors)
#include "tst_ToneColors.moc"
