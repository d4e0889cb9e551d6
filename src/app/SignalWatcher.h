#pragma once
// SignalWatcher: turns SIGINT and SIGTERM into a Qt signal on the main thread (a self-pipe read by a
// QSocketNotifier), so a headless or one-shot run can stop cleanly instead of dying mid-write.

#include <QObject>

class QSocketNotifier;

namespace bw::app {

class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    /// Installs the handlers for SIGINT and SIGTERM (one watcher per process).
    explicit SignalWatcher(QObject *parent = nullptr);
    /// Restores the default handlers.
    ~SignalWatcher() override;

Q_SIGNALS:
    /// SIGINT or SIGTERM arrived (signum tells which).
    void received(int signum);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace bw::app
