// `botwright --headless`, the one-shot `send-view` and `views import` as REAL processes against a sandbox
// that runs in this test process (its own thread), so the bot can be killed (-9) and started again
// between clicks while the sandbox keeps its world and watches every close code.
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/World.h"
#include "store/BindingStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "store/TaskStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using bw::sandbox::SandboxServer;

namespace {

constexpr int kReadyTimeoutMs = 20000;
constexpr int kAnswerTimeoutMs = 10000;
const QString kSeedViews = QStringLiteral(BOTWRIGHT_TEST_DATA_DIR_APP "/seed-views.json");
const QString kDuplicateView = QStringLiteral(BOTWRIGHT_TEST_DATA_DIR_APP "/duplicate-click-me.json");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// One `botwright --headless` process; its stdout is collected as it arrives.
class BotProcess
{
public:
    explicit BotProcess(QProcessEnvironment env, QStringList args)
        : m_env(std::move(env)), m_args(std::move(args))
    {
        m_process.setProcessEnvironment(m_env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += QString::fromUtf8(m_process.readAllStandardOutput()); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
    }
    ~BotProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts the process and waits until the bot reports READY ("status Running").
    bool startAndWaitReady()
    {
        m_out.clear();
        m_err.clear();
        m_process.start(QStringLiteral(BOTWRIGHT_EXE), m_args);
        if (!m_process.waitForStarted(5000))
            return false;
        return QTest::qWaitFor(
                   [this] {
                       return m_out.contains(u"status Running"_s)
                           || m_process.state() == QProcess::NotRunning;
                   },
                   kReadyTimeoutMs)
            && m_out.contains(u"status Running"_s);
    }
    /// SIGKILL: nothing is flushed, no close frame is sent.
    void kill9()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    /// SIGTERM; returns the exit code (-1 when it crashed or did not exit in time).
    int terminate()
    {
        m_process.terminate();
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, 15000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool waitFinished(int ms)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, ms);
    }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString out() const { return m_out; }
    QString err() const { return m_err; }

private:
    QProcessEnvironment m_env;
    QStringList m_args;
    QProcess m_process;
    QString m_out;
    QString m_err;
};

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<bw::sandbox::SandboxHost> m_host;
    QString m_token;
    QString m_channel;
    QString m_aliceId;
    QString m_bobId;
    QMutex m_closeMutex;
    QList<int> m_closeCodes;
    QNetworkAccessManager m_network;

