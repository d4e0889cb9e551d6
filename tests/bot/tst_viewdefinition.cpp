// ViewDefinition (JSON in/out, validation with JSON paths, compilation, store records) and ViewLibrary
// (save/list/remove/import/export on a real SQLite file, the unbound custom_id rule).
#include "ViewTestSupport.h"
#include "bot/views/ViewLibrary.h"
#include "store/Database.h"
#include "store/Profile.h"
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

QString S(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

/// A view JSON with one button "b" and the given action for it (and optional extra actions).
QByteArray withAction(const char *kind, const QByteArray &action, const QByteArray &extraActions = {})
{
    return QByteArray("{\"name\":\"v\",\"kind\":\"") + kind
        + J("','message':{'content':'x','components':[{'type':1,'components':["
            "{'type':2,'style':1,'label':'B','custom_id':'b'}]}]},'actions':{'b':")
        + action + extraActions + "}}";
}

const QByteArray kModalOpen
    = J("{'type':'modal','modal':{'custom_id':'m','title':'Tell us',\n    "
        "'components':[{'type':1,'components':[{'type':4,'custom_id':'reason','style':1,'label':'Why'}]}]}}");

} // namespace

class TestViewDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedViewsAreValid()
    {
        for (const QJsonObject &json : {clickMeJson(), counterJson(), greetingJson()}) {
            auto v = ViewDefinition::fromJson(json);
            QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().toString()));
            QVERIFY(v->errors().isEmpty());
            auto compiled = v->compile();
            QVERIFY(compiled.ok());
            QCOMPARE((*compiled)->name, v->name);
        }
        const ViewDefinition counter = definition(counterJson());
        QVERIFY(counter.isBound());
        QVERIFY(!counter.timeoutSeconds);
        auto compiled = counter.compile();
        const ActionSpec *a = (*compiled)->action(u"counter:increment"_s);
        QVERIFY(a);
        QCOMPARE(a->type, ActionSpec::Type::Counter);
        QCOMPARE(a->key, u"count"_s);
        QCOMPARE(a->step, 1);
        QVERIFY(a->ephemeral);
        QVERIFY(a->changesState);
        QCOMPARE((*compiled)->componentTypes.value(u"counter:increment"_s), 2);
        bw::TemplateContext c;
        c.state = QJsonObject {{u"count"_s, 3}};
        QCOMPARE(a->reply.render(c).value(u"content"_s).toString(),
                 u"You have incremented this message's count to 3!"_s);

        const ViewDefinition greeting = definition(greetingJson());
        auto g = greeting.compile();
        const ActionSpec *check = (*g)->action(u"greeting:wave"_s);
        QCOMPARE(check->type, ActionSpec::Type::CheckUser);
        c.state = QJsonObject {{u"user_id"_s, u"42"_s}};
        QCOMPARE(check->reply.render(c).value(u"content"_s).toString(),
                 u"This button is only for greeting <@42>!"_s);
        QCOMPARE(check->value.render(c), u"42"_s);
        QCOMPARE(check->children.size(), size_t(1));
    }

    void validActions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("reply short") << withAction("unbound",
                                                   J("{'type':'reply','reply':'hi {user.mention}'}"));
        QTest::newRow("reply long") << withAction(
            "unbound",
            J("{'type':'reply','reply':{'content':'hi','embeds':[{'title':'t'}]},'ephemeral':true}"));
        QTest::newRow("reply embeds only")
            << withAction("unbound", J("{'type':'reply','reply':{'embeds':[{'title':'t'}]}}"));
        QTest::newRow("update") << withAction("unbound",
                                              J("{'type':'update','message':'edited by {user.name}'}"));
        QTest::newRow("counter defaults") << withAction("bound", J("{'type':'counter'}"));
        QTest::newRow("counter custom")
            << withAction("bound", J("{'type':'counter','key':'votes','step':-2,'reply':'{state.votes}'}"));
        QTest::newRow("set_state") << withAction(
            "bound", J("{'type':'set_state','key':'who','value':'{user.id}','reply':'ok'}"));
        QTest::newRow("check_user") << withAction(
            "bound",
            J("{'type':'check_user','user':'{state.user_id}','deny':'no','then':{'type':'counter'}}"));
        QTest::newRow("check_user literal id") << withAction(
            "unbound",
            J("{'type':'check_user','user':'123','deny':'no','then':{'type':'reply','reply':'yes'}}"));
        QTest::newRow("role add") << withAction("unbound", J("{'type':'role','mode':'add','role_id':'555'}"));
        QTest::newRow("role toggle reply")
            << withAction("unbound", J("{'type':'role','mode':'toggle','role_id':'555','reply':'toggled'}"));
        QTest::newRow("modal + submit") << withAction(
            "unbound", kModalOpen,
            ",\"m\":{\"type\":\"reply\",\"reply\":\"Because {field.reason}\",\"ephemeral\":true}");
        QTest::newRow("modal in sequence first")
            << withAction("unbound", (QByteArray(J("{'type':'sequence','steps':[")) + kModalOpen + "]}"),
                          ",\"m\":{\"type\":\"update\",\"message\":\"thanks\"}");
        QTest::newRow("defer") << withAction("unbound",
                                             J("{'type':'defer','delay_ms':500,'ephemeral':true,'then':{'"
                                               "type':'reply','reply':'done {now}'}}"));
        QTest::newRow("defer update") << withAction(
            "unbound", J("{'type':'defer','update':true,'then':{'type':'update','message':'later'}}"));
        QTest::newRow("send message") << withAction("unbound",
                                                    J("{'type':'send','channel_id':'{channel.id}','message':'"
                                                      "Posted by {user.mention}','reply':'sent'}"));
        QTest::newRow("send view with state") << withAction(
            "unbound",
            J("{'type':'send','channel_id':'123','view':'greeting','state':{'user_id':'{user.id}'}}"));
        QTest::newRow("sequence") << withAction(
            "bound",
            J("{'type':'sequence','steps':[{'type':'counter'},{'type':'reply','reply':'{count}'},"
              "{'type':'send','channel_id':'1','message':'x'}]}"));
        QTest::newRow("escaped braces")
            << withAction("unbound", J("{'type':'reply','reply':'{{not a var}}'}"));
    }

    void validActions()
    {
        QFETCH(QByteArray, json);
        auto views = ViewDefinition::listFromJson(json);
        QVERIFY2(views.ok(), views.ok() ? "" : qPrintable(views.error().toString()));
        QCOMPARE(views->size(), 1);
        QVERIFY(views->constFirst().compile().ok());
    }

    void invalidViews_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // the start of the error message: path and reason

        QTest::newRow("not json") << QByteArray("{\"name\":") << u"not valid JSON at byte"_s;
        QTest::newRow("array root") << QByteArray("[]") << u"expected a view object"_s;
        QTest::newRow("wrong marker") << QByteArray(J("{'botwright':'tasks','version':1,'views':[]}"))
                                      << u"botwright: this is not a views file"_s;
        QTest::newRow("version 2") << QByteArray(J("{'botwright':'views','version':2,'views':[]}"))
                                   << u"version: 2 is not supported"_s;
        QTest::newRow("views not list")
            << QByteArray(J("{'botwright':'views','version':1,'views':{}}")) << u"views: must be a list"_s;
        QTest::newRow("file path") << QByteArray(J("{'botwright':'views','version':1,'views':["))
                + withAction("unbound", J("{'type':'reply','reply':'ok'}")) + ","
                + withAction("unbound", J("{'type':'reply','reply':'{bad}'}"))
                      .replace("\"name\":\"v\"", "\"name\":\"w\"")
                + "]}" << S(J("views[1].actions['b'].reply: unknown variable {bad}"));
        QTest::newRow("duplicate name in file") << QByteArray(J("{'botwright':'views','version':1,'views':["))
                + withAction("unbound", J("{'type':'reply','reply':'ok'}")) + ","
                + withAction("unbound", J("{'type':'reply','reply':'ok'}"))
                + "]}" << S(J("views[1].name: the name 'v' appears twice"));
        QTest::newRow("no name") << QByteArray(J("{'message':{'content':'x'}}")) << u"name: missing"_s;
        QTest::newRow("empty name") << QByteArray(J("{'name':'','message':{'content':'x'}}"))
                                    << u"name: must be 1 to 100"_s;
        QTest::newRow("long name") << (QByteArray("{\"name\":\"") + QByteArray(101, 'n')
                                       + "\",\"message\":{}}")
                                   << u"name: must be 1 to 100"_s;
        QTest::newRow("bad kind") << QByteArray(J("{'name':'v','kind':'sticky','message':{}}"))
                                  << u"kind: must be \"bound\" or \"unbound\""_s;
        QTest::newRow("no message") << QByteArray(J("{'name':'v'}")) << u"message: missing"_s;
        QTest::newRow("timeout unbound") << QByteArray(J("{'name':'v','timeout_seconds':60,'message':{}}"))
                                         << u"timeout_seconds: only a bound view can time out"_s;
        QTest::newRow("timeout negative")
            << QByteArray(J("{'name':'v','kind':'bound','timeout_seconds':-1,'message':{}}"))
            << u"timeout_seconds: must be null or a whole number"_s;
        QTest::newRow("duplicate custom_id")
            << QByteArray(J("{'name':'v','message':{'components':[{'type':1,'components':["
                            "{'type':2,'style':1,'custom_id':'a'},{'type':2,'style':1,'custom_id':'a'}]}]}}"))
            << u"message.components[0].components[1].custom_id: the custom_id \"a\" is used twice"_s;
        QTest::newRow("long custom_id")
            << (QByteArray("{\"name\":\"v\",\"message\":{\"components\":[{\"type\":1,\"components\":[{"
                           "\"type\":2,\"style\":1,\"custom_id\":\"")
                + QByteArray(101, 'c') + "\"}]}]}}")
            << u"message.components[0].components[0].custom_id: a custom_id must be 1 to 100"_s;
        QTest::newRow("action for nothing")
            << withAction("unbound", J("{'type':'reply','reply':'x'}"),
                          ",\"ghost\":{\"type\":\"reply\",\"reply\":\"x\"}")
            << S(J("actions['ghost']: 'ghost' is neither a custom_id of the message"));
        QTest::newRow("action not object")
            << withAction("unbound", "\"reply\"") << S(J("actions['b']: an action must be an object"));
        QTest::newRow("no type") << withAction("unbound", J("{'reply':'x'}"))
                                 << S(J("actions['b'].type: missing (one of reply, update"));
        QTest::newRow("unknown type") << withAction("unbound", J("{'type':'explode'}"))
                                      << S("actions[\"b\"].type: unknown action type \"explode\"");
        QTest::newRow("reply missing")
            << withAction("unbound", J("{'type':'reply'}")) << S(J("actions['b'].reply: missing"));
        QTest::newRow("reply empty") << withAction("unbound", J("{'type':'reply','reply':{}}"))
                                     << S(J("actions['b'].reply: is empty"));
        QTest::newRow("reply number")
            << withAction("unbound", J("{'type':'reply','reply':5}"))
            << S(J("actions['b'].reply: must be a template string or a message object"));
        QTest::newRow("reply too long") << withAction(
            "unbound", (QByteArray("{\"type\":\"reply\",\"reply\":\"") + QByteArray(2001, 'x') + "\"}"))
                                        << S(J("actions['b'].reply: content is 2001 characters"));
        QTest::newRow("embeds not list")
            << withAction("unbound", J("{'type':'reply','reply':{'content':'x','embeds':{}}}"))
            << S(J("actions['b'].reply.embeds: must be an array"));
        QTest::newRow("ephemeral not bool")
            << withAction("unbound", J("{'type':'reply','reply':'x','ephemeral':'yes'}"))
            << S(J("actions['b'].ephemeral: must be true or false"));
        QTest::newRow("unknown variable")
            << withAction("unbound", J("{'type':'reply','reply':'{user.nmae}'}"))
            << S(J("actions['b'].reply: unknown variable {user.nmae}"));
        QTest::newRow("unclosed brace") << withAction("unbound", J("{'type':'reply','reply':'{user.name'}"))
                                        << S("actions[\"b\"].reply: a '{' that is not closed");
        QTest::newRow("run in view")
            << withAction("unbound", J("{'type':'reply','reply':'{run}'}"))
            << S(J("actions['b'].reply: the variable {run} is not available in a view"));
        QTest::newRow("opt in view")
            << withAction("unbound", J("{'type':'reply','reply':'{opt.x}'}"))
            << S(J("actions['b'].reply: the variable {opt.x} is not available in a view"));
        QTest::newRow("state in unbound") << withAction("unbound", J("{'type':'reply','reply':'{count}'}"))
                                          << S(J("actions['b'].reply: {count} needs a bound view"));
        QTest::newRow("field outside modal")
            << withAction("unbound", J("{'type':'reply','reply':'{field.reason}'}"))
            << S(J("actions['b'].reply: {field.reason} is only available in the action that answers a modal "
                   "submit"));
        QTest::newRow("unknown field")
            << withAction("unbound", kModalOpen, ",\"m\":{\"type\":\"reply\",\"reply\":\"{field.nope}\"}")
            << S(J("actions['m'].reply: {field.nope}: the modal has no text input"));
        QTest::newRow("counter unbound") << withAction("unbound", J("{'type':'counter'}"))
                                         << S(J("actions['b'].type: 'counter' needs a bound view"));
        QTest::newRow("counter step") << withAction("bound", J("{'type':'counter','step':1.5}"))
                                      << S(J("actions['b'].step: must be an integer"));
        QTest::newRow("set_state no key") << withAction("bound", J("{'type':'set_state','value':'x'}"))
                                          << S(J("actions['b'].key: missing"));
        QTest::newRow("set_state value") << withAction("bound", J("{'type':'set_state','key':'k','value':3}"))
                                         << S(J("actions['b'].value: must be a template string"));
        QTest::newRow("check_user no then")
            << withAction("unbound", J("{'type':'check_user','user':'1','deny':'no'}"))
            << S(J("actions['b'].then: missing"));
        QTest::newRow("check_user no deny") << withAction(
            "unbound", J("{'type':'check_user','user':'1','then':{'type':'reply','reply':'x'}}"))
                                            << S(J("actions['b'].deny: missing"));
        QTest::newRow("check_user bad then") << withAction(
            "unbound",
            J("{'type':'check_user','user':'1','deny':'no','then':{'type':'reply','reply':'{x}'}}"))
                                             << S(J("actions['b'].then.reply: unknown variable {x}"));
        QTest::newRow("role mode") << withAction("unbound", J("{'type':'role','mode':'swap','role_id':'1'}"))
                                   << S(J("actions['b'].mode: must be add, remove or toggle"));
        QTest::newRow("role id") << withAction("unbound",
                                               J("{'type':'role','mode':'add','role_id':'admins'}"))
                                 << S(J("actions['b'].role_id: must be a role id"));
        QTest::newRow("modal no title")
            << withAction("unbound", J("{'type':'modal','modal':{'custom_id':'m','components':[{}]}}"))
            << S(J("actions['b'].modal.title: missing"));
        QTest::newRow("modal no rows") << withAction(
            "unbound", J("{'type':'modal','modal':{'custom_id':'m','title':'t','components':[]}}"))
                                       << S(J("actions['b'].modal.components: needs 1 to 5 rows"));
        QTest::newRow("modal answers modal")
            << withAction("unbound", kModalOpen, (QByteArray(",\"m\":") + kModalOpen))
            << S(J("actions['m']: a modal submit cannot be answered with another modal"));
        QTest::newRow("modal after defer")
            << withAction("unbound", (QByteArray(J("{'type':'defer','then':")) + kModalOpen + "}"))
            << S(J("actions['b'].then: a modal must be the first response"));
        QTest::newRow("modal second step")
            << withAction("unbound",
                          (QByteArray(J("{'type':'sequence','steps':[{'type':'reply','reply':'x'},"))
                           + kModalOpen + "]}"))
            << S(J("actions['b'].steps[1]: a modal must be the first response"));
        QTest::newRow("defer delay") << withAction(
            "unbound", J("{'type':'defer','delay_ms':-5,'then':{'type':'reply','reply':'x'}}"))
                                     << S(J("actions['b'].delay_ms: must be a number of milliseconds"));
        QTest::newRow("defer in defer") << withAction(
            "unbound", J("{'type':'defer','then':{'type':'defer','then':{'type':'reply','reply':'x'}}}"))
                                        << S(J("actions['b'].then: a defer must be the first response"));
        QTest::newRow("send no channel") << withAction("unbound", J("{'type':'send','message':'x'}"))
                                         << S(J("actions['b'].channel_id: missing"));
        QTest::newRow("send nothing") << withAction("unbound", J("{'type':'send','channel_id':'1'}"))
                                      << S(J("actions['b'].message: missing"));
        QTest::newRow("send both") << withAction(
            "unbound", J("{'type':'send','channel_id':'1','view':'x','message':'y'}"))
                                   << S("actions[\"b\"].message: give either \"message\" or \"view\"");
        QTest::newRow("send state") << withAction(
            "unbound", J("{'type':'send','channel_id':'1','view':'x','state':{'a':1}}"))
                                    << S(J("actions['b'].state['a']: must be a template string"));
        QTest::newRow("sequence empty") << withAction("unbound", J("{'type':'sequence','steps':[]}"))
                                        << S(J("actions['b'].steps: must be a list of 1 to 5 actions"));
        QTest::newRow("sequence six")
            << withAction("unbound",
                          J("{'type':'sequence','steps':[{'type':'reply','reply':'1'},{'type':'reply','reply'"
                            ":'2'},{'type':'reply','reply':'3'},{'type':'reply','reply':'4'},{'type':'reply',"
                            "'reply':'5'},{'type':'reply','reply':'6'}]}"))
            << S(J("actions['b'].steps: must be a list of 1 to 5 actions"));
        QTest::newRow("sequence nested")
            << withAction("unbound",
                          J("{'type':'sequence','steps':[{'type':'sequence','steps':[{'type':'reply','reply':"
                            "'x'}]}]}"))
            << S(J("actions['b'].steps[0]: a sequence cannot contain another sequence"));
        QTest::newRow("sequence bad step") << withAction(
            "unbound", J("{'type':'sequence','steps':[{'type':'reply','reply':'x'},{'type':'nope'}]}"))
                                           << S("actions[\"b\"].steps[1].type: unknown action type \"nope\"");
    }

    void invalidViews()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto views = ViewDefinition::listFromJson(json);
        QVERIFY(!views.ok());
        QCOMPARE(views.error().kind, bw::Error::Kind::InvalidInput);
        QVERIFY2(views.error().message.startsWith(expected),
                 qPrintable(u"got: "_s + views.error().toString() + u"\nwanted: "_s + expected));
    }

    void everyErrorIsListed()
    {
        auto v = ViewDefinition::fromJson(
            parseObject(withAction("unbound", J("{'type':'reply','reply':'{a} {b}'}"))));
        QVERIFY(!v.ok());
        QVERIFY(v.error().details.contains(u"{a}"_s));
        QVERIFY(v.error().details.contains(u"{b}"_s));
    }

    void warningsDoNotBlock()
    {
        // a button without an action is allowed; validate() says what a click would get
        ViewDefinition v;
        v.name = u"w"_s;
        v.message = messageWith(u"x"_s, {row({button(u"lonely"_s, u"L"_s)})});
        const QList<ViewIssue> issues = v.validate();
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().warning);
        QCOMPARE(issues.first().path, S(J("actions['lonely']")));
        QVERIFY(issues.first().message.contains(u"no longer handled"_s));
        QVERIFY(v.errors().isEmpty());
        QVERIFY(v.compile().ok());
        // so do unknown top-level keys (ignored)
        QJsonObject json = v.toJson();
        json.insert(u"colour"_s, u"red"_s);
        QVERIFY(ViewDefinition::fromJson(json).ok());
    }

    void roundTripKeepsUnknownMessageKeys()
    {
        QJsonObject json = counterJson();
        QJsonObject message = json.value(u"message"_s).toObject();
        message.insert(u"poll"_s, QJsonObject {{u"question"_s, QJsonObject {{u"text"_s, u"?"_s}}}});
        message.insert(u"allowed_mentions"_s, QJsonObject {{u"parse"_s, QJsonArray {}}});
        message.insert(u"flags"_s, 4096);
        json.insert(u"message"_s, message);
        auto v = ViewDefinition::fromJson(json);
        QVERIFY(v.ok());
        const QJsonObject out = v->toJson();
        QCOMPARE(out.value(u"message"_s).toObject(), message);
        QCOMPARE(out.value(u"actions"_s).toObject(), json.value(u"actions"_s).toObject());
        QCOMPARE(out.value(u"timeout_seconds"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(out.value(u"kind"_s).toString(), u"bound"_s);
        auto again = ViewDefinition::fromJson(out);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), v.value());

        // the file form
        const QByteArray file
            = QJsonDocument(ViewDefinition::fileJson({v.value(), definition(clickMeJson())})).toJson();
        auto both = ViewDefinition::listFromJson(file);
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 2);
        QCOMPARE(both->at(0), v.value());
        QCOMPARE(both->at(1).name, u"click-me"_s);
    }

    void recordConversion()
    {
        ViewDefinition v = definition(counterJson());
        v.id = 7;
        v.timeoutSeconds = 30;
        const bw::store::ViewRecord r = v.toRecord(3);
        QCOMPARE(r.id, 7);
        QCOMPARE(r.profileId, 3);
        QCOMPARE(r.payload, v.message);
        QCOMPARE(r.actions, v.actions);
        QCOMPARE(r.kind, bw::store::ViewRecord::Kind::Bound);
        QCOMPARE(r.timeoutSeconds, std::optional<int>(30));
        QCOMPARE(ViewDefinition::fromRecord(r), v);
    }

    void componentIdsAtAnyDepth()
    {
        ViewDefinition v;
        v.name = u"v2"_s;
        v.message = parseObject(J(
            "{'flags':32768,'components':[{'type':17,'components':[\n            "
            "{'type':9,'components':[{'type':10,'content':'hi'}],'accessory':{'type':2,'style':1,'custom_id':"
            "'acc'}},\n            "
            "{'type':1,'components':[{'type':3,'custom_id':'pick','options':[{'label':'a','value':'a'}]}]},"
            "\n            "
            "{'type':1,'components':[{'type':2,'style':5,'url':'https://example.org','label':'link'}]}]}]}"));
        QCOMPARE(v.componentCustomIds(), (QStringList {u"acc"_s, u"pick"_s}));
        v.actions = parseObject(
            J("{'acc':{'type':'reply','reply':'a'},'pick':{'type':'reply','reply':'{values}'}}"));
        auto c = v.compile();
        QVERIFY(c.ok());
        QCOMPARE((*c)->componentTypes.value(u"pick"_s), 3);
    }

    // ---- ViewLibrary on a real SQLite file

    void librarySaveListRemove()
    {
        QTemporaryDir dir;
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        const qint64 profile = makeProfile(**db, u"p"_s);
        ViewLibrary library(**db, profile);

        auto saved = library.save(definition(counterJson()));
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
        QVERIFY(saved->id > 0);
        QVERIFY(library.save(definition(clickMeJson())).ok());
        auto list = library.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"click-me"_s);
        QCOMPARE(list->at(1), saved.value());

        // a second insert with the same name is refused; saveOrReplace keeps the id
        auto twice = library.save(definition(counterJson()));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(u"already exists"_s), qPrintable(twice.error().message));
        ViewDefinition changed = definition(counterJson());
        changed.message.insert(u"content"_s, u"Changed"_s);
        auto replaced = library.saveOrReplace(changed);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->id, saved->id);
        QCOMPARE(library.byName(u"counter"_s)->message.value(u"content"_s).toString(), u"Changed"_s);

        // an invalid view is not saved
        ViewDefinition broken = definition(clickMeJson());
        broken.name = u"broken"_s;
        broken.actions = parseObject(J("{'persistent:click':{'type':'reply','reply':'{oops}'}}"));
        auto refused = library.save(broken);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(
                     S(J("actions['persistent:click'].reply: unknown variable {oops}"))),
                 qPrintable(refused.error().toString()));
        QVERIFY(!library.byName(u"broken"_s).ok());

        QVERIFY(library.remove(u"counter"_s).ok());
        QCOMPARE(library.list()->size(), 1);
        QCOMPARE(library.remove(u"counter"_s).error().kind, bw::Error::Kind::NotFound);
    }

    void duplicateUnboundCustomIdRefused()
    {
        QTemporaryDir dir;
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        const qint64 profile = makeProfile(**db, u"p"_s);
        ViewLibrary library(**db, profile);
        QVERIFY(library.save(definition(clickMeJson())).ok());

        ViewDefinition second = definition(clickMeJson());
        second.name = u"copy"_s;
        auto refused = library.save(second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 S(J("The view 'copy' cannot claim the custom_id 'persistent:click': the unbound view "
                     "'click-me' already answers it.")));
        QCOMPARE(library.list()->size(), 1);

        // bound views may reuse it (bindings route first), and so may another profile
        second.kind = ViewDefinition::Kind::Bound;
        QVERIFY(library.save(second).ok());
        ViewLibrary other(**db, makeProfile(**db, u"q"_s));
        QVERIFY(other.save(definition(clickMeJson())).ok());
        // updating the first view itself is fine
        ViewDefinition first = library.byName(u"click-me"_s).value();
        first.message.insert(u"content"_s, u"again"_s);
        QVERIFY(library.save(first).ok());
    }

    void importExport()
    {
        QTemporaryDir dir;
        auto db = bw::store::Database::openInDirectory(dir.path());
        QVERIFY(db.ok());
        ViewLibrary library(**db, makeProfile(**db, u"p"_s));
        const QByteArray file
            = QJsonDocument(ViewDefinition::fileJson({definition(clickMeJson()), definition(counterJson()),
                                                      definition(greetingJson())}))
                  .toJson();
        auto imported = library.importJson(file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
        QCOMPARE(imported.value(), (QStringList {u"click-me"_s, u"counter"_s, u"greeting"_s}));

        // export → import elsewhere gives equal views
        auto exported = library.exportJson();
        QVERIFY(exported.ok());
        ViewLibrary second(**db, makeProfile(**db, u"q"_s));
        QVERIFY(second.importJson(exported.value()).ok());
        auto a = library.list();
        auto b = second.list();
        QCOMPARE(a->size(), b->size());
        for (int i = 0; i < a->size(); ++i) {
            QCOMPARE(a->at(i).toJson(), b->at(i).toJson());
        }
        auto one = library.exportJson({u"counter"_s});
        QVERIFY(one.ok());
        QCOMPARE(ViewDefinition::listFromJson(one.value())->size(), 1);
        QCOMPARE(library.exportJson({u"nope"_s}).error().kind, bw::Error::Kind::NotFound);

        // re-import replaces by name; a single view object is accepted
        QJsonObject counter = counterJson();
        counter.insert(u"kind"_s, u"bound"_s);
        QVERIFY(library.importJson(QJsonDocument(counter).toJson()).ok());
        QCOMPARE(library.list()->size(), 3);

        // all or nothing: the second view conflicts with click-me, so the first is not kept either
        QJsonObject fresh = clickMeJson();
        fresh.insert(u"name"_s, u"fresh"_s);
        fresh.insert(u"actions"_s, parseObject(J("{'persistent:click':{'type':'reply','reply':'x'}}")));
        QJsonObject okView = counterJson();
        okView.insert(u"name"_s, u"counter2"_s);
        const QByteArray conflicting = QJsonDocument(QJsonObject {{u"botwright"_s, u"views"_s},
                                                                  {u"version"_s, 1},
                                                                  {u"views"_s, QJsonArray {okView, fresh}}})
                                           .toJson();
        auto failed = library.importJson(conflicting);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(u"\"fresh\""_s));
        QVERIFY(failed.error().message.contains(u"\"click-me\""_s));
        QCOMPARE(library.list()->size(), 3);
        QVERIFY(!library.byName(u"counter2"_s).ok());
    }

private:
    static qint64 makeProfile(bw::store::Database &db, const QString &name)
    {
        bw::store::Profile p;
        p.name = name;
        auto saved = bw::store::ProfileStore(db).save(p);
        if (!saved)
            qFatal("profile: %s", qPrintable(saved.error().toString()));
        return saved->id;
    }
};

QTEST_GUILESS_MAIN(TestViewDefinition)
#include "tst_viewdefinition.moc"
