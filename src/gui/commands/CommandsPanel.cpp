#include "gui/commands/CommandsPanel.h"

#include "bot/Bot.h"
#include "bot/BotState.h"
#include "bot/commands/CommandSync.h"
#include "core/Logging.h"
#include "discord/CommandValidator.h"
#include "gui/commands/CommandDocument.h"
#include "gui/commands/CommandInspector.h"
#include "sandbox/SandboxHost.h"
#include "store/CommandStore.h"
#include "store/ViewStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtMath>
#include <qcoro/qcorotask.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace bw::gui {

using commands::CommandDocument;
using commands::CommandInspector;
using commands::CommandJson;
using commands::OptionPath;
using V = discord::CommandValidator;

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kPathRole = Qt::UserRole + 1;

QVariantList toVariant(const OptionPath &path)
{
    QVariantList out;
    for (int i : path)
        out << i;
    return out;
}

OptionPath fromVariant(const QVariant &value)
{
    OptionPath out;
    for (const QVariant &v : value.toList())
        out << v.toInt();
    return out;
}

QString typeLabel(int optionType)
{
    QString name = V::optionTypeName(optionType);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString commandKindLabel(int type)
{
    switch (type) {
    case V::User:
        return QObject::tr("User command");
    case V::Message:
        return QObject::tr("Message command");
    default:
        return QObject::tr("Slash command");
    }
}

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

/// Calls `then` with the task's result unless `guard` is gone. (Not QCoro::connect: here a task may already
/// be finished when it is handed over, when the bot thread answered before the GUI thread awaited it.)
template<typename T>
QCoro::Task<void> whenDone(QCoro::Task<T> task, QPointer<QObject> guard, std::function<void(const T &)> then)
{
    const T result = co_await task;
    if (guard)
        then(result);
}

} // namespace

