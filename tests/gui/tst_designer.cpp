// The view designer on the offscreen platform: building a view with mouse and keyboard, undo/redo of
// every kind of edit, validation shown on fields and in the problems pane, JSON import/export, autosave.
#include "GuiTestSupport.h"
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "bot/views/ViewDefinition.h"
#include "gui/MainWindow.h"
#include "gui/designer/ComponentPalette.h"
#include "gui/designer/DesignDocument.h"
#include "gui/designer/DesignTreeModel.h"
#include "gui/designer/DesignerPanel.h"
#include "gui/designer/MessageJson.h"
#include "gui/designer/MessagePreview.h"
#include "gui/designer/PropertyInspector.h"
#include "gui/designer/TemplateEdit.h"
#include "store/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace bw;
using namespace bw::gui::designer;
using namespace Qt::StringLiterals;

namespace {

JsonPath P(const char *text)
{
    return JsonPath::parse(QString::fromUtf8(text));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

bool hasProblemAt(const DesignDocument *doc, const QString &path, bool errorsOnly = true)
{
    for (const DesignProblem &p : doc->problems()) {
        if (p.path.toString() == path && (!errorsOnly || !p.warning))
            return true;
    }
    return false;
}

QString problemList(const DesignDocument *doc)
{
    QStringList out;
    for (const DesignProblem &p : doc->problems())
        out << p.toString();
    return out.join(u" | "_s);
}

} // namespace

class TestDesigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void jsonPathRoundTrip();
    void modelIsConsistent();
    void buildViewWithMouseAndKeyboard();
    void dragAndDropAddsAndMovesBetweenRows();
    void keyboardEditing();
    void undoRedoEveryKindOfEdit();
    void typingMergesIntoOneCommand();
    void customIdFollowsLabelAndKeepsAction();
    void validationOnFieldsAndProblemsPane();
    void validationRules_data();
    void validationRules();
    void behaviourTemplateSampleAndCompletion();
    void componentsV2Switch();
    void exportImportRoundTrip();
    void rejectBrokenJson_data();
    void rejectBrokenJson();
    void previewThemesAndClicks();
    void autosaveAndRestore();
    void seedViewsWithoutJson();
    void behaviourRulesOfTheRuntime();
    void modalWithTextInputsWithoutJson();
    void fitsASmallMainWindowWithTheSandbox();
    void screenshots();

private:
    DesignerPanel *makePanel();

    test::GuiTestEnvironment m_env;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<Bot> m_bot;
    DesignerPanel *m_panel = nullptr;
};

void TestDesigner::initTestCase()
{
    QVERIFY(m_env.isValid());
}

void TestDesigner::init()
{
    m_env.clearSettings();
    static int n = 0;
    m_db = m_env.openDatabase(u"designer-%1.db"_s.arg(++n));
    QVERIFY(m_db);
    store::ProfileStore profiles(*m_db);
    store::Profile profile;
    profile.name = u"Test"_s;
    const auto saved = profiles.save(profile);
    QVERIFY(saved);
    m_bot = std::make_unique<Bot>();
    m_bot->setProfile(saved.value());
    m_panel = makePanel();
}

void TestDesigner::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_bot.reset();
    m_db.reset();
}

DesignerPanel *TestDesigner::makePanel()
{
    auto *panel = new DesignerPanel(m_bot.get(), m_db.get());
    panel->resize(1500, 900);
    panel->show();
    QApplication::setActiveWindow(panel);
    return panel;
}

void TestDesigner::jsonPathRoundTrip()
{
    for (const QString &text : {u"message.components[0].components[1].label"_s,
                                u"actions[\"ticket:open\"].reply"_s, u"embeds[2].author.name"_s, u"name"_s}) {
        QCOMPARE(JsonPath::parse(text).toString(), text);
    }
    QJsonValue root = QJsonObject {};
    QVERIFY(P("a.b[0]").setIn(root, 1) == false); // no array there
    QVERIFY(P("a.b").setIn(root, QJsonArray {1, 2}));
    QVERIFY(P("a.b[1]").setIn(root, 5));
    QCOMPARE(P("a.b[1]").valueIn(root).toInt(), 5);
    QVERIFY(P("a.b[0]").setIn(root, QJsonValue(QJsonValue::Undefined)));
    QCOMPARE(P("a.b").valueIn(root).toArray(), QJsonArray {5});
}

void TestDesigner::modelIsConsistent()
{
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"t"_s));
    const JsonPath button = doc->addNode(NodeKind::Button, {});
    QVERIFY(!button.isEmpty());
    doc->addNode(NodeKind::Embed, {});
    doc->addNode(NodeKind::Field, P("message.embeds[0]"));
    doc->addNode(NodeKind::StringSelect, {});
    doc->undoStack()->undo();
    doc->undoStack()->redo();
    doc->removeNode(button);
    QCOMPARE(m_panel->model()->rowCount(), 1);
}

