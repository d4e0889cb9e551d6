#pragma once
// Gateway close codes: what the client does after each (resume, start a new session, or stop) and the
// user-readable message for the ones that must not be retried.

#include <QString>

namespace bw::discord {

enum class CloseAction : quint8 {
    Resume, // reconnect to resume_gateway_url and RESUME
    NewSession, // reconnect to the gateway URL and IDENTIFY anew
    Fatal, // stop; retrying cannot help
};

struct CloseClassification
{
    CloseAction action = CloseAction::Resume;
    QString message; // readable explanation, never empty
};

/// Classifies a close received from the server (or a dropped connection: pass 0 or 1006).
CloseClassification classifyClose(int code);

/// Close code we send when we drop a connection that we intend to resume (zombie, op 7, decode error).
inline constexpr int kCloseResumable = 4200;
/// Close code for a deliberate stop; it ends the session.
inline constexpr int kCloseNormal = 1000;

} // namespace bw::discord
