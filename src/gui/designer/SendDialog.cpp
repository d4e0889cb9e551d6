#include "gui/designer/SendDialog.h"

#include "ui_DesignerSendDialog.h"

#include <QComboBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

namespace {
// Channel types a message can be posted in: text, announcement, threads, voice and stage text chats.
bool isMessageChannel(int type)
{
    return type == 0 || type == 2 || type == 5 || type == 10 || type == 11 || type == 12 || type == 13;
}
} // namespace

SendDialog::SendDialog(const QList<GuildInfo> &guilds, const QString &viewName,
                       const QString &preferredChannel, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DesignerSendDialog>()), m_guilds(guilds)
{
    m_ui->setupUi(this);
    setObjectName(u"designerSendDialog"_s);
    setWindowTitle(tr("Send “%1”").arg(viewName));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    for (const GuildInfo &g : std::as_const(m_guilds)) {
        if (!g.unavailable)
            m_ui->guildCombo->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
    }
    connect(m_ui->guildCombo, &QComboBox::currentIndexChanged, this, &SendDialog::fillChannels);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!channelId().isEmpty()); });
    fillChannels();
    if (!preferredChannel.isEmpty())
        selectChannel(preferredChannel);
    if (m_ui->guildCombo->count() == 0)
        m_ui->noteLabel->setText(tr("The bot sees no server yet."));
}

SendDialog::~SendDialog() = default;

void SendDialog::fillChannels()
{
    m_ui->channelCombo->clear();
    const QString guild = guildId();
    for (const GuildInfo &g : std::as_const(m_guilds)) {
        if (g.id != guild)
            continue;
        for (const ChannelInfo &c : g.channels) {
            if (isMessageChannel(c.type))
                m_ui->channelCombo->addItem(u"#"_s + c.name, c.id);
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!channelId().isEmpty());
}

QString SendDialog::guildId() const
{
    return m_ui->guildCombo->currentData().toString();
}

QString SendDialog::channelId() const
{
    return m_ui->channelCombo->currentData().toString();
}

bool SendDialog::selectChannel(const QString &idOrName)
{
    const QString name = idOrName.startsWith(u'#') ? idOrName.mid(1) : idOrName;
    for (int gi = 0; gi < m_guilds.size(); ++gi) {
        for (const ChannelInfo &c : m_guilds.at(gi).channels) {
            if (c.id != idOrName && c.name != name)
                continue;
            const int g = m_ui->guildCombo->findData(m_guilds.at(gi).id);
            if (g < 0)
                continue;
            m_ui->guildCombo->setCurrentIndex(g);
            const int ch = m_ui->channelCombo->findData(c.id);
            if (ch < 0)
                continue;
            m_ui->channelCombo->setCurrentIndex(ch);
            return true;
        }
    }
    return false;
}

} // namespace bw::gui::designer
