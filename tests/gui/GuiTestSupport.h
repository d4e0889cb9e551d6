#pragma once
// GuiTestSupport: what every GUI test needs: QSettings in a private temporary directory, so tests never
// read or write the user's own settings, and a real SQLite database file.

#include "store/Database.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bw::test {

class GuiTestEnvironment
{
public:
    GuiTestEnvironment()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BotwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("botwright-gui-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/config"));
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

    /// Forgets every setting (between test functions).
    void clearSettings()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    /// Opens a fresh database file in the temporary directory.
    std::unique_ptr<store::Database> openDatabase(const QString &name = QStringLiteral("botwright.db"))
    {
        store::Database::Options options;
        options.path = m_dir.path() + u'/' + name;
        auto db = store::Database::open(options);
        if (!db) {
            qWarning() << "could not open the test database:" << db.error().toString();
            return nullptr;
        }
        return std::move(db).value();
    }

private:
    QTemporaryDir m_dir;
};

} // namespace bw::test
