// The Sandbox panel against a real embedded sandbox (SandboxHost on its own thread): messages posted over
// the REST API appear rendered, clicks and selects become INTERACTION_CREATE for the acting user, and the
// answers sent back through the interaction callback routes show as that user sees them.

#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotState.h"
#include "gui/sandbox/MessageModel.h"
#include "gui/sandbox/MessageWidget.h"
#include "gui/sandbox/ModalDialog.h"
#include "gui/sandbox/SandboxPanel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bw::gui::MessageWidget;
using bw::gui::SandboxPanel;

namespace {

constexpr int kTimeoutMs = 10000;

// Reads something from the server on its own thread (a tiny blocking read, tests only).
class Rest
{
public:
    explicit Rest(bw::sandbox::SandboxHost &host) : m_host(host) { }

    QJsonObject send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                     int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_host.apiBase().toString() + path));
        request.setRawHeader("Authorization", "Bot " + m_host.botToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply
            = m_nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kTimeoutMs))
            qWarning("REST call timed out");
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private:
    bw::sandbox::SandboxHost &m_host;
    QNetworkAccessManager m_nam;
};

QList<MessageWidget *> messageWidgets(SandboxPanel &panel)
{
    return panel.findChildren<MessageWidget *>();
}

MessageWidget *widgetWithText(SandboxPanel &panel, const QString &text)
{
    for (MessageWidget *w : messageWidgets(panel)) {
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->text().contains(text))
                return w;
        }
    }
    return nullptr;
}

QJsonObject componentsMessage()
{
    return QJsonObject {
        {u"content"_s, u"Pick **one** of these, *please*: `counter`"_s},
        {u"components"_s,
         QJsonArray {
             QJsonObject {{u"type"_s, 1},
                          {u"components"_s,
                           QJsonArray {QJsonObject {{u"type"_s, 2},
                                                    {u"style"_s, 1},
                                                    {u"label"_s, u"Click me!"_s},
                                                    {u"custom_id"_s, u"hello:click"_s}},
                                       QJsonObject {{u"type"_s, 2},
                                                    {u"style"_s, 4},
                                                    {u"label"_s, u"Delete"_s},
                                                    {u"custom_id"_s, u"hello:delete"_s}},
                                       QJsonObject {{u"type"_s, 2},
                                                    {u"style"_s, 5},
                                                    {u"label"_s, u"Docs"_s},
                                                    {u"url"_s, u"https://example.com/docs"_s}}}}},
             QJsonObject {
                 {u"type"_s, 1},
                 {u"components"_s,
                  QJsonArray {QJsonObject {
                      {u"type"_s, 3},
                      {u"custom_id"_s, u"colour:pick"_s},
                      {u"placeholder"_s, u"Favourite colour"_s},
                      {u"options"_s,
                       QJsonArray {QJsonObject {{u"label"_s, u"Red"_s}, {u"value"_s, u"red"_s}},
                                   QJsonObject {{u"label"_s, u"Blue"_s}, {u"value"_s, u"blue"_s}}}}}}}}}}};
}

QJsonObject embedMessage()
{
    return QJsonObject {
        {u"content"_s, u"Server status"_s},
        {u"embeds"_s,
         QJsonArray {QJsonObject {
             {u"title"_s, u"Deploy finished"_s},
             {u"description"_s, u"All **3** services are up."_s},
             {u"color"_s, 0x248046},
             {u"fields"_s,
              QJsonArray {
                  QJsonObject {{u"name"_s, u"Region"_s}, {u"value"_s, u"eu-west"_s}, {u"inline"_s, true}},
                  QJsonObject {{u"name"_s, u"Latency"_s}, {u"value"_s, u"38 ms"_s}, {u"inline"_s, true}}}},
             {u"footer"_s, QJsonObject {{u"text"_s, u"Botwright sandbox"_s}}}}}}};
}

} // namespace

