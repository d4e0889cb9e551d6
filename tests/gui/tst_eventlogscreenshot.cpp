// Renders the Event log (1400x900) to PNG (docs/screenshots/eventlog.png) when EVENT_LOG_PNG names a file:
// a sandbox bot with the seed's "Click me!" view, clicks and messages from three users, charts shown, an
// answered interaction selected with its linked callback. Not an assertion of looks; skipped without
// EVENT_LOG_PNG.

#include "../bot/ViewTestSupport.h"
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/views/ViewLibrary.h"
#include "discord/RestClient.h"
#include "gui/eventlog/EventCharts.h"
#include "gui/eventlog/EventFilterModel.h"
#include "gui/eventlog/EventLogModel.h"
#include "gui/eventlog/EventLogPanel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/ProfileStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QToolButton>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::gui::EventLogModel;
using bw::gui::EventLogPanel;

namespace {
constexpr int kTimeoutMs = 15000;
}

class TestEventLogScreenshot : public QObject
{
    Q_OBJECT

    bw::test::GuiTestEnvironment m_env;

private Q_SLOTS:
    // Not an assertion of looks: renders the app with a populated log to PNG when EVENT_LOG_PNG names a file.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("EVENT_LOG_PNG");
        if (out.isEmpty())
            QSKIP("set EVENT_LOG_PNG=path.png to render the app with the event log");
        auto db = m_env.openDatabase(u"shot.db"_s);
        QVERIFY(db);
        bw::store::Profile profile;
        profile.name = u"sandbox"_s;
        profile.target = bw::store::Profile::Target::Sandbox;
        auto saved = bw::store::ProfileStore(*db).save(profile);
        QVERIFY(saved.ok());
        QVERIFY(bw::views::ViewLibrary(*db, saved->id)
                    .save(bw::views::test::definition(bw::views::test::clickMeJson()))
                    .ok());
        bw::Bot bot;
        bw::sandbox::SandboxOptions sandbox;
        sandbox.heartbeatIntervalMs = 1000; // heartbeat latencies in the chart within seconds
        bot.setSandboxOptions(sandbox);
        bot.setProfile(saved.value());
        bot.setDatabase(db.get());
        EventLogPanel shown(&bot);
        EventLogPanel *panel = &shown;
        panel->setDatabase(db.get(), 7);
        panel->resize(1400, 900);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Ready, 20000);
        bw::sandbox::SandboxHost &host = *bot.sandbox();
        const auto restClient = bw::test::sandboxRest(host);
        bw::discord::RestClient &rest = *restClient;
        const QString channel = bw::test::defaultChannel(host);
        const QJsonObject message {
            {u"content"_s, u"Press a button"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Click me!"_s},
                                                                {u"custom_id"_s, u"persistent:click"_s}},
                                                   QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 2},
                                                                {u"label"_s, u"Vote"_s},
                                                                {u"custom_id"_s, u"poll:vote"_s}}}}}}}};
        const auto posted = QCoro::waitFor(rest.createMessage(channel, message));
        QVERIFY(posted.ok());
        const QString messageId = posted.value().value(u"id"_s).toString();
        QStringList users = {u"alice"_s, u"bob"_s, u"carol"_s};
        for (int i = 0; i < 40; ++i) {
            QMetaObject::invokeMethod(
                host.server(),
                [&, i] {
                    (void)host.server()->simulateClick(users.at(i % 3), messageId,
                                                       i % 7 == 3 ? u"poll:vote"_s : u"persistent:click"_s);
                    if (i % 6 == 0)
                        (void)host.server()->simulateMessage(users.at(i % 3), channel,
                                                             u"hello bot %1"_s.arg(i));
                },
                Qt::BlockingQueuedConnection);
            QTest::qWait(120);
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel->logModel()->rowCount() > 60, kTimeoutMs);
        panel->findChild<QToolButton *>(u"eventLogChartsToggle"_s)->click();
        QTest::qWait(2500); // let the charts tick
        for (int r = panel->filterModel()->rowCount() - 1; r >= 0; --r) {
            const QModelIndex kind = panel->filterModel()->index(r, EventLogModel::Kind);
            if (kind.data().toString() == u"interaction"_s
                && !kind.data(EventLogModel::IsErrorRole).toBool()) {
                QVERIFY(panel->selectSeq(panel->filterModel()->seqAt(r)));
                break;
            }
        }
        panel->charts()->refresh();
        QTest::qWait(300);
        QVERIFY(panel->grab().save(out));
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Stopped, kTimeoutMs);
    }
};

QTEST_MAIN(TestEventLogScreenshot)
#include "tst_eventlogscreenshot.moc"
