#include "core/Clock.h"

#include <QElapsedTimer>

namespace bw {

qint64 Clock::monotonicMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return started.elapsed();
}

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

} // namespace bw
