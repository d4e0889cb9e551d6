#pragma once
// HeadlessRunner: `botwright --headless --profile NAME`: the bot runtime without a window. Log lines go
// to stdout; SIGINT/SIGTERM close the gateway with 1000, let the state settle and exit 0. A fatal error
// (bad token, refused intents) exits non-zero so that a service manager sees the failure.

#include "app/CommandLine.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace bw::tasks {
class TaskService;
}

namespace bw::app {

class BotEnvironment;

class HeadlessRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessRunner)

public:
    explicit HeadlessRunner(const CommandLine &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// Runs until a signal or a fatal error (QCoreApplication must exist); returns the exit code.
    int exec();

private:
    void onStatus();
    void stopAndQuit(int code);

    CommandLine m_options;
    std::unique_ptr<BotEnvironment> m_env;
    std::unique_ptr<tasks::TaskService> m_tasks; // destroyed before m_env (it uses the bot)
    QTimer m_stopTimeout;
    int m_code = 0;
    bool m_stopping = false;
};

} // namespace bw::app
