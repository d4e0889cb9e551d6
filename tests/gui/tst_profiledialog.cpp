// The profile dialog against a real SQLite file and a real secret service (gnome-keyring in a private
// D-Bus session): create, edit (rename moves the token), delete (asks, removes the token too).
#include "GuiTestSupport.h"
#include "bot/SecretStore.h"
#include "gui/ProfileDialog.h"
#include "store/CommandStore.h"
#include "store/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::gui::ProfileDialog;
using bw::store::Profile;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kToken = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.Gh7x_Q.test-token-for-the-dialog-0001"_s;
const QString kSecondToken = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.Gh7x_Q.second-token-for-the-dialog-02"_s;

// Every log line of the process, to prove that no token is ever logged.
QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

bool logContains(const QString &needle)
{
    for (const QString &line : std::as_const(capturedLog())) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}
} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formBasics();
    void createStoresProfileAndToken();
    void unsavedEditsAreNotDroppedSilently();
    void editRenamesAndReplacesToken();
    void invalidInputIsRefused();
    void deleteAsksAndRemovesToken();
    void interactionSettingsAreSavedAndReadBack();
    void nonLoopbackAddressNeedsTheCheckbox();

private:
    bool clickAndWait(ProfileDialog &dialog, const QString &button, bool expectOk);
    QString tokenIn(const QString &key, bw::Error::Kind *kind = nullptr);
    bool dataDirContains(const QString &needle) const;

    bw::test::GuiTestEnvironment m_env;
    std::unique_ptr<bw::store::Database> m_db;
    bw::SecretStore m_secrets;
    QList<ProfileDialog::Question> m_questions;
    bool m_answer = true;
};

void TestProfileDialog::initTestCase()
{
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_env.isValid());
    m_db = m_env.openDatabase();
    QVERIFY(m_db);
    QVERIFY2(QCoro::waitFor(m_secrets.probe()), "this test needs a secret service (ctest runs it in one)");
}

bool TestProfileDialog::clickAndWait(ProfileDialog &dialog, const QString &button, bool expectOk)
{
    QSignalSpy finished(&dialog, &ProfileDialog::operationFinished);
    auto *target = child<QPushButton>(&dialog, button);
    if (!target || !target->isEnabled()) {
        qWarning() << button << "is missing or disabled";
        return false;
    }
    QTest::mouseClick(target, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(kTimeoutMs)) {
        qWarning() << "no result after" << button;
        return false;
    }
    const bool ok = finished.first().at(0).toBool();
    if (ok != expectOk)
        qWarning() << "result" << ok << finished.first().at(1).toString();
    return ok == expectOk;
}

QString TestProfileDialog::tokenIn(const QString &key, bw::Error::Kind *kind)
{
    // A separate SecretStore reads from the keychain itself, not from anything the dialog holds.
    bw::SecretStore reader;
    const bw::Result<QString> token = QCoro::waitFor(reader.readToken(key));
    if (kind)
        *kind = token ? bw::Error::Kind::Generic : token.error().kind;
    return token ? *token : QString();
}

