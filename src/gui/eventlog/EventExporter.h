#pragma once
// EventExporter: writes chosen event log records to a file as JSON Lines or CSV, in slices of a few
// milliseconds on the GUI thread (so the log keeps updating), with progress and cancel; the file
// appears only when the export completes (QSaveFile).

#include "core/Result.h"
#include "store/EventRecord.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <memory>
#include <vector>

namespace bw::gui {

class EventLogModel;

class EventExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventExporter)

public:
    enum class Format { JsonLines, Csv };

    /// `seqs`: the records to write, in order (records evicted meanwhile are skipped).
    EventExporter(const EventLogModel *log, std::vector<qint64> seqs, QObject *parent = nullptr);
    ~EventExporter() override;

    static Format formatForPath(const QString &path);

    /// Opens the file and starts writing; progress() and finished() follow.
    Result<void> start(const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_timer.isActive(); }
    qint64 total() const { return qint64(m_seqs.size()); }
    qint64 written() const { return m_written; }
    qint64 skipped() const { return m_skipped; }
    /// How long one slice may take before the exporter yields to the event loop.
    void setSliceBudgetMs(int ms) { m_sliceBudgetMs = ms; }

    static QByteArray jsonLine(const store::EventRecord &record);
    static QByteArray csvHeader();
    static QByteArray csvLine(const store::EventRecord &record);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// ok: the file is complete; otherwise `error` says why (cancelled or a write error).
    void finished(bool ok, const QString &error);

private:
    void writeSlice();
    void finish(bool ok, const QString &error);

    QPointer<const EventLogModel> m_log;
    std::vector<qint64> m_seqs;
    size_t m_next = 0;
    qint64 m_written = 0;
    qint64 m_skipped = 0;
    Format m_format = Format::JsonLines;
    std::unique_ptr<QSaveFile> m_file;
    QTimer m_timer;
    int m_sliceBudgetMs = 8;
};

} // namespace bw::gui
