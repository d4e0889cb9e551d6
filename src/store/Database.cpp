#include "store/Database.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace bw::store {

// State shared with the thread-exit hooks, which may outlive the Database.
struct Database::Shared
{
    QMutex mutex;
    QString prefix; // unique per Database: "botwright-store-<n>"
    QString path;
    QString connectOptions;
    int busyTimeoutMs = 5000;
    QHash<quint64, QString> connections; // thread serial -> connection name
    QHash<quint64, QMetaObject::Connection> exitHooks; // thread serial -> QThread::finished hook
};

namespace {

std::atomic<quint64> g_nextDatabase {1};
std::atomic<quint64> g_nextThread {1};

// A number unique to the calling thread for the life of the process (addresses of QThreads are reused).
quint64 threadSerial()
{
    thread_local const quint64 serial = g_nextThread.fetch_add(1);
    return serial;
}

// Transaction nesting per connection name, only ever touched by the connection's own thread.
thread_local QHash<QString, int> t_depth;

QString connectionNameFor(const QString &prefix, quint64 thread)
{
    return prefix + QStringLiteral("-t") + QString::number(thread);
}

// Per-connection settings (journal_mode is a property of the file and is set once at open).
Result<void> configure(const QSqlDatabase &db, int busyTimeoutMs)
{
    const QString what = QStringLiteral("Could not configure the database connection");
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)}) {
        if (auto done = sql::scalar(db, pragma, what); !done)
            return done.error();
    }
    return {};
}

Result<void> openConnection(QSqlDatabase &db, const QString &path, const QString &options)
{
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (!db.open()) {
        QString text = db.lastError().databaseText();
        if (text.isEmpty())
            text = db.lastError().text();
        return Error::make(Error::Kind::Io, QStringLiteral("Could not open %1: %2").arg(path, text));
    }
    return {};
}

// Checks the version before anything writes, then switches to WAL and migrates.
Result<void> prepareFile(const QSqlDatabase &db, const QString &fileName, bool readOnly, int busyTimeoutMs)
{
    auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"),
                               QStringLiteral("Could not read %1").arg(fileName));
    if (!version)
        return version.error();
    const int current = version->toInt();
    const int latest = Migrations::latestVersion();
    if (current > latest) {
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("%1 was written by a newer Botwright (schema %2; this version knows up to "
                           "%3). It was left untouched.")
                .arg(fileName)
                .arg(current)
                .arg(latest));
    }
    if (readOnly) {
        if (current < latest) {
            return Error::make(
                Error::Kind::Io,
                QStringLiteral("%1 is opened read-only but uses the older schema %2 (this version "
                               "needs %3); open it writable once to upgrade it.")
                    .arg(fileName)
                    .arg(current)
                    .arg(latest));
        }
        return configure(db, busyTimeoutMs);
    }

    auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"),
                            QStringLiteral("Could not switch %1 to write-ahead logging").arg(fileName));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore).noquote() << fileName << "stays in journal mode" << mode->toString()
                                     << "(WAL refused)";

    if (auto done = configure(db, busyTimeoutMs); !done)
        return done.error();
    return Migrations::migrate(db, current, fileName);
}

} // namespace

void Database::removeWhenThreadEnds(const std::shared_ptr<Shared> &shared, quint64 thread,
                                    const QString &name)
{
    QThread *current = QThread::currentThread();
    if (!current)
        return;
    std::weak_ptr<Shared> weak = shared;
    // finished is emitted by the ending thread itself, so the connection is removed on its own thread.
    const QMetaObject::Connection hook = QObject::connect(
        current, &QThread::finished, current,
        [weak, thread, name] {
            if (auto alive = weak.lock()) {
                QMutexLocker lock(&alive->mutex);
                alive->connections.remove(thread);
                alive->exitHooks.remove(thread);
            }
            t_depth.remove(name);
            QSqlDatabase::removeDatabase(name);
        },
        Qt::DirectConnection);
    QMutexLocker lock(&shared->mutex);
    shared->exitHooks.insert(thread, hook);
}

Database::Database(QString path, bool readOnly, Clock *clock, std::shared_ptr<Shared> shared)
    : m_path(std::move(path)),
      m_readOnly(readOnly),
      m_clock(clock ? clock : Clock::system()),
      m_shared(std::move(shared))
{ }

Result<std::unique_ptr<Database>> Database::open(Options options)
{
    if (options.path.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("No database file was given."));
    const QFileInfo info(options.path);
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    const QString fileName = info.fileName();

    if (options.readOnly) {
        if (!info.exists())
            return Error::make(Error::Kind::Io,
                               QStringLiteral("Could not open %1: the file does not exist.").arg(path));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::make(
            Error::Kind::Io,
            QStringLiteral("Could not create the directory %1 for %2.").arg(info.absolutePath(), fileName));
    }

    auto shared = std::make_shared<Shared>();
    shared->prefix = QStringLiteral("botwright-store-") + QString::number(g_nextDatabase.fetch_add(1));
    shared->path = path;
    shared->busyTimeoutMs = options.busyTimeoutMs;
    shared->connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        shared->connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");

    const quint64 thread = threadSerial();
    const QString name = connectionNameFor(shared->prefix, thread);
    Result<void> ready;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ready = openConnection(db, path, shared->connectOptions);
        if (ready)
            ready = prepareFile(db, fileName, options.readOnly, options.busyTimeoutMs);
        if (!ready)
            db.close();
    }
    if (!ready) {
        QSqlDatabase::removeDatabase(name);
        qCWarning(lcStore).noquote() << ready.error().toString();
        return ready.error();
    }

    std::unique_ptr<Database> database(new Database(path, options.readOnly, options.clock, shared));
    shared->connections.insert(thread, name);
    removeWhenThreadEnds(shared, thread, name);
    qCDebug(lcStore).noquote() << "opened" << path << (options.readOnly ? "read-only" : "");
    return database;
}

