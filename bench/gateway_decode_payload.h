#pragma once
// The ~1 KB MESSAGE_CREATE used by the gateway decode benchmarks.

#include <QByteArray>
#include <QString>

// A realistic guild MESSAGE_CREATE as Discord sends it (author, member, a mention, a row of buttons), about
// 1 KB, with varying ids and text so that zlib-stream compresses it as it does real traffic.
inline QByteArray messageCreateData(int seq)
{
    static const char *const words[]
        = {"deploy", "build",   "staging", "tests",  "passed",  "failed",  "queue",
           "ticket", "review",  "merge",   "branch", "release", "hotfix",  "ping",
           "server", "latency", "shard",   "button", "modal",   "counter", "again"};
    quint32 rng = 2166136261u ^ quint32(seq) * 16777619u;
    QByteArray content = "Hey <@1100000000000000001>,";
    for (int i = 0; i < 18; ++i) {
        rng = rng * 1103515245u + 12345u;
        content += ' ';
        content += words[(rng >> 16) % (sizeof(words) / sizeof(words[0]))];
        if ((rng >> 8) % 5 == 0)
            content += ' ' + QByteArray::number((rng >> 4) % 10000);
    }
    rng = rng * 1103515245u + 12345u;
    const QByteArray id = QByteArray::number(1300000000000000000LL + qint64(seq) * 4194304LL + (rng % 4096));
    const QByteArray author = QByteArray::number(1100000000000000000LL + (rng >> 12) % 5000);
    return R"({"type":0,"tts":false,)"
           R"("timestamp":"2026-11-23T11:)"
        + QByteArray::number(10 + seq % 50)
        + R"(:25.123000+00:00","pinned":false,)"
          R"("mentions":[{"username":"alice","public_flags":0,"id":"1100000000000000001","global_name":"Alice",)"
          R"("discriminator":"0","avatar":null}],"mention_roles":[],"mention_everyone":false,)"
          R"("member":{"roles":["1200000000000000002"],"premium_since":null,"pending":false,"nick":null,"mute":false,)"
          R"("joined_at":"2025-01-02T03:04:05.000000+00:00","flags":0,"deaf":false},"id":")"
        + id
        + R"(","flags":0,)"
          R"("embeds":[],"edited_timestamp":null,"content":")"
        + content
        + R"(",)"
          R"("components":[{"type":1,"id":1,"components":[{"type":2,"style":1,"label":"Approve","custom_id":"deploy:approve",)"
          R"("id":2},{"type":2,"style":4,"label":"Reject","custom_id":"deploy:reject","id":3}]}],)"
          R"("channel_type":0,"channel_id":"1200000000000000010","author":{"username":"user)"
        + author.right(4) + R"(","public_flags":0,"id":")" + author
        + R"(","global_name":null,"discriminator":"0","avatar":null},)"
          R"("attachments":[],"guild_id":"1200000000000000002"})";
}

/// The whole gateway payload {t, s, op, d} for a MESSAGE_CREATE with sequence number seq.
inline QByteArray messageCreate(int seq)
{
    return R"({"t":"MESSAGE_CREATE","s":)" + QByteArray::number(seq) + R"(,"op":0,"d":)"
        + messageCreateData(seq) + '}';
}