CommandsPanel::CommandsPanel(Bot *bot, store::Database *db, QWidget *parent)
    : QWidget(parent),
      m_bot(bot),
      m_db(db),
      m_document(new CommandDocument(this)),
      m_inspector(new CommandInspector(m_document, this)),
      m_split(new QSplitter(Qt::Vertical, this)),
      m_tree(new QTreeWidget(this)),
      m_problems(new QListWidget(this)),
      m_newButton(toolButton(u"newCommandButton"_s, tr("New"),
                             tr("New slash command (more kinds in the menu)"), this)),
      m_addOptionButton(toolButton(u"addOptionButton"_s, tr("Add option"),
                                   tr("Add an option, subcommand or group to the selected command"), this)),
      m_duplicateButton(
          toolButton(u"duplicateButton"_s, tr("Duplicate"), tr("Duplicate the selection"), this)),
      m_deleteButton(toolButton(u"deleteButton"_s, tr("Delete"), tr("Delete the selection"), this)),
      m_undoButton(toolButton(u"undoButton"_s, tr("Undo"), tr("Undo (Ctrl+Z)"), this)),
      m_redoButton(toolButton(u"redoButton"_s, tr("Redo"), tr("Redo (Ctrl+Shift+Z)"), this)),
      m_previewButton(new QPushButton(tr("Preview sync"), this)),
      m_syncButton(new QPushButton(tr("Sync"), this)),
      m_syncProgress(new QProgressBar(this)),
      m_syncStatus(new QLabel(this)),
      m_syncPreview(new QTreeWidget(this)),
      m_reloadTimer(new QTimer(this))
{
    setObjectName(u"commandsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    // Toolbar: New (slash; user/message in its menu), Add option (string; the other types in its menu).
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    auto *newMenu = new QMenu(m_newButton);
    newMenu->setObjectName(u"newCommandMenu"_s);
    for (int type : {V::ChatInput, V::User, V::Message}) {
        QAction *a = newMenu->addAction(commandKindLabel(type), this, [this, type] { newCommand(type); });
        a->setObjectName(u"actionNewCommand%1"_s.arg(type));
    }
    m_newButton->setMenu(newMenu);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_newButton, &QToolButton::clicked, this, [this] { newCommand(V::ChatInput); });
    auto *optionMenu = new QMenu(m_addOptionButton);
    optionMenu->setObjectName(u"addOptionMenu"_s);
    for (int type : {3, 4, 10, 5, 6, 7, 8, 9, 11, 1, 2}) {
        QAction *a = optionMenu->addAction(typeLabel(type), this, [this, type] { addOption(type); });
        a->setObjectName(u"actionAddOption%1"_s.arg(type));
    }
    m_addOptionButton->setMenu(optionMenu);
    m_addOptionButton->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_addOptionButton, &QToolButton::clicked, this, [this] { addOption(V::String); });
    connect(m_duplicateButton, &QToolButton::clicked, this, &CommandsPanel::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &CommandsPanel::deleteSelected);
    connect(m_undoButton, &QToolButton::clicked, m_document->undoStack(), &QUndoStack::undo);
    connect(m_redoButton, &QToolButton::clicked, m_document->undoStack(), &QUndoStack::redo);
    for (QToolButton *b : {m_newButton, m_addOptionButton, m_duplicateButton, m_deleteButton})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_undoButton);
    bar->addWidget(m_redoButton);
    layout->addLayout(bar);

    // Left (or top): the commands, their problems, the sync.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 4, 4);
    m_tree->setObjectName(u"commandTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Command"), tr("Type"), tr("Scope")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    leftLayout->addWidget(m_tree, 3);

    auto *problemsLabel = new QLabel(tr("Problems"), left);
    problemsLabel->setObjectName(u"commandProblemsLabel"_s);
    leftLayout->addWidget(problemsLabel);
    m_problems->setObjectName(u"commandProblems"_s);
    m_problems->setWordWrap(true);
    leftLayout->addWidget(m_problems, 1);

    auto *syncBox = new QGroupBox(tr("Sync"), left);
    syncBox->setObjectName(u"syncBox"_s);
    auto *syncLayout = new QVBoxLayout(syncBox);
    auto *syncButtons = new QHBoxLayout;
    m_previewButton->setObjectName(u"previewSyncButton"_s);
    m_syncButton->setObjectName(u"syncButton"_s);
    m_syncProgress->setObjectName(u"syncProgress"_s);
    m_syncProgress->setRange(0, 1);
    m_syncProgress->setValue(0);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setMaximumHeight(12);
    m_syncProgress->hide(); // only while a sync runs
    syncButtons->addWidget(m_previewButton);
    syncButtons->addWidget(m_syncButton);
    m_forceSync = new QCheckBox(tr("Even if unchanged"), syncBox);
    m_forceSync->setObjectName(u"forceSyncCheck"_s);
    m_forceSync->setToolTip(
        tr("Send every scope, not only those whose commands changed since the last sync"));
    syncButtons->addWidget(m_forceSync);
    syncButtons->addWidget(m_syncProgress, 1);
    syncLayout->addLayout(syncButtons);
    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_syncStatus->setWordWrap(true);
    syncLayout->addWidget(m_syncStatus);
    m_syncPreview->setObjectName(u"syncPreview"_s);
    m_syncPreview->setHeaderHidden(true);
    m_syncPreview->setMinimumHeight(80);
    syncLayout->addWidget(m_syncPreview);
    leftLayout->addWidget(syncBox, 2);
    connect(m_previewButton, &QPushButton::clicked, this, &CommandsPanel::previewSync);
    connect(m_syncButton, &QPushButton::clicked, this, &CommandsPanel::sync);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"commandInspectorScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_inspector);

    m_split->setObjectName(u"commandsSplit"_s);
    // Both halves scroll rather than impose their minimum height on the dock (and the main window).
    left->setMinimumHeight(420);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(u"commandListScroll"_s);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setWidget(left);
    m_split->addWidget(leftScroll);
    m_split->addWidget(scroll);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    connect(m_document, &CommandDocument::changed, this, [this] {
        rebuildTree();
        m_inspector->refresh();
        updateActions();
        m_reloadTimer->start();
    });
    connect(m_document, &CommandDocument::issuesChanged, this, &CommandsPanel::updateProblems);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &CommandsPanel::updateActions);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, this, &CommandsPanel::updateActions);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (m_rebuilding)
            return;
        if (!current)
            m_inspector->setNode(0, {});
        else
            m_inspector->setNode(current->data(0, kKeyRole).toInt(),
                                 fromVariant(current->data(0, kPathRole)));
        updateActions();
    });
    auto activateProblem = [this](QListWidgetItem *item) {
        if (item)
            selectNode(item->data(kKeyRole).toInt(), fromVariant(item->data(kPathRole)));
    };
    connect(m_problems, &QListWidget::itemActivated, this, activateProblem);
    connect(m_problems, &QListWidget::itemClicked, this, activateProblem);

    // The running bot answers edited commands shortly after the edit (a sync registers them with Discord).
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_bot)
            m_bot->reloadCommands();
    });

    if (m_bot) {
        connect(m_bot, &Bot::guildsChanged, this,
                [this](const QList<GuildInfo> &guilds) { m_inspector->setGuilds(guilds); });
        m_inspector->setGuilds(m_bot->guilds());
        connect(m_bot, &Bot::commandSyncProgress, this, [this](int done, int total, const QString &scope) {
            if (!m_syncing)
                return;
            m_syncProgress->setRange(0, qMax(1, total));
            m_syncProgress->setValue(done);
            m_syncStatus->setText(done < total
                                      ? tr("Syncing %1 (%2 of %3)…").arg(scope).arg(done + 1).arg(total)
                                      : tr("Finishing…"));
        });
        // Another profile (the main window switches profiles while the bot is stopped): its commands.
        connect(m_bot->state(), &BotState::statusChanged, this, [this] {
            if (m_bot->profile().id != m_loadedProfile)
                reload();
        });
        // The bot also syncs by itself when it connects (only scopes that changed): say so.
        connect(m_bot, &Bot::commandsSynced, this,
                [this](const bw::commands::SyncReport &report, const QString &error) {
                    if (m_syncing)
                        return;
                    m_syncStatus->setText(
                        !error.isEmpty()           ? tr("The bot's sync at start failed: %1").arg(error)
                            : report.requests == 0 ? tr("The bot started; its commands were already in sync.")
                                                   : tr("The bot synced %n scope(s) when it started.",
                                                        nullptr, report.scopesSynced));
                });
        connect(m_bot, &Bot::commandSyncRateLimited, this, [this](const QString &scope, double seconds) {
            m_syncStatus->setText(tr("%1: waiting %2s for rate limit…").arg(scope).arg(qCeil(seconds)));
        });
    }
    reload();
    updateActions();
}