void TestDesigner::buildViewWithMouseAndKeyboard()
{
    DesignDocument *doc = m_panel->document();
    m_panel->newView();
    // Name the view by typing into the inspector.
    auto *name = m_panel->inspector()->findChild<QLineEdit *>(u"prop_name"_s);
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, u"ticket"_s);
    QCOMPARE(doc->name(), u"ticket"_s);

    // Add a button from the palette with the keyboard (Enter on the item).
    ComponentPalette *palette = m_panel->palette();
    palette->setFocus();
    palette->setCurrentItem(palette->itemFor(NodeKind::Button));
    QTest::keyClick(palette, Qt::Key_Return);
    const JsonPath button = P("message.components[0].components[0]");
    QCOMPARE(doc->kindAt(button), NodeKind::Button);
    QCOMPARE(m_panel->selectedNode(), button);
    QCOMPARE(doc->value(button.key(u"custom_id"_s)).toString(), u"ticket:button"_s);

    // Type its label: the generated custom_id follows ("ticket:open").
    auto *label = m_panel->inspector()->findChild<QLineEdit *>(u"prop_label"_s);
    QVERIFY(label);
    label->selectAll();
    QTest::keyClicks(label, u"Open"_s);
    QCOMPARE(doc->value(button.key(u"label"_s)).toString(), u"Open"_s);
    QCOMPARE(doc->value(button.key(u"custom_id"_s)).toString(), u"ticket:open"_s);

    // Pick a style with the keyboard.
    auto *style = m_panel->inspector()->findChild<QComboBox *>(u"prop_style"_s);
    QVERIFY(style);
    style->setFocus();
    QTest::keyClick(style, Qt::Key_Down);
    QCOMPARE(doc->value(button.key(u"style"_s)).toInt(), 2);

    // Give it a behaviour and type the reply.
    auto *action = m_panel->inspector()->findChild<QComboBox *>(u"action_type"_s);
    QVERIFY(action);
    action->setCurrentIndex(action->findData(u"reply"_s));
    Q_EMIT action->activated(action->currentIndex());
    QCOMPARE(doc->actions().value(u"ticket:open"_s).toObject().value(u"type"_s).toString(), u"reply"_s);
    auto *reply = m_panel->inspector()->findChild<QPlainTextEdit *>(u"action_reply"_s);
    QVERIFY(reply);
    reply->selectAll();
    QTest::keyClicks(reply, u"Ticket opened by "_s);
    QCOMPARE(doc->actions().value(u"ticket:open"_s).toObject().value(u"reply"_s).toString(),
             u"Ticket opened by "_s);

    // Click the message in the preview: the message is selected; click the button: the button is.
    MessagePreview *preview = m_panel->preview();
    const QRect buttonRect = preview->rectOf(button);
    QVERIFY(!buttonRect.isEmpty());
    QTest::mouseClick(preview, Qt::LeftButton, {}, QPoint(30, 30)); // the avatar
    QCOMPARE(m_panel->selectedNode(), P("message"));
    QTest::mouseClick(preview, Qt::LeftButton, {}, buttonRect.center());
    QCOMPARE(m_panel->selectedNode(), button);

    // A second button with the mouse: double-click on the palette item.
    const QRect item = palette->visualItemRect(palette->itemFor(NodeKind::Button));
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, item.center());
    QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(doc->kindAt(P("message.components[0].components[1]")), NodeKind::Button);
    QCOMPARE(doc->errorCount(), 0);
    QVERIFY2(doc->problems().size() == 1,
             qPrintable(problemList(doc))); // the new button has no behaviour yet
    QVERIFY(doc->problems().first().warning);
}

void TestDesigner::dragAndDropAddsAndMovesBetweenRows()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"dnd"_s));
    DesignTreeModel *model = m_panel->model();
    ComponentPalette *palette = m_panel->palette();

    // Palette → message: a row with the button is created.
    std::unique_ptr<QMimeData> buttonMime(
        palette->model()->mimeData({palette->indexFromItem(palette->itemFor(NodeKind::Button))}));
    QVERIFY(buttonMime);
    const QModelIndex message = model->indexFor(P("message"));
    QVERIFY(model->canDropMimeData(buttonMime.get(), Qt::CopyAction, -1, 0, message));
    model->dropMimeData(buttonMime.get(), Qt::CopyAction, -1, 0, message);
    QCOMPARE(doc->kindAt(P("message.components[0]")), NodeKind::ActionRow);
    QCOMPARE(doc->kindAt(P("message.components[0].components[0]")), NodeKind::Button);
    // Palette → onto that row: a second button in the same row.
    model->dropMimeData(buttonMime.get(), Qt::CopyAction, -1, 0, model->indexFor(P("message.components[0]")));
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 2);
    // A new row, then move the second button into it.
    std::unique_ptr<QMimeData> rowMime(
        palette->model()->mimeData({palette->indexFromItem(palette->itemFor(NodeKind::ActionRow))}));
    model->dropMimeData(rowMime.get(), Qt::CopyAction, -1, 0, model->indexFor(P("message")));
    QCOMPARE(doc->kindAt(P("message.components[1]")), NodeKind::ActionRow);
    const QString movedId = doc->value(P("message.components[0].components[1].custom_id")).toString();
    std::unique_ptr<QMimeData> nodeMime(
        model->mimeData({model->indexFor(P("message.components[0].components[1]"))}));
    QVERIFY(model->canDropMimeData(nodeMime.get(), Qt::MoveAction, 0, 0,
                                   model->indexFor(P("message.components[1]"))));
    model->dropMimeData(nodeMime.get(), Qt::MoveAction, 0, 0, model->indexFor(P("message.components[1]")));
    QCOMPARE(doc->value(P("message.components[1].components[0].custom_id")).toString(), movedId);
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 1);
    QCOMPARE(m_panel->selectedNode(), P("message.components[1].components[0]"));
    // Reorder: move it back before the first button of row 0.
    std::unique_ptr<QMimeData> again(
        model->mimeData({model->indexFor(P("message.components[1].components[0]"))}));
    model->dropMimeData(again.get(), Qt::MoveAction, 0, 0, model->indexFor(P("message.components[0]")));
    QCOMPARE(doc->value(P("message.components[0].components[0].custom_id")).toString(), movedId);
    // The row it left was emptied and removed.
    QCOMPARE(doc->value(P("message.components")).toArray().size(), 1);
    // A select cannot be dropped into a row that has buttons; an embed cannot go into a row.
    std::unique_ptr<QMimeData> selectMime(
        palette->model()->mimeData({palette->indexFromItem(palette->itemFor(NodeKind::StringSelect))}));
    std::unique_ptr<QMimeData> embedMime(
        palette->model()->mimeData({palette->indexFromItem(palette->itemFor(NodeKind::Embed))}));
    QVERIFY(!model->canDropMimeData(embedMime.get(), Qt::CopyAction, 0, 0,
                                    model->indexFor(P("message.components[0]"))));
    // Undo goes back through every drop.
    const int steps = doc->undoStack()->count();
    QCOMPARE(steps, 5);
    for (int i = 0; i < steps; ++i)
        doc->undoStack()->undo();
    QCOMPARE(doc->view(), DesignDocument::emptyView(u"dnd"_s));
}

