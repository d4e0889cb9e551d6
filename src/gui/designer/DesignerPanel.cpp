#include "gui/designer/DesignerPanel.h"

#include "bot/Bot.h"
#include "bot/BotState.h"
#include "bot/views/ViewPublisher.h"
#include "core/Logging.h"
#include "gui/designer/ComponentPalette.h"
#include "gui/designer/DesignDocument.h"
#include "gui/designer/DesignTreeModel.h"
#include "gui/designer/ImportDialog.h"
#include "gui/designer/MessageJson.h"
#include "gui/designer/MessagePreview.h"
#include "gui/designer/PropertyInspector.h"
#include "gui/designer/SendDialog.h"
#include "gui/sandbox/SandboxPanel.h"
#include "store/BindingStore.h"
#include "store/SentMessageStore.h"
#include "store/ViewStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

namespace {
/// A tool button in a two-column grid: a side column of buttons stays narrow enough for a small window.
QToolButton *addGridButton(QGridLayout *grid, QWidget *parent, const QString &name, const QString &text,
                           const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const int n = grid->count();
    grid->addWidget(b, n / 2, n % 2);
    return b;
}

constexpr auto kLastViewKey = "designer/lastView"_L1;
constexpr auto kDarkKey = "designer/previewDark"_L1;
constexpr auto kSplitterKey = "designer/splitter"_L1;
constexpr auto kClipMime = "application/x-botwright-designer-node";
constexpr int kAutosaveMs = 800;
constexpr int kFitWidth = 460;

/// Calls `onResize` whenever the watched widget is resized (it is the watched widget's child).
class ResizeWatcher final : public QObject
{
public:
    ResizeWatcher(QWidget *watched, std::function<void()> onResize)
        : QObject(watched), m_onResize(std::move(onResize))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_onResize();
        return QObject::eventFilter(object, event);
    }

private:
    std::function<void()> m_onResize;
};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(4, 4, 4, 2);
    return label;
}
} // namespace

DesignerPanel::DesignerPanel(Bot *bot, store::Database *db, QWidget *parent)
    : QWidget(parent), m_bot(bot), m_db(db), m_document(new DesignDocument(this))
{
    setObjectName(u"designerPanel"_s);
    m_model = new DesignTreeModel(m_document, this);
    createActions();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"designerSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(createLeft());
    split->addWidget(createMiddle());
    m_inspector = new PropertyInspector(m_document, split);
    m_inspector->setMinimumWidth(150);
    split->addWidget(m_inspector);
    split->addWidget(createPreviewPane());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setStretchFactor(3, 3);
    split->setSizes({190, 250, 300, 520});
    const QByteArray state = QSettings().value(kSplitterKey).toByteArray();
    if (!state.isEmpty())
        split->restoreState(state);
    connect(split, &QSplitter::splitterMoved, this,
            [split] { QSettings().setValue(kSplitterKey, split->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(this);
    bar->setObjectName(u"designerToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newView);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_import);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addAction(m_send);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_saveLabel = new QLabel(bar);
    m_saveLabel->setObjectName(u"designerSaveStatus"_s);
    m_saveLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_saveLabel);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kAutosaveMs);
    connect(m_saveTimer, &QTimer::timeout, this, &DesignerPanel::saveNow);

    connect(m_document, &DesignDocument::changed, this, &DesignerPanel::documentChanged);
    connect(m_document, &DesignDocument::problemsChanged, this, &DesignerPanel::updateProblems);
    connect(m_document, &DesignDocument::focusRequested, this, &DesignerPanel::selectNode);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!clean)
            scheduleSave();
        documentChanged();
    });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &DesignerPanel::scheduleSave);

    connect(m_document, &DesignDocument::problemsChanged, this, &DesignerPanel::updateSendAction);
    if (m_bot) {
        connect(m_bot->state(), &BotState::statusChanged, this, &DesignerPanel::updateSendAction);
        connect(m_bot, &Bot::guildsChanged, this, &DesignerPanel::loadSentMessages);
    }

    refreshLibrary();
    loadDefaultView();
    updateSendAction();
}

DesignerPanel::~DesignerPanel()
{
    if (hasUnsavedChanges())
        saveNow();
}

