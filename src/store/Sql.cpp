#include "store/Sql.h"

namespace bw::store::sql {

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

bool isUniqueViolation(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == ConstraintUnique || code == ConstraintPrimaryKey
        || ((code & 0xff) == Constraint && error.databaseText().contains(QLatin1StringView("UNIQUE")));
}

bool isForeignKeyViolation(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == ConstraintForeignKey
        || ((code & 0xff) == Constraint && error.databaseText().contains(QLatin1StringView("FOREIGN KEY")));
}

bool isCheckViolation(const QSqlError &error)
{
    const int code = nativeCode(error);
    return code == ConstraintCheck
        || ((code & 0xff) == Constraint && error.databaseText().contains(QLatin1StringView("CHECK")));
}

Error toError(const QSqlError &error, const QString &what)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    const bool constraint = (nativeCode(error) & 0xff) == Constraint;
    Error result = Error::make(constraint ? Error::Kind::InvalidInput : Error::Kind::Io,
                               what + QStringLiteral(": ") + text);
    if (!error.driverText().isEmpty() && error.driverText() != text)
        result.details = error.driverText();
    return result;
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement, const QString &what)
{
    if (!db.isOpen()) {
        QString text = db.lastError().databaseText();
        if (text.isEmpty())
            text = QStringLiteral("the database connection is not open");
        return Error::make(Error::Kind::Io, what + QStringLiteral(": ") + text);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return toError(query.lastError(), what);
    return query;
}

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return toError(query.lastError(), what);
    return {};
}

Result<void> run(const QSqlDatabase &db, const QString &statement, const QString &what)
{
    auto query = prepare(db, statement, what);
    if (!query)
        return query.error();
    return exec(*query, what);
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QString &what)
{
    auto query = prepare(db, statement, what);
    if (!query)
        return query.error();
    if (auto done = exec(*query, what); !done)
        return done.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return toError(query->lastError(), what);
        return QVariant();
    }
    return query->value(0);
}

} // namespace bw::store::sql
