// Proof that botwright-sandbox speaks Discord: bots built on libraries we did not write (discord.js v14 and
// discord.py 2.x) connect to the real botwright-sandbox executable, receive READY and GUILD_CREATE, post a
// message with a persistent view, and answer clicks that a simulated user makes through /_sandbox/. The test
// asserts what the simulated user saw, then restarts the bot and clicks the old message again.
//
// The bots are tests/peers/discordjs/bot.js and tests/peers/discordpy/bot.py; they print one JSON object per
// line on stdout (see bot.js for the kinds). Each also registers a slash command and answers it deferred.
// discord.js comes from `npm ci` (the peers_npm_ci fixture).

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSandboxStartMs = 20000;
constexpr int kPeerReadyMs = 60000; // node/python start-up, login, READY, GUILD_CREATE (+2 s in discord.py)
constexpr int kClickWaitMs = 10000; // how long /_sandbox/click waits for the bot's answer
constexpr int kExitMs = 10000;
const QString kToken = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GPeErS.botwright-peer-token-0123456789abcdef"_s;

// A child process whose stdout is split into lines; lines that are JSON objects are kept as events.
class Child
{
public:
    explicit Child(QString name) : m_name(std::move(name))
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readOut(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_err += m_process.readAllStandardError(); });
    }
    ~Child() { stop(); }

    QProcess &process() { return m_process; }
    const QList<QJsonObject> &events() const { return m_events; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    void start(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(program, args);
    }

    /// Polite stop (SIGTERM), then SIGKILL; always bounded.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(kExitMs)) {
            m_process.kill();
            m_process.waitForFinished(kExitMs);
        }
        readOut();
        m_err += m_process.readAllStandardError();
    }

    /// Index of the first event of this kind at or after `from`, or -1.
    qsizetype find(const QString &kind, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < m_events.size(); ++i)
            if (m_events.at(i).value(u"kind"_s).toString() == kind)
                return i;
        return -1;
    }
    qsizetype findError() const { return find(u"error"_s); }

    /// What the process said, for failure messages (the last part of stdout and stderr).
    QByteArray diagnostics() const
    {
        return "--- " + m_name.toUtf8() + " stdout (tail):\n" + m_out.right(4000) + "\n--- " + m_name.toUtf8()
            + " stderr (tail):\n" + m_err.right(4000) + "\n--- exit: "
            + QByteArray::number(m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1);
    }

private:
    void readOut()
    {
        const QByteArray chunk = m_process.readAllStandardOutput();
        m_out += chunk;
        m_partial += chunk;
        qsizetype nl;
        while ((nl = m_partial.indexOf('\n')) >= 0) {
            const QByteArray line = m_partial.left(nl).trimmed();
            m_partial.remove(0, nl + 1);
            if (!line.startsWith('{'))
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                m_events.append(doc.object());
        }
    }

    QString m_name;
    QProcess m_process;
    QByteArray m_out, m_partial, m_err;
    QList<QJsonObject> m_events;
};

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

} // namespace

class TestPeers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void persistentView_data();
    void persistentView();
    void cleanup();

private:
    HttpResult http(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    int timeoutMs = 15000);
    bool startSandbox(QByteArray *why);
    bool startPeer(const QString &program, const QStringList &args, bool post, const QString &untilKind,
                   QByteArray *why);
    HttpResult click(const QString &user, const QString &messageId, const QString &customId);
    QByteArray diagnostics() const;

    QNetworkAccessManager m_nam;
    QString m_sandboxExe;
    QString m_node;
    QString m_python;
    QString m_nodeModules;
    std::unique_ptr<Child> m_sandbox;
    std::unique_ptr<Child> m_peer;
    quint16 m_port = 0;
    QJsonObject m_info;
    QString m_peerName;
    QStringList m_peerLibEnv;
};

