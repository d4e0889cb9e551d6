#include "gui/sandbox/SandboxPanel.h"

#include "bot/Bot.h"
#include "core/Logging.h"
#include "gui/sandbox/MessageModel.h"
#include "gui/sandbox/MessageWidget.h"
#include "gui/sandbox/ModalDialog.h"
#include "gui/sandbox/SandboxBridge.h"
#include "sandbox/SandboxHost.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
// When to look at an unanswered interaction again: just after the 3-second deadline, and once more later.
constexpr int kDeadlineCheckMs = 3300;
constexpr int kLateCheckMs = 16000;

QString displayName(const QJsonObject &user)
{
    const QString g = user.value(u"global_name"_s).toString();
    return g.isEmpty() ? user.value(u"username"_s).toString() : g;
}
} // namespace

SandboxPanel::SandboxPanel(Bot *bot, QWidget *parent)
    : QWidget(parent), m_bot(bot), m_model(new MessageModel(this))
{
    setObjectName(u"sandboxPanel"_s);
    buildUi();
    connect(m_model, &QAbstractItemModel::modelReset, this, &SandboxPanel::scheduleRender);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SandboxPanel::scheduleRender);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SandboxPanel::scheduleRender);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SandboxPanel::scheduleRender);
    if (m_bot) {
        if (m_bot->sandbox())
            attachSandbox(m_bot->sandbox());
        // The bot starts its sandbox on demand when it starts on a Sandbox profile.
        connect(m_bot->state(), &BotState::statusChanged, this, [this] {
            if (!m_bridge && m_bot && m_bot->sandbox() && m_bot->sandbox()->isRunning())
                attachSandbox(m_bot->sandbox());
        });
    }
}

SandboxPanel::~SandboxPanel()
{
    if (m_bridge)
        m_bridge->deleteLater(); // on the sandbox thread
}

