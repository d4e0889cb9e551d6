// Unit tests of the REST rate limiter (buckets, hashes, 429 scopes, global limit) and of routes, with a
// ManualClock; plus the flattening of Discord's error trees.
#include "core/Clock.h"
#include "discord/DiscordError.h"
#include "discord/RateLimiter.h"
#include "discord/Route.h"
#include "discord/Snowflake.h"

#include <QJsonDocument>
#include <QTest>

using namespace bw;
using namespace bw::discord;

namespace {
Route msgs(const QString &channel)
{
    return Route(QByteArrayLiteral("POST"), QStringLiteral("/channels/{channel_id}/messages"), {channel});
}
RateLimitHeaders headers(int limit, int remaining, double resetAfter, const QString &bucket = {})
{
    RateLimitHeaders h;
    h.limit = limit;
    h.remaining = remaining;
    h.resetAfterSeconds = resetAfter;
    h.bucket = bucket;
    return h;
}
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routes()
    {
        const Route r = msgs(QStringLiteral("123"));
        QCOMPARE(r.path(), QStringLiteral("/channels/123/messages"));
        QCOMPARE(r.majorParameter(), QStringLiteral("channel:123"));
        QVERIFY(!r.usesPathToken());
        QVERIFY(!r.exemptFromGlobalLimit());

        const Route cb(QByteArrayLiteral("POST"),
                       QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
                       {QStringLiteral("55"), QStringLiteral("tok/en")});
        QCOMPARE(cb.path(), QStringLiteral("/interactions/55/tok%2Fen/callback"));
        QVERIFY(cb.usesPathToken());
        QVERIFY(cb.exemptFromGlobalLimit());

        const Route wh(QByteArrayLiteral("PATCH"),
                       QStringLiteral("/webhooks/{application_id}/{webhook_token}/messages/@original"),
                       {QStringLiteral("9"), QStringLiteral("abc")});
        // Counted per webhook id + token, without keeping the token itself in the key.
        QVERIFY(wh.majorParameter().startsWith(QStringLiteral("webhook:9:")));
        QVERIFY(!wh.majorParameter().contains(QStringLiteral("abc")));
        QCOMPARE(wh.pathToken(), QStringLiteral("abc"));
        const Route wh2(QByteArrayLiteral("PATCH"),
                        QStringLiteral("/webhooks/{application_id}/{webhook_token}/messages/@original"),
                        {QStringLiteral("9"), QStringLiteral("abd")});
        QVERIFY(wh2.majorParameter() != wh.majorParameter());
        QVERIFY(wh.usesPathToken());
        QVERIFY(!wh.exemptFromGlobalLimit());

        const Route g(QByteArrayLiteral("PUT"),
                      QStringLiteral("/guilds/{guild_id}/members/{user_id}/roles/{role_id}"),
                      {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(g.majorParameter(), QStringLiteral("guild:1"));
        QCOMPARE(g.path(), QStringLiteral("/guilds/1/members/2/roles/3"));

        // Deleting a message older than 14 days gets its own bucket.
        const Route fresh(
            QByteArrayLiteral("DELETE"), QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
            {QStringLiteral("1"), Snowflake::fromTime(QDateTime::currentDateTimeUtc()).toString()});
        const Route old(QByteArrayLiteral("DELETE"),
                        QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                        {QStringLiteral("1"),
                         Snowflake::fromTime(QDateTime::currentDateTimeUtc().addDays(-30)).toString()});
        QVERIFY(fresh.routeKey() != old.routeKey());
        QCOMPARE(fresh.pathTemplate(), old.pathTemplate());
    }

    void bucketPerMajorParameter()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route a = msgs(QStringLiteral("1")), b = msgs(QStringLiteral("2"));
        QVERIFY(rl.bucketKey(a) != rl.bucketKey(b));
        rl.onSend(a);
        rl.onResponse(a, 200, headers(5, 0, 2.5, QStringLiteral("h1")));
        QCOMPARE(rl.delayBeforeSend(a), 2500);
        QCOMPARE(rl.delayBeforeSend(b), 0); // other channel, own bucket
        clock.advance(2500);
        QCOMPARE(rl.delayBeforeSend(a), 0);
    }

    void remainingCountsDown()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route a = msgs(QStringLiteral("1"));
        rl.onSend(a);
        rl.onResponse(a, 200, headers(3, 2, 1.0, QStringLiteral("h")));
        rl.onSend(a);
        QCOMPARE(rl.delayBeforeSend(a), 0);
        rl.onSend(a); // no response yet: we counted it ourselves
        QCOMPARE(rl.bucketState(a)->remaining, 0);
        QCOMPARE(rl.delayBeforeSend(a), 1000);
        clock.advance(1000);
        QCOMPARE(rl.delayBeforeSend(a), 0);
        rl.onSend(a); // a new window: the limit is restored and one used
        QCOMPARE(rl.bucketState(a)->remaining, 2);
    }

