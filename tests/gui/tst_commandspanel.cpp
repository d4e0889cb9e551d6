// The Commands panel: /ping, /wait and /tools designed with mouse and keyboard; inline validation (a bad
// name, 26 choices) on the fields and in the problems list, no sync while there are errors; undo/redo;
// autosave to the SQLite file; {opt.NAME} completion; sync to the embedded sandbox through the bot, with the
// preview before and after, and the commands run there by a simulated user.

#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotState.h"
#include "gui/commands/CommandDocument.h"
#include "gui/commands/CommandInspector.h"
#include "gui/commands/CommandResponseEditor.h"
#include "gui/commands/CommandsPanel.h"
#include "gui/commands/TemplateLineEdit.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/CommandStore.h"
#include "store/ProfileStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using bw::gui::CommandsPanel;

namespace {

constexpr int kTimeoutMs = 15000;

template<typename T> T *child(QWidget &root, const QString &name)
{
    return root.findChild<T *>(name);
}

/// Replaces a line edit's text by typing, as a user does (select all, type).
void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    QVERIFY(edit->isVisible());
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void click(QWidget *w)
{
    QVERIFY(w);
    QVERIFY(w->isEnabled());
    QTest::mouseClick(w, Qt::LeftButton);
}

/// Clicks a check box on its indicator (the widget may be much wider than its label).
void clickCheck(QCheckBox *box)
{
    QVERIFY(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

/// Chooses a combo box item by typing its first letters (keyboard search).
void choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo);
    QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new search, not the previous one continued
    combo->setFocus();
    QTest::keyClicks(combo, text);
    QVERIFY2(combo->currentText().startsWith(text), qPrintable(combo->currentText()));
}

/// Sets a table cell as a user does: double-click it, type, Enter.
void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    const QRect cell = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QLineEdit *line = nullptr;
    QTRY_VERIFY(line = [table]() -> QLineEdit * {
        for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>()) {
            if (e->isVisible())
                return e;
        }
        return nullptr;
    }());
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the delegate commits on the next event loop pass
}

QStringList problemTexts(CommandsPanel &panel)
{
    QStringList out;
    for (int i = 0; i < panel.problemList()->count(); ++i)
        out << panel.problemList()->item(i)->text();
    return out;
}

} // namespace