class TestSandboxPanel final : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        bw::sandbox::SandboxHost host;
        std::unique_ptr<SandboxPanel> panel;
        QString general;
        QString alice;
        QString bob;
        // INTERACTION_CREATE payloads as a gateway client would get them (id -> data)
        QHash<QString, QJsonObject> created;
        QObject context;

        explicit Fixture(bw::sandbox::SandboxOptions options = {}) : host(options) { }
    };

    std::unique_ptr<Fixture> start(bw::sandbox::SandboxOptions options = {})
    {
        auto f = std::make_unique<Fixture>(options);
        if (!f->host.start())
            return nullptr;
        Fixture *raw = f.get();
        QObject::connect(f->host.server(), &bw::sandbox::SandboxServer::eventDispatched, &f->context,
                         [raw](const QString &type, const QJsonObject &data) {
                             if (type == "INTERACTION_CREATE"_L1)
                                 raw->created.insert(data.value(u"id"_s).toString(), data);
                         });
        f->general = onServer(f->host, [](bw::sandbox::SandboxServer &s) { return s.defaultChannelId(); });
        f->alice = onServer(f->host, [](bw::sandbox::SandboxServer &s) { return s.userId(u"alice"_s); });
        f->bob = onServer(f->host, [](bw::sandbox::SandboxServer &s) { return s.userId(u"bob"_s); });
        f->panel = std::make_unique<SandboxPanel>(nullptr);
        f->panel->resize(900, 700);
        f->panel->show();
        QSignalSpy loaded(f->panel.get(), &SandboxPanel::worldLoaded);
        f->panel->attachSandbox(&f->host);
        if (!loaded.wait(kTimeoutMs))
            return nullptr;
        return f;
    }

    QJsonObject record(Fixture &f, const QString &id)
    {
        return onServer(f.host, [id](bw::sandbox::SandboxServer &s) { return s.interactionRecord(id); });
    }

    bw::test::GuiTestEnvironment m_env;