void TestDesigner::keyboardEditing()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"keys"_s));
    doc->addNode(NodeKind::Button, {});
    doc->addNode(NodeKind::Button, P("message.components[0].components[0]"));
    QTreeView *tree = m_panel->tree();
    tree->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    m_panel->selectNode(P("message.components[0].components[0]"));
    const QString first = doc->value(P("message.components[0].components[0].custom_id")).toString();
    // Alt+Down moves it after the second one.
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(doc->value(P("message.components[0].components[1].custom_id")).toString(), first);
    QCOMPARE(m_panel->selectedNode(), P("message.components[0].components[1]"));
    // Ctrl+D duplicates it with a fresh custom_id.
    QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 3);
    const QString copy = doc->value(P("message.components[0].components[2].custom_id")).toString();
    QVERIFY2(copy.startsWith(first + u'-')
                 && copy != doc->value(P("message.components[0].components[0].custom_id")).toString(),
             qPrintable(copy));
    QCOMPARE(doc->errorCount(), 0);
    // Delete removes the selection; Ctrl+Z brings it back; Ctrl+Y removes it again.
    m_panel->findChild<QAction *>(u"actionDelete"_s)->trigger(); // (the Delete key itself: see the report)
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 2);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 3);
    m_panel->findChild<QAction *>(u"actionRedo"_s)->trigger(); // (Ctrl+Y in offscreen tests: see the report)
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 2);
    // Copy and paste with the keyboard.
    m_panel->selectNode(P("message.components[0].components[0]"));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 3);
    // Cut removes it.
    QTest::keyClick(tree, Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(doc->value(P("message.components[0].components")).toArray().size(), 2);
    // The Edit menu lists the shortcuts.
    QMenu *edit = m_panel->editMenu();
    QStringList withShortcut;
    for (QAction *a : edit->actions()) {
        if (!a->isSeparator() && !a->shortcut().isEmpty())
            withShortcut << a->objectName();
    }
    for (const QString &name : {u"actionUndo"_s, u"actionRedo"_s, u"actionCut"_s, u"actionCopy"_s,
                                u"actionPaste"_s, u"actionDuplicate"_s, u"actionDelete"_s, u"actionMoveUp"_s,
                                u"actionMoveDown"_s, u"actionImportJson"_s, u"actionExportJson"_s})
        QVERIFY2(withShortcut.contains(name), qPrintable(name));
}

void TestDesigner::undoRedoEveryKindOfEdit()
{
    DesignDocument *doc = m_panel->document();
    QUndoStack *undo = doc->undoStack();
    doc->load(DesignDocument::emptyView(u"undo"_s));
    doc->addNode(NodeKind::Button, {});
    doc->addNode(NodeKind::Embed, {});
    doc->addNode(NodeKind::StringSelect, {});
    undo->clear();

    struct Edit
    {
        const char *name;
        std::function<bool()> run;
        const char *undoText;
    };
    const QList<Edit> edits {
        {"set value", [&] { return doc->setValue(P("message.content"), u"Hi"_s, u"Edit Content"_s); },
         "Edit Content"},
        {"add node", [&] { return !doc->addNode(NodeKind::Field, P("message.embeds[0]")).isEmpty(); },
         "Add Embed field"},
        {"remove node", [&] { return doc->removeNode(P("message.components[0].components[0]")); },
         "Delete Button"},
        {"move node", [&] { return !doc->moveBy(P("message.components[1]"), -1).isEmpty(); },
         "Move Action row"},
        {"duplicate", [&] { return !doc->duplicateNode(P("message.embeds[0]")).isEmpty(); },
         "Duplicate Embed"},
        {"paste", [&] { return !doc->paste(doc->copyNode(P("message.embeds[0]")), P("message")).isEmpty(); },
         "Paste Embed"},
        {"import",
         [&] { return doc->replaceMessage(json(R"({"content":"imported"})"), u"Import message JSON"_s); },
         "Import message JSON"},
        {"components v2", [&] { return doc->setComponentsV2(true); }, "Switch to Components V2"},
        {"action",
         [&] {
             return doc->setAction(u"x"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"a"_s}},
                                   u"Set behaviour"_s);
         },
         "Set behaviour"},
        {"option",
         [&] { return !doc->addNode(NodeKind::Option, P("message.components[1].components[0]")).isEmpty(); },
         nullptr},
    };
    for (const Edit &e : edits) {
        const QJsonObject before = doc->view();
        QVERIFY2(e.run(), e.name);
        const QJsonObject after = doc->view();
        QVERIFY2(after != before, e.name);
        if (e.undoText)
            QCOMPARE(undo->undoText(), QString::fromUtf8(e.undoText));
        undo->undo();
        QVERIFY2(doc->view() == before, e.name);
        undo->redo();
        QVERIFY2(doc->view() == after, e.name);
        undo->undo(); // keep the start state for the next edit
    }
    // The Undo action names the command.
    doc->setValue(P("message.content"), u"x"_s, u"Edit Content"_s);
    auto *action = m_panel->findChild<QAction *>(u"actionUndo"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Undo Edit Content"_s);
}

void TestDesigner::typingMergesIntoOneCommand()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"typing"_s));
    m_panel->selectNode(P("message"));
    auto *content = m_panel->inspector()->findChild<QPlainTextEdit *>(u"prop_content"_s);
    QVERIFY(content);
    content->selectAll();
    QTest::keyClicks(content, u"Hello world"_s);
    QCOMPARE(doc->message().value(u"content"_s).toString(), u"Hello world"_s);
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->message().value(u"content"_s).toString(),
             DesignDocument::emptyView({}).value(u"message"_s).toObject().value(u"content"_s).toString());
    // The editor shows the undone text.
    QCOMPARE(content->toPlainText(), doc->message().value(u"content"_s).toString());
    // Typing in another field is another command.
    doc->undoStack()->redo();
    auto *name = m_panel->inspector()->findChild<QLineEdit *>(u"prop_name"_s);
    QTest::keyClicks(name, u"x"_s);
    QCOMPARE(doc->undoStack()->count(), 2);
}

