#pragma once
// ProfileDialog: lists the bot profiles and edits one at a time (form in ui/ProfileDialog.ui).
// Profiles are saved through store::ProfileStore, tokens through SecretStore (awaited, so the dialog
// stays responsive). Questions to the user go through a replaceable asker, so tests need no message box.

#include "core/Result.h"
#include "store/CommandRecord.h"
#include "store/CommandStore.h"
#include "store/Profile.h"
#include "store/ProfileStore.h"

#include <QDialog>
#include <QPointer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;

namespace Ui {
class ProfileDialog;
}

namespace bw {
class Bot;
class SecretStore;
namespace store {
class Database;
}
} // namespace bw

namespace bw::gui {

class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    enum class Question {
        DeleteProfile, // "Delete profile X and its token?"
        KeepTokenInMemory, // "No secret service: keep the token in memory for this run?"
        DiscardChanges, // "Discard the unsaved changes?" (when another profile is chosen)
    };
    /// Asks the user a yes/no question; the default shows a window-modal message box (without a nested
    /// event loop). Tests replace it.
    using Asker = std::function<QCoro::Task<bool>(Question question, QString text)>;

    ProfileDialog(store::Database &db, SecretStore &secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setAsker(Asker asker) { m_asker = std::move(asker); }
    /// Checks a profile and token against its server and returns the bot's name or the exact error
    /// (Bot::testConnection in the app). Without one, "Test connection" is disabled.
    using ConnectionTester
        = std::function<QCoro::Task<Result<QString>>(store::Profile profile, QString token)>;
    void setConnectionTester(ConnectionTester tester);
    /// The bot whose HTTP endpoint status is shown (read-only) for its profile; may be null.
    void setBot(Bot *bot);
    /// Runs the connection test for the form as it is (the typed token, else the stored one).
    QCoro::Task<bool> testConnection();

    /// The name of the profile shown in the editor, empty for a new one.
    QString currentProfileName() const;
    bool isBusy() const { return m_busy; }

    /// Saves the form: the profile and its interaction settings to the database, then the token (if one was
    /// typed) to the keychain.
    QCoro::Task<bool> save();
    /// Asks, then deletes the selected profile and its token.
    QCoro::Task<bool> removeCurrent();
    /// Re-reads the list from the database and selects `name` (or the first profile).
    void reload(const QString &name = {});

Q_SIGNALS:
    void busyChanged(bool busy);
    /// After a save or delete: whether it fully worked, and the text the dialog shows.
    void operationFinished(bool ok, const QString &message);
    /// After the secret-service probe at open: whether tokens can be stored safely.
    void secretServiceChecked(bool available);

private:
    void createIntentBoxes();
    /// Shows list row `row` (-1: a new profile), after asking when there are unsaved edits.
    QCoro::Task<> switchTo(int row);
    void selectionChanged();
    void startNew();
    void showProfile(const std::optional<store::Profile> &profile);
    void updateTargetFields();
    /// Enables the endpoint fields for modes http/both, shows the non-loopback warning and checks the key.
    void updateInteractionFields();
    void updateEndpointStatus();
    /// The interaction settings of the form (profile id 0), or a readable reason why they are invalid.
    Result<store::InteractionSettingsRecord> formInteractions() const;
    void setDirty(bool dirty);
    void setBusy(bool busy);
    void showMessage(bool ok, const QString &message);
    void enableMemoryFallback();
    /// The form as a profile (id of the one being edited), or a readable reason why it is invalid.
    Result<store::Profile> formProfile() const;
    QCoro::Task<> checkSecretService();
    QCoro::Task<> refreshTokenStatus();
    QCoro::Task<bool> ask(Question question, QString text);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    store::ProfileStore m_profiles;
    store::CommandStore m_commands;
    QPointer<Bot> m_bot;
    SecretStore &m_secrets;
    Asker m_asker;
    ConnectionTester m_tester;
    QList<QPair<qint64, QCheckBox *>> m_intentBoxes;
    qint64 m_maxBodyBytes = 256 * 1024; // not in the form; kept as stored
    qint64 m_otherIntents = 0; // bits of the profile that have no checkbox; kept as they are
    std::optional<store::Profile> m_current; // the stored profile being edited; empty for a new one
    bool m_editingNew = false;
    int m_shownRow = -1; // the list row the editor shows; -1 for a new profile
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loading = false;
    quint64 m_tokenStatusGeneration = 0;
};

} // namespace bw::gui