    template<typename Fn> auto inSandbox(Fn fn)
    {
        using R = std::invoke_result_t<Fn, SandboxServer &>;
        SandboxServer *server = m_host->server();
        if constexpr (std::is_void_v<R>) {
            QMetaObject::invokeMethod(
                server, [&] { fn(*server); }, Qt::BlockingQueuedConnection);
        } else {
            R result {};
            QMetaObject::invokeMethod(
                server, [&] { result = fn(*server); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }

    QList<int> closeCodes()
    {
        QMutexLocker lock(&m_closeMutex);
        return m_closeCodes;
    }

    QProcessEnvironment environment(const QString &token) const
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(u"BOTWRIGHT_TOKEN"_s);
        env.remove(u"CREDENTIALS_DIRECTORY"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"botwright.*.debug=false"_s);
        if (!token.isEmpty())
            env.insert(u"BOTWRIGHT_TOKEN"_s, token);
        return env;
    }

    static Run run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOTWRIGHT_EXE), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-2, QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /// A fresh data directory with a profile "srv" (custom API base = the sandbox).
    bool makeProfile(const QTemporaryDir &dir, const QString &apiBase = {})
    {
        const Run r
            = run({u"--data-dir"_s, dir.path(), u"profile"_s, u"add"_s, u"srv"_s, u"--target"_s, u"custom"_s,
                   u"--api-base"_s, apiBase.isEmpty() ? m_host->apiBase().toString() : apiBase},
                  environment({}));
        if (r.exitCode != 0)
            qWarning() << "profile add failed:" << r.err;
        return r.exitCode == 0;
    }

    bool importSeed(const QTemporaryDir &dir)
    {
        const Run r = run(
            {u"--data-dir"_s, dir.path(), u"views"_s, u"import"_s, kSeedViews, u"--profile"_s, u"srv"_s},
            environment({}));
        if (r.exitCode != 0)
            qWarning() << "views import failed:" << r.err;
        return r.exitCode == 0;
    }

    /// `botwright send-view`; returns the message id printed on stdout, or an empty string.
    QString sendView(const QTemporaryDir &dir, const QString &view, const QJsonObject &state = {})
    {
        QStringList args {u"--data-dir"_s, dir.path(), u"send-view"_s, view,
                          u"--channel"_s,  m_channel,  u"--profile"_s, u"srv"_s};
        if (!state.isEmpty())
            args << u"--state"_s << QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
        const Run r = run(args, environment(m_token));
        if (r.exitCode != 0) {
            qWarning() << "send-view failed:" << r.exitCode << r.err;
            return {};
        }
        return r.out.trimmed();
    }

    BotProcess *newBot(const QTemporaryDir &dir)
    {
        return new BotProcess(environment(m_token),
                              {u"--headless"_s, u"--profile"_s, u"srv"_s, u"--data-dir"_s, dir.path()});
    }

    /// Clicks as `user` and waits for the final answer record.
    QJsonObject click(const QString &user, const QString &messageId, const QString &customId)
    {
        const auto id
            = inSandbox([&](SandboxServer &s) { return s.simulateClick(user, messageId, customId); });
        if (!id) {
            qWarning() << "click failed:" << id.error().message;
            return {};
        }
        const QString interactionId = id.value();
        QJsonObject record;
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [&] {
                record = inSandbox([&](SandboxServer &s) { return s.interactionRecord(interactionId); });
                return record.value(u"final"_s).toBool()
                    || record.value(u"status"_s).toString() == u"failed"_s;
            },
            kAnswerTimeoutMs);
        return record;
    }

    static QString replyText(const QJsonObject &record)
    {
        return record.value(u"reply"_s).toObject().value(u"content"_s).toString();
    }

