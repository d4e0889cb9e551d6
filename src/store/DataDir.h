#pragma once
// DataDir: finds and creates the directory that holds Botwright's database and other files:
// a --data-dir argument, else BOTWRIGHT_DATA_DIR, else the platform's application data location.

#include "core/Result.h"

#include <QString>

namespace bw::store {

class DataDir
{
public:
    /// The environment variable that overrides the default location.
    static QString environmentVariable() { return QStringLiteral("BOTWRIGHT_DATA_DIR"); }

    /// Resolves the data directory (argument > environment > QStandardPaths::AppDataLocation),
    /// creates it when missing and returns its absolute, cleaned path.
    static Result<QString> resolve(const QString &argument = {});

    /// The default database file inside a data directory.
    static QString databasePath(const QString &dataDir);
};

} // namespace bw::store