bool TestProfileDialog::dataDirContains(const QString &needle) const
{
    const QByteArray bytes = needle.toUtf8();
    for (QDirIterator it(m_env.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            return true;
    }
    return false;
}

void TestProfileDialog::formBasics()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *token = child<QLineEdit>(&dialog, u"tokenEdit"_s);
    auto *show = child<QToolButton>(&dialog, u"showTokenButton"_s);
    auto *target = child<QComboBox>(&dialog, u"targetCombo"_s);
    auto *apiBase = child<QLineEdit>(&dialog, u"apiBaseEdit"_s);
    auto *test = child<QPushButton>(&dialog, u"testConnectionButton"_s);
    QVERIFY(token && show && target && apiBase && test);

    // Masked, with a toggle to show it.
    target->setCurrentIndex(target->findData(int(Profile::Target::Discord)));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    // The URL is editable only for a custom API base; the sandbox needs no token.
    target->setCurrentIndex(target->findData(int(Profile::Target::Sandbox)));
    QVERIFY(!apiBase->isEnabled());
    QVERIFY(!token->isEnabled());
    target->setCurrentIndex(target->findData(int(Profile::Target::Discord)));
    QVERIFY(!apiBase->isEnabled());
    QVERIFY(token->isEnabled());
    target->setCurrentIndex(target->findData(int(Profile::Target::Custom)));
    QVERIFY(apiBase->isEnabled());

    QVERIFY(!test->isEnabled());
    QVERIFY(!test->toolTip().isEmpty());

    // A new profile has no token yet, so no token status is shown for it.
    target->setCurrentIndex(target->findData(int(Profile::Target::Discord)));
    QVERIFY(child<QLabel>(&dialog, u"tokenStatusLabel"_s)->text().isEmpty());
    target->setCurrentIndex(target->findData(int(Profile::Target::Sandbox)));
    QVERIFY(child<QLabel>(&dialog, u"tokenStatusLabel"_s)->text().contains(u"sandbox"_s));

    // Privileged intents are marked.
    auto *content = child<QCheckBox>(&dialog, u"intent_MESSAGE_CONTENT"_s);
    QVERIFY(content);
    QVERIFY(content->text().contains(u"privileged"_s));
    QVERIFY(!child<QCheckBox>(&dialog, u"intent_GUILDS"_s)->text().contains(u"privileged"_s));

    // A working secret service: no banner.
    QSignalSpy checked(&dialog, &ProfileDialog::secretServiceChecked);
    QVERIFY(checked.wait(kTimeoutMs));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QVERIFY(child<QWidget>(&dialog, u"secretBanner"_s)->isHidden());
}

void TestProfileDialog::createStoresProfileAndToken()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QListWidget>(&dialog, u"profileList"_s)->count(), 0);

    QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Test Bot"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"applicationIdEdit"_s), u"123456789012345678"_s);
    auto *target = child<QComboBox>(&dialog, u"targetCombo"_s);
    target->setCurrentIndex(target->findData(int(Profile::Target::Discord)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenEdit"_s), kToken);
    QTest::mouseClick(child<QCheckBox>(&dialog, u"intent_MESSAGE_CONTENT"_s), Qt::LeftButton);
    child<QSpinBox>(&dialog, u"shardCountSpin"_s)->setValue(4);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"shardIdsEdit"_s), u"0-1, 3"_s);

    QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));

    bw::store::ProfileStore store(*m_db);
    const auto saved = store.byName(u"Test Bot"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->applicationId, u"123456789012345678"_s);
    QCOMPARE(saved->target, Profile::Target::Discord);
    QCOMPARE(saved->intents, qint64(513 | (1 << 15)));
    QCOMPARE(saved->shardCount, 4);
    QCOMPARE(saved->shardIds, u"0-1,3"_s);

    // The token is in the keychain, the field is empty again, and the token is nowhere on disk.
    QCOMPARE(tokenIn(u"Test Bot"_s), kToken);
    QVERIFY(child<QLineEdit>(&dialog, u"tokenEdit"_s)->text().isEmpty());
    QVERIFY(!dataDirContains(kToken));
    QVERIFY(logContains(u"Test Bot"_s)); // the log was captured...
    QVERIFY(!logContains(kToken)); // ...and holds no token
    QCOMPARE(child<QListWidget>(&dialog, u"profileList"_s)->count(), 1);
    QCOMPARE(dialog.currentProfileName(), u"Test Bot"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(&dialog, u"tokenStatusLabel"_s)->text().contains(u"stored in the system keychain"_s),
        kTimeoutMs);
}