    void learnedHashIsShared()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route post = msgs(QStringLiteral("7"));
        const Route patch(QByteArrayLiteral("PATCH"),
                          QStringLiteral("/channels/{channel_id}/messages/{message_id}"),
                          {QStringLiteral("7"), QStringLiteral("99")});
        rl.onResponse(post, 200, headers(5, 0, 3.0, QStringLiteral("shared")));
        rl.onResponse(patch, 200, headers(5, 4, 3.0, QStringLiteral("shared")));
        QCOMPARE(rl.learnedHash(post), QStringLiteral("shared"));
        QCOMPARE(rl.bucketKey(post), rl.bucketKey(patch));
        QCOMPARE(rl.bucketKey(post), QStringLiteral("shared:channel:7"));
    }

    void route429WaitsOnlyThatBucket()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route a = msgs(QStringLiteral("1")), b = msgs(QStringLiteral("2"));
        RateLimitHeaders h = headers(5, 0, 0.5, QStringLiteral("h"));
        h.retryAfterSeconds = 2;
        h.scope = QStringLiteral("user");
        const auto out = rl.onResponse(a, 429, h, 1.7, false);
        QVERIFY(out.rateLimited);
        QVERIFY(!out.global);
        QCOMPARE(out.retryAfterMs, 2000);
        QCOMPARE(rl.delayBeforeSend(a), 2000);
        QCOMPARE(rl.delayBeforeSend(b), 0);
        QCOMPARE(rl.invalidRequestCount(), 1);
    }

    void retryAfterFallsBackToBody()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route a = msgs(QStringLiteral("1"));
        const auto out = rl.onResponse(a, 429, RateLimitHeaders {}, 0.25, false);
        QCOMPARE(out.retryAfterMs, 250);
        QCOMPARE(rl.delayBeforeSend(a), 250);
    }

    void global429BlocksEverythingButCallbacks()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        const Route a = msgs(QStringLiteral("1"));
        const Route other(QByteArrayLiteral("GET"), QStringLiteral("/users/@me"));
        const Route cb(QByteArrayLiteral("POST"),
                       QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
                       {QStringLiteral("5"), QStringLiteral("t")});
        RateLimitHeaders h;
        h.global = true;
        h.scope = QStringLiteral("global");
        h.retryAfterSeconds = 3;
        const auto out = rl.onResponse(a, 429, h, 3.0, true);
        QVERIFY(out.global);
        QCOMPARE(rl.delayBeforeSend(other), 3000);
        QCOMPARE(rl.delayBeforeSend(a), 3000);
        QCOMPARE(rl.delayBeforeSend(cb), 0);
        QCOMPARE(rl.globalBlockedForMs(), 3000);
        clock.advance(3000);
        QCOMPARE(rl.delayBeforeSend(other), 0);
    }

    void globalFiftyPerSecond()
    {
        ManualClock clock;
        RateLimiter rl(&clock, 50);
        for (int i = 0; i < 50; ++i) {
            const Route r = msgs(QString::number(i)); // all different buckets
            QCOMPARE(rl.delayBeforeSend(r), 0);
            rl.onSend(r);
            clock.advance(2);
        }
        const Route next = msgs(QStringLiteral("x"));
        QCOMPARE(rl.delayBeforeSend(next), 1000 - 100);
        const Route cb(QByteArrayLiteral("POST"),
                       QStringLiteral("/interactions/{interaction_id}/{interaction_token}/callback"),
                       {QStringLiteral("5"), QStringLiteral("t")});
        QCOMPARE(rl.delayBeforeSend(cb), 0);
        clock.advance(900);
        QCOMPARE(rl.delayBeforeSend(next), 0);
    }

    void sharedScopeNotInvalid()
    {
        ManualClock clock;
        RateLimiter rl(&clock);
        RateLimitHeaders h;
        h.scope = QStringLiteral("shared");
        h.retryAfterSeconds = 1;
        rl.onResponse(msgs(QStringLiteral("1")), 429, h);
        QCOMPARE(rl.invalidRequestCount(), 0);
        rl.onResponse(msgs(QStringLiteral("1")), 403, RateLimitHeaders {});
        rl.onResponse(msgs(QStringLiteral("1")), 401, RateLimitHeaders {});
        QCOMPARE(rl.invalidRequestCount(), 2);
        clock.advance(10 * 60 * 1000);
        QCOMPARE(rl.invalidRequestCount(), 0);
    }

    void errorTree()
    {
        const QByteArray body = R"({"code":50035,"message":"Invalid Form Body","errors":{
            "embeds":{"0":{"title":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 256 or fewer in length."}]}}},
            "components":{"0":{"components":{"1":{"custom_id":{"_errors":[{"code":"X","message":"Duplicate."}]}}}}},
            "_errors":[{"code":"Y","message":"Whole request bad."}]}})";
        const Error err
            = errorFromResponse(400, body, QStringLiteral("POST /channels/{channel_id}/messages"));
        QCOMPARE(err.httpStatus, 400);
        QCOMPARE(err.discordCode, 50035);
        QCOMPARE(err.kind, Error::Kind::Http);
        QVERIFY(err.message.contains(QStringLiteral("Invalid Form Body")));
        QVERIFY(err.details.contains(QStringLiteral("embeds.0.title: Must be 256 or fewer in length.")));
        QVERIFY(err.details.contains(QStringLiteral("components.0.components.1.custom_id: Duplicate.")));
        QVERIFY(err.details.contains(QStringLiteral("Whole request bad.")));
        const QStringList lines = flattenErrorTree(
            QJsonDocument::fromJson(body).object().value(QLatin1StringView("errors")).toObject());
        QCOMPARE(lines.size(), 3);
    }

    void errorWithoutJson()
    {
        const Error err = errorFromResponse(502, "<html>Bad gateway</html>", {});
        QCOMPARE(err.httpStatus, 502);
        QCOMPARE(err.discordCode, 0);
        QVERIFY(err.message.contains(QStringLiteral("502")));
        const Error unauth = errorFromResponse(401, R"({"message":"401: Unauthorized","code":0})", {});
        QCOMPARE(unauth.kind, Error::Kind::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