void TestDesigner::customIdFollowsLabelAndKeepsAction()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"shop"_s));
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    doc->setAction(u"shop:button"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"ok"_s}}, u"Set"_s);
    doc->setValue(b.key(u"label"_s), u"Buy now"_s, u"Edit Label"_s);
    QCOMPARE(doc->value(b.key(u"custom_id"_s)).toString(), u"shop:buy-now"_s);
    QVERIFY(doc->actions().contains(u"shop:buy-now"_s));
    QVERIFY(!doc->actions().contains(u"shop:button"_s));
    // A hand-written custom_id is kept when the label changes; its action moves with a rename.
    doc->setValue(b.key(u"custom_id"_s), u"cart:add"_s, u"Edit custom_id"_s);
    QVERIFY(doc->actions().contains(u"cart:add"_s));
    doc->setValue(b.key(u"label"_s), u"Add"_s, u"Edit Label"_s);
    QCOMPARE(doc->value(b.key(u"custom_id"_s)).toString(), u"cart:add"_s);
    // Deleting the button deletes its action.
    doc->removeNode(b);
    QVERIFY(doc->actions().isEmpty());
}

void TestDesigner::validationOnFieldsAndProblemsPane()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"v"_s));
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    m_panel->selectNode(b);
    auto *label = m_panel->inspector()->findChild<QLineEdit *>(u"prop_label"_s);
    QVERIFY(label);
    label->selectAll();
    QTest::keyClicks(label, QString(81, u'x'));
    // The field shows the error and a red frame; the problems pane lists it.
    auto *error = m_panel->inspector()->findChild<QLabel *>(u"prop_label_error"_s);
    QVERIFY(error);
    QVERIFY(error->isVisibleTo(m_panel->inspector()));
    QVERIFY(error->text().contains(u"80"_s));
    label = m_panel->inspector()->findChild<QLineEdit *>(u"prop_label"_s);
    QVERIFY(label->property("invalid").toBool());
    QListWidget *problems = m_panel->problemList();
    int row = -1;
    for (int i = 0; i < problems->count(); ++i) {
        if (problems->item(i)->data(Qt::UserRole).toString() == b.key(u"label"_s).toString())
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(problemList(doc)));
    // Clicking the problem selects the node and focuses the field.
    m_panel->selectNode(P("message"));
    problems->setCurrentRow(row);
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {},
                      problems->visualItemRect(problems->item(row)).center());
    QCOMPARE(m_panel->selectedNode(), b);
    QVERIFY(QTest::qWaitFor([&] {
        auto *l = m_panel->inspector()->findChild<QLineEdit *>(u"prop_label"_s);
        return l && l->hasFocus();
    }));
    // Fixing it clears the error.
    doc->setValue(b.key(u"label"_s), u"ok"_s, u"Edit Label"_s);
    QVERIFY(!hasProblemAt(doc, b.key(u"label"_s).toString()));
    QVERIFY(
        !m_panel->inspector()->findChild<QLabel *>(u"prop_label_error"_s)->isVisibleTo(m_panel->inspector()));
}

void TestDesigner::validationRules_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("path");
    const auto row = [](const char *name, const QByteArray &m, const char *path) {
        QTest::newRow(name) << m << QString::fromUtf8(path);
    };
    const auto buttons = [](int n) {
        QJsonArray a;
        for (int i = 0; i < n; ++i)
            a.append(QJsonObject {
                {u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, u"b"_s}, {u"custom_id"_s, u"b%1"_s.arg(i)}});
        return QJsonDocument(QJsonObject {{u"components"_s,
                                           QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, a}}}}})
            .toJson();
    };
    row("six buttons in a row", buttons(6), "message.components[0].components");
    row("six rows",
        R"({"components":[{"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"a"}]},
        {"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"b"}]},{"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"c"}]},
        {"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"d"}]},{"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"e"}]},
        {"type":1,"components":[{"type":2,"style":2,"label":"a","custom_id":"f"}]}]})",
        "message.components");
    row("select and button",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s"},{"type":2,"style":1,"label":"a","custom_id":"a"}]}]})",
        "message.components[0].components");
    row("duplicate custom_id",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"x"},{"type":2,"style":1,"label":"b","custom_id":"x"}]}]})",
        "message.components[0].components[1].custom_id");
    row("custom_id too long",
        QByteArray(R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":")")
            + QByteArray(101, 'c') + R"("}]}]})",
        "message.components[0].components[0].custom_id");
    row("placeholder 151",
        QByteArray(R"({"components":[{"type":1,"components":[{"type":6,"custom_id":"s","placeholder":")")
            + QByteArray(151, 'p') + R"("}]}]})",
        "message.components[0].components[0].placeholder");
    row("min above max",
        R"({"components":[{"type":1,"components":[{"type":5,"custom_id":"s","min_values":4,"max_values":2}]}]})",
        "message.components[0].components[0].min_values");
    row("content 2001", QByteArray(R"({"content":")") + QByteArray(2001, 'a') + R"("})", "message.content");
    row("embed total",
        QByteArray(R"({"embeds":[{"description":")") + QByteArray(4000, 'a') + R"("},{"description":")"
            + QByteArray(2001, 'b') + R"("}]})",
        "message.embeds");
    row("v2 content", R"({"flags":32768,"content":"x","components":[{"type":10,"content":"a"}]})",
        "message.content");
    row("unknown variable",
        R"({"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"a"}]}]})",
        "actions.a.reply");
}

void TestDesigner::validationRules()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, path);
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"rules"_s));
    QString error;
    QVERIFY2(m_panel->importJson(message, &error), qPrintable(error));
    if (path.startsWith(u"actions"_s))
        doc->setAction(u"a"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"Hi {nobody}"_s}},
                       u"Set"_s);
    QVERIFY2(hasProblemAt(doc, path), qPrintable(problemList(doc)));
    QVERIFY(doc->errorCount() > 0);
    // The problem belongs to a node the tree shows.
    for (const DesignProblem &p : doc->problems())
        QVERIFY(m_panel->model()->indexFor(p.node).isValid());
}

