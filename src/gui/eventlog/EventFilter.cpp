#include "gui/eventlog/EventFilter.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {

QStringList tokenize(const QString &query)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : query) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any)
                tokens.append(current);
            current.clear();
            any = false;
        } else {
            current.append(c);
            any = true;
        }
    }
    if (any)
        tokens.append(current);
    return tokens;
}

bool parseCategory(const QString &name, quint8 *mask)
{
    static const QList<QPair<QString, store::EventCategory>> names = {
        {u"dispatch"_s, store::EventCategory::Dispatch},
        {u"gateway"_s, store::EventCategory::Gateway},
        {u"interaction"_s, store::EventCategory::Interaction},
        {u"interactions"_s, store::EventCategory::Interaction},
        {u"rest"_s, store::EventCategory::Rest},
        {u"ratelimit"_s, store::EventCategory::RateLimit},
        {u"task"_s, store::EventCategory::Task},
        {u"tasks"_s, store::EventCategory::Task},
        {u"error"_s, store::EventCategory::Error},
    };
    for (const auto &[n, c] : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0) {
            *mask |= EventFilter::bit(c);
            return true;
        }
    }
    return false;
}

qint64 parseDuration(const QString &text, bool *ok)
{
    *ok = false;
    if (text.isEmpty())
        return 0;
    qint64 unit = 1000;
    QString number = text;
    switch (text.back().toLatin1()) {
    case 's':
        unit = 1000;
        number.chop(1);
        break;
    case 'm':
        unit = 60'000;
        number.chop(1);
        break;
    case 'h':
        unit = 3'600'000;
        number.chop(1);
        break;
    case 'd':
        unit = 86'400'000;
        number.chop(1);
        break;
    default:
        break;
    }
    const qint64 n = number.toLongLong(ok);
    return *ok ? n * unit : 0;
}

qint64 parseTime(const QString &text, qint64 nowMs, bool *ok)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        QTime time = QTime::fromString(text, u"HH:mm:ss"_s);
        if (!time.isValid())
            time = QTime::fromString(text, u"HH:mm"_s);
        if (time.isValid())
            t = QDateTime(QDateTime::fromMSecsSinceEpoch(nowMs).date(), time);
    }
    *ok = t.isValid();
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::gui::EventFilter", text);
}

} // namespace

bool EventFilter::isEmpty() const
{
    return *this == EventFilter {};
}

EventFilter EventFilter::combinedWith(const EventFilter &o) const
{
    EventFilter f = *this;
    if (f.categories && o.categories)
        f.categories &= o.categories;
    else
        f.categories |= o.categories;
    if (f.categories == 0 && categories && o.categories)
        f.categories = 0x80; // disjoint: nothing matches (no category has bit 7)
    f.kinds += o.kinds;
    if (o.shard >= 0)
        f.shard = o.shard;
    if (o.guild)
        f.guild = o.guild;
    if (o.channel)
        f.channel = o.channel;
    if (o.user)
        f.user = o.user;
    f.terms += o.terms;
    f.errorsOnly = f.errorsOnly || o.errorsOnly;
    if (o.fromMs)
        f.fromMs = f.fromMs ? qMax(f.fromMs, o.fromMs) : o.fromMs;
    if (o.toMs)
        f.toMs = f.toMs ? qMin(f.toMs, o.toMs) : o.toMs;
    f.minDurationMs = qMax(f.minDurationMs, o.minDurationMs);
    return f;
}

EventFilter EventFilter::parse(const QString &query, qint64 nowMs, QString *error)
{
    EventFilter f;
    QStringList problems;
    for (const QString &token : tokenize(query)) {
        const qsizetype colon = token.indexOf(u':');
        const QString field = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : QString();
        bool ok = true;
        if (token.compare("error"_L1, Qt::CaseInsensitive) == 0
            || token.compare("errors"_L1, Qt::CaseInsensitive) == 0
            || token.compare("is:error"_L1, Qt::CaseInsensitive) == 0) {
            f.errorsOnly = true;
        } else if (field == "kind"_L1 || field == "type"_L1) {
            for (const QString &k : value.split(u',', Qt::SkipEmptyParts)) {
                if (!parseCategory(k, &f.categories))
                    f.kinds.append(k);
            }
        } else if (field == "shard"_L1) {
            f.shard = value.toInt(&ok);
            if (!ok || f.shard < 0) {
                f.shard = -1;
                ok = false;
            }
        } else if (field == "guild"_L1 || field == "channel"_L1 || field == "user"_L1) {
            const quint64 id = value.toULongLong(&ok);
            if (ok && field == "guild"_L1)
                f.guild = id;
            else if (ok && field == "channel"_L1)
                f.channel = id;
            else if (ok)
                f.user = id;
            else if (field == "user"_L1 && !value.isEmpty()) {
                f.terms.append(value); // a name: found in the summary ("by Alice") and the JSON
                ok = true;
            }
        } else if (field == "since"_L1 || field == "last"_L1) {
            const qint64 ms = parseDuration(value, &ok);
            if (ok)
                f.fromMs = nowMs - ms;
        } else if (field == "from"_L1) {
            f.fromMs = parseTime(value, nowMs, &ok);
        } else if (field == "to"_L1) {
            f.toMs = parseTime(value, nowMs, &ok);
        } else if (field == "slow"_L1) {
            f.minDurationMs = value.toLongLong(&ok);
        } else {
            // Not a field we know (custom_ids such as "counter:increment" contain colons): a term.
            f.terms.append(token);
        }
        if (!ok)
            problems.append(tr("“%1” is not a valid value for %2:").arg(value, field));
    }
    if (error)
        *error = problems.join(u' ');
    return f;
}

} // namespace bw::gui