CommandsPanel::~CommandsPanel() = default;

void CommandsPanel::reload()
{
    const qint64 profileId = m_bot ? m_bot->profile().id : 0;
    m_loadedProfile = profileId;
    loadViews();
    m_document->load(m_db, profileId);
    if (!m_document->entries().isEmpty())
        selectNode(m_document->entries().constFirst().key);
}

void CommandsPanel::loadViews()
{
    QMap<QString, QJsonObject> views;
    if (m_db && m_bot && m_bot->profile().id != 0) {
        store::ViewStore store(*m_db);
        if (auto list = store.list(m_bot->profile().id)) {
            for (const store::ViewRecord &v : list.value())
                views.insert(v.name, v.payload);
        }
    }
    m_inspector->setViews(views);
}

void CommandsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_bot && m_bot->profile().id != m_loadedProfile)
        reload();
    else
        loadViews();
}

void CommandsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room (a floating or wide dock), stacked in a narrow dock.
    const Qt::Orientation wanted = width() >= 760 ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() != wanted) {
        m_split->setOrientation(wanted);
        const int total = wanted == Qt::Horizontal ? width() : height();
        m_split->setSizes({total * 45 / 100, total * 55 / 100});
    }
}

bool CommandsPanel::event(QEvent *event)
{
    // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo the commands while focus is in this panel (a line edit
    // keeps its own text undo).
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if ((undo || redo) && !qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_document->undoStack()->undo();
                else
                    m_document->undoStack()->redo();
            }
            return true;
        }
    }
    return QWidget::event(event);
}