void DesignerPanel::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                             const QString &icon = {}) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_cut = make(u"actionCut"_s, tr("Cu&t"), QKeySequence::Cut, u"edit-cut"_s);
    m_copy = make(u"actionCopy"_s, tr("&Copy"), QKeySequence::Copy, u"edit-copy"_s);
    m_paste = make(u"actionPaste"_s, tr("&Paste"), QKeySequence::Paste, u"edit-paste"_s);
    m_duplicate = make(u"actionDuplicate"_s, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = make(u"actionDelete"_s, tr("&Delete"), QKeySequence::Delete, u"edit-delete"_s);
    m_moveUp = make(u"actionMoveUp"_s, tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up), u"go-up"_s);
    m_moveDown
        = make(u"actionMoveDown"_s, tr("Move Do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), u"go-down"_s);
    m_add = make(u"actionAddComponent"_s, tr("&Add Component…"), QKeySequence(Qt::Key_Insert), u"list-add"_s);
    m_import = make(u"actionImportJson"_s, tr("&Import JSON…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), u"document-import"_s);
    m_export = make(u"actionExportJson"_s, tr("&Export JSON…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), u"document-export"_s);
    m_newView = make(u"actionNewView"_s, tr("&New View"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                     u"document-new"_s);
    m_send = make(u"actionSendView"_s, tr("&Send to Channel…"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                  u"mail-send"_s);
    // Undo/redo work wherever the focus is in the window (menus show them).
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_redo->setShortcutContext(Qt::WindowShortcut);
    addAction(m_undo);
    addAction(m_redo);

    connect(m_cut, &QAction::triggered, this, [this] { copyNode(true); });
    connect(m_copy, &QAction::triggered, this, [this] { copyNode(false); });
    connect(m_paste, &QAction::triggered, this, &DesignerPanel::pasteNode);
    connect(m_duplicate, &QAction::triggered, this, [this] { m_document->duplicateNode(selectedNode()); });
    connect(m_delete, &QAction::triggered, this, [this] { m_document->removeNode(selectedNode()); });
    connect(m_moveUp, &QAction::triggered, this, [this] { m_document->moveBy(selectedNode(), -1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { m_document->moveBy(selectedNode(), +1); });
    connect(m_add, &QAction::triggered, this, [this] {
        m_palette->setFocus(Qt::ShortcutFocusReason);
        if (!m_palette->currentItem())
            m_palette->setCurrentRow(0);
    });
    connect(m_import, &QAction::triggered, this, &DesignerPanel::showImport);
    connect(m_export, &QAction::triggered, this, &DesignerPanel::showExport);
    connect(m_newView, &QAction::triggered, this, &DesignerPanel::newView);
    connect(m_send, &QAction::triggered, this, &DesignerPanel::showSendDialog);

    m_editMenu = new QMenu(tr("&Edit"), this);
    m_editMenu->setObjectName(u"menuEdit"_s);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_cut);
    m_editMenu->addAction(m_copy);
    m_editMenu->addAction(m_paste);
    m_editMenu->addAction(m_duplicate);
    m_editMenu->addAction(m_delete);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_add);
    m_editMenu->addAction(m_moveUp);
    m_editMenu->addAction(m_moveDown);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newView);
    m_editMenu->addAction(m_import);
    m_editMenu->addAction(m_export);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_send);
}

QWidget *DesignerPanel::createLeft()
{
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(u"designerLeft"_s);

    auto *libraryBox = new QWidget(left);
    auto *lv = new QVBoxLayout(libraryBox);
    lv->setContentsMargins(4, 4, 4, 4);
    lv->setSpacing(4);
    lv->addWidget(heading(tr("Views"), libraryBox));
    m_librarySearch = new QLineEdit(libraryBox);
    m_librarySearch->setObjectName(u"designerLibrarySearch"_s);
    m_librarySearch->setPlaceholderText(tr("Search views"));
    m_librarySearch->setClearButtonEnabled(true);
    lv->addWidget(m_librarySearch);
    m_library = new QListWidget(libraryBox);
    m_library->setObjectName(u"designerLibrary"_s);
    m_library->setAccessibleName(tr("Saved views"));
    lv->addWidget(m_library, 1);
    // Two columns of buttons, so the column stays narrow enough for a small window.
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    const auto button = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        QToolButton *b = addGridButton(buttons, libraryBox, name, text, tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    button(u"libraryNew"_s, tr("New"), tr("Create a new view"), &DesignerPanel::newView);
    button(u"libraryRename"_s, tr("Rename"), tr("Rename the selected view"), &DesignerPanel::renameView);
    button(u"libraryDuplicate"_s, tr("Copy"), tr("Duplicate the selected view"),
           &DesignerPanel::duplicateView);
    button(u"libraryDelete"_s, tr("Delete"), tr("Delete the selected view"), &DesignerPanel::deleteView);
    lv->addLayout(buttons);
    connect(m_librarySearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_library->count(); ++i)
            m_library->item(i)->setHidden(
                !m_library->item(i)->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
    });
    connect(m_library, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openView(item->data(Qt::UserRole).toString()); });
    connect(m_library, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openView(item->data(Qt::UserRole).toString()); });

    auto *paletteBox = new QWidget(left);
    auto *pv = new QVBoxLayout(paletteBox);
    pv->setContentsMargins(4, 4, 4, 4);
    pv->setSpacing(4);
    pv->addWidget(heading(tr("Components"), paletteBox));
    m_palette = new ComponentPalette(paletteBox);
    pv->addWidget(m_palette, 1);
    connect(m_palette, &ComponentPalette::addRequested, this, [this](NodeKind kind) {
        const JsonPath added = m_document->addNode(kind, selectedNode());
        if (added.isEmpty())
            m_saveLabel->setText(tr("A %1 cannot go there").arg(Nodes::displayName(kind)));
    });
    left->addWidget(libraryBox);
    left->addWidget(paletteBox);
    left->setSizes({220, 380});
    left->setMinimumWidth(110);
    return left;
}

QWidget *DesignerPanel::createMiddle()
{
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->setObjectName(u"designerMiddle"_s);
    auto *treeBox = new QWidget(middle);
    auto *tv = new QVBoxLayout(treeBox);
    tv->setContentsMargins(4, 4, 4, 4);
    tv->setSpacing(4);
    tv->addWidget(heading(tr("Structure"), treeBox));
    m_tree = new QTreeView(treeBox);
    m_tree->setObjectName(u"designerTree"_s);
    m_tree->setAccessibleName(tr("Message structure"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (QAction *a : {m_cut, m_copy, m_paste, m_duplicate, m_delete})
            menu.addAction(a);
        menu.addSeparator();
        menu.addAction(m_moveUp);
        menu.addAction(m_moveDown);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    tv->addWidget(m_tree, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandAll(); });
    connect(m_model, &DesignTreeModel::dropped, this, &DesignerPanel::selectNode);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting)
                    return;
                const JsonPath node = m_model->pathFor(current);
                m_inspector->setNode(node);
                m_preview->setSelected(node);
                updateActions();
            });

    auto *problemsBox = new QWidget(middle);
    auto *pv = new QVBoxLayout(problemsBox);
    pv->setContentsMargins(4, 4, 4, 4);
    pv->setSpacing(4);
    m_problemSummary = heading(tr("Problems"), problemsBox);
    m_problemSummary->setObjectName(u"designerProblemSummary"_s);
    m_problemSummary->setWordWrap(true);
    pv->addWidget(m_problemSummary);
    m_problems = new QListWidget(problemsBox);
    m_problems->setObjectName(u"designerProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    pv->addWidget(m_problems, 1);
    connect(m_problems, &QListWidget::itemActivated, this, &DesignerPanel::problemActivated);
    connect(m_problems, &QListWidget::itemClicked, this, &DesignerPanel::problemActivated);
    middle->addWidget(treeBox);
    middle->addWidget(problemsBox);
    middle->addWidget(createSentPane(middle));
    middle->setSizes({360, 150, 130});
    middle->setMinimumWidth(120);
    return middle;
}

QWidget *DesignerPanel::createPreviewPane()
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto *bar = new QWidget(box);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(8, 4, 8, 4);
    h->addWidget(heading(tr("Preview"), bar));
    h->addStretch(1);
    m_themeButton = new QToolButton(bar);
    m_themeButton->setObjectName(u"previewThemeButton"_s);
    m_themeButton->setCheckable(true);
    m_themeButton->setToolTip(tr("Preview with Discord's light theme"));
    h->addWidget(m_themeButton);
    auto *zoom = new QComboBox(bar);
    zoom->setObjectName(u"previewZoom"_s);
    zoom->addItem(tr("Fit"), 0.0); // scales down to the pane's width (never up)
    for (int z : {100, 90, 75, 50})
        zoom->addItem(tr("%1 %").arg(z), z / 100.0);
    h->addWidget(zoom);
    v->addWidget(bar);

    auto *scroll = new QScrollArea(box);
    scroll->setObjectName(u"previewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_preview = new MessagePreview(scroll);
    scroll->setWidget(m_preview);
    v->addWidget(scroll, 1);
    const auto applyTheme = [this, scroll](bool light) {
        m_preview->setDark(!light);
        m_themeButton->setText(light ? tr("Light") : tr("Dark"));
        QPalette pal = scroll->palette();
        pal.setColor(QPalette::Window, light ? QColor(0xFFFFFF) : QColor(0x313338));
        scroll->setPalette(pal);
        scroll->viewport()->setPalette(pal);
        scroll->viewport()->setAutoFillBackground(true);
        QSettings().setValue(kDarkKey, !light);
    };
    connect(m_themeButton, &QToolButton::toggled, this, applyTheme);
    const bool dark = QSettings().value(kDarkKey, true).toBool();
    m_themeButton->setChecked(!dark);
    applyTheme(!dark);
    const auto applyZoom = [this, zoom, scroll] {
        double z = zoom->currentData().toDouble();
        if (z <= 0) // Fit: a message is laid out at least kFitWidth wide and scaled into the pane
            z = std::clamp(scroll->viewport()->width() / double(kFitWidth), 0.4, 1.0);
        if (!qFuzzyCompare(z, m_preview->zoom()))
            m_preview->setZoom(z);
    };
    connect(zoom, &QComboBox::activated, this, applyZoom);
    auto *watcher = new ResizeWatcher(scroll->viewport(), applyZoom);
    Q_UNUSED(watcher)
    connect(m_preview, &MessagePreview::nodeClicked, this, [this](const JsonPath &node) {
        selectNode(node);
        m_tree->setFocus(Qt::MouseFocusReason);
    });
    box->setMinimumWidth(140);
    return box;
}

JsonPath DesignerPanel::selectedNode() const
{
    const JsonPath p = m_model->pathFor(m_tree->currentIndex());
    return p.isEmpty() ? JsonPath().key(u"message"_s) : p;
}

void DesignerPanel::selectNode(const JsonPath &node)
{
    const QModelIndex index = m_model->indexFor(Nodes::nodeFor(m_document->view(), node));
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    const JsonPath path = m_model->pathFor(index);
    m_inspector->setNode(path);
    m_preview->setSelected(path);
    updateActions();
}

void DesignerPanel::documentChanged()
{
    m_preview->setView(m_document->view());
    m_palette->setComponentsV2(m_document->isComponentsV2());
    if (!m_tree->currentIndex().isValid())
        selectNode(JsonPath().key(u"message"_s));
    updateActions();
    QString status;
    if (!m_saveError.isEmpty())
        status = tr("Not saved: %1").arg(m_saveError);
    else if (hasUnsavedChanges())
        status = tr("● Unsaved changes");
    else if (m_viewId)
        status = tr("Saved");
    m_saveLabel->setText(status);
    for (int i = 0; i < m_library->count(); ++i) {
        QListWidgetItem *item = m_library->item(i);
        const bool current = item->data(Qt::UserRole + 1).toLongLong() == m_viewId && m_viewId;
        const QString name = current ? m_document->name() : item->data(Qt::UserRole).toString();
        item->setText(current && hasUnsavedChanges() ? u"● "_s + name : name);
    }
}

void DesignerPanel::updateActions()
{
    const JsonPath node = selectedNode();
    const NodeKind kind = m_document->kindAt(node);
    const bool movable = kind != NodeKind::Message && kind != NodeKind::None && node.lastIndex() >= 0;
    m_cut->setEnabled(movable);
    m_copy->setEnabled(movable);
    m_duplicate->setEnabled(movable);
    m_delete->setEnabled(kind != NodeKind::Message && kind != NodeKind::None);
    const int count = movable ? int(node.parent().valueIn(m_document->view()).toArray().size()) : 0;
    m_moveUp->setEnabled(movable && node.lastIndex() > 0);
    m_moveDown->setEnabled(movable && node.lastIndex() < count - 1);
}

void DesignerPanel::updateProblems()
{
    m_problems->clear();
    for (const DesignProblem &p : m_document->problems()) {
        auto *item = new QListWidgetItem(m_problems);
        const QString where
            = Nodes::summary(m_document->kindAt(p.node), p.node.valueIn(m_document->view()).toObject());
        item->setText(u"%1 — %2"_s.arg(where, p.field.isEmpty() ? p.message : p.field + u": "_s + p.message));
        item->setIcon(QIcon::fromTheme(p.warning ? u"dialog-warning"_s : u"dialog-error"_s));
        item->setForeground(p.warning ? QColor(0xC0, 0x8A, 0x00) : QColor(0xDA, 0x37, 0x3C));
        item->setData(Qt::UserRole, p.path.toString());
        item->setToolTip(p.toString());
    }
    const int errors = m_document->errorCount();
    const int warnings = int(m_document->problems().size()) - errors;
    m_problemSummary->setText(errors == 0 && warnings == 0
                                  ? tr("Problems: none — Discord will accept this message")
                                  : tr("Problems: %1 errors, %2 warnings").arg(errors).arg(warnings));
}

void DesignerPanel::problemActivated()
{
    QListWidgetItem *item = m_problems->currentItem();
    if (!item)
        return;
    const JsonPath path = JsonPath::parse(item->data(Qt::UserRole).toString());
    selectNode(path);
    m_inspector->focusPath(path);
}

bool DesignerPanel::importJson(const QByteArray &json, QString *error)
{
    const auto parsed = MessageJson::parse(json);
    if (!parsed) {
        if (error)
            *error = parsed.error().message;
        return false;
    }
    if (parsed->actions) {
        QJsonObject view = m_document->view();
        view.insert(u"message"_s, parsed->message);
        view.insert(u"actions"_s, *parsed->actions);
        if (parsed->kind)
            view.insert(u"kind"_s, *parsed->kind);
        m_document->setValue(JsonPath(), view, tr("Import view"));
    } else {
        m_document->replaceMessage(parsed->message, tr("Import message JSON"));
    }
    return true;
}

QByteArray DesignerPanel::exportJson() const
{
    return MessageJson::serialize(m_document->message());
}

void DesignerPanel::showImport()
{
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QMimeData *clip = QApplication::clipboard()->mimeData();
        clip && clip->hasText() && clip->text().trimmed().startsWith(u'{'))
        dialog->setJson(clip->text());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportedMessage &in = dialog->imported();
        importJson(QJsonDocument(in.actions
                                     ? QJsonObject {{u"message"_s, in.message}, {u"actions"_s, *in.actions}}
                                     : in.message)
                       .toJson());
    });
    dialog->open();
}

