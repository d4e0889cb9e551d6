#include "gui/eventlog/LocalTimeText.h"

#include <QDateTime>

namespace bw::gui {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

QString LocalTimeText::format(qint64 msSinceEpoch)
{
    const qint64 bucket = floorDiv(msSinceEpoch, kBucketMs);
    if (bucket != m_bucket) {
        m_bucket = bucket;
        m_offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(bucket * kBucketMs).offsetFromUtc()) * 1000;
    }
    const qint64 local = msSinceEpoch + m_offsetMs;
    const qint64 ofDay = local - floorDiv(local, 86'400'000) * 86'400'000;
    const int h = int(ofDay / 3'600'000);
    const int m = int(ofDay / 60'000 % 60);
    const int s = int(ofDay / 1000 % 60);
    const int ms = int(ofDay % 1000);
    const char16_t text[12]
        = {char16_t(u'0' + h / 10),   char16_t(u'0' + h % 10),       u':',
           char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10),       u':',
           char16_t(u'0' + s / 10),   char16_t(u'0' + s % 10),       u'.',
           char16_t(u'0' + ms / 100), char16_t(u'0' + ms / 10 % 10), char16_t(u'0' + ms % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 12);
}

} // namespace bw::gui
