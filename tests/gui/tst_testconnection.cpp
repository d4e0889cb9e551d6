// "Test connection" in the profile dialog asks the real server (the embedded sandbox) who the bot is.
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "gui/ProfileDialog.h"
#include "sandbox/SandboxHost.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace bw;

class TestTestConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::openInDirectory(m_dir.path());
        QVERIFY(db.ok());
        m_db = std::move(db.value());
    }

    void cleanup() { m_db.reset(); }

    void disabledWithoutATester()
    {
        SecretStore secrets;
        secrets.setMemoryFallback(true);
        gui::ProfileDialog dialog(*m_db, secrets);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
    }

    void namesTheBotOrShowsTheExactError()
    {
        Bot bot;
        auto host = bot.ensureSandbox();
        QVERIFY(host.ok());
        SecretStore secrets;
        secrets.setMemoryFallback(true);

        store::Profile profile;
        profile.name = QStringLiteral("custom");
        profile.target = store::Profile::Target::Custom;
        profile.apiBase = host.value()->apiBase().toString();
        QVERIFY(store::ProfileStore(*m_db).save(profile).ok());

        gui::ProfileDialog dialog(*m_db, secrets);
        dialog.setConnectionTester([&bot](store::Profile p, QString t) { return bot.testConnection(p, t); });
        dialog.reload(QStringLiteral("custom"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(button && token && status);
        QVERIFY(button->isEnabled());

        token->setText(host.value()->botToken());
        QVERIFY(QCoro::waitFor(dialog.testConnection()));
        QVERIFY2(status->text().contains(QStringLiteral("Connected")), qPrintable(status->text()));

        token->setText(QStringLiteral("wrong-token"));
        QVERIFY(!QCoro::waitFor(dialog.testConnection()));
        QVERIFY2(status->text().contains(QStringLiteral("401"))
                     || status->text().contains(QStringLiteral("nauthorized")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral("wrong-token")));
    }
};

QTEST_MAIN(TestTestConnection)
#include "tst_testconnection.moc"