void DesignerPanel::showExport()
{
    QApplication::clipboard()->setText(QString::fromUtf8(exportJson()));
    auto *dialog = new QFileDialog(this, tr("Export Message JSON"), m_document->name() + u".json"_s,
                                   tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(exportJson()) >= 0)
            m_saveLabel->setText(tr("Exported to %1 (and copied)").arg(path));
        else
            m_saveLabel->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
    });
    m_saveLabel->setText(tr("Message JSON copied to the clipboard"));
    dialog->open();
}

void DesignerPanel::copyNode(bool cut)
{
    const JsonPath node = selectedNode();
    const QJsonObject clip = m_document->copyNode(node);
    if (clip.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kClipMime), QJsonDocument(clip).toJson(QJsonDocument::Compact));
    data->setText(
        QString::fromUtf8(QJsonDocument(clip.value(u"node"_s).toObject()).toJson(QJsonDocument::Indented)));
    QApplication::clipboard()->setMimeData(data);
    if (cut)
        m_document->removeNode(node);
    updateActions();
}

void DesignerPanel::pasteNode()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    if (data->hasFormat(QString::fromLatin1(kClipMime))) {
        m_document->paste(QJsonDocument::fromJson(data->data(QString::fromLatin1(kClipMime))).object(),
                          selectedNode());
        return;
    }
    // Plain JSON of a component or embed from elsewhere (e.g. Discohook).
    const QJsonObject o = QJsonDocument::fromJson(data->text().toUtf8()).object();
    if (o.isEmpty())
        return;
    QJsonObject probe {{u"message"_s, QJsonObject {{u"components"_s, QJsonArray {o}}}}};
    NodeKind kind = Nodes::kindAt(probe, JsonPath().key(u"message"_s).key(u"components"_s).index(0));
    if (!o.contains(u"type"_s))
        kind = o.contains(u"value"_s) && o.contains(u"name"_s) ? NodeKind::Field : NodeKind::Embed;
    m_document->paste({{u"kind"_s, Nodes::kindKey(kind)}, {u"node"_s, o}}, selectedNode());
}