    /// Sends a REST request to the sandbox as the bot and waits for the answer; returns the HTTP status.
    int restAsBot(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                  QJsonObject *answer = nullptr)
    {
        QNetworkRequest request(QUrl(m_host->apiBase().toString() + path));
        request.setRawHeader("Authorization", "Bot " + m_token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        if (answer)
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bw::sandbox::SandboxOptions options;
        m_host = std::make_unique<bw::sandbox::SandboxHost>(options);
        QVERIFY(m_host->start().ok());
        m_token = m_host->botToken();
        inSandbox([this](SandboxServer &s) {
            QObject::connect(
                s.gateway(), &bw::sandbox::GatewayServer::connectionClosed, s.gateway(),
                [this](int code) {
                    QMutexLocker lock(&m_closeMutex);
                    m_closeCodes.append(code);
                },
                Qt::DirectConnection);
            m_channel = s.defaultChannelId();
            m_aliceId = s.userId(u"alice"_s);
            m_bobId = s.userId(u"bob"_s);
        });
        QVERIFY(!m_channel.isEmpty());
        QVERIFY(!m_aliceId.isEmpty());
    }

    void cleanupTestCase() { m_host.reset(); }

    // ---- headless without views

    void headlessLoadsNoWidgetsLogsNoTokenAndStopsWith1000OnSigterm()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        std::unique_ptr<BotProcess> bot(newBot(dir));
        const int closesBefore = closeCodes().size();
        QVERIFY2(bot->startAndWaitReady(), qPrintable(bot->out() + bot->err()));

        QFile maps(u"/proc/%1/maps"_s.arg(bot->pid()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libQt6Core"));
        QVERIFY2(!mapped.contains("libQt6Widgets"), "headless mode mapped Qt Widgets");
        QVERIFY2(!mapped.contains("libQt6Gui"), "headless mode mapped Qt Gui");
        QVERIFY2(!mapped.contains("botwright-gui"), "headless mode loaded the GUI module");

        QCOMPARE(bot->terminate(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(closeCodes().size() > closesBefore, 5000);
        QCOMPARE(closeCodes().constLast(), 1000);

        // Log lines: time, category, level; never the token.
        QVERIFY2(bot->out().contains(u"botwright.bot info: status Running"_s), qPrintable(bot->out()));
        QVERIFY(bot->out().contains(u"SIGTERM"_s));
        QVERIFY(!bot->out().contains(m_token));
        QVERIFY(!bot->err().contains(m_token));
        QVERIFY(bot->out().contains(u"token from $BOTWRIGHT_TOKEN"_s));
    }

    void sigintAlsoStopsCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        std::unique_ptr<BotProcess> bot(newBot(dir));
        QVERIFY(bot->startAndWaitReady());
        const int closesBefore = closeCodes().size();
        QCOMPARE(::kill(pid_t(bot->pid()), SIGINT), 0);
        QVERIFY(bot->waitFinished(15000));
        QCOMPARE(bot->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(closeCodes().size() > closesBefore, 5000);
        QCOMPARE(closeCodes().constLast(), 1000);
    }

    void tokenFromFileAndFromSystemdCredential()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QFile file(dir.filePath(u"botwright-token"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_token.toUtf8() + "\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // --token-file
        BotProcess fromFile(environment({}),
                            {u"--headless"_s, u"--profile"_s, u"srv"_s, u"--data-dir"_s, dir.path(),
                             u"--token-file"_s, file.fileName()});
        QVERIFY2(fromFile.startAndWaitReady(), qPrintable(fromFile.out() + fromFile.err()));
        QVERIFY(fromFile.out().contains(u"token from token file"_s));
        QCOMPARE(fromFile.terminate(), 0);

        // LoadCredential=botwright-token:... gives $CREDENTIALS_DIRECTORY/botwright-token
        auto env = environment({});
        env.insert(u"CREDENTIALS_DIRECTORY"_s, dir.path());
        BotProcess fromCredential(env,
                                  {u"--headless"_s, u"--profile"_s, u"srv"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(fromCredential.startAndWaitReady(), qPrintable(fromCredential.out() + fromCredential.err()));
        QVERIFY(fromCredential.out().contains(u"systemd credential"_s));
        QCOMPARE(fromCredential.terminate(), 0);
    }

    void headlessFailuresExitNonZeroWithOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        // a token the sandbox does not accept: fatal, not retried forever
        const Run bad
            = run({u"--headless"_s, u"--profile"_s, u"srv"_s, u"--data-dir"_s, dir.path()},
                  environment(u"MTAwMDAwMDAwMDAwMDAwMDAw.AAAAAA.bad-token-bad-token-bad-token"_s), 30000);
        QCOMPARE(bad.exitCode, 4);
        QVERIFY2(!bad.err.trimmed().isEmpty() && !bad.err.trimmed().contains(u'\n'), qPrintable(bad.err));
        // an unknown profile
        const Run unknown = run({u"--headless"_s, u"--profile"_s, u"nope"_s, u"--data-dir"_s, dir.path()},
                                environment(m_token));
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains(u"nope"_s), qPrintable(unknown.err));
        // --headless without --profile is a usage error
        QCOMPARE(run({u"--headless"_s}, environment(m_token)).exitCode, 2);
    }

    // ---- views on the command line

    void viewsImportListExportAndDuplicateRefused()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const Run list = run({u"--data-dir"_s, dir.path(), u"views"_s, u"list"_s, u"--profile"_s, u"srv"_s},
                             environment({}));
        QCOMPARE(list.exitCode, 0);
        for (const auto &name : {u"click-me"_s, u"counter"_s, u"greeting"_s, u"slow"_s})
            QVERIFY2(list.out.contains(name), qPrintable(list.out));

        // importing again without --replace is refused; with it, accepted
        const Run again = run(
            {u"--data-dir"_s, dir.path(), u"views"_s, u"import"_s, kSeedViews, u"--profile"_s, u"srv"_s},
            environment({}));
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(u"--replace"_s), qPrintable(again.err));
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"views"_s, u"import"_s, kSeedViews, u"--profile"_s,
                      u"srv"_s, u"--replace"_s},
                     environment({}))
                     .exitCode,
                 0);

        // a second unbound view claiming persistent:click_me is refused, naming both views
        const Run duplicate = run(
            {u"--data-dir"_s, dir.path(), u"views"_s, u"import"_s, kDuplicateView, u"--profile"_s, u"srv"_s},
            environment({}));
        QCOMPARE(duplicate.exitCode, 3);
        QVERIFY2(duplicate.err.contains(u"click-me"_s) && duplicate.err.contains(u"another-click-me"_s)
                     && duplicate.err.contains(u"persistent:click_me"_s),
                 qPrintable(duplicate.err));
        QCOMPARE(duplicate.err.trimmed().count(u'\n'), 0);

        // an invalid file names the JSON path
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            R"({"name":"b","kind":"unbound","message":{"content":"x","components":[{"type":1,"components":[{"type":2,"style":1,"label":"B","custom_id":"b"}]}]},"actions":{"b":{"type":"reply","reply":"{nope}"}}})");
        broken.close();
        const Run invalid = run({u"--data-dir"_s, dir.path(), u"views"_s, u"import"_s, broken.fileName(),
                                 u"--profile"_s, u"srv"_s},
                                environment({}));
        QCOMPARE(invalid.exitCode, 3);
        QVERIFY2(invalid.err.contains(u"actions"_s) && invalid.err.contains(u"nope"_s),
                 qPrintable(invalid.err));