void TestDesigner::behaviourTemplateSampleAndCompletion()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"greet"_s));
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    m_panel->selectNode(b);
    auto *action = m_panel->inspector()->findChild<QComboBox *>(u"action_type"_s);
    QVERIFY(action);
    action->setCurrentIndex(action->findData(u"counter"_s));
    Q_EMIT action->activated(action->currentIndex());
    // A counter needs state: the view became bound in the same step.
    QVERIFY(doc->isBound());
    QCOMPARE(doc->undoStack()->undoText(), u"Set behaviour: Count clicks (bound views)"_s);
    auto *reply = m_panel->inspector()->findChild<QPlainTextEdit *>(u"action_reply"_s);
    QVERIFY(reply);
    reply->selectAll();
    QTest::keyClicks(reply, u"Hi "_s);
    // "{" opens the completion list; Enter inserts the variable.
    QTest::keyClicks(reply, u"{user.m"_s);
    auto *completer = static_cast<TemplateEdit *>(reply)->completer();
    QVERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->currentCompletion(), u"user.mention"_s);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(reply->toPlainText(), u"Hi {user.mention}"_s);
    completer->popup()->hide();
    reply->moveCursor(QTextCursor::End);
    reply->insertPlainText(u", count {count}"_s);
    auto *sample = m_panel->inspector()->findChild<QLabel *>(u"action_sample"_s);
    QVERIFY(sample);
    QCOMPARE(sample->text(), u"Sample for Alice: Hi @Alice, count 3"_s);
    // An unknown variable is a problem on the reply field.
    reply->insertPlainText(u" {bogus}"_s);
    QVERIFY(sample->text().contains(u"⚠"_s));
    QVERIFY(hasProblemAt(doc, u"actions[\"greet:button\"].reply"_s));
}

void TestDesigner::componentsV2Switch()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"v2"_s));
    doc->addNode(NodeKind::Embed, {});
    doc->addNode(NodeKind::Button, {});
    m_panel->selectNode(P("message"));
    auto *toggle = m_panel->inspector()->findChild<QCheckBox *>(u"prop_flags"_s);
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(doc->isComponentsV2());
    QVERIFY(!doc->message().contains(u"content"_s));
    QVERIFY(!doc->message().contains(u"embeds"_s));
    QCOMPARE(doc->errorCount(), 0);
    // The palette offers V2 components and no embeds now.
    QVERIFY(m_panel->palette()->itemFor(NodeKind::Embed)->isHidden());
    QVERIFY(!m_panel->palette()->itemFor(NodeKind::Container)->isHidden());
    QVERIFY(!doc->addNode(NodeKind::Container, {}).isEmpty());
    QVERIFY(!doc->addNode(NodeKind::Separator, {}).isEmpty());
    QCOMPARE(doc->errorCount(), 0);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!doc->isComponentsV2());
    QVERIFY(doc->message().contains(u"embeds"_s));
}

void TestDesigner::exportImportRoundTrip()
{
    const QJsonObject original = json(R"({
        "content": "Round **trip** <@123456789012345678>",
        "tts": false,
        "allowed_mentions": {"parse": []},
        "x_unknown": {"kept": [1, 2, 3]},
        "embeds": [{"title": "T", "description": "D", "color": 5814783, "fields": [{"name": "a", "value": "b", "inline": true}],
                    "footer": {"text": "f"}, "image": {"url": "https://x.org/a.png"}, "provider": {"name": "kept"}}],
        "components": [{"type": 1, "components": [
            {"type": 2, "style": 1, "label": "Go", "custom_id": "go", "emoji": {"name": "🚀"}, "x_extra": true},
            {"type": 2, "style": 5, "label": "Docs", "url": "https://x.org"}]},
            {"type": 1, "components": [{"type": 3, "custom_id": "pick", "options": [{"label": "A", "value": "a", "default": true}]}]}]
    })");
    QString error;
    QVERIFY2(m_panel->importJson(QJsonDocument(original).toJson(), &error), qPrintable(error));
    const QByteArray exported = m_panel->exportJson();
    QCOMPARE(QJsonDocument::fromJson(exported).object(), original);
    // Import of the export gives the same payload (and the same document).
    const QJsonObject before = m_panel->document()->view();
    m_panel->document()->load(DesignDocument::emptyView(u"other"_s));
    QVERIFY(m_panel->importJson(exported, &error));
    QCOMPARE(m_panel->document()->message(), before.value(u"message"_s).toObject());
    // Discohook's backup form is read too.
    QJsonObject discohook {{u"messages"_s, QJsonArray {QJsonObject {{u"data"_s, original}}}}};
    m_panel->document()->load(DesignDocument::emptyView(u"other"_s));
    QVERIFY(m_panel->importJson(QJsonDocument(discohook).toJson(), &error));
    QCOMPARE(m_panel->document()->message(), original);
    // So is a Botwright view, with its actions.
    const QJsonObject view {
        {u"name"_s, u"x"_s},
        {u"kind"_s, u"bound"_s},
        {u"message"_s, original},
        {u"actions"_s,
         QJsonObject {{u"go"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"hi"_s}}}}}};
    QVERIFY(m_panel->importJson(QJsonDocument(view).toJson(), &error));
    QVERIFY(m_panel->document()->actions().contains(u"go"_s));
    QVERIFY(m_panel->document()->isBound());
}

void TestDesigner::rejectBrokenJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::newRow("syntax error") << QByteArray("{\n  \"content\": \"a\",\n  \"embeds\": [\n}")
                                  << u"line 4"_s;
    QTest::newRow("embeds not a list")
        << QByteArray(R"({"content":"a","embeds":{"title":"x"}})") << u"embeds: expected a list"_s;
    QTest::newRow("component without type")
        << QByteArray(R"({"components":[{"type":1,"components":[{"style":1,"label":"a"}]}]})")
        << u"components[0].components[0].type"_s;
    QTest::newRow("field not an object")
        << QByteArray(R"({"embeds":[{"fields":[5]}]})") << u"embeds[0].fields[0]"_s;
    QTest::newRow("a list, not a message") << QByteArray("[1,2]") << u"expected a message object"_s;
    QTest::newRow("not a message") << QByteArray(R"({"hello":"world"})") << u"not a message"_s;
    QTest::newRow("empty") << QByteArray("  ") << u"no JSON"_s;
}

