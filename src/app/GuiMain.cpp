#include "app/GuiMain.h"

#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "bot/tasks/TaskService.h"
#include "core/Logging.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "store/DataDir.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace bw::app {

namespace {

/// Reports a start-up failure on stderr and, where someone can see it, in a dialog.
int fail(const QString &message)
{
    std::fprintf(stderr, "botwright: %s\n", qUtf8Printable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1StringView("offscreen") && platform != QLatin1StringView("minimal"))
        QMessageBox::critical(nullptr, QObject::tr("Botwright cannot start"), message);
    return 1;
}

/// A new user with no profile gets one on the sandbox, which needs no token.
Result<store::Profile> chooseProfile(store::ProfileStore &profiles, const QString &requested)
{
    if (!requested.isEmpty())
        return profiles.byName(requested);
    auto all = profiles.list();
    if (!all)
        return all.error();
    const QString last = QSettings().value(QStringLiteral("profile/last")).toString();
    for (const store::Profile &p : all.value()) {
        if (p.name == last)
            return p;
    }
    if (!all->isEmpty())
        return all->constFirst();
    store::Profile sandbox;
    sandbox.name = QStringLiteral("Sandbox");
    sandbox.target = store::Profile::Target::Sandbox;
    return profiles.save(sandbox);
}

} // namespace

int runGui(int &argc, char **argv, const CommandLine &options)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Botwright"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.botwright.Botwright"));
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps the app alive; MainWindow decides

    const auto dataDir = store::DataDir::resolve(options.dataDir);
    if (!dataDir) {
        gui::installTranslators(app);
        return fail(dataDir.error().toString());
    }
    // Settings (window geometry, preferences) live beside the database, so --data-dir isolates both.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir.value());
    gui::installTranslators(app); // after the settings path: the chosen language is a setting
    QApplication::setWindowIcon(gui::Icons::app());

    auto db = store::Database::openInDirectory(dataDir.value());
    if (!db)
        return fail(db.error().toString());

    store::ProfileStore profiles(*db.value());
    const auto profile = chooseProfile(profiles, options.profile);
    if (!profile)
        return fail(profile.error().toString());
    QSettings().setValue(QStringLiteral("profile/last"), profile->name);
    qCInfo(lcUi) << "data directory" << dataDir.value() << "profile" << profile->name;

    SecretStore secrets;
    Bot bot;
    bot.setSecretStore(&secrets);
    bot.setProfile(profile.value());
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.stateFile
        = dataDir.value() + QStringLiteral("/sandbox.db"); // the sandbox world survives restarts
    bot.setSandboxOptions(sandboxOptions);
    bot.setDatabase(db.value().get()); // views and bindings, loaded before the gateway connects
    tasks::TaskService tasks(bot, *db.value()); // the profile's scheduled tasks
    if (const Result<void> loaded = tasks.load(profile->id); !loaded)
        qCWarning(lcBot).noquote() << "tasks not loaded:" << loaded.error().toString();
    gui::MainWindow window(bot, *db.value(), secrets, &tasks);
    window.show();
    window.startBotIfConfigured();
    const int code = app.exec();
    bot.stop();
    return code;
}

} // namespace bw::app

extern "C" int botwright_gui_main(int *argc, char **argv, const bw::app::CommandLine *options)
{
    return bw::app::runGui(*argc, argv, *options);
}
