// Table tests of MessageValidator against Discord's message, component, embed, Components V2 and modal
// limits.
#include "discord/MessageValidator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace bw::discord;
using namespace Qt::StringLiterals;

namespace {

/// Parses a JSON table entry. `"@N"` stands for a string of N 'x' characters, `"@N:c"` of N copies of c,
/// and `[@rowsN]` / `[@buttonsN]` / `[@optionsN]` / `[@fieldsN]` / `[@textsN]` for N generated elements.
QJsonObject parse(QByteArray json)
{
    static const QRegularExpression repeat(u"\"@(\\d+)(?::(.))?\""_s);
    static const QRegularExpression list(u"\\[@(rows|buttons|options|fields|texts|embeds)(\\d+)\\]"_s);
    QString text = QString::fromUtf8(json);
    for (auto m = list.match(text); m.hasMatch(); m = list.match(text)) {
        const QString kind = m.captured(1);
        const int n = m.captured(2).toInt();
        QStringList items;
        for (int i = 0; i < n; ++i) {
            if (kind == "rows"_L1)
                items
                    << u"{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"b\",\"custom_id\":\"r%1\"}]}"_s
                           .arg(i);
            else if (kind == "buttons"_L1)
                items << u"{\"type\":2,\"style\":2,\"label\":\"b\",\"custom_id\":\"b%1\"}"_s.arg(i);
            else if (kind == "options"_L1)
                items << u"{\"label\":\"o\",\"value\":\"v%1\"}"_s.arg(i);
            else if (kind == "fields"_L1)
                items << u"{\"name\":\"n\",\"value\":\"v\"}"_s;
            else if (kind == "embeds"_L1)
                items << u"{\"title\":\"t\"}"_s;
            else
                items << u"{\"type\":10,\"content\":\"t%1\"}"_s.arg(i);
        }
        text.replace(m.capturedStart(), m.capturedLength(), u'[' + items.join(u',') + u']');
    }
    for (auto m = repeat.match(text); m.hasMatch(); m = repeat.match(text)) {
        const QString ch = m.captured(2).isEmpty() ? u"x"_s : m.captured(2);
        text.replace(m.capturedStart(), m.capturedLength(), u'"' + ch.repeated(m.captured(1).toInt()) + u'"');
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test table: %s in %s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

QString describe(const QList<MessageProblem> &problems)
{
    QStringList out;
    for (const MessageProblem &p : problems)
        out << (p.warning ? u"(warning) "_s : QString()) + p.toString();
    return out.join(u" | "_s);
}

QStringList errorPaths(const QList<MessageProblem> &problems)
{
    QStringList out;
    for (const MessageProblem &p : problems) {
        if (!p.warning)
            out << p.path;
    }
    return out;
}

} // namespace

class TestMessageValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_data();
    void message();
    void modal_data();
    void modal();
    void problemFields();
    void embedTotalCountsTrimmedText();
    void componentCountIncludesNested();
    void flagCannotBeRemoved();
    void emojiCountsAsOneCharacter();
};

void TestMessageValidator::message_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ephemeralAllowed");
    // Exactly the paths of the errors expected (empty = valid).
    QTest::addColumn<QStringList>("errors");

    const auto row = [](const char *name, const char *json, QStringList errors, bool ephemeral = false) {
        QTest::newRow(name) << QByteArray(json) << ephemeral << errors;
    };

    // Content.
    row("content ok", R"({"content":"hello"})", {});
    row("content 2000", R"({"content":"@2000"})", {});
    row("content 2001", R"({"content":"@2001"})", {u"content"_s});
    row("content not text", R"({"content":5})", {u"content"_s, u"content"_s});
    row("empty message", R"({})", {u"content"_s});
    row("blank content only", R"({"content":"   "})", {u"content"_s});
    row("stickers only", R"({"sticker_ids":["1"]})", {});
    row("four stickers", R"({"sticker_ids":["1","2","3","4"]})", {u"sticker_ids"_s});

    // Flags.
    row("flag suppress embeds", R"({"content":"a","flags":4})", {});
    row("flag ephemeral on create", R"({"content":"a","flags":64})", {u"flags"_s});
    row("flag ephemeral in reply", R"({"content":"a","flags":64})", {}, true);
    row("flag crossposted", R"({"content":"a","flags":1})", {u"flags"_s});
    row("flags not a number", R"({"content":"a","flags":"4"})", {u"flags"_s});