QTreeWidgetItem *CommandsPanel::findItem(int key, const OptionPath &path) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kKeyRole).toInt() == key && fromVariant((*it)->data(0, kPathRole)) == path)
            return *it;
    }
    return nullptr;
}

void CommandsPanel::rebuildTree()
{
    const int key = selectedKey();
    const OptionPath path = selectedPath();
    m_rebuilding = true;
    m_tree->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QSet<QString> badNodes; // "key/errorPath" of nodes with problems
    for (const commands::CommandIssue &issue : m_document->issues()) {
        if (issue.path.startsWith(u"response"_s)) {
            badNodes.insert(QString::number(issue.key) + u'/');
            continue;
        }
        badNodes.insert(QString::number(issue.key) + u'/'
                        + CommandJson::errorPath(CommandJson::nodeOfErrorPath(issue.path)));
    }
    QHash<QString, QString> guildNames;
    if (m_bot) {
        for (const GuildInfo &g : m_bot->guilds())
            guildNames.insert(g.id, g.name);
    }
    std::function<void(QTreeWidgetItem *, int, const QJsonObject &, const OptionPath &)> addChildren;
    addChildren = [&](QTreeWidgetItem *parent, int k, const QJsonObject &node, const OptionPath &at) {
        const QJsonArray options = node.value(u"options"_s).toArray();
        for (int i = 0; i < options.size(); ++i) {
            const QJsonObject o = options.at(i).toObject();
            const OptionPath p = OptionPath(at) << i;
            const int type = o.value(u"type"_s).toInt();
            QString label = o.value(u"name"_s).toString();
            if (o.value(u"required"_s).toBool())
                label += u" *"_s;
            auto *item = new QTreeWidgetItem(parent, {label, typeLabel(type)});
            item->setData(0, kKeyRole, k);
            item->setData(0, kPathRole, toVariant(p));
            item->setToolTip(0, o.value(u"description"_s).toString());
            if (badNodes.contains(QString::number(k) + u'/' + CommandJson::errorPath(p)))
                item->setIcon(0, warning);
            addChildren(item, k, o, p);
        }
    };
    for (const CommandDocument::Entry &e : m_document->entries()) {
        const int type = e.record.type();
        const QString name = type == V::ChatInput ? u"/"_s + e.record.name() : e.record.name();
        const QString scope = e.record.guildId.isEmpty()
            ? tr("Global")
            : guildNames.value(e.record.guildId, e.record.guildId);
        auto *item = new QTreeWidgetItem(m_tree, {name, commandKindLabel(type), scope});
        item->setData(0, kKeyRole, e.key);
        item->setData(0, kPathRole, QVariantList());
        item->setToolTip(0, e.record.definition.value(u"description"_s).toString());
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        if (badNodes.contains(QString::number(e.key) + u'/'))
            item->setIcon(0, warning);
        addChildren(item, e.key, e.record.definition, {});
    }
    m_tree->expandAll();
    m_rebuilding = false;
    QTreeWidgetItem *current = findItem(key, path);
    if (!current && !path.isEmpty())
        current = findItem(key, path.first(path.size() - 1));
    if (!current)
        current = findItem(key, {});
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(current);
    if (!current)
        m_inspector->setNode(0, {});
}

void CommandsPanel::updateProblems()
{
    m_problems->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const commands::CommandIssue &issue : m_document->issues()) {
        const store::CommandRecord *r = m_document->record(issue.key);
        const QString command = r ? (r->type() == V::ChatInput ? u"/"_s + r->name() : r->name()) : QString();
        const QString where = issue.path.isEmpty() || issue.path.startsWith(u"response"_s)
            ? command
            : command + u" › "_s + issue.path;
        auto *item = new QListWidgetItem(warning, where + u": "_s + issue.message, m_problems);
        item->setData(kKeyRole, issue.key);
        item->setData(kPathRole,
                      issue.path.startsWith(u"response"_s)
                          ? QVariantList()
                          : toVariant(CommandJson::nodeOfErrorPath(issue.path)));
    }
    if (m_document->issues().isEmpty())
        new QListWidgetItem(tr("No problems."), m_problems);
    updateActions();
}

