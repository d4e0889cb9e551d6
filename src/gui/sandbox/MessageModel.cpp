#include "gui/sandbox/MessageModel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {
QString id(const QJsonObject &o)
{
    return o.value(u"id"_s).toString();
}
QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}
} // namespace

MessageModel::MessageModel(QObject *parent) : QAbstractListModel(parent) { }

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_view.size())
        return {};
    const QJsonObject &m = m_view.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m.value(u"content"_s).toString();
    case MessageRole:
        return m;
    case IdRole:
        return id(m);
    case EphemeralRole:
        return m.value(key(kEphemeral)).toBool() || (m.value(u"flags"_s).toInteger() & 64);
    case LoadingRole:
        return bool(m.value(u"flags"_s).toInteger() & 128);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {{Qt::DisplayRole, "content"},
            {MessageRole, "message"},
            {IdRole, "messageId"},
            {EphemeralRole, "ephemeral"},
            {LoadingRole, "loading"}};
}

void MessageModel::setChannel(const QString &channelId)
{
    if (m_channel == channelId)
        return;
    m_channel = channelId;
    rebuildView();
}

void MessageModel::setViewer(const QString &userId)
{
    if (m_viewer == userId)
        return;
    m_viewer = userId;
    rebuildView();
}

void MessageModel::loadSnapshot(const QJsonObject &snapshot)
{
    m_channels.clear();
    for (const QJsonValue &g : snapshot.value(u"guilds"_s).toArray()) {
        for (const QJsonValue &cv : g.toObject().value(u"channels"_s).toArray()) {
            const QJsonObject c = cv.toObject();
            const QJsonArray newestFirst = c.value(u"messages"_s).toArray();
            QList<QJsonObject> &list = m_channels[id(c)];
            for (qsizetype i = newestFirst.size() - 1; i >= 0; --i)
                list.append(newestFirst.at(i).toObject());
        }
    }
    rebuildView();
}

void MessageModel::applyEvent(const QString &type, const QJsonObject &data)
{
    const QString channelId = data.value(u"channel_id"_s).toString();
    if (type == "MESSAGE_CREATE"_L1) {
        upsert(channelId, data, false);
    } else if (type == "MESSAGE_UPDATE"_L1) {
        upsert(channelId, data, true);
    } else if (type == "MESSAGE_DELETE"_L1) {
        remove(channelId, id(data));
    } else if (type == "MESSAGE_DELETE_BULK"_L1) {
        for (const QJsonValue &v : data.value(u"ids"_s).toArray())
            remove(channelId, v.toString());
    }
}

bool MessageModel::applyRecord(const QJsonObject &record)
{
    const QString user = record.value(u"user_id"_s).toString();
    const QString channelId = record.value(u"channel_id"_s).toString();
    const QString interactionId = record.value(u"id"_s).toString();
    bool changed = false;
    auto addPrivate = [&](QJsonObject m) {
        if (channelId.isEmpty() || id(m).isEmpty())
            return;
        m.insert(key(kVisibleTo), user);
        m.insert(key(kEphemeral), true);
        if (!m.contains(u"channel_id"_s))
            m.insert(u"channel_id"_s, channelId);
        upsert(channelId, m, false);
        changed = true;
    };
    const QJsonObject reply = record.value(u"reply"_s).toObject();
    if (!reply.isEmpty()
        && (record.value(u"ephemeral"_s).toBool() || (reply.value(u"flags"_s).toInteger() & 64)))
        addPrivate(reply);
    for (const QJsonValue &f : record.value(u"followups"_s).toArray()) {
        QJsonObject fm = f.toObject();
        if (fm.value(u"ephemeral"_s).toBool())
            addPrivate(fm);
    }
    if (record.value(u"status"_s).toString() == "failed"_L1) {
        QJsonObject notice;
        notice.insert(u"id"_s, QString(u"failed:"_s + interactionId));
        notice.insert(u"content"_s, tr("This interaction failed"));
        notice.insert(key(kNotice), true);
        notice.insert(u"message_reference"_s, record.value(u"message_id"_s));
        addPrivate(notice);
    }
    return changed;
}

QJsonObject MessageModel::message(int row) const
{
    return row >= 0 && row < m_view.size() ? m_view.at(row) : QJsonObject();
}

int MessageModel::rowOf(const QString &messageId) const
{
    for (qsizetype i = 0; i < m_view.size(); ++i) {
        if (id(m_view.at(i)) == messageId)
            return int(i);
    }
    return -1;
}

int MessageModel::totalMessages() const
{
    int n = 0;
    for (const auto &list : m_channels)
        n += int(list.size());
    return n;
}

bool MessageModel::visible(const QJsonObject &m) const
{
    const QString to = m.value(key(kVisibleTo)).toString();
    return to.isEmpty() || to == m_viewer;
}

void MessageModel::upsert(const QString &channelId, const QJsonObject &message, bool merge)
{
    QList<QJsonObject> &list = m_channels[channelId];
    const QString messageId = id(message);
    qsizetype at = -1;
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (id(list.at(i)) == messageId) {
            at = i;
            break;
        }
    }
    QJsonObject stored = message;
    if (at >= 0) {
        if (merge) {
            stored = list.at(at);
            for (auto it = message.begin(); it != message.end(); ++it)
                stored.insert(it.key(), it.value());
        } else if (list.at(at).contains(key(kVisibleTo))) {
            stored.insert(key(kVisibleTo), list.at(at).value(key(kVisibleTo)));
            stored.insert(key(kEphemeral), true);
        }
        list[at] = stored;
    } else if (merge) {
        return; // an update of a message we never saw
    } else {
        list.append(stored);
    }
    if (channelId != m_channel || !visible(stored))
        return;
    const int row = rowOf(messageId);
    if (row >= 0) {
        m_view[row] = stored;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        beginInsertRows({}, int(m_view.size()), int(m_view.size()));
        m_view.append(stored);
        endInsertRows();
    }
}

void MessageModel::remove(const QString &channelId, const QString &messageId)
{
    QList<QJsonObject> &list = m_channels[channelId];
    list.removeIf([&](const QJsonObject &m) { return id(m) == messageId; });
    if (channelId != m_channel)
        return;
    const int row = rowOf(messageId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_view.removeAt(row);
        endRemoveRows();
    }
}

void MessageModel::rebuildView()
{
    beginResetModel();
    m_view.clear();
    for (const QJsonObject &m : m_channels.value(m_channel)) {
        if (visible(m))
            m_view.append(m);
    }
    endResetModel();
}

} // namespace bw::gui