void SandboxPanel::buildUi()
{
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        u"#sandboxPanel { background-color:#313338; }"
        " #sandboxSidebar { background-color:#2b2d31; }"
        " #sandboxSidebar QLabel { color:#949ba4; }"
        " #channelList { background-color:#2b2d31; border:none; color:#949ba4; font-size:15px; outline:0; }"
        " #channelList::item { padding:5px 8px; border-radius:4px; margin:1px 6px; }"
        " #channelList::item:selected { background-color:#404249; color:#f2f3f5; }"
        " #channelList::item:hover:!selected { background-color:#35373c; color:#dbdee1; }"
        " #actingUserCombo { background-color:#1e1f22; color:#dbdee1; border:none; border-radius:4px;"
        " padding:4px 8px; }"
        " #startSandboxButton { background-color:#248046; color:white; border:none; border-radius:3px;"
        " padding:6px 12px; }"
        " #channelHeader { background-color:#313338; border-bottom:1px solid #1f2023; }"
        " #messageScroll, #messagesHost { background-color:#313338; border:none; }"
        " #composer { background-color:#383a40; color:#dbdee1; border:none; border-radius:8px;"
        " padding:10px 14px; font-size:15px; }"
        " #sandboxStatus { color:#949ba4; font-size:12px; }"
        " QScrollBar:vertical { background:#2b2d31; width:8px; border:none; }"
        " QScrollBar::handle:vertical { background:#1a1b1e; border-radius:4px; min-height:24px; }"
        " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height:0; }"_s);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // ---- side bar: guild, channels, acting user, sandbox state
    auto *side = new QWidget(this);
    side->setObjectName(u"sandboxSidebar"_s);
    side->setAttribute(Qt::WA_StyledBackground);
    side->setFixedWidth(190);
    m_sidebar = side;
    auto *sv = new QVBoxLayout(side);
    sv->setContentsMargins(0, 0, 0, 8);
    sv->setSpacing(6);
    m_guildLabel = new QLabel(tr("Sandbox"), side);
    m_guildLabel->setObjectName(u"guildName"_s);
    m_guildLabel->setStyleSheet(u"color:#f2f3f5; font-weight:bold; font-size:15px; padding:12px 14px;"
                                " border-bottom:1px solid #1f2023;"_s);
    sv->addWidget(m_guildLabel);
    auto *channelsCaption = new QLabel(tr("TEXT CHANNELS"), side);
    channelsCaption->setStyleSheet(u"font-size:11px; font-weight:bold; padding:8px 14px 0 14px;"_s);
    sv->addWidget(channelsCaption);
    m_channels = new QListWidget(side);
    m_channels->setObjectName(u"channelList"_s);
    m_channels->setAccessibleName(tr("Channels"));
    sv->addWidget(m_channels, 1);
    connect(m_channels, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        m_stickToBottom = true;
        m_model->setChannel(item->data(kIdRole).toString());
        updateHeader();
    });

    auto *actingCaption = new QLabel(tr("ACTING AS"), side);
    actingCaption->setStyleSheet(u"font-size:11px; font-weight:bold; padding:0 14px;"_s);
    sv->addWidget(actingCaption);
    m_actingAs = new QComboBox(side);
    m_actingAs->setObjectName(u"actingUserCombo"_s);
    m_actingAs->setAccessibleName(tr("Acting as"));
    m_actingAs->setToolTip(tr("The simulated user who posts, clicks and sees ephemeral answers"));
    auto *actingWrap = new QHBoxLayout;
    actingWrap->setContentsMargins(10, 0, 10, 0);
    actingWrap->addWidget(m_actingAs);
    sv->addLayout(actingWrap);
    connect(m_actingAs, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setViewer(actingUserId());
        updateHeader();
    });

    m_startButton = new QPushButton(tr("Start sandbox"), side);
    m_startButton->setObjectName(u"startSandboxButton"_s);
    auto *startWrap = new QHBoxLayout;
    startWrap->setContentsMargins(10, 0, 10, 0);
    startWrap->addWidget(m_startButton);
    sv->addLayout(startWrap);
    connect(m_startButton, &QPushButton::clicked, this, &SandboxPanel::startSandbox);
    m_portLabel = new QLabel(tr("Sandbox not running"), side);
    m_portLabel->setObjectName(u"sandboxPortLabel"_s);
    m_portLabel->setStyleSheet(u"font-size:12px; padding:0 14px;"_s);
    m_portLabel->setWordWrap(true);
    sv->addWidget(m_portLabel);
    m_connectionBox = buildConnectionBox(side);
    sv->addWidget(m_connectionBox);
    outer->addWidget(side);

    // ---- channel: header, messages, composer
    auto *main = new QWidget(this);
    auto *mv = new QVBoxLayout(main);
    mv->setContentsMargins(0, 0, 0, 0);
    mv->setSpacing(0);
    auto *header = new QWidget(main);
    header->setObjectName(u"channelHeader"_s);
    header->setAttribute(Qt::WA_StyledBackground);
    auto *hh = new QHBoxLayout(header);
    hh->setContentsMargins(16, 10, 16, 10);
    m_channelTitle = new QLabel(header);
    m_channelTitle->setObjectName(u"channelTitle"_s);
    m_channelTitle->setStyleSheet(u"color:#f2f3f5; font-weight:bold; font-size:15px;"_s);
    hh->addWidget(m_channelTitle);
    m_channelTopic = new QLabel(header);
    m_channelTopic->setStyleSheet(u"color:#949ba4; font-size:13px;"_s);
    hh->addWidget(m_channelTopic, 1);
    mv->addWidget(header);

    m_scroll = new QScrollArea(main);
    m_scroll->setObjectName(u"messageScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(
        Qt::ScrollBarAsNeeded); // a row of buttons wider than a narrow dock
    m_messagesHost = new QWidget;
    m_messagesHost->setObjectName(u"messagesHost"_s);
    m_messagesLayout = new QVBoxLayout(m_messagesHost);
    m_messagesLayout->setContentsMargins(0, 8, 0, 8);
    m_messagesLayout->setSpacing(2);
    m_messagesLayout->addStretch();
    m_scroll->setWidget(m_messagesHost);
    mv->addWidget(m_scroll, 1);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_stickToBottom)
            bar->setValue(max);
    });
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_stickToBottom = value >= bar->maximum() - 4; });

    auto *composerWrap = new QVBoxLayout;
    composerWrap->setContentsMargins(16, 4, 16, 10);
    composerWrap->setSpacing(4);
    m_composer = new QLineEdit(main);
    m_composer->setObjectName(u"composer"_s);
    m_composer->setAccessibleName(tr("Message"));
    m_composer->setEnabled(false);
    connect(m_composer, &QLineEdit::returnPressed, this, &SandboxPanel::send);
    composerWrap->addWidget(m_composer);
    m_status = new QLabel(main);
    m_status->setObjectName(u"sandboxStatus"_s);
    composerWrap->addWidget(m_status);
    mv->addLayout(composerWrap);
    outer->addWidget(main, 1);
    updateHeader();
}

