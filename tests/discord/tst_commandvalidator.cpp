// Table tests of CommandValidator against Discord's application command limits.
#include "discord/CommandValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace bw::discord;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test table: %s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList paths(const QList<CommandProblem> &problems)
{
    QStringList out;
    for (const CommandProblem &p : problems)
        out << p.path;
    return out;
}

QString describe(const QList<CommandProblem> &problems)
{
    QStringList out;
    for (const CommandProblem &p : problems)
        out << p.toString();
    return out.join(u" | "_s);
}

QJsonObject option(const QString &name, int type, bool required = false)
{
    QJsonObject o {{u"name"_s, name}, {u"description"_s, u"An option"_s}, {u"type"_s, type}};
    if (required)
        o.insert(u"required"_s, true);
    return o;
}

QString padded(int index, int size)
{
    return QString::number(index).leftJustified(size, u'.');
}

/// A valid-looking command whose size (as Discord counts it) is exactly `size` (208..10008): two string
/// options of 25 choices whose names and values share the length that is left.
QJsonObject ofSize(int size)
{
    int left = size - 8; // "a" + "b" + 2 x ("o0" + "d")
    QList<int> fields(100, 2);
    left -= 200;
    for (int &f : fields) {
        const int extra = std::min(98, left);
        f += extra;
        left -= extra;
    }
    QJsonArray options;
    for (int o = 0; o < 2; ++o) {
        QJsonArray choices;
        for (int c = 0; c < 25; ++c) {
            const int base = (o * 25 + c) * 2;
            choices.append(QJsonObject {{u"name"_s, padded(c + 10, fields.at(base))},
                                        {u"value"_s, padded(c, fields.at(base + 1))}});
        }
        options.append(QJsonObject {{u"name"_s, u"o%1"_s.arg(o)},
                                    {u"description"_s, u"d"_s},
                                    {u"type"_s, 3},
                                    {u"choices"_s, choices}});
    }
    return QJsonObject {{u"name"_s, u"a"_s}, {u"description"_s, u"b"_s}, {u"options"_s, options}};
}

} // namespace

class TestCommandValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QJsonObject>("command");
        QTest::newRow("ping") << parse(R"({"name":"ping","description":"Replies with Pong!"})");
        QTest::newRow("explicit type 1") << parse(R"({"name":"ping","type":1,"description":"P"})");
        QTest::newRow("hyphen underscore apostrophe digits")
            << parse("{\"name\":\"a-b_c\047d9\",\"description\":\"x\"}");
        QTest::newRow("non-latin lowercase") << parse(R"({"name":"привет","description":"x"})");
        QTest::newRow("no case (CJK)") << parse(R"({"name":"你好","description":"x"})");
        QTest::newRow("devanagari with marks") << parse(R"({"name":"नमस्ते","description":"x"})");
        QTest::newRow("thai with marks") << parse(R"({"name":"สวัสดี","description":"x"})");
        QTest::newRow("32 characters")
            << QJsonObject {{u"name"_s, QString(32, u'a')}, {u"description"_s, u"x"_s}};
        QTest::newRow("100-character description")
            << QJsonObject {{u"name"_s, u"a"_s}, {u"description"_s, QString(100, u'd')}};
        QTest::newRow("wait seconds:int") << parse(R"({"name":"wait","description":"Waits","options":[
            {"name":"seconds","description":"How long","type":4,"required":true,"min_value":1,"max_value":10}]})");
        QTest::newRow("every value type") << parse(R"({"name":"all","description":"x","options":[
            {"name":"s","description":"x","type":3,"min_length":0,"max_length":6000},
            {"name":"i","description":"x","type":4,"min_value":-9007199254740991,"max_value":9007199254740991},
            {"name":"b","description":"x","type":5},
            {"name":"u","description":"x","type":6},
            {"name":"c","description":"x","type":7,"channel_types":[0,2,4,5,10,11,12,13,15,16]},
            {"name":"r","description":"x","type":8},
            {"name":"m","description":"x","type":9},
            {"name":"n","description":"x","type":10,"min_value":0.5,"max_value":2.5},
            {"name":"a","description":"x","type":11}]})");
        QTest::newRow("choices") << parse(R"({"name":"pick","description":"x","options":[
            {"name":"colour","description":"x","type":3,"choices":[{"name":"Red","value":"red"},{"name":"Blue","value":"blue"}]},
            {"name":"level","description":"x","type":4,"choices":[{"name":"One","value":1}]},
            {"name":"ratio","description":"x","type":10,"choices":[{"name":"Half","value":0.5}]}]})");
        QTest::newRow("autocomplete without choices") << parse(R"({"name":"find","description":"x","options":[
            {"name":"q","description":"x","type":3,"autocomplete":true}]})");
        QTest::newRow("tools group") << parse(R"({"name":"tools","description":"Tools","options":[
            {"name":"admin","description":"Admin tools","type":2,"options":[
                {"name":"purge","description":"x","type":1,"options":[{"name":"count","description":"x","type":4,"required":true}]}]},
            {"name":"echo","description":"Echo","type":1,"options":[{"name":"text","description":"x","type":3}]}]})");
        QTest::newRow("user command mixed case and spaces") << parse(R"({"name":"High Five","type":2})");
        QTest::newRow("message command empty description")
            << parse(R"({"name":"Quote This","type":3,"description":""})");
        QTest::newRow("localizations") << parse(R"({"name":"hello","description":"Say hello",
            "name_localizations":{"de":"hallo","fr":"bonjour"},"description_localizations":{"de":"Sag hallo"}})");
        QTest::newRow("permissions contexts integration types")
            << parse(R"({"name":"ban","description":"x","default_member_permissions":"4","contexts":[0,1,2],
                         "integration_types":[0,1],"nsfw":false})");
        QTest::newRow("25 options") << [] {
            QJsonArray options;
            for (int i = 0; i < 25; ++i)
                options.append(option(u"o%1"_s.arg(i), 3));
            return QJsonObject {{u"name"_s, u"many"_s}, {u"description"_s, u"x"_s}, {u"options"_s, options}};
        }();
    }
    void valid()
    {
        QFETCH(QJsonObject, command);
        const auto problems = CommandValidator::validate(command);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void invalid_data()
    {
        QTest::addColumn<QJsonObject>("command");
        QTest::addColumn<QStringList>("expectedPaths");
        const QStringList name {u"name"_s};
        QTest::newRow("empty name") << parse(R"({"name":"","description":"x"})") << name;
        QTest::newRow("missing name") << parse(R"({"description":"x"})") << name;
        QTest::newRow("33 characters")
            << QJsonObject {{u"name"_s, QString(33, u'a')}, {u"description"_s, u"x"_s}} << name;
        QTest::newRow("uppercase") << parse(R"({"name":"Ping","description":"x"})") << name;
        QTest::newRow("uppercase cyrillic") << parse(R"({"name":"Привет","description":"x"})") << name;
        QTest::newRow("space") << parse(R"({"name":"two words","description":"x"})") << name;
        QTest::newRow("symbol") << parse(R"({"name":"ping!","description":"x"})") << name;
        QTest::newRow("emoji") << parse(R"({"name":"ping😀","description":"x"})") << name;
        QTest::newRow("no description") << parse(R"({"name":"ping"})") << QStringList {u"description"_s};
        QTest::newRow("101-character description")
            << QJsonObject {{u"name"_s, u"a"_s}, {u"description"_s, QString(101, u'd')}}
            << QStringList {u"description"_s};
        QTest::newRow("type 4 entry point")
            << parse(R"({"name":"launch","type":4})") << QStringList {u"type"_s};
        QTest::newRow("user command with description")
            << parse(R"({"name":"High Five","type":2,"description":"no"})") << QStringList {u"description"_s};
        QTest::newRow("message command with options")
            << parse(R"({"name":"Quote","type":3,"options":[{"name":"a","description":"x","type":3}]})")
            << QStringList {u"options"_s};
        QTest::newRow("context menu name 33")
            << QJsonObject {{u"name"_s, QString(33, u'A')}, {u"type"_s, 2}} << name;
        QTest::newRow("26 options") << [] {
            QJsonArray options;
            for (int i = 0; i < 26; ++i)
                options.append(option(u"o%1"_s.arg(i), 3));
            return QJsonObject {{u"name"_s, u"many"_s}, {u"description"_s, u"x"_s}, {u"options"_s, options}};
        }() << QStringList {u"options"_s};
        QTest::newRow("option type 0") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":0}]})")
                                       << QStringList {u"options.0.type"_s};
        QTest::newRow("option type 12") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":12}]})")
                                        << QStringList {u"options.0.type"_s};
        QTest::newRow("option uppercase name") << parse(R"({"name":"x","description":"x","options":[
            {"name":"Count","description":"x","type":4}]})")
                                               << QStringList {u"options.0.name"_s};
        QTest::newRow("option no description") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","type":4}]})") << QStringList {u"options.0.description"_s};
        QTest::newRow("duplicate option names") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4},{"name":"a","description":"x","type":3}]})")
                                                << QStringList {u"options.1.name"_s};
        QTest::newRow("required after optional") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4},{"name":"b","description":"x","type":3,"required":true}]})")
                                                 << QStringList {u"options.1.required"_s};
        QTest::newRow("26 choices") << [] {
            QJsonArray choices;
            for (int i = 0; i < 26; ++i)
                choices.append(QJsonObject {{u"name"_s, u"c%1"_s.arg(i)}, {u"value"_s, i}});
            QJsonObject o = option(u"n"_s, 4);
            o.insert(u"choices"_s, choices);
            return QJsonObject {
                {u"name"_s, u"x"_s}, {u"description"_s, u"x"_s}, {u"options"_s, QJsonArray {o}}};
        }() << QStringList {u"options.0.choices"_s};
        QTest::newRow("choices and autocomplete") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"autocomplete":true,"choices":[{"name":"A","value":"a"}]}]})")
                                                  << QStringList {u"options.0.choices"_s};
        QTest::newRow("choices on boolean") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":5,"choices":[{"name":"A","value":"a"}]}]})")
                                            << QStringList {u"options.0.choices"_s};
        QTest::newRow("string choice with number value") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"choices":[{"name":"A","value":1}]}]})")
                                                         << QStringList {u"options.0.choices.0.value"_s};
        QTest::newRow("integer choice with fraction") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4,"choices":[{"name":"A","value":1.5}]}]})")
                                                      << QStringList {u"options.0.choices.0.value"_s};
        QTest::newRow("choice name 101") << [] {
            QJsonObject o = option(u"a"_s, 3);
            o.insert(u"choices"_s,
                     QJsonArray {QJsonObject {{u"name"_s, QString(101, u'n')}, {u"value"_s, u"v"_s}}});
            return QJsonObject {
                {u"name"_s, u"x"_s}, {u"description"_s, u"x"_s}, {u"options"_s, QJsonArray {o}}};
        }() << QStringList {u"options.0.choices.0.name"_s};
        QTest::newRow("choice string value 101") << [] {
            QJsonObject o = option(u"a"_s, 3);
            o.insert(u"choices"_s,
                     QJsonArray {QJsonObject {{u"name"_s, u"n"_s}, {u"value"_s, QString(101, u'v')}}});
            return QJsonObject {
                {u"name"_s, u"x"_s}, {u"description"_s, u"x"_s}, {u"options"_s, QJsonArray {o}}};
        }() << QStringList {u"options.0.choices.0.value"_s};
        QTest::newRow("autocomplete on user") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":6,"autocomplete":true}]})")
                                              << QStringList {u"options.0.autocomplete"_s};
        QTest::newRow("min_value on string") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"min_value":1}]})")
                                             << QStringList {u"options.0.min_value"_s};
        QTest::newRow("fractional min on integer") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4,"min_value":1.5}]})")
                                                   << QStringList {u"options.0.min_value"_s};
        QTest::newRow("min greater than max") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":10,"min_value":5,"max_value":1}]})")
                                              << QStringList {u"options.0.min_value"_s};
        QTest::newRow("integer beyond 2^53") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4,"max_value":9007199254740994}]})")
                                             << QStringList {u"options.0.max_value"_s};
        QTest::newRow("max_length 0") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"max_length":0}]})")
                                      << QStringList {u"options.0.max_length"_s};
        QTest::newRow("min_length 6001") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"min_length":6001}]})")
                                         << QStringList {u"options.0.min_length"_s};
        QTest::newRow("min_length on integer") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":4,"min_length":1}]})")
                                               << QStringList {u"options.0.min_length"_s};
        QTest::newRow("min_length > max_length") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"min_length":10,"max_length":5}]})")
                                                 << QStringList {u"options.0.min_length"_s};
        QTest::newRow("channel_types on string") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"channel_types":[0]}]})")
                                                 << QStringList {u"options.0.channel_types"_s};
        QTest::newRow("unknown channel type") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":7,"channel_types":[0,9]}]})")
                                              << QStringList {u"options.0.channel_types.1"_s};
        QTest::newRow("subcommands mixed with options") << parse(R"({"name":"x","description":"x","options":[
            {"name":"sub","description":"x","type":1},{"name":"a","description":"x","type":3}]})")
                                                        << QStringList {u"options"_s};
        QTest::newRow("group holding a plain option") << parse(R"({"name":"x","description":"x","options":[
            {"name":"g","description":"x","type":2,"options":[{"name":"a","description":"x","type":3}]}]})")
                                                      << QStringList {u"options.0.options.0.type"_s};
        QTest::newRow("nested groups") << parse(R"({"name":"x","description":"x","options":[
            {"name":"g","description":"x","type":2,"options":[
                {"name":"h","description":"x","type":2,"options":[{"name":"s","description":"x","type":1}]}]}]})")
                                       << QStringList {u"options.0.options.0.type"_s};
        QTest::newRow("subcommand in subcommand") << parse(R"({"name":"x","description":"x","options":[
            {"name":"s","description":"x","type":1,"options":[{"name":"t","description":"x","type":1}]}]})")
                                                  << QStringList {u"options.0.options.0.type"_s};
        QTest::newRow("group in subcommand of group")
            << parse(R"({"name":"x","description":"x","options":[
            {"name":"g","description":"x","type":2,"options":[
                {"name":"s","description":"x","type":1,"options":[
                    {"name":"h","description":"x","type":2,"options":[{"name":"t","description":"x","type":1}]}]}]}]})")
            << QStringList {u"options.0.options.0.options.0.type"_s};
        QTest::newRow("empty group") << parse(R"({"name":"x","description":"x","options":[
            {"name":"g","description":"x","type":2,"options":[]}]})")
                                     << QStringList {u"options.0.options"_s};
        QTest::newRow("required subcommand") << parse(R"({"name":"x","description":"x","options":[
            {"name":"s","description":"x","type":1,"required":true}]})")
                                             << QStringList {u"options.0.required"_s};
        QTest::newRow("options on a string option") << parse(R"({"name":"x","description":"x","options":[
            {"name":"a","description":"x","type":3,"options":[]}]})")
                                                    << QStringList {u"options.0.options"_s};
        QTest::newRow("unknown locale")
            << parse(R"({"name":"x","description":"x","name_localizations":{"xx":"y"}})")
            << QStringList {u"name_localizations.xx"_s};
        QTest::newRow("uppercase localized name")
            << parse(R"({"name":"x","description":"x","name_localizations":{"de":"Hallo"}})")
            << QStringList {u"name_localizations.de"_s};
        QTest::newRow("permissions not a number")
            << parse(R"({"name":"x","description":"x","default_member_permissions":"admin"})")
            << QStringList {u"default_member_permissions"_s};
        QTest::newRow("context 3") << parse(R"({"name":"x","description":"x","contexts":[0,3]})")
                                   << QStringList {u"contexts.1"_s};
        QTest::newRow("integration type 2")
            << parse(R"({"name":"x","description":"x","integration_types":[2]})")
            << QStringList {u"integration_types.0"_s};
        QTest::newRow("over 8000 characters") << [] {
            // 25 options of 25 choices of 100-character names and values: far over 8000, each field valid.
            QJsonArray options;
            for (int i = 0; i < 4; ++i) {
                QJsonArray choices;
                for (int c = 0; c < 25; ++c)
                    choices.append(
                        QJsonObject {{u"name"_s, QString(100, QChar(char16_t(u'a' + c % 26)))},
                                     {u"value"_s, QString(QString(99, u'v') + QString::number(c % 10))}});
                QJsonObject o = option(u"o%1"_s.arg(i), 3);
                o.insert(u"choices"_s, choices);
                options.append(o);
            }
            return QJsonObject {{u"name"_s, u"big"_s}, {u"description"_s, u"x"_s}, {u"options"_s, options}};
        }() << QStringList {QString()};
    }
    void invalid()
    {
        QFETCH(QJsonObject, command);
        QFETCH(QStringList, expectedPaths);
        const auto problems = CommandValidator::validate(command);
        QCOMPARE(paths(problems), expectedPaths);
        for (const CommandProblem &p : problems)
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.path));
    }

    void totalSizeCountsTheLongestLocalization()
    {
        const QJsonObject command = parse(R"({"name":"hi","description":"abc",
            "description_localizations":{"de":"abcdefgh"},
            "options":[{"name":"opt","description":"d","type":3,"choices":[{"name":"one","value":"1234"}]}]})");
        // "hi" 2 + longest description 8 + "opt" 3 + "d" 1 + "one" 3 + "1234" 4
        QCOMPARE(CommandValidator::totalSize(command), 21);
        // exactly 8000 passes, 8001 fails
        QCOMPARE(CommandValidator::totalSize(ofSize(8000)), 8000);
        QVERIFY2(CommandValidator::validate(ofSize(8000)).isEmpty(),
                 qPrintable(describe(CommandValidator::validate(ofSize(8000)))));
        QCOMPARE(CommandValidator::totalSize(ofSize(8001)), 8001);
        QCOMPARE(paths(CommandValidator::validate(ofSize(8001))), QStringList {QString()});
    }

    void listRulesUniqueNamesPerTypeAndCounts()
    {
        QJsonArray list {parse(R"({"name":"ping","description":"x"})"), parse(R"({"name":"ping","type":2})"),
                         parse(R"({"name":"ping","description":"y"})")};
        auto problems = CommandValidator::validateList(list);
        // The same name as a user command is fine; twice as a slash command is not.
        QCOMPARE(paths(problems), QStringList {u"2.name"_s});

        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(QJsonObject {{u"name"_s, u"c%1"_s.arg(i)}, {u"description"_s, u"x"_s}});
        for (int i = 0; i < 16; ++i)
            many.append(QJsonObject {{u"name"_s, u"User %1"_s.arg(i)}, {u"type"_s, 2}});
        problems = CommandValidator::validateList(many);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).message.contains(u"100 slash"_s));
        QVERIFY(problems.at(1).message.contains(u"15 user"_s));

        // Problems of a command carry its index.
        problems = CommandValidator::validateList(QJsonArray {parse(R"({"name":"ok","description":"x"})"),
                                                              parse(R"({"name":"Bad","description":"x"})")});
        QCOMPARE(paths(problems), QStringList {u"1.name"_s});
    }

    void namesHelper()
    {
        QVERIFY(CommandValidator::isValidName(u"ping"_s));
        QVERIFY(!CommandValidator::isValidName(u"Ping"_s));
        QVERIFY(CommandValidator::isValidName(u"Ping Pong"_s, CommandValidator::User));
        QVERIFY(!CommandValidator::isValidName(QString(), CommandValidator::Message));
        QCOMPARE(CommandValidator::optionTypeName(4), u"integer"_s);
        QCOMPARE(CommandValidator::optionTypeName(12), QString());
    }
};

QTEST_GUILESS_MAIN(TestCommandValidator)
#include "tst_commandvalidator.moc"
