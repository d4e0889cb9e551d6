#pragma once
// EventRecorder: lives on the bot thread and turns what the runtime reports (dispatches, gateway control
// events, REST calls, interaction outcomes, task runs, errors) into event log records; it hands them on
// in batches (every 50 ms or every N records, never one signal per event) to the GUI and to SQLite.

#include "bot/InteractionOutcome.h"
#include "discord/GatewayPayload.h"
#include "discord/RestClient.h"
#include "store/EventRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace bw {

class Clock;
class EventLogWriter;
namespace store {
class Database;
}

/// What batchReady() carries: records in the order they happened.
using EventBatch = QList<store::EventRecord>;

class EventRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventRecorder)

public:
    struct Options
    {
        int batchIntervalMs = 50; // longest time a record waits before its batch goes out
        int maxBatch = 4096; // a batch goes out at once when it holds this many records
    };

    explicit EventRecorder(QObject *parent = nullptr);
    EventRecorder(Options options, const Clock *clock, QObject *parent = nullptr);
    ~EventRecorder() override;

    /// Writes every batch to `db` from now on (on a writer thread of its own) and deletes records older
    /// than retentionMs (<= 0: keep all). Null stops writing. Call on the recorder's thread.
    void setDatabase(store::Database *db, qint64 retentionMs);
    /// The writer, when a database is set (for draining in tests and at shutdown).
    EventLogWriter *writer() const { return m_writer.get(); }
    /// Records handed out so far.
    qint64 recordedCount() const { return m_recorded; }

    /// The summary, ids and redacted JSON of one record, as the slots below build them (also used by
    /// benchmarks to make realistic records without a bot).
    store::EventRecord fromDispatch(const discord::GatewayEvent &event);
    store::EventRecord fromControl(const discord::GatewayControlEvent &event) const;
    store::EventRecord fromRest(const discord::RestLogEntry &entry);
    store::EventRecord fromInteraction(const InteractionOutcome &outcome);

    /// Replaces the value of every "token" member in raw JSON with [redacted] (bytes only, no parse).
    static QByteArray redactTokenMembers(QByteArray json);

public Q_SLOTS:
    void recordDispatch(const bw::discord::GatewayEvent &event);
    void recordControl(const bw::discord::GatewayControlEvent &event);
    void recordRest(const bw::discord::RestLogEntry &entry);
    void recordInteraction(const bw::InteractionOutcome &outcome);
    void recordTask(const QString &name, bool ok, qint64 durationMs, const QString &detail);
    void recordError(const QString &source, const QString &message);
    /// Any record; its tsMs is set to now when 0.
    void record(bw::store::EventRecord record);
    /// Hands out what is pending now.
    void flush();

Q_SIGNALS:
    void batchReady(const bw::EventBatch &batch);

private:
    qint64 nowMs() const;
    void rememberInteraction(const QString &id, qint64 receivedMs);
    void expireInteractions(qint64 nowMs);

    Options m_options;
    const Clock *m_clock;
    QTimer m_timer;
    EventBatch m_pending;
    qint64 m_recorded = 0;
    std::unique_ptr<EventLogWriter> m_writer;

    // Links an interaction to the REST callback that answered it (both ways), for a minute.
    struct Pending
    {
        qint64 receivedMs = 0;
        QByteArray callbackJson; // the callback's REST record JSON, once seen
    };
    QHash<QString, Pending> m_interactions;
    std::deque<std::pair<qint64, QString>> m_interactionOrder;
};

} // namespace bw

Q_DECLARE_METATYPE(bw::store::EventRecord)