    // Embeds.
    row("embed ok", R"({"embeds":[{"title":"t","description":"d","color":5814783,"url":"https://x.org",
        "author":{"name":"a","icon_url":"https://x.org/a.png"},"footer":{"text":"f"},
        "timestamp":"2025-01-31T12:00:00.000Z","image":{"url":"attachment://a.png"},
        "fields":[{"name":"n","value":"v","inline":true}]}]})",
        {});
    row("ten embeds", R"({"embeds":[@embeds10]})", {});
    row("eleven embeds", R"({"embeds":[@embeds11]})", {u"embeds"_s});
    row("embed title 256", R"({"embeds":[{"title":"@256"}]})", {});
    row("embed title 257", R"({"embeds":[{"title":"@257"}]})", {u"embeds[0].title"_s});
    row("embed description 4097", R"({"embeds":[{"description":"@4097"}]})", {u"embeds[0].description"_s});
    row("embed 25 fields", R"({"embeds":[{"fields":[@fields25]}]})", {});
    row("embed 26 fields", R"({"embeds":[{"fields":[@fields26]}]})", {u"embeds[0].fields"_s});
    row("field name 257", R"({"embeds":[{"fields":[{"name":"@257","value":"v"}]}]})",
        {u"embeds[0].fields[0].name"_s});
    row("field value 1025", R"({"embeds":[{"fields":[{"name":"n","value":"@1025"}]}]})",
        {u"embeds[0].fields[0].value"_s});
    row("field without value", R"({"embeds":[{"fields":[{"name":"n"}]}]})", {u"embeds[0].fields[0].value"_s});
    row("footer 2049", R"({"embeds":[{"footer":{"text":"@2049"}}]})", {u"embeds[0].footer.text"_s});
    row("author 257", R"({"embeds":[{"author":{"name":"@257"}}]})", {u"embeds[0].author.name"_s});
    row("embed total 6000", R"({"embeds":[{"description":"@4000"},{"description":"@2000"}]})", {});
    row("embed total 6001", R"({"embeds":[{"description":"@4000"},{"description":"@2000"},{"title":"t"}]})",
        {u"embeds"_s});
    row("embed colour too big", R"({"embeds":[{"title":"t","color":16777216}]})", {u"embeds[0].color"_s});
    row("embed bad url", R"({"embeds":[{"title":"t","url":"ftp://x"}]})", {u"embeds[0].url"_s});
    row("embed bad timestamp", R"({"embeds":[{"title":"t","timestamp":"yesterday"}]})",
        {u"embeds[0].timestamp"_s});
    row("embed empty", R"({"embeds":[{"color":1}]})", {u"embeds[0]"_s});
    row("embed video is only a warning", R"({"embeds":[{"title":"t","video":{"url":"https://x.org"}}]})", {});

    // Action rows and buttons.
    row("five rows", R"({"components":[@rows5]})", {});
    row("six rows", R"({"components":[@rows6]})", {u"components"_s});
    row("five buttons", R"({"components":[{"type":1,"components":[@buttons5]}]})", {});
    row("six buttons", R"({"components":[{"type":1,"components":[@buttons6]}]})",
        {u"components[0].components"_s});
    row("empty row", R"({"components":[{"type":1,"components":[]}]})", {u"components[0].components"_s});
    row("button outside a row", R"({"components":[{"type":2,"style":1,"label":"a","custom_id":"a"}]})",
        {u"components[0]"_s});
    row("row in a row", R"({"components":[{"type":1,"components":[{"type":1,"components":[]}]}]})",
        {u"components[0].components[0]"_s});
    row("button label 80",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"@80","custom_id":"a"}]}]})",
        {});
    row("button label 81",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"@81","custom_id":"a"}]}]})",
        {u"components[0].components[0].label"_s});
    row("button without label or emoji",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"a"}]}]})",
        {u"components[0].components[0].label"_s});
    row("button with emoji only",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"a","emoji":{"name":"👍"}}]}]})",
        {});
    row("button emoji bad id",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"custom_id":"a","emoji":{"id":"abc"}}]}]})",
        {u"components[0].components[0].emoji.id"_s});
    row("button without custom_id",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a"}]}]})",
        {u"components[0].components[0].custom_id"_s});
    row("custom_id 100",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"@100"}]}]})",
        {});
    row("custom_id 101",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"@101"}]}]})",
        {u"components[0].components[0].custom_id"_s});
    row("custom_id duplicate across rows", R"({"components":[
        {"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"same"}]},
        {"type":1,"components":[{"type":2,"style":1,"label":"b","custom_id":"same"}]}]})",
        {u"components[1].components[0].custom_id"_s});
    row("bad style",
        R"({"components":[{"type":1,"components":[{"type":2,"style":7,"label":"a","custom_id":"a"}]}]})",
        {u"components[0].components[0].style"_s});
    row("link button",
        R"({"components":[{"type":1,"components":[{"type":2,"style":5,"label":"a","url":"https://x.org"}]}]})",
        {});
    row("link button without url",
        R"({"components":[{"type":1,"components":[{"type":2,"style":5,"label":"a"}]}]})",
        {u"components[0].components[0].url"_s});
    row("link button with custom_id",
        R"({"components":[{"type":1,"components":[{"type":2,"style":5,"label":"a","url":"https://x.org","custom_id":"a"}]}]})",
        {u"components[0].components[0].custom_id"_s});
    row("link url 513",
        R"({"components":[{"type":1,"components":[{"type":2,"style":5,"label":"a","url":"@513"}]}]})",
        {u"components[0].components[0].url"_s});
    row("url on a primary button",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"a","url":"https://x.org"}]}]})",
        {u"components[0].components[0].url"_s});
    row("premium button", R"({"components":[{"type":1,"components":[{"type":2,"style":6,"sku_id":"123"}]}]})",
        {});
    row("premium button with label",
        R"({"components":[{"type":1,"components":[{"type":2,"style":6,"sku_id":"123","label":"a"}]}]})",
        {u"components[0].components[0].label"_s});
    row("premium button without sku", R"({"components":[{"type":1,"components":[{"type":2,"style":6}]}]})",
        {u"components[0].components[0].sku_id"_s});
    row("duplicate component id",
        R"({"components":[{"type":1,"id":7,"components":[{"type":2,"id":7,"style":1,"label":"a","custom_id":"a"}]}]})",
        {u"components[0].components[0].id"_s});

    // Selects.
    row("string select",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","placeholder":"@150",
        "options":[{"label":"A","value":"a","default":true},{"label":"B","value":"b","emoji":{"name":"🅱"}}]}]}]})",
        {});
    row("select with a button",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[@options2]},
        {"type":2,"style":1,"label":"a","custom_id":"a"}]}]})",
        {u"components[0].components"_s});
    row("two selects in a row",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s"},{"type":6,"custom_id":"t"}]}]})",
        {u"components[0].components"_s});
    row("placeholder 151",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","placeholder":"@151"}]}]})",
        {u"components[0].components[0].placeholder"_s});
    row("25 options",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[@options25]}]}]})",
        {});
    row("26 options",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[@options26]}]}]})",
        {u"components[0].components[0].options"_s});
    row("no options", R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[]}]}]})",
        {u"components[0].components[0].options"_s});
    row("option label 101",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[{"label":"@101","value":"a"}]}]}]})",
        {u"components[0].components[0].options[0].label"_s});
    row("option value duplicate",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[{"label":"a","value":"a"},{"label":"b","value":"a"}]}]}]})",
        {u"components[0].components[0].options[1].value"_s});
    row("min_values above max",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","min_values":3,"max_values":2}]}]})",
        {u"components[0].components[0].min_values"_s});
    row("max_values 26",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","max_values":26}]}]})",
        {u"components[0].components[0].max_values"_s});
    row("max_values 0",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","max_values":0}]}]})",
        {u"components[0].components[0].max_values"_s});
    row("max_values above options",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","max_values":3,"options":[@options2]}]}]})",
        {u"components[0].components[0].max_values"_s});
    row("two defaults with max 1",
        R"({"components":[{"type":1,"components":[{"type":3,"custom_id":"s","options":[{"label":"a","value":"a","default":true},{"label":"b","value":"b","default":true}]}]}]})",
        {u"components[0].components[0].options"_s});
    row("channel select types",
        R"({"components":[{"type":1,"components":[{"type":8,"custom_id":"s","channel_types":[0,5]}]}]})", {});
    row("channel select unknown type",
        R"({"components":[{"type":1,"components":[{"type":8,"custom_id":"s","channel_types":[99]}]}]})",
        {u"components[0].components[0].channel_types[0]"_s});
    row("channel types on a user select",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","channel_types":[0]}]}]})",
        {u"components[0].components[0].channel_types"_s});
    row("options on a role select",
        R"({"components":[{"type":1,"components":[{"type":6,"custom_id":"s","options":[@options1]}]}]})",
        {u"components[0].components[0].options"_s});
    row("user select default",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","default_values":[{"id":"1","type":"user"}]}]}]})",
        {});
    row("user select default of a role",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","default_values":[{"id":"1","type":"role"}]}]}]})",
        {u"components[0].components[0].default_values[0].type"_s});
    row("too many defaults",
        R"({"components":[{"type":1,"components":[{"type":7,"custom_id":"s","default_values":[{"id":"1","type":"user"},{"id":"2","type":"role"}]}]}]})",
        {u"components[0].components[0].default_values"_s});
    row("required in a message",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","required":true}]}]})",
        {u"components[0].components[0].required"_s});
    row("text input in a message",
        R"({"components":[{"type":1,"components":[{"type":4,"custom_id":"s","style":1,"label":"a"}]}]})",
        {u"components[0].components[0]"_s});
    row("unknown component type", R"({"components":[{"type":1,"components":[{"type":99}]}]})",
        {u"components[0].components[0]"_s});

    // Components V2.
    row("v2 ok", R"({"flags":32768,"components":[{"type":17,"accent_color":5814783,"components":[
        {"type":10,"content":"Hello"},{"type":14,"divider":true,"spacing":2},
        {"type":9,"components":[{"type":10,"content":"a"}],"accessory":{"type":11,"media":{"url":"https://x.org/a.png"}}},
        {"type":12,"items":[{"media":{"url":"https://x.org/b.png"},"description":"d"}]},
        {"type":1,"components":[{"type":2,"style":1,"label":"Go","custom_id":"go"}]}]}]})",
        {});
    row("v2 component without the flag", R"({"components":[{"type":10,"content":"Hello"}]})",
        {u"components[0]"_s});
    row("v2 with content", R"({"flags":32768,"content":"a","components":[{"type":10,"content":"Hello"}]})",
        {u"content"_s});
    row("v2 with embeds",
        R"({"flags":32768,"embeds":[{"title":"t"}],"components":[{"type":10,"content":"Hello"}]})",
        {u"embeds"_s});
    row("v2 empty content is fine",
        R"({"flags":32768,"content":"","embeds":[],"components":[{"type":10,"content":"x"}]})", {});
    row("v2 without components", R"({"flags":32768})", {u"components"_s});
    row("v2 40 components", R"({"flags":32768,"components":[@texts40]})", {});
    row("v2 41 components", R"({"flags":32768,"components":[@texts41]})", {u"components"_s});
    row("v2 nested count", R"({"flags":32768,"components":[{"type":17,"components":[@texts40]}]})",
        {u"components"_s});
    row("v2 text total 4000",
        R"({"flags":32768,"components":[{"type":10,"content":"@2000"},{"type":10,"content":"@2000"}]})", {});
    row("v2 text total 4001",
        R"({"flags":32768,"components":[{"type":10,"content":"@2000"},{"type":10,"content":"@2001"}]})",
        {u"components"_s});
    row("v2 more than 5 rows is fine", R"({"flags":32768,"components":[@rows6]})", {});
    row("v2 nested container",
        R"({"flags":32768,"components":[{"type":17,"components":[{"type":17,"components":[{"type":10,"content":"a"}]}]}]})",
        {u"components[0].components[0]"_s});
    row("v2 section with 4 texts",
        R"({"flags":32768,"components":[{"type":9,"components":[@texts4],"accessory":{"type":11,"media":{"url":"https://x.org/a.png"}}}]})",
        {u"components[0].components"_s});
    row("v2 section without accessory",
        R"({"flags":32768,"components":[{"type":9,"components":[{"type":10,"content":"a"}]}]})",
        {u"components[0].accessory"_s});
    row("v2 section with a select accessory",
        R"({"flags":32768,"components":[{"type":9,"components":[{"type":10,"content":"a"}],"accessory":{"type":5,"custom_id":"s"}}]})",
        {u"components[0].accessory"_s});
    row("v2 thumbnail without media",
        R"({"flags":32768,"components":[{"type":9,"components":[{"type":10,"content":"a"}],"accessory":{"type":11}}]})",
        {u"components[0].accessory.media"_s});
    row("v2 gallery 11 items", R"({"flags":32768,"components":[{"type":12,"items":[
        {"media":{"url":"https://x.org/1"}},{"media":{"url":"https://x.org/2"}},{"media":{"url":"https://x.org/3"}},
        {"media":{"url":"https://x.org/4"}},{"media":{"url":"https://x.org/5"}},{"media":{"url":"https://x.org/6"}},
        {"media":{"url":"https://x.org/7"}},{"media":{"url":"https://x.org/8"}},{"media":{"url":"https://x.org/9"}},
        {"media":{"url":"https://x.org/10"}},{"media":{"url":"https://x.org/11"}}]}]})",
        {u"components[0].items"_s});
    row("v2 gallery description 1025",
        R"({"flags":32768,"components":[{"type":12,"items":[{"media":{"url":"https://x.org/1"},"description":"@1025"}]}]})",
        {u"components[0].items[0].description"_s});
    row("v2 file needs attachment",
        R"({"flags":32768,"components":[{"type":13,"file":{"url":"https://x.org/a.txt"}}]})",
        {u"components[0].file.url"_s});
    row("v2 separator spacing 3", R"({"flags":32768,"components":[{"type":14,"spacing":3}]})",
        {u"components[0].spacing"_s});
    row("v2 container accent too big",
        R"({"flags":32768,"components":[{"type":17,"accent_color":-1,"components":[{"type":10,"content":"a"}]}]})",
        {u"components[0].accent_color"_s});
    row("v2 empty text display", R"({"flags":32768,"components":[{"type":10,"content":""}]})",
        {u"components[0].content"_s});
}

