#include "app/ExitCode.h"

namespace bw::app {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Unauthorized:
        return ExitAuth;
    case Error::Kind::NotFound:
        // Discord's 404s carry the HTTP status; our own "no such profile/view" does not.
        return error.httpStatus != 0 ? ExitNotFound : ExitConfig;
    case Error::Kind::Http:
    case Error::Kind::RateLimited:
        return error.httpStatus == 401 ? ExitAuth : error.httpStatus == 404 ? ExitNotFound : ExitRest;
    case Error::Kind::Network:
        return ExitUnreachable;
    case Error::Kind::Timeout:
        return ExitTimeout;
    case Error::Kind::InvalidInput:
    case Error::Kind::Unavailable:
        return ExitConfig;
    case Error::Kind::Cancelled:
        return ExitInterrupted;
    case Error::Kind::Generic:
    case Error::Kind::Io:
        break;
    }
    return ExitFailure;
}

} // namespace bw::app