QWidget *SandboxPanel::buildConnectionBox(QWidget *parent)
{
    // What a discord.js or discord.py bot needs to attach to this sandbox (see docs/sandbox.md).
    auto *box = new QWidget(parent);
    box->setObjectName(u"connectionBox"_s);
    box->setStyleSheet(u"QLineEdit { background-color:#1e1f22; color:#dbdee1; border:none; border-radius:3px;"
                       " padding:2px 4px; font-size:11px; }"
                       " QToolButton, QPushButton { background-color:#4e5058; color:#f2f3f5; border:none;"
                       " border-radius:3px; padding:2px 6px; font-size:11px; }"_s);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(10, 4, 10, 0);
    v->setSpacing(2);
    auto *caption = new QLabel(tr("CONNECT A BOT"), box);
    caption->setStyleSheet(u"font-size:11px; font-weight:bold;"_s);
    caption->setToolTip(tr("discord.js: new Client({ rest: { api: '<REST base without /v10>' } })\n"
                           "discord.py: discord.http.Route.BASE = '<REST base>' and\n"
                           "discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL('<gateway URL>')"));
    v->addWidget(caption);
    auto field = [&](const QString &label, const QString &name) {
        auto *l = new QLabel(label, box);
        l->setStyleSheet(u"font-size:11px;"_s);
        v->addWidget(l);
        auto *row = new QHBoxLayout;
        row->setSpacing(3);
        auto *e = new QLineEdit(box);
        e->setObjectName(name);
        e->setReadOnly(true);
        e->setAccessibleName(label);
        l->setBuddy(e);
        row->addWidget(e, 1);
        auto *copy = new QPushButton(tr("Copy"), box);
        copy->setObjectName(name + u"Copy"_s);
        copy->setAccessibleName(tr("Copy %1").arg(label));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
        connect(copy, &QPushButton::clicked, this, [e] { QApplication::clipboard()->setText(e->text()); });
        row->addWidget(copy);
        v->addLayout(row);
        return std::make_pair(e, row);
    };
    m_restBase = field(tr("REST base"), u"restBaseField"_s).first;
    m_gatewayUrl = field(tr("Gateway URL"), u"gatewayUrlField"_s).first;
    auto [token, tokenRow] = field(tr("Bot token"), u"tokenField"_s);
    m_tokenField = token;
    m_tokenField->setEchoMode(QLineEdit::Password); // masked until revealed
    m_revealToken = new QPushButton(tr("Show"), box);
    m_revealToken->setObjectName(u"revealTokenButton"_s);
    m_revealToken->setCheckable(true);
    m_revealToken->setAccessibleName(tr("Show the bot token"));
    connect(m_revealToken, &QPushButton::toggled, this, [this](bool shown) {
        m_tokenField->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    tokenRow->insertWidget(1, m_revealToken);
    m_applicationId = field(tr("Application id"), u"applicationIdField"_s).first;
    box->hide(); // shown once a sandbox is attached
    return box;
}

void SandboxPanel::showConnection(sandbox::SandboxHost *host)
{
    m_restBase->setText(host->apiBase().toString());
    m_gatewayUrl->setText(host->gatewayUrl().toString());
    m_tokenField->setText(host->botToken());
    m_applicationId->setText(host->applicationId());
    for (QLineEdit *e : {m_restBase, m_gatewayUrl, m_applicationId})
        e->setCursorPosition(0);
    m_connectionBox->show();
}

QString SandboxPanel::parseCommand(const QString &text, QJsonArray *options)
{
    // "/greet user:alice note:\"two words\"": the name, then name:value pairs (values may be quoted)
    static const QRegularExpression option(u"([\\w-]+):(?:\"([^\"]*)\"|(\\S+))"_s);
    const QString body = text.startsWith(u'/') ? text.mid(1).trimmed() : text.trimmed();
    const QString name = body.section(u' ', 0, 0);
    const QString rest = body.section(u' ', 1);
    for (auto it = option.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(2).isNull() ? m.captured(3) : m.captured(2);
        options->append(QJsonObject {{u"name"_s, m.captured(1)}, {u"value"_s, value}});
    }
    return name;
}

void SandboxPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow dock the channel list gives room to the messages.
    m_sidebar->setFixedWidth(std::clamp(width() * 3 / 10, 130, 190));
}

void SandboxPanel::startSandbox()
{
    if (!m_bot)
        return;
    auto host = m_bot->ensureSandbox();
    if (!host) {
        showStatus(tr("Could not start the sandbox: %1").arg(host.error().toString()), true);
        return;
    }
    attachSandbox(host.value());
}

void SandboxPanel::attachSandbox(sandbox::SandboxHost *host)
{
    if (m_bridge || !host || !host->server())
        return;
    m_bridge = SandboxBridge::create(host);
    if (!m_bridge)
        return;
    m_port = host->port();
    connect(m_bridge, &SandboxBridge::snapshotReady, this, &SandboxPanel::applySnapshot);
    connect(m_bridge, &SandboxBridge::eventDispatched, this, &SandboxPanel::onEvent);
    connect(m_bridge, &SandboxBridge::interactionUpdated, this, &SandboxPanel::onRecord);
    connect(m_bridge, &SandboxBridge::simulated, this, &SandboxPanel::onSimulated);
    connect(m_bridge, &SandboxBridge::simulationFailed, this,
            [this](const QString &kind, const QString &error) {
                showStatus(tr("%1 failed: %2").arg(kind, error), true);
            });
    m_startButton->hide();
    m_portLabel->setText(tr("Sandbox on 127.0.0.1:%1").arg(m_port));
    showConnection(host);
    m_bridge->requestSnapshot();
}

void SandboxPanel::applySnapshot(const QJsonObject &snapshot)
{
    m_botUserId = snapshot.value(u"bot_user_id"_s).toString();
    m_names.clear();
    const QString previousUser = actingUserId();
    QSignalBlocker blockUsers(m_actingAs);
    m_actingAs->clear();
    for (const QJsonValue &uv : snapshot.value(u"users"_s).toArray()) {
        const QJsonObject u = uv.toObject();
        const QString id = u.value(u"id"_s).toString();
        m_names.insert(id, displayName(u));
        if (!u.value(u"bot"_s).toBool())
            m_actingAs->addItem(displayName(u), id);
    }
    const int userIndex = m_actingAs->findData(previousUser);
    m_actingAs->setCurrentIndex(userIndex >= 0 ? userIndex : 0);
    blockUsers.unblock();

    const QString previousChannel = currentChannelId();
    const QString defaultChannel = snapshot.value(u"default_channel_id"_s).toString();
    QSignalBlocker blockChannels(m_channels);
    m_channels->clear();
    m_channelNames.clear();
    const QJsonArray guilds = snapshot.value(u"guilds"_s).toArray();
    if (!guilds.isEmpty())
        m_guildLabel->setText(guilds.first().toObject().value(u"name"_s).toString().toHtmlEscaped());
    m_roleNames.clear();
    for (const QJsonValue &gv : guilds) {
        const QString guildId = gv.toObject().value(u"id"_s).toString();
        for (const QJsonValue &rv : gv.toObject().value(u"roles"_s).toArray()) {
            const QJsonObject r = rv.toObject();
            if (r.value(u"id"_s).toString() != guildId) // not @everyone
                m_roleNames.insert(r.value(u"id"_s).toString(), r.value(u"name"_s).toString());
        }
        QList<QJsonObject> channels;
        for (const QJsonValue &cv : gv.toObject().value(u"channels"_s).toArray()) {
            const QJsonObject c = cv.toObject();
            const int type = c.value(u"type"_s).toInt();
            if (type == 0 || type == 5)
                channels.append(c);
        }
        std::stable_sort(channels.begin(), channels.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"position"_s).toInt() < b.value(u"position"_s).toInt();
        });
        for (const QJsonObject &c : channels) {
            const QString id = c.value(u"id"_s).toString();
            m_channelNames.insert(id, c.value(u"name"_s).toString());
            auto *item = new QListWidgetItem(u"#  "_s + c.value(u"name"_s).toString(), m_channels);
            item->setData(kIdRole, id);
            item->setData(Qt::ToolTipRole, c.value(u"topic"_s).toString());
            item->setData(Qt::AccessibleTextRole, c.value(u"name"_s).toString());
        }
    }
    m_model->loadSnapshot(snapshot);
    m_model->setViewer(actingUserId());
    const QString want = m_channelNames.contains(previousChannel) ? previousChannel : defaultChannel;
    for (int i = 0; i < m_channels->count(); ++i) {
        if (m_channels->item(i)->data(kIdRole).toString() == want)
            m_channels->setCurrentRow(i);
    }
    if (!m_channels->currentItem() && m_channels->count() > 0)
        m_channels->setCurrentRow(0);
    blockChannels.unblock();
    m_model->setChannel(currentChannelId());
    m_composer->setEnabled(true);
    updateHeader();
    scheduleRender();
    Q_EMIT worldLoaded();
}

