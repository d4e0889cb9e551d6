#pragma once
// SecretStore: bot tokens in the OS keychain (QtKeychain, service "botwright", one key per profile),
// with an explicit, session-only in-memory fallback when no secret service is available.

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <qcoro/qcorotask.h>

namespace bw {

class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr QLatin1StringView kService {"botwright"};

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Reads the token stored under `key` (the profile name). NotFound when there is none;
    /// Unavailable when no secret service answers.
    QCoro::Task<Result<QString>> readToken(QString key);
    /// Stores or overwrites the token. Unavailable when no secret service answers (and no fallback).
    QCoro::Task<Result<void>> writeToken(QString key, QString token);
    /// Deletes the token; deleting a missing token succeeds.
    QCoro::Task<Result<void>> deleteToken(QString key);
    /// Moves a token to a new key (profile rename).
    QCoro::Task<Result<void>> renameToken(QString from, QString to);

    /// Whether a secret service answers right now (a probe read of a key that does not exist).
    QCoro::Task<bool> probe();

    /// When the user has agreed, tokens are kept in this process's memory only, for this run.
    void setMemoryFallback(bool enabled);
    bool memoryFallback() const { return m_memoryFallback; }

private:
    bool m_memoryFallback = false;
    QHash<QString, QString> m_memory;
};

} // namespace bw
