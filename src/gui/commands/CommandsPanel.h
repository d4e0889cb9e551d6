#pragma once
// CommandsPanel: the Commands dock: design slash and context-menu commands with their responses,
// see what a sync would change, and sync them to Discord (or the sandbox).

#include <QWidget>

namespace bw {
class Bot;
namespace store {
class Database;
}
} // namespace bw

namespace bw::gui {

class CommandsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandsPanel)

public:
    CommandsPanel(Bot *bot, store::Database *db, QWidget *parent = nullptr);
    ~CommandsPanel() override;

private:
    Bot *m_bot;
    store::Database *m_db;
};

} // namespace bw::gui
