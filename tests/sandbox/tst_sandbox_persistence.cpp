// The sandbox world: loaded from a JSON world file or defaults, and kept in the sandbox's own SQLite file so
// that it survives a restart.
#include "SandboxTestUtil.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::SandboxOptions;
using bw::sandbox::SandboxServer;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void defaultWorld()
    {
        SandboxServer s(fastOptions());
        QVERIFY(s.start().ok());
        const QJsonObject w = s.worldSnapshot();
        QCOMPARE(w.value(u"guilds"_s).toArray().size(), 1);
        const QJsonObject g = w[u"guilds"_s][0].toObject();
        QCOMPARE(g.value(u"name"_s).toString(), u"Sandbox"_s);
        QStringList channels;
        for (const QJsonValue &c : g.value(u"channels"_s).toArray())
            channels << c[u"name"_s].toString();
        QCOMPARE(channels, (QStringList {u"general"_s, u"support"_s}));
        QStringList users;
        for (const QJsonValue &u : w.value(u"users"_s).toArray())
            users << u[u"username"_s].toString();
        QVERIFY(users.contains(u"alice"_s) && users.contains(u"bob"_s));
        QVERIFY(w[u"bot"_s][u"bot"_s].toBool());
    }

    void generatedTokenLooksReal()
    {
        SandboxOptions o = fastOptions();
        o.token.clear();
        SandboxServer s(o);
        QVERIFY(s.start().ok());
        const QStringList parts = s.botToken().split(u'.');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(QByteArray::fromBase64(parts.at(0).toLatin1(), QByteArray::Base64UrlEncoding),
                 s.botUserId().toLatin1());
        QVERIFY(parts.at(2).size() >= 27);
        SandboxServer other(o);
        QVERIFY(other.start().ok());
        QVERIFY(other.botToken() != s.botToken());
    }

    void stopAndStartAgainKeepsWorldAndToken()
    {
        SandboxOptions o = fastOptions();
        o.token.clear();
        SandboxServer s(o);
        QVERIFY(s.start().ok());
        const QString token = s.botToken();
        const QString guild = QString::number(s.world().guildIds().first());
        const auto msg = s.simulateMessage(u"bob"_s, s.defaultChannelId(), u"kept"_s);
        QVERIFY(msg.ok());
        s.stop();
        QVERIFY(!s.isRunning());
        QVERIFY(s.start().ok());
        QCOMPARE(s.botToken(), token);
        QCOMPARE(s.world().guildIds().size(), 1);
        QCOMPARE(QString::number(s.world().guildIds().first()), guild);
        Http http(token);
        QCOMPARE(http.get(QUrl(s.apiBase().toString() + u"/channels/"_s + s.defaultChannelId()
                               + u"/messages/"_s + *msg))
                     .status,
                 200);
    }

    void worldFile()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"world.json"_s, R"({
            "bot": {"username": "Helper"},
            "users": [{"username": "carol", "global_name": "Carol"}, {"id": "1100000000000000001", "username": "dave"}],
            "guilds": [{"id": "1200000000000000001", "name": "Club", "owner": "carol",
                        "roles": [{"name": "Staff", "permissions": "8", "position": 1}],
                        "channels": [{"name": "lobby"}, {"name": "news", "type": 5, "topic": "t"}],
                        "members": [{"user": "carol", "roles": ["Staff"]}, "dave"]}]
        })");
        SandboxOptions o = fastOptions();
        o.worldFile = path;
        SandboxServer s(o);
        QVERIFY(s.start().ok());
        Http http(s.botToken());
        const QUrl base = s.apiBase();
        const QJsonObject guild = http.get(QUrl(base.toString() + u"/guilds/1200000000000000001"_s)).json();
        QCOMPARE(guild.value(u"name"_s).toString(), u"Club"_s);
        QCOMPARE(guild.value(u"owner_id"_s).toString(), s.userId(u"carol"_s));
        QCOMPARE(http.get(QUrl(base.toString() + u"/users/@me"_s)).json().value(u"username"_s).toString(),
                 u"Helper"_s);
        const QJsonArray channels
            = http.get(QUrl(base.toString() + u"/guilds/1200000000000000001/channels"_s)).array();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels[1][u"type"_s].toInt(), 5);
        const QJsonObject dave
            = http.get(QUrl(base.toString() + u"/guilds/1200000000000000001/members/1100000000000000001"_s))
                  .json();
        QCOMPARE(dave[u"user"_s][u"username"_s].toString(), u"dave"_s);
        const QJsonObject carol = http.get(QUrl(base.toString() + u"/guilds/1200000000000000001/members/"_s
                                                + s.userId(u"carol"_s)))
                                      .json();
        QCOMPARE(carol.value(u"roles"_s).toArray().size(), 1);
        // the bot is always a member
        QCOMPARE(http.get(QUrl(base.toString() + u"/guilds/1200000000000000001/members/"_s + s.botUserId()))
                     .status,
                 200);
    }

    void badWorldFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no guild") << QByteArray(R"({"users":[]})");
        QTest::newRow("unknown member") << QByteArray(R"({"guilds":[{"name":"G","members":["ghost"]}]})");
    }
    void badWorldFileIsRefused()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        SandboxOptions o = fastOptions();
        o.worldFile = writeFile(dir, u"world.json"_s, content);
        SandboxServer s(o);
        const auto r = s.start();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(o.worldFile));
        QVERIFY(!s.isRunning());
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        SandboxOptions o = fastOptions();
        o.stateFile = dir.filePath(u"sandbox.sqlite"_s);
        QString guildId, messageId, channelId, alice;
        {
            SandboxServer s(o);
            QVERIFY(s.start().ok());
            Http http(s.botToken());
            guildId = QString::number(s.world().guildIds().first());
            channelId = s.defaultChannelId();
            alice = s.userId(u"alice"_s);
            const Reply m
                = http.post(QUrl(s.apiBase().toString() + u"/channels/"_s + channelId + u"/messages"_s),
                            QJsonObject {{u"content"_s, u"remember me"_s}});
            messageId = m.json().value(u"id"_s).toString();
            QCOMPARE(http.post(QUrl(s.apiBase().toString() + u"/applications/"_s + s.applicationId()
                                    + u"/commands"_s),
                               QJsonObject {{u"name"_s, u"ping"_s}, {u"description"_s, u"p"_s}})
                         .status,
                     201);
            s.stop();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(o.stateFile);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        SandboxServer again(o);
        QVERIFY(again.start().ok());
        QCOMPARE(QString::number(again.world().guildIds().first()), guildId);
        QCOMPARE(again.userId(u"alice"_s), alice);
        Http http(again.botToken());
        const Reply m = http.get(
            QUrl(again.apiBase().toString() + u"/channels/"_s + channelId + u"/messages/"_s + messageId));
        QCOMPARE(m.status, 200);
        QCOMPARE(m.json().value(u"content"_s).toString(), u"remember me"_s);
        QCOMPARE(http.get(QUrl(again.apiBase().toString() + u"/applications/"_s + again.applicationId()
                               + u"/commands"_s))
                     .array()
                     .size(),
                 1);
        // a simulated click works on the restored message (the world is real, not a copy)
        QVERIFY(again.simulateMessage(u"alice"_s, channelId, u"still here"_s).ok());
    }

    void damagedStateFileIsReported()
    {
        QTemporaryDir dir;
        SandboxOptions o = fastOptions();
        o.stateFile = writeFile(dir, u"sandbox.sqlite"_s, QByteArray(4096, 'x'));
        SandboxServer s(o);
        const auto r = s.start();
        QVERIFY(!r.ok());
        QVERIFY(!s.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