void TestPeers::initTestCase()
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_sandboxExe = qEnvironmentVariable("BOTWRIGHT_SANDBOX_EXE", QStringLiteral(BOTWRIGHT_SANDBOX_EXE));
    QVERIFY2(QFileInfo(m_sandboxExe).isExecutable(),
             qPrintable(u"botwright-sandbox not built: "_s + m_sandboxExe));
    m_node = QStandardPaths::findExecutable(u"node"_s);
    if (m_node.isEmpty())
        m_node = QStandardPaths::findExecutable(u"nodejs"_s);
    QVERIFY2(!m_node.isEmpty(), "node is not installed: run packaging/install-deps.sh --test");
    m_python = u"/usr/bin/python3"_s;
    QVERIFY2(QFileInfo(m_python).isExecutable(),
             "/usr/bin/python3 is missing: run packaging/install-deps.sh --test");
    m_nodeModules = QStringLiteral(PEERS_NODE_MODULES);
}

void TestPeers::persistentView_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ephemeral"); // the bot answers peer:click ephemerally
    QTest::addColumn<QString>("compress"); // the transport compression the library asks for
    QTest::addColumn<QString>("library"); // as the bot names itself in its answers
    QTest::addColumn<QString>("afterDefer"); // how the bot completes its deferred command answer

    // discord.js without the optional zlib-sync package connects without transport compression.
    QTest::newRow("discord.js") << u"node"_s
                                << QStringList {QStringLiteral(PEERS_SOURCE_DIR "/discordjs/bot.js")} << true
                                << QString() << u"discord.js"_s << u"edit_original"_s;
    // discord.py always asks for zlib-stream (2.2 has no zstd-stream).
    QTest::newRow("discord.py") << u"python"_s
                                << QStringList {QStringLiteral(PEERS_SOURCE_DIR "/discordpy/bot.py")} << false
                                << u"zlib-stream"_s << u"discord.py"_s << u"followup"_s;
}

