// The designer against a real sandbox bot: the counter view is built with mouse and keyboard, sent to
// #general through the Send dialog, clicked twice in the Sandbox panel as a simulated user ("1", "2"),
// then the bot and the panels are destroyed and made again on the same SQLite file (a restart) and the
// same message answers "3". Editing the view and "Update sent messages" changes the sandbox's message;
// deleting it from the "Sent messages" list removes it and its binding.
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotRuntime.h"
#include "bot/BotState.h"
#include "gui/designer/ComponentPalette.h"
#include "gui/designer/DesignDocument.h"
#include "gui/designer/DesignerPanel.h"
#include "gui/designer/PropertyInspector.h"
#include "gui/designer/SendDialog.h"
#include "gui/sandbox/MessageModel.h"
#include "gui/sandbox/MessageWidget.h"
#include "gui/sandbox/SandboxPanel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/BindingStore.h"
#include "store/ProfileStore.h"
#include "store/SentMessageStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace bw;
using namespace bw::gui::designer;
using namespace Qt::StringLiterals;
using bw::gui::MessageWidget;
using bw::gui::SandboxPanel;

namespace {

constexpr int kTimeoutMs = 15000;

JsonPath P(const char *text)
{
    return JsonPath::parse(QString::fromUtf8(text));
}

} // namespace

class TestDesignerSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sendIsBlockedWithAReason();
    void buildCounterSendAndClick();
    void restartAndClickAgain();
    void updateSentMessages();
    void deleteSentMessage();

private:
    bool startAll();
    void stopAll();
    /// Clicks the button as `user` in the Sandbox panel and returns the reply the bot gave.
    QString clickInSandbox(const QString &user, const QString &messageId, const QString &customId);
    QJsonObject sandboxMessage(const QString &messageId) const;

    test::GuiTestEnvironment m_env;
    std::unique_ptr<store::Database> m_db;
    store::Profile m_profile;
    std::unique_ptr<Bot> m_bot;
    std::unique_ptr<QWidget> m_window;
    DesignerPanel *m_panel = nullptr;
    SandboxPanel *m_sandbox = nullptr;
    QString m_customId;
    QString m_messageId;
    QString m_general;
};

void TestDesignerSandbox::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_env.clearSettings();
    m_db = m_env.openDatabase(u"designer-sandbox.db"_s);
    QVERIFY(m_db);
    store::Profile profile;
    profile.name = u"Sandbox"_s;
    profile.target = store::Profile::Target::Sandbox;
    const auto saved = store::ProfileStore(*m_db).save(profile);
    QVERIFY(saved);
    m_profile = saved.value();
}

void TestDesignerSandbox::cleanupTestCase()
{
    stopAll();
    m_db.reset();
}

bool TestDesignerSandbox::startAll()
{
    m_bot = std::make_unique<Bot>();
    sandbox::SandboxOptions options;
    options.heartbeatIntervalMs = 1000;
    options.stateFile = m_env.path() + u"/sandbox.db"_s;
    m_bot->setSandboxOptions(options);
    m_bot->setProfile(m_profile);
    m_bot->setDatabase(m_db.get());
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_panel = new DesignerPanel(m_bot.get(), m_db.get(), m_window.get());
    m_sandbox = new SandboxPanel(m_bot.get(), m_window.get());
    layout->addWidget(m_panel, 3);
    layout->addWidget(m_sandbox, 2);
    m_window->resize(1800, 1000);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QSignalSpy loaded(m_sandbox, &SandboxPanel::worldLoaded);
    m_bot->start();
    if (!QTest::qWaitFor([&] { return m_bot->state()->status() == BotState::Status::Ready; }, 20000))
        return false;
    if (!QTest::qWaitFor([&] { return !m_bot->guilds().isEmpty(); }, kTimeoutMs))
        return false;
    if (loaded.isEmpty() && !loaded.wait(kTimeoutMs))
        return false;
    m_general = onServer(*m_bot->sandbox(), [](sandbox::SandboxServer &s) { return s.defaultChannelId(); });
    return m_panel->sendAction()->isEnabled() || m_panel->document()->errorCount() > 0;
}