class TestCommandsPanel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<bw::store::Database> db;
        bw::Bot bot;
        std::unique_ptr<CommandsPanel> panel;
        qint64 profileId = 0;
        QString dbPath;
    };

    std::unique_ptr<Fixture> start(const QString &dbName)
    {
        auto f = std::make_unique<Fixture>();
        f->db = m_env.openDatabase(dbName);
        if (!f->db)
            return nullptr;
        f->dbPath = m_env.path() + u'/' + dbName;
        bw::store::Profile p;
        p.name = u"Commands bot "_s + dbName;
        auto saved = bw::store::ProfileStore(*f->db).save(p);
        if (!saved)
            return nullptr;
        f->profileId = saved->id;
        f->bot.setDatabase(f->db.get());
        f->bot.setProfile(saved.value());
        f->panel = std::make_unique<CommandsPanel>(&f->bot, f->db.get());
        f->panel->resize(1400, 900);
        f->panel->show();
        if (!QTest::qWaitForWindowExposed(f->panel.get()))
            return nullptr;
        return f;
    }

    QLineEdit *field(CommandsPanel &panel, const char *name)
    {
        return panel.findChild<QLineEdit *>(QLatin1StringView(name));
    }

    /// Designs /ping, /wait and /tools (echo text; admin purge) through the panel's widgets.
    void designThree(CommandsPanel &panel)
    {
        auto *name = field(panel, "commandName");
        auto *description = field(panel, "commandDescription");
        auto *text = panel.findChild<bw::gui::commands::TemplateLineEdit *>(u"responseText"_s);
        auto *kind = child<QComboBox>(panel, u"responseKind"_s);

        // /ping: a reply "Pong!"
        click(child<QToolButton>(panel, u"newCommandButton"_s));
        typeInto(name, u"ping"_s);
        typeInto(description, u"Replies with Pong!"_s);
        QCOMPARE(kind->currentData().toString(), u"reply"_s);
        typeInto(text, u"Pong!"_s);

        // /wait seconds:int, deferred, then "Done!" after as many seconds as the option says
        click(child<QToolButton>(panel, u"newCommandButton"_s));
        typeInto(name, u"wait"_s);
        typeInto(description, u"Waits, then says so"_s);
        click(child<QToolButton>(panel, u"addOptionButton"_s));
        QCOMPARE(panel.selectedPath(), bw::gui::commands::OptionPath {0});
        typeInto(name, u"seconds"_s);
        typeInto(description, u"How long"_s);
        choose(child<QComboBox>(panel, u"optionType"_s), u"Integer"_s);
        clickCheck(child<QCheckBox>(panel, u"optionRequired"_s));
        typeInto(field(panel, "optionMinValue"), u"1"_s);
        typeInto(field(panel, "optionMaxValue"), u"600"_s);
        panel.selectNode(panel.selectedKey()); // back to the command, whose response it is
        choose(kind, u"Defer"_s);
        choose(child<QComboBox>(panel, u"responseDelayMode"_s), u"Seconds"_s);
        QCOMPARE(child<QComboBox>(panel, u"responseDelayOption"_s)->currentText(), u"seconds"_s);
        typeInto(text, u"Done!"_s);

        // /tools: echo text (a subcommand), admin purge (a group with a subcommand)
        click(child<QToolButton>(panel, u"newCommandButton"_s));
        typeInto(name, u"tools"_s);
        typeInto(description, u"Tools"_s);
        const int tools = panel.selectedKey();
        child<QMenu>(panel, u"addOptionMenu"_s)->findChild<QAction *>(u"actionAddOption1"_s)->trigger();
        typeInto(name, u"echo"_s);
        typeInto(description, u"Echo a text"_s);
        click(child<QToolButton>(panel, u"addOptionButton"_s)); // a string option inside echo
        QCOMPARE(panel.selectedPath(), (bw::gui::commands::OptionPath {0, 0}));
        typeInto(name, u"text"_s);
        typeInto(description, u"What to say"_s);
        clickCheck(child<QCheckBox>(panel, u"optionRequired"_s));
        panel.selectNode(tools, {0});
        QCOMPARE(kind->currentData().toString(), u"reply"_s); // the command's reply moved to "echo"
        typeInto(text, u"{opt.text}"_s);
        panel.selectNode(tools);
        child<QMenu>(panel, u"addOptionMenu"_s)->findChild<QAction *>(u"actionAddOption2"_s)->trigger();
        QCOMPARE(panel.selectedPath(), bw::gui::commands::OptionPath {1});
        typeInto(name, u"admin"_s);
        typeInto(description, u"Admin tools"_s);
        panel.selectNode(tools, {1, 0});
        typeInto(name, u"purge"_s);
        typeInto(description, u"Purge"_s);
        choose(kind, u"Reply with a m"_s);
        typeInto(text, u"Purged."_s);
        clickCheck(child<QCheckBox>(panel, u"responseEphemeral"_s));
    }

    bw::test::GuiTestEnvironment m_env;

