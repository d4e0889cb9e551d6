#pragma once
// ExitCode: the exit codes of `botwright` outside the GUI (documented in docs/headless.md), and the
// mapping from a bw::Error to one of them.

#include "core/Result.h"

namespace bw::app {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // anything not listed below (disk, database, internal error)
    ExitUsage = 2, // bad command line
    ExitConfig = 3, // unknown profile or view, no token, invalid view file, refused save
    ExitAuth = 4, // the token was refused (HTTP 401, gateway close 4004)
    ExitNotFound = 5, // Discord answered 404 (unknown channel 10003, unknown message 10008, ...)
    ExitRest = 6, // any other Discord error answer (403, 400, 429 not waited out, 5xx)
    ExitUnreachable = 7, // the API base or gateway could not be reached (refused, DNS, TLS, dropped)
    ExitTimeout = 8, // the overall --timeout expired
    ExitGateway = 9, // the gateway refused the session for another reason (intents 4013/4014, shards 4010)
    ExitInterrupted = 130, // SIGINT or SIGTERM during a one-shot run
};

/// The exit code for an error.
ExitCode exitCodeFor(const Error &error);

} // namespace bw::app