void TestDesignerSandbox::stopAll()
{
    m_window.reset(); // the panels save on destruction
    m_panel = nullptr;
    m_sandbox = nullptr;
    m_bot.reset(); // stops the bot and its sandbox; the world stays in the sandbox's state file
}

QJsonObject TestDesignerSandbox::sandboxMessage(const QString &messageId) const
{
    for (int row = 0; row < m_sandbox->model()->rowCount(); ++row) {
        const QJsonObject m = m_sandbox->model()->message(row);
        if (m.value(u"id"_s).toString() == messageId)
            return m;
    }
    return {};
}

QString TestDesignerSandbox::clickInSandbox(const QString &user, const QString &messageId,
                                            const QString &customId)
{
    if (!m_sandbox->setActingUser(user) || !m_sandbox->selectChannel(m_general))
        return u"(no such user or channel)"_s;
    QPushButton *button = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (MessageWidget *w : m_sandbox->findChildren<MessageWidget *>()) {
                if (w->messageId() == messageId && !w->property("deleting").toBool())
                    button = w->findChild<QPushButton *>(u"button:"_s + customId);
                if (button && button->isVisible())
                    return true;
            }
            return false;
        },
        kTimeoutMs);
    if (!button)
        return u"(no button)"_s;
    const qsizetype before = m_sandbox->interactionIds().size();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_sandbox->interactionIds().size() > before; }, kTimeoutMs))
        return u"(no interaction)"_s;
    const QString id = m_sandbox->interactionIds().constLast();
    QJsonObject record;
    (void)QTest::qWaitFor(
        [&] {
            record = onServer(*m_bot->sandbox(),
                              [&](sandbox::SandboxServer &s) { return s.interactionRecord(id); });
            return record.value(u"final"_s).toBool();
        },
        kTimeoutMs);
    return record.value(u"reply"_s).toObject().value(u"content"_s).toString();
}

void TestDesignerSandbox::sendIsBlockedWithAReason()
{
    // Not started yet: the designer is there, Send says why it is off.
    m_bot = std::make_unique<Bot>();
    m_bot->setProfile(m_profile);
    m_bot->setDatabase(m_db.get());
    m_window = std::make_unique<QWidget>();
    m_panel = new DesignerPanel(m_bot.get(), m_db.get(), m_window.get());
    QAction *send = m_panel->sendAction();
    QVERIFY(send);
    QVERIFY(!send->isEnabled());
    QVERIFY2(m_panel->sendBlockedReason().contains(u"not running"_s),
             qPrintable(m_panel->sendBlockedReason()));
    QVERIFY(send->toolTip().contains(u"not running"_s));
    QVERIFY(m_panel->editMenu()->actions().contains(send));
    QSignalSpy failed(m_panel, &DesignerPanel::sendFailed);
    m_panel->sendTo(u"1"_s);
    QCOMPARE(failed.size(), 1);
    // A view with errors is refused for that reason first.
    m_panel->document()->setValue(P("message.content"), QString(2001, u'x'), u"long"_s);
    QVERIFY(m_panel->document()->errorCount() > 0);
    QVERIFY2(m_panel->sendBlockedReason().contains(u"problem"_s), qPrintable(m_panel->sendBlockedReason()));
    m_panel->document()->undoStack()->undo();
    stopAll();
}