void TestMessageValidator::message()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ephemeralAllowed);
    QFETCH(QStringList, errors);
    const QList<MessageProblem> problems = MessageValidator::validateMessage(parse(json), ephemeralAllowed);
    QStringList actual = errorPaths(problems);
    actual.sort();
    errors.sort();
    QVERIFY2(actual == errors,
             qPrintable(u"expected %1, got: %2"_s.arg(errors.join(u", "_s), describe(problems))));
}

void TestMessageValidator::modal_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errors");
    const auto row = [](const char *name, const char *json, QStringList errors) {
        QTest::newRow(name) << QByteArray(json) << errors;
    };
    row("label with text input", R"({"custom_id":"m","title":"Feedback","components":[
        {"type":18,"label":"Your name","component":{"type":4,"custom_id":"name","style":1,"min_length":1,"max_length":40}},
        {"type":10,"content":"Thanks"}]})",
        {});
    row("legacy row",
        R"({"custom_id":"m","title":"T","components":[{"type":1,"components":[{"type":4,"custom_id":"a","style":2,"label":"A"}]}]})",
        {});
    row("legacy row without label",
        R"({"custom_id":"m","title":"T","components":[{"type":1,"components":[{"type":4,"custom_id":"a","style":2}]}]})",
        {u"components[0].components[0].label"_s});
    row("title 46", R"({"custom_id":"m","title":"@46","components":[{"type":10,"content":"a"}]})",
        {u"title"_s});
    row("no custom_id", R"({"title":"T","components":[{"type":10,"content":"a"}]})", {u"custom_id"_s});
    row("no components", R"({"custom_id":"m","title":"T","components":[]})", {u"components"_s});
    row("six components", R"({"custom_id":"m","title":"T","components":[@texts6]})", {u"components"_s});
    row("button in modal",
        R"({"custom_id":"m","title":"T","components":[{"type":2,"style":1,"label":"a","custom_id":"b"}]})",
        {u"components[0]"_s});
    row("text input min above max",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":4,"custom_id":"a","style":1,"min_length":10,"max_length":5}}]})",
        {u"components[0].component.min_length"_s});
    row("text input max 4001",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":4,"custom_id":"a","style":1,"max_length":4001}}]})",
        {u"components[0].component.max_length"_s});
    row("text input placeholder 101",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":4,"custom_id":"a","style":1,"placeholder":"@101"}}]})",
        {u"components[0].component.placeholder"_s});
    row("text input bad style",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":4,"custom_id":"a","style":3}}]})",
        {u"components[0].component.style"_s});
    row("label 46",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"@46","component":{"type":4,"custom_id":"a","style":1}}]})",
        {u"components[0].label"_s});
    row("disabled select in modal",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":5,"custom_id":"a","disabled":true}}]})",
        {u"components[0].component.disabled"_s});
    row("required select min 0",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":5,"custom_id":"a","min_values":0}}]})",
        {u"components[0].component.min_values"_s});
    row("duplicate input ids", R"({"custom_id":"m","title":"T","components":[
        {"type":18,"label":"A","component":{"type":4,"custom_id":"a","style":1}},
        {"type":18,"label":"B","component":{"type":4,"custom_id":"a","style":1}}]})",
        {u"components[1].component.custom_id"_s});
    row("radio group with one option",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":21,"custom_id":"r","options":[{"value":"a","label":"A"}]}}]})",
        {u"components[0].component.options"_s});
    row("required checkbox",
        R"({"custom_id":"m","title":"T","components":[{"type":18,"label":"L","component":{"type":23,"custom_id":"c","required":true}}]})",
        {u"components[0].component.required"_s});
}

