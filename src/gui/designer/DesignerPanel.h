#pragma once
// DesignerPanel: the view designer (the main window's central widget): views library, palette,
// structure tree, problems, inspector and live preview over one DesignDocument, with the Edit menu's
// undo/redo/clipboard actions, JSON import/export and autosave to SQLite.

#include "gui/designer/JsonPath.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <qcoro/qcorotask.h>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace bw {
class Bot;
namespace store {
class Database;
}
} // namespace bw

namespace bw::gui::designer {

class ComponentPalette;
class DesignDocument;
class DesignTreeModel;
class MessagePreview;
class PropertyInspector;

class DesignerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignerPanel)

public:
    DesignerPanel(Bot *bot, store::Database *db, QWidget *parent = nullptr);
    ~DesignerPanel() override;

    DesignDocument *document() const { return m_document; }
    DesignTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    PropertyInspector *inspector() const { return m_inspector; }
    MessagePreview *preview() const { return m_preview; }
    ComponentPalette *palette() const { return m_palette; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *library() const { return m_library; }
    /// The Edit menu (undo, redo, clipboard, arrange, import/export) for the main window's menu bar.
    QMenu *editMenu() const { return m_editMenu; }

    JsonPath selectedNode() const;
    void selectNode(const JsonPath &node);

    /// Imports message JSON into the current view (one undo step). On failure the view is unchanged and
    /// `error` says where and why.
    bool importJson(const QByteArray &json, QString *error = nullptr);
    /// The current message as Discord message JSON.
    QByteArray exportJson() const;

    /// Views of the current profile in the library.
    QStringList viewNames() const;
    /// Opens a saved view by name (saving the current one first).
    bool openView(const QString &name);
    /// Creates, saves and opens a new view.
    void newView();
    /// Saves now (autosave does it shortly after every edit). False when it could not be saved.
    bool saveNow();
    bool hasUnsavedChanges() const;
    QString saveStatus() const;

    /// Send (Ctrl+Return): disabled with sendBlockedReason() while the view has errors or the bot is not
    /// READY.
    QAction *sendAction() const { return m_send; }
    /// Why the view cannot be sent now; empty when it can.
    QString sendBlockedReason() const;
    /// Saves and sends the current view to a channel (what the Send dialog does once a channel is picked).
    /// Emits viewSent() or sendFailed().
    void sendTo(const QString &channelId);
    /// The messages sent with the current view (newest last); each item has the channel id in
    /// Qt::UserRole and the message id in Qt::UserRole + 1.
    QListWidget *sentList() const { return m_sentList; }
    /// Number of sent messages that still show an older version of the saved view (0 = up to date).
    int outdatedSentMessages() const;
    /// PATCHes every sent message of the current view with its saved payload. Emits sentMessagesUpdated().
    void updateSentMessages();
    /// Re-reads the sent messages (and asks Discord which still exist when the bot runs).
    void refreshSentMessages();
    /// Deletes the selected sent message (REST DELETE, binding removed). Emits sentMessageDeleted().
    void deleteSentMessage();
    /// Shows the selected sent message in the Sandbox panel of this window (and emits jumpRequested()).
    void jumpToSentMessage();

Q_SIGNALS:
    void viewSent(const QString &messageId);
    void sendFailed(const QString &reason);
    void sentMessagesUpdated(int updated, int failed);
    void sentMessageDeleted(const QString &messageId);
    /// A person asked to see a sent message (the Sandbox panel shows it when there is one in the window).
    void jumpRequested(const QString &channelId, const QString &messageId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createLeft();
    QWidget *createMiddle();
    QWidget *createPreviewPane();
    void documentChanged();
    void updateActions();
    void updateProblems();
    void problemActivated();
    void scheduleSave();
    void refreshLibrary();
    void renameView();
    void duplicateView();
    void deleteView();
    void showImport();
    void showExport();
    void copyNode(bool cut);
    void pasteNode();
    void loadDefaultView();
    QWidget *createSentPane(QWidget *parent);
    void updateSendAction();
    void showSendDialog();
    void loadSentMessages();
    void afterSave(bool payloadChanged);
    QString channelName(const QString &channelId) const;
    QCoro::Task<> sendAsync(QString viewName, QString channelId);
    QCoro::Task<> updateAsync();
    QCoro::Task<> deleteAsync(QString channelId, QString messageId);
    QCoro::Task<> checkAsync();

    Bot *m_bot;
    store::Database *m_db;
    DesignDocument *m_document;
    DesignTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    PropertyInspector *m_inspector = nullptr;
    MessagePreview *m_preview = nullptr;
    ComponentPalette *m_palette = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemSummary = nullptr;
    QListWidget *m_library = nullptr;
    QLineEdit *m_librarySearch = nullptr;
    QLabel *m_saveLabel = nullptr;
    QToolButton *m_themeButton = nullptr;
    QMenu *m_editMenu = nullptr;
    QTimer *m_saveTimer = nullptr;

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_add = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_newView = nullptr;
    QAction *m_send = nullptr;

    QListWidget *m_sentList = nullptr;
    QLabel *m_sentStatus = nullptr;
    QPushButton *m_updateSent = nullptr;
    QToolButton *m_jumpSent = nullptr;
    QToolButton *m_refreshSent = nullptr;
    QToolButton *m_deleteSent = nullptr;
    QHash<qint64, QJsonObject> m_published; // view id -> the payload its sent messages show
    QString m_lastChannel; // where the last send went (preselected next time)
    bool m_busy = false; // a send/update/delete is running

    qint64 m_viewId = 0;
    QString m_saveError;
    bool m_selecting = false;
};

} // namespace bw::gui::designer
