#include "gui/eventlog/EventExporter.h"

#include "bot/eventlog/JsonWriter.h"
#include "gui/eventlog/EventLogModel.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {

bool looksLikeJson(const QByteArray &json)
{
    return json.size() >= 2
        && ((json.front() == '{' && json.back() == '}') || (json.front() == '[' && json.back() == ']'));
}

void appendCsvField(QByteArray &out, QByteArrayView field)
{
    const bool quote
        = field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r');
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

EventExporter::EventExporter(const EventLogModel *log, std::vector<qint64> seqs, QObject *parent)
    : QObject(parent), m_log(log), m_seqs(std::move(seqs))
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &EventExporter::writeSlice);
}

EventExporter::~EventExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

EventExporter::Format EventExporter::formatForPath(const QString &path)
{
    return path.endsWith(".csv"_L1, Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

QByteArray EventExporter::jsonLine(const store::EventRecord &r)
{
    JsonWriter w;
    w.add("id", r.id)
        .add("time", isoTime(r.tsMs))
        .add("ts", r.tsMs)
        .add("kind", r.kind)
        .add("category", store::categoryName(store::categoryOfKind(r.kind)))
        .add("shard", r.shard)
        .add("guild_id", r.guildId)
        .add("channel_id", r.channelId)
        .add("user_id", r.userId)
        .add("key", r.key)
        .add("summary", r.summary)
        .add("duration_ms", r.durationMs)
        .addBool("is_error", r.isError);
    if (r.json.isEmpty())
        w.addRaw("json", "null");
    else if (looksLikeJson(r.json))
        w.addRaw("json", r.json);
    else
        w.add("json", QByteArrayView(r.json));
    QByteArray line = std::move(w).finish();
    line.append('\n');
    return line;
}

QByteArray EventExporter::csvHeader()
{
    return "id,time,kind,shard,guild_id,channel_id,user_id,key,duration_ms,is_error,summary,json\r\n";
}

QByteArray EventExporter::csvLine(const store::EventRecord &r)
{
    QByteArray out;
    out.reserve(r.json.size() + r.summary.size() + 128);
    out.append(QByteArray::number(r.id)).append(',');
    out.append(isoTime(r.tsMs).toLatin1()).append(',');
    appendCsvField(out, r.kind.toUtf8());
    out.append(',');
    if (r.shard >= 0)
        out.append(QByteArray::number(r.shard));
    out.append(',').append(r.guildId.toLatin1()).append(',').append(r.channelId.toLatin1()).append(',');
    out.append(r.userId.toLatin1()).append(',');
    appendCsvField(out, r.key.toUtf8());
    out.append(',');
    if (r.durationMs >= 0)
        out.append(QByteArray::number(r.durationMs));
    out.append(',').append(r.isError ? "1" : "0").append(',');
    appendCsvField(out, r.summary.toUtf8());
    out.append(',');
    appendCsvField(out, r.json);
    out.append("\r\n");
    return out;
}

Result<void> EventExporter::start(const QString &path, Format format)
{
    m_format = format;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = m_file->errorString();
        m_file.reset();
        return Error::make(Error::Kind::Io, tr("Could not write %1: %2").arg(path, error));
    }
    if (m_format == Format::Csv)
        m_file->write(csvHeader());
    m_next = 0;
    m_written = 0;
    m_skipped = 0;
    m_timer.start();
    return {};
}

void EventExporter::cancel()
{
    if (m_file)
        finish(false, tr("Export cancelled."));
}

void EventExporter::writeSlice()
{
    if (!m_log) {
        finish(false, tr("The event log is gone."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const EventRing &ring = m_log->ring();
    QByteArray buffer;
    buffer.reserve(1 << 20);
    while (m_next < m_seqs.size()) {
        const qint64 seq = m_seqs[m_next++];
        if (!ring.contains(seq)) {
            ++m_skipped;
        } else {
            const store::EventRecord r = ring.record(seq);
            buffer.append(m_format == Format::Csv ? csvLine(r) : jsonLine(r));
            ++m_written;
        }
        if (buffer.size() > (1 << 20)) {
            m_file->write(buffer);
            buffer.clear();
        }
        if ((m_next & 255) == 0 && timer.elapsed() >= m_sliceBudgetMs)
            break;
    }
    if (!buffer.isEmpty())
        m_file->write(buffer);
    if (m_file->error() != QFileDevice::NoError) {
        finish(false, tr("Could not write %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    Q_EMIT progress(qint64(m_next), total());
    if (m_next >= m_seqs.size())
        finish(true, {});
}

void EventExporter::finish(bool ok, const QString &error)
{
    m_timer.stop();
    QString message = error;
    if (ok && !m_file->commit()) {
        ok = false;
        message = tr("Could not write %1: %2").arg(m_file->fileName(), m_file->errorString());
    } else if (!ok) {
        m_file->cancelWriting();
    }
    m_file.reset();
    Q_EMIT finished(ok, message);
}

} // namespace bw::gui
