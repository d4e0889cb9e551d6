#pragma once
// LogOutput: where headless and one-shot runs send Qt's log lines: one line each with time, category and
// level, on stdout (headless), stderr (one-shot --verbose) or nowhere; known secrets are redacted.

#include <QString>

#include <cstdio>

namespace bw::app {

class LogOutput
{
public:
    /// Installs the message handler and pattern; `stream` nullptr discards every line.
    static void install(std::FILE *stream);
    /// A secret to redact from every line in addition to what Redact.h recognises (e.g. the token).
    static void addSecret(const QString &secret);
};

} // namespace bw::app