private Q_SLOTS:
    void designValidateUndoAndSave()
    {
        auto f = start(u"design.db"_s);
        QVERIFY(f);
        CommandsPanel &panel = *f->panel;
        designThree(panel);
        QVERIFY2(!panel.document()->hasErrors(), qPrintable(problemTexts(panel).join(u'\n')));
        QCOMPARE(problemTexts(panel), QStringList {u"No problems."_s});
        QVERIFY(child<QPushButton>(panel, u"syncButton"_s)->isEnabled());

        // The tree shows the three commands with their options.
        QTreeWidget *tree = panel.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"/ping"_s);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), u"seconds *"_s);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), u"Integer"_s);
        QCOMPARE(tree->topLevelItem(2)->child(1)->child(0)->text(0), u"purge"_s);

        // Saved to the SQLite file: another connection reads the same commands.
        {
            auto other = bw::store::Database::open({f->dbPath});
            QVERIFY(other.ok());
            auto list = bw::store::CommandStore(*other.value()).list(f->profileId);
            QVERIFY(list.ok());
            QCOMPARE(list->size(), 3);
            QHash<QString, bw::store::CommandRecord> byName;
            for (const auto &r : list.value())
                byName.insert(r.name(), r);
            QCOMPARE(byName.value(u"ping"_s).response,
                     (QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"Pong!"_s}}));
            const QJsonObject wait = byName.value(u"wait"_s).definition;
            const QJsonObject seconds = wait.value(u"options"_s).toArray().at(0).toObject();
            QCOMPARE(seconds.value(u"type"_s).toInt(), 4);
            QCOMPARE(seconds.value(u"required"_s).toBool(), true);
            QCOMPARE(seconds.value(u"min_value"_s).toInteger(), 1);
            QCOMPARE(seconds.value(u"max_value"_s).toInteger(), 600);
            const QJsonObject waitResponse = byName.value(u"wait"_s).response;
            QCOMPARE(waitResponse.value(u"type"_s).toString(), u"defer"_s);
            QCOMPARE(waitResponse.value(u"delay_option"_s).toString(), u"seconds"_s);
            QCOMPARE(waitResponse.value(u"then"_s).toObject().value(u"reply"_s).toString(), u"Done!"_s);
            const QJsonObject tools = byName.value(u"tools"_s).response.value(u"subcommands"_s).toObject();
            QCOMPARE(tools.value(u"echo"_s).toObject().value(u"reply"_s).toString(), u"{opt.text}"_s);
            QCOMPARE(tools.value(u"admin purge"_s).toObject().value(u"reply"_s).toString(), u"Purged."_s);
            QCOMPARE(tools.value(u"admin purge"_s).toObject().value(u"ephemeral"_s).toBool(), true);
        }

        // A bad name: shown on the field, above the fields and in the problems list; no sync.
        panel.selectNode(panel.document()->entries().at(0).key);
        auto *name = field(panel, "commandName");
        typeInto(name, u"Ping!"_s);
        auto *errors = child<QLabel>(panel, u"inspectorErrors"_s);
        QTRY_VERIFY(errors->isVisible());
        QVERIFY2(errors->text().startsWith(u"name:"_s), qPrintable(errors->text()));
        QVERIFY(name->styleSheet().contains(u"border"_s));
        QVERIFY(!name->toolTip().isEmpty());
        QVERIFY(problemTexts(panel).join(u'\n').contains(u"/Ping! › name"_s));
        QVERIFY(!child<QPushButton>(panel, u"syncButton"_s)->isEnabled());
        QCOMPARE(panel.tree()->topLevelItem(0)->text(0), u"/Ping!"_s);
        QVERIFY(!panel.tree()->topLevelItem(0)->icon(0).isNull());

        // Undo takes back the whole typing of the name in one step; redo brings it back.
        click(child<QToolButton>(panel, u"undoButton"_s));
        QCOMPARE(name->text(), u"ping"_s);
        QVERIFY(!panel.document()->hasErrors());
        QVERIFY(!errors->isVisible());
        QVERIFY(name->styleSheet().isEmpty());
        click(child<QToolButton>(panel, u"redoButton"_s));
        QCOMPARE(name->text(), u"Ping!"_s);
        click(child<QToolButton>(panel, u"undoButton"_s));
        QCOMPARE(bw::store::CommandStore(*f->db).byId(panel.document()->records().at(0).id)->name(),
                 u"ping"_s);

        // 26 choices on /tools echo text: the 26th is one too many.
        const int tools = panel.document()->entries().at(2).key;
        panel.selectNode(tools, {0, 0});
        auto *addChoice = child<QPushButton>(panel, u"addChoiceButton"_s);
        QVERIFY(addChoice->isVisible());
        for (int i = 0; i < 26; ++i)
            click(addChoice);
        auto *choices = child<QTableWidget>(panel, u"choicesTable"_s);
        QCOMPARE(choices->rowCount(), 26);
        QTRY_VERIFY(errors->isVisible());
        QVERIFY2(errors->text().contains(u"choices"_s), qPrintable(errors->text()));
        QVERIFY(choices->styleSheet().contains(u"border"_s));
        QVERIFY(problemTexts(panel).join(u'\n').contains(u"/tools › options.0.options.0.choices"_s));
        QVERIFY(!child<QPushButton>(panel, u"syncButton"_s)->isEnabled());
        // A click on the problem selects the option it is about.
        panel.selectNode(tools);
        QListWidgetItem *problem = panel.problemList()->item(0);
        QTest::mouseClick(panel.problemList()->viewport(), Qt::LeftButton, {},
                          panel.problemList()->visualItemRect(problem).center());
        QCOMPARE(panel.selectedPath(), (bw::gui::commands::OptionPath {0, 0}));
        // One less, and a choice edited in the table.
        choices->setCurrentCell(25, 0);
        click(child<QPushButton>(panel, u"removeChoiceButton"_s));
        QCOMPARE(choices->rowCount(), 25);
        QVERIFY(!panel.document()->hasErrors());
        editCell(choices, 0, 0, u"Hello"_s);
        const QJsonObject text
            = bw::gui::commands::CommandJson::optionAt(panel.document()->record(tools)->definition, {0, 0});
        QCOMPARE(text.value(u"choices"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Hello"_s);
        QCOMPARE(text.value(u"choices"_s).toArray().size(), 25);

        // {opt.NAME} completion in the reply of echo.
        panel.selectNode(tools, {0});
        auto *reply = panel.findChild<bw::gui::commands::TemplateLineEdit *>(u"responseText"_s);
        QVERIFY(reply->variables().contains(u"{opt.text}"_s));
        typeInto(reply, u"You said {opt.t"_s);
        QTRY_VERIFY(reply->completer()->popup()->isVisible());
        QCOMPARE(reply->completer()->currentCompletion(), u"{opt.text}"_s);
        QTest::keyClick(reply->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(reply->completer()->popup(), Qt::Key_Return);
        QCOMPARE(reply->text(), u"You said {opt.text}"_s);
        // An unknown option in the template is a problem of the response.
        typeInto(reply, u"{opt.nope}"_s);
        auto *responseErrors = child<QLabel>(panel, u"responseErrors"_s);
        QTRY_VERIFY(responseErrors->isVisible());
        QVERIFY(responseErrors->text().contains(u"nope"_s));
        typeInto(reply, u"{opt.text}"_s);
        QVERIFY(!panel.document()->hasErrors());

        // A fresh panel on the same database shows what was saved.
        CommandsPanel again(&f->bot, f->db.get());
        QCOMPARE(again.document()->entries().size(), 3);
        QCOMPARE(again.tree()->topLevelItemCount(), 3);
    }

    void deferAfterARestCall()
    {
        auto f = start(u"rest.db"_s);
        QVERIFY(f);
        CommandsPanel &panel = *f->panel;
        click(child<QToolButton>(panel, u"newCommandButton"_s));
        const int key = panel.selectedKey();
        typeInto(field(panel, "commandName"), u"announce"_s);
        typeInto(field(panel, "commandDescription"), u"Announces"_s);
        click(child<QToolButton>(panel, u"addOptionButton"_s));
        typeInto(field(panel, "commandName"), u"text"_s);
        typeInto(field(panel, "commandDescription"), u"What to announce"_s);
        panel.selectNode(key);
        choose(child<QComboBox>(panel, u"responseKind"_s), u"Defer"_s);
        choose(child<QComboBox>(panel, u"responseDelayMode"_s), u"After"_s);
        QVERIFY(!child<QSpinBox>(panel, u"responseDelaySeconds"_s)->isVisible());
        auto *method = child<QComboBox>(panel, u"responseRestMethod"_s);
        auto *route = panel.findChild<bw::gui::commands::TemplateLineEdit *>(u"responseRestRoute"_s);
        auto *body = child<QPlainTextEdit>(panel, u"responseRestBody"_s);
        auto *bodyError = child<QLabel>(panel, u"responseRestBodyError"_s);
        QVERIFY(method && method->isVisible() && body && body->isVisible() && bodyError);
        typeInto(route, u"channels/{channel.id}/messages"_s);
        QVERIFY(panel.document()->hasErrors());
        QVERIFY2(problemTexts(panel).join(u'\n').contains(u"must start with “/”"_s),
                 qPrintable(problemTexts(panel).join(u'\n')));
        typeInto(route, u"/channels/{channel.id}/messages"_s);
        body->setFocus();
        QTest::keyClicks(body, u"{\"content\": \"{opt.text}\""_s);
        QVERIFY(bodyError->isVisible()); // not JSON yet: said inline, the last valid body is kept
        QVERIFY(bodyError->text().startsWith(u"Not JSON"_s));
        QTest::keyClicks(body, u"}"_s);
        QVERIFY(!bodyError->isVisible());
        typeInto(panel.findChild<bw::gui::commands::TemplateLineEdit *>(u"responseText"_s),
                 u"Posted {rest.json.id}"_s);
        choose(method, u"PATCH"_s);
        QVERIFY2(!panel.document()->hasErrors(), qPrintable(problemTexts(panel).join(u'\n')));
        const QJsonObject design = panel.document()->record(key)->response;
        const QJsonObject rest = design.value(u"rest"_s).toObject();
        QCOMPARE(design.value(u"type"_s).toString(), u"defer"_s);
        QCOMPARE(rest.value(u"method"_s).toString(), u"PATCH"_s);
        QCOMPARE(rest.value(u"route"_s).toString(), u"/channels/{channel.id}/messages"_s);
        QCOMPARE(rest.value(u"body"_s).toObject(), (QJsonObject {{u"content"_s, u"{opt.text}"_s}}));
        QCOMPARE(design.value(u"then"_s).toObject().value(u"reply"_s).toString(), u"Posted {rest.json.id}"_s);
        QVERIFY(!design.contains(u"delay_ms"_s));
        // {opt.NAME} in the body is checked against the options like the replies are.
        body->selectAll();
        QTest::keyClicks(body, u"{\"content\": \"{opt.nope}\"}"_s);
        QVERIFY2(problemTexts(panel).join(u'\n').contains(u"{opt.nope}"_s),
                 qPrintable(problemTexts(panel).join(u'\n')));
    }

    void contextMenuCommandsAndDelete()
    {
        auto f = start(u"context.db"_s);
        QVERIFY(f);
        CommandsPanel &panel = *f->panel;
        auto *menu = child<QMenu>(panel, u"newCommandMenu"_s);
        menu->findChild<QAction *>(u"actionNewCommand2"_s)->trigger();
        menu->findChild<QAction *>(u"actionNewCommand3"_s)->trigger();
        QCOMPARE(panel.document()->entries().size(), 2);
        // no description or options for context-menu commands; names may have spaces and capitals
        QVERIFY(!field(panel, "commandDescription")->isVisible());
        QVERIFY(!child<QToolButton>(panel, u"addOptionButton"_s)->isEnabled());
        typeInto(field(panel, "commandName"), u"Quote This"_s);
        QVERIFY(!panel.document()->hasErrors());
        // Duplicate, then delete; undo restores the deleted command in the store.
        click(child<QToolButton>(panel, u"duplicateButton"_s));
        QCOMPARE(panel.document()->entries().size(), 3);
        QCOMPARE(panel.document()->entries().at(2).record.name(), u"Quote This copy"_s);
        click(child<QToolButton>(panel, u"deleteButton"_s));
        click(child<QToolButton>(panel, u"deleteButton"_s));
        QCOMPARE(panel.document()->entries().size(), 1);
        QCOMPARE(bw::store::CommandStore(*f->db).list(f->profileId)->size(), 1);
        click(child<QToolButton>(panel, u"undoButton"_s));
        QCOMPARE(bw::store::CommandStore(*f->db).list(f->profileId)->size(), 2);
        // default member permissions, contexts and install types end up in the definition
        typeInto(field(panel, "commandPermissions"), u"8"_s);
        clickCheck(child<QCheckBox>(panel, u"contextGuild"_s));
        clickCheck(child<QCheckBox>(panel, u"installUser"_s));
        clickCheck(child<QCheckBox>(panel, u"commandNsfw"_s));
        const QJsonObject def = panel.document()->record(panel.selectedKey())->definition;
        QCOMPARE(def.value(u"default_member_permissions"_s).toString(), u"8"_s);
        QCOMPARE(def.value(u"contexts"_s).toArray(), QJsonArray {0});
        QCOMPARE(def.value(u"integration_types"_s).toArray(), QJsonArray {1});
        QCOMPARE(def.value(u"nsfw"_s).toBool(), true);
    }

    void syncToTheSandboxAndRun()
    {
        auto f = start(u"sync.db"_s);
        QVERIFY(f);
        CommandsPanel &panel = *f->panel;
        QSignalSpy startSync(&f->bot, &bw::Bot::commandsSynced);
        f->bot.start(); // the profile targets the embedded sandbox
        QTRY_COMPARE_WITH_TIMEOUT(f->bot.state()->status(), bw::BotState::Status::Ready, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f->bot.guilds().isEmpty(), 60000); // READY and the guilds arrived
        // The bot's own sync at READY (nothing designed yet: nothing sent) is over before we design.
        QTRY_COMPARE_WITH_TIMEOUT(startSync.size(), 1, 30000);
        QVERIFY2(startSync.at(0).at(1).toString().isEmpty(), qPrintable(startSync.at(0).at(1).toString()));
        designThree(panel);
        QVERIFY(!panel.document()->hasErrors());

        // The preview lists what a sync would add.
        QSignalSpy previewed(&panel, &CommandsPanel::syncPreviewReady);
        // (Results may come back before click() returns, when the work needs no request: count signals.)
        click(child<QPushButton>(panel, u"previewSyncButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, kTimeoutMs);
        auto *preview = child<QTreeWidget>(panel, u"syncPreview"_s);
        QCOMPARE(preview->topLevelItemCount(), 1);
        QVERIFY2(preview->topLevelItem(0)->text(0).contains(u"3 added"_s),
                 qPrintable(preview->topLevelItem(0)->text(0)));
        QCOMPARE(preview->topLevelItem(0)->childCount(), 3);

        QSignalSpy finished(&panel, &CommandsPanel::syncFinished);
        click(child<QPushButton>(panel, u"syncButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 2, kTimeoutMs); // the preview refreshes after a sync
        QVERIFY2(preview->topLevelItem(0)->text(0).contains(u"unchanged"_s),
                 qPrintable(preview->topLevelItem(0)->text(0)));
        QVERIFY(child<QLabel>(panel, u"syncStatus"_s)->text().contains(u"Synced 1 scope"_s));
        // A second sync sends nothing.
        click(child<QPushButton>(panel, u"syncButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
        QVERIFY2(finished.at(1).at(1).toString().contains(u"no request"_s),
                 qPrintable(finished.at(1).at(1).toString()));

        // Run the commands as Alice in the sandbox.
        bw::sandbox::SandboxHost &host = *f->bot.sandbox();
        const QString channel
            = onServer(host, [](bw::sandbox::SandboxServer &s) { return s.defaultChannelId(); });
        auto reply = [&](const QString &id) {
            return onServer(host, [id](bw::sandbox::SandboxServer &s) {
                return s.interactionRecord(id).value(u"reply"_s).toObject().value(u"content"_s).toString();
            });
        };
        const QString ping = onServer(host, [&](bw::sandbox::SandboxServer &s) {
            auto id = s.simulateCommand(u"alice"_s, channel, u"ping"_s);
            return id.ok() ? id.value() : QString();
        });
        QVERIFY(!ping.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(reply(ping), u"Pong!"_s, kTimeoutMs);
        const QString wait = onServer(host, [&](bw::sandbox::SandboxServer &s) {
            auto id
                = s.simulateCommand(u"alice"_s, channel, u"wait"_s,
                                    QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 1}}});
            return id.ok() ? id.value() : QString();
        });
        QVERIFY(!wait.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(reply(wait), u"Done!"_s, kTimeoutMs);
        const QString echo = onServer(host, [&](bw::sandbox::SandboxServer &s) {
            auto id = s.simulateCommand(
                u"alice"_s, channel, u"tools"_s,
                QJsonArray {QJsonObject {
                    {u"name"_s, u"echo"_s},
                    {u"options"_s,
                     QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"value"_s, u"hi there"_s}}}}}});
            return id.ok() ? id.value() : QString();
        });
        QTRY_COMPARE_WITH_TIMEOUT(reply(echo), u"hi there"_s, kTimeoutMs);

        // Not an assertion of looks: renders the panel when COMMANDS_PANEL_PNG names a file.
        const QString out = qEnvironmentVariable("COMMANDS_PANEL_PNG");
        if (!out.isEmpty()) {
            // one unsynced change, so that the preview shows what a sync would send
            panel.selectNode(panel.document()->entries().at(0).key);
            typeInto(field(panel, "commandDescription"), u"Replies with Pong! (and how fast)"_s);
            click(child<QPushButton>(panel, u"previewSyncButton"_s));
            QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 4, kTimeoutMs);
            panel.selectNode(panel.document()->entries().at(1).key);
            QTest::qWait(200);
            QVERIFY(panel.grab().save(out));
        }
        f->bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(f->bot.state()->status(), bw::BotState::Status::Stopped, kTimeoutMs);
    }
};

QTEST_MAIN(TestCommandsPanel)
#include "tst_commandspanel.moc"
