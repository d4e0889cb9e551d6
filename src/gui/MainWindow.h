#pragma once
// MainWindow: placeholder, replaced by the app shell work.
#include <QMainWindow>

namespace bw::gui {
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    using QMainWindow::QMainWindow;
};
} // namespace bw::gui
