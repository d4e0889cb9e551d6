#pragma once
// LocalTimeText: epoch milliseconds as local "HH:mm:ss.zzz", for the event log's time column. The
// offset from UTC is looked up once per quarter hour (time zones change their offset only on a quarter
// hour), instead of converting every timestamp through QDateTime (a fifth of a repaint at full rate).

#include <QString>

#include <limits>

namespace bw::gui {

class LocalTimeText
{
public:
    QString format(qint64 msSinceEpoch);

private:
    static constexpr qint64 kBucketMs = 15 * 60 * 1000;
    qint64 m_bucket = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
};

} // namespace bw::gui
