// The views runtime end to end: a Bot with a real SQLite file answers simulated clicks, selects and modal
// submits from the embedded sandbox over loopback; each test asserts what the simulated user saw.
#include "ViewTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotRuntime.h"
#include "bot/InteractionOutcome.h"
#include "bot/views/Dispatcher.h"
#include "bot/views/ViewLibrary.h"
#include "bot/views/ViewRegistry.h"
#include "core/Clock.h"
#include "discord/RestClient.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/BindingStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using namespace bw::views;
using namespace bw::views::test;
using Status = bw::BotState::Status;

namespace {

constexpr int kTimeoutMs = 10000;

QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject O(const char *text)
{
    return QJsonDocument::fromJson(J(text)).object();
}

template<typename F> auto onServer(bw::sandbox::SandboxHost *host, F f)
{
    decltype(f(*host->server())) result {};
    QMetaObject::invokeMethod(
        host->server(), [&] { result = f(*host->server()); }, Qt::BlockingQueuedConnection);
    return result;
}

template<typename F> auto onBot(bw::Bot &bot, F f)
{
    decltype(f(*bot.runtime())) result {};
    QMetaObject::invokeMethod(
        bot.runtime(), [&] { result = f(*bot.runtime()); }, Qt::BlockingQueuedConnection);
    return result;
}

/// The views of these tests (besides the seed's three); {ROLE} is replaced by the Moderator role id.
QByteArray kitchenJson(const QString &roleId)
{
    QByteArray json = J(R"X({
      'name': 'kitchen', 'kind': 'unbound',
      'message': { 'content': 'Everything', 'components': [
        { 'type': 1, 'components': [
          { 'type': 2, 'style': 1, 'label': 'Public', 'custom_id': 'k:public' },
          { 'type': 2, 'style': 1, 'label': 'Update', 'custom_id': 'k:update' },
          { 'type': 2, 'style': 1, 'label': 'Role', 'custom_id': 'k:role' },
          { 'type': 2, 'style': 1, 'label': 'Modal', 'custom_id': 'k:modal' },
          { 'type': 2, 'style': 1, 'label': 'Defer', 'custom_id': 'k:defer' } ] },
        { 'type': 1, 'components': [
          { 'type': 2, 'style': 1, 'label': 'Send', 'custom_id': 'k:send' },
          { 'type': 2, 'style': 1, 'label': 'Sequence', 'custom_id': 'k:seq' },
          { 'type': 2, 'style': 1, 'label': 'Slow', 'custom_id': 'k:slow' },
          { 'type': 2, 'style': 1, 'label': 'Greet me', 'custom_id': 'k:greet' } ] },
        { 'type': 1, 'components': [
          { 'type': 3, 'custom_id': 'k:pick', 'options': [
            { 'label': 'Red', 'value': 'red' }, { 'label': 'Blue', 'value': 'blue' } ], 'max_values': 2 } ] } ] },
      'actions': {
        'k:public': { 'type': 'reply', 'reply': 'Hi {user.mention} in {channel.mention} of {guild.name}' },
        'k:update': { 'type': 'update', 'message': 'Updated by {user.name}' },
        'k:role': { 'type': 'role', 'mode': 'toggle', 'role_id': 'ROLE', 'reply': 'Toggled' },
        'k:modal': { 'type': 'modal', 'modal': { 'custom_id': 'k:form', 'title': 'Why?', 'components': [
          { 'type': 1, 'components': [ { 'type': 4, 'custom_id': 'reason', 'style': 1, 'label': 'Reason' } ] } ] } },
        'k:form': { 'type': 'reply', 'reply': 'Because {field.reason}', 'ephemeral': true },
        'k:defer': { 'type': 'defer', 'delay_ms': 200, 'then': { 'type': 'reply', 'reply': 'Done after a while' } },
        'k:send': { 'type': 'send', 'channel_id': '{channel.id}', 'message': 'Posted for {user.name}',
                    'reply': 'Sent', 'ephemeral': true },
        'k:seq': { 'type': 'sequence', 'steps': [ { 'type': 'reply', 'reply': 'first' },
                                                   { 'type': 'reply', 'reply': 'second', 'ephemeral': true } ] },
        'k:slow': { 'type': 'send', 'channel_id': '{channel.id}', 'message': 'slowly posted', 'reply': 'posted' },
        'k:greet': { 'type': 'send', 'channel_id': '{channel.id}', 'view': 'greeting',
                     'state': { 'user_id': '{user.id}' }, 'reply': 'Greeting sent', 'ephemeral': true },
        'k:pick': { 'type': 'reply', 'reply': 'You picked {values}', 'ephemeral': true }
      } })X");
    return json.replace("ROLE", roleId.toUtf8());
}

