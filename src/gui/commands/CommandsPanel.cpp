#include "gui/commands/CommandsPanel.h"

#include "gui/Icons.h"
#include "gui/PlaceholderPanel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::gui {

CommandsPanel::CommandsPanel(Bot *bot, store::Database *db, QWidget *parent)
    : QWidget(parent), m_bot(bot), m_db(db)
{
    setObjectName(u"commandsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Icons::panel(u"commands"_s), tr("Commands"),
                                           tr("The slash commands and context-menu commands of your bot."),
                                           {}, this));
}

CommandsPanel::~CommandsPanel() = default;

} // namespace bw::gui
