#include "app/SignalWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bw::app {

namespace {

int g_fds[2] = {-1, -1};

void onSignal(int signum)
{
    // Only async-signal-safe work here: one byte carrying the signal number.
    const char c = static_cast<char>(signum);
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
}

void install(void (*handler)(int))
{
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    ::fcntl(g_fds[0], F_SETFL, O_NONBLOCK); // a signal storm must never block the handler
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    install(onSignal);
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    install(SIG_DFL);
    delete m_notifier;
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
}

void SignalWatcher::onReadable()
{
    char c = 0;
    if (::read(g_fds[1], &c, 1) == 1)
        Q_EMIT received(int(c));
}

} // namespace bw::app