// ---- library and storage ------------------------------------------------------------------------

QStringList DesignerPanel::viewNames() const
{
    QStringList names;
    for (int i = 0; i < m_library->count(); ++i)
        names << m_library->item(i)->data(Qt::UserRole).toString();
    return names;
}

void DesignerPanel::refreshLibrary()
{
    m_library->clear();
    if (!m_db || !m_bot || m_bot->profile().id == 0)
        return;
    store::ViewStore views(*m_db);
    const auto list = views.list(m_bot->profile().id);
    if (!list) {
        qCWarning(lcUi) << "could not list views:" << list.error().toString();
        return;
    }
    for (const store::ViewRecord &v : list.value()) {
        auto *item = new QListWidgetItem(v.name, m_library);
        item->setData(Qt::UserRole, v.name);
        item->setData(Qt::UserRole + 1, v.id);
        item->setIcon(Nodes::icon(NodeKind::Message));
        item->setToolTip(v.kind == store::ViewRecord::Kind::Bound ? tr("Bound view") : tr("Unbound view"));
        if (v.id == m_viewId)
            m_library->setCurrentItem(item);
    }
    if (!m_librarySearch->text().isEmpty())
        Q_EMIT m_librarySearch->textChanged(m_librarySearch->text());
}

void DesignerPanel::loadDefaultView()
{
    const QString last = QSettings().value(kLastViewKey).toString();
    if (!last.isEmpty() && openView(last))
        return;
    if (m_library->count() > 0 && openView(m_library->item(0)->data(Qt::UserRole).toString()))
        return;
    // Nothing saved yet: start with a small example the user can change.
    QJsonObject view = DesignDocument::emptyView(u"welcome"_s);
    QJsonObject message {
        {u"content"_s, tr("Hello! Press the button.")},
        {u"components"_s,
         QJsonArray {QJsonObject {{u"type"_s, 1},
                                  {u"components"_s,
                                   QJsonArray {QJsonObject {{u"type"_s, 2},
                                                            {u"style"_s, 1},
                                                            {u"label"_s, tr("Click me!")},
                                                            {u"custom_id"_s, u"welcome:click-me"_s}}}}}}}};
    view.insert(u"message"_s, message);
    view.insert(u"actions"_s,
                QJsonObject {{u"welcome:click-me"_s,
                              QJsonObject {{u"type"_s, u"reply"_s},
                                           {u"reply"_s, tr("Hello {user.mention}!")},
                                           {u"ephemeral"_s, true}}}});
    m_viewId = 0;
    m_document->load(view);
    loadSentMessages();
    selectNode(JsonPath().key(u"message"_s));
    if (m_bot && m_bot->profile().id != 0) {
        saveNow();
        refreshLibrary();
    }
}

