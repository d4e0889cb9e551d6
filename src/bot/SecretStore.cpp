#include "bot/SecretStore.h"

#include "core/Logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMetaObject>
#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <memory>

namespace bw {

namespace {

using namespace std::chrono_literals;

// A secret service that does not answer within this time is treated as unavailable (a locked keyring
// waiting for a prompt nobody will see must not hang the bot).
constexpr auto kJobTimeout = 15s;

struct JobDeleter
{
    void operator()(QKeychain::Job *job) const { job->deleteLater(); }
};
template<typename JobT> using JobPtr = std::unique_ptr<JobT, JobDeleter>;

/// Starts a QtKeychain job and waits for it. Returns false when it did not finish in time.
QCoro::Task<bool> runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plaintext file behind the user's back
    // Start from the event loop so the awaiter below is connected before any finished() can fire.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
    const auto finished = co_await qCoro(job, &QKeychain::Job::finished, kJobTimeout);
    co_return finished.has_value();
}

// Whether a Secret Service (org.freedesktop.secrets) is on the session bus or can be started there.
bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString name = QStringLiteral("org.freedesktop.secrets");
    if (bus.interface()->isServiceRegistered(name))
        return true;
    const QStringList activatable = bus.interface()->activatableServiceNames();
    return activatable.contains(name);
}

Error keychainError(QKeychain::Job *job, const QString &what)
{
    if (job->error() == QKeychain::OtherError && !secretServiceReachable()) {
        return Error::make(
            Error::Kind::Unavailable,
            SecretStore::tr("No secret service is available (such as GNOME Keyring or KWallet), "
                            "so the token cannot be stored safely."));
    }
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error::make(Error::Kind::NotFound, SecretStore::tr("No token is stored for %1.").arg(what));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(
            Error::Kind::Unavailable,
            SecretStore::tr("No secret service is available (such as GNOME Keyring or KWallet), "
                            "so the token cannot be stored safely."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Kind::Unauthorized,
                           SecretStore::tr("Access to the keychain was denied: %1").arg(job->errorString()));
    default:
        return Error::make(Error::Kind::Io,
                           SecretStore::tr("The keychain reported an error: %1").arg(job->errorString()));
    }
}

Error timeoutError()
{
    return Error::make(Error::Kind::Unavailable,
                       SecretStore::tr("The secret service did not answer (is the keyring locked?)."));
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

SecretStore::~SecretStore() = default;

QCoro::Task<Result<QString>> SecretStore::readToken(QString key)
{
    if (m_memoryFallback) {
        if (const auto it = m_memory.constFind(key); it != m_memory.constEnd())
            co_return *it;
        co_return Error::make(Error::Kind::NotFound, tr("No token is stored for %1.").arg(key));
    }
    JobPtr<QKeychain::ReadPasswordJob> job(new QKeychain::ReadPasswordJob(QString(kService)));
    job->setKey(key);
    if (!co_await runJob(job.get()))
        co_return timeoutError();
    if (job->error() != QKeychain::NoError)
        co_return keychainError(job.get(), key);
    co_return job->textData();
}

QCoro::Task<Result<void>> SecretStore::writeToken(QString key, QString token)
{
    if (m_memoryFallback) {
        m_memory.insert(key, token);
        co_return Result<void> {};
    }
    JobPtr<QKeychain::WritePasswordJob> job(new QKeychain::WritePasswordJob(QString(kService)));
    job->setKey(key);
    job->setTextData(token);
    if (!co_await runJob(job.get()))
        co_return timeoutError();
    if (job->error() != QKeychain::NoError)
        co_return keychainError(job.get(), key);
    qCInfo(lcSecrets) << "stored the token of" << key << "in the keychain";
    co_return Result<void> {};
}

QCoro::Task<Result<void>> SecretStore::deleteToken(QString key)
{
    if (m_memoryFallback) {
        m_memory.remove(key);
        co_return Result<void> {};
    }
    JobPtr<QKeychain::DeletePasswordJob> job(new QKeychain::DeletePasswordJob(QString(kService)));
    job->setKey(key);
    if (!co_await runJob(job.get()))
        co_return timeoutError();
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return keychainError(job.get(), key);
    co_return Result<void> {};
}

QCoro::Task<Result<void>> SecretStore::renameToken(QString from, QString to)
{
    if (from == to)
        co_return Result<void> {};
    auto token = co_await readToken(from);
    if (!token) {
        if (token.error().kind == Error::Kind::NotFound)
            co_return Result<void> {}; // nothing to move
        co_return token.error();
    }
    if (auto written = co_await writeToken(to, token.value()); !written)
        co_return written.error();
    co_return co_await deleteToken(from);
}

QCoro::Task<bool> SecretStore::probe()
{
    if (m_memoryFallback)
        co_return true;
    const auto result = co_await readToken(QStringLiteral("botwright-probe-no-such-key"));
    co_return result.ok() || result.error().kind == Error::Kind::NotFound;
}

void SecretStore::setMemoryFallback(bool enabled)
{
    if (enabled == m_memoryFallback)
        return;
    m_memoryFallback = enabled;
    if (!enabled)
        m_memory.clear();
    qCWarning(lcSecrets) << (enabled ? "tokens are kept in memory for this run only" : "memory fallback off");
}

} // namespace bw