void SandboxPanel::onEvent(const QString &type, const QJsonObject &data)
{
    if (type.startsWith(u"MESSAGE_"_s)) {
        m_model->applyEvent(type, data);
    } else if (type.startsWith(u"CHANNEL_"_s) || type.startsWith(u"GUILD_"_s)) {
        if (m_bridge)
            m_bridge->requestSnapshot();
    }
}

void SandboxPanel::onRecord(const QString &interactionId, const QJsonObject &record)
{
    m_model->applyRecord(record);
    if (record.value(u"outcome"_s).toString() == "modal"_L1 && m_interactionUser.contains(interactionId)
        && !m_modalsShown.contains(interactionId)) {
        m_modalsShown.insert(interactionId);
        const QString user = m_interactionUser.value(interactionId);
        auto *dialog = new ModalDialog(record.value(u"modal"_s).toObject(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, user, interactionId] {
            if (m_bridge)
                m_bridge->submitModal(user, interactionId, dialog->values());
        });
        dialog->open();
    }
}

void SandboxPanel::onSimulated(const QString &kind, const QString &user, const QString &interactionId)
{
    if (kind == "message"_L1) {
        showStatus({});
        return;
    }
    m_interactionUser.insert(interactionId, user);
    m_interactionOrder.append(interactionId);
    showStatus({});
    // The sandbox reports answers as they come; a missing answer turns into "failed" at the deadline.
    for (int ms : {kDeadlineCheckMs, kLateCheckMs}) {
        QTimer::singleShot(ms, this, [this, interactionId] {
            if (m_bridge)
                m_bridge->requestRecord(interactionId);
        });
    }
    Q_EMIT interactionStarted(interactionId, kind);
}