void CommandsPanel::updateActions()
{
    const bool any = selectedKey() != 0;
    const store::CommandRecord *r = m_document->record(selectedKey());
    const int nodeType
        = r ? CommandJson::optionAt(r->definition, selectedPath()).value(u"type"_s).toInt() : 0;
    const bool canHoldOptions = r && r->type() == V::ChatInput;
    m_addOptionButton->setEnabled(canHoldOptions);
    Q_UNUSED(nodeType)
    m_duplicateButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
    m_undoButton->setEnabled(m_document->undoStack()->canUndo());
    m_redoButton->setEnabled(m_document->undoStack()->canRedo());
    const bool errors = m_document->hasErrors();
    m_syncButton->setEnabled(!errors && !m_syncing && m_document->profileId() != 0);
    m_syncButton->setToolTip(errors ? tr("Fix the problems first: Discord would refuse these commands.")
                                    : tr("Register the commands with Discord (only scopes that changed)."));
    m_previewButton->setEnabled(m_document->profileId() != 0);
}

int CommandsPanel::selectedKey() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kKeyRole).toInt() : 0;
}

OptionPath CommandsPanel::selectedPath() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item ? fromVariant(item->data(0, kPathRole)) : OptionPath {};
}

void CommandsPanel::selectNode(int key, const OptionPath &path)
{
    QTreeWidgetItem *item = findItem(key, path);
    if (!item)
        item = findItem(key, {});
    if (item)
        m_tree->setCurrentItem(item);
}

int CommandsPanel::newCommand(int type)
{
    store::CommandRecord r;
    r.profileId = m_document->profileId();
    if (type == V::ChatInput) {
        r.definition = {{u"name"_s, u"command"_s}, {u"type"_s, 1}, {u"description"_s, tr("A new command")}};
        r.response = {{u"type"_s, u"reply"_s}, {u"reply"_s, tr("Hello {user.mention}!")}};
    } else {
        r.definition
            = {{u"name"_s, type == V::User ? tr("User info") : tr("Quote message")}, {u"type"_s, type}};
        r.response = {{u"type"_s, u"reply"_s}, {u"reply"_s, tr("Done.")}, {u"ephemeral"_s, true}};
    }
    const int key = m_document->add(r, tr("New %1").arg(commandKindLabel(type).toLower()));
    selectNode(key);
    return key;
}

void CommandsPanel::addOption(int optionType)
{
    const int key = selectedKey();
    const store::CommandRecord *r = m_document->record(key);
    if (!r || r->type() != V::ChatInput)
        return;
    // The parent: the selected command, subcommand or group; for a plain option, its parent.
    OptionPath parent = selectedPath();
    const int selectedType = CommandJson::optionAt(r->definition, parent).value(u"type"_s).toInt();
    if (!parent.isEmpty() && selectedType != V::SubCommand && selectedType != V::SubCommandGroup)
        parent.removeLast();
    const QJsonObject parentNode = CommandJson::optionAt(r->definition, parent);
    const int parentType = parent.isEmpty() ? 0 : parentNode.value(u"type"_s).toInt();
    // A group holds only subcommands.
    if (parentType == V::SubCommandGroup && optionType != V::SubCommand)
        optionType = V::SubCommand;
    if (parentType == V::SubCommand && (optionType == V::SubCommand || optionType == V::SubCommandGroup))
        parent.clear(); // subcommands go next to the selected subcommand, on the command
    const QJsonObject target = CommandJson::optionAt(r->definition, parent);
    QSet<QString> names;
    for (const QJsonValue &o : target.value(u"options"_s).toArray())
        names.insert(o.toObject().value(u"name"_s).toString());
    const QString base = optionType == V::SubCommand ? u"sub"_s
        : optionType == V::SubCommandGroup           ? u"group"_s
                                                     : u"option"_s;
    QString name = base;
    for (int n = 2; names.contains(name); ++n)
        name = base + QString::number(n);
    QJsonObject option {{u"name"_s, name}, {u"type"_s, optionType}};
    option.insert(u"description"_s,
                  optionType == V::SubCommand            ? tr("A subcommand")
                      : optionType == V::SubCommandGroup ? tr("A group of subcommands")
                                                         : tr("An option"));
    if (optionType == V::SubCommandGroup)
        option.insert(u"options"_s,
                      QJsonArray {QJsonObject {
                          {u"name"_s, u"sub"_s}, {u"type"_s, 1}, {u"description"_s, tr("A subcommand")}}});
    store::CommandRecord changed = *r;
    const qsizetype index = target.value(u"options"_s).toArray().size();
    changed.definition = CommandJson::withOptionAdded(r->definition, parent, option);
    // Subcommands answer by path: the first subcommand takes over the command's own response.
    if ((optionType == V::SubCommand || optionType == V::SubCommandGroup)
        && !CommandJson::hasSubcommands(r->definition) && !r->response.isEmpty()
        && !r->response.contains(u"subcommands"_s)) {
        const QString path = optionType == V::SubCommand ? name : name + u" sub"_s;
        changed.response = QJsonObject {{u"subcommands"_s, QJsonObject {{path, r->response}}}};
    }
    m_document->setRecord(key, changed, tr("Add %1").arg(typeLabel(optionType).toLower()));
    selectNode(key, OptionPath(parent) << int(index));
}