void TestDesignerSandbox::buildCounterSendAndClick()
{
    QVERIFY(startAll());
    DesignDocument *doc = m_panel->document();
    m_panel->newView();
    auto *name = m_panel->inspector()->findChild<QLineEdit *>(u"prop_name"_s);
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, u"counter"_s);
    QCOMPARE(doc->name(), u"counter"_s);

    // The message text, typed.
    m_panel->selectNode(P("message"));
    auto *content = m_panel->inspector()->findChild<QPlainTextEdit *>(u"prop_content"_s);
    QVERIFY(content);
    content->setFocus();
    content->selectAll();
    QTest::keyClicks(content, u"Count the clicks on this message."_s);
    QCOMPARE(doc->message().value(u"content"_s).toString(), u"Count the clicks on this message."_s);

    // A button from the palette (double-click), labelled "+1".
    ComponentPalette *palette = m_panel->palette();
    const QRect item = palette->visualItemRect(palette->itemFor(NodeKind::Button));
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, item.center());
    QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, item.center());
    const JsonPath button = P("message.components[0].components[0]");
    QCOMPARE(doc->kindAt(button), NodeKind::Button);
    auto *label = m_panel->inspector()->findChild<QLineEdit *>(u"prop_label"_s);
    QVERIFY(label);
    label->selectAll();
    QTest::keyClicks(label, u"Increment"_s);
    m_customId = doc->value(button.key(u"custom_id"_s)).toString();
    QCOMPARE(m_customId, u"counter:increment"_s);

    // Behaviour: "Count clicks" chosen with the keyboard (the view becomes bound), reply typed.
    auto *action = m_panel->inspector()->findChild<QComboBox *>(u"action_type"_s);
    QVERIFY(action);
    action->setFocus();
    const int counterIndex = action->findData(u"counter"_s);
    QVERIFY(counterIndex > 0);
    while (action->currentIndex() < counterIndex)
        QTest::keyClick(action, Qt::Key_Down);
    QCOMPARE(doc->actions().value(m_customId).toObject().value(u"type"_s).toString(), u"counter"_s);
    QVERIFY(doc->isBound());
    auto *reply = m_panel->inspector()->findChild<QPlainTextEdit *>(u"action_reply"_s);
    QVERIFY(reply);
    reply->setFocus();
    reply->selectAll();
    QTest::keyClicks(reply, u"Count: {count}"_s);
    QCOMPARE(doc->actions().value(m_customId).toObject().value(u"reply"_s).toString(), u"Count: {count}"_s);
    QCOMPARE(doc->errorCount(), 0);
    QVERIFY(m_panel->saveNow());

    // Send through the dialog: #general of the sandbox guild.
    QVERIFY2(m_panel->sendAction()->isEnabled(), qPrintable(m_panel->sendBlockedReason()));
    QSignalSpy sent(m_panel, &DesignerPanel::viewSent);
    m_panel->sendAction()->trigger();
    SendDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_panel->findChild<SendDialog *>()) != nullptr, kTimeoutMs);
    auto *channel = dialog->findChild<QComboBox *>(u"channelCombo"_s);
    QVERIFY(channel && channel->count() > 0);
    QVERIFY(dialog->selectChannel(u"general"_s));
    QCOMPARE(dialog->channelId(), m_general);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, kTimeoutMs);
    m_messageId = sent.first().first().toString();
    QVERIFY(!m_messageId.isEmpty());

    // The "Sent messages" list has it; "Show" selects it in the Sandbox panel.
    QCOMPARE(m_panel->sentList()->count(), 1);
    QCOMPARE(m_panel->sentList()->item(0)->data(Qt::UserRole + 1).toString(), m_messageId);
    QVERIFY(m_panel->sentList()->item(0)->text().contains(u"#general"_s));
    QVERIFY(store::BindingStore(*m_db).byMessageId(m_messageId).ok()); // bound view: binding stored
    QTest::mouseClick(m_panel->findChild<QToolButton *>(u"sentJump"_s), Qt::LeftButton);
    QCOMPARE(m_sandbox->highlightedMessageId(), m_messageId);
    QCOMPARE(m_sandbox->currentChannelId(), m_general);
    QTRY_VERIFY_WITH_TIMEOUT(!sandboxMessage(m_messageId).isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (MessageWidget *w : m_sandbox->findChildren<MessageWidget *>()) {
                if (w->messageId() == m_messageId && w->property("highlighted").toBool())
                    return true;
            }
            return false;
        }(),
        kTimeoutMs);

    // Alice clicks it twice.
    QCOMPARE(clickInSandbox(u"alice"_s, m_messageId, m_customId), u"Count: 1"_s);
    QCOMPARE(clickInSandbox(u"alice"_s, m_messageId, m_customId), u"Count: 2"_s);
}

void TestDesignerSandbox::restartAndClickAgain()
{
    QVERIFY(!m_messageId.isEmpty());
    stopAll();
    QVERIFY(startAll());
    // The designer comes back on the same view with its sent message.
    QCOMPARE(m_panel->document()->name(), u"counter"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->sentList()->count(), 1, kTimeoutMs);
    QCOMPARE(m_panel->sentList()->item(0)->data(Qt::UserRole + 1).toString(), m_messageId);
    QCOMPARE(m_panel->outdatedSentMessages(), 0);
    QCOMPARE(clickInSandbox(u"bob"_s, m_messageId, m_customId), u"Count: 3"_s);
}