QString SandboxPanel::actingUserId() const
{
    return m_actingAs->currentData().toString();
}

bool SandboxPanel::setActingUser(const QString &nameOrId)
{
    int i = m_actingAs->findData(nameOrId);
    if (i < 0)
        i = m_actingAs->findText(nameOrId, Qt::MatchFixedString);
    if (i < 0)
        return false;
    m_actingAs->setCurrentIndex(i);
    return true;
}

QString SandboxPanel::currentChannelId() const
{
    const QListWidgetItem *item = m_channels->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

bool SandboxPanel::selectChannel(const QString &channelIdOrName)
{
    for (int i = 0; i < m_channels->count(); ++i) {
        const QString id = m_channels->item(i)->data(kIdRole).toString();
        if (id == channelIdOrName || m_channelNames.value(id) == channelIdOrName) {
            m_channels->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void SandboxPanel::scheduleRender()
{
    if (m_renderPending)
        return;
    m_renderPending = true;
    QTimer::singleShot(0, this, &SandboxPanel::render);
}

void SandboxPanel::render()
{
    m_renderPending = false;
    // Rebuilt as a whole: a channel shows at most the sandbox's last 100 messages plus the new ones.
    while (m_messagesLayout->count() > 1) {
        QLayoutItem *item = m_messagesLayout->takeAt(1);
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (m_model->rowCount() == 0 && !currentChannelId().isEmpty()) {
        auto *empty = new QLabel(
            tr("This is the start of #%1.").arg(m_channelNames.value(currentChannelId())), m_messagesHost);
        empty->setStyleSheet(u"color:#949ba4; padding:16px;"_s);
        m_messagesLayout->addWidget(empty);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *w = new MessageWidget(m_model->message(row), m_names, m_messagesHost);
        connect(w, &MessageWidget::buttonClicked, this,
                [this](const QString &messageId, const QString &customId) {
                    if (m_bridge)
                        m_bridge->click(actingUserId(), messageId, customId);
                });
        connect(w, &MessageWidget::selectChosen, this,
                [this](const QString &messageId, const QString &customId, const QStringList &values) {
                    if (m_bridge)
                        m_bridge->select(actingUserId(), messageId, customId, values);
                });
        connect(w, &MessageWidget::linkClicked, this,
                [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
        // user, role, mentionable and channel selects offer the sandbox's users, roles and channels
        for (QComboBox *box : w->findChildren<QComboBox *>()) {
            const int type = box->property("selectType").toInt();
            if (type == 5 || type == 7) {
                for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
                    box->addItem(it.value(), it.key());
            }
            if (type == 6 || type == 7) {
                for (auto it = m_roleNames.cbegin(); it != m_roleNames.cend(); ++it)
                    box->addItem(u"@"_s + it.value(), it.key());
            }
            if (type == 8) {
                for (auto it = m_channelNames.cbegin(); it != m_channelNames.cend(); ++it)
                    box->addItem(u"#"_s + it.value(), it.key());
            }
        }
        m_messagesLayout->addWidget(w);
    }
    if (m_highlightPending)
        highlightMessage();
    Q_EMIT messagesRendered();
}

bool SandboxPanel::showMessage(const QString &channelId, const QString &messageId)
{
    if (!selectChannel(channelId))
        return false;
    m_highlighted = messageId;
    m_highlightPending = true;
    if (!highlightMessage())
        scheduleRender(); // the channel's messages may still be loading; render() tries again
    return true;
}

bool SandboxPanel::highlightMessage()
{
    // Only the widgets in the layout: render() leaves the old ones to deleteLater().
    for (int i = 0; i < m_messagesLayout->count(); ++i) {
        auto *w = qobject_cast<MessageWidget *>(m_messagesLayout->itemAt(i)->widget());
        if (!w || w->messageId() != m_highlighted)
            continue;
        m_highlightPending = false;
        m_stickToBottom = false;
        w->setAutoFillBackground(true);
        QPalette pal = w->palette();
        pal.setColor(QPalette::Window, QColor(0x44, 0x3f, 0x2a)); // Discord's "jumped to" tint
        w->setPalette(pal);
        w->setProperty("highlighted", true);
        QTimer::singleShot(0, this, [this, w = QPointer<MessageWidget>(w)] {
            if (w)
                m_scroll->ensureWidgetVisible(w, 0, 40);
        });
        return true;
    }
    return false;
}

void SandboxPanel::send()
{
    const QString text = m_composer->text().trimmed();
    if (text.isEmpty() || !m_bridge || currentChannelId().isEmpty())
        return;
    m_stickToBottom = true;
    if (text.startsWith(u'/') && text.size() > 1) {
        QJsonArray options;
        const QString name = parseCommand(text, &options);
        m_bridge->runCommand(actingUserId(), currentChannelId(), name, options);
    } else {
        m_bridge->postMessage(actingUserId(), currentChannelId(), text);
    }
    m_composer->clear();
}

void SandboxPanel::updateHeader()
{
    const QString name = m_channelNames.value(currentChannelId());
    m_channelTitle->setText(name.isEmpty() ? tr("Sandbox") : u"#  "_s + name);
    const QString topic = m_channels->currentItem() ? m_channels->currentItem()->toolTip() : QString();
    m_channelTopic->setText(topic);
    if (m_actingAs->count() > 0 && !name.isEmpty())
        m_composer->setPlaceholderText(
            tr("Message #%1 as %2 (/name option:value runs a command)").arg(name, m_actingAs->currentText()));
    else
        m_composer->setPlaceholderText(tr("Start the sandbox to post messages"));
}

void SandboxPanel::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color:#f23f43; font-size:12px;"_s
                                  : u"color:#949ba4; font-size:12px;"_s);
    m_status->setText(text);
    if (error)
        qCWarning(lcUi) << "sandbox panel:" << text;
}

} // namespace bw::gui