void TestPeers::persistentView()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(bool, ephemeral);
    QFETCH(QString, compress);
    QFETCH(QString, library);
    QFETCH(QString, afterDefer);
    m_peerName = QString::fromUtf8(QTest::currentDataTag());
    const QString exe = program == u"node"_s ? m_node : m_python;
    if (program == u"node"_s)
        QVERIFY2(QFileInfo(m_nodeModules + u"/discord.js/package.json"_s).exists(),
                 qPrintable(u"discord.js is not installed in "_s + m_nodeModules
                            + u" (the peers_npm_ci fixture)"_s));

    QByteArray why;
    QVERIFY2(startSandbox(&why), why.constData());
    const QString generalId = m_info.value(u"channels"_s).toObject().value(u"general"_s).toString();
    const QString aliceId = m_info.value(u"users"_s).toObject().value(u"alice"_s).toString();
    const QString botId = m_info.value(u"bot_user_id"_s).toString();
    QVERIFY(!generalId.isEmpty() && !aliceId.isEmpty() && !botId.isEmpty());

    // 1. The bot logs in, gets READY and GUILD_CREATE, and posts its view in #general.
    QVERIFY2(startPeer(exe, args, true, u"posted"_s, &why), why.constData());
    {
        const qsizetype readyEv = m_peer->find(u"ready"_s);
        QVERIFY2(readyEv >= 0, diagnostics().constData());
        QCOMPARE(m_peer->events().at(readyEv).value(u"user_id"_s).toString(), botId);
        QCOMPARE(m_peer->events().at(readyEv).value(u"guilds"_s).toInt(), 1);
        // The library's own ready event comes after the raw READY and GUILD_CREATE it received.
        qsizetype readyRaw = -1, guildRaw = -1;
        for (qsizetype i = 0; i < readyEv; ++i) {
            const QJsonObject &e = m_peer->events().at(i);
            if (e.value(u"kind"_s) == u"gateway"_s && e.value(u"t"_s) == u"READY"_s && readyRaw < 0)
                readyRaw = i;
            if (e.value(u"kind"_s) == u"gateway"_s && e.value(u"t"_s) == u"GUILD_CREATE"_s && guildRaw < 0)
                guildRaw = i;
        }
        QVERIFY2(readyRaw >= 0, "the bot did not receive READY before it was ready");
        QVERIFY2(guildRaw > readyRaw, "the bot did not receive GUILD_CREATE after READY");
    }
    const QJsonObject posted = m_peer->events().at(m_peer->find(u"posted"_s));
    const QString messageId = posted.value(u"message_id"_s).toString();
    QCOMPARE(posted.value(u"channel_id"_s).toString(), generalId);

    // The sandbox holds that message, from the bot, with both buttons.
    {
        const HttpResult r = http("GET", u"/_sandbox/channels/"_s + generalId + u"/messages?limit=10"_s);
        QCOMPARE(r.status, 200);
        QJsonObject found;
        for (const QJsonValue &m : r.json.value(u"messages"_s).toArray())
            if (m.toObject().value(u"id"_s).toString() == messageId)
                found = m.toObject();
        QVERIFY2(!found.isEmpty(), r.body.constData());
        QCOMPARE(found.value(u"author"_s).toObject().value(u"id"_s).toString(), botId);
        const QJsonArray row
            = found.value(u"components"_s).toArray().at(0).toObject().value(u"components"_s).toArray();
        QCOMPARE(row.size(), 2);
        QCOMPARE(row.at(0).toObject().value(u"custom_id"_s).toString(), u"peer:click"_s);
        QCOMPARE(row.at(1).toObject().value(u"custom_id"_s).toString(), u"peer:count"_s);
        QCOMPARE(row.at(1).toObject().value(u"label"_s).toString(), u"Count: 0"_s);
    }

    // 2. Alice clicks "Click me": she sees "Clicked by alice!", ephemeral for the discord.js bot.
    {
        const HttpResult r = click(u"alice"_s, messageId, u"peer:click"_s);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject &rec = r.json;
        QVERIFY2(!rec.value(u"timed_out"_s).toBool(), QByteArray(r.body + '\n' + diagnostics()).constData());
        QCOMPARE(rec.value(u"status"_s).toString(), u"answered"_s);
        QCOMPARE(rec.value(u"response_type"_s).toInt(), 4);
        QCOMPARE(rec.value(u"ephemeral"_s).toBool(), ephemeral);
        const QJsonObject reply = rec.value(u"reply"_s).toObject();
        QCOMPARE(reply.value(u"content"_s).toString(), u"Clicked by alice!"_s);
        QCOMPARE(bool(reply.value(u"flags"_s).toInt() & 64), ephemeral);
        QCOMPARE(reply.value(u"author"_s).toObject().value(u"id"_s).toString(), botId);
        QCOMPARE(reply.value(u"interaction_metadata"_s)
                     .toObject()
                     .value(u"user"_s)
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 aliceId);
        // The bot saw the same interaction, from alice, on that message.
        const QString interactionId = rec.value(u"id"_s).toString();
        QVERIFY(QTest::qWaitFor([&] { return m_peer->find(u"answered"_s) >= 0; }, kExitMs));
        const QJsonObject seen = m_peer->events().at(m_peer->find(u"click"_s));
        QCOMPARE(seen.value(u"interaction_id"_s).toString(), interactionId);
        QCOMPARE(seen.value(u"user"_s).toString(), u"alice"_s);
        QCOMPARE(seen.value(u"message_id"_s).toString(), messageId);
        QCOMPARE(seen.value(u"channel_id"_s).toString(), generalId);
        QCOMPARE(seen.value(u"guild_id"_s).toString(), m_info.value(u"guild_id"_s).toString());
    }

    // 3. Bob clicks "Count": the bot updates the message in place (callback type 7).
    {
        const HttpResult r = click(u"bob"_s, messageId, u"peer:count"_s);
        QVERIFY2(r.status == 200 && !r.json.value(u"timed_out"_s).toBool(),
                 QByteArray(r.body + '\n' + diagnostics()).constData());
        QCOMPARE(r.json.value(u"response_type"_s).toInt(), 7);
        QCOMPARE(r.json.value(u"outcome"_s).toString(), u"update"_s);
        const QJsonArray row = r.json.value(u"updated_message"_s)
                                   .toObject()
                                   .value(u"components"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"components"_s)
                                   .toArray();
        QCOMPARE(row.at(1).toObject().value(u"label"_s).toString(), u"Count: 1"_s);
    }

    // 4. The bot registered a global slash command (bulk overwrite) at start; Alice runs it. The bot defers
    //    (type 5), then completes the answer through the webhook routes with the interaction token.
    {
        const qsizetype commands = m_peer->find(u"commands"_s);
        QVERIFY2(commands >= 0, diagnostics().constData());
        QCOMPARE(m_peer->events().at(commands).value(u"names"_s).toArray(), QJsonArray {u"peer-ping"_s});
        const HttpResult r = http("POST", u"/_sandbox/command"_s,
                                  QJsonObject {{u"user"_s, u"alice"_s},
                                               {u"channel_id"_s, generalId},
                                               {u"name"_s, u"peer-ping"_s},
                                               {u"wait_ms"_s, kClickWaitMs}},
                                  kClickWaitMs + 5000);
        QVERIFY2(r.status == 200 && !r.json.value(u"timed_out"_s).toBool(),
                 QByteArray(r.body + '\n' + diagnostics()).constData());
        QCOMPARE(r.json.value(u"command"_s).toString(), u"peer-ping"_s);
        QCOMPARE(r.json.value(u"response_type"_s).toInt(), 5);
        QVERIFY(r.json.value(u"deferred"_s).toBool());
        QVERIFY(r.json.value(u"final"_s).toBool());
        QCOMPARE(r.json.value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"Pong from "_s + library + u" for alice!"_s);
        QStringList kinds;
        for (const QJsonValue &e : r.json.value(u"events"_s).toArray())
            kinds.append(e.toObject().value(u"kind"_s).toString());
        QVERIFY2(kinds.contains(afterDefer), qPrintable(kinds.join(u", "_s)));
        QVERIFY2(!kinds.contains(u"rejected_callback"_s), qPrintable(kinds.join(u", "_s)));
    }

    // 5. The view is persistent: a restarted bot (which does not post again) answers a click on the old
    // message.
    m_peer->stop();
    QVERIFY2(startPeer(exe, args, false, u"listening"_s, &why), why.constData());
    {
        const HttpResult r = click(u"alice"_s, messageId, u"peer:count"_s);
        QVERIFY2(r.status == 200 && !r.json.value(u"timed_out"_s).toBool(),
                 QByteArray(r.body + '\n' + diagnostics()).constData());
        QCOMPARE(r.json.value(u"response_type"_s).toInt(), 7);
        const QJsonArray row = r.json.value(u"updated_message"_s)
                                   .toObject()
                                   .value(u"components"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"components"_s)
                                   .toArray();
        QCOMPARE(row.at(1).toObject().value(u"label"_s).toString(), u"Count: 2"_s);
    }

    // 6. The sandbox's side of the story: two sessions with READY and GUILD_CREATE, four callbacks accepted
    // and
    //    none refused, no bot error, and the transport compression the library asked for.
    {
        const HttpResult r = http("GET", u"/_sandbox/stats"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject &s = r.json;
        // The restarted bot identifies within 5 s of the first one, so the sandbox may refuse it once with op
        // 9 (max_concurrency 1, as Discord does); the library must then identify again. Every identify is
        // answered by READY or by op 9.
        QCOMPARE(s.value(u"dispatches"_s).toObject().value(u"READY"_s).toInt(), 2);
        const int refused = s.value(u"gateway_sent"_s).toObject().value(u"9"_s).toInt();
        QCOMPARE(s.value(u"identifies"_s).toInt(), 2 + refused);
        QCOMPARE(s.value(u"dispatches"_s).toObject().value(u"GUILD_CREATE"_s).toInt(), 2);
        QCOMPARE(s.value(u"interactions_created"_s).toInt(), 4);
        QCOMPARE(s.value(u"callbacks_accepted"_s).toInt(), 4);
        const QJsonObject statuses = s.value(u"statuses"_s).toObject();
        for (auto it = statuses.begin(); it != statuses.end(); ++it) {
            if (it.key().startsWith(u"GET /_sandbox"_s) || it.key().startsWith(u"POST /_sandbox"_s))
                continue;
            const QJsonObject byStatus = it.value().toObject();
            for (auto st = byStatus.begin(); st != byStatus.end(); ++st)
                QVERIFY2(st.key().toInt() < 400,
                         qPrintable(u"the bot got "_s + st.key() + u" on "_s + it.key()));
        }
        const QJsonArray sessions = s.value(u"sessions"_s).toArray();
        QVERIFY(!sessions.isEmpty());
        for (const QJsonValue &v : sessions)
            QCOMPARE(v.toObject().value(u"compress"_s).toString(), compress);
    }
    QCOMPARE(m_peer->findError(), qsizetype(-1));
    m_peer->stop();
    QCOMPARE(m_peer->findError(), qsizetype(-1));
}

