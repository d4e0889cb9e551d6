#pragma once
// EventFilter: what the event log shows: kinds, shard, guild, channel, user, text terms (over key,
// summary and JSON), errors only and a time range, all combined with AND; parsed from the typed query
// ("kind:interaction user:123 since:5m error counter:increment").

#include "store/EventRecord.h"

#include <QString>
#include <QStringList>

namespace bw::gui {

struct EventFilter
{
    quint8 categories = 0; // bit (1 << EventCategory); 0 = every category
    QStringList kinds; // kind names or prefixes ("MESSAGE_CREATE", "gateway.heartbeat"); empty = all
    int shard = -1; // -1 = any
    quint64 guild = 0; // 0 = any
    quint64 channel = 0;
    quint64 user = 0;
    QStringList terms; // each must occur (ASCII case ignored) in the key, summary or JSON
    bool errorsOnly = false;
    qint64 fromMs = 0; // 0 = open
    qint64 toMs = 0; // 0 = open
    qint64 minDurationMs = -1; // -1 = any ("slow:1000": duration >= 1000 ms)

    bool isEmpty() const;
    bool operator==(const EventFilter &) const = default;

    static quint8 bit(store::EventCategory c) { return quint8(1u << quint8(c)); }

    /// Both filters at once (the panel's controls AND the typed query).
    EventFilter combinedWith(const EventFilter &other) const;

    /// Parses a typed query. Words are text terms ("quoted phrases" stay one term); fields are
    /// kind: (a category name or a kind name/prefix), shard:, guild:, channel:, user: (an id; a name
    /// becomes a text term), is:error / error / errors, since:<n>s|m|h|d (relative to nowMs),
    /// from:/to: (ISO date-time, or HH:mm[:ss] today, local time), slow:<ms>. Unknown fields and
    /// bad values are reported in `error` and ignored.
    static EventFilter parse(const QString &query, qint64 nowMs, QString *error = nullptr);
};

} // namespace bw::gui
