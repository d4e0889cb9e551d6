// Template: parsing, variable listing, scope checks and rendering, table-driven.
#include "bot/Template.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

using bw::Template;
using bw::TemplateContext;
using bw::TemplateScope;
using bw::TemplateVar;
namespace Scopes = bw::TemplateScopes;

Q_DECLARE_METATYPE(bw::TemplateScope)

namespace {

TemplateContext sampleContext(const bw::Clock *clock)
{
    TemplateContext c;
    c.userId = QStringLiteral("111");
    c.userName = QStringLiteral("Alice");
    c.channelId = QStringLiteral("222");
    c.guildId = QStringLiteral("333");
    c.guildName = QStringLiteral("Sandbox");
    c.messageId = QStringLiteral("444");
    c.state = QJsonObject {{QStringLiteral("count"), 7},
                           {QStringLiteral("user_id"), QStringLiteral("555")},
                           {QStringLiteral("ratio"), 0.5},
                           {QStringLiteral("flag"), true}};
    c.values = {QStringLiteral("red"), QStringLiteral("blue")};
    c.fields.insert(QStringLiteral("reason"), QStringLiteral("because"));
    c.opts.insert(QStringLiteral("seconds"), QStringLiteral("5"));
    c.run = 3;
    c.clock = clock;
    return c;
}

} // namespace

