#include "StoreTestSupport.h"
#include "store/BindingStore.h"
#include "store/ProfileStore.h"
#include "store/ViewStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestViewStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_profile = 0;
    qint64 m_otherProfile = 0;

    ViewRecord view(const QString &name, qint64 profileId = 0) const
    {
        ViewRecord record;
        record.profileId = profileId ? profileId : m_profile;
        record.name = name;
        return record;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openPerTest(m_dir, QStringLiteral("views"), &m_clock);
        QVERIFY(m_db);
        m_profile = test::addProfile(*m_db, QStringLiteral("a"));
        m_otherProfile = test::addProfile(*m_db, QStringLiteral("b"));
        QVERIFY(m_profile && m_otherProfile);
    }
    void cleanup() { m_db.reset(); }

    void roundTripsPayloadActionsAndKind()
    {
        const QJsonObject payload = QJsonDocument::fromJson(R"({
            "content": "Count: {state.count} ✓",
            "embeds": [{"title": "Counter", "color": 5793266}],
            "components": [{"type": 1, "components": [
                {"type": 2, "style": 1, "label": "+1", "custom_id": "inc"},
                {"type": 2, "style": 4, "label": "Reset", "custom_id": "reset"}]}]})")
                                        .object();
        const QJsonObject actions = QJsonDocument::fromJson(R"({
            "inc": {"type": "update", "set": {"count": "{state.count+1}"}},
            "reset": {"type": "update", "set": {"count": 0}}})")
                                        .object();
        ViewRecord record = view(QStringLiteral("counter"));
        record.kind = ViewRecord::Kind::Bound;
        record.timeoutSeconds = 900;
        record.payload = payload;
        record.actions = actions;
        auto saved = ViewStore(*m_db).save(record);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->created, m_clock.now());

        auto loaded = ViewStore(*m_db).byName(m_profile, QStringLiteral("counter"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->id, saved->id);
        QCOMPARE(loaded->profileId, m_profile);
        QCOMPARE(loaded->kind, ViewRecord::Kind::Bound);
        QCOMPARE(loaded->timeoutSeconds.value_or(-1), 900);
        QCOMPARE(loaded->payload, payload);
        QCOMPARE(loaded->actions, actions);
        QCOMPARE(ViewStore(*m_db).byId(saved->id)->name, QStringLiteral("counter"));
    }

    void updateChangesFieldsAndClearsTimeout()
    {
        ViewRecord record = view(QStringLiteral("help"));
        record.timeoutSeconds = 60;
        auto saved = ViewStore(*m_db).save(record);
        QVERIFY(saved.ok());
        m_clock.advance(5000);
        ViewRecord changed = *saved;
        changed.timeoutSeconds.reset();
        changed.kind = ViewRecord::Kind::Unbound;
        changed.payload = QJsonObject {{QStringLiteral("content"), QStringLiteral("new text")}};
        auto updated = ViewStore(*m_db).save(changed);
        QVERIFY(updated.ok());
        QVERIFY(!updated->timeoutSeconds.has_value());
        QCOMPARE(updated->payload.value(QStringLiteral("content")).toString(), QStringLiteral("new text"));
        QCOMPARE(updated->created, saved->created);
        QCOMPARE(updated->updated, saved->created.addMSecs(5000));
    }

    void namesAreUniquePerProfile()
    {
        QVERIFY(ViewStore(*m_db).save(view(QStringLiteral("menu"))).ok());
        auto duplicate = ViewStore(*m_db).save(view(QStringLiteral("menu")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(duplicate.error().message,
                 QStringLiteral("A view named “menu” already exists in this profile."));
        // The same name in another profile is fine.
        QVERIFY(ViewStore(*m_db).save(view(QStringLiteral("menu"), m_otherProfile)).ok());
        QCOMPARE(ViewStore(*m_db).save(view(QString())).error().kind, Error::Kind::InvalidInput);
    }

    void listIsPerProfileAndSorted()
    {
        for (const char *name : {"zeta", "alpha", "mid"})
            QVERIFY(ViewStore(*m_db).save(view(QString::fromLatin1(name))).ok());
        QVERIFY(ViewStore(*m_db).save(view(QStringLiteral("elsewhere"), m_otherProfile)).ok());
        auto list = ViewStore(*m_db).list(m_profile);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->first().name, QStringLiteral("alpha"));
        QCOMPARE(list->last().name, QStringLiteral("zeta"));
        QCOMPARE(ViewStore(*m_db).list(m_otherProfile)->size(), 1);
    }

    void unknownProfileIsNotFound()
    {
        auto saved = ViewStore(*m_db).save(view(QStringLiteral("orphan"), 12345));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::NotFound);
    }

    void removeDeletesBindings()
    {
        auto saved = ViewStore(*m_db).save(view(QStringLiteral("gone")));
        QVERIFY(saved.ok());
        BindingRecord binding;
        binding.messageId = QStringLiteral("1");
        binding.channelId = QStringLiteral("2");
        binding.viewId = saved->id;
        QVERIFY(BindingStore(*m_db).upsert(binding).ok());
        QVERIFY(ViewStore(*m_db).remove(saved->id).ok());
        QCOMPARE(ViewStore(*m_db).byId(saved->id).error().kind, Error::Kind::NotFound);
        QCOMPARE(BindingStore(*m_db).byMessageId(QStringLiteral("1")).error().kind, Error::Kind::NotFound);
        QCOMPARE(ViewStore(*m_db).remove(saved->id).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestViewStore)
#include "tst_viewstore.moc"