void TestDesigner::rejectBrokenJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"keep"_s));
    doc->addNode(NodeKind::Button, {});
    const QJsonObject before = doc->view();
    const int commands = doc->undoStack()->count();
    QString error;
    QVERIFY(!m_panel->importJson(input, &error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QCOMPARE(doc->view(), before);
    QCOMPARE(doc->undoStack()->count(), commands);
}

void TestDesigner::previewThemesAndClicks()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"p"_s));
    doc->addNode(NodeKind::Embed, {});
    doc->addNode(NodeKind::Field, P("message.embeds[0]"));
    doc->addNode(NodeKind::StringSelect, {});
    MessagePreview *preview = m_panel->preview();
    // Every node of the message is drawn where a click selects it.
    for (const char *path :
         {"message.embeds[0]", "message.embeds[0].fields[0]", "message.components[0].components[0]"}) {
        const QRect r = preview->rectOf(P(path));
        QVERIFY2(!r.isEmpty(), path);
        QTest::mouseClick(preview, Qt::LeftButton, {}, r.center());
        QCOMPARE(m_panel->selectedNode(), P(path));
    }
    // The theme button switches the preview and is remembered.
    auto *theme = m_panel->findChild<QToolButton *>(u"previewThemeButton"_s);
    QVERIFY(theme);
    QVERIFY(preview->isDark());
    const QImage dark = preview->grab().toImage();
    theme->click();
    QVERIFY(!preview->isDark());
    const QImage light = preview->grab().toImage();
    QVERIFY(dark.pixelColor(2, 2) != light.pixelColor(2, 2));
    QCOMPARE(light.pixelColor(2, 2), QColor(0xFFFFFF));
    // The preview follows every edit.
    const int h = preview->minimumHeight();
    doc->setValue(P("message.content"), QString(u"line\n"_s).repeated(20), u"Edit Content"_s);
    QVERIFY(preview->minimumHeight() > h);
}

void TestDesigner::autosaveAndRestore()
{
    DesignDocument *doc = m_panel->document();
    m_panel->newView();
    const QString name = doc->name();
    doc->setValue(P("name"), u"counter"_s, u"Edit Name"_s);
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    doc->setAction(doc->value(b.key(u"custom_id"_s)).toString(),
                   QJsonObject {{u"type"_s, u"counter"_s}, {u"reply"_s, u"{count}"_s}}, u"Set"_s);
    QVERIFY(m_panel->hasUnsavedChanges());
    QVERIFY(m_panel->saveStatus().contains(u"Unsaved"_s));
    // Autosave runs shortly after the edit.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->hasUnsavedChanges(), 5000);
    QCOMPARE(m_panel->saveStatus(), u"Saved"_s);
    QVERIFY(m_panel->viewNames().contains(u"counter"_s));
    QVERIFY(!m_panel->viewNames().contains(name));
    const QJsonObject saved = doc->view();
    // A new panel (a restarted app) opens the last view as it was.
    delete m_panel;
    m_panel = makePanel();
    QCOMPARE(m_panel->document()->name(), u"counter"_s);
    QCOMPARE(m_panel->document()->message(), saved.value(u"message"_s).toObject());
    QCOMPARE(m_panel->document()->actions(), saved.value(u"actions"_s).toObject());
    QCOMPARE(m_panel->document()->undoStack()->count(), 0);
    // Library: open another view and come back.
    m_panel->newView();
    QVERIFY(m_panel->viewNames().contains(u"counter"_s));
    QVERIFY(m_panel->viewNames().contains(u"view"_s));
    QVERIFY(m_panel->openView(u"counter"_s));
    QCOMPARE(m_panel->document()->message(), saved.value(u"message"_s).toObject());
}

// The seed's views, built in the inspector only (no JSON): "Click me!" with a reply, and the greeting
// restricted to one user (check_user, then reply). The runtime accepts both. (The counter is built and
// clicked in tst_designer_sandbox.)
void TestDesigner::seedViewsWithoutJson()
{
    DesignDocument *doc = m_panel->document();
    const auto typeInto = [&](const char *name, const QString &text) {
        QWidget *w = m_panel->inspector()->findChild<QWidget *>(QLatin1StringView(name));
        if (!w)
            return false;
        w->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            edit->selectAll();
        QTest::keyClicks(w, text);
        return true;
    };
    const auto chooseAction = [&](const QString &type) {
        auto *action = m_panel->inspector()->findChild<QComboBox *>(u"action_type"_s);
        if (!action)
            return false;
        action->setFocus();
        const int target = action->findData(type);
        while (action->currentIndex() < target)
            QTest::keyClick(action, Qt::Key_Down);
        return action->currentIndex() == target;
    };
    const auto addButton = [&] {
        ComponentPalette *palette = m_panel->palette();
        palette->setFocus();
        palette->setCurrentItem(palette->itemFor(NodeKind::Button));
        QTest::keyClick(palette, Qt::Key_Return);
    };

    // 1. Stateless "Click me!".
    m_panel->newView();
    QVERIFY(typeInto("prop_name", u"hello"_s));
    m_panel->selectNode(P("message"));
    QVERIFY(typeInto("prop_content", u"Hello there"_s));
    addButton();
    QVERIFY(typeInto("prop_label", u"Click me!"_s));
    QCOMPARE(doc->value(P("message.components[0].components[0].custom_id")).toString(), u"hello:click-me"_s);
    QVERIFY(chooseAction(u"reply"_s));
    QVERIFY(typeInto("action_reply", u"Hello {user.mention}!"_s));
    QVERIFY(!doc->isBound());
    QCOMPARE(doc->errorCount(), 0);
    auto hello = views::ViewDefinition::fromJson(doc->view());
    QVERIFY2(hello.ok(), hello.ok() ? "" : qPrintable(hello.error().message));
    QCOMPARE(hello->actions.value(u"hello:click-me"_s).toObject().value(u"reply"_s).toString(),
             u"Hello {user.mention}!"_s);
    QVERIFY(m_panel->saveNow());

    // 2. The greeting for one user: bound (kind picked in the inspector), check_user then reply.
    m_panel->newView();
    QVERIFY(typeInto("prop_name", u"greeting"_s));
    m_panel->selectNode(P("message"));
    auto *kind = m_panel->inspector()->findChild<QComboBox *>(u"prop_kind"_s);
    QVERIFY(kind);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QVERIFY(doc->isBound());
    auto *timeout = m_panel->inspector()->findChild<QSpinBox *>(u"prop_timeout_seconds"_s);
    QVERIFY(timeout);
    timeout->setValue(600);
    QCOMPARE(doc->view().value(u"timeout_seconds"_s).toInt(), 600);
    QVERIFY(typeInto("prop_content", u"A greeting for one person"_s));
    addButton();
    QVERIFY(typeInto("prop_label", u"Greet me"_s));
    QVERIFY(chooseAction(u"check_user"_s));
    QVERIFY(typeInto("action_user", u"{state.user_id}"_s));
    QVERIFY(typeInto("action_deny", u"This greeting is not for you."_s));
    QVERIFY(typeInto("action_then_reply", u"Hello {user.mention}, nice to see you!"_s));
    QCOMPARE(doc->errorCount(), 0);
    auto greeting = views::ViewDefinition::fromJson(doc->view());
    QVERIFY2(greeting.ok(), greeting.ok() ? "" : qPrintable(greeting.error().message));
    const QJsonObject action = greeting->actions.value(u"greeting:greet-me"_s).toObject();
    QCOMPARE(action.value(u"type"_s).toString(), u"check_user"_s);
    QCOMPARE(action.value(u"user"_s).toString(), u"{state.user_id}"_s);
    QCOMPARE(action.value(u"then"_s).toObject().value(u"reply"_s).toString(),
             u"Hello {user.mention}, nice to see you!"_s);
    QVERIFY(greeting->timeoutSeconds && *greeting->timeoutSeconds == 600);
}

