#pragma once
// SendDialog: picks the guild and text channel a view is sent to, from the bot's guild cache
// (ui/DesignerSendDialog.ui).

#include "bot/GuildCache.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DesignerSendDialog;
}

namespace bw::gui::designer {

class SendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDialog)

public:
    /// `viewName` is named in the title; `preferredChannel` is selected when present.
    SendDialog(const QList<GuildInfo> &guilds, const QString &viewName, const QString &preferredChannel = {},
               QWidget *parent = nullptr);
    ~SendDialog() override;

    QString guildId() const;
    QString channelId() const;
    /// Selects a channel by id or name (in the current guild first); false when there is none such.
    bool selectChannel(const QString &idOrName);

private:
    void fillChannels();

    std::unique_ptr<Ui::DesignerSendDialog> m_ui;
    QList<GuildInfo> m_guilds;
};

} // namespace bw::gui::designer