void TestProfileDialog::unsavedEditsAreNotDroppedSilently()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.setAsker([this](ProfileDialog::Question question, QString) -> QCoro::Task<bool> {
        m_questions.append(question);
        co_return m_answer;
    });
    dialog.show();
    m_questions.clear();
    QCOMPARE(dialog.currentProfileName(), u"Test Bot"_s);
    auto *applicationId = child<QLineEdit>(&dialog, u"applicationIdEdit"_s);
    applicationId->clear();
    QTest::keyClicks(applicationId, u"42"_s);

    // Declined: the edits stay.
    m_answer = false;
    QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.first(), ProfileDialog::Question::DiscardChanges);
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.currentProfileName(), u"Test Bot"_s);
    QCOMPARE(applicationId->text(), u"42"_s);
    QCOMPARE(child<QListWidget>(&dialog, u"profileList"_s)->currentRow(), 0);

    // Accepted: a new, empty profile; nothing was saved.
    m_answer = true;
    QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_questions.size(), 2);
    QTRY_VERIFY(child<QLineEdit>(&dialog, u"nameEdit"_s)->text().isEmpty());
    QVERIFY(dialog.currentProfileName().isEmpty());
    QCOMPARE(bw::store::ProfileStore(*m_db).byName(u"Test Bot"_s)->applicationId, u"123456789012345678"_s);
    m_questions.clear();
}

void TestProfileDialog::editRenamesAndReplacesToken()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, u"profileList"_s);
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QCOMPARE(dialog.currentProfileName(), u"Test Bot"_s);
    // The stored profile is shown, but never its token.
    QCOMPARE(child<QLineEdit>(&dialog, u"applicationIdEdit"_s)->text(), u"123456789012345678"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"tokenEdit"_s)->text().isEmpty());
    QVERIFY(child<QCheckBox>(&dialog, u"intent_MESSAGE_CONTENT"_s)->isChecked());

    // Rename without typing a token: the token moves to the new name.
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Renamed Bot"_s);
    QTest::mouseClick(child<QCheckBox>(&dialog, u"intent_MESSAGE_CONTENT"_s), Qt::LeftButton);
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));

    bw::store::ProfileStore store(*m_db);
    QVERIFY(!store.byName(u"Test Bot"_s));
    const auto renamed = store.byName(u"Renamed Bot"_s);
    QVERIFY(renamed);
    QCOMPARE(renamed->intents, qint64(513));
    QCOMPARE(tokenIn(u"Renamed Bot"_s), kToken);
    bw::Error::Kind kind {};
    QVERIFY(tokenIn(u"Test Bot"_s, &kind).isEmpty());
    QCOMPARE(kind, bw::Error::Kind::NotFound);

    // A new token typed in replaces the stored one.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenEdit"_s), kSecondToken);
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));
    QCOMPARE(tokenIn(u"Renamed Bot"_s), kSecondToken);
    QVERIFY(!dataDirContains(kSecondToken));
    QVERIFY(!logContains(kSecondToken));
    QCOMPARE(list->count(), 1);
}

void TestProfileDialog::invalidInputIsRefused()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);

    // No name.
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, false));
    QVERIFY(!child<QLabel>(&dialog, u"statusLabel"_s)->text().isEmpty());

    // A custom API base that is not a URL.
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Custom Bot"_s);
    auto *target = child<QComboBox>(&dialog, u"targetCombo"_s);
    target->setCurrentIndex(target->findData(int(Profile::Target::Custom)));
    QTest::keyClicks(child<QLineEdit>(&dialog, u"apiBaseEdit"_s), u"not a url"_s);
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, false));

    // Shard ids beyond the shard count.
    auto *apiBase = child<QLineEdit>(&dialog, u"apiBaseEdit"_s);
    apiBase->clear();
    QTest::keyClicks(apiBase, u"http://127.0.0.1:8080/api/v10"_s);
    child<QSpinBox>(&dialog, u"shardCountSpin"_s)->setValue(2);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"shardIdsEdit"_s), u"0-2"_s);
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, false));

    bw::store::ProfileStore store(*m_db);
    QVERIFY(!store.byName(u"Custom Bot"_s));

    // Fixed, it saves.
    auto *shardIds = child<QLineEdit>(&dialog, u"shardIdsEdit"_s);
    shardIds->clear();
    QTest::keyClicks(shardIds, u"1"_s);
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));
    const auto custom = store.byName(u"Custom Bot"_s);
    QVERIFY(custom);
    QCOMPARE(custom->apiBase, u"http://127.0.0.1:8080/api/v10"_s);
    QCOMPARE(custom->target, Profile::Target::Custom);
    QVERIFY(store.remove(custom->id));
}

