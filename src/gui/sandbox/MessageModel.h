#pragma once
// MessageModel: the sandbox's messages of one channel as one simulated user sees them: everyone's messages
// (fed by the world snapshot and MESSAGE_CREATE/UPDATE/DELETE) plus that user's ephemeral answers.

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace bw::gui {

class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    enum Role { MessageRole = Qt::UserRole + 1, IdRole, EphemeralRole, LoadingRole };

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Which channel is shown and whose ephemeral messages are visible.
    void setChannel(const QString &channelId);
    QString channel() const { return m_channel; }
    void setViewer(const QString &userId);
    QString viewer() const { return m_viewer; }

    /// Replaces everything with the channels of a worldSnapshot() (messages newest first).
    void loadSnapshot(const QJsonObject &snapshot);
    /// MESSAGE_CREATE / MESSAGE_UPDATE / MESSAGE_DELETE / MESSAGE_DELETE_BULK.
    void applyEvent(const QString &type, const QJsonObject &data);
    /// An interaction's answer record: ephemeral replies, follow-ups and failures become messages that only
    /// the interacting user sees. Returns true if something changed.
    bool applyRecord(const QJsonObject &record);

    QJsonObject message(int row) const;
    /// The row of a message in the current view, or -1.
    int rowOf(const QString &messageId) const;
    int totalMessages() const;

    // marks on pseudo-messages
    static constexpr auto kVisibleTo = "_visible_to";
    static constexpr auto kEphemeral = "_ephemeral";
    static constexpr auto kNotice = "_notice";

private:
    void upsert(const QString &channelId, const QJsonObject &message, bool merge);
    void remove(const QString &channelId, const QString &messageId);
    void rebuildView();
    bool visible(const QJsonObject &m) const;

    QHash<QString, QList<QJsonObject>> m_channels; // oldest first
    QString m_channel;
    QString m_viewer;
    QList<QJsonObject> m_view;
};

} // namespace bw::gui
