#pragma once

#include <QMainWindow>

namespace Paydesk {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Paydesk