bool DesignerPanel::openView(const QString &name)
{
    if (!m_db || !m_bot || m_bot->profile().id == 0)
        return false;
    if (hasUnsavedChanges())
        saveNow();
    store::ViewStore views(*m_db);
    const auto record = views.byName(m_bot->profile().id, name);
    if (!record)
        return false;
    QJsonObject view {
        {u"name"_s, record->name},
        {u"kind"_s, store::ViewRecord::kindName(record->kind)},
        {u"timeout_seconds"_s, record->timeoutSeconds ? QJsonValue(*record->timeoutSeconds) : QJsonValue()},
        {u"message"_s, record->payload},
        {u"actions"_s, record->actions}};
    m_viewId = record->id;
    m_saveError.clear();
    m_document->load(view);
    // Messages sent earlier show the view as it was saved (until it is edited here).
    if (!m_published.contains(m_viewId))
        m_published.insert(m_viewId, record->payload);
    loadSentMessages();
    QSettings().setValue(kLastViewKey, name);
    for (int i = 0; i < m_library->count(); ++i) {
        if (m_library->item(i)->data(Qt::UserRole).toString() == name)
            m_library->setCurrentRow(i);
    }
    selectNode(JsonPath().key(u"message"_s));
    documentChanged();
    return true;
}

void DesignerPanel::newView()
{
    if (hasUnsavedChanges())
        saveNow();
    QStringList names = viewNames();
    QString name = u"view"_s;
    for (int n = 2; names.contains(name); ++n)
        name = u"view-"_s + QString::number(n);
    m_viewId = 0;
    m_document->load(DesignDocument::emptyView(name));
    saveNow();
    loadSentMessages();
    refreshLibrary();
    selectNode(JsonPath().key(u"message"_s));
    m_inspector->focusPath(JsonPath().key(u"name"_s));
}

bool DesignerPanel::saveNow()
{
    m_saveTimer->stop();
    if (!m_db || !m_bot || m_bot->profile().id == 0) {
        m_saveError = tr("no profile to save views in");
        return false;
    }
    store::ViewRecord record;
    record.id = m_viewId;
    record.profileId = m_bot->profile().id;
    record.name = m_document->name().trimmed();
    record.kind = m_document->isBound() ? store::ViewRecord::Kind::Bound : store::ViewRecord::Kind::Unbound;
    const QJsonValue timeout = m_document->view().value(u"timeout_seconds"_s);
    if (timeout.isDouble() && timeout.toInt() > 0)
        record.timeoutSeconds = timeout.toInt();
    record.payload = m_document->message();
    record.actions = m_document->actions();
    store::ViewStore views(*m_db);
    const auto saved = views.save(record);
    if (!saved) {
        m_saveError = saved.error().message;
        documentChanged();
        return false;
    }
    const bool renamed = m_viewId == 0 || !viewNames().contains(record.name);
    m_viewId = saved->id;
    m_saveError.clear();
    m_document->undoStack()->setClean();
    QSettings().setValue(kLastViewKey, record.name);
    if (renamed)
        refreshLibrary();
    documentChanged();
    afterSave(true);
    return true;
}

void DesignerPanel::scheduleSave()
{
    if (hasUnsavedChanges())
        m_saveTimer->start();
}

bool DesignerPanel::hasUnsavedChanges() const
{
    return !m_document->undoStack()->isClean() || (m_viewId == 0 && m_bot && m_bot->profile().id != 0);
}

QString DesignerPanel::saveStatus() const
{
    return m_saveLabel->text();
}

void DesignerPanel::renameView()
{
    // The name is a property of the view: edit it in the inspector (one undo step, autosaved).
    selectNode(JsonPath().key(u"message"_s));
    m_inspector->focusPath(JsonPath().key(u"name"_s));
}

void DesignerPanel::duplicateView()
{
    saveNow();
    QJsonObject view = m_document->view();
    QString name = m_document->name() + u"-copy"_s;
    for (int n = 2; viewNames().contains(name); ++n)
        name = m_document->name() + u"-copy-"_s + QString::number(n);
    view.insert(u"name"_s, name);
    m_viewId = 0;
    m_document->load(view);
    saveNow();
    loadSentMessages();
    refreshLibrary();
}

