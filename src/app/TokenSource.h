#pragma once
// TokenSource: where a headless or one-shot run finds the bot token without a keychain: --token-file,
// $BOTWRIGHT_TOKEN, or the systemd credential botwright-token. Never a command-line argument.

#include "core/Result.h"

#include <QString>

namespace bw::app {

class TokenSource
{
public:
    /// The environment variable that carries a token.
    static QString environmentVariable() { return QStringLiteral("BOTWRIGHT_TOKEN"); }
    /// The name of the systemd credential (LoadCredential=botwright-token:/path).
    static QString credentialName() { return QStringLiteral("botwright-token"); }

    /// Finds a token: the file given (an error when it cannot be read or is empty), else the
    /// environment variable (which is then removed from this process's environment so that no child
    /// inherits it), else $CREDENTIALS_DIRECTORY/botwright-token. An empty string means none of them
    /// is set: the keychain is the last resort. `origin` receives a description for the log (never the
    /// token).
    static Result<QString> find(const QString &tokenFile, QString *origin = nullptr);

    /// Reads a token file: the first line, whitespace trimmed.
    static Result<QString> readFile(const QString &path);
};

} // namespace bw::app
