#pragma once
// SandboxPersistence: keeps the sandbox world (guilds, users, messages, commands) in the sandbox's own
// SQLite file so that it survives an app restart.

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace bw::sandbox {

class SandboxPersistence
{
public:
    explicit SandboxPersistence(QString path);
    ~SandboxPersistence();
    SandboxPersistence(const SandboxPersistence &) = delete;
    SandboxPersistence &operator=(const SandboxPersistence &) = delete;

    /// The stored world, or an empty object when the file holds none yet.
    bw::Result<QJsonObject> load();
    bw::Result<void> save(const QJsonObject &world);

private:
    bw::Result<void> open();
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace bw::sandbox