void DesignerPanel::deleteView()
{
    if (!m_db || !m_viewId)
        return;
    store::BindingStore bindings(*m_db);
    const auto bound = bindings.listActiveByView(m_viewId);
    QStringList messages;
    if (bound) {
        for (const store::BindingRecord &b : bound.value())
            messages << tr("message %1 in channel %2").arg(b.messageId, b.channelId);
    }
    const QString name = m_document->name();
    const QString text = messages.isEmpty()
        ? tr("Delete the view “%1”? No sent message is bound to it.").arg(name)
        : tr("Delete the view “%1”? These messages are bound to it and will stop answering:\n%2")
              .arg(name, messages.join(u'\n'));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete View"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"designerDeleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    connect(box, &QMessageBox::accepted, this, [this] {
        store::ViewStore views(*m_db);
        if (const auto removed = views.remove(m_viewId); !removed) {
            m_saveLabel->setText(tr("Not deleted: %1").arg(removed.error().message));
            return;
        }
        m_viewId = 0;
        QSettings().remove(kLastViewKey);
        m_document->undoStack()->setClean();
        refreshLibrary();
        if (m_library->count() > 0)
            openView(m_library->item(0)->data(Qt::UserRole).toString());
        else
            newView();
    });
    box->open();
}

void DesignerPanel::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedChanges())
        saveNow();
    QWidget::closeEvent(event);
}

// ---- sending and sent messages -------------------------------------------------------------------

QWidget *DesignerPanel::createSentPane(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(4, 4, 4, 4);
    v->setSpacing(4);
    m_sentStatus = heading(tr("Sent messages"), box);
    m_sentStatus->setObjectName(u"designerSentSummary"_s);
    v->addWidget(m_sentStatus);
    m_sentList = new QListWidget(box);
    m_sentList->setObjectName(u"designerSentMessages"_s);
    m_sentList->setAccessibleName(tr("Messages sent with this view"));
    m_sentList->setToolTip(
        tr("Messages sent with this view. Double-click (or Enter) shows one in the Sandbox."));
    v->addWidget(m_sentList, 1);
    connect(m_sentList, &QListWidget::itemActivated, this, &DesignerPanel::jumpToSentMessage);
    connect(m_sentList, &QListWidget::currentRowChanged, this, &DesignerPanel::updateSendAction);
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    const auto button = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        QToolButton *b = addGridButton(buttons, box, name, text, tip);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_jumpSent = button(u"sentJump"_s, tr("Show"), tr("Show the selected message in the Sandbox panel"),
                        &DesignerPanel::jumpToSentMessage);
    m_refreshSent = button(u"sentRefresh"_s, tr("Refresh"), tr("Look which messages still exist"),
                           &DesignerPanel::refreshSentMessages);
    m_deleteSent = button(u"sentDelete"_s, tr("Delete"), tr("Delete the selected message from its channel"),
                          &DesignerPanel::deleteSentMessage);
    v->addLayout(buttons);
    m_updateSent = new QPushButton(box);
    m_updateSent->setObjectName(u"sentUpdate"_s);
    m_updateSent->setToolTip(tr("Edit the messages already sent so they show the view as saved now"));
    m_updateSent->setVisible(false);
    connect(m_updateSent, &QPushButton::clicked, this, &DesignerPanel::updateSentMessages);
    v->addWidget(m_updateSent);
    return box;
}

QString DesignerPanel::channelName(const QString &channelId) const
{
    if (m_bot) {
        for (const GuildInfo &g : m_bot->guilds()) {
            for (const ChannelInfo &c : g.channels) {
                if (c.id == channelId)
                    return u"#"_s + c.name;
            }
        }
    }
    return tr("channel %1").arg(channelId);
}

void DesignerPanel::loadSentMessages()
{
    if (!m_sentList)
        return;
    const QString current = m_sentList->currentItem()
        ? m_sentList->currentItem()->data(Qt::UserRole + 1).toString()
        : QString();
    m_sentList->clear();
    struct Sent
    {
        QString channelId;
        QString messageId;
        QDateTime when;
    };
    QList<Sent> sent;
    if (m_db && m_viewId) {
        if (const auto recorded = store::SentMessageStore(*m_db).listByView(m_viewId); recorded) {
            for (const store::SentMessageRecord &r : recorded.value())
                sent.append({r.channelId, r.messageId, r.sent});
        } else {
            qCWarning(lcUi) << "could not read the sent messages:" << recorded.error().toString();
        }
        // Bound messages sent by other means (command line, tasks) are listed too.
        if (const auto bound = store::BindingStore(*m_db).listActiveByView(m_viewId); bound) {
            for (const store::BindingRecord &b : bound.value()) {
                const bool listed = std::any_of(sent.cbegin(), sent.cend(),
                                                [&](const Sent &s) { return s.messageId == b.messageId; });
                if (!listed)
                    sent.append({b.channelId, b.messageId, b.created});
            }
        }
    }
    std::stable_sort(sent.begin(), sent.end(), [](const Sent &a, const Sent &b) { return a.when < b.when; });
    for (const Sent &s : std::as_const(sent)) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2").arg(channelName(s.channelId),
                              QLocale().toString(s.when.toLocalTime(), QLocale::ShortFormat)),
            m_sentList);
        item->setData(Qt::UserRole, s.channelId);
        item->setData(Qt::UserRole + 1, s.messageId);
        item->setToolTip(tr("Message %1 in %2").arg(s.messageId, channelName(s.channelId)));
        if (s.messageId == current)
            m_sentList->setCurrentItem(item);
    }
    if (!m_sentList->currentItem() && m_sentList->count() > 0)
        m_sentList->setCurrentRow(m_sentList->count() - 1);
    updateSendAction();
}

