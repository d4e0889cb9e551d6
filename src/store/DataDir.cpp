#include "store/DataDir.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bw::store {

Result<QString> DataDir::resolve(const QString &argument)
{
    QString chosen = argument.trimmed();
    QString source = QStringLiteral("--data-dir");
    if (chosen.isEmpty()) {
        chosen = qEnvironmentVariable(environmentVariable().toLocal8Bit().constData()).trimmed();
        source = environmentVariable();
    }
    if (chosen.isEmpty()) {
        chosen = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        source = QStringLiteral("the standard application data location");
    }
    if (chosen.isEmpty()) {
        return Error::make(Error::Kind::Io,
                           QStringLiteral("No data directory: this system has no application data location; "
                                          "pass --data-dir or set %1.")
                               .arg(environmentVariable()));
    }

    const QString path = QDir::cleanPath(QFileInfo(chosen).absoluteFilePath());
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        return Error::make(
            Error::Kind::Io,
            QStringLiteral("The data directory %1 (from %2) is a file, not a directory.").arg(path, source));
    }
    if (!QDir().mkpath(path)) {
        return Error::make(
            Error::Kind::Io,
            QStringLiteral("Could not create the data directory %1 (from %2).").arg(path, source));
    }
    qCDebug(lcStore) << "data directory" << path << "from" << source;
    return path;
}

QString DataDir::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("botwright.db"));
}

} // namespace bw::store
