// The Tasks panel against a real sandbox bot: tasks are created in the editor with the keyboard and mouse
// (validation shown on the fields, OK disabled while invalid), started, seen running (state, countdown and
// the sandbox's messages), cancelled; a task posting to an unknown channel shows "failed" with the REST
// error and raises a tray notice; the issue's two examples (the counter view daily at 09:00 Europe/Berlin
// in #support, the status every 30 s) are created in the editor and run. With TASKS_PNG set it also
// renders the panel with tasks in several states to that file (docs/screenshots/tasks.png).

#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotState.h"
#include "bot/tasks/TaskSchedule.h"
#include "bot/tasks/TaskService.h"
#include "gui/TrayIcon.h"
#include "gui/tasks/TaskEditorDialog.h"
#include "gui/tasks/TaskListModel.h"
#include "gui/tasks/TasksPanel.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/World.h"
#include "store/ProfileStore.h"
#include "store/ViewStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using bw::gui::TaskEditorDialog;
using bw::gui::TaskListModel;
using bw::gui::TasksPanel;
using bw::tasks::TaskStatus;
using State = bw::tasks::TaskStatus::State;

namespace {

constexpr int kTimeoutMs = 15000;

/// The bot's messages in a channel, oldest first.
QList<QJsonObject> botMessages(bw::sandbox::SandboxHost &host, const QString &channelId)
{
    const QJsonArray messages = onServer(host, [&](bw::sandbox::SandboxServer &s) {
        return s.world().messages(channelId.toULongLong(), 100, 0, 0, 0);
    });
    QList<QJsonObject> out;
    for (const QJsonValue &m : messages) {
        if (m[u"author"_s][u"bot"_s].toBool())
            out.prepend(m.toObject());
    }
    return out;
}

QStringList contents(const QList<QJsonObject> &messages)
{
    QStringList out;
    for (const QJsonObject &m : messages)
        out.append(m.value(u"content"_s).toString());
    return out;
}

QJsonObject counterView()
{
    return QJsonDocument::fromJson(R"({"content": "Press the button to count.",
        "components": [{"type": 1, "components": [
            {"type": 2, "style": 1, "label": "+1", "custom_id": "counter:increment"}]}]})")
        .object();
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QToolButton *buttonFor(TasksPanel &panel, const char *actionName)
{
    auto *action = child<QAction>(&panel, actionName);
    auto *bar = child<QToolBar>(&panel, "tasksToolBar");
    return action && bar ? qobject_cast<QToolButton *>(bar->widgetForAction(action)) : nullptr;
}

void selectAllAndType(QWidget *w, const QString &text)
{
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Backspace);
    QTest::keyClicks(w, text);
}

/// Moves a (non-editable) combo box to the entry with this data, pressing Down/Up as a user would.
bool chooseByKeyboard(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    return combo->currentIndex() == target;
}

} // namespace

class TestTasksPanel : public QObject
{
    Q_OBJECT

    bw::test::GuiTestEnvironment m_env;
    std::unique_ptr<bw::store::Database> m_db;
    qint64 m_profileId = 0;
    std::unique_ptr<bw::Bot> m_bot;
    std::unique_ptr<bw::tasks::TaskService> m_tasks;
    QString m_general;
    QString m_support;

    bw::sandbox::SandboxHost &host() { return *m_bot->sandbox(); }

    /// Opens the editor with Insert (or the New button when `mouse`).
    TaskEditorDialog *openNew(TasksPanel &panel, bool mouse = false)
    {
        if (mouse) {
            QTest::mouseClick(buttonFor(panel, "actionNewTask"), Qt::LeftButton);
        } else {
            panel.setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
        }
        if (!QTest::qWaitFor([&] { return panel.editor() && panel.editor()->isVisible(); }, kTimeoutMs))
            return nullptr;
        return panel.editor();
    }

