#pragma once
// OneShot: the shared flow of one-shot commands (send-view, run-task --once): open the profile, connect,
// wait for READY, run one job, disconnect with 1000 and exit. Any failure, including the bounded overall
// timeout or SIGINT/SIGTERM, ends as ONE line on stderr and a distinct exit code (ExitCode.h).

#include "app/ExitCode.h"
#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace bw {
class Bot;
}
namespace bw::store {
class Database;
struct Profile;
} // namespace bw::store

namespace bw::app {

class BotEnvironment;
class SignalWatcher;

class OneShot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShot)

public:
    struct Options
    {
        QString dataDir; // empty = default
        QString profile; // required
        QString tokenFile; // optional (TokenSource)
        int timeoutSeconds = 60; // the whole run: connect, READY, job, disconnect
        bool verbose = false; // log lines on stderr (otherwise only the one error line)
    };

    /// What a job sees: the READY bot, the profile's database and the profile.
    struct Context
    {
        Bot &bot;
        store::Database &database;
        const store::Profile &profile;
    };

    /// The job: its value is printed on stdout as one line (nothing when empty); its error becomes the
    /// stderr line and the exit code (exitCodeFor()).
    using Job = std::function<QCoro::Task<Result<QString>>(Context)>;

    explicit OneShot(Options options, QObject *parent = nullptr);
    ~OneShot() override;

    /// Runs everything on the application's event loop (QCoreApplication must exist) and returns the
    /// exit code. `what` names the job in error lines ("send-view").
    int exec(const QString &what, Job job);

private:
    QCoro::Task<void> run(Job job);
    /// Records the result (only the first one counts), then disconnects and quits the event loop.
    void finish(int code, const QString &errorLine = {});
    void quitWhenStopped();

    Options m_options;
    QString m_what;
    QString m_phase;
    std::unique_ptr<BotEnvironment> m_env;
    SignalWatcher *m_signals = nullptr;
    QTimer m_timeout;
    QTimer m_stopTimeout;
    int m_code = -1;
    bool m_quitting = false;
};

} // namespace bw::app
