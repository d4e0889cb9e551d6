#include "app/BotEnvironment.h"

#include "app/TokenSource.h"
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "core/Logging.h"
#include "store/DataDir.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QCoreApplication>

namespace bw::app {

BotEnvironment::~BotEnvironment()
{
    m_bot.reset();
    m_secrets.reset();
    m_database.reset();
}

Result<std::unique_ptr<BotEnvironment>> BotEnvironment::open(const Options &options)
{
    std::unique_ptr<BotEnvironment> env(new BotEnvironment);
    const auto dataDir = store::DataDir::resolve(options.dataDir);
    if (!dataDir)
        return dataDir.error();
    env->m_dataDir = dataDir.value();
    auto db = store::Database::openInDirectory(env->m_dataDir);
    if (!db)
        return db.error();
    env->m_database = std::move(db.value());

    store::ProfileStore profiles(*env->m_database);
    auto profile = profiles.byName(options.profile);
    if (!profile) {
        if (profile.error().kind == Error::Kind::NotFound) {
            return Error::make(Error::Kind::NotFound,
                               QCoreApplication::translate(
                                   "BotEnvironment", "no profile named \"%1\" (see botwright profile list)")
                                   .arg(options.profile));
        }
        return profile.error();
    }
    env->m_profile = profile.value();

    env->m_bot = std::make_unique<Bot>();
    env->m_bot->setProfile(env->m_profile);
    env->m_bot->setDatabase(env->m_database.get()); // views and bindings, loaded before the gateway connects
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.stateFile = env->m_dataDir + QStringLiteral("/sandbox.db"); // as the GUI does
    env->m_bot->setSandboxOptions(sandboxOptions);

    if (env->m_profile.target == store::Profile::Target::Sandbox) {
        env->m_tokenOrigin = QStringLiteral("embedded sandbox");
        return env;
    }
    auto token = TokenSource::find(options.tokenFile, &env->m_tokenOrigin);
    if (!token)
        return token.error();
    if (!token->isEmpty()) {
        env->m_token = token.value();
        env->m_bot->setTokenOverride(env->m_token);
    } else {
        env->m_secrets = std::make_unique<SecretStore>();
        env->m_bot->setSecretStore(env->m_secrets.get());
    }
    return env;
}

} // namespace bw::app
