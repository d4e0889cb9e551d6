#include "sandbox/SandboxPersistence.h"

#include <QAtomicInt>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

namespace {
QAtomicInt g_counter;

bw::Error ioError(const QString &what, const QSqlError &e)
{
    return bw::Error::make(bw::Error::Kind::Io, what + u": "_s + e.text());
}
} // namespace

SandboxPersistence::SandboxPersistence(QString path)
    : m_path(std::move(path)), m_connection(u"botwright-sandbox-%1"_s.arg(g_counter.fetchAndAddRelaxed(1)))
{ }

SandboxPersistence::~SandboxPersistence()
{
    if (m_open) {
        QSqlDatabase::database(m_connection, false).close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bw::Result<void> SandboxPersistence::open()
{
    if (m_open)
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return ioError(u"Cannot open the sandbox state file %1"_s.arg(m_path), db.lastError());
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA busy_timeout=2000"_s))
        return ioError(u"Cannot configure the sandbox state file"_s, q.lastError());
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS sandbox_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                "saved_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"_s))
        return ioError(u"Cannot create the sandbox state table"_s, q.lastError());
    m_open = true;
    return {};
}

bw::Result<QJsonObject> SandboxPersistence::load()
{
    if (auto r = open(); !r.ok())
        return r.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT value FROM sandbox_state WHERE key = ?"_s);
    q.addBindValue(u"world"_s);
    if (!q.exec())
        return ioError(u"Cannot read the sandbox state"_s, q.lastError());
    if (!q.next())
        return QJsonObject();
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bw::Error::make(bw::Error::Kind::Io,
                               u"The sandbox state in %1 is damaged: %2"_s.arg(m_path, err.errorString()));
    return doc.object();
}

bw::Result<void> SandboxPersistence::save(const QJsonObject &world)
{
    if (auto r = open(); !r.ok())
        return r;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return ioError(u"Cannot save the sandbox state"_s, db.lastError());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO sandbox_state (key, value, saved_at) VALUES (?, ?, CURRENT_TIMESTAMP) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at"_s);
    q.addBindValue(u"world"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(world).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        db.rollback();
        return ioError(u"Cannot save the sandbox state"_s, e);
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return ioError(u"Cannot save the sandbox state"_s, e);
    }
    return {};
}

} // namespace bw::sandbox