Result<std::unique_ptr<Database>> Database::openInDirectory(const QString &dataDir, Clock *clock)
{
    Options options;
    options.path = QDir(dataDir).filePath(defaultFileName());
    options.clock = clock;
    return open(std::move(options));
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_shared->mutex);
        names = m_shared->connections.values();
        m_shared->connections.clear();
        // Threads that outlive this Database must not keep a hook for it.
        for (const QMetaObject::Connection &hook : std::as_const(m_shared->exitHooks))
            QObject::disconnect(hook);
        m_shared->exitHooks.clear();
    }
    for (const QString &name : std::as_const(names)) {
        t_depth.remove(name);
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::connectionName() const
{
    return connectionNameFor(m_shared->prefix, threadSerial());
}

QString Database::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QSqlDatabase Database::connection() const
{
    const quint64 thread = threadSerial();
    const QString name = connectionNameFor(m_shared->prefix, thread);
    bool known = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        known = m_shared->connections.contains(thread);
        if (!known)
            m_shared->connections.insert(thread, name);
    }
    if (known) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        // A previous attempt failed: try again, the cause may be gone.
        Result<void> reopened = openConnection(db, m_shared->path, m_shared->connectOptions);
        if (reopened)
            reopened = configure(db, m_shared->busyTimeoutMs);
        if (!reopened)
            qCWarning(lcStore).noquote() << reopened.error().toString();
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (auto opened = openConnection(db, m_shared->path, m_shared->connectOptions); !opened) {
        qCWarning(lcStore).noquote() << opened.error().toString();
    } else if (auto configured = configure(db, m_shared->busyTimeoutMs); !configured) {
        qCWarning(lcStore).noquote() << configured.error().toString();
    }
    removeWhenThreadEnds(m_shared, thread, name);
    qCDebug(lcStore).noquote() << "new connection" << name << "for" << fileName();
    return db;
}

Result<int> Database::schemaVersion() const
{
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"),
                               QStringLiteral("Could not read the schema version of %1").arg(fileName()));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> Database::checkIntegrity() const
{
    const QString what = QStringLiteral("Could not check %1").arg(fileName());
    auto query = sql::prepare(connection(), QStringLiteral("PRAGMA integrity_check"), what);
    if (!query)
        return query.error();
    if (auto done = sql::exec(*query, what); !done)
        return done;
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems << line;
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError(), what);
    if (problems.isEmpty())
        return {};
    Error error = Error::make(Error::Kind::Io, QStringLiteral("%1 is damaged").arg(fileName()));
    error.details = problems.join(QStringLiteral("; ")).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return error;
}

Result<void> Database::begin() const
{
    const QSqlDatabase db = connection();
    const QString name = connectionName();
    const int depth = t_depth.value(name);
    const QString statement
        = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT bw_%1").arg(depth);
    if (auto done
        = sql::run(db, statement, QStringLiteral("Could not start a transaction on %1").arg(fileName()));
        !done)
        return done;
    t_depth.insert(name, depth + 1);
    return {};
}

Result<void> Database::commit() const
{
    const QSqlDatabase db = connection();
    const QString name = connectionName();
    const int depth = t_depth.value(name);
    if (depth <= 0)
        return Error::make(Error::Kind::Generic, QStringLiteral("commit without a transaction"));
    const QString statement
        = depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE bw_%1").arg(depth - 1);
    if (auto done
        = sql::run(db, statement, QStringLiteral("Could not save the changes to %1").arg(fileName()));
        !done) {
        rollback();
        return done;
    }
    if (depth == 1)
        t_depth.remove(name);
    else
        t_depth.insert(name, depth - 1);
    return {};
}

void Database::rollback() const
{
    const QSqlDatabase db = connection();
    const QString name = connectionName();
    const int depth = t_depth.value(name);
    if (depth <= 0)
        return;
    const QString what = QStringLiteral("Could not roll back");
    Result<void> done;
    if (depth == 1) {
        done = sql::run(db, QStringLiteral("ROLLBACK"), what);
    } else {
        done = sql::run(db, QStringLiteral("ROLLBACK TO bw_%1").arg(depth - 1), what);
        if (done)
            done = sql::run(db, QStringLiteral("RELEASE bw_%1").arg(depth - 1), what);
    }
    // SQLite rolls back by itself after some errors (disk full, I/O); then there is nothing left to undo.
    if (!done)
        qCDebug(lcStore).noquote() << done.error().toString();
    if (depth == 1)
        t_depth.remove(name);
    else
        t_depth.insert(name, depth - 1);
}

} // namespace bw::store