private Q_SLOTS:
    void markdown()
    {
        const QString html = MessageWidget::markdownToHtml(u"**b** *i* __u__ ~~s~~ `a*b*` <@42> <x>"_s,
                                                           {{u"42"_s, u"Alice"_s}});
        QVERIFY(html.contains(u"<b>b</b>"_s));
        QVERIFY(html.contains(u"<i>i</i>"_s));
        QVERIFY(html.contains(u"<u>u</u>"_s));
        QVERIFY(html.contains(u"<s>s</s>"_s));
        QVERIFY(html.contains(u">a*b*</code>"_s)); // no markup inside code
        QVERIFY(html.contains(u"@Alice"_s));
        QVERIFY(html.contains(u"&lt;x&gt;"_s)); // escaped
        QVERIFY(MessageWidget::markdownToHtml(u"```\n**x**\n```"_s).contains(u"<pre"_s));
        QVERIFY(!MessageWidget::markdownToHtml(u"```\n**x**\n```"_s).contains(u"<b>"_s));
    }

    void showsChannelsUsersAndLiveMessages()
    {
        auto f = start();
        QVERIFY(f);
        auto *channels = f->panel->findChild<QListWidget *>(u"channelList"_s);
        QVERIFY(channels);
        QStringList names;
        for (int i = 0; i < channels->count(); ++i)
            names << channels->item(i)->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(names.contains(u"general"_s) && names.contains(u"support"_s), qPrintable(names.join(u',')));
        QCOMPARE(f->panel->currentChannelId(), f->general);
        auto *acting = f->panel->findChild<QComboBox *>(u"actingUserCombo"_s);
        QVERIFY(acting->findText(u"Alice"_s, Qt::MatchContains | Qt::MatchCaseSensitive) >= 0
                || acting->findData(f->alice) >= 0);
        QVERIFY(acting->findData(f->bob) >= 0);
        QVERIFY(f->panel->findChild<QLabel *>(u"sandboxPortLabel"_s)
                    ->text()
                    .contains(QString::number(f->host.port())));

        Rest rest(f->host);
        int status = 0;
        const QJsonObject posted
            = rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), componentsMessage(), &status);
        QCOMPARE(status, 200);
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), embedMessage());

        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QLabel *>(u"embedTitle"_s), kTimeoutMs);
        QVERIFY(f->panel->findChild<QLabel *>(u"embedTitle"_s)->text().contains(u"Deploy finished"_s));
        auto *button = f->panel->findChild<QPushButton *>(u"button:hello:click"_s);
        QCOMPARE(button->accessibleName(), u"Click me!"_s);
        QVERIFY(button->styleSheet().contains(u"#5865f2"_s));
        QVERIFY(f->panel->findChild<QPushButton *>(u"button:hello:delete"_s)
                    ->styleSheet()
                    .contains(u"#da373c"_s));
        auto *link = f->panel->findChild<QPushButton *>(u"link:https://example.com/docs"_s);
        QVERIFY(link);
        QVERIFY(link->text().contains(u"↗"_s));
        QVERIFY(f->panel->findChild<QComboBox *>(u"select:colour:pick"_s));
        MessageWidget *w = widgetWithText(*f->panel, u"<b>one</b>"_s);
        QVERIFY(w);
        QCOMPARE(w->messageId(), posted.value(u"id"_s).toString());
        QVERIFY(w->findChild<QLabel *>(u"botTag"_s)); // posted by the bot

        // deleting it over REST removes it from the view
        rest.send("DELETE", u"/channels/%1/messages/%2"_s.arg(f->general, posted.value(u"id"_s).toString()),
                  {});
        QTRY_VERIFY_WITH_TIMEOUT(!f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);

        // the composer posts as the acting user
        QVERIFY(f->panel->setActingUser(f->bob));
        auto *composer = f->panel->findChild<QLineEdit *>(u"composer"_s);
        QVERIFY(composer->isEnabled());
        composer->setText(u"hello from Bob"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"hello from Bob"_s), kTimeoutMs);
        const QJsonObject last = f->panel->model()->message(f->panel->model()->rowCount() - 1);
        QCOMPARE(last.value(u"author"_s).toObject().value(u"id"_s).toString(), f->bob);

        // "/name" runs a slash command; an unknown one is refused by the sandbox and the panel says so
        composer->setText(u"/nosuchcommand"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        auto *status2 = f->panel->findChild<QLabel *>(u"sandboxStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status2->text().contains(u"command"_s), kTimeoutMs);
    }

    void connectionDetailsForOutsideBots()
    {
        auto f = start();
        QVERIFY(f);
        auto *box = f->panel->findChild<QWidget *>(u"connectionBox"_s);
        QVERIFY(box && box->isVisible());
        auto field
            = [&](const char *name) { return f->panel->findChild<QLineEdit *>(QLatin1StringView(name)); };
        QCOMPARE(field("restBaseField")->text(), f->host.apiBase().toString());
        QCOMPARE(field("gatewayUrlField")->text(), f->host.gatewayUrl().toString());
        QCOMPARE(field("applicationIdField")->text(), f->host.applicationId());
        // the token is there but masked until revealed
        QLineEdit *token = field("tokenField");
        QCOMPARE(token->text(), f->host.botToken());
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(!token->displayText().contains(f->host.botToken().left(8)));
        auto *reveal = f->panel->findChild<QPushButton *>(u"revealTokenButton"_s);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QCOMPARE(token->displayText(), f->host.botToken());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        // copy puts the real token (not the mask) on the clipboard
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"tokenFieldCopy"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), f->host.botToken());
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"restBaseFieldCopy"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), f->host.apiBase().toString());
        // what they say works: GET /gateway/bot with that token gives that gateway
        Rest rest(f->host);
        int status = 0;
        const QJsonObject gateway = rest.send("GET", u"/gateway/bot"_s, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(gateway.value(u"url"_s).toString(), field("gatewayUrlField")->text());
    }

    void roleSelectsEmbedImagesWrappingRowsAndCommandOptions()
    {
        auto f = start();
        QVERIFY(f);
        Rest rest(f->host);
        QJsonArray five;
        for (int i = 0; i < 5; ++i)
            five.append(QJsonObject {{u"type"_s, 2},
                                     {u"style"_s, 2},
                                     {u"label"_s, u"A rather long button label %1"_s.arg(i)},
                                     {u"custom_id"_s, u"wide:%1"_s.arg(i)}});
        int status = 0;
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general),
                  QJsonObject {
                      {u"content"_s, u"Roles"_s},
                      {u"embeds"_s,
                       QJsonArray {QJsonObject {
                           {u"title"_s, u"With pictures"_s},
                           {u"image"_s, QJsonObject {{u"url"_s, u"https://example.com/big.png"_s}}},
                           {u"thumbnail"_s, QJsonObject {{u"url"_s, u"https://example.com/small.png"_s}}}}}},
                      {u"components"_s,
                       QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, five}},
                                   QJsonObject {{u"type"_s, 1},
                                                {u"components"_s,
                                                 QJsonArray {QJsonObject {
                                                     {u"type"_s, 6}, {u"custom_id"_s, u"role:pick"_s}}}}}}}},
                  &status);
        QCOMPARE(status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QComboBox *>(u"select:role:pick"_s), kTimeoutMs);

        // embed image and thumbnail URLs are carried and shown
        auto *image = f->panel->findChild<QLabel *>(u"embedImage"_s);
        auto *thumb = f->panel->findChild<QLabel *>(u"embedThumbnail"_s);
        QVERIFY(image && thumb);
        QCOMPARE(image->property("url").toString(), u"https://example.com/big.png"_s);
        QCOMPARE(thumb->property("url").toString(), u"https://example.com/small.png"_s);

        // five wide buttons in a narrow panel wrap onto several lines instead of running off the side
        f->panel->resize(520, 700);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:wide:4"_s)->isVisible(),
                                 kTimeoutMs);
        QApplication::processEvents();
        auto *first = f->panel->findChild<QPushButton *>(u"button:wide:0"_s);
        auto *last = f->panel->findChild<QPushButton *>(u"button:wide:4"_s);
        QTRY_VERIFY_WITH_TIMEOUT(last->mapTo(f->panel.get(), QPoint()).y()
                                     > first->mapTo(f->panel.get(), QPoint()).y(),
                                 kTimeoutMs);
        QVERIFY(last->mapTo(f->panel.get(), QPoint(last->width(), 0)).x() <= f->panel->width());

        // a role select offers the guild's roles and the bot gets resolved.roles
        auto *roles = f->panel->findChild<QComboBox *>(u"select:role:pick"_s);
        const int moderator = roles->findText(u"@Moderator"_s);
        QVERIFY2(moderator > 0, qPrintable(roles->itemText(1)));
        QSignalSpy started(f->panel.get(), &SandboxPanel::interactionStarted);
        roles->setCurrentIndex(moderator);
        Q_EMIT roles->activated(moderator); // as when the user picks the entry
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), kTimeoutMs);
        const QString selectId = started.first().at(0).toString();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(selectId), kTimeoutMs);
        const QJsonObject data = f->created.value(selectId).value(u"data"_s).toObject();
        const QString roleId = roles->itemData(moderator).toString();
        QCOMPARE(data.value(u"values"_s).toArray(), QJsonArray {roleId});
        QCOMPARE(data[u"resolved"_s][u"roles"_s][roleId][u"name"_s].toString(), u"Moderator"_s);

        // "/name option:value" runs a slash command with options
        QJsonArray options;
        QCOMPARE(SandboxPanel::parseCommand(u"/greet who:bob note:\"two words\" n:3"_s, &options),
                 u"greet"_s);
        QCOMPARE(options.size(), 3);
        QCOMPARE(options.at(1)[u"value"_s].toString(), u"two words"_s);
        rest.send("POST", u"/applications/%1/commands"_s.arg(f->host.applicationId()),
                  QJsonObject {{u"name"_s, u"greet"_s},
                               {u"description"_s, u"Greets"_s},
                               {u"options"_s,
                                QJsonArray {QJsonObject {
                                    {u"name"_s, u"who"_s}, {u"description"_s, u"u"_s}, {u"type"_s, 6}}}}},
                  &status);
        QCOMPARE(status, 201);
        auto *composer = f->panel->findChild<QLineEdit *>(u"composer"_s);
        started.clear();
        composer->setText(u"/greet who:bob"_s);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), kTimeoutMs);
        const QString commandId = started.first().at(0).toString();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(commandId), kTimeoutMs);
        const QJsonObject cmd = f->created.value(commandId).value(u"data"_s).toObject();
        QCOMPARE(cmd[u"options"_s][0][u"value"_s].toString(), f->bob);
    }

    void clickAnsweredEphemerallyAndDeferred()
    {
        auto f = start();
        QVERIFY(f);
        Rest rest(f->host);
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), componentsMessage());
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);

        // Bob clicks: the sandbox delivers an interaction with Bob as the user
        QVERIFY(f->panel->setActingUser(f->bob));
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f->panel->interactionIds().size(), 1, kTimeoutMs);
        const QString id = f->panel->interactionIds().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(id), kTimeoutMs);
        const QJsonObject interaction = f->created.value(id);
        QCOMPARE(
            interaction.value(u"member"_s).toObject().value(u"user"_s).toObject().value(u"id"_s).toString(),
            f->bob);
        QCOMPARE(interaction.value(u"data"_s).toObject().value(u"custom_id"_s).toString(), u"hello:click"_s);
        QJsonObject r = record(*f, id);
        QCOMPARE(r.value(u"user_id"_s).toString(), f->bob);
        QCOMPARE(r.value(u"status"_s).toString(), u"pending"_s);

        // the "bot" (this test, through the real callback route) answers ephemerally
        int status = 0;
        rest.send(
            "POST", u"/interactions/%1/%2/callback"_s.arg(id, interaction.value(u"token"_s).toString()),
            QJsonObject {
                {u"type"_s, 4},
                {u"data"_s, QJsonObject {{u"content"_s, u"Hi Bob, only you see this"_s}, {u"flags"_s, 64}}}},
            &status);
        QCOMPARE(status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"Hi Bob, only you see this"_s), kTimeoutMs);
        MessageWidget *eph = widgetWithText(*f->panel, u"Hi Bob, only you see this"_s);
        QVERIFY(eph->property("ephemeral").toBool());
        QVERIFY(eph->findChild<QLabel *>(u"ephemeralNote"_s));
        QVERIFY(eph->findChild<QLabel *>(u"ephemeralNote"_s)->text().contains(u"Only you can see this"_s));
        // Alice does not see Bob's ephemeral answer; Bob does again
        QVERIFY(f->panel->setActingUser(f->alice));
        QTRY_VERIFY_WITH_TIMEOUT(!widgetWithText(*f->panel, u"Hi Bob, only you see this"_s), kTimeoutMs);
        QVERIFY(f->panel->setActingUser(f->bob));
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"Hi Bob, only you see this"_s), kTimeoutMs);

        // Alice picks from the select menu; the bot defers, the panel shows "thinking", then the follow-up
        QVERIFY(f->panel->setActingUser(f->alice));
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QComboBox *>(u"select:colour:pick"_s), kTimeoutMs);
        auto *select = f->panel->findChild<QComboBox *>(u"select:colour:pick"_s);
        QCOMPARE(select->count(), 3); // placeholder + 2 options
        Q_EMIT select->activated(2);
        QTRY_COMPARE_WITH_TIMEOUT(f->panel->interactionIds().size(), 2, kTimeoutMs);
        const QString selectId = f->panel->interactionIds().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(selectId), kTimeoutMs);
        const QJsonObject selectInteraction = f->created.value(selectId);
        QCOMPARE(selectInteraction.value(u"data"_s).toObject().value(u"values"_s).toArray(),
                 QJsonArray {u"blue"_s});
        QCOMPARE(record(*f, selectId).value(u"user_id"_s).toString(), f->alice);
        const QString token = selectInteraction.value(u"token"_s).toString();
        rest.send("POST", u"/interactions/%1/%2/callback"_s.arg(selectId, token),
                  QJsonObject {{u"type"_s, 5}}, &status);
        QCOMPARE(status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);
        QVERIFY(f->panel->findChild<QLabel *>(u"thinkingLabel"_s)->text().endsWith(u"is thinking…"_s));
        const QString appId = f->host.applicationId();
        rest.send("PATCH", u"/webhooks/%1/%2/messages/@original"_s.arg(appId, token),
                  QJsonObject {{u"content"_s, u"Blue it is."_s}}, &status);
        QCOMPARE(status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"Blue it is."_s), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);

        // Bob clicks again; an ephemeral deferral shows "thinking" to Bob only until the follow-up fills it
        QVERIFY(f->panel->setActingUser(f->bob));
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f->panel->interactionIds().size(), 3, kTimeoutMs);
        const QString deferredId = f->panel->interactionIds().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(deferredId), kTimeoutMs);
        const QString deferredToken = f->created.value(deferredId).value(u"token"_s).toString();
        rest.send("POST", u"/interactions/%1/%2/callback"_s.arg(deferredId, deferredToken),
                  QJsonObject {{u"type"_s, 5}, {u"data"_s, QJsonObject {{u"flags"_s, 64}}}}, &status);
        QCOMPARE(status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);
        auto *thinkingMessage = qobject_cast<MessageWidget *>(
            f->panel->findChild<QLabel *>(u"thinkingLabel"_s)->parentWidget());
        QVERIFY(thinkingMessage);
        QVERIFY(thinkingMessage->property("ephemeral").toBool());
        QVERIFY(f->panel->setActingUser(f->alice));
        QTRY_VERIFY_WITH_TIMEOUT(!f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);
        QVERIFY(f->panel->setActingUser(f->bob));
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);
        rest.send("POST", u"/webhooks/%1/%2"_s.arg(appId, deferredToken),
                  QJsonObject {{u"content"_s, u"Done thinking, Bob."_s}, {u"flags"_s, 64}}, &status);
        QCOMPARE(status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"Done thinking, Bob."_s), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!f->panel->findChild<QLabel *>(u"thinkingLabel"_s), kTimeoutMs);
        QVERIFY(widgetWithText(*f->panel, u"Done thinking, Bob."_s)->property("ephemeral").toBool());
    }

    void modalSubmitGoesThroughTheProtocol()
    {
        auto f = start();
        QVERIFY(f);
        Rest rest(f->host);
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), componentsMessage());
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f->panel->interactionIds().size(), 1, kTimeoutMs);
        const QString id = f->panel->interactionIds().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(id), kTimeoutMs);
        const QJsonObject modal {
            {u"custom_id"_s, u"feedback"_s},
            {u"title"_s, u"Feedback"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 4},
                                                                {u"custom_id"_s, u"text"_s},
                                                                {u"label"_s, u"Your feedback"_s},
                                                                {u"style"_s, 2}}}}}}}};
        int status = 0;
        rest.send(
            "POST",
            u"/interactions/%1/%2/callback"_s.arg(id, f->created.value(id).value(u"token"_s).toString()),
            QJsonObject {{u"type"_s, 9}, {u"data"_s, modal}}, &status);
        QCOMPARE(status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<bw::gui::ModalDialog *>(u"modalDialog"_s), kTimeoutMs);
        auto *dialog = f->panel->findChild<bw::gui::ModalDialog *>(u"modalDialog"_s);
        QCOMPARE(dialog->windowTitle(), u"Feedback"_s);
        auto *submit = dialog->findChild<QPushButton *>(u"modalSubmit"_s);
        QVERIFY(!submit->isEnabled()); // required input still empty
        auto *input = dialog->findChild<QWidget *>(u"input:text"_s);
        QVERIFY(input);
        QTest::keyClicks(input, u"Great bot"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        // the submission is a new MODAL_SUBMIT interaction (type 5) carrying the value, by the same user
        QTRY_VERIFY_WITH_TIMEOUT(f->created.size() == 2, kTimeoutMs);
        QJsonObject submitted;
        for (const QJsonObject &c : std::as_const(f->created)) {
            if (c.value(u"type"_s).toInt() == 5)
                submitted = c;
        }
        QCOMPARE(submitted.value(u"data"_s).toObject().value(u"custom_id"_s).toString(), u"feedback"_s);
        const QJsonArray rows = submitted.value(u"data"_s).toObject().value(u"components"_s).toArray();
        QCOMPARE(rows.first()
                     .toObject()
                     .value(u"components"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"value"_s)
                     .toString(),
                 u"Great bot"_s);
        QCOMPARE(
            submitted.value(u"member"_s).toObject().value(u"user"_s).toObject().value(u"id"_s).toString(),
            f->panel->actingUserId());
    }

    void unansweredClickShowsFailureToTheClicker()
    {
        bw::sandbox::SandboxOptions options;
        options.interactionDeadlineMs = 1; // nobody answers; the panel looks again after the deadline
        auto f = start(options);
        QVERIFY(f);
        Rest rest(f->host);
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), componentsMessage());
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QVERIFY(f->panel->setActingUser(f->bob));
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"This interaction failed"_s), kTimeoutMs);
        QCOMPARE(record(*f, f->panel->interactionIds().constLast()).value(u"status"_s).toString(),
                 u"failed"_s);
        QVERIFY(f->panel->setActingUser(f->alice));
        QTRY_VERIFY_WITH_TIMEOUT(!widgetWithText(*f->panel, u"This interaction failed"_s), kTimeoutMs);
    }

    void withTheRealBot()
    {
        bw::Bot bot;
        SandboxPanel panel(&bot);
        panel.resize(900, 700);
        panel.show();
        auto *startButton = panel.findChild<QPushButton *>(u"startSandboxButton"_s);
        QVERIFY(startButton->isVisibleTo(&panel));
        bot.start(); // the default profile targets the embedded sandbox
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Ready, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.isAttached(), kTimeoutMs);
        QVERIFY(!startButton->isVisibleTo(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.currentChannelId().isEmpty(), kTimeoutMs);
        bw::sandbox::SandboxHost &host = *bot.sandbox();
        Rest rest(host);
        rest.send("POST", u"/channels/%1/messages"_s.arg(panel.currentChannelId()), componentsMessage());
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.interactionIds().size(), 1, kTimeoutMs);
        const QString id = panel.interactionIds().constLast();
        const QJsonObject r
            = onServer(host, [id](bw::sandbox::SandboxServer &s) { return s.interactionRecord(id); });
        // the INTERACTION_CREATE reached the connected bot (one gateway session)
        const QJsonArray events = r.value(u"events"_s).toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().toObject().value(u"kind"_s).toString(), u"created"_s);
        QCOMPARE(events.first().toObject().value(u"delivered_to"_s).toInt(), 1);
        QCOMPARE(r.value(u"user_id"_s).toString(), panel.actingUserId());
        // No view claims the button (the bot has no database here): the dispatcher answers with its
        // ephemeral "no view" message instead of letting the user see "This interaction failed".
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(panel, u"This button is no longer handled by the bot."_s),
                                 kTimeoutMs);
        const QJsonObject answered
            = onServer(host, [id](bw::sandbox::SandboxServer &s) { return s.interactionRecord(id); });
        QCOMPARE(answered.value(u"status"_s).toString(), u"answered"_s);
        QVERIFY(answered.value(u"ephemeral"_s).toBool());
        QVERIFY(!widgetWithText(panel, u"This interaction failed"_s));
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Stopped, kTimeoutMs);
    }

    // Not an assertion of looks: renders a typical channel to PNG when SANDBOX_PANEL_PNG names a file.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("SANDBOX_PANEL_PNG");
        if (out.isEmpty())
            QSKIP("set SANDBOX_PANEL_PNG=path.png to render the panel");
        auto f = start();
        QVERIFY(f);
        Rest rest(f->host);
        onServer(f->host, [&](bw::sandbox::SandboxServer &s) {
            return s
                .simulateMessage(u"alice"_s, f->general,
                                 u"Hey <@%1>, can you show me the buttons?"_s.arg(s.botUserId()))
                .ok();
        });
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), componentsMessage());
        rest.send("POST", u"/channels/%1/messages"_s.arg(f->general), embedMessage());
        QVERIFY(f->panel->setActingUser(f->bob));
        QTRY_VERIFY_WITH_TIMEOUT(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), kTimeoutMs);
        QTest::mouseClick(f->panel->findChild<QPushButton *>(u"button:hello:click"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(f->panel->interactionIds().size(), 1, kTimeoutMs);
        const QString id = f->panel->interactionIds().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(f->created.contains(id), kTimeoutMs);
        rest.send(
            "POST",
            u"/interactions/%1/%2/callback"_s.arg(id, f->created.value(id).value(u"token"_s).toString()),
            QJsonObject {{u"type"_s, 4},
                         {u"data"_s,
                          QJsonObject {{u"content"_s, u"You clicked **Click me!** — only you see this."_s},
                                       {u"flags"_s, 64}}}});
        QTRY_VERIFY_WITH_TIMEOUT(widgetWithText(*f->panel, u"only you see this"_s), kTimeoutMs);
        QTest::qWait(200);
        f->panel->resize(qEnvironmentVariableIntValue("SANDBOX_PANEL_WIDTH") > 0
                             ? qEnvironmentVariableIntValue("SANDBOX_PANEL_WIDTH")
                             : 980,
                         820);
        QTest::qWait(200);
        QVERIFY(f->panel->grab().save(out));
    }
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
