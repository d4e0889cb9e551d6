#include "discord/CloseCodes.h"

using namespace Qt::StringLiterals;

namespace bw::discord {

CloseClassification classifyClose(int code)
{
    switch (code) {
    case 4000:
        return {CloseAction::Resume, u"Unknown gateway error (4000); resuming"_s};
    case 4001:
        return {CloseAction::Resume, u"The gateway did not understand a payload (4001); resuming"_s};
    case 4002:
        return {CloseAction::Resume, u"The gateway could not decode a payload (4002); resuming"_s};
    case 4003:
        return {CloseAction::NewSession, u"Sent a payload before identifying (4003); identifying anew"_s};
    case 4004:
        return {CloseAction::Fatal,
                u"Authentication failed: the bot token is invalid or was reset. Copy a new token from the "
                u"Discord developer portal (Bot → Reset Token) into the profile"_s};
    case 4005:
        return {CloseAction::NewSession, u"Identified twice (4005); identifying anew"_s};
    case 4007:
        return {CloseAction::NewSession, u"Invalid sequence number on resume (4007); identifying anew"_s};
    case 4008:
        return {CloseAction::NewSession,
                u"Gateway rate limit hit: too many payloads sent (4008); identifying anew after a pause"_s};
    case 4009:
        return {CloseAction::NewSession, u"Session timed out (4009); identifying anew"_s};
    case 4010:
        return {CloseAction::Fatal,
                u"Invalid shard: the shard id must be lower than the shard count, check the profile's shard "
                u"settings"_s};
    case 4011:
        return {CloseAction::Fatal,
                u"Sharding required: the bot is in too many guilds for one connection; set a higher shard "
                u"count (or automatic) in the profile"_s};
    case 4012:
        return {CloseAction::Fatal,
                u"Invalid API version: the gateway does not accept v=10; check the gateway URL of the "
                u"profile"_s};
    case 4013:
        return {CloseAction::Fatal,
                u"Invalid intents: the intents value contains undefined bits; pick intents from the list in "
                u"the profile"_s};
    case 4014:
        return {CloseAction::Fatal,
                u"Privileged intent not enabled: turn on the intents you requested in the Discord developer "
                u"portal (Bot → Privileged Gateway Intents), or remove them from the profile"_s};
    case 1000:
    case 1001:
        return {CloseAction::NewSession,
                u"The gateway closed the session (%1); identifying anew"_s.arg(code)};
    default:
        break;
    }
    if (code == 0 || code == 1006)
        return {CloseAction::Resume, u"Connection lost; resuming"_s};
    return {CloseAction::Resume, u"Connection closed with code %1; resuming"_s.arg(code)};
}

} // namespace bw::discord