// Problems the runtime's ViewDefinition::validate finds in behaviour are listed too (with the component).
void TestDesigner::behaviourRulesOfTheRuntime()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"rules"_s));
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    const QString id = doc->value(b.key(u"custom_id"_s)).toString();
    // A counter in an unbound view: the runtime refuses it.
    doc->setAction(id, QJsonObject {{u"type"_s, u"counter"_s}, {u"key"_s, u"count"_s}}, u"counter"_s);
    QVERIFY(!doc->isBound());
    QVERIFY2(doc->errorCount() > 0, qPrintable(problemList(doc)));
    bool found = false;
    for (const DesignProblem &p : doc->problems())
        found = found
            || (p.path.toString().startsWith(u"actions[\"%1\"]"_s.arg(id)) && p.node == b && !p.warning);
    QVERIFY2(found, qPrintable(problemList(doc)));
    QVERIFY(!m_panel->sendBlockedReason().isEmpty());
    doc->setValue(P("kind"), u"bound"_s, u"kind"_s);
    QCOMPARE(doc->errorCount(), 0);
    // A modal is not a valid answer after another step of a sequence.
    doc->setAction(
        id,
        QJsonObject {{u"type"_s, u"sequence"_s},
                     {u"steps"_s,
                      QJsonArray {QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"a"_s}},
                                  QJsonObject {{u"type"_s, u"modal"_s},
                                               {u"modal"_s,
                                                QJsonObject {{u"custom_id"_s, u"m"_s},
                                                             {u"title"_s, u"T"_s},
                                                             {u"components"_s, QJsonArray {}}}}}}}},
        u"sequence"_s);
    QVERIFY2(doc->errorCount() > 0, qPrintable(problemList(doc)));
    // Problems list rows name them.
    QVERIFY(m_panel->problemList()->count() >= doc->errorCount());
    doc->undoStack()->undo();
    QCOMPARE(doc->errorCount(), 0);
}

