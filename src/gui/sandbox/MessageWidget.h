#pragma once
// MessageWidget: one sandbox message drawn like Discord: avatar, author, bot tag, time, markdown content,
// embeds with a coloured bar, and components as real buttons and select boxes that report clicks.

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

namespace bw::gui {

class MessageWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)

public:
    /// `names` maps user ids to display names (for mentions).
    explicit MessageWidget(const QJsonObject &message, const QHash<QString, QString> &names,
                           QWidget *parent = nullptr);

    QString messageId() const { return m_id; }

    /// Discord's markdown subset (bold, italic, underline, strike, inline code, code blocks, mentions) as
    /// HTML.
    static QString markdownToHtml(const QString &text, const QHash<QString, QString> &names = {});
    /// The background colour of a button style (1 primary … 5 link).
    static QString buttonColor(int style);

Q_SIGNALS:
    void buttonClicked(const QString &messageId, const QString &customId);
    void linkClicked(const QString &url);
    void selectChosen(const QString &messageId, const QString &customId, const QStringList &values);

private:
    QWidget *buildEmbed(const QJsonObject &embed, const QHash<QString, QString> &names);
    QWidget *buildRow(const QJsonObject &row, bool disabledAll);

    QString m_id;
};

} // namespace bw::gui
