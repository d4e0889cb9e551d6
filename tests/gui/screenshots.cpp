// botwright_screenshots: renders the app shell to PNG files for docs/screenshots and for looking at
// the UI without a display: `botwright_screenshots OUTPUT_DIR` (offscreen or under xvfb-run).
// Not a test; built on demand (EXCLUDE_FROM_ALL).
#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "bot/views/ViewDefinition.h"
#include "bot/views/ViewLibrary.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/ProfileDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/Translations.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;

namespace {
bool savePng(QWidget &widget, const QString &path)
{
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qUtf8Printable(path));
    return ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    bw::test::GuiTestEnvironment env;
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 ? args.at(1) : QDir::currentPath();
    const QString language = args.size() > 2 ? args.at(2) : QString();
    QDir().mkpath(out);
    if (!language.isEmpty()) {
        bw::gui::AppSettings settings;
        settings.language = language;
        settings.save();
        bw::gui::installTranslators(app);
    }
    const QString suffix = language.isEmpty() ? QString() : u'-' + language;

    auto db = env.openDatabase();
    if (!db)
        return 1;
    bw::store::ProfileStore profiles(*db);
    bw::store::Profile sample;
    sample.name = u"Support Bot"_s;
    sample.target = bw::store::Profile::Target::Sandbox;
    const auto profile = profiles.save(sample);
    if (!profile)
        return 1;
    // The counter view, so the Designer and the sandbox show a real view.
    const auto counter = bw::views::ViewDefinition::fromJson(QJsonDocument::fromJson(R"({
        "name": "counter", "kind": "bound",
        "message": {"content": "Press the button to count.",
                    "components": [{"type": 1, "components": [
                        {"type": 2, "style": 1, "label": "+1", "custom_id": "counter:increment"}]}]},
        "actions": {"counter:increment": {"type": "counter", "key": "count", "step": 1, "ephemeral": false,
                                          "reply": "Count: {count}"}}})")
                                                                 .object());
    if (!counter || !bw::views::ViewLibrary(*db, profile->id).save(counter.value()))
        return 1;

    bw::Bot bot;
    bw::SecretStore secrets;
    bot.setSecretStore(&secrets);
    bot.setProfile(profile.value());
    bot.setDatabase(db.get());
    bw::gui::MainWindow window(bot, *db, secrets);
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(200);
    bool ok = savePng(window, out + u"/main-window"_s + suffix + u".png"_s);

    // A real run: the bot connects to the embedded sandbox, sends the view to #general, and two simulated
    // users click it; the status bar, Sandbox panel and Event log show what happened.
    bot.start();
    if (!QTest::qWaitFor([&] { return bot.state()->status() == bw::BotState::Status::Ready; }, 30000)) {
        std::printf("the bot did not become ready\n");
        return 1;
    }
    bw::sandbox::SandboxHost *host = bot.sandbox();
    const QString general
        = onServer(*host, [](bw::sandbox::SandboxServer &s) { return s.defaultChannelId(); });
    const auto sent = QCoro::waitFor(bot.sendView(u"counter"_s, general));
    if (!sent)
        return 1;
    for (const QString &user : {u"Alice"_s, u"Bob"_s, u"Alice"_s}) {
        onServer(*host, [&](bw::sandbox::SandboxServer &s) {
            return s.simulateClick(user, sent.value(), u"counter:increment"_s).ok();
        });
        QTest::qWait(300);
    }
    // The first heartbeat ACK, for the latency in the status bar (the sandbox's interval is 41.25 s, the
    // first beat is jittered).
    if (!QTest::qWaitFor([&] { return bot.state()->latencyMs() >= 0; }, 45000))
        std::printf("no heartbeat ACK yet: the status bar shows no latency\n");
    ok &= savePng(window, out + u"/main-window-running"_s + suffix + u".png"_s);

    window.resize(900, 600);
    QTest::qWait(100);
    ok &= savePng(window, out + u"/main-window-small"_s + suffix + u".png"_s);
    bot.stop();

    bw::gui::SettingsDialog settingsDialog(&window);
    settingsDialog.show();
    QTest::qWait(100);
    ok &= savePng(settingsDialog, out + u"/settings"_s + suffix + u".png"_s);
    settingsDialog.hide();

    bw::gui::ProfileDialog profileDialog(*db, secrets, &window);
    profileDialog.show();
    QTest::qWait(300);
    ok &= savePng(profileDialog, out + u"/profiles"_s + suffix + u".png"_s);

    // The tray icons of the four states, side by side at 16, 22, 32 and 64 px.
    QPixmap sheet(4 * 140, 4 * 70);
    sheet.fill(Qt::white);
    {
        QPainter painter(&sheet);
        int row = 0;
        for (auto status : {bw::BotState::Status::Stopped, bw::BotState::Status::Connecting,
                            bw::BotState::Status::Ready, bw::BotState::Status::Error}) {
            int x = 4;
            for (int size : {16, 22, 32, 64}) {
                painter.drawPixmap(x, row * 70 + 3, bw::gui::Icons::tray(status).pixmap(size, size));
                x += size + 12;
            }
            ++row;
        }
    }
    ok &= sheet.save(out + u"/tray-icons.png"_s);
    return ok ? 0 : 1;
}