void TestPeers::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << diagnostics();
    m_peer.reset();
    m_sandbox.reset();
}

bool TestPeers::startSandbox(QByteArray *why)
{
    // A free port: the kernel picks one, then we hand it to the sandbox. Retried if another process takes it
    // first.
    for (int attempt = 0; attempt < 3; ++attempt) {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                *why = "cannot find a free port";
                return false;
            }
            m_port = probe.serverPort();
        }
        m_sandbox = std::make_unique<Child>(u"botwright-sandbox"_s);
        m_sandbox->start(m_sandboxExe,
                         {u"--port"_s, QString::number(m_port), u"--token"_s, kToken, u"--log"_s},
                         QProcessEnvironment::systemEnvironment());
        HttpResult info;
        const bool up = QTest::qWaitFor(
            [&] {
                if (!m_sandbox->running())
                    return true;
                info = http("GET", u"/_sandbox/info"_s, {}, 1000);
                return info.status == 200;
            },
            kSandboxStartMs);
        if (up && info.status == 200) {
            m_info = info.json;
            if (m_info.value(u"token"_s).toString() != kToken) {
                *why = "the sandbox does not use the --token it was given";
                return false;
            }
            return true;
        }
        m_sandbox->stop();
        *why = "botwright-sandbox did not start:\n" + m_sandbox->diagnostics();
    }
    return false;
}