void CommandsPanel::deleteSelected()
{
    const int key = selectedKey();
    const store::CommandRecord *r = m_document->record(key);
    if (!r)
        return;
    const OptionPath path = selectedPath();
    if (path.isEmpty()) {
        m_document->remove(key);
        return;
    }
    store::CommandRecord changed = *r;
    changed.definition = CommandJson::withoutOption(r->definition, path);
    m_document->setRecord(key, changed, tr("Delete option"));
    selectNode(key, path.first(path.size() - 1));
}

void CommandsPanel::duplicateSelected()
{
    const int key = selectedKey();
    const store::CommandRecord *r = m_document->record(key);
    if (!r)
        return;
    const OptionPath path = selectedPath();
    if (path.isEmpty()) {
        selectNode(m_document->duplicate(key));
        return;
    }
    const OptionPath parent = path.first(path.size() - 1);
    QJsonObject option = CommandJson::optionAt(r->definition, path);
    option.insert(u"name"_s,
                  QString(option.value(u"name"_s).toString() + u"-copy"_s).left(V::kMaxNameLength));
    option.remove(u"required"_s); // required options come first; a copy goes last
    store::CommandRecord changed = *r;
    changed.definition = CommandJson::withOptionAdded(r->definition, parent, option);
    m_document->setRecord(key, changed, tr("Duplicate option"));
    selectNode(
        key,
        OptionPath(parent) << int(
            CommandJson::optionAt(changed.definition, parent).value(u"options"_s).toArray().size() - 1));
}

