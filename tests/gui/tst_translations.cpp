// Translations: the German catalogue is compiled into the app and installed when German is chosen;
// English needs none. The catalogue in the source tree is complete, keeps every placeholder, template
// variable and accelerator of its source, and the compiled one matches it.
#include "GuiTestSupport.h"
#include "gui/AppSettings.h"
#include "gui/Translations.h"
#include "gui/commands/CommandJson.h"
#include "gui/designer/DesignNode.h"
#include "gui/eventlog/EventFilter.h"
#include "gui/tasks/TaskListModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or the numerus forms
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "comment"_L1) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    m.type = xml.attributes().value("type"_L1).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations.append(xml.readElementText());
                    } else {
                        m.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> matches(const QRegularExpression &re, const QString &text)
{
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// True when the text has a keyboard accelerator ("&File"); "&&" is a literal ampersand.
bool hasAccelerator(QString text)
{
    static const QRegularExpression accel(u"&\\S"_s);
    return text.remove(u"&&"_s).contains(accel);
}

QString germanTs()
{
    return QStringLiteral(BOTWRIGHT_SOURCE_DIR) + u"/translations/botwright_de.ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsEmbedded();
    void germanIsInstalledWhenChosen();
    void germanCatalogueIsComplete();
    void compiledCatalogueMatchesSource();
    void appStringsAreGerman();

private:
    bw::test::GuiTestEnvironment m_env;
};

void TestTranslations::catalogueIsEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/botwright_de.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/botwright_en.qm"_s));
}

void TestTranslations::germanIsInstalledWhenChosen()
{
    bw::gui::AppSettings settings;
    settings.language = u"de"_s;
    settings.save();
    QCOMPARE(bw::gui::uiLocale().language(), QLocale::German);

    QVERIFY(bw::gui::installTranslators(*QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("bw::gui::MainWindow", "Event Log"), u"Ereignisprotokoll"_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::PlaceholderPanel", "Coming in a later version"),
             u"Kommt in einer späteren Version"_s);
    QCOMPARE(QCoreApplication::translate("bw::BotState", "Running"), u"Läuft"_s);
}

// Every message of the German catalogue is translated and keeps the %-placeholders, {template}
// variables, line breaks and the accelerator of its source.
void TestTranslations::germanCatalogueIsComplete()
{
    QString error;
    const QList<TsMessage> messages = readTs(germanTs(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 500, qPrintable(u"only %1 messages read"_s.arg(messages.size())));

    static const QRegularExpression placeholder(u"%(?:L?\\d+|n)"_s);
    static const QRegularExpression variable(u"\\{[A-Za-z_][A-Za-z0-9_.]*\\}"_s);
    QStringList problems;
    int checked = 0;
    for (const TsMessage &m : messages) {
        if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
            continue;
        const QString where = m.context + u" “"_s + m.source + u"”: "_s;
        if (m.type == "unfinished"_L1) {
            problems.append(where + u"unfinished"_s);
            continue;
        }
        if (m.translations.size() != (m.numerus ? 2 : 1)) {
            problems.append(where + u"%1 translation forms"_s.arg(m.translations.size()));
            continue;
        }
        for (const QString &t : m.translations) {
            ++checked;
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(where + u"empty"_s);
            if (matches(placeholder, t) != matches(placeholder, m.source))
                problems.append(where + u"placeholders differ in “"_s + t + u'”');
            if (matches(variable, t) != matches(variable, m.source))
                problems.append(where + u"template variables differ in “"_s + t + u'”');
            if (hasAccelerator(t) != hasAccelerator(m.source))
                problems.append(where + u"accelerator differs in “"_s + t + u'”');
            if (t.count(u'\n') != m.source.count(u'\n'))
                problems.append(where + u"line breaks differ in “"_s + t + u'”');
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.mid(0, 20).join(u'\n')));
    QVERIFY(checked >= messages.size());
}

// The catalogue compiled into the app (:/i18n) gives exactly the translations of the source tree: a stale
// or partial .qm fails here.
void TestTranslations::compiledCatalogueMatchesSource()
{
    QString error;
    const QList<TsMessage> messages = readTs(germanTs(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTranslator compiled;
    QVERIFY(compiled.load(u":/i18n/botwright_de.qm"_s));
    QCOMPARE(compiled.language(), u"de"_s);

    QStringList problems;
    int looked = 0;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished ones are reported by germanCatalogueIsComplete
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        // German has two forms: n == 1, and everything else.
        const QList<int> counts = m.numerus ? QList<int> {1, 2} : QList<int> {-1};
        for (qsizetype i = 0; i < counts.size() && i < m.translations.size(); ++i) {
            ++looked;
            const QString got
                = compiled.translate(context.constData(), source.constData(), disambiguation, counts.at(i));
            if (got != m.translations.at(i))
                problems.append(m.context + u" “"_s + m.source + u"”: compiled “"_s + got + u"”, expected “"_s
                                + m.translations.at(i) + u'”');
        }
    }
    QVERIFY(looked > 500);
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.mid(0, 20).join(u'\n')));
}

// Strings of the Designer, Event log, Tasks and Commands as the app's own code produces them once German
// is installed (the code's translation contexts must match the catalogue's).
void TestTranslations::appStringsAreGerman()
{
    bw::gui::AppSettings settings;
    settings.language = u"de"_s;
    settings.save();
    QVERIFY(bw::gui::installTranslators(*QCoreApplication::instance()));

    // Designer: the node names come from a namespace's own tr().
    using bw::gui::designer::NodeKind;
    QCOMPARE(bw::gui::designer::Nodes::displayName(NodeKind::Button), u"Schaltfläche"_s);
    QCOMPARE(bw::gui::designer::Nodes::displayName(NodeKind::StringSelect), u"Auswahlmenü"_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::designer::DesignerPanel", "&Send to Channel…"),
             u"An Kanal &senden…"_s);

    // Event log: a bad query field.
    QString queryError;
    bw::gui::EventFilter::parse(u"shard:x"_s, 0, &queryError);
    QCOMPARE(queryError, u"„x“ ist kein gültiger Wert für shard:"_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::EventLogPanel", "Errors only"), u"Nur Fehler"_s);

    // Tasks: the list's header and a failed task's state.
    bw::gui::TaskListModel tasks(nullptr);
    QCOMPARE(tasks.headerData(bw::gui::TaskListModel::NextRunColumn, Qt::Horizontal).toString(),
             u"Nächste Ausführung"_s);
    bw::tasks::TaskStatus failed;
    failed.state = bw::tasks::TaskStatus::State::Failed;
    failed.lastError = u"404 Unknown Channel"_s;
    QCOMPARE(tasks.stateText(failed), u"fehlgeschlagen: 404 Unknown Channel"_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::TasksPanel", "Run &Now"), u"&Jetzt ausführen"_s);

    // Commands: a command without a response, and a plural.
    bw::store::CommandRecord ping;
    ping.definition = QJsonObject {{u"name"_s, u"ping"_s}, {u"type"_s, 1}, {u"description"_s, u"Pong"_s}};
    const auto problems = bw::gui::commands::CommandJson::responseProblems(ping);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().second,
             u"Keine Antwort entworfen: Discord würde „Die Anwendung hat nicht geantwortet“ anzeigen."_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::CommandsPanel", "%n scope(s) would be sent.", nullptr, 1),
             u"1 Bereich würde gesendet."_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::CommandsPanel", "%n scope(s) would be sent.", nullptr, 3),
             u"3 Bereiche würden gesendet."_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
