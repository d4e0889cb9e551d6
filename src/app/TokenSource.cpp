#include "app/TokenSource.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bw::app {

Result<QString> TokenSource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("TokenSource", "cannot read the token file %1: %2")
                               .arg(path, file.errorString()));
    }
    const QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.permissions() & loose)
        qCWarning(lcSecrets) << "the token file" << path << "is readable by other users (chmod 600 it)";
    const QString token = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (token.isEmpty()) {
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("TokenSource", "the token file %1 is empty").arg(path));
    }
    return token;
}

Result<QString> TokenSource::find(const QString &tokenFile, QString *origin)
{
    if (!tokenFile.isEmpty()) {
        if (origin)
            *origin = QStringLiteral("token file ") + QFileInfo(tokenFile).absoluteFilePath();
        return readFile(tokenFile);
    }
    const QByteArray variable = environmentVariable().toLatin1();
    if (qEnvironmentVariableIsSet(variable.constData())) {
        const QString token = qEnvironmentVariable(variable.constData()).trimmed();
        qunsetenv(variable.constData()); // children (none today) must not inherit it
        if (token.isEmpty()) {
            return Error::make(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("TokenSource", "%1 is set but empty").arg(environmentVariable()));
        }
        if (origin)
            *origin = QStringLiteral("$") + environmentVariable();
        return token;
    }
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!credentials.isEmpty()) {
        const QString path = QDir(credentials).filePath(credentialName());
        if (QFileInfo::exists(path)) {
            if (origin)
                *origin = QStringLiteral("systemd credential ") + credentialName();
            return readFile(path);
        }
    }
    if (origin)
        *origin = QStringLiteral("keychain");
    return QString();
}

} // namespace bw::app