class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Hello"_s << u"Hello"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("mention") << u"Hi {user.mention}!"_s << u"Hi <@111>!"_s;
        QTest::newRow("name and id") << u"{user.name} ({user.id})"_s << u"Alice (111)"_s;
        QTest::newRow("channel") << u"{channel.mention} {channel.id}"_s << u"<#222> 222"_s;
        QTest::newRow("guild") << u"{guild.name}/{guild.id}"_s << u"Sandbox/333"_s;
        QTest::newRow("message") << u"{message.id}"_s << u"444"_s;
        QTest::newRow("counter seed") << u"You have incremented this message's count to {count}!"_s
                                      << u"You have incremented this message's count to 7!"_s;
        QTest::newRow("state key") << u"This button is only for greeting <@{state.user_id}>!"_s
                                   << u"This button is only for greeting <@555>!"_s;
        QTest::newRow("state fraction") << u"{state.ratio}"_s << u"0.5"_s;
        QTest::newRow("state bool") << u"{state.flag}"_s << u"true"_s;
        QTest::newRow("state missing") << u"[{state.nope}]"_s << u"[]"_s;
        QTest::newRow("values") << u"You picked {values}."_s << u"You picked red, blue."_s;
        QTest::newRow("field") << u"Reason: {field.reason}"_s << u"Reason: because"_s;
        QTest::newRow("field missing") << u"<{field.other}>"_s << u"<>"_s;
        QTest::newRow("opt") << u"wait {opt.seconds}s"_s << u"wait 5s"_s;
        QTest::newRow("run") << u"run #{run}"_s << u"run #3"_s;
        QTest::newRow("now") << u"at {now}"_s << u"at <t:1700000000:f>"_s;
        QTest::newRow("escapes") << u"{{literal}} and {{{user.name}}}"_s << u"{literal} and {Alice}"_s;
        QTest::newRow("unicode") << u"héllo {user.name} ✓"_s << u"héllo Alice ✓"_s;
        QTest::newRow("unknown stays visible") << u"x {mystery} y"_s << u"x {mystery} y"_s;
        QTest::newRow("adjacent") << u"{user.id}{channel.id}"_s << u"111222"_s;
    }

    void render()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        bw::ManualClock clock; // 2023-11-14T22:13:20Z = 1700000000
        const auto t = Template::parse(text);
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        QCOMPARE(t->render(sampleContext(&clock)), expected);
        QCOMPARE(t->source(), text);
    }

    void countDefaultsToZero()
    {
        const auto t = Template::parse(u"{count}"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->render(TemplateContext {}), u"0"_s);
    }

    void emptyContextRendersEmpty()
    {
        const auto t = Template::parse(u"[{user.mention}][{channel.mention}][{guild.name}]"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->render(TemplateContext {}), u"[][][]"_s);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unclosed") << u"Hello {user.name"_s << u"not closed at character 7"_s;
        QTest::newRow("nested open") << u"{a{b}"_s << u"not closed at character 1"_s;
        QTest::newRow("lone close") << u"oops }"_s << u"without its '{' at character 6"_s;
        QTest::newRow("empty") << u"{}"_s << u"empty variable name"_s;
        QTest::newRow("blank") << u"{  }"_s << u"empty variable name"_s;
        QTest::newRow("close after escape") << u"{{x}"_s << u"without its '{'"_s;
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const auto t = Template::parse(text);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, bw::Error::Kind::InvalidInput);
        QVERIFY2(t.error().message.contains(fragment), qPrintable(t.error().message));
        QVERIFY(t.error().message.contains(u"{{"_s)); // tells how to write a literal brace
    }

    void variables()
    {
        const auto t = Template::parse(u"{user.name} {count} {user.name} {state.a} {{x}} {field.b} {zzz}"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->variables(),
                 (QStringList {u"user.name"_s, u"count"_s, u"state.a"_s, u"field.b"_s, u"zzz"_s}));
        QVERIFY(!t->isConstant());
        QVERIFY(t->uses(TemplateVar::State));
        QVERIFY(t->uses(TemplateVar::Fields));
        QVERIFY(!t->uses(TemplateVar::Run));

        const auto constant = Template::parse(u"no {{vars}} here"_s);
        QVERIFY(constant.ok());
        QVERIFY(constant->isConstant());
        QVERIFY(constant->variables().isEmpty());
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TemplateScope>("scope");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("view ok")
            << u"{user.mention} {count} {state.k} {values} {field.f} {now} {message.id}"_s << Scopes::view()
            << QStringList {};
        QTest::newRow("run not in views") << u"{run}"_s << Scopes::view() << QStringList {u"run"_s};
        QTest::newRow("run in tasks")
            << u"{run} {now} {channel.mention}"_s << Scopes::task() << QStringList {};
        QTest::newRow("user not in tasks")
            << u"{user.name}"_s << Scopes::task() << QStringList {u"user.name"_s};
        QTest::newRow("opt only in commands") << u"{opt.x}"_s << Scopes::view() << QStringList {u"opt.x"_s};
        QTest::newRow("opt in commands") << u"{opt.x} {user.name}"_s << Scopes::command() << QStringList {};
        QTest::newRow("typo") << u"{user.nmae} {usr}"_s << Scopes::all()
                              << QStringList {u"user.nmae"_s, u"usr"_s};
        QTest::newRow("bare prefix") << u"{state.}"_s << Scopes::all() << QStringList {u"state."_s};
        QTest::newRow("case matters") << u"{User.Name}"_s << Scopes::all() << QStringList {u"User.Name"_s};
        QTest::newRow("dedup") << u"{x} {x}"_s << Scopes::all() << QStringList {u"x"_s};
    }

    void scopes()
    {
        QFETCH(QString, text);
        QFETCH(TemplateScope, scope);
        QFETCH(QStringList, unknown);
        const auto t = Template::parse(text);
        QVERIFY(t.ok());
        QCOMPARE(t->unknownVariables(scope), unknown);
        const auto checked = Template::parseChecked(text, scope);
        QCOMPARE(checked.ok(), unknown.isEmpty());
        if (!checked.ok())
            QVERIFY2(checked.error().message.contains(u'{' + unknown.constFirst() + u'}'),
                     qPrintable(checked.error().message));
    }

    void checkedErrorSaysWhy()
    {
        const auto notHere = Template::parseChecked(u"{run}"_s, Scopes::view());
        QVERIFY(!notHere.ok());
        QCOMPARE(notHere.error().message, u"the variable {run} is not available here"_s);
        const auto unknown = Template::parseChecked(u"{nope}"_s, Scopes::view());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, u"unknown variable {nope}"_s);
    }

    void valueText()
    {
        QCOMPARE(Template::valueText(QJsonValue(42)), u"42"_s);
        QCOMPARE(Template::valueText(QJsonValue(-3.0)), u"-3"_s);
        QCOMPARE(Template::valueText(QJsonValue(1.25)), u"1.25"_s);
        QCOMPARE(Template::valueText(QJsonValue(QJsonValue::Null)), QString());
        QCOMPARE(Template::valueText(QJsonArray {1, u"a"_s}), u"[1,\"a\"]"_s);
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
