#pragma once
// CommandDocument: the profile's commands as the Commands panel edits them: every edit is a snapshot on a
// QUndoStack (typing merges), applied changes are saved to the CommandStore at once, and each command is
// validated with CommandValidator (its own rules and those of its scope's list).

#include "discord/CommandValidator.h"
#include "store/CommandRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUndoStack>

namespace bw::store {
class Database;
}

namespace bw::gui::commands {

/// One problem of one command: the command's key and Discord's error path inside its definition.
struct CommandIssue
{
    int key = 0;
    QString path; // "options.0.name"; "response..." for the response design; empty = the command
    QString message;
};

class CommandDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandDocument)

public:
    /// A command as the document holds it: a key that stays the same across undo/redo (database ids do
    /// not: a command removed and restored is inserted again).
    struct Entry
    {
        int key = 0;
        store::CommandRecord record;
    };

    explicit CommandDocument(QObject *parent = nullptr);
    ~CommandDocument() override;

    QUndoStack *undoStack() const { return m_undo; }

    /// Loads the profile's commands from `db` (null = nothing is saved); clears undo history.
    void load(store::Database *db, qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    const QList<Entry> &entries() const { return m_entries; }
    int indexOf(int key) const;
    const store::CommandRecord *record(int key) const;
    /// The commands as stored records (for CommandSync).
    QList<store::CommandRecord> records() const;

    /// Adds a command (one undo step); returns its key.
    int add(const store::CommandRecord &record, const QString &text);
    void remove(int key);
    /// A copy with a free name ("ping-copy"), placed after the original; returns its key.
    int duplicate(int key);
    /// Replaces one command (one undo step). Consecutive edits with the same non-empty `mergeKey` merge.
    void setRecord(int key, const store::CommandRecord &record, const QString &text,
                   const QString &mergeKey = {});

    /// Every problem of every command (validation, scope list rules, a save the store refused).
    const QList<CommandIssue> &issues() const { return m_issues; }
    QList<CommandIssue> issuesOf(int key) const;
    bool hasErrors() const { return !m_issues.isEmpty(); }

    /// Used by the undo commands: installs a whole snapshot and saves what changed.
    void applySnapshot(const QList<Entry> &entries);

Q_SIGNALS:
    /// Any change of the list or a command (after it was applied and saved).
    void changed();
    void issuesChanged();

private:
    void push(QList<Entry> after, const QString &text, const QString &mergeKey);
    void saveChanges(const QList<Entry> &before);
    void validate();
    QString freeName(const store::CommandRecord &record, const QString &base) const;

    QUndoStack *m_undo;
    store::Database *m_db = nullptr;
    qint64 m_profileId = 0;
    QList<Entry> m_entries;
    QHash<int, qint64> m_dbIds; // key -> id in the store
    QHash<int, QString> m_saveErrors; // key -> why the store refused it
    QList<CommandIssue> m_issues;
    int m_nextKey = 1;
};

} // namespace bw::gui::commands
