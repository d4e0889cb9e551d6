#pragma once
// Database: one SQLite file (WAL, foreign keys, busy timeout), migrated to the latest schema at open,
// with one named Qt Sql connection per thread and a helper that runs work inside a transaction.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <type_traits>
#include <utility>

namespace bw {
class Clock;
}

namespace bw::store {

class Database
{
public:
    struct Options
    {
        QString path; // the SQLite file; created (with its directory) unless readOnly
        bool readOnly = false; // SQLITE_OPEN_READONLY: nothing is migrated and every write fails
        int busyTimeoutMs = 5000; // how long a writer waits for another connection's lock
        Clock *clock = nullptr; // time for created/updated stamps; nullptr = Clock::system()
    };

    /// "botwright.db", the file name inside a data directory.
    static QString defaultFileName() { return QStringLiteral("botwright.db"); }

    /// Opens (or creates) the file and migrates it. A file written by a newer Botwright is refused and
    /// left byte-for-byte untouched; SQLite failures come back as Error::Kind::Io with SQLite's text.
    static Result<std::unique_ptr<Database>> open(Options options);
    /// Opens defaultFileName() inside a data directory (see DataDir).
    static Result<std::unique_ptr<Database>> openInDirectory(const QString &dataDir, Clock *clock = nullptr);

    /// Closes every connection of every thread. Destroy it after other threads stopped using it.
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// The calling thread's connection, opened (cloned from the first one) on first use and removed
    /// when the thread finishes or the Database is destroyed. Never share it with another thread.
    QSqlDatabase connection() const;
    /// The calling thread's connection name (unique per Database and thread).
    QString connectionName() const;

    QString path() const { return m_path; }
    QString fileName() const;
    bool isReadOnly() const { return m_readOnly; }
    Clock &clock() const { return *m_clock; }
    /// PRAGMA user_version as stored now.
    Result<int> schemaVersion() const;
    /// PRAGMA integrity_check: ok, or an Io error carrying SQLite's report.
    Result<void> checkIntegrity() const;

    /// Runs `work` (returning Result<T>) in a transaction on the calling thread's connection: commits when
    /// it succeeds, rolls back when it returns an Error (or when the commit fails). Nested calls on the
    /// same thread become savepoints, so an inner failure undoes only the inner work.
    template<typename Work> auto transaction(Work &&work) const -> std::invoke_result_t<Work>
    {
        using R = std::invoke_result_t<Work>;
        if (Result<void> begun = begin(); !begun)
            return R(begun.error());
        R result = std::forward<Work>(work)();
        if (!result) {
            rollback();
            return result;
        }
        if (Result<void> committed = commit(); !committed)
            return R(committed.error());
        return result;
    }

private:
    struct Shared;
    Database(QString path, bool readOnly, Clock *clock, std::shared_ptr<Shared> shared);
    static void removeWhenThreadEnds(const std::shared_ptr<Shared> &shared, quint64 thread,
                                     const QString &name);

    Result<void> begin() const;
    Result<void> commit() const;
    void rollback() const;

    QString m_path;
    bool m_readOnly = false;
    Clock *m_clock = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace bw::store