const char *const kStateful = R"X({
  'name': 'stateful', 'kind': 'bound',
  'message': { 'content': 'State', 'components': [ { 'type': 1, 'components': [
    { 'type': 2, 'style': 1, 'label': 'Set', 'custom_id': 's:set' } ] } ] },
  'actions': { 's:set': { 'type': 'set_state', 'key': 'last', 'value': '{user.name}',
                          'reply': 'last clicked by {state.last}' } } })X";

const char *const kTimed = R"X({
  'name': 'timed', 'kind': 'bound', 'timeout_seconds': 5,
  'message': { 'content': 'Hurry', 'components': [ { 'type': 1, 'components': [
    { 'type': 2, 'style': 1, 'label': 'Now', 'custom_id': 't:now' },
    { 'type': 2, 'style': 5, 'label': 'Docs', 'url': 'https://example.org' } ] } ] },
  'actions': { 't:now': { 'type': 'reply', 'reply': 'in time', 'ephemeral': true } } })X";

} // namespace

class TestDispatcherSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<bw::store::Database> m_db;
    qint64 m_profileId = 0;
    std::unique_ptr<bw::Bot> m_bot;
    bw::sandbox::SandboxHost *m_host = nullptr;
    std::unique_ptr<bw::discord::RestClient> m_rest; // the test's own client, to look at messages
    bw::ManualClock *m_clock = nullptr;
    QString m_general;
    QString m_guild;
    QString m_moderator;
    QString m_alice;
    QString m_bob;
    QMutex m_outcomesMutex;
    QList<bw::InteractionOutcome> m_outcomes;

    bw::sandbox::SandboxOptions sandboxOptions() const
    {
        bw::sandbox::SandboxOptions o;
        o.heartbeatIntervalMs = 1000;
        o.stateFile = m_dir.filePath(u"sandbox.db"_s);
        return o;
    }

    std::unique_ptr<bw::Bot> startBot()
    {
        auto bot = std::make_unique<bw::Bot>();
        bot->setSandboxOptions(sandboxOptions());
        bw::store::Profile profile = bw::store::ProfileStore(*m_db).byId(m_profileId).value();
        bot->setProfile(profile);
        bot->setDatabase(m_db.get());
        QObject::connect(
            bot->runtime(), &bw::BotRuntime::interactionHandled, bot->runtime(),
            [this](const bw::InteractionOutcome &o) {
                QMutexLocker lock(&m_outcomesMutex);
                m_outcomes.append(o);
            },
            Qt::DirectConnection);
        bot->start();
        if (!QTest::qWaitFor([&] { return bot->state()->status() == Status::Ready; }, 20000))
            return nullptr;
        return bot;
    }

    QString sendView(const QString &name, const QJsonObject &state = {})
    {
        auto sent = QCoro::waitFor(m_bot->sendView(name, m_general, state));
        if (!sent) {
            qWarning().noquote() << "sendView failed:" << sent.error().toString();
            return {};
        }
        return sent.value();
    }

    /// The answer record once it is final (or whatever it is after the timeout).
    QJsonObject waitRecord(const QString &interactionId)
    {
        QJsonObject record;
        (void)QTest::qWaitFor(
            [&] {
                record = onServer(m_host, [&](bw::sandbox::SandboxServer &s) {
                    return s.interactionRecord(interactionId);
                });
                return record.value(u"final"_s).toBool();
            },
            kTimeoutMs);
        return record;
    }

    QJsonObject click(const QString &user, const QString &messageId, const QString &customId)
    {
        const auto id = onServer(m_host, [&](bw::sandbox::SandboxServer &s) {
            auto r = s.simulateClick(user, messageId, customId);
            return r ? r.value() : QString();
        });
        if (id.isEmpty())
            return {};
        return waitRecord(id);
    }

    static QString replyText(const QJsonObject &record)
    {
        return record.value(u"reply"_s).toObject().value(u"content"_s).toString();
    }

    bw::InteractionOutcome outcomeFor(const QString &interactionId)
    {
        bw::InteractionOutcome found;
        (void)QTest::qWaitFor(
            [&] {
                QMutexLocker lock(&m_outcomesMutex);
                for (const auto &o : std::as_const(m_outcomes)) {
                    if (o.interactionId == interactionId) {
                        found = o;
                        return true;
                    }
                }
                return false;
            },
            kTimeoutMs);
        return found;
    }

    QJsonObject getMessage(const QString &messageId)
    {
        auto got = QCoro::waitFor(m_rest->get(bw::discord::Route::get(
            u"/channels/{channel_id}/messages/{message_id}"_s, {m_general, messageId})));
        return got ? got->object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = bw::store::Database::openInDirectory(m_dir.path());
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        bw::store::Profile profile;
        profile.name = u"views"_s;
        profile.target = bw::store::Profile::Target::Sandbox;
        auto saved = bw::store::ProfileStore(*m_db).save(profile);
        QVERIFY(saved.ok());
        m_profileId = saved->id;

        ViewLibrary library(*m_db, m_profileId);
        for (const QJsonObject &json :
             {clickMeJson(), counterJson(), greetingJson(), O(kStateful), O(kTimed)})
            QVERIFY(library.save(definition(json)).ok());

        m_bot = startBot();
        QVERIFY(m_bot);
        m_host = m_bot->sandbox();
        m_general = onServer(m_host, [](bw::sandbox::SandboxServer &s) { return s.defaultChannelId(); });
        m_alice = onServer(m_host, [](bw::sandbox::SandboxServer &s) { return s.userId(u"alice"_s); });
        m_bob = onServer(m_host, [](bw::sandbox::SandboxServer &s) { return s.userId(u"bob"_s); });
        bw::discord::RestClient::Options options;
        options.apiBase = m_host->apiBase();
        options.token = m_host->botToken();
        m_rest = std::make_unique<bw::discord::RestClient>(options);
        auto channel
            = QCoro::waitFor(m_rest->get(bw::discord::Route::get(u"/channels/{channel_id}"_s, {m_general})));
        QVERIFY(channel.ok());
        m_guild = channel->object().value(u"guild_id"_s).toString();
        auto roles
            = QCoro::waitFor(m_rest->get(bw::discord::Route::get(u"/guilds/{guild_id}/roles"_s, {m_guild})));
        QVERIFY(roles.ok());
        for (const QJsonValue &r : roles->array()) {
            if (r.toObject().value(u"name"_s).toString() == u"Moderator"_s)
                m_moderator = r.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!m_moderator.isEmpty());

        // a view saved while the bot runs is picked up by reloadViews()
        auto kitchen = ViewDefinition::fromJson(QJsonDocument::fromJson(kitchenJson(m_moderator)).object());
        QVERIFY2(kitchen.ok(), kitchen.ok() ? "" : qPrintable(kitchen.error().toString()));
        QVERIFY(library.save(kitchen.value()).ok());
        QSignalSpy reloaded(m_bot->runtime(), &bw::BotRuntime::viewsLoaded);
        m_bot->reloadViews();
        // (emitted on the bot thread: it may come before a QSignalSpy::wait() would start waiting)
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kTimeoutMs);
        QCOMPARE(reloaded.first().at(0).toInt(), 6);
    }

    void cleanupTestCase()
    {
        m_rest.reset();
        m_bot.reset();
        m_db.reset();
    }

    void unboundReplyOnAnyMessage()
    {
        const QString first = sendView(u"click-me"_s);
        const QString second = sendView(u"click-me"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        for (const QString &message : {first, second}) {
            const QJsonObject r = click(u"bob"_s, message, u"persistent:click"_s);
            QCOMPARE(r.value(u"outcome"_s).toString(), u"ephemeral"_s);
            QCOMPARE(replyText(r), u"You clicked, Bob!"_s);
        }
        // unbound views create no binding
        QVERIFY(!bw::store::BindingStore(*m_db).byMessageId(first).ok());
    }

    void counterCountsPerMessage()
    {
        const QString a = sendView(u"counter"_s);
        const QString b = sendView(u"counter"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(replyText(click(u"alice"_s, a, u"counter:increment"_s)),
                 u"You have incremented this message's count to 1!"_s);
        QCOMPARE(replyText(click(u"bob"_s, a, u"counter:increment"_s)),
                 u"You have incremented this message's count to 2!"_s);
        const QJsonObject r = click(u"alice"_s, b, u"counter:increment"_s);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 1!"_s);
        QVERIFY(r.value(u"ephemeral"_s).toBool());
        QCOMPARE(bw::store::BindingStore(*m_db).byMessageId(a)->state, J("{'count':2}"));
        QCOMPARE(bw::store::BindingStore(*m_db).byMessageId(b)->state, J("{'count':1}"));
    }

    void stateIsCommittedBeforeTheCallback()
    {
        const QString message = sendView(u"counter"_s);
        QVERIFY(!message.isEmpty());
        // When the sandbox receives the bot's callback, the count must already be in the SQLite file.
        QString seenAtCallback;
        bw::store::Database *db = m_db.get();
        QMetaObject::Connection c = QObject::connect(
            m_host->server(), &bw::sandbox::SandboxServer::interactionUpdated, m_host->server(),
            [&seenAtCallback, db, message](const QString &, const QJsonObject &record) {
                if (record.value(u"message_id"_s).toString() == message
                    && record.value(u"acknowledged"_s).toBool() && seenAtCallback.isEmpty()) {
                    auto b = bw::store::BindingStore(*db).byMessageId(
                        message); // the sandbox thread's connection
                    seenAtCallback = b ? QString::fromUtf8(b->state) : b.error().message;
                }
            },
            Qt::DirectConnection);
        const QJsonObject r = click(u"alice"_s, message, u"counter:increment"_s);
        QObject::disconnect(c);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 1!"_s);
        QCOMPARE(seenAtCallback, u"{\"count\":1}"_s);
    }

    void concurrentClicksCountEachOnce()
    {
        // Clicks that arrive together share one state transaction (StateWriter): each still counts once.
        const QString message = sendView(u"counter"_s);
        QVERIFY(!message.isEmpty());
        constexpr int kClicks = 20;
        const QStringList ids = onServer(m_host, [&](bw::sandbox::SandboxServer &s) {
            QStringList out;
            for (int i = 0; i < kClicks; ++i) {
                auto r = s.simulateClick(i % 2 ? u"alice"_s : u"bob"_s, message, u"counter:increment"_s);
                out.append(r ? r.value() : QString());
            }
            return out;
        });
        QCOMPARE(ids.size(), kClicks);
        QSet<QString> replies;
        for (const QString &id : ids)
            replies.insert(replyText(waitRecord(id)));
        QSet<QString> expected;
        for (int n = 1; n <= kClicks; ++n)
            expected.insert(u"You have incremented this message's count to %1!"_s.arg(n));
        QCOMPARE(replies, expected);
        QCOMPARE(bw::store::BindingStore(*m_db).byMessageId(message)->state, J("{'count':20}"));
    }

    void failedStateWriteKeepsTheCount()
    {
        const QString message = sendView(u"counter"_s);
        QVERIFY(!message.isEmpty());
        QCOMPARE(replyText(click(u"alice"_s, message, u"counter:increment"_s)),
                 u"You have incremented this message's count to 1!"_s);
        // the row is removed behind the bot's back: the next write finds no active binding and fails
        auto before = bw::store::BindingStore(*m_db).byMessageId(message);
        QVERIFY(before.ok());
        QVERIFY(bw::store::BindingStore(*m_db).remove(message).ok());
        const QJsonObject failed = click(u"alice"_s, message, u"counter:increment"_s);
        QVERIFY2(replyText(failed).contains(u"is not bound to a view"_s), qPrintable(replyText(failed)));
        // back again: the failed click did not count, in the store nor in the bot's memory
        bw::store::BindingRecord again = before.value();
        again.deletedAt.reset();
        QVERIFY(bw::store::BindingStore(*m_db).upsert(again).ok());
        QCOMPARE(replyText(click(u"alice"_s, message, u"counter:increment"_s)),
                 u"You have incremented this message's count to 2!"_s);
        QCOMPARE(bw::store::BindingStore(*m_db).byMessageId(message)->state, J("{'count':2}"));
    }

    void greetingOnlyForItsUser()
    {
        const QString message = sendView(u"greeting"_s, QJsonObject {{u"user_id"_s, m_alice}});
        QVERIFY(!message.isEmpty());
        const QJsonObject denied = click(u"bob"_s, message, u"greeting:wave"_s);
        QCOMPARE(replyText(denied), u"This button is only for greeting <@%1>!"_s.arg(m_alice));
        QVERIFY(denied.value(u"ephemeral"_s).toBool());
        const QJsonObject allowed = click(u"alice"_s, message, u"greeting:wave"_s);
        QCOMPARE(replyText(allowed), u"Hello, <@%1>!"_s.arg(m_alice));
        QVERIFY(!allowed.value(u"ephemeral"_s).toBool());
    }

    void publicReplyWithTemplates()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"alice"_s, message, u"k:public"_s);
        QCOMPARE(r.value(u"outcome"_s).toString(), u"reply"_s);
        QCOMPARE(replyText(r), u"Hi <@%1> in <#%2> of Sandbox"_s.arg(m_alice, m_general));
        const bw::InteractionOutcome o = outcomeFor(r.value(u"id"_s).toString());
        QCOMPARE(o.customId, u"k:public"_s);
        QCOMPARE(o.viewName, u"kitchen"_s);
        QCOMPARE(o.callbackType, 4);
        QCOMPARE(o.userName, u"Alice"_s);
        QCOMPARE(o.messageId, message);
        QVERIFY(!o.isError);
        QVERIFY(o.latencyMs >= 0);
        QVERIFY2(o.summary.startsWith(u"clicked k:public by Alice -> answered in "_s), qPrintable(o.summary));
        QVERIFY2(o.summary.endsWith(u" ms (type 4)"_s), qPrintable(o.summary));
    }

    void updateEditsTheClickedMessage()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"bob"_s, message, u"k:update"_s);
        QCOMPARE(r.value(u"outcome"_s).toString(), u"update"_s);
        QCOMPARE(r.value(u"updated_message"_s).toObject().value(u"content"_s).toString(),
                 u"Updated by Bob"_s);
        const QJsonObject now = getMessage(message);
        QCOMPARE(now.value(u"content"_s).toString(), u"Updated by Bob"_s);
        QCOMPARE(now.value(u"components"_s).toArray().size(), 3); // kept
    }

    void roleToggles()
    {
        const QString message = sendView(u"kitchen"_s);
        const auto hasRole = [&](const QString &user) {
            auto member = QCoro::waitFor(m_rest->get(
                bw::discord::Route::get(u"/guilds/{guild_id}/members/{user_id}"_s, {m_guild, user})));
            return member && member->object().value(u"roles"_s).toArray().contains(QJsonValue(m_moderator));
        };
        QVERIFY(!hasRole(m_bob));
        QJsonObject r = click(u"bob"_s, message, u"k:role"_s);
        QCOMPARE(replyText(r), u"Toggled"_s);
        QVERIFY(r.value(u"ephemeral"_s).toBool());
        QVERIFY(hasRole(m_bob));
        r = click(u"bob"_s, message, u"k:role"_s); // the click carries Bob's roles: now it removes
        QCOMPARE(replyText(r), u"Toggled"_s);
        QVERIFY(!hasRole(m_bob));
    }

    void modalAndSubmit()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject opened = click(u"alice"_s, message, u"k:modal"_s);
        QCOMPARE(opened.value(u"outcome"_s).toString(), u"modal"_s);
        QCOMPARE(opened.value(u"modal"_s).toObject().value(u"custom_id"_s).toString(), u"k:form"_s);
        const QString openedId = opened.value(u"id"_s).toString();
        const QString submitId = onServer(m_host, [&](bw::sandbox::SandboxServer &s) {
            auto r = s.simulateModalSubmit(u"alice"_s, openedId,
                                           QJsonObject {{u"reason"_s, u"it is Tuesday"_s}});
            return r ? r.value() : r.error().message;
        });
        const QJsonObject submitted = waitRecord(submitId);
        QCOMPARE(replyText(submitted), u"Because it is Tuesday"_s);
        QVERIFY(submitted.value(u"ephemeral"_s).toBool());
        QCOMPARE(outcomeFor(submitId).kind, bw::InteractionOutcome::Kind::ModalSubmit);
    }

    void deferThenFollowUp()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"alice"_s, message, u"k:defer"_s);
        QCOMPARE(r.value(u"response_type"_s).toInt(), 5);
        QVERIFY(r.value(u"deferred"_s).toBool());
        QVERIFY(!r.value(u"loading"_s).toBool());
        QCOMPARE(replyText(r), u"Done after a while"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"answered"_s);
    }

    void sendPostsToTheChannel()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"bob"_s, message, u"k:send"_s);
        QCOMPARE(replyText(r), u"Sent"_s);
        auto latest = QCoro::waitFor(
            m_rest->get(bw::discord::Route::get(u"/channels/{channel_id}/messages"_s, {m_general}),
                        QUrlQuery(u"limit=5"_s)));
        QVERIFY(latest.ok());
        bool found = false;
        for (const QJsonValue &m : latest->array())
            found = found || m.toObject().value(u"content"_s).toString() == u"Posted for Bob"_s;
        QVERIFY(found);
    }

    void sendABoundViewCreatesItsBinding()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"bob"_s, message, u"k:greet"_s);
        QCOMPARE(replyText(r), u"Greeting sent"_s);
        auto bindings = bw::store::BindingStore(*m_db).listActiveByView(
            ViewLibrary(*m_db, m_profileId).byName(u"greeting"_s)->id);
        QVERIFY(bindings.ok());
        QVERIFY(!bindings->isEmpty());
        const bw::store::BindingRecord greeting = bindings->constLast();
        QCOMPARE(greeting.state, u"{\"user_id\":\"%1\"}"_s.arg(m_bob).toUtf8());
        QCOMPARE(replyText(click(u"bob"_s, greeting.messageId, u"greeting:wave"_s)),
                 u"Hello, <@%1>!"_s.arg(m_bob));
    }

    void sequenceRepliesThenFollowsUp()
    {
        const QString message = sendView(u"kitchen"_s);
        const QJsonObject r = click(u"alice"_s, message, u"k:seq"_s);
        QCOMPARE(replyText(r), u"first"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            waitRecord(r.value(u"id"_s).toString()).value(u"followups"_s).toArray().size(), 1, kTimeoutMs);
        const QJsonObject followup
            = waitRecord(r.value(u"id"_s).toString()).value(u"followups"_s).toArray().first().toObject();
        QCOMPARE(followup.value(u"content"_s).toString(), u"second"_s);
        QVERIFY(followup.value(u"ephemeral"_s).toBool());
    }

    void selectValues()
    {
        const QString message = sendView(u"kitchen"_s);
        const QString id = onServer(m_host, [&](bw::sandbox::SandboxServer &s) {
            auto r = s.simulateSelect(u"bob"_s, message, u"k:pick"_s, {u"red"_s, u"blue"_s});
            return r ? r.value() : r.error().message;
        });
        const QJsonObject r = waitRecord(id);
        QCOMPARE(replyText(r), u"You picked red, blue"_s);
        QVERIFY2(outcomeFor(id).summary.startsWith(u"selected k:pick by Bob"_s),
                 qPrintable(outcomeFor(id).summary));
    }

    void setStateThenReply()
    {
        const QString message = sendView(u"stateful"_s);
        QCOMPARE(replyText(click(u"bob"_s, message, u"s:set"_s)), u"last clicked by Bob"_s);
        QCOMPARE(bw::store::BindingStore(*m_db).byMessageId(message)->state, J("{'last':'Bob'}"));
    }

    void unknownCustomIdAnsweredWithAnError()
    {
        // a message with a button no view claims, posted by the bot through REST
        auto posted = QCoro::waitFor(m_rest->createMessage(
            m_general, messageWith(u"stray"_s, {row({button(u"nobody:home"_s, u"?"_s)})})));
        QVERIFY(posted.ok());
        const QJsonObject r = click(u"alice"_s, posted->value(u"id"_s).toString(), u"nobody:home"_s);
        QCOMPARE(r.value(u"status"_s).toString(), u"answered"_s); // not "This interaction failed"
        QCOMPARE(replyText(r), u"This button is no longer handled by the bot."_s);
        QVERIFY(r.value(u"ephemeral"_s).toBool());
        const bw::InteractionOutcome o = outcomeFor(r.value(u"id"_s).toString());
        QVERIFY(o.isError);
        QVERIFY2(
            o.summary.startsWith(u"no view registered for custom_id nobody:home -> answered with error"_s),
            qPrintable(o.summary));
    }

    void slowActionIsDeferredWithinTheDeadline()
    {
        onBot(*m_bot, [](bw::BotRuntime &r) {
            r.dispatcher()->setAutoDeferMs(300);
            return true;
        });
        const QString message = sendView(u"kitchen"_s);
        onServer(m_host, [](bw::sandbox::SandboxServer &s) {
            bw::sandbox::RestFault slow;
            slow.kind = bw::sandbox::RestFault::Kind::Slow;
            slow.route = "POST /channels/{channel_id}/messages";
            slow.delayMs = 1500;
            slow.remaining = 1;
            s.addRestFault(slow);
            return true;
        });
        const QJsonObject r = click(u"alice"_s, message, u"k:slow"_s);
        onBot(*m_bot, [](bw::BotRuntime &runtime) {
            runtime.dispatcher()->setAutoDeferMs(2000);
            return true;
        });
        QCOMPARE(r.value(u"status"_s).toString(), u"answered"_s);
        QCOMPARE(r.value(u"response_type"_s).toInt(), 5); // deferred before the REST call came back
        QVERIFY(r.value(u"response_ms"_s).toInt() < 1500);
        QCOMPARE(replyText(r), u"posted"_s); // then the deferred reply was filled
        const bw::InteractionOutcome o = outcomeFor(r.value(u"id"_s).toString());
        QVERIFY(o.autoDeferred);
        QCOMPARE(o.callbackType, 5);
        QVERIFY(o.durationMs >= 1500);
        QVERIFY2(o.summary.contains(u"auto-deferred"_s), qPrintable(o.summary));
    }

    void messageDeleteUnbinds()
    {
        const QString message = sendView(u"counter"_s);
        QVERIFY(bw::store::BindingStore(*m_db).byMessageId(message)->isActive());
        const auto registered = [&] {
            return onBot(*m_bot, [&](bw::BotRuntime &r) {
                return r.views().binding(message.toULongLong()) != nullptr;
            });
        };
        QVERIFY(registered());
        QVERIFY(QCoro::waitFor(m_rest->deleteMessage(m_general, message)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!registered(), kTimeoutMs);
        const auto stored = bw::store::BindingStore(*m_db).byMessageId(message);
        QVERIFY(stored.ok()); // kept as history
        QVERIFY(!stored->isActive());
    }

    void timeoutDisablesComponents()
    {
        auto *clock = new bw::ManualClock(QDateTime::currentDateTimeUtc());
        onBot(*m_bot, [clock](bw::BotRuntime &r) {
            r.dispatcher()->setClock(clock);
            return true;
        });
        const QString message = sendView(u"timed"_s);
        QCOMPARE(replyText(click(u"alice"_s, message, u"t:now"_s)), u"in time"_s);
        clock->advance(4000);
        onBot(*m_bot, [](bw::BotRuntime &r) {
            r.expireViews();
            return true;
        });
        QCOMPARE(replyText(click(u"alice"_s, message, u"t:now"_s)), u"in time"_s); // 4 s after the last use
        clock->advance(5001);
        onBot(*m_bot, [](bw::BotRuntime &r) {
            r.expireViews();
            return true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!bw::store::BindingStore(*m_db).byMessageId(message)->isActive(),
                                 kTimeoutMs);
        QJsonObject now;
        QTRY_VERIFY_WITH_TIMEOUT((now = getMessage(message),
                                  now.value(u"components"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"components"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"disabled"_s)
                                      .toBool()),
                                 kTimeoutMs);
        const QJsonArray buttons
            = now.value(u"components"_s).toArray().first().toObject().value(u"components"_s).toArray();
        QVERIFY(!buttons.at(1).toObject().value(u"disabled"_s).toBool()); // the link button stays usable
        onBot(*m_bot, [](bw::BotRuntime &r) {
            r.dispatcher()->setClock(nullptr);
            return true;
        });
        delete clock;
    }

    void sendViewSeesAViewSavedWhileRunning()
    {
        QJsonObject late = clickMeJson();
        late.insert(u"name"_s, u"late"_s);
        late.insert(u"message"_s, messageWith(u"late"_s, {row({button(u"late:click"_s, u"Late"_s)})}));
        late.insert(u"actions"_s,
                    QJsonObject {{u"late:click"_s, O("{'type':'reply','reply':'late but here'}")}});
        QVERIFY(ViewLibrary(*m_db, m_profileId).save(definition(late)).ok()); // no reloadViews()
        const QString message = sendView(u"late"_s);
        QVERIFY(!message.isEmpty());
        QCOMPARE(replyText(click(u"alice"_s, message, u"late:click"_s)), u"late but here"_s);
        QCOMPARE(QCoro::waitFor(m_bot->sendView(u"missing"_s, m_general)).error().message,
                 u"There is no view named \"missing\"."_s);
    }

    // Last: restarts the bot on the same database and sandbox world.
    void restoredBeforeTheGatewayConnects()
    {
        const QString counter = sendView(u"counter"_s);
        QCOMPARE(replyText(click(u"alice"_s, counter, u"counter:increment"_s)),
                 u"You have incremented this message's count to 1!"_s);
        QCOMPARE(replyText(click(u"alice"_s, counter, u"counter:increment"_s)),
                 u"You have incremented this message's count to 2!"_s);
        m_rest.reset();
        m_bot.reset(); // stops the bot and its sandbox (the world is kept in the sandbox's state file)

        // A click delivered the moment the new session is ready, before the bot has seen READY.
        auto bot = std::make_unique<bw::Bot>();
        bot->setSandboxOptions(sandboxOptions());
        bot->setProfile(bw::store::ProfileStore(*m_db).byId(m_profileId).value());
        bot->setDatabase(m_db.get());
        QVERIFY(bot->ensureSandbox().ok());
        QString clickId;
        QObject::connect(
            bot->sandbox()->server(), &bw::sandbox::SandboxServer::sessionReady, bot->sandbox()->server(),
            [&clickId, server = bot->sandbox()->server(), counter](const QString &, int, int) {
                auto id = server->simulateClick(u"bob"_s, counter, u"counter:increment"_s);
                clickId = id ? id.value() : id.error().message;
            },
            Qt::DirectConnection);
        bot->start();
        QTRY_COMPARE_WITH_TIMEOUT(bot->state()->status(), Status::Ready, 20000);
        m_bot = std::move(bot);
        m_host = m_bot->sandbox();
        QTRY_VERIFY_WITH_TIMEOUT(!clickId.isEmpty(), kTimeoutMs);
        const QJsonObject r = waitRecord(clickId);
        QCOMPARE(replyText(r), u"You have incremented this message's count to 3!"_s);
    }
};

QTEST_GUILESS_MAIN(TestDispatcherSandbox)
#include "tst_dispatcher_sandbox.moc"
