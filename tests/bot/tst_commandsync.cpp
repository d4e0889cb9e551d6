// CommandSync against the real sandbox over loopback: a scope is sent only when its hash changed, a restart
// sends nothing, a change sends exactly the changed scope, 429s are waited out; requests counted server-side.
#include "bot/commands/CommandSync.h"
#include "discord/RestClient.h"
#include "sandbox/SandboxServer.h"
#include "store/CommandStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace bw::commands;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kGlobalPut = "PUT /applications/{application_id}/commands";
const QByteArray kGuildPut = "PUT /applications/{application_id}/guilds/{guild_id}/commands";

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestCommandSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<discord::RestClient> m_rest;
    std::unique_ptr<store::Database> m_db;
    qint64 m_profile = 0;
    QString m_guild;

    void startServer(sandbox::SandboxOptions options = {})
    {
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        auto port = m_server->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_guild = QString::number(m_server->world().guildIds().first());
        newRestClient();
    }
    // A new REST client: what a restarted bot has (no rate-limit knowledge).
    void newRestClient()
    {
        discord::RestClient::Options ro;
        ro.apiBase = m_server->apiBase();
        ro.token = m_server->botToken();
        ro.retryBaseMs = 50;
        m_rest = std::make_unique<discord::RestClient>(ro);
    }
    qint64 requests(const QByteArray &route) const { return m_server->stats().requests.value(route); }

    store::CommandRecord command(const QByteArray &definition, const QString &guild = {})
    {
        store::CommandRecord r;
        r.profileId = m_profile;
        r.guildId = guild;
        r.definition = json(definition);
        auto saved = store::CommandStore(*m_db).save(r);
        if (!saved)
            qWarning() << saved.error().message;
        return saved.valueOr({});
    }
    QList<store::CommandRecord> all() { return store::CommandStore(*m_db).list(m_profile).valueOr({}); }
    store::CommandRecord named(const QString &name)
    {
        for (const store::CommandRecord &r : all()) {
            if (r.name() == name)
                return r;
        }
        return {};
    }

    Result<SyncReport> runSync(bool force = false)
    {
        CommandSync sync(m_rest.get(), m_db.get(), m_profile, m_server->applicationId());
        return QCoro::waitFor(sync.sync(all(), force));
    }

    QStringList remoteNames(quint64 scope)
    {
        QStringList names;
        for (const QJsonObject &c : m_server->world().commands(scope))
            names << c.value(u"name"_s).toString();
        names.sort();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        auto db = store::Database::open(
            {m_dir.filePath(u"%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))});
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        store::Profile p;
        p.name = u"Bot"_s;
        m_profile = store::ProfileStore(*m_db).save(p)->id;
        startServer();
        command(R"({"name":"ping","description":"Replies with Pong!"})");
        command(R"({"name":"wait","description":"Waits","options":[{"name":"seconds","description":"How long",
                   "type":4,"required":true,"min_value":1,"max_value":30}]})");
        command(R"({"name":"tools","description":"Tools","options":[
                   {"name":"echo","description":"Echo","type":1,"options":[{"name":"text","description":"x","type":3}]},
                   {"name":"admin","description":"Admin","type":2,"options":[{"name":"purge","description":"x","type":1}]}]})");
        command(R"({"name":"High Five","type":2})");
        command(R"({"name":"guildonly","description":"Only here"})", m_guild);
        QCOMPARE(all().size(), 5);
    }

    void cleanup()
    {
        m_rest.reset();
        m_server.reset();
        m_db.reset();
    }

    void firstSyncRegistersEveryScopeOnce()
    {
        auto report = runSync();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->scopesSynced, 2);
        QCOMPARE(report->requests, 2);
        QCOMPARE(requests(kGlobalPut), 1);
        QCOMPARE(requests(kGuildPut), 1);
        QCOMPARE(remoteNames(0), (QStringList {u"High Five"_s, u"ping"_s, u"tools"_s, u"wait"_s}));
        QCOMPARE(remoteNames(m_guild.toULongLong()), QStringList {u"guildonly"_s});
        auto state = store::CommandStore(*m_db).syncState(m_profile, m_server->applicationId(), {});
        QVERIFY(state.ok() && state->has_value());
        QCOMPARE(state->value().hash, CommandSync::hashOf(CommandSync::canonical(all().mid(0, 4))));
    }

    void unchangedRestartSendsNothing()
    {
        QVERIFY(runSync().ok());
        m_server->resetStats();
        // A restart: new REST client, new CommandSync, the same database.
        newRestClient();
        auto report = runSync();
        QVERIFY(report.ok());
        QCOMPARE(report->requests, 0);
        QCOMPARE(report->scopesSkipped, 2);
        QCOMPARE(requests(kGlobalPut), 0);
        QCOMPARE(requests(kGuildPut), 0);
        qint64 total = 0;
        for (qint64 n : m_server->stats().requests)
            total += n;
        QCOMPARE(total, 0); // not even a GET
    }

    void changeSendsExactlyTheChangedScope()
    {
        QVERIFY(runSync().ok());
        m_server->resetStats();
        // Change the guild command only.
        store::CommandRecord guildCommand = all().last();
        QCOMPARE(guildCommand.guildId, m_guild);
        guildCommand.definition.insert(u"description"_s, u"Only in this guild"_s);
        QVERIFY(store::CommandStore(*m_db).save(guildCommand).ok());

        CommandSync sync(m_rest.get(), m_db.get(), m_profile, m_server->applicationId());
        auto plans = QCoro::waitFor(sync.plan(all()));
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 2);
        QVERIFY(!plans->at(0).needsSync); // global
        QVERIFY(plans->at(1).needsSync);
        QCOMPARE(plans->at(1).changedCount(), 1);
        QCOMPARE(plans->at(1).changes.first().toString(), u"~ /guildonly (description)"_s);

        auto report = runSync();
        QVERIFY(report.ok());
        QCOMPARE(report->requests, 1);
        QCOMPARE(requests(kGlobalPut), 0);
        QCOMPARE(requests(kGuildPut), 1);
        QCOMPARE(m_server->world().commands(m_guild.toULongLong()).first().value(u"description"_s).toString(),
                 u"Only in this guild"_s);
    }

    void orderOfRecordsDoesNotChangeTheHash()
    {
        QList<store::CommandRecord> records = all().mid(0, 4);
        const QString hash = CommandSync::hashOf(CommandSync::canonical(records));
        std::reverse(records.begin(), records.end());
        QCOMPARE(CommandSync::hashOf(CommandSync::canonical(records)), hash);
        records[0].definition.insert(u"id"_s, u"123"_s); // server fields do not count
        records[0].definition.insert(u"version"_s, u"9"_s);
        QCOMPARE(CommandSync::hashOf(CommandSync::canonical(records)), hash);
        records[0].definition.insert(u"nsfw"_s, true);
        QVERIFY(CommandSync::hashOf(CommandSync::canonical(records)) != hash);
    }

    void removingAScopesLastCommandClearsIt()
    {
        QVERIFY(runSync().ok());
        QVERIFY(store::CommandStore(*m_db).remove(all().last().id).ok());
        m_server->resetStats();
        auto report = runSync();
        QVERIFY(report.ok());
        QCOMPARE(report->requests, 1);
        QCOMPARE(requests(kGuildPut), 1);
        QVERIFY(remoteNames(m_guild.toULongLong()).isEmpty());
        // and that is remembered too
        m_server->resetStats();
        QCOMPARE(runSync()->requests, 0);
    }

    void diffAgainstDiscordsList()
    {
        QVERIFY(runSync().ok());
        // Someone else changed the global list behind our back (another tool, the portal).
        m_server->world().commands(0).removeLast();
        store::CommandRecord ping = named(u"ping"_s);
        ping.definition.insert(u"description"_s, u"Pong, again"_s);
        QVERIFY(store::CommandStore(*m_db).save(ping).ok());

        CommandSync sync(m_rest.get(), m_db.get(), m_profile, m_server->applicationId());
        auto plans = QCoro::waitFor(sync.plan(all(), /*compareRemote=*/true));
        QVERIFY(plans.ok());
        const ScopePlan global = plans->first();
        QVERIFY(global.comparedWithRemote);
        QStringList lines;
        for (const CommandChange &c : global.changes)
            lines << c.toString();
        // Discord's answer carries ids, versions and defaults: only the real differences show.
        QCOMPARE(
            lines,
            (QStringList {u"~ /ping (description)"_s, u"  /tools"_s, u"  /wait"_s, u"+ High Five (user)"_s}));
    }

    void rateLimitIsWaitedOut()
    {
        sandbox::RateLimitOptions limits;
        limits.routeLimit = 1;
        limits.routeWindowMs = 4000; // long enough that the second PUT surely falls inside it
        m_server->rateLimiter().configure(limits);
        QVERIFY(runSync().ok());
        store::CommandRecord ping = named(u"ping"_s);
        ping.definition.insert(u"description"_s, u"Changed"_s);
        QVERIFY(store::CommandStore(*m_db).save(ping).ok());
        newRestClient(); // knows nothing of the bucket: its PUT meets a 429
        CommandSync sync(m_rest.get(), m_db.get(), m_profile, m_server->applicationId());
        QSignalSpy limited(&sync, &CommandSync::rateLimited);
        QSignalSpy progress(&sync, &CommandSync::progress);
        auto report = QCoro::waitFor(sync.sync(all()));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->requests, 1);
        QCOMPARE(report->rateLimitWaits, 1);
        QCOMPARE(limited.size(), 1);
        QCOMPARE(m_server->stats().statuses.value(kGlobalPut).value(429), 1);
        QCOMPARE(m_server->stats().statuses.value(kGlobalPut).value(200), 2);
        QCOMPARE(progress.size(), 2); // before the PUT, and done
        QCOMPARE(m_server->world().commands(0).first().value(u"description"_s).toString(), u"Changed"_s);
    }

    void invalidCommandsAreNotSent()
    {
        command(R"({"name":"Bad Name","description":"x"})");
        auto report = runSync();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(report.error().details.contains(u"name"_s), qPrintable(report.error().details));
        QCOMPARE(requests(kGlobalPut), 0);
    }

    void applicationIdFromTheApi()
    {
        auto id = QCoro::waitFor(CommandSync::fetchApplicationId(m_rest.get()));
        QVERIFY(id.ok());
        QCOMPARE(id.value(), m_server->applicationId());
    }
};

QTEST_GUILESS_MAIN(TestCommandSync)
#include "tst_commandsync.moc"