void TestMessageValidator::modal()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errors);
    const QList<MessageProblem> problems = MessageValidator::validateModal(parse(json));
    QStringList actual = errorPaths(problems);
    actual.sort();
    errors.sort();
    QVERIFY2(actual == errors,
             qPrintable(u"expected %1, got: %2"_s.arg(errors.join(u", "_s), describe(problems))));
}

void TestMessageValidator::problemFields()
{
    const auto problems = MessageValidator::validateMessage(parse(
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"@81","custom_id":"a"}]}]})"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"components[0].components[0].label"_s);
    QCOMPARE(problems.first().field, u"label"_s);
    QVERIFY(problems.first().message.contains(u"81"_s));
    QVERIFY(problems.first().message.contains(u"80"_s));
    QVERIFY(!problems.first().warning);

    // A warning is reported but is not an error.
    const auto warnings
        = MessageValidator::validateMessage(parse(R"({"embeds":[{"title":"t","provider":{"name":"x"}}]})"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().warning);
    QCOMPARE(warnings.first().field, u"provider"_s);
}

void TestMessageValidator::embedTotalCountsTrimmedText()
{
    const QJsonObject m = parse(R"({"embeds":[{"title":"  ab  ","description":"c","footer":{"text":" d"},
        "author":{"name":"e "},"fields":[{"name":"f","value":"gh"}]},{"title":"i"}]})");
    QCOMPARE(MessageValidator::embedTotalLength(m.value(u"embeds"_s).toArray()), 9);
}