void TestDesignerSandbox::updateSentMessages()
{
    DesignDocument *doc = m_panel->document();
    auto *updateButton = m_panel->findChild<QPushButton *>(u"sentUpdate"_s);
    QVERIFY(updateButton);
    QVERIFY(!updateButton->isVisible());
    // Edit the message text and the reply; autosave + reload: new clicks use the new reply at once.
    m_panel->selectNode(P("message"));
    auto *content = m_panel->inspector()->findChild<QPlainTextEdit *>(u"prop_content"_s);
    QVERIFY(content);
    content->setFocus();
    content->moveCursor(QTextCursor::End);
    QTest::keyClicks(content, u" Updated!"_s);
    m_panel->selectNode(P("message.components[0].components[0]"));
    auto *reply = m_panel->inspector()->findChild<QPlainTextEdit *>(u"action_reply"_s);
    QVERIFY(reply);
    reply->setFocus();
    reply->selectAll();
    QTest::keyClicks(reply, u"Now {count}"_s);
    QCOMPARE(doc->actions().value(m_customId).toObject().value(u"reply"_s).toString(), u"Now {count}"_s);
    QSignalSpy reloaded(m_bot->runtime(), &BotRuntime::viewsLoaded);
    QVERIFY(m_panel->saveNow());
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kTimeoutMs); // saving made the running bot reload
    QCOMPARE(m_panel->outdatedSentMessages(), 1);
    QVERIFY(updateButton->isVisible());
    QCOMPARE(updateButton->text(), u"Update 1 sent message"_s);
    QCOMPARE(clickInSandbox(u"alice"_s, m_messageId, m_customId), u"Now 4"_s);
    QVERIFY(!sandboxMessage(m_messageId).value(u"content"_s).toString().contains(u"Updated!"_s));

    QSignalSpy updated(m_panel, &DesignerPanel::sentMessagesUpdated);
    QTest::mouseClick(updateButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, kTimeoutMs);
    QCOMPARE(updated.first().at(0).toInt(), 1);
    QCOMPARE(updated.first().at(1).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxMessage(m_messageId).value(u"content"_s).toString(),
                              u"Count the clicks on this message. Updated!"_s, kTimeoutMs);
    QCOMPARE(doc->message().value(u"content"_s).toString(), u"Count the clicks on this message. Updated!"_s);
    QCOMPARE(m_panel->outdatedSentMessages(), 0);
    QVERIFY(!updateButton->isVisible());
    // Still the same binding and state: the count goes on.
    QCOMPARE(clickInSandbox(u"alice"_s, m_messageId, m_customId), u"Now 5"_s);
    // Refresh asks Discord (the sandbox) whether the messages still exist.
    QTest::mouseClick(m_panel->findChild<QToolButton *>(u"sentRefresh"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->saveStatus().contains(u"still exists"_s), kTimeoutMs);
}

void TestDesignerSandbox::deleteSentMessage()
{
    QCOMPARE(m_panel->sentList()->count(), 1);
    m_panel->sentList()->setCurrentRow(0);
    QSignalSpy deleted(m_panel, &DesignerPanel::sentMessageDeleted);
    QTest::mouseClick(m_panel->findChild<QToolButton *>(u"sentDelete"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = m_panel->findChild<QMessageBox *>(u"designerDeleteSentConfirmation"_s))
                                 != nullptr,
                             kTimeoutMs);
    QVERIFY(box->text().contains(m_messageId));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, kTimeoutMs);
    QCOMPARE(deleted.first().first().toString(), m_messageId);
    QCOMPARE(m_panel->sentList()->count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(sandboxMessage(m_messageId).isEmpty(), kTimeoutMs);
    const auto binding = store::BindingStore(*m_db).byMessageId(m_messageId);
    QVERIFY(binding.ok());
    QVERIFY(!binding->isActive());
    QVERIFY(store::SentMessageStore(*m_db).listByView(binding->viewId)->isEmpty());
}

QTEST_MAIN(TestDesignerSandbox)
#include "tst_designer_sandbox.moc"
