#pragma once
// Helpers for the store tests: open a Database on a real file, hash files, run raw SQL for fixtures.

#include "core/Clock.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bw::store::test {

/// Opens the file with Database::open and fails the test (returns nullptr) with the error on failure.
inline std::unique_ptr<Database> openDatabase(const QString &path, Clock *clock = nullptr,
                                              bool readOnly = false)
{
    Database::Options options;
    options.path = path;
    options.clock = clock;
    options.readOnly = readOnly;
    auto opened = Database::open(options);
    if (!opened) {
        qWarning().noquote() << "open failed:" << opened.error().toString();
        return nullptr;
    }
    return std::move(opened).value();
}

/// A fresh database file per test function ("<prefix>-<function>.db" in `dir`).
inline std::unique_ptr<Database> openPerTest(const QTemporaryDir &dir, const QString &prefix,
                                             Clock *clock = nullptr)
{
    return openDatabase(
        dir.filePath(
            QStringLiteral("%1-%2.db").arg(prefix, QString::fromLatin1(QTest::currentTestFunction()))),
        clock);
}

/// Saves a profile with only a name and returns its id (0 on failure).
inline qint64 addProfile(Database &db, const QString &name)
{
    Profile profile;
    profile.name = name;
    const auto saved = ProfileStore(db).save(profile);
    return saved ? saved->id : 0;
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/// A raw connection that bypasses Database, for building fixtures and inspecting files.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-") + QString::number(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Runs one statement; returns SQLite's error text, empty on success.
    QString exec(const QString &statement) const
    {
        QSqlQuery query(db());
        if (!query.exec(statement))
            return query.lastError().text();
        return {};
    }
    /// First column of the first row, or an invalid QVariant.
    QVariant value(const QString &statement) const
    {
        QSqlQuery query(db());
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }
    /// Runs a text SQL dump (statements end with ';' at the end of a line; '--' lines are comments).
    QString execScript(const QString &script) const
    {
        QString statement;
        const QStringList lines = script.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QLatin1StringView("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                if (QString error = exec(statement.trimmed()); !error.isEmpty())
                    return error + QStringLiteral(" in: ") + statement.trimmed();
                statement.clear();
            }
        }
        return {};
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

} // namespace bw::store::test
