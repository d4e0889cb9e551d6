#include "gui/commands/CommandDocument.h"

#include "core/Logging.h"
#include "gui/commands/CommandJson.h"
#include "store/CommandStore.h"

#include <QJsonArray>
#include <QMap>
#include <QUndoCommand>

using namespace Qt::StringLiterals;

namespace bw::gui::commands {

namespace {

/// One edit of the command list: the whole list before and after (a profile has a few dozen commands at
/// most, so snapshots stay small and every kind of edit undoes the same way).
class SnapshotCommand final : public QUndoCommand
{
public:
    SnapshotCommand(CommandDocument *document, QList<CommandDocument::Entry> before,
                    QList<CommandDocument::Entry> after, const QString &text, const QString &mergeKey)
        : QUndoCommand(text),
          m_document(document),
          m_before(std::move(before)),
          m_after(std::move(after)),
          m_mergeKey(mergeKey)
    { }

    void redo() override { m_document->applySnapshot(m_after); }
    void undo() override { m_document->applySnapshot(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SnapshotCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    CommandDocument *m_document;
    QList<CommandDocument::Entry> m_before;
    QList<CommandDocument::Entry> m_after;
    QString m_mergeKey;
};

bool sameRecord(const store::CommandRecord &a, const store::CommandRecord &b)
{
    return a.guildId == b.guildId && a.definition == b.definition && a.response == b.response
        && a.position == b.position;
}

} // namespace

CommandDocument::CommandDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) { }

CommandDocument::~CommandDocument() = default;

void CommandDocument::load(store::Database *db, qint64 profileId)
{
    m_db = db;
    m_profileId = profileId;
    m_entries.clear();
    m_dbIds.clear();
    m_saveErrors.clear();
    m_undo->clear();
    if (m_db && m_profileId != 0) {
        store::CommandStore commands(*m_db);
        auto list = commands.list(m_profileId);
        if (!list) {
            qCWarning(lcUi) << "could not list commands:" << list.error().toString();
        } else {
            QList<store::CommandRecord> records = list.value();
            std::stable_sort(records.begin(), records.end(),
                             [](const store::CommandRecord &a, const store::CommandRecord &b) {
                                 return a.position < b.position;
                             });
            for (const store::CommandRecord &r : std::as_const(records)) {
                Entry e {m_nextKey++, r};
                m_dbIds.insert(e.key, r.id);
                m_entries.append(e);
            }
        }
    }
    validate();
    Q_EMIT changed();
}

int CommandDocument::indexOf(int key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return int(i);
    }
    return -1;
}

const store::CommandRecord *CommandDocument::record(int key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_entries.at(i).record;
}

QList<store::CommandRecord> CommandDocument::records() const
{
    QList<store::CommandRecord> out;
    for (const Entry &e : m_entries) {
        store::CommandRecord r = e.record;
        r.id = m_dbIds.value(e.key);
        r.profileId = m_profileId;
        out.append(r);
    }
    return out;
}

QString CommandDocument::freeName(const store::CommandRecord &record, const QString &base) const
{
    auto taken = [&](const QString &name) {
        for (const Entry &e : m_entries) {
            if (e.record.type() == record.type() && e.record.guildId == record.guildId
                && e.record.name() == name)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

int CommandDocument::add(const store::CommandRecord &record, const QString &text)
{
    Entry e {m_nextKey++, record};
    e.record.id = 0;
    e.record.definition.insert(u"name"_s, freeName(e.record, e.record.name()));
    QList<Entry> after = m_entries;
    after.append(e);
    push(after, text, {});
    return e.key;
}

void CommandDocument::remove(int key)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    QList<Entry> after = m_entries;
    const QString name = after.at(i).record.name();
    after.removeAt(i);
    push(after, tr("Delete command %1").arg(name), {});
}

int CommandDocument::duplicate(int key)
{
    const int i = indexOf(key);
    if (i < 0)
        return 0;
    Entry e {m_nextKey++, m_entries.at(i).record};
    e.record.id = 0;
    const QString base = e.record.type() == 1 ? e.record.name() + u"-copy"_s : e.record.name() + u" copy"_s;
    e.record.definition.insert(u"name"_s, freeName(e.record, base.left(32)));
    QList<Entry> after = m_entries;
    after.insert(i + 1, e);
    push(after, tr("Duplicate command %1").arg(m_entries.at(i).record.name()), {});
    return e.key;
}

void CommandDocument::setRecord(int key, const store::CommandRecord &record, const QString &text,
                                const QString &mergeKey)
{
    const int i = indexOf(key);
    if (i < 0 || sameRecord(m_entries.at(i).record, record))
        return;
    QList<Entry> after = m_entries;
    after[i].record = record;
    push(after, text, mergeKey.isEmpty() ? QString() : QString::number(key) + u'/' + mergeKey);
}

void CommandDocument::push(QList<Entry> after, const QString &text, const QString &mergeKey)
{
    for (qsizetype i = 0; i < after.size(); ++i)
        after[i].record.position = int(i);
    m_undo->push(new SnapshotCommand(this, m_entries, std::move(after), text, mergeKey));
}

void CommandDocument::applySnapshot(const QList<Entry> &entries)
{
    const QList<Entry> before = m_entries;
    m_entries = entries;
    saveChanges(before);
    validate();
    Q_EMIT changed();
}

void CommandDocument::saveChanges(const QList<Entry> &before)
{
    if (!m_db || m_profileId == 0)
        return;
    store::CommandStore store(*m_db);
    QHash<int, const store::CommandRecord *> old;
    for (const Entry &e : before)
        old.insert(e.key, &e.record);
    QSet<int> present;
    for (const Entry &e : std::as_const(m_entries))
        present.insert(e.key);
    // Removals first, so that a rename into a freed name succeeds.
    for (const Entry &e : before) {
        if (present.contains(e.key) || !m_dbIds.contains(e.key))
            continue;
        if (auto done = store.remove(m_dbIds.value(e.key)); !done)
            qCWarning(lcUi) << "could not remove command" << e.record.name() << done.error().toString();
        m_dbIds.remove(e.key);
        m_saveErrors.remove(e.key);
    }
    // Two passes, so that swapping names between two commands saves too.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Entry &e : std::as_const(m_entries)) {
            const store::CommandRecord *was = old.value(e.key);
            const bool stored = m_dbIds.contains(e.key);
            if (stored && was && sameRecord(*was, e.record) && !m_saveErrors.contains(e.key))
                continue;
            if (pass == 1 && !m_saveErrors.contains(e.key))
                continue;
            store::CommandRecord r = e.record;
            r.id = m_dbIds.value(e.key);
            r.profileId = m_profileId;
            auto saved = store.save(r);
            if (!saved) {
                m_saveErrors.insert(e.key, saved.error().message);
                continue;
            }
            m_saveErrors.remove(e.key);
            m_dbIds.insert(e.key, saved->id);
        }
    }
}

QList<CommandIssue> CommandDocument::issuesOf(int key) const
{
    QList<CommandIssue> out;
    for (const CommandIssue &issue : m_issues) {
        if (issue.key == key)
            out.append(issue);
    }
    return out;
}

void CommandDocument::validate()
{
    m_issues.clear();
    QMap<QString, QList<int>> scopes; // guild id -> entry indexes
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        scopes[m_entries.at(i).record.guildId].append(int(i));
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        QJsonArray list;
        for (int i : it.value())
            list.append(m_entries.at(i).record.definition);
        for (const discord::CommandProblem &p : discord::CommandValidator::validateList(list)) {
            const int dot = p.path.indexOf(u'.');
            const QString head = dot < 0 ? p.path : p.path.left(dot);
            bool ok = false;
            const int index = head.toInt(&ok);
            if (ok && index >= 0 && index < it.value().size())
                m_issues.append({m_entries.at(it.value().at(index)).key,
                                 dot < 0 ? QString() : p.path.mid(dot + 1), p.message});
            else
                m_issues.append({m_entries.at(it.value().constLast()).key, QString(), p.message});
        }
    }
    for (const Entry &e : std::as_const(m_entries)) {
        for (const auto &[path, message] : CommandJson::responseProblems(e.record))
            m_issues.append({e.key, path, message});
        if (m_saveErrors.contains(e.key))
            m_issues.append({e.key, QString(), tr("Not saved: %1").arg(m_saveErrors.value(e.key))});
    }
    Q_EMIT issuesChanged();
}

} // namespace bw::gui::commands
