#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString type; // the translation's type attribute: empty when finished
    bool numerus = false;
    QStringList forms; // the translation, or each numerus form
};

QList<TsMessage> readTs(const QString &path, QString *language) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current =
                TsMessage{context, {}, {}, xml.attributes().value("numerus"_L1) == u"yes", {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        return {};
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression pattern(u"%[1-9n]"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

bool hasAccelerator(QString text) {
    static const QRegularExpression pattern(u"&[^&\\s]"_s);
    return text.replace(u"&&"_s, QString()).contains(pattern);
}

QString tsPath(const QString &language) {
    return QStringLiteral(PAYDESK_SOURCE_DIR "/translations/paydesk_%1.ts").arg(language);
}

// "Cancel" of Qt's dialog buttons as Qt's own translation file for `language` has it.
QString qtString(const QString &language) {
    QTranslator translator;
    if (!translator.load(u"qtbase_"_s + language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return u"(no qtbase_%1.qm)"_s.arg(language);
    const QString text = translator.translate("QPlatformTheme", "Cancel");
    return text.isEmpty() || text == u"Cancel" ? u"(untranslated)"_s : text;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("PAYDESK_LANG"); }

    void cleanupTestCase() {
        qunsetenv("PAYDESK_LANG");
        QLocale::setDefault(QLocale::c());
    }

    void chooseUiLocale_data() {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");

        QTest::newRow("override ar") << u"ar"_s << QStringList{u"fr-FR"_s} << u"C"_s << u"ar_DZ"_s;
        QTest::newRow("override fr") << u"fr"_s << QStringList{u"ar-DZ"_s} << u"C"_s << u"fr_FR"_s;
        QTest::newRow("override with territory")
            << u"fr_BE"_s << QStringList{} << u"C"_s << u"fr_BE"_s;
        QTest::newRow("override with encoding")
            << u"ar_MA.UTF-8"_s << QStringList{} << u"C"_s << u"ar_MA"_s;
        QTest::newRow("unsupported override falls back to the system")
            << u"de"_s << QStringList{u"fr-CA"_s, u"fr"_s} << u"fr_CA"_s << u"fr_CA"_s;
        QTest::newRow("first supported system language")
            << QString() << QStringList{u"de-DE"_s, u"ar-TN"_s, u"fr"_s} << u"de_DE"_s
            << u"ar_TN"_s;
        QTest::newRow("bare language keeps the system's territory")
            << u"ar"_s << QStringList{u"ar-MA"_s} << u"ar_MA"_s << u"ar_MA"_s;
        QTest::newRow("nothing supported means English")
            << QString() << QStringList{u"de-DE"_s, u"es"_s} << u"de_DE"_s << u"en_US"_s;
        QTest::newRow("C locale means English")
            << QString() << QStringList{u"C"_s} << u"C"_s << u"en_US"_s;
    }

    void chooseUiLocale() {
        QFETCH(QString, override);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Paydesk::chooseUiLocale(override, uiLanguages, QLocale(system)).name(), expected);
    }

    void arabicIsRightToLeft() {
        qputenv("PAYDESK_LANG", "ar");
        const QLocale locale = Paydesk::installTranslations(*QCoreApplication::instance());
        QCOMPARE(locale.name(), u"ar_DZ"_s);
        QCOMPARE(QLocale().name(), u"ar_DZ"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QCoreApplication::translate("Paydesk::StatusStyle", "Paid"), u"مدفوعة"_s);
        QCOMPARE(QCoreApplication::translate("Paydesk::MainWindow", "Looking up %n checkout(s)…",
                                             nullptr, 2),
                 u"جارٍ البحث عن عمليتَي دفع…"_s);
        // Qt's own strings (dialog buttons, context menus) come from qtbase_ar.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtString(u"ar"_s));
    }

    void frenchIsLeftToRight() {
        qputenv("PAYDESK_LANG", "ar");
        Paydesk::installTranslations(*QCoreApplication::instance());
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

        // Switching language replaces the translators and turns the layout back.
        qputenv("PAYDESK_LANG", "fr");
        const QLocale locale = Paydesk::installTranslations(*QCoreApplication::instance());
        QCOMPARE(locale.name(), u"fr_FR"_s);
        QCOMPARE(QLocale().name(), u"fr_FR"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("Paydesk::StatusStyle", "Paid"), u"Payée"_s);
        QCOMPARE(QCoreApplication::translate("Paydesk::MainWindow", "Looking up %n checkout(s)…",
                                             nullptr, 3),
                 u"Recherche de 3 paiements…"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtString(u"fr"_s));
    }

    void unsupportedLanguageIsEnglish() {
        qputenv("PAYDESK_LANG", "ar");
        Paydesk::installTranslations(*QCoreApplication::instance());
        // The tests run with LC_ALL=C: an unsupported override falls back to English.
        qputenv("PAYDESK_LANG", "de");
        const QLocale locale = Paydesk::installTranslations(*QCoreApplication::instance());
        QCOMPARE(locale.name(), u"en_US"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("Paydesk::StatusStyle", "Paid"), u"Paid"_s);
    }

    void compiledIntoResources_data() {
        QTest::addColumn<QString>("language");
        for (const QString &language : Paydesk::supportedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void compiledIntoResources() {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(u":/i18n/paydesk_%1.qm"_s.arg(language)));
    }

    // English is the source language: paydesk_en.ts holds one entry per text with a count,
    // with both English forms, and the tree has no count without one.
    void englishPluralForms() {
        QString declared;
        const QList<TsMessage> english = readTs(tsPath(u"en"_s), &declared);
        QCOMPARE(declared, u"en"_s);
        QVERIFY(!english.isEmpty());
        QSet<QString> covered;
        QStringList problems;
        for (const TsMessage &m : english) {
            const QString where = m.context + u" \""_s + m.source + u"\": "_s;
            covered.insert(m.context + u'|' + m.source);
            if (!m.numerus) {
                problems << where + u"not a plural"_s;
                continue;
            }
            if (!m.type.isEmpty())
                problems << where + m.type;
            if (m.forms.size() != 2) {
                problems << where + u"%1 forms"_s.arg(m.forms.size());
                continue;
            }
            for (const QString &form : m.forms) {
                if (!form.contains(u"%n"_s) || form.contains(u"(s)"_s))
                    problems << where + u"form \""_s + form + u'"';
            }
            // "%n found" is the same word for one and many; a "(s)" text needs two forms.
            if (m.source.contains(u"(s)"_s) && m.forms.at(0) == m.forms.at(1))
                problems << where + u"one form for both"_s;
        }
        // The French file lists every text of the tree (lupdate without -pluralonly).
        QString french;
        for (const TsMessage &m : readTs(tsPath(u"fr"_s), &french)) {
            const QString where = m.context + u" \""_s + m.source + u"\": "_s;
            if (m.numerus && !covered.contains(m.context + u'|' + m.source))
                problems << where + u"no English plural forms"_s;
            if (!m.numerus && m.source.contains(u"(s)"_s))
                problems << where + u"a count without plural forms"_s;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        qputenv("PAYDESK_LANG", "en");
        Paydesk::installTranslations(*QCoreApplication::instance());
        const auto notFound = [](int n) {
            return QCoreApplication::translate("Paydesk::AccountResolution",
                                               "Checkout %1 was not found in %n account(s): %2.",
                                               nullptr, n);
        };
        QCOMPARE(notFound(1), u"Checkout %1 was not found in 1 account: %2."_s);
        QCOMPARE(notFound(3), u"Checkout %1 was not found in 3 accounts: %2."_s);
        QCOMPARE(QCoreApplication::translate("Paydesk::MainWindow", "Looking up %n checkout(s)…",
                                             nullptr, 1),
                 u"Looking up 1 checkout…"_s);
    }

    void tsFileComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::addColumn<QString>("direction");
        QTest::newRow("fr") << u"fr"_s << 2 << u"LTR"_s;
        QTest::newRow("ar") << u"ar"_s << 6 << u"RTL"_s;
    }

    void tsFileComplete() {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QFETCH(QString, direction);

        QString declared;
        const QList<TsMessage> messages = readTs(tsPath(language), &declared);
        QVERIFY2(messages.size() > 100, qPrintable(tsPath(language)));
        QCOMPARE(declared, language);

        bool sawDirection = false;
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = m.context + u" \""_s + m.source + u"\": "_s;
            if (!m.type.isEmpty()) {
                problems << where + m.type;
                continue;
            }
            if (m.context == u"QGuiApplication" && m.source == u"QT_LAYOUT_DIRECTION") {
                sawDirection = true;
                if (m.forms != QStringList{direction})
                    problems << where + m.forms.join(u'|');
            }
            if (m.numerus && m.forms.size() != numerusForms)
                problems << where + u"%1 plural forms"_s.arg(m.forms.size());
            QSet<QString> expected = placeholders(m.source);
            const bool numbered = expected.remove(u"%n"_s);
            bool sawCount = false;
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << where + u"empty"_s;
                    continue;
                }
                QSet<QString> got = placeholders(form);
                sawCount |= got.remove(u"%n"_s);
                if (got != expected)
                    problems << where + u"placeholders differ in \""_s + form + u'"';
                if (hasAccelerator(m.source) && !hasAccelerator(form))
                    problems << where + u"no accelerator in \""_s + form + u'"';
            }
            // Arabic says "one" and "two" in words; the general plural form still counts.
            if (numbered && (!sawCount || !placeholders(m.forms.constLast()).contains(u"%n"_s)))
                problems << where + u"%n lost"_s;
            if (!numbered && sawCount)
                problems << where + u"%n added"_s;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(sawDirection);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
