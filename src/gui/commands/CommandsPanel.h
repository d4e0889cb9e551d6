#pragma once
// CommandsPanel: the Commands dock: design slash and context-menu commands with their responses,
// see what a sync would change, and sync them to Discord (or the sandbox).

#include "gui/commands/CommandJson.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bw {
class Bot;
namespace store {
class Database;
}
} // namespace bw

namespace bw::gui {

namespace commands {
class CommandDocument;
class CommandInspector;
} // namespace commands

class CommandsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandsPanel)

public:
    CommandsPanel(Bot *bot, store::Database *db, QWidget *parent = nullptr);
    ~CommandsPanel() override;

    commands::CommandDocument *document() const { return m_document; }
    commands::CommandInspector *inspector() const { return m_inspector; }
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *problemList() const { return m_problems; }

    /// Re-reads the current profile's commands and saved views from the store.
    void reload();
    /// Selects a node (command `key`, option `path`) in the tree and the inspector.
    void selectNode(int key, const commands::OptionPath &path = {});
    int selectedKey() const;
    commands::OptionPath selectedPath() const;

    /// Adds a command of `type` (1 slash, 2 user, 3 message) and selects it; returns its key.
    int newCommand(int type);
    /// Adds an option of `optionType` under the selected command/subcommand/group and selects it.
    void addOption(int optionType);
    void deleteSelected();
    void duplicateSelected();

    /// Computes what a sync would change and shows it.
    void previewSync();
    /// Syncs through the bot (it must be running).
    void sync();

Q_SIGNALS:
    /// The sync preview was shown (after previewSync()).
    void syncPreviewReady();
    /// A sync ended (`ok` false: `message` says why).
    void syncFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuildTree();
    void updateProblems();
    void updateActions();
    void loadViews();
    QTreeWidgetItem *findItem(int key, const commands::OptionPath &path) const;

    Bot *m_bot;
    store::Database *m_db;
    qint64 m_loadedProfile = -1;
    commands::CommandDocument *m_document;
    commands::CommandInspector *m_inspector;
    QSplitter *m_split;
    QTreeWidget *m_tree;
    QListWidget *m_problems;
    QToolButton *m_newButton;
    QToolButton *m_addOptionButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_deleteButton;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QPushButton *m_previewButton;
    QPushButton *m_syncButton;
    QCheckBox *m_forceSync = nullptr;
    QProgressBar *m_syncProgress;
    QLabel *m_syncStatus;
    QTreeWidget *m_syncPreview;
    QTimer *m_reloadTimer;
    bool m_rebuilding = false;
    bool m_syncing = false;
    QString m_syncOutcome; // the last sync's outcome, kept above the preview that follows it
};

} // namespace bw::gui
