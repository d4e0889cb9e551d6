// ViewRegistry: routing (bound first, then unbound), bindings and state, expiry, loading from a real SQLite
// file.
#include "ViewTestSupport.h"
#include "bot/views/Dispatcher.h"
#include "bot/views/ViewLibrary.h"
#include "bot/views/ViewRegistry.h"
#include "core/Clock.h"
#include "store/BindingStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "store/ViewStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bw::views;
using namespace bw::views::test;

namespace {

/// JSON written with ' for " (moc cannot read raw string literals that hold quotes).
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

std::shared_ptr<const CompiledView> compiled(QJsonObject json, qint64 id, const QString &name = {})
{
    if (!name.isEmpty())
        json.insert(u"name"_s, name);
    ViewDefinition v = definition(json);
    v.id = id;
    return v.compile().value();
}

ViewRegistry::Binding bindingOf(qint64 viewId, const QByteArray &state = {}, qint64 lastUsedMs = 0)
{
    ViewRegistry::Binding b;
    b.channelId = 10;
    b.viewId = viewId;
    b.state = state;
    b.lastUsedMs = lastUsedMs;
    return b;
}

} // namespace

class TestViewRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesBoundFirstThenUnbound()
    {
        ViewRegistry r;
        // a bound view and an unbound one that both answer "counter:increment"
        QJsonObject unboundCounter = counterJson();
        unboundCounter.insert(u"kind"_s, u"unbound"_s);
        unboundCounter.insert(
            u"actions"_s,
            parseObject("{\"counter:increment\":{\"type\":\"reply\",\"reply\":\"stateless\"}}"));
        r.setViews({compiled(counterJson(), 1), compiled(unboundCounter, 2, u"stateless"_s),
                    compiled(clickMeJson(), 3)});
        r.bind(100, bindingOf(1));

        auto bound = r.route(100, u"counter:increment"_s);
        QVERIFY(bound);
        QVERIFY(bound.isBound());
        QCOMPARE(bound.view->name, u"counter"_s);
        QCOMPARE(bound.action->type, ActionSpec::Type::Counter);

        auto other = r.route(200, u"counter:increment"_s); // not bound: the unbound view answers
        QVERIFY(other);
        QVERIFY(!other.isBound());
        QCOMPARE(other.view->name, u"stateless"_s);

        // the bound view does not know this custom_id: falls through to the unbound one
        auto fallThrough = r.route(100, u"persistent:click"_s);
        QVERIFY(fallThrough);
        QCOMPARE(fallThrough.view->name, u"click-me"_s);

        QVERIFY(!r.route(100, u"nobody"_s));
        QVERIFY(!r.route(0, u"nobody"_s));
        QCOMPARE(r.viewByName(u"click-me"_s)->id, 3);
        QVERIFY(!r.viewByName(u"nope"_s));
    }

    void conflictingUnboundViewsFirstByNameWins()
    {
        ViewRegistry r;
        r.setViews({compiled(clickMeJson(), 2, u"zeta"_s), compiled(clickMeJson(), 1, u"alpha"_s)});
        QCOMPARE(r.route(0, u"persistent:click"_s).view->name, u"alpha"_s);
    }

    void stateIsParsedOnDemandAndCached()
    {
        ViewRegistry r;
        r.setViews({compiled(counterJson(), 1)});
        r.bind(1, bindingOf(1));
        r.bind(2, bindingOf(1, J("{'count':41}")));
        QCOMPARE(r.binding(1)->state.constData(), ViewRegistry::emptyState().constData()); // shared "{}"
        QCOMPARE(r.state(1), QJsonObject());
        QCOMPARE(r.state(2).value(u"count"_s).toInt(), 41);
        r.setState(2, QJsonObject {{u"count"_s, 42}}, J("{'count':42}"));
        QCOMPARE(r.state(2).value(u"count"_s).toInt(), 42);
        QCOMPARE(r.binding(2)->state, J("{'count':42}"));
        QCOMPARE(r.state(3), QJsonObject()); // no binding
        QVERIFY(r.unbind(2));
        QVERIFY(!r.unbind(2));
        QCOMPARE(r.state(2), QJsonObject());
        QCOMPARE(r.bindingCount(), 1);
    }

    void removedViewsDropTheirBindings()
    {
        ViewRegistry r;
        r.setViews({compiled(counterJson(), 1), compiled(greetingJson(), 2)});
        r.bind(1, bindingOf(1));
        r.bind(2, bindingOf(2));
        r.setViews({compiled(greetingJson(), 2)});
        QVERIFY(!r.binding(1));
        QVERIFY(r.binding(2));
        QVERIFY(r.route(2, u"greeting:wave"_s));
    }

    void expiry()
    {
        QJsonObject timed = counterJson();
        timed.insert(u"timeout_seconds"_s, 60);
        ViewRegistry r;
        r.setViews({compiled(timed, 1), compiled(greetingJson(), 2)});
        r.bind(1, bindingOf(1, {}, 1'000'000));
        r.bind(2, bindingOf(1, {}, 1'030'000));
        r.bind(3, bindingOf(2, {}, 0)); // no timeout
        QCOMPARE(r.nextExpiryMs(), 1'060'000);
        QVERIFY(r.expired(1'059'999).isEmpty());
        QCOMPARE(r.expired(1'060'000), QList<quint64> {1});
        r.touch(1, 1'050'000); // used again: expires later
        QCOMPARE(r.nextExpiryMs(), 1'090'000);
        QCOMPARE(r.expired(1'100'000), QList<quint64> {2});
        QCOMPARE(r.expired(1'110'000).size(), 2);
        r.unbind(1);
        r.unbind(2);
        QCOMPARE(r.nextExpiryMs(), -1);
    }

    void loadsViewsAndActiveBindingsFromSqlite()
    {
        QTemporaryDir dir;
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        bw::store::Profile p;
        p.name = u"p"_s;
        const qint64 profile = bw::store::ProfileStore(**db).save(p)->id;
        ViewLibrary library(**db, profile);
        const qint64 counter = library.save(definition(counterJson()))->id;
        QVERIFY(library.save(definition(clickMeJson())).ok());
        // a stored view that no longer validates is skipped (and logged), the others load
        bw::store::ViewRecord broken = definition(greetingJson()).toRecord(profile);
        broken.name = u"broken"_s;
        broken.actions = parseObject("{\"greeting:wave\":{\"type\":\"explode\"}}");
        const qint64 brokenId = bw::store::ViewStore(**db).save(broken)->id;

        QList<bw::store::BindingRecord> records;
        for (int i = 1; i <= 1000; ++i) {
            bw::store::BindingRecord b;
            b.messageId = QString::number(1'000'000'000'000'000'000ULL + i);
            b.channelId = u"42"_s;
            b.guildId = u"7"_s;
            b.viewId = counter;
            b.state = i == 1 ? J("{'count':5}") : QByteArray("{}");
            records.append(b);
        }
        bw::store::BindingRecord orphan;
        orphan.messageId = u"5"_s;
        orphan.channelId = u"42"_s;
        orphan.viewId = brokenId;
        records.append(orphan);
        QVERIFY(bw::store::BindingStore(**db).upsertMany(records).ok());
        QVERIFY(bw::store::BindingStore(**db).remove(records.at(1).messageId).ok()); // history, not loaded

        ViewRegistry r;
        auto report = r.load(**db, profile);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->views, 2);
        QCOMPARE(report->invalidViews, 1);
        QCOMPARE(report->bindings, 999);
        QCOMPARE(r.bindingCount(), 999);
        const quint64 first = 1'000'000'000'000'000'001ULL;
        QCOMPARE(r.binding(first)->channelId, 42u);
        QCOMPARE(r.binding(first)->guildId, 7u);
        QCOMPARE(r.state(first).value(u"count"_s).toInt(), 5);
        QVERIFY(!r.binding(first + 1));
        QVERIFY(!r.binding(5));
        QCOMPARE(r.route(first, u"counter:increment"_s).view->name, u"counter"_s);
        QVERIFY(r.route(0, u"persistent:click"_s));

        // reloading the views keeps the bindings
        QVERIFY(library.remove(u"click-me"_s).ok());
        auto reloaded = r.reloadViews(**db, profile);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->views, 1);
        QCOMPARE(r.bindingCount(), 999);
        QVERIFY(!r.route(0, u"persistent:click"_s));
    }

    // The sandbox has no bulk delete, so this event is fed to the dispatcher as the gateway would deliver it.
    void bulkDeleteUnbindsSoftly()
    {
        QTemporaryDir dir;
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        bw::store::Profile p;
        p.name = u"p"_s;
        const qint64 profile = bw::store::ProfileStore(**db).save(p)->id;
        const qint64 counter = ViewLibrary(**db, profile).save(definition(counterJson()))->id;
        QList<bw::store::BindingRecord> records;
        for (const QString &id : {u"101"_s, u"102"_s, u"103"_s}) {
            bw::store::BindingRecord b;
            b.messageId = id;
            b.channelId = u"42"_s;
            b.viewId = counter;
            records.append(b);
        }
        QVERIFY(bw::store::BindingStore(**db).upsertMany(records).ok());
        auto registry = std::make_shared<ViewRegistry>();
        QVERIFY(registry->load(**db, profile).ok());
        Dispatcher dispatcher(registry);
        dispatcher.setDatabase(db->get(), profile);

        bw::discord::GatewayEvent event;
        event.type = bw::discord::EventType::Other;
        event.name = u"MESSAGE_DELETE_BULK"_s;
        event.data
            = QJsonObject {{u"ids"_s, QJsonArray {u"101"_s, u"103"_s, u"999"_s}}, {u"channel_id"_s, u"42"_s}};
        dispatcher.handleEvent(event);
        QVERIFY(!registry->binding(101));
        QVERIFY(registry->binding(102));
        QVERIFY(!registry->binding(103));
        QVERIFY(!bw::store::BindingStore(**db).byMessageId(u"101"_s)->isActive()); // kept as history
        QVERIFY(bw::store::BindingStore(**db).byMessageId(u"102"_s)->isActive());

        event.type = bw::discord::EventType::MessageDelete;
        event.name = u"MESSAGE_DELETE"_s;
        event.data = QJsonObject {{u"id"_s, u"102"_s}, {u"channel_id"_s, u"42"_s}};
        dispatcher.handleEvent(event);
        QCOMPARE(registry->bindingCount(), 0);
        QVERIFY(!bw::store::BindingStore(**db).byMessageId(u"102"_s)->isActive());
    }
};

QTEST_GUILESS_MAIN(TestViewRegistry)
#include "tst_viewregistry.moc"
