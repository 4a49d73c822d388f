// Replays one fuzz target's inputs (its seeds and past findings) through its
// LLVMFuzzerTestOneInput in the normal build: an input that breaks a property aborts, and the
// test fails with the input's name in the log.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Defined by the targets that need a set-up (the image decoder's plugins).
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

class TestFuzzReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (LLVMFuzzerInitialize) {
            int argc = 0;
            char **argv = nullptr;
            LLVMFuzzerInitialize(&argc, &argv);
        }
    }

    void replay_data() {
        QTest::addColumn<QString>("path");
        int inputs = 0;
        const QStringList dirs =
            QString::fromUtf8(PAYDESK_FUZZ_INPUT_DIRS).split(u'|', Qt::SkipEmptyParts);
        for (const QString &dir : dirs) {
            const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &file : files) {
                QTest::newRow(qPrintable(file.dir().dirName() + u'/' + file.fileName()))
                    << file.filePath();
                ++inputs;
            }
        }
        QVERIFY2(inputs >= 2, "a fuzz target without seeds: " PAYDESK_FUZZ_TARGET);
    }

    void replay() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                        static_cast<std::size_t>(input.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_FuzzReplay.moc"