int DesignerPanel::outdatedSentMessages() const
{
    if (!m_sentList || m_sentList->count() == 0 || !m_viewId)
        return 0;
    const auto published = m_published.constFind(m_viewId);
    if (published != m_published.cend() && published.value() == m_document->message())
        return 0;
    return m_sentList->count();
}

QString DesignerPanel::sendBlockedReason() const
{
    if (m_busy)
        return tr("a send or update is still running");
    if (!m_bot || !m_db || m_bot->profile().id == 0)
        return tr("there is no bot profile");
    if (const int errors = m_document->errorCount(); errors > 0)
        return errors == 1 ? tr("the view has a problem to fix first")
                           : tr("the view has %1 problems to fix first").arg(errors);
    if (m_bot->state()->status() != BotState::Status::Ready)
        return tr("the bot is not running (it is %1)")
            .arg(BotState::statusText(m_bot->state()->status()).toLower());
    return {};
}

void DesignerPanel::updateSendAction()
{
    if (!m_send || !m_sentList)
        return;
    const QString reason = sendBlockedReason();
    m_send->setEnabled(reason.isEmpty());
    const QString tip = reason.isEmpty()
        ? tr("Send the view to a channel (%1)").arg(m_send->shortcut().toString(QKeySequence::NativeText))
        : tr("Cannot send: %1").arg(reason);
    m_send->setToolTip(tip);
    m_send->setStatusTip(tip);
    const bool botReady = m_bot && m_bot->state()->status() == BotState::Status::Ready && !m_busy;
    const bool selected = m_sentList->currentItem() != nullptr;
    m_jumpSent->setEnabled(selected);
    m_refreshSent->setEnabled(m_viewId != 0);
    m_deleteSent->setEnabled(selected && botReady);
    const int outdated = outdatedSentMessages();
    m_updateSent->setVisible(outdated > 0);
    m_updateSent->setText(outdated == 1 ? tr("Update 1 sent message")
                                        : tr("Update %1 sent messages").arg(outdated));
    m_updateSent->setEnabled(outdated > 0 && reason.isEmpty());
    m_sentStatus->setText(m_sentList->count() == 0 ? tr("Sent messages: none")
                                                   : tr("Sent messages: %1").arg(m_sentList->count()));
}

void DesignerPanel::afterSave(bool payloadChanged)
{
    // A running bot answers with the actions just saved.
    if (m_bot && m_bot->state()->status() != BotState::Status::Stopped)
        m_bot->reloadViews();
    if (payloadChanged)
        updateSendAction();
}

void DesignerPanel::showSendDialog()
{
    if (const QString reason = sendBlockedReason(); !reason.isEmpty()) {
        m_saveLabel->setText(tr("Cannot send: %1").arg(reason));
        return;
    }
    auto *dialog = new SendDialog(m_bot->guilds(), m_document->name(), m_lastChannel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendTo(dialog->channelId()); });
    dialog->open();
}

void DesignerPanel::sendTo(const QString &channelId)
{
    QString reason = sendBlockedReason();
    if (reason.isEmpty() && channelId.isEmpty())
        reason = tr("no channel was chosen");
    if (reason.isEmpty() && hasUnsavedChanges() && !saveNow())
        reason = tr("the view could not be saved: %1").arg(m_saveError);
    if (!reason.isEmpty()) {
        m_saveLabel->setText(tr("Not sent: %1").arg(reason));
        Q_EMIT sendFailed(reason);
        return;
    }
    sendAsync(m_document->name(), channelId);
}

QCoro::Task<> DesignerPanel::sendAsync(QString viewName, QString channelId)
{
    const qint64 viewId = m_viewId;
    const QJsonObject payload = m_document->message();
    m_busy = true;
    updateSendAction();
    m_saveLabel->setText(tr("Sending “%1” to %2…").arg(viewName, channelName(channelId)));
    QPointer<DesignerPanel> self(this);
    auto task = m_bot->sendView(viewName, channelId);
    const Result<QString> sent = co_await std::move(task);
    if (!self)
        co_return;
    m_busy = false;
    if (!sent) {
        m_saveLabel->setText(tr("Not sent: %1").arg(sent.error().message));
        updateSendAction();
        Q_EMIT sendFailed(sent.error().message);
        co_return;
    }
    store::SentMessageRecord record;
    record.messageId = sent.value();
    record.channelId = channelId;
    for (const GuildInfo &g : m_bot->guilds()) {
        for (const ChannelInfo &c : g.channels) {
            if (c.id == channelId)
                record.guildId = g.id;
        }
    }
    record.viewId = viewId;
    if (const auto stored = store::SentMessageStore(*m_db).record(record); !stored)
        qCWarning(lcUi) << "could not record the sent message:" << stored.error().toString();
    if (!m_published.contains(viewId) || outdatedSentMessages() == 0)
        m_published.insert(viewId, payload);
    m_lastChannel = channelId;
    loadSentMessages();
    for (int i = 0; i < m_sentList->count(); ++i) {
        if (m_sentList->item(i)->data(Qt::UserRole + 1).toString() == sent.value())
            m_sentList->setCurrentRow(i);
    }
    m_saveLabel->setText(tr("Sent to %1").arg(channelName(channelId)));
    Q_EMIT viewSent(sent.value());
}

void DesignerPanel::updateSentMessages()
{
    QString reason = sendBlockedReason();
    if (reason.isEmpty() && m_sentList->count() == 0)
        reason = tr("no message was sent with this view");
    if (reason.isEmpty() && hasUnsavedChanges() && !saveNow())
        reason = tr("the view could not be saved: %1").arg(m_saveError);
    if (!reason.isEmpty()) {
        m_saveLabel->setText(tr("Not updated: %1").arg(reason));
        Q_EMIT sentMessagesUpdated(0, m_sentList->count());
        return;
    }
    updateAsync();
}