void TestMessageValidator::componentCountIncludesNested()
{
    const QJsonObject m
        = parse(R"({"components":[{"type":17,"components":[{"type":9,"components":[{"type":10,"content":"a"}],
        "accessory":{"type":11,"media":{"url":"https://x.org"}}},{"type":1,"components":[@buttons3]}]}]})");
    // container + section + text + thumbnail + row + 3 buttons
    QCOMPARE(MessageValidator::componentCount(m.value(u"components"_s).toArray()), 8);
}

void TestMessageValidator::flagCannotBeRemoved()
{
    const QJsonObject before = parse(R"({"flags":32768,"components":[{"type":10,"content":"a"}]})");
    const QJsonObject after = parse(R"({"content":"a"})");
    const auto problems = MessageValidator::validateEdit(before, after);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"flags"_s);
    QVERIFY(MessageValidator::validateEdit(after, before).isEmpty());
}

void TestMessageValidator::emojiCountsAsOneCharacter()
{
    // 80 emoji (160 UTF-16 units) are 80 characters.
    QString label;
    for (int i = 0; i < 80; ++i)
        label += u"😀"_s;
    QJsonObject button {{u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, label}, {u"custom_id"_s, u"a"_s}};
    QJsonObject message {
        {u"components"_s, QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {button}}}}}};
    QVERIFY2(MessageValidator::validateMessage(message).isEmpty(),
             qPrintable(describe(MessageValidator::validateMessage(message))));
    button.insert(u"label"_s, QString(label + u"😀"_s));
    message.insert(u"components"_s,
                   QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {button}}}});
    QCOMPARE(MessageValidator::validateMessage(message).size(), 1);
}

QTEST_GUILESS_MAIN(TestMessageValidator)
#include "tst_messagevalidator.moc"
