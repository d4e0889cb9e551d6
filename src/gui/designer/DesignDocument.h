#pragma once
// DesignDocument: the view being designed (the view object of docs/view-format.md: name, kind,
// timeout_seconds, message, actions), every edit pushed as a named QUndoCommand (typing merges), and
// the validation problems of the current state.

#include "gui/designer/DesignNode.h"
#include "gui/designer/JsonPath.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUndoCommand>

class QUndoStack;

namespace bw::gui::designer {

/// One problem of the view, with where it is (JSON path and the node it belongs to).
struct DesignProblem
{
    JsonPath path; // the offending value, under the view object ("message.components[0].label")
    JsonPath node; // the node that shows it
    QString field; // the key ("label"), empty for a whole node
    QString message;
    bool warning = false;

    QString toString() const;
};

class DesignDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignDocument)

public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    QUndoStack *undoStack() const { return m_undo; }

    /// A new, empty view (a message with one line of content) named `name`.
    static QJsonObject emptyView(const QString &name);
    /// Replaces the whole document (a freshly opened view): clears the undo history.
    void load(const QJsonObject &view);

    const QJsonObject &view() const { return m_view; }
    QJsonObject message() const { return m_view.value(QStringLiteral("message")).toObject(); }
    QJsonObject actions() const { return m_view.value(QStringLiteral("actions")).toObject(); }
    QString name() const { return m_view.value(QStringLiteral("name")).toString(); }
    bool isBound() const
    {
        return m_view.value(QStringLiteral("kind")).toString() == QLatin1StringView("bound");
    }
    bool isComponentsV2() const;
    QJsonValue value(const JsonPath &path) const { return path.valueIn(m_view); }
    NodeKind kindAt(const JsonPath &path) const { return Nodes::kindAt(m_view, path); }

    // ---- edits: each is one undo command; false when nothing changed or the edit is impossible ----

    /// Sets (or, with an undefined value, removes) the value at `path`. `typing` merges consecutive
    /// edits of the same path into one command. Renaming a custom_id moves its action along; changing
    /// a label whose custom_id was generated from it regenerates the custom_id.
    bool setValue(const JsonPath &path, const QJsonValue &value, const QString &text, bool typing = false);
    /// Adds a new node of `kind` near `selected` (inside it when it can hold one, else after it or in an
    /// ancestor; buttons and selects get a row when needed). Returns the new node's path (empty: refused).
    JsonPath addNode(NodeKind kind, const JsonPath &selected);
    /// Adds a new node of `kind` into `parent` at `position` (-1 = end); buttons and selects dropped on
    /// the message or a container get a new row. Returns the new node's path (empty: refused).
    JsonPath addNodeAt(NodeKind kind, const JsonPath &parent, int position);
    /// Inserts `json` as a child of kind `kind` into the node `parent` at `position` (-1 = end).
    JsonPath insertNode(NodeKind kind, const QJsonObject &json, const JsonPath &parent, int position,
                        const QString &text);
    /// Removes the node at `path` (and the actions of the custom_ids it held).
    bool removeNode(const JsonPath &path);
    /// Moves a node into `parent` at `position` (positions count the parent's children of that kind).
    JsonPath moveNode(const JsonPath &from, const JsonPath &parent, int position);
    /// Moves a node one place up (-1) or down (+1) among its siblings.
    JsonPath moveBy(const JsonPath &path, int delta);
    /// A copy of the node after it (custom_ids made unique, actions copied).
    JsonPath duplicateNode(const JsonPath &path);
    /// Replaces the message (import); actions of custom_ids that no longer exist are kept.
    bool replaceMessage(const QJsonObject &message, const QString &text);
    /// Switches the view to Components V2 (content and embeds move into text displays) or back.
    bool setComponentsV2(bool on);
    /// Sets the action of a custom_id (undefined removes it).
    bool setAction(const QString &customId, const QJsonValue &action, const QString &text,
                   bool typing = false);

    /// The JSON of a node with the actions of its custom_ids, for the clipboard: {"kind","node","actions"}.
    QJsonObject copyNode(const JsonPath &path) const;
    /// Pastes a copyNode() object near `selected`. Returns the new node's path.
    JsonPath paste(const QJsonObject &clip, const JsonPath &selected);

    /// The problems of the current state (errors first), recomputed after every change.
    const QList<DesignProblem> &problems() const { return m_problems; }
    int errorCount() const;

    /// Used by the undo commands: replaces the view without recording.
    void setViewFromCommand(const QJsonObject &view, const JsonPath &select);

Q_SIGNALS:
    /// Any change. `structural` when nodes were added, removed or moved (the tree must be rebuilt).
    void changed(bool structural);
    /// After a command (do, undo or redo): the node it concerns, for selection.
    void focusRequested(const bw::gui::designer::JsonPath &node);
    void problemsChanged();
    /// A whole new document was loaded.
    void loaded();

private:
    bool push(const QString &text, const QJsonObject &after, const JsonPath &select,
              const QString &mergeKey = {});
    void recomputeProblems();
    /// Where a node of `kind` goes for `selected`: the parent node and the position (-1 = end).
    bool placement(NodeKind kind, const JsonPath &selected, JsonPath *parent, int *position) const;
    /// Inserts a node into `view` (wrapping buttons/selects in a row where needed); the new node's path.
    JsonPath composeInsert(QJsonObject *view, NodeKind kind, const QJsonObject &json, const JsonPath &parent,
                           int position) const;
    QJsonObject withUniqueIds(QJsonObject node, QJsonObject *actions, const QJsonObject &sourceActions,
                              QStringList *taken) const;

    QJsonObject m_view;
    QUndoStack *m_undo;
    QList<DesignProblem> m_problems;
    QString m_structure; // the node layout, to tell structural changes from value edits
};

/// The one undo command class: the view before and after, a name, and a merge key for typing.
class DocumentCommand final : public QUndoCommand
{
public:
    static constexpr int kTypingId = 0x6277; // "bw"

    DocumentCommand(DesignDocument *doc, const QString &text, QJsonObject before, QJsonObject after,
                    JsonPath select, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kTypingId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_doc;
    QJsonObject m_before;
    QJsonObject m_after;
    JsonPath m_select;
    QString m_mergeKey;
};

} // namespace bw::gui::designer