void TestProfileDialog::deleteAsksAndRemovesToken()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.setAsker([this](ProfileDialog::Question question, QString) -> QCoro::Task<bool> {
        m_questions.append(question);
        co_return m_answer;
    });
    dialog.show();
    auto *list = child<QListWidget>(&dialog, u"profileList"_s);
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QCOMPARE(dialog.currentProfileName(), u"Renamed Bot"_s);

    // Declined: nothing happens.
    m_answer = false;
    QSignalSpy busy(&dialog, &ProfileDialog::busyChanged);
    QTest::mouseClick(child<QPushButton>(&dialog, u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.first(), ProfileDialog::Question::DeleteProfile);
    QTRY_VERIFY(!dialog.isBusy());
    bw::store::ProfileStore store(*m_db);
    QVERIFY(store.byName(u"Renamed Bot"_s));
    QCOMPARE(tokenIn(u"Renamed Bot"_s), kSecondToken);

    // Confirmed: the profile and its token are gone.
    m_answer = true;
    QVERIFY(clickAndWait(dialog, u"deleteButton"_s, true));
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(!store.byName(u"Renamed Bot"_s));
    bw::Error::Kind kind {};
    QVERIFY(tokenIn(u"Renamed Bot"_s, &kind).isEmpty());
    QCOMPARE(kind, bw::Error::Kind::NotFound);
    QCOMPARE(list->count(), 0);
}

void TestProfileDialog::interactionSettingsAreSavedAndReadBack()
{
    const QString key = u"8A88E3DD7409F195FD52DB2D3CBA5D72CA6709BF1D94121BF3748801B40F6F5C"_s;
    {
        ProfileDialog dialog(*m_db, m_secrets);
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, u"newButton"_s), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Http Bot"_s);

        // Gateway by default: the endpoint fields are off.
        auto *mode = child<QComboBox>(&dialog, u"interactionModeCombo"_s);
        auto *port = child<QSpinBox>(&dialog, u"endpointPortSpin"_s);
        auto *publicKey = child<QLineEdit>(&dialog, u"publicKeyEdit"_s);
        auto *keyError = child<QLabel>(&dialog, u"publicKeyErrorLabel"_s);
        QVERIFY(mode && port && publicKey && keyError);
        QCOMPARE(mode->currentData().toInt(), int(bw::store::InteractionSettingsRecord::Mode::Gateway));
        QVERIFY(!port->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"endpointAddressEdit"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"endpointPathEdit"_s)->text(), u"/interactions"_s);
        // Address and path are shown whole, neither squeezed by the other.
        for (const QString &name : {u"endpointAddressEdit"_s, u"endpointPathEdit"_s}) {
            auto *edit = child<QLineEdit>(&dialog, name);
            QVERIFY2(edit->width() > edit->fontMetrics().horizontalAdvance(edit->text()) + 8,
                     qPrintable(name));
        }

        mode->setCurrentIndex(mode->findData(int(bw::store::InteractionSettingsRecord::Mode::Http)));
        QVERIFY(port->isEnabled());
        port->setValue(8099);
        child<QSpinBox>(&dialog, u"timestampWindowSpin"_s)->setValue(30);

        // A bad public key is shown inline and refused on save.
        QTest::keyClicks(publicKey, u"xyz"_s);
        QVERIFY(keyError->isVisible());
        QVERIFY2(keyError->text().contains(u"64 hexadecimal"_s), qPrintable(keyError->text()));
        QVERIFY(clickAndWait(dialog, u"saveButton"_s, false));
        QVERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"public key"_s));
        QVERIFY(!bw::store::ProfileStore(*m_db).byName(u"Http Bot"_s));

        publicKey->clear();
        QTest::keyClicks(publicKey, key);
        QVERIFY(!keyError->isVisible());
        QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));
    }

    // In the SQLite file.
    const auto saved = bw::store::ProfileStore(*m_db).byName(u"Http Bot"_s);
    QVERIFY(saved);
    QCOMPARE(saved->publicKey, key.toLower());
    const auto settings = bw::store::CommandStore(*m_db).interactionSettings(saved->id);
    QVERIFY(settings);
    QCOMPARE(settings->mode, bw::store::InteractionSettingsRecord::Mode::Http);
    QCOMPARE(settings->port, 8099);
    QCOMPARE(settings->address, u"127.0.0.1"_s);
    QCOMPARE(settings->path, u"/interactions"_s);
    QCOMPARE(settings->timestampWindowSeconds, 30);
    QVERIFY(!settings->allowNonLoopback);

    // A dialog opened again reads them back, and knows no bot yet.
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QCOMPARE(dialog.currentProfileName(), u"Http Bot"_s);
    QCOMPARE(child<QComboBox>(&dialog, u"interactionModeCombo"_s)->currentData().toInt(),
             int(bw::store::InteractionSettingsRecord::Mode::Http));
    QCOMPARE(child<QSpinBox>(&dialog, u"endpointPortSpin"_s)->value(), 8099);
    QCOMPARE(child<QSpinBox>(&dialog, u"timestampWindowSpin"_s)->value(), 30);
    QCOMPARE(child<QLineEdit>(&dialog, u"publicKeyEdit"_s)->text(), key.toLower());
    auto *status = child<QLineEdit>(&dialog, u"endpointStatusEdit"_s);
    QVERIFY(status->isReadOnly());
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, u"revertButton"_s)->isEnabled()); // loading is not an edit
}