QCoro::Task<> DesignerPanel::updateAsync()
{
    const qint64 viewId = m_viewId;
    const QJsonObject payload = m_document->message();
    QList<views::SentMessageRef> refs;
    for (int i = 0; i < m_sentList->count(); ++i)
        refs.append({m_sentList->item(i)->data(Qt::UserRole).toString(),
                     m_sentList->item(i)->data(Qt::UserRole + 1).toString()});
    m_busy = true;
    updateSendAction();
    m_saveLabel->setText(tr("Updating sent messages (%1)…").arg(refs.size()));
    QPointer<DesignerPanel> self(this);
    auto task = views::ViewPublisher::updateMessages(m_bot, refs, payload);
    const auto outcomes = co_await std::move(task);
    if (!self)
        co_return;
    m_busy = false;
    int updated = 0;
    QStringList failures;
    if (outcomes) {
        for (const views::PublishOutcome &o : outcomes.value()) {
            if (o.ok)
                ++updated;
            else
                failures << tr("%1: %2").arg(o.messageId, o.error);
        }
    } else {
        failures << outcomes.error().message;
    }
    if (failures.isEmpty()) {
        m_published.insert(viewId, payload);
        m_saveLabel->setText(updated == 1 ? tr("Updated 1 sent message")
                                          : tr("Updated %1 sent messages").arg(updated));
    } else {
        m_saveLabel->setText(
            tr("Updated %1, failed %2: %3").arg(updated).arg(failures.size()).arg(failures.join(u"; "_s)));
    }
    updateSendAction();
    Q_EMIT sentMessagesUpdated(updated, int(failures.size()));
}

void DesignerPanel::refreshSentMessages()
{
    loadSentMessages();
    if (m_sentList->count() > 0 && m_bot && m_bot->state()->status() == BotState::Status::Ready)
        checkAsync();
}

QCoro::Task<> DesignerPanel::checkAsync()
{
    QList<views::SentMessageRef> refs;
    for (int i = 0; i < m_sentList->count(); ++i)
        refs.append({m_sentList->item(i)->data(Qt::UserRole).toString(),
                     m_sentList->item(i)->data(Qt::UserRole + 1).toString()});
    QPointer<DesignerPanel> self(this);
    auto task = views::ViewPublisher::checkMessages(m_bot, refs);
    const auto outcomes = co_await std::move(task);
    if (!self || !outcomes)
        co_return;
    int gone = 0;
    for (const views::PublishOutcome &o : outcomes.value()) {
        if (!o.gone)
            continue;
        ++gone;
        for (int i = 0; i < m_sentList->count(); ++i) {
            QListWidgetItem *item = m_sentList->item(i);
            if (item->data(Qt::UserRole + 1).toString() != o.messageId
                || item->data(Qt::UserRole + 2).toBool())
                continue;
            item->setData(Qt::UserRole + 2, true);
            item->setText(tr("%1 — deleted in Discord").arg(item->text()));
            item->setForeground(QWidget::palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_saveLabel->setText(gone == 0
                             ? tr("Every sent message still exists (%1)").arg(refs.size())
                             : tr("Sent messages that no longer exist: %1 (Delete forgets them)").arg(gone));
}

void DesignerPanel::deleteSentMessage()
{
    QListWidgetItem *item = m_sentList->currentItem();
    if (!item || !m_bot || m_bot->state()->status() != BotState::Status::Ready || m_busy)
        return;
    const QString channelId = item->data(Qt::UserRole).toString();
    const QString messageId = item->data(Qt::UserRole + 1).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Message"),
                                tr("Delete the message %1 in %2? It is removed from the channel for "
                                   "everybody and stops answering.")
                                    .arg(messageId, channelName(channelId)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"designerDeleteSentConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    connect(box, &QMessageBox::accepted, this,
            [this, channelId, messageId] { deleteAsync(channelId, messageId); });
    box->open();
}

QCoro::Task<> DesignerPanel::deleteAsync(QString channelId, QString messageId)
{
    m_busy = true;
    updateSendAction();
    QPointer<DesignerPanel> self(this);
    auto task = views::ViewPublisher::deleteMessage(m_bot, {channelId, messageId});
    const Result<void> deleted = co_await std::move(task);
    if (!self)
        co_return;
    m_busy = false;
    if (!deleted) {
        m_saveLabel->setText(tr("Not deleted: %1").arg(deleted.error().message));
        updateSendAction();
        co_return;
    }
    if (const auto forgotten = store::SentMessageStore(*m_db).remove(messageId); !forgotten)
        qCWarning(lcUi) << "could not forget the sent message:" << forgotten.error().toString();
    // Unbind (kept as history); an unbound view's message has no binding.
    if (const auto unbound = store::BindingStore(*m_db).remove(messageId);
        !unbound && unbound.error().kind != Error::Kind::NotFound)
        qCWarning(lcUi) << "could not remove the binding:" << unbound.error().toString();
    loadSentMessages();
    m_saveLabel->setText(tr("Deleted the message in %1").arg(channelName(channelId)));
    Q_EMIT sentMessageDeleted(messageId);
}

void DesignerPanel::jumpToSentMessage()
{
    QListWidgetItem *item = m_sentList->currentItem();
    if (!item)
        return;
    const QString channelId = item->data(Qt::UserRole).toString();
    const QString messageId = item->data(Qt::UserRole + 1).toString();
    Q_EMIT jumpRequested(channelId, messageId);
    auto *sandbox = window()->findChild<SandboxPanel *>();
    if (!sandbox)
        return;
    for (QWidget *w = sandbox; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    if (!sandbox->showMessage(channelId, messageId))
        m_saveLabel->setText(tr("The Sandbox panel does not show %1").arg(channelName(channelId)));
}

} // namespace bw::gui::designer