        // export round trip: the exported file imports into another profile
        const Run exported = run({u"--data-dir"_s, dir.path(), u"views"_s, u"export"_s, u"counter"_s,
                                  u"--profile"_s, u"srv"_s, u"-o"_s, dir.filePath(u"out.json"_s)},
                                 environment({}));
        QCOMPARE(exported.exitCode, 0);
        QFile out(dir.filePath(u"out.json"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonObject file = QJsonDocument::fromJson(out.readAll()).object();
        QCOMPARE(file.value(u"botwright"_s).toString(), u"views"_s);
        QCOMPARE(file.value(u"views"_s).toArray().size(), 1);
        QCOMPARE(file.value(u"views"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"counter"_s);
    }

    // ---- one-shot exit codes

    void sendViewSucceedsAndPrintsTheMessageId()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const QString id = sendView(dir, u"click-me"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY2(id.size() >= 17 && id.toULongLong() > 0, qPrintable(id));
        QJsonObject message;
        QCOMPARE(restAsBot("GET", u"/channels/%1/messages/%2"_s.arg(m_channel, id), {}, &message), 200);
        QCOMPARE(message.value(u"content"_s).toString(), u"A persistent button."_s);
    }

    void sendViewFailuresHaveDistinctCodes()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const QStringList base {u"--data-dir"_s, dir.path(),     u"send-view"_s,
                                u"click-me"_s,   u"--profile"_s, u"srv"_s};

        // bad token
        Run r = run(base + QStringList {u"--channel"_s, m_channel},
                    environment(u"MTAwMDAwMDAwMDAwMDAwMDAw.AAAAAA.bad-token-bad-token-bad-token"_s));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());

        // unknown channel: 404 / 10003
        r = run(base + QStringList {u"--channel"_s, u"1000000000000000001"_s}, environment(m_token));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"10003"_s) || r.err.contains(u"Unknown Channel"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);

