#include "discord/ShardManager.h"

#include "core/Logging.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::discord {

ShardManager::ShardManager(RestClient *rest, Options options, QObject *parent)
    : QObject(parent),
      m_rest(rest),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : Clock::system()),
      m_scheduler(m_clock, 1,
                  m_options.identifyIntervalMs > 0 ? m_options.identifyIntervalMs + m_options.identifySafetyMs
                                                   : 0),
      m_identifyTimer(this)
{
    m_identifyTimer.setSingleShot(true);
    m_identifyTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_identifyTimer, &QTimer::timeout, this, &ShardManager::pumpIdentifies);
}

ShardManager::~ShardManager() = default;

Result<QList<int>> ShardManager::parseShardIds(QStringView spec, int shardCount)
{
    const QString text = spec.trimmed().toString();
    QList<int> out;
    if (text.isEmpty() || text.compare("all"_L1, Qt::CaseInsensitive) == 0) {
        for (int i = 0; i < shardCount; ++i)
            out.append(i);
        return out;
    }
    const auto bad = [&](const QString &why) {
        return Error::make(Error::Kind::InvalidInput, u"Shard list \"%1\": %2"_s.arg(text, why));
    };
    for (const QString &partRaw : text.split(u',')) {
        const QString part = partRaw.trimmed();
        if (part.isEmpty())
            return bad(u"empty item"_s);
        const qsizetype dash = part.indexOf(u'-');
        bool ok1 = false, ok2 = true;
        int from = 0, to = 0;
        if (dash < 0) {
            from = to = part.toInt(&ok1);
        } else {
            from = part.left(dash).trimmed().toInt(&ok1);
            to = part.mid(dash + 1).trimmed().toInt(&ok2);
        }
        if (!ok1 || !ok2 || from < 0 || to < 0)
            return bad(u"\"%1\" is not a shard id or a range like 0-3"_s.arg(part));
        if (to < from)
            return bad(u"range %1 goes backwards"_s.arg(part));
        if (shardCount > 0 && to >= shardCount)
            return bad(u"shard %1 does not exist with %2 shards (ids are 0 to %3)"_s.arg(to)
                           .arg(shardCount)
                           .arg(shardCount - 1));
        if (to - from > 100'000)
            return bad(u"range %1 is too large"_s.arg(part));
        for (int i = from; i <= to; ++i)
            out.append(i);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int ShardManager::sessionStartsRemaining() const
{
    if (!m_info)
        return -1;
    return qMax(0, m_info->sessionRemaining - m_identifiesSent);
}

bool ShardManager::allReady() const
{
    if (m_shards.isEmpty())
        return false;
    return std::all_of(m_shards.cbegin(), m_shards.cend(),
                       [](const GatewayShard *s) { return s->state() == GatewayShard::State::Ready; });
}

QCoro::Task<Result<void>> ShardManager::start()
{
    if (m_running || m_starting)
        co_return Error::make(Error::Kind::InvalidInput, u"The shards are already running"_s);
    QPointer<ShardManager> self(this);
    m_starting = true;
    m_startCancelled = false;

    const bool needInfo
        = m_options.gatewayUrl.isEmpty() || m_options.shardCount <= 0 || m_options.maxConcurrency <= 0;
    if (m_rest) {
        auto info = co_await m_rest->getGatewayBot();
        if (!self)
            co_return Error::make(Error::Kind::Cancelled, u"Shard manager destroyed"_s);
        m_starting = false;
        if (m_startCancelled)
            co_return Error::make(Error::Kind::Cancelled, u"Stopped before the shards started"_s);
        if (info) {
            m_info = info.value();
        } else if (needInfo || info.error().kind == Error::Kind::Unauthorized) {
            Error err = info.error();
            err.message = u"Could not get the gateway address (GET /gateway/bot): "_s + err.message;
            co_return err;
        } else {
            qCWarning(lcGateway) << "GET /gateway/bot failed, using the fixed settings:"
                                 << info.error().toString();
        }
    } else if (needInfo) {
        co_return Error::make(Error::Kind::InvalidInput,
                              u"No REST client to ask /gateway/bot, and the gateway URL, shard count or "
                              u"max_concurrency is not fixed"_s);
    }

    m_starting = false;
    const QUrl url = !m_options.gatewayUrl.isEmpty() ? m_options.gatewayUrl : m_info->url;
    m_shardCount = m_options.shardCount > 0 ? m_options.shardCount : m_info->shards;
    const int maxConcurrency = m_options.maxConcurrency > 0 ? m_options.maxConcurrency
        : m_info                                            ? m_info->maxConcurrency
                                                            : 1;
    QList<int> ids = m_options.shardIds;
    if (ids.isEmpty()) {
        for (int i = 0; i < m_shardCount; ++i)
            ids.append(i);
    }
    for (int id : std::as_const(ids)) {
        if (id < 0 || id >= m_shardCount) {
            co_return Error::make(Error::Kind::InvalidInput,
                                  u"Shard %1 does not exist with %2 shards (ids are 0 to %3)"_s.arg(id)
                                      .arg(m_shardCount)
                                      .arg(m_shardCount - 1));
        }
    }
    if (m_info && m_info->sessionRemaining < ids.size()) {
        const QDateTime reset = m_clock->now().addMSecs(m_info->sessionResetAfterMs);
        Error err = Error::make(
            Error::Kind::RateLimited,
            u"Discord allows only %1 more gateway sessions until %2 (session_start_limit), but %3 shard(s) "
            u"would start; starting anyway could get the bot token reset"_s.arg(m_info->sessionRemaining)
                .arg(reset.toString(Qt::ISODate))
                .arg(ids.size()));
        err.retryAfter = static_cast<double>(m_info->sessionResetAfterMs) / 1000.0;
        co_return err;
    }

    m_scheduler.setMaxConcurrency(maxConcurrency);
    m_identifiesSent = 0;
    m_running = true;
    m_wasAllReady = false;
    qCInfo(lcGateway) << "starting shards" << ids << "of" << m_shardCount << "max_concurrency"
                      << maxConcurrency;

    for (int id : std::as_const(ids)) {
        GatewayShard::Options o = m_options.shardDefaults;
        o.gatewayUrl = url;
        o.token = m_options.token;
        o.intents = m_options.intents;
        o.shardId = id;
        o.shardCount = m_shardCount;
        o.compression = m_options.compression;
        o.externalIdentifyGate = true;
        if (!o.clock)
            o.clock = m_clock;
        auto *shard = new GatewayShard(std::move(o), this);
        m_shards.insert(id, shard);
        connect(shard, &GatewayShard::identifyRequested, this, &ShardManager::onIdentifyRequested);
        connect(shard, &GatewayShard::dispatch, this, &ShardManager::dispatch);
        connect(shard, &GatewayShard::control, this, &ShardManager::control);
        connect(shard, &GatewayShard::latencyChanged, this,
                [this, id](qint64 ms) { Q_EMIT latencyChanged(id, ms); });
        connect(shard, &GatewayShard::stateChanged, this, [this, id](GatewayShard::State st) {
            if (st != GatewayShard::State::Identifying)
                m_scheduler.remove(id); // it dropped while waiting for its turn
            Q_EMIT shardStateChanged(id, st);
            const bool ready = allReady();
            if (ready && !m_wasAllReady)
                Q_EMIT allShardsReady();
            m_wasAllReady = ready;
        });
        connect(shard, &GatewayShard::fatal, this,
                [this, id](const bw::Error &e) { Q_EMIT shardFatal(id, e); });
        connect(shard, &GatewayShard::stopped, this, &ShardManager::onShardStopped);
    }
    for (GatewayShard *s : std::as_const(m_shards))
        s->start();
    co_return Result<void>();
}

void ShardManager::onIdentifyRequested(int shardId)
{
    m_scheduler.enqueue(shardId);
    pumpIdentifies();
}

void ShardManager::pumpIdentifies()
{
    const QList<int> ready = m_scheduler.takeReady();
    for (int id : ready) {
        GatewayShard *s = m_shards.value(id);
        if (s && s->identifyNow()) {
            ++m_identifiesSent;
            Q_EMIT sessionStartsChanged(sessionStartsRemaining());
        }
    }
    const qint64 next = m_scheduler.msUntilNext();
    if (next >= 0)
        m_identifyTimer.start(static_cast<int>(qMax<qint64>(1, next)));
}

void ShardManager::stop()
{
    if (m_starting)
        m_startCancelled = true;
    m_identifyTimer.stop();
    for (GatewayShard *s : std::as_const(m_shards))
        m_scheduler.remove(s->shardId());
    if (!m_running && m_shards.isEmpty()) {
        Q_EMIT stopped();
        return;
    }
    m_running = false;
    m_stopping = static_cast<int>(m_shards.size());
    if (m_stopping == 0) {
        Q_EMIT stopped();
        return;
    }
    const auto list = m_shards.values();
    for (GatewayShard *s : list)
        s->stop();
}

void ShardManager::onShardStopped()
{
    if (m_running || m_stopping <= 0)
        return;
    if (--m_stopping > 0)
        return;
    const auto list = m_shards.values();
    m_shards.clear();
    for (GatewayShard *s : list)
        s->deleteLater();
    Q_EMIT stopped();
}

} // namespace bw::discord