void TestProfileDialog::nonLoopbackAddressNeedsTheCheckbox()
{
    ProfileDialog dialog(*m_db, m_secrets);
    dialog.show();
    QCOMPARE(dialog.currentProfileName(), u"Http Bot"_s);
    auto *address = child<QLineEdit>(&dialog, u"endpointAddressEdit"_s);
    auto *warning = child<QLabel>(&dialog, u"nonLoopbackWarningLabel"_s);
    auto *allow = child<QCheckBox>(&dialog, u"allowNonLoopbackCheck"_s);
    QVERIFY(address && warning && allow);
    QVERIFY(!warning->isVisible());

    address->selectAll();
    QTest::keyClicks(address, u"0.0.0.0"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(u"not a loopback"_s), qPrintable(warning->text()));
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, false));
    QVERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"Allow a non-loopback address"_s));
    const qint64 id = bw::store::ProfileStore(*m_db).byName(u"Http Bot"_s)->id;
    QCOMPARE(bw::store::CommandStore(*m_db).interactionSettings(id)->address, u"127.0.0.1"_s);

    // Allowed explicitly: saved, and the warning stays visible.
    // On the box and its text (a check box ignores clicks beyond them, and it spans the column).
    QStyleOptionButton box;
    box.initFrom(allow);
    box.text = allow->text();
    QTest::mouseClick(allow, Qt::LeftButton, {},
                      allow->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &box, allow).center());
    QVERIFY(allow->isChecked());
    QVERIFY(clickAndWait(dialog, u"saveButton"_s, true));
    QVERIFY(warning->isVisible());
    const auto settings = bw::store::CommandStore(*m_db).interactionSettings(id);
    QCOMPARE(settings->address, u"0.0.0.0"_s);
    QVERIFY(settings->allowNonLoopback);

    // Back on loopback, no warning.
    address->selectAll();
    QTest::keyClicks(address, u"::1"_s);
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