        // unknown view: refused before connecting
        r = run({u"--data-dir"_s, dir.path(), u"send-view"_s, u"no-such-view"_s, u"--profile"_s, u"srv"_s,
                 u"--channel"_s, m_channel},
                environment(m_token));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"no-such-view"_s));

        // REST error other than 404: a 5xx on message creation
        inSandbox([](SandboxServer &s) {
            bw::sandbox::RestFault fault;
            fault.kind = bw::sandbox::RestFault::Kind::ServerError;
            fault.status = 503;
            fault.remaining = -1;
            fault.route = QByteArrayLiteral("POST /channels/");
            s.addRestFault(fault);
        });
        r = run(base + QStringList {u"--channel"_s, m_channel}, environment(m_token));
        inSandbox([](SandboxServer &s) { s.clearFaults(); });
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);

        // unreachable API base: a port nobody listens on
        QTemporaryDir other;
        QVERIFY(makeProfile(other, u"http://127.0.0.1:9/api/v10"_s));
        QVERIFY(importSeed(other));
        r = run({u"--data-dir"_s, other.path(), u"send-view"_s, u"click-me"_s, u"--profile"_s, u"srv"_s,
                 u"--channel"_s, m_channel},
                environment(m_token));
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);

        // timeout: the sandbox answers too slowly for --timeout
        inSandbox([](SandboxServer &s) {
            bw::sandbox::RestFault fault;
            fault.kind = bw::sandbox::RestFault::Kind::Slow;
            fault.delayMs = 5000;
            fault.remaining = -1;
            fault.route = QByteArrayLiteral("GET /users/@me");
            s.addRestFault(fault);
        });
        r = run(base + QStringList {u"--channel"_s, m_channel, u"--timeout"_s, u"1"_s}, environment(m_token));
        inSandbox([](SandboxServer &s) { s.clearFaults(); });
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains(u"timed out"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }

    // ---- the seed scenarios across real restarts

    void seedScenariosSurviveRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const QString clickMe = sendView(dir, u"click-me"_s);
        const QString counterA = sendView(dir, u"counter"_s);
        const QString counterB = sendView(dir, u"counter"_s);
        const QString greeting = sendView(dir, u"greeting"_s, {{u"user_id"_s, m_aliceId}});
        QVERIFY(!clickMe.isEmpty() && !counterA.isEmpty() && !counterB.isEmpty() && !greeting.isEmpty());

        std::unique_ptr<BotProcess> bot(newBot(dir));
        QVERIFY2(bot->startAndWaitReady(), qPrintable(bot->out() + bot->err()));
        QJsonObject r = click(u"alice"_s, clickMe, u"persistent:click_me"_s);
        QCOMPARE(replyText(r), u"This is a persistent view, <@%1>!"_s.arg(m_aliceId));
        r = click(u"alice"_s, counterA, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 1!"_s);
        QVERIFY(r.value(u"ephemeral"_s).toBool());

        // kill -9: nothing flushed at exit; the committed count must survive
        bot->kill9();
        QVERIFY2(bot->startAndWaitReady(), qPrintable(bot->out() + bot->err()));
        r = click(u"bob"_s, clickMe, u"persistent:click_me"_s);
        QCOMPARE(replyText(r), u"This is a persistent view, <@%1>!"_s.arg(m_bobId));
        r = click(u"alice"_s, counterA, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 2!"_s);
        r = click(u"bob"_s, counterB, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 1!"_s);
        r = click(u"bob"_s, greeting, u"greeting:greet"_s);
        QCOMPARE(replyText(r), u"This button is only for greeting <@%1>!"_s.arg(m_aliceId));
        QVERIFY(r.value(u"ephemeral"_s).toBool());

        // SIGTERM: a clean stop, then again
        QCOMPARE(bot->terminate(), 0);
        QVERIFY2(bot->startAndWaitReady(), qPrintable(bot->out() + bot->err()));
        r = click(u"alice"_s, greeting, u"greeting:greet"_s);
        QCOMPARE(replyText(r), u"Hello, <@%1>!"_s.arg(m_aliceId));
        r = click(u"alice"_s, counterB, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 2!"_s);
        r = click(u"alice"_s, counterA, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 3!"_s);

        bot->kill9();
        QVERIFY2(bot->startAndWaitReady(), qPrintable(bot->out() + bot->err()));
        r = click(u"alice"_s, clickMe, u"persistent:click_me"_s);
        QCOMPARE(replyText(r), u"This is a persistent view, <@%1>!"_s.arg(m_aliceId));
        r = click(u"bob"_s, counterB, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 3!"_s);
        QCOMPARE(bot->terminate(), 0);
    }

    void unknownCustomIdIsAnswered()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        // a message with a button no view claims (e.g. left over from an older version of the bot)
        QJsonObject message;
        const QJsonObject body {
            {u"content"_s, u"orphan"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Old"_s},
                                                                {u"custom_id"_s, u"gone:button"_s}}}}}}}};
        QCOMPARE(restAsBot("POST", u"/channels/%1/messages"_s.arg(m_channel), body, &message), 200);
        std::unique_ptr<BotProcess> bot(newBot(dir));
        QVERIFY(bot->startAndWaitReady());
        const QJsonObject r = click(u"alice"_s, message.value(u"id"_s).toString(), u"gone:button"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"answered"_s);
        QVERIFY(r.value(u"ephemeral"_s).toBool());
        QCOMPARE(replyText(r), u"This button is no longer handled by the bot."_s);
        QCOMPARE(bot->terminate(), 0);
        QVERIFY2(bot->out().contains(u"gone:button"_s), qPrintable(bot->out()));
    }

    void slowActionIsDeferredAndFollowedUp()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const QString slow = sendView(dir, u"slow"_s);
        QVERIFY(!slow.isEmpty());
        std::unique_ptr<BotProcess> bot(newBot(dir));
        QVERIFY(bot->startAndWaitReady());
        // posting the report takes 4 s: longer than the 3-second deadline
        inSandbox([](SandboxServer &s) {
            bw::sandbox::RestFault fault;
            fault.kind = bw::sandbox::RestFault::Kind::Slow;
            fault.delayMs = 4000;
            fault.remaining = 1;
            fault.route = QByteArrayLiteral("POST /channels/{channel_id}/messages");
            s.addRestFault(fault);
        });
        const QJsonObject r = click(u"alice"_s, slow, u"slow:report"_s);
        inSandbox([](SandboxServer &s) { s.clearFaults(); });
        QCOMPARE(r.value(u"status"_s).toString(), u"answered"_s); // not "This interaction failed"
        QVERIFY2(r.value(u"deferred"_s).toBool(), QJsonDocument(r).toJson().constData());
        QVERIFY(r.value(u"response_ms"_s).toInt() < 3000);
        // the reply arrived after the deferral (as the filled placeholder or a follow-up)
        QString text = replyText(r);
        if (text.isEmpty() && !r.value(u"followups"_s).toArray().isEmpty())
            text = r.value(u"followups"_s).toArray().at(0).toObject().value(u"content"_s).toString();
        QCOMPARE(text, u"The report is out."_s);
        QCOMPARE(bot->terminate(), 0);
    }

    void messageDeleteUnbinds()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(importSeed(dir));
        const QString counter = sendView(dir, u"counter"_s);
        QVERIFY(!counter.isEmpty());
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        bw::store::BindingStore bindings(*db.value());
        QVERIFY(bindings.byMessageId(counter).ok());
        QVERIFY(bindings.byMessageId(counter)->isActive());

        std::unique_ptr<BotProcess> bot(newBot(dir));
        QVERIFY(bot->startAndWaitReady());
        QCOMPARE(restAsBot("DELETE", u"/channels/%1/messages/%2"_s.arg(m_channel, counter)), 204);
        QTRY_VERIFY_WITH_TIMEOUT(
            bindings.byMessageId(counter).ok() && !bindings.byMessageId(counter)->isActive(), 10000);
        QCOMPARE(bot->terminate(), 0);
        // kept as history
        QVERIFY(bindings.byMessageId(counter).ok());
    }
    // ---- run-task NAME --once (issue 8): exit codes for success and for a bad channel

    /// Stores a task for the profile "srv" of `dir` directly in its database.
    bool addTask(const QTemporaryDir &dir, const QString &name, const QJsonObject &action)
    {
        auto db = bw::store::Database::openInDirectory(dir.path());
        if (!db)
            return false;
        auto profile = bw::store::ProfileStore(*db.value()).byName(u"srv"_s);
        if (!profile)
            return false;
        bw::store::TaskRecord task;
        task.profileId = profile->id;
        task.name = name;
        task.spec = QJsonObject {{u"schedule"_s, QJsonObject {{u"every"_s, 30}}}, {u"action"_s, action}};
        task.enabled = false;
        return bw::store::TaskStore(*db.value()).save(task).ok();
    }

    void runTaskOnceSucceedsAndIsRecorded()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        const QString text = u"run-task once %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(addTask(dir, u"hello"_s,
                        QJsonObject {{u"type"_s, u"send"_s},
                                     {u"channel"_s, m_channel},
                                     {u"message"_s, QString(text + u" #{run}"_s)}}));
        const Run r = run({u"--data-dir"_s, dir.path(), u"run-task"_s, u"hello"_s, u"--once"_s,
                           u"--profile"_s, u"srv"_s, u"--timeout"_s, u"30"_s},
                          environment(m_token));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
        // The sandbox got the message, rendered.
        const QJsonArray messages = inSandbox(
            [&](SandboxServer &s) { return s.world().messages(m_channel.toULongLong(), 20, 0, 0, 0); });
        bool seen = false;
        for (const QJsonValue &m : messages)
            seen = seen || m[u"content"_s].toString() == QString(text + u" #1"_s);
        QVERIFY(seen);
        // The run is in the history.
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        auto profile = bw::store::ProfileStore(*db.value()).byName(u"srv"_s);
        QVERIFY(profile.ok());
        bw::store::TaskStore store(*db.value());
        auto task = store.byName(profile->id, u"hello"_s);
        QVERIFY(task.ok());
        auto runs = store.runs(task->id);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().outcome, bw::store::TaskRunRecord::Outcome::Succeeded);
    }

    void runTaskFailuresHaveDistinctCodes()
    {
        QTemporaryDir dir;
        QVERIFY(makeProfile(dir));
        QVERIFY(addTask(dir, u"lost"_s,
                        QJsonObject {{u"type"_s, u"send"_s},
                                     {u"channel"_s, u"1000000000000000001"_s},
                                     {u"message"_s, u"hello?"_s}}));
        // A bad channel: 404 / 10003, one line, exit 5; recorded as a failed run.
        Run r = run({u"--data-dir"_s, dir.path(), u"run-task"_s, u"lost"_s, u"--once"_s, u"--profile"_s,
                     u"srv"_s, u"--timeout"_s, u"30"_s},
                    environment(m_token));
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(u"10003"_s) || r.err.contains(u"Unknown Channel"_s), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
        {
            auto db = bw::store::Database::openInDirectory(dir.path());
            QVERIFY(db.ok());
            auto profile = bw::store::ProfileStore(*db.value()).byName(u"srv"_s);
            QVERIFY(profile.ok());
            bw::store::TaskStore store(*db.value());
            auto runs = store.runs(store.byName(profile->id, u"lost"_s)->id);
            QVERIFY(runs.ok());
            QCOMPARE(runs->size(), 1);
            QCOMPARE(runs->first().outcome, bw::store::TaskRunRecord::Outcome::Failed);
            QVERIFY(!runs->first().error.isEmpty());
        }
        // An unknown task is refused before connecting (exit 3).
        r = run(
            {u"--data-dir"_s, dir.path(), u"run-task"_s, u"nope"_s, u"--once"_s, u"--profile"_s, u"srv"_s},
            environment(m_token));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"nope"_s));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        // A bad token: exit 4, one line.
        r = run(
            {u"--data-dir"_s, dir.path(), u"run-task"_s, u"lost"_s, u"--once"_s, u"--profile"_s, u"srv"_s},
            environment(u"MTAwMDAwMDAwMDAwMDAwMDAw.AAAAAA.bad-token-bad-token-bad-token"_s));
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
