#pragma once
// Sql: small helpers shared by the stores: prepare and run statements, and turn QSqlError into bw::Error.

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <type_traits>

namespace bw::store::sql {

/// SQLite's primary result codes we react to (the low byte of an extended code).
enum Code : int {
    Constraint = 19,
    ConstraintUnique = 2067, // SQLITE_CONSTRAINT_UNIQUE
    ConstraintPrimaryKey = 1555, // SQLITE_CONSTRAINT_PRIMARYKEY
    ConstraintForeignKey = 787, // SQLITE_CONSTRAINT_FOREIGNKEY
    ConstraintCheck = 275, // SQLITE_CONSTRAINT_CHECK
};

/// SQLite's extended result code of an error, 0 when unknown.
int nativeCode(const QSqlError &error);
bool isUniqueViolation(const QSqlError &error);
bool isForeignKeyViolation(const QSqlError &error);
bool isCheckViolation(const QSqlError &error);

/// "<what>: <SQLite's text>"; Kind::InvalidInput for constraint violations, Kind::Io otherwise.
Error toError(const QSqlError &error, const QString &what);

/// Prepares a statement on a connection (forward-only).
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement, const QString &what);

/// Executes an already prepared and bound statement.
Result<void> exec(QSqlQuery &query, const QString &what);

/// Runs one statement without bound values (DDL, PRAGMA, BEGIN/COMMIT).
Result<void> run(const QSqlDatabase &db, const QString &statement, const QString &what);

/// Runs a statement that yields one value (PRAGMA user_version, COUNT(*)).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QString &what);

/// Qt binds a null QString as SQL NULL; NOT NULL text columns want an empty string instead.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1StringView("")) : text;
}

/// Time columns hold milliseconds since the Unix epoch, UTC.
inline qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
inline QVariant optionalMs(const std::optional<QDateTime> &time)
{
    return time ? QVariant(time->toMSecsSinceEpoch()) : QVariant() /* binds NULL */;
}
inline std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromMs(value.toLongLong());
}

/// Runs a SELECT with positional values and turns every row into a record with `fromRow`.
template<typename FromRow>
auto selectAll(const QSqlDatabase &db, const QString &statement, const QVariantList &values, FromRow fromRow,
               const QString &what) -> Result<QList<std::invoke_result_t<FromRow, const QSqlQuery &>>>
{
    using Record = std::invoke_result_t<FromRow, const QSqlQuery &>;
    auto query = prepare(db, statement, what);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = exec(*query, what); !done)
        return done.error();
    QList<Record> records;
    while (query->next())
        records.append(fromRow(*query));
    if (query->lastError().isValid())
        return toError(query->lastError(), what);
    return records;
}

/// The first record of a query's result, or NotFound with `notFound` when there is none.
template<typename Record> Result<Record> firstOf(Result<QList<Record>> records, const QString &notFound)
{
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::make(Error::Kind::NotFound, notFound);
    return records->first();
}

} // namespace bw::store::sql