    /// Presses OK (with the mouse) and waits for the task to be in the list; returns its id.
    qint64 submit(TasksPanel &panel, TaskEditorDialog *editor, const QString &name)
    {
        auto *ok = child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled()) {
            qWarning().noquote() << "OK is disabled:" << editor->error();
            return 0;
        }
        QTest::mouseClick(ok, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !panel.editor() && m_tasks->taskNamed(name); }, kTimeoutMs))
            return 0;
        // The panel's window is active again (its shortcuts work only then).
        QApplication::setActiveWindow(&panel);
        if (!QTest::qWaitForWindowActive(&panel))
            qWarning("the Tasks panel did not become active again");
        if (!QTest::qWaitFor([&] { return panel.model()->rowOf(m_tasks->taskNamed(name)->id) >= 0; },
                             kTimeoutMs))
            return 0;
        return m_tasks->taskNamed(name)->id;
    }

    QString stateText(TasksPanel &panel, qint64 id)
    {
        const int row = panel.model()->rowOf(id);
        return panel.model()->index(row, TaskListModel::StateColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        m_db = m_env.openDatabase();
        QVERIFY(m_db);
        bw::store::Profile profile;
        profile.name = u"sandbox"_s;
        auto saved = bw::store::ProfileStore(*m_db).save(profile);
        QVERIFY(saved);
        m_profileId = saved->id;
        bw::store::ViewRecord view;
        view.profileId = m_profileId;
        view.name = u"counter"_s;
        view.kind = bw::store::ViewRecord::Kind::Bound;
        view.payload = counterView();
        view.actions = QJsonDocument::fromJson(R"({"counter:increment": {"type": "counter", "key": "count",
            "step": 1, "ephemeral": true, "reply": "Count: {count}"}})")
                           .object();
        QVERIFY(bw::store::ViewStore(*m_db).save(view));

        m_bot = std::make_unique<bw::Bot>();
        m_bot->setDatabase(m_db.get());
        m_bot->setProfile(saved.value());
        m_tasks = std::make_unique<bw::tasks::TaskService>(*m_bot, *m_db);
        QVERIFY(m_tasks->load(m_profileId).ok());
        m_bot->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_bot->state()->status(), bw::BotState::Status::Ready, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_bot->guilds().isEmpty() && !m_bot->guilds().first().channels.isEmpty(),
                                 kTimeoutMs);
        for (const bw::ChannelInfo &c : m_bot->guilds().first().channels) {
            if (c.name == u"general"_s)
                m_general = c.id;
            if (c.name == u"support"_s)
                m_support = c.id;
        }
        QVERIFY(!m_general.isEmpty());
        QVERIFY(!m_support.isEmpty());
    }

    void cleanupTestCase()
    {
        // As tst_tasks_sandbox: the bot stops first, then the service, then the bot goes.
        if (m_bot) {
            m_bot->stop();
            QTRY_COMPARE_WITH_TIMEOUT(m_bot->state()->status(), bw::BotState::Status::Stopped, kTimeoutMs);
        }
        m_tasks.reset();
        m_bot.reset();
    }

    void cleanup()
    {
        if (!m_tasks)
            return;
        for (const TaskStatus &task : m_tasks->tasks())
            QVERIFY(QCoro::waitFor(m_tasks->remove(task.id)).ok());
        QTRY_VERIFY(m_tasks->tasks().isEmpty());
    }

    void withoutAProfileThePanelSaysSo()
    {
        TasksPanel panel(nullptr, nullptr);
        panel.show();
        auto *empty = child<QLabel>(&panel, "taskEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"profile"_s), qPrintable(empty->text()));
        QVERIFY(!child<QAction>(&panel, "actionNewTask")->isEnabled());
        QVERIFY(!child<QAction>(&panel, "actionStartTask")->isEnabled());
        // The dock never forces the main window taller than a small screen.
        QVERIFY2(panel.minimumSizeHint().height() <= 80,
                 qPrintable(QString::number(panel.minimumSizeHint().height())));
    }

    void createStartSeeItRunAndCancel()
    {
        TasksPanel panel(m_tasks.get(), m_bot.get());
        panel.resize(1000, 500);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *empty = child<QLabel>(&panel, "taskEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"No tasks yet"_s), qPrintable(empty->text()));
        QVERIFY(child<QAction>(&panel, "actionNewTask")->isEnabled());

        TaskEditorDialog *editor = openNew(panel);
        QVERIFY(editor);
        auto *ok = child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Ok);
        auto *name = child<QLineEdit>(editor, "nameEdit");
        QVERIFY(!ok->isEnabled()); // no name yet
        QCOMPARE(editor->errorField(), name);
        QTest::keyClicks(name, u"ticker"_s);
        // Every 2 seconds.
        auto *interval = child<QSpinBox>(editor, "intervalSpin");
        QVERIFY(interval->isVisibleTo(editor));
        QVERIFY(!child<QLineEdit>(editor, "timesEdit")->isVisibleTo(editor));
        selectAllAndType(interval, u"2"_s);
        QCOMPARE(interval->value(), 2);
        // The channel is missing: the error is on the channel picker and OK stays disabled.
        auto *channel = child<QComboBox>(editor, "channelCombo");
        QCOMPARE(editor->errorField(), channel);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(editor, "errorLabel")->text().isEmpty());
        // A channel id that is no snowflake is refused on the same field.
        QTest::keyClicks(channel->lineEdit(), u"abc"_s);
        QCOMPARE(editor->errorField(), channel);
        QVERIFY2(editor->error().contains(u"abc"_s), qPrintable(editor->error()));
        selectAllAndType(channel->lineEdit(), u"#general"_s);
        // Now the message is what is missing.
        auto *message = child<QPlainTextEdit>(editor, "messageEdit");
        QCOMPARE(editor->errorField(), message);
        QTest::keyClicks(message, u"tick {run"_s); // an unclosed template
        QCOMPARE(editor->errorField(), message);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(message, u"}"_s);
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
        QVERIFY(ok->isEnabled());
        QCOMPARE(editor->spec().value(u"action"_s)[u"channel"_s].toString(), m_general);

        const qint64 id = submit(panel, editor, u"ticker"_s);
        QVERIFY(id);
        auto *table = child<QTableView>(&panel, "taskTable");
        QVERIFY(table->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(panel.selectedTaskId(), id);
        QCOMPARE(stateText(panel, id), u"idle"_s);
        const int row = panel.model()->rowOf(id);
        QCOMPARE(panel.model()->index(row, TaskListModel::ScheduleColumn).data().toString(), u"every 2 s"_s);
        QCOMPARE(panel.model()->index(row, TaskListModel::LastResultColumn).data().toString(),
                 u"never ran"_s);
        QVERIFY(child<QAction>(&panel, "actionStartTask")->isEnabled());
        QVERIFY(!child<QAction>(&panel, "actionCancelTask")->isEnabled());
        QVERIFY(!child<QAction>(&panel, "actionStopTask")->isEnabled());

        // Start from the keyboard (Ctrl+Return in the list).
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_tasks->task(id)->isActive(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(contents(botMessages(host(), m_general)).contains(u"tick 1"_s), kTimeoutMs);
        // Between runs it sleeps until the next one, with a countdown.
        QTRY_VERIFY_WITH_TIMEOUT(stateText(panel, id).startsWith(u"sleeping until "_s), kTimeoutMs);
        const QDateTime next = m_tasks->task(id)->nextRun;
        QVERIFY(next.isValid());
        QVERIFY2(stateText(panel, id).endsWith(next.toLocalTime().toString(u"HH:mm:ss"_s)),
                 qPrintable(stateText(panel, id)));
        const QString countdown = panel.model()->index(row, TaskListModel::NextRunColumn).data().toString();
        QVERIFY2(countdown.startsWith(u"in 0:0"_s) || countdown == u"now"_s, qPrintable(countdown));
        QTRY_VERIFY_WITH_TIMEOUT(m_tasks->task(id)->runsThisLoop >= 2, kTimeoutMs);
        QVERIFY(child<QAction>(&panel, "actionCancelTask")->isEnabled());
        QVERIFY(!child<QAction>(&panel, "actionStartTask")->isEnabled());

        // Cancel with the toolbar button.
        QTest::mouseClick(buttonFor(panel, "actionCancelTask"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(id)->state, State::Idle, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateText(panel, id), u"idle"_s, kTimeoutMs);
        QCOMPARE(panel.model()->index(row, TaskListModel::NextRunColumn).data().toString(), u"—"_s);
        QTRY_VERIFY(child<QAction>(&panel, "actionStartTask")->isEnabled());
        const int posted = int(botMessages(host(), m_general).size());
        QVERIFY(posted >= 2);
        QTest::qWait(2500); // one more interval: nothing arrives after the cancel
        QCOMPARE(int(botMessages(host(), m_general).size()), posted);

        // The history pane lists the runs, newest first, all succeeded.
        auto *history = child<QTableWidget>(&panel, "taskHistory");
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), posted, kTimeoutMs);
        for (int r = 0; r < history->rowCount(); ++r)
            QCOMPARE(history->item(r, 2)->text(), u"succeeded"_s);
        QVERIFY(child<QLabel>(&panel, "taskHistoryTitle")->text().contains(u"ticker"_s));
        QVERIFY2(panel.model()
                     ->index(row, TaskListModel::LastResultColumn)
                     .data()
                     .toString()
                     .startsWith(u"succeeded"_s),
                 qPrintable(panel.model()->index(row, TaskListModel::LastResultColumn).data().toString()));

        // Edit (F2) shows the stored task; renaming it to nothing is refused on the name field.
        QTest::keyClick(table, Qt::Key_F2);
        QTRY_VERIFY_WITH_TIMEOUT(panel.editor() && panel.editor()->isVisible(), kTimeoutMs);
        editor = panel.editor();
        QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), u"ticker"_s);
        QCOMPARE(child<QSpinBox>(editor, "intervalSpin")->value(), 2);
        QCOMPARE(child<QPlainTextEdit>(editor, "messageEdit")->toPlainText(), u"tick {run}"_s);
        QVERIFY(editor->error().isEmpty());
        selectAllAndType(child<QLineEdit>(editor, "nameEdit"), QString());
        QCOMPARE(editor->errorField(), child<QLineEdit>(editor, "nameEdit"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!panel.editor());

        // Delete asks first; Cancel keeps the task, Yes removes it.
        QTest::mouseClick(buttonFor(panel, "actionDeleteTask"), Qt::LeftButton);
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"deleteTaskConfirm"_s));
        auto *box = panel.findChild<QMessageBox *>(u"deleteTaskConfirm"_s);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!panel.findChild<QMessageBox *>(u"deleteTaskConfirm"_s));
        QTest::qWait(100);
        QVERIFY(m_tasks->task(id));
        QTest::mouseClick(buttonFor(panel, "actionDeleteTask"), Qt::LeftButton);
        QTRY_VERIFY(panel.findChild<QMessageBox *>(u"deleteTaskConfirm"_s));
        box = panel.findChild<QMessageBox *>(u"deleteTaskConfirm"_s);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_tasks->task(id), kTimeoutMs);
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
    }

    void aFailingTaskShowsFailedAndRaisesATrayNotice()
    {
        TasksPanel panel(m_tasks.get(), m_bot.get());
        panel.resize(1000, 500);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        // The main window's wiring: a task that fails for good raises a tray notice.
        bw::gui::TrayIcon tray(*m_bot);
        connect(m_tasks.get(), &bw::tasks::TaskService::taskFailed, &tray,
                [&tray](const QString &name, const QString &error) {
                    tray.showNotice(u"Task “%1” failed"_s.arg(name), error);
                });
        QSignalSpy notices(&tray, &bw::gui::TrayIcon::noticeShown);

        TaskEditorDialog *editor = openNew(panel, true);
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), u"lost"_s);
        QTest::keyClicks(child<QComboBox>(editor, "channelCombo")->lineEdit(), u"1000000000000099"_s);
        QTest::keyClicks(child<QPlainTextEdit>(editor, "messageEdit"), u"hello?"_s);
        // A 404 is in no retry class: it fails the task.
        const qint64 id = submit(panel, editor, u"lost"_s);
        QVERIFY(id);
        panel.selectTask(id);
        QCOMPARE(panel.selectedTaskId(), id);
        QVERIFY(child<QAction>(&panel, "actionStartTask")->isEnabled());
        QTest::mouseClick(buttonFor(panel, "actionStartTask"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_tasks->task(id)->state != State::Idle,
                                  qPrintable(child<QLabel>(&panel, "taskMessage")->text()), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(id)->state, State::Failed, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(stateText(panel, id).startsWith(u"failed: "_s), kTimeoutMs);
        const QString state = stateText(panel, id);
        QVERIFY2(state.contains(u"404"_s) || state.contains(u"Unknown Channel"_s), qPrintable(state));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, kTimeoutMs);
        QVERIFY(notices.at(0).at(0).toString().contains(u"lost"_s));
        QCOMPARE(notices.at(0).at(1).toString(), m_tasks->task(id)->lastError);
        auto *history = child<QTableWidget>(&panel, "taskHistory");
        QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), 1, kTimeoutMs);
        QCOMPARE(history->item(0, 2)->text(), u"failed"_s);
        QCOMPARE(history->item(0, 3)->text(), m_tasks->task(id)->lastError);
        QVERIFY(child<QAction>(&panel, "actionStartTask")->isEnabled());
        QVERIFY(!child<QAction>(&panel, "actionCancelTask")->isEnabled());
    }

    void theIssuesTwoExamplesAreMadeInTheEditorAndRun()
    {
        TasksPanel panel(m_tasks.get(), m_bot.get());
        panel.resize(1000, 500);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));

        // "post the counter view in #support every day at 09:00 Europe/Berlin"
        TaskEditorDialog *editor = openNew(panel);
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), u"daily counter"_s);
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "scheduleKindCombo"), u"times"_s));
        QVERIFY(child<QLineEdit>(editor, "timesEdit")->isVisibleTo(editor));
        QVERIFY(!child<QSpinBox>(editor, "intervalSpin")->isVisibleTo(editor));
        QTest::keyClicks(child<QLineEdit>(editor, "timesEdit"), u"9:0"_s);
        QCOMPARE(editor->errorField(), child<QLineEdit>(editor, "timesEdit"));
        selectAllAndType(child<QLineEdit>(editor, "timesEdit"), u"09:00"_s);
        auto *zone = child<QComboBox>(editor, "timeZoneCombo");
        QVERIFY(zone->findText(u"Europe/Berlin"_s) >= 0);
        selectAllAndType(zone->lineEdit(), u"Mars/Olympus"_s);
        QCOMPARE(editor->errorField(), zone);
        selectAllAndType(zone->lineEdit(), u"Europe/Berlin"_s);
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "actionTypeCombo"), u"send_view"_s));
        auto *view = child<QComboBox>(editor, "viewCombo");
        QVERIFY(view->isVisibleTo(editor));
        QVERIFY(!child<QPlainTextEdit>(editor, "messageEdit")->isVisibleTo(editor));
        QCOMPARE(view->itemText(0), u"counter"_s);
        QCOMPARE(view->currentText(), u"counter"_s);
        QTest::keyClicks(child<QComboBox>(editor, "channelCombo")->lineEdit(), u"#support"_s);
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
        const qint64 daily = submit(panel, editor, u"daily counter"_s);
        QVERIFY(daily);
        const QJsonObject dailySpec = m_tasks->task(daily)->spec;
        QCOMPARE(dailySpec[u"schedule"_s][u"timeZone"_s].toString(), u"Europe/Berlin"_s);
        QCOMPARE(dailySpec[u"action"_s][u"view"_s].toString(), u"counter"_s);
        QCOMPARE(dailySpec[u"action"_s][u"channel"_s].toString(), m_support);

        // Started, it sleeps until the next 09:00 in Berlin.
        panel.selectTask(daily);
        auto *table = child<QTableView>(&panel, "taskTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(daily)->state, State::Sleeping, kTimeoutMs);
        const QDateTime next = m_tasks->task(daily)->nextRun;
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(next.toTimeZone(berlin).time(), QTime(9, 0));
        QVERIFY(next > QDateTime::currentDateTimeUtc());
        QVERIFY(next <= QDateTime::currentDateTimeUtc().addDays(1));
        QTRY_VERIFY(stateText(panel, daily).startsWith(u"sleeping until "_s));
        // "Run now" (Ctrl+R) posts the view to #support at once, with its button.
        const int before = int(botMessages(host(), m_support).size());
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(int(botMessages(host(), m_support).size()), before + 1, kTimeoutMs);
        const QJsonObject posted = botMessages(host(), m_support).last();
        QCOMPARE(posted.value(u"content"_s).toString(), u"Press the button to count."_s);
        QCOMPARE(posted[u"components"_s][0][u"components"_s][0][u"custom_id"_s].toString(),
                 u"counter:increment"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(daily)->lastOutcome, u"succeeded"_s, kTimeoutMs);
        QCOMPARE(m_tasks->task(daily)->state, State::Sleeping); // still waiting for 09:00

        // "update the status every 30 s"
        editor = openNew(panel);
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), u"status"_s);
        selectAllAndType(child<QSpinBox>(editor, "intervalSpin"), u"30"_s);
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "unitCombo"), u"s"_s));
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "actionTypeCombo"), u"presence"_s));
        QVERIFY(child<QComboBox>(editor, "statusCombo")->isVisibleTo(editor));
        QVERIFY(!child<QComboBox>(editor, "channelCombo")->isVisibleTo(editor));
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "statusCombo"), u"idle"_s));
        QVERIFY(chooseByKeyboard(child<QComboBox>(editor, "activityTypeCombo"), 3));
        QCOMPARE(child<QComboBox>(editor, "activityTypeCombo")->currentData().toInt(), 3); // Watching
        QTest::keyClicks(child<QLineEdit>(editor, "activityNameEdit"), u"run {run}"_s);
        QVERIFY2(editor->error().isEmpty(), qPrintable(editor->error()));
        const qint64 status = submit(panel, editor, u"status"_s);
        QVERIFY(status);
        const QJsonObject statusSpec = m_tasks->task(status)->spec;
        QCOMPARE(statusSpec[u"schedule"_s][u"every"_s].toInt(), 30);
        QCOMPARE(statusSpec[u"action"_s][u"status"_s].toString(), u"idle"_s);
        QCOMPARE(statusSpec[u"action"_s][u"activity"_s][u"type"_s].toInt(), 3);
        QCOMPARE(m_tasks->task(status)->scheduleSummary, u"every 30 s"_s);
        panel.selectTask(status);
        QTest::mouseClick(buttonFor(panel, "actionStartTask"), Qt::LeftButton);
        // The first run is at start; then it sleeps 30 s.
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(status)->lastOutcome, u"succeeded"_s, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(status)->state, State::Sleeping, kTimeoutMs);
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(m_tasks->task(status)->nextRun);
        QVERIFY2(wait > 20 && wait <= 30, qPrintable(QString::number(wait)));

        // Stop (Ctrl+.) ends both loops.
        for (qint64 id : {daily, status}) {
            panel.selectTask(id);
            QTest::keyClick(table, Qt::Key_Period, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(id)->state, State::Idle, kTimeoutMs);
        }
    }
    // Not an assertion of looks: with TASKS_PNG=path.png, renders the panel with tasks in several states.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("TASKS_PNG");
        if (out.isEmpty())
            QSKIP("set TASKS_PNG=path.png to render the Tasks panel");
        TasksPanel panel(m_tasks.get(), m_bot.get());
        panel.resize(1180, 430);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto save = [&](const char *name, const QJsonObject &spec) -> qint64 {
            bw::store::TaskRecord record;
            record.profileId = m_profileId;
            record.name = QString::fromUtf8(name);
            record.spec = spec;
            auto saved = QCoro::waitFor(m_tasks->save(record));
            if (!saved) {
                qWarning().noquote() << saved.error().message;
                return 0;
            }
            return saved->id;
        };
        const auto parse
            = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
        // A slow REST call keeps one task running; a 503 keeps another retrying.
        onServer(host(), [](bw::sandbox::SandboxServer &s) {
            bw::sandbox::RestFault slow;
            slow.kind = bw::sandbox::RestFault::Kind::Slow;
            slow.delayMs = 60000;
            slow.remaining = -1;
            slow.route = QByteArrayLiteral("GET /users");
            s.addRestFault(slow);
            bw::sandbox::RestFault down;
            down.kind = bw::sandbox::RestFault::Kind::ServerError;
            down.status = 503;
            down.remaining = -1;
            down.route = QByteArrayLiteral("PUT /guilds");
            s.addRestFault(down);
            return 0;
        });
        const QString guild = m_bot->guilds().first().id;
        QList<qint64> ids;
        ids << save("daily counter", parse(uR"({"schedule": {"times": ["09:00"], "timeZone": "Europe/Berlin"},
            "action": {"type": "send_view", "channel": "%1", "view": "counter"}})"_s.arg(m_support)));
        ids << save("status", parse(uR"({"schedule": {"every": 30, "unit": "s"},
            "action": {"type": "presence", "status": "online", "activity": {"type": 3, "name": "run {run}"}}})"_s));
        ids << save("lost", parse(uR"({"schedule": {"every": 1, "unit": "h"},
            "action": {"type": "send", "channel": "1000000000000099", "message": "hello?"}})"_s));
        ids << save("audit", parse(uR"({"schedule": {"every": 15, "unit": "min"},
            "action": {"type": "rest", "method": "GET", "path": "/users/@me"}})"_s));
        ids << save("role sync",
                    parse(uR"({"schedule": {"every": 10, "unit": "min"},
            "retry": {"baseMs": 30000, "maxMs": 60000}, "action": {"type": "add_role", "guild": "%1", "user": "1000000000000001", "role": "1000000000000002"}})"_s
                              .arg(guild)));
        ids << save("welcome",
                    parse(uR"({"schedule": {"every": 5, "unit": "s"}, "count": 1,
            "action": {"type": "send", "channel": "%1", "message": "Welcome, run {run}"}})"_s.arg(
                        m_general)));
        ids << save("weekly digest",
                    parse(uR"({"schedule": {"times": ["18:00"], "timeZone": "America/New_York"},
            "action": {"type": "send", "channel": "%1", "message": "Digest {now}"}})"_s.arg(m_general)));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(ids.at(i));
            QVERIFY(QCoro::waitFor(m_tasks->start(ids.at(i))).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(2))->state, State::Failed, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(3))->state, State::Running, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(4))->state, State::Retrying, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(5))->state, State::Finished, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(1))->state, State::Sleeping, kTimeoutMs);
        QVERIFY(QCoro::waitFor(m_tasks->runNow(ids.at(0))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_tasks->task(ids.at(0))->lastOutcome, u"succeeded"_s, kTimeoutMs);
        panel.selectTask(ids.at(2));
        QTest::qWait(1200);
        QVERIFY(panel.grab().save(out));
        onServer(host(), [](bw::sandbox::SandboxServer &s) {
            s.clearFaults();
            return 0;
        });
    }
};

QTEST_MAIN(TestTasksPanel)
#include "tst_taskspanel.moc"
