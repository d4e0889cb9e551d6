#pragma once
// BotEnvironment: what headless and one-shot runs share: the data directory, the database, the chosen
// profile and a Bot configured with them and with a token from TokenSource (or the keychain).

#include "core/Result.h"
#include "store/Profile.h"

#include <QString>

#include <memory>

namespace bw {
class Bot;
class SecretStore;
} // namespace bw
namespace bw::store {
class Database;
}

namespace bw::app {

class BotEnvironment
{
public:
    struct Options
    {
        QString dataDir; // empty = $BOTWRIGHT_DATA_DIR or the platform default
        QString profile; // required
        QString tokenFile; // optional; see TokenSource
    };

    /// Opens the database, finds the profile and prepares the Bot. Errors: the data directory or the
    /// database cannot be opened (Io), the profile does not exist (NotFound), the token file cannot be
    /// read (Io / InvalidInput). A profile without a token anywhere fails later, at connect.
    static Result<std::unique_ptr<BotEnvironment>> open(const Options &options);
    ~BotEnvironment();
    Q_DISABLE_COPY_MOVE(BotEnvironment)

    Bot &bot() const { return *m_bot; }
    store::Database &database() const { return *m_database; }
    const store::Profile &profile() const { return m_profile; }
    QString dataDir() const { return m_dataDir; }
    /// Where the token comes from, for the log ("$BOTWRIGHT_TOKEN", "keychain", "embedded sandbox"...).
    QString tokenOrigin() const { return m_tokenOrigin; }
    /// The token when it did not come from the keychain (to redact it from log lines); may be empty.
    QString knownToken() const { return m_token; }

private:
    BotEnvironment() = default;

    QString m_dataDir;
    store::Profile m_profile;
    QString m_tokenOrigin;
    QString m_token;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Bot> m_bot; // destroyed first: it stops the runtime that may still use the database
};

} // namespace bw::app