void CommandsPanel::previewSync()
{
    if (!m_bot || !m_db || m_document->profileId() == 0)
        return;
    m_syncStatus->setText(tr("Computing what would change…"));
    // The diff against the last sync needs only the store: computed here, so that it works with the bot
    // stopped too. The application the last sync went to: the profile's, the embedded sandbox's, or the
    // newest recorded sync's.
    QString applicationId = m_bot->profile().applicationId;
    if (m_bot->profile().target == store::Profile::Target::Sandbox)
        applicationId = m_bot->sandbox() ? m_bot->sandbox()->applicationId() : QString();
    if (applicationId.isEmpty()) {
        if (auto states = store::CommandStore(*m_db).syncStates(m_document->profileId())) {
            QDateTime newest;
            for (const store::CommandSyncRecord &state : states.value()) {
                if (!newest.isValid() || state.synced > newest) {
                    newest = state.synced;
                    applicationId = state.applicationId;
                }
            }
        }
    }
    auto *planner
        = new bw::commands::CommandSync(nullptr, m_db, m_document->profileId(), applicationId, this);
    whenDone<Result<QList<bw::commands::ScopePlan>>>(
        planner->plan(m_document->records(), false), this,
        [this, planner](const Result<QList<bw::commands::ScopePlan>> &plans) {
            planner->deleteLater();
            m_syncPreview->clear();
            if (!plans) {
                m_syncStatus->setText(tr("Could not compute the sync: %1").arg(plans.error().toString()));
                Q_EMIT syncPreviewReady();
                return;
            }
            QHash<QString, QString> guildNames;
            for (const GuildInfo &g : m_bot->guilds())
                guildNames.insert(g.id, g.name);
            int scopesToSync = 0;
            for (const bw::commands::ScopePlan &plan : plans.value()) {
                const QString scope = plan.guildId.isEmpty()
                    ? tr("Global")
                    : tr("Server %1").arg(guildNames.value(plan.guildId, plan.guildId));
                int added = 0, removed = 0, changed = 0;
                for (const bw::commands::CommandChange &c : plan.changes) {
                    added += c.kind == bw::commands::CommandChange::Kind::Added;
                    removed += c.kind == bw::commands::CommandChange::Kind::Removed;
                    changed += c.kind == bw::commands::CommandChange::Kind::Changed;
                }
                QString summary;
                if (!plan.needsSync)
                    summary = tr("%1: unchanged, nothing to send").arg(scope);
                else
                    summary = tr("%1: %2 added, %3 changed, %4 removed%5")
                                  .arg(scope)
                                  .arg(added)
                                  .arg(changed)
                                  .arg(removed)
                                  .arg(plan.storedHash.isEmpty() ? tr(" (never synced)") : QString());
                scopesToSync += plan.needsSync;
                auto *top = new QTreeWidgetItem(m_syncPreview, {summary});
                for (const bw::commands::CommandChange &c : plan.changes) {
                    if (c.kind == bw::commands::CommandChange::Kind::Unchanged)
                        continue;
                    auto *item = new QTreeWidgetItem(top, {c.toString()});
                    const QColor color = c.kind == bw::commands::CommandChange::Kind::Added
                        ? QColor(0x2e, 0x9e, 0x4f)
                        : c.kind == bw::commands::CommandChange::Kind::Removed ? QColor(0xd9, 0x53, 0x4f)
                                                                               : QColor(0xc0, 0x8a, 0x00);
                    item->setForeground(0, color);
                }
            }
            m_syncPreview->expandAll();
            const QString summary = scopesToSync == 0
                ? tr("Everything is in sync.")
                : tr("%n scope(s) would be sent.", nullptr, scopesToSync);
            m_syncStatus->setText(m_syncOutcome.isEmpty() ? summary : m_syncOutcome + u'\n' + summary);
            m_syncOutcome.clear();
            Q_EMIT syncPreviewReady();
        });
}

void CommandsPanel::sync()
{
    if (!m_bot || m_syncing)
        return;
    if (m_document->hasErrors()) {
        m_syncStatus->setText(tr("Fix the problems first: Discord would refuse these commands."));
        Q_EMIT syncFinished(false, m_syncStatus->text());
        return;
    }
    m_syncing = true;
    updateActions();
    m_syncProgress->setRange(0, 0); // busy until the first progress report
    m_syncProgress->show();
    m_syncStatus->setText(tr("Syncing…"));
    whenDone<Result<bw::commands::SyncReport>>(
        m_bot->syncCommands(m_forceSync->isChecked()), this,
        [this](const Result<bw::commands::SyncReport> &report) {
            m_syncing = false;
            m_syncProgress->hide();
            QString message;
            if (!report) {
                message = tr("Sync failed: %1").arg(report.error().toString());
            } else {
                const bw::commands::SyncReport &r = report.value();
                message = r.requests == 0 ? tr("Nothing changed: no request sent.")
                                          : tr("Synced %n scope(s)", nullptr, r.scopesSynced)
                        + tr(", %n unchanged", nullptr, r.scopesSkipped)
                        + (r.rateLimitWaits > 0
                               ? tr(", waited out %n rate limit(s)", nullptr, r.rateLimitWaits)
                               : QString())
                        + u'.';
                if (!r.lines.isEmpty())
                    message += u'\n' + r.lines.join(u'\n');
            }
            m_syncStatus->setText(message);
            updateActions();
            Q_EMIT syncFinished(bool(report), message);
            if (report) {
                m_syncOutcome = message;
                previewSync();
            }
        });
}

} // namespace bw::gui