// A modal with text inputs is edited in the inspector: title, inputs (style, required, min/max,
// placeholder), add and remove, and the reply to its submit; every step undoes.
void TestDesigner::modalWithTextInputsWithoutJson()
{
    DesignDocument *doc = m_panel->document();
    doc->load(DesignDocument::emptyView(u"feedback"_s));
    const JsonPath b = doc->addNode(NodeKind::Button, {});
    m_panel->selectNode(b);
    const QString id = doc->value(b.key(u"custom_id"_s)).toString();
    const QJsonObject before = doc->view();
    auto *action = m_panel->inspector()->findChild<QComboBox *>(u"action_type"_s);
    QVERIFY(action);
    action->setCurrentIndex(action->findData(u"modal"_s));
    Q_EMIT action->activated(action->currentIndex());
    const JsonPath modal = JsonPath().key(u"actions"_s).key(id).key(u"modal"_s);
    QVERIFY(doc->value(modal).isObject());
    QVERIFY(!m_panel->inspector()->findChild<QPlainTextEdit *>(u"action_json"_s)); // no JSON to type

    auto *title = m_panel->inspector()->findChild<QLineEdit *>(u"modal_title"_s);
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, u"Your feedback"_s);
    QCOMPARE(doc->value(modal.key(u"title"_s)).toString(), u"Your feedback"_s);

    // The first input: paragraph, required, 10..500, a placeholder.
    auto *label = m_panel->inspector()->findChild<QLineEdit *>(u"modal_input0_label"_s);
    QVERIFY(label);
    label->selectAll();
    QTest::keyClicks(label, u"What did you like?"_s);
    auto *style = m_panel->inspector()->findChild<QComboBox *>(u"modal_input0_style"_s);
    QVERIFY(style);
    style->setCurrentIndex(style->findData(2));
    Q_EMIT style->activated(style->currentIndex());
    m_panel->inspector()->findChild<QCheckBox *>(u"modal_input0_required"_s)->setChecked(true);
    m_panel->inspector()->findChild<QSpinBox *>(u"modal_input0_min_length"_s)->setValue(10);
    m_panel->inspector()->findChild<QSpinBox *>(u"modal_input0_max_length"_s)->setValue(500);
    auto *placeholder = m_panel->inspector()->findChild<QLineEdit *>(u"modal_input0_placeholder"_s);
    QVERIFY(placeholder);
    QTest::keyClicks(placeholder, u"Tell us"_s);
    const JsonPath input = modal.key(u"components"_s).index(0).key(u"component"_s);
    const QJsonObject in = doc->value(input).toObject();
    QCOMPARE(in.value(u"style"_s).toInt(), 2);
    QCOMPARE(in.value(u"required"_s).toBool(), true);
    QCOMPARE(in.value(u"min_length"_s).toInt(), 10);
    QCOMPARE(in.value(u"max_length"_s).toInt(), 500);
    QCOMPARE(in.value(u"placeholder"_s).toString(), u"Tell us"_s);
    QCOMPARE(doc->value(modal.key(u"components"_s).index(0).key(u"label"_s)).toString(),
             u"What did you like?"_s);

    // Add a second input, short; then remove it again.
    QTest::mouseClick(m_panel->inspector()->findChild<QPushButton *>(u"modal_add_input"_s), Qt::LeftButton);
    QCOMPARE(doc->value(modal.key(u"components"_s)).toArray().size(), 2);
    QVERIFY(m_panel->inspector()->findChild<QLineEdit *>(u"modal_input1_label"_s));
    QCOMPARE(doc->undoStack()->undoText(), u"Add text input"_s);
    QTest::mouseClick(m_panel->inspector()->findChild<QPushButton *>(u"modal_input1_remove"_s),
                      Qt::LeftButton);
    QCOMPARE(doc->value(modal.key(u"components"_s)).toArray().size(), 1);

    // The submit gets a reply with the input's value.
    QTest::mouseClick(m_panel->inspector()->findChild<QPushButton *>(u"modal_add_submit"_s), Qt::LeftButton);
    const QString modalId = doc->value(modal.key(u"custom_id"_s)).toString();
    QCOMPARE(doc->actions().value(modalId).toObject().value(u"type"_s).toString(), u"reply"_s);
    auto *submit = m_panel->inspector()->findChild<QPlainTextEdit *>(u"modal_submit_reply"_s);
    QVERIFY(submit);
    QVERIFY(submit->toPlainText().contains(u"{field.answer}"_s));
    QVERIFY2(doc->errorCount() == 0, qPrintable(problemList(doc)));
    auto def = views::ViewDefinition::fromJson(doc->view());
    QVERIFY2(def.ok(), def.ok() ? "" : qPrintable(def.error().message));

    // Everything undoes back to the view before.
    while (doc->undoStack()->canUndo() && doc->view() != before)
        doc->undoStack()->undo();
    QCOMPARE(doc->view(), before);
}

// 1000x700 main window, Sandbox dock open: the designer fits without a horizontal scroll bar.
void TestDesigner::fitsASmallMainWindowWithTheSandbox()
{
    SecretStore secrets;
    gui::MainWindow window(*m_bot, *m_db, secrets);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sandboxDock = window.findChild<QDockWidget *>(u"sandboxDock"_s);
    if (!sandboxDock) {
        for (QDockWidget *d : window.findChildren<QDockWidget *>()) {
            if (d->widget() && d->widget()->objectName() == u"sandboxPanel"_s)
                sandboxDock = d;
        }
    }
    QVERIFY(sandboxDock);
    sandboxDock->show();
    sandboxDock->raise();
    QCoreApplication::processEvents();
    auto *scroll = window.findChild<QScrollArea *>(u"designerScroll"_s);
    QVERIFY(scroll);
    auto *designer = window.findChild<DesignerPanel *>();
    QVERIFY(designer);
    QTRY_VERIFY(scroll->viewport()->width() > 0);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(u"designer minimum %1 px, room %2 px"_s.arg(designer->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    QVERIFY(designer->width() <= scroll->viewport()->width());
    // The preview scales down to its pane.
    QVERIFY(designer->preview()->zoom() <= 1.0);
}

void TestDesigner::screenshots()
{
    // Renders the designer with a realistic view in both preview themes. The PNGs are written only when
    // BOTWRIGHT_SCREENSHOT_DIR is set (docs/screenshots/designer-{dark,light}.png); the rendering is
    // checked either way.
    DesignDocument *doc = m_panel->document();
    m_panel->newView();
    QString error;
    const QByteArray ticket = R"({"name":"counter","kind":"bound","message":{
        "content":"Count the clicks on this message. Every message keeps its own count.",
        "embeds":[{"title":"Click counter","description":"Press **+1** to add one. Only you see the answer; the count belongs to this message and survives restarts.",
            "color":5793266,"fields":[{"name":"Kind","value":"bound view","inline":true},{"name":"State","value":"`count` per message","inline":true}],
            "footer":{"text":"Botwright designer"}}],
        "components":[{"type":1,"components":[
            {"type":2,"style":1,"label":"+1","custom_id":"counter:increment"},
            {"type":2,"style":2,"label":"Reset","custom_id":"counter:reset"},
            {"type":2,"style":5,"label":"Docs","url":"https://example.org/docs/views"}]}]},
        "actions":{"counter:increment":{"type":"counter","key":"count","step":1,"ephemeral":true,"reply":"You have incremented this message's count to {count}!"},
            "counter:reset":{"type":"set_state","key":"count","value":"0","reply":"Back to zero, {user.mention}.","ephemeral":true}}})";
    QVERIFY2(m_panel->importJson(ticket, &error), qPrintable(error));
    doc->setValue(P("name"), u"counter"_s, u"Edit Name"_s);
    QVERIFY(m_panel->saveNow());
    m_panel->selectNode(P("message.components[0].components[0]"));
    QCOMPARE(doc->errorCount(), 0);
    m_panel->resize(1400, 900);
    const QString dir = qEnvironmentVariable("BOTWRIGHT_SCREENSHOT_DIR");
    auto *theme = m_panel->findChild<QToolButton *>(u"previewThemeButton"_s);
    for (const bool light : {false, true}) {
        theme->setChecked(light);
        QCoreApplication::processEvents();
        const QImage image = m_panel->grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + (light ? u"/designer-light.png"_s : u"/designer-dark.png"_s)));
    }
}

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
