// The baseline for "window visible": the smallest honest Qt Widgets window, a main window with
// a line edit, a table and a status bar, shown at once.
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLineEdit(central));
    layout->addWidget(new QTableView(central));
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1000, 700);
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.show();
    return app.exec();
}
