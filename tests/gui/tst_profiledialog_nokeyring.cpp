// The profile dialog with no secret service at all (the D-Bus session address points nowhere): it says
// so plainly, and keeps a token in memory for this run only when the user agrees; never on disk.
#include "GuiTestSupport.h"
#include "bot/SecretStore.h"
#include "gui/ProfileDialog.h"
#include "store/ProfileStore.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::gui::ProfileDialog;
using bw::store::Profile;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kToken = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.Gh7x_Q.memory-only-token-0003"_s;
} // namespace

class TestProfileDialogNoKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bannerSaysSo();
    void declinedMemoryKeepsProfileWithoutToken();
    void acceptedMemoryKeepsTokenForThisRun();

private:
    void fillNewProfile(ProfileDialog &dialog, const QString &name);
    bool save(ProfileDialog &dialog, bool *ok, QString *message);
    bool dataDirContains(const QString &needle) const;

    bw::test::GuiTestEnvironment m_env;
    std::unique_ptr<bw::store::Database> m_db;
};

void TestProfileDialogNoKeyring::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_db = m_env.openDatabase();
    QVERIFY(m_db);
}

void TestProfileDialogNoKeyring::fillNewProfile(ProfileDialog &dialog, const QString &name)
{
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"newButton"_s), Qt::LeftButton);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), name);
    auto *target = dialog.findChild<QComboBox *>(u"targetCombo"_s);
    target->setCurrentIndex(target->findData(int(Profile::Target::Discord)));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), kToken);
}

bool TestProfileDialogNoKeyring::save(ProfileDialog &dialog, bool *ok, QString *message)
{
    QSignalSpy finished(&dialog, &ProfileDialog::operationFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(kTimeoutMs))
        return false;
    *ok = finished.first().at(0).toBool();
    *message = finished.first().at(1).toString();
    return true;
}

bool TestProfileDialogNoKeyring::dataDirContains(const QString &needle) const
{
    const QByteArray bytes = needle.toUtf8();
    for (QDirIterator it(m_env.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            return true;
    }
    return false;
}

void TestProfileDialogNoKeyring::bannerSaysSo()
{
    bw::SecretStore secrets;
    ProfileDialog dialog(*m_db, secrets);
    QSignalSpy checked(&dialog, &ProfileDialog::secretServiceChecked);
    dialog.show();
    QVERIFY(checked.wait(kTimeoutMs));
    QCOMPARE(checked.first().at(0).toBool(), false);
    auto *banner = dialog.findChild<QWidget *>(u"secretBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"secretBannerLabel"_s)->text().contains(u"No secret service"_s));

    // The banner's button turns the memory fallback on.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"keepInMemoryButton"_s), Qt::LeftButton);
    QVERIFY(secrets.memoryFallback());
    QVERIFY(!banner->isVisible());
}

void TestProfileDialogNoKeyring::declinedMemoryKeepsProfileWithoutToken()
{
    bw::SecretStore secrets;
    ProfileDialog dialog(*m_db, secrets);
    QList<ProfileDialog::Question> questions;
    dialog.setAsker([&questions](ProfileDialog::Question question, QString) -> QCoro::Task<bool> {
        questions.append(question);
        co_return false;
    });
    dialog.show();
    fillNewProfile(dialog, u"Declined"_s);
    bool ok = true;
    QString message;
    QVERIFY(save(dialog, &ok, &message));
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"token was not stored"_s), qPrintable(message));
    QCOMPARE(questions, QList<ProfileDialog::Question> {ProfileDialog::Question::KeepTokenInMemory});
    QVERIFY(!secrets.memoryFallback());
    // The profile itself is saved; the token went nowhere.
    QVERIFY(bw::store::ProfileStore(*m_db).byName(u"Declined"_s));
    QVERIFY(!dataDirContains(kToken));
}

void TestProfileDialogNoKeyring::acceptedMemoryKeepsTokenForThisRun()
{
    bw::SecretStore secrets;
    ProfileDialog dialog(*m_db, secrets);
    dialog.setAsker([](ProfileDialog::Question, QString) -> QCoro::Task<bool> { co_return true; });
    dialog.show();
    fillNewProfile(dialog, u"In Memory"_s);
    bool ok = false;
    QString message;
    QVERIFY(save(dialog, &ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QVERIFY(secrets.memoryFallback());
    const auto token = QCoro::waitFor(secrets.readToken(u"In Memory"_s));
    QVERIFY(token);
    QCOMPARE(*token, kToken);
    QVERIFY(!dataDirContains(kToken));

    // Another SecretStore (the next run) does not have it.
    bw::SecretStore nextRun;
    nextRun.setMemoryFallback(true);
    QVERIFY(!QCoro::waitFor(nextRun.readToken(u"In Memory"_s)));
}

QTEST_MAIN(TestProfileDialogNoKeyring)
#include "tst_profiledialog_nokeyring.moc"