bool TestPeers::startPeer(const QString &program, const QStringList &args, bool post,
                          const QString &untilKind, QByteArray *why)
{
    m_peer = std::make_unique<Child>(m_peerName);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PEER_PORT"_s, QString::number(m_port));
    env.insert(u"PEER_TOKEN"_s, kToken);
    env.insert(u"PEER_POST"_s, post ? u"1"_s : u"0"_s);
    env.insert(u"PEER_LIFETIME_S"_s, u"120"_s);
    env.insert(u"NODE_PATH"_s, m_nodeModules);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    for (const char *proxy :
         {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        env.remove(QString::fromLatin1(proxy));
    m_peer->start(program, args, env);
    const bool done = QTest::qWaitFor(
        [&] { return !m_peer->running() || m_peer->find(untilKind) >= 0 || m_peer->findError() >= 0; },
        kPeerReadyMs);
    if (done && m_peer->find(untilKind) >= 0 && m_peer->findError() < 0)
        return true;
    *why = (done ? "the bot failed before \"" : "the bot did not reach \"") + untilKind.toUtf8() + "\" in "
        + QByteArray::number(kPeerReadyMs / 1000) + " s\n" + diagnostics();
    return false;
}

HttpResult TestPeers::click(const QString &user, const QString &messageId, const QString &customId)
{
    return http("POST", u"/_sandbox/click"_s,
                QJsonObject {{u"user"_s, user},
                             {u"message_id"_s, messageId},
                             {u"custom_id"_s, customId},
                             {u"wait_ms"_s, kClickWaitMs}},
                kClickWaitMs + 5000);
}

HttpResult TestPeers::http(const QByteArray &method, const QString &path, const QJsonObject &body,
                           int timeoutMs)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(timeoutMs);
    const QByteArray data
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, data));
    HttpResult result;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 1000)) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

QByteArray TestPeers::diagnostics() const
{
    QByteArray d;
    if (m_peer)
        d += m_peer->diagnostics() + '\n';
    if (m_sandbox)
        d += m_sandbox->diagnostics() + '\n';
    return d;
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
