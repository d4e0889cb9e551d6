#pragma once
// SandboxPanel: a Discord-like view of the embedded sandbox: channels, messages with embeds and clickable
// components, an "acting as" user picker, a composer, and the bot's answers as that user sees them.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace bw {
class Bot;
}
namespace bw::sandbox {
class SandboxHost;
}

namespace bw::gui {

class MessageModel;
class SandboxBridge;

class SandboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)

public:
    /// `bot` may be null (then only attachSandbox() connects the panel). Attaches at once when the bot's
    /// sandbox runs, otherwise offers "Start sandbox".
    explicit SandboxPanel(Bot *bot, QWidget *parent = nullptr);
    ~SandboxPanel() override;

    /// Shows this sandbox (its server lives on the host's thread; all calls are queued to it).
    void attachSandbox(sandbox::SandboxHost *host);
    bool isAttached() const { return m_bridge != nullptr; }

    MessageModel *model() const { return m_model; }
    QString actingUserId() const;
    /// Picks the acting user by id or name; returns false if unknown.
    bool setActingUser(const QString &nameOrId);
    QString currentChannelId() const;
    bool selectChannel(const QString &channelIdOrName);
    /// Shows a channel's message: selects the channel and scrolls to the message, highlighted (now or once
    /// the channel's messages are rendered). Returns false when the channel is unknown.
    bool showMessage(const QString &channelId, const QString &messageId);
    /// The message showMessage() highlighted last (empty until then).
    QString highlightedMessageId() const { return m_highlighted; }
    /// The interactions this panel started, newest last.
    QStringList interactionIds() const { return m_interactionOrder; }
    /// Splits "/name a:1 b:\"two words\"" into the command name and its [{name, value}] options.
    static QString parseCommand(const QString &text, QJsonArray *options);

Q_SIGNALS:
    void worldLoaded();
    void interactionStarted(const QString &interactionId, const QString &kind);
    void messagesRendered();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    QWidget *buildConnectionBox(QWidget *parent);
    void showConnection(sandbox::SandboxHost *host);
    void startSandbox();
    void applySnapshot(const QJsonObject &snapshot);
    void onEvent(const QString &type, const QJsonObject &data);
    void onRecord(const QString &interactionId, const QJsonObject &record);
    void onSimulated(const QString &kind, const QString &user, const QString &interactionId);
    void scheduleRender();
    void render();
    void send();
    void updateHeader();
    void showStatus(const QString &text, bool error = false);
    bool highlightMessage();

    QPointer<Bot> m_bot;
    SandboxBridge *m_bridge = nullptr;
    MessageModel *m_model;
    QHash<QString, QString> m_names; // user id -> display name
    QHash<QString, QString> m_channelNames; // channel id -> name
    QHash<QString, QString> m_roleNames; // role id -> name (without @everyone)
    QHash<QString, QString> m_interactionUser; // interactions started here -> user id
    QStringList m_interactionOrder;
    QSet<QString> m_modalsShown;
    QString m_botUserId;
    quint16 m_port = 0;
    bool m_renderPending = false;
    bool m_stickToBottom = true;
    QString m_highlighted; // message id showMessage() asked for
    bool m_highlightPending = false;

    QWidget *m_sidebar = nullptr;
    QLabel *m_guildLabel = nullptr;
    QListWidget *m_channels = nullptr;
    QComboBox *m_actingAs = nullptr;
    QLabel *m_portLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_channelTitle = nullptr;
    QLabel *m_channelTopic = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_messagesHost = nullptr;
    QVBoxLayout *m_messagesLayout = nullptr;
    QLineEdit *m_composer = nullptr;
    QLabel *m_status = nullptr;
    // connection details for outside bots (discord.js, discord.py, ...)
    QWidget *m_connectionBox = nullptr;
    QLineEdit *m_restBase = nullptr;
    QLineEdit *m_gatewayUrl = nullptr;
    QLineEdit *m_tokenField = nullptr;
    QPushButton *m_revealToken = nullptr;
    QLineEdit *m_applicationId = nullptr;
};

} // namespace bw::gui
