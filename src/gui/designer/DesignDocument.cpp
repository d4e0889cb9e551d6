#include "gui/designer/DesignDocument.h"

#include "bot/Template.h"
#include "bot/views/ViewDefinition.h"
#include "discord/MessageValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using bw::discord::MessageValidator;

namespace bw::gui::designer {

namespace {

const QString kMessage = u"message"_s;
const QString kActions = u"actions"_s;
const QString kMoved = u"__bw_moved"_s;
const QString kTarget = u"__bw_target"_s;

JsonPath messagePath()
{
    return JsonPath().key(kMessage);
}

void structureOf(const QJsonObject &view, const JsonPath &node, QString *out)
{
    out->append(node.toString());
    out->append(u'=');
    out->append(QString::number(int(Nodes::kindAt(view, node))));
    out->append(u';');
    for (const JsonPath &child : Nodes::children(view, node))
        structureOf(view, child, out);
}

bool isRowItem(NodeKind kind)
{
    return kind == NodeKind::Button || kind == NodeKind::LinkButton || kind == NodeKind::PremiumButton
        || Nodes::isSelect(kind);
}

/// The path of the (first) object carrying `marker`, searched depth-first.
JsonPath findMarker(const QJsonValue &value, const JsonPath &at, const QString &marker)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(marker))
            return at;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                JsonPath found = findMarker(it.value(), at.key(it.key()), marker);
                if (!found.isEmpty())
                    return found;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            JsonPath found = findMarker(a.at(i), at.index(int(i)), marker);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

void collectIds(const QJsonValue &value, QStringList *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"custom_id"_s).isString() && o.contains(u"type"_s))
            out->append(o.value(u"custom_id"_s).toString());
        for (const QJsonValue &v : o)
            collectIds(v, out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectIds(v, out);
    }
}

void collectTexts(const QJsonArray &components, QStringList *texts, QJsonArray *rows)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        const int type = c.value(u"type"_s).toInt();
        if (type == MessageValidator::TextDisplay)
            texts->append(c.value(u"content"_s).toString());
        else if (type == MessageValidator::ActionRow)
            rows->append(c);
        else if (type == MessageValidator::Container || type == MessageValidator::Section)
            collectTexts(c.value(u"components"_s).toArray(), texts, rows);
    }
}

void checkTemplates(const QJsonValue &action, const JsonPath &path, QList<DesignProblem> *out,
                    const QJsonObject &view)
{
    const QJsonObject a = action.toObject();
    if (!action.isObject()) {
        out->append(
            {path, Nodes::nodeFor(view, path), {}, QObject::tr("an action must be an object"), false});
        return;
    }
    static const QStringList types {u"reply"_s, u"update"_s, u"counter"_s, u"set_state"_s, u"check_user"_s,
                                    u"role"_s,  u"modal"_s,  u"defer"_s,   u"send"_s,      u"sequence"_s};
    if (!types.contains(a.value(u"type"_s).toString()))
        out->append({path.key(u"type"_s), Nodes::nodeFor(view, path), u"type"_s,
                     QObject::tr("choose what the component does"), false});
    for (const QString &key : {u"reply"_s, u"deny"_s, u"value"_s, u"user"_s, u"channel_id"_s, u"content"_s}) {
        QJsonValue v = a.value(key);
        JsonPath p = path.key(key);
        if (v.isObject() && v.toObject().value(u"content"_s).isString()) {
            p = p.key(u"content"_s);
            v = v.toObject().value(u"content"_s);
        }
        if (!v.isString())
            continue;
        const auto t = Template::parseChecked(v.toString(), TemplateScopes::view());
        if (!t)
            out->append({p, Nodes::nodeFor(view, path), key, t.error().message, false});
    }
    if (a.value(u"then"_s).isObject())
        checkTemplates(a.value(u"then"_s), path.key(u"then"_s), out, view);
    const QJsonArray steps = a.value(u"steps"_s).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i)
        checkTemplates(steps.at(i), path.key(u"steps"_s).index(int(i)), out, view);
}

} // namespace

QString DesignProblem::toString() const
{
    const QString where = path.toString();
    return where.isEmpty() ? message : where + u": "_s + message;
}

// ---- DocumentCommand ----------------------------------------------------------------------------

DocumentCommand::DocumentCommand(DesignDocument *doc, const QString &text, QJsonObject before,
                                 QJsonObject after, JsonPath select, QString mergeKey)
    : QUndoCommand(text),
      m_doc(doc),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_select(std::move(select)),
      m_mergeKey(std::move(mergeKey))
{ }

void DocumentCommand::undo()
{
    m_doc->setViewFromCommand(m_before, m_select);
}

void DocumentCommand::redo()
{
    m_doc->setViewFromCommand(m_after, m_select);
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

// ---- DesignDocument -----------------------------------------------------------------------------

DesignDocument::DesignDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(u"designerUndoStack"_s);
    load(emptyView(tr("new-view")));
}

DesignDocument::~DesignDocument() = default;

QJsonObject DesignDocument::emptyView(const QString &name)
{
    return {{u"name"_s, name},
            {u"kind"_s, u"unbound"_s},
            {u"timeout_seconds"_s, QJsonValue::Null},
            {kMessage, QJsonObject {{u"content"_s, tr("Hello from Botwright!")}}},
            {kActions, QJsonObject {}}};
}

void DesignDocument::load(const QJsonObject &view)
{
    m_undo->clear();
    m_view = view;
    if (!m_view.value(kMessage).isObject())
        m_view.insert(kMessage, QJsonObject {});
    if (!m_view.value(kActions).isObject())
        m_view.insert(kActions, QJsonObject {});
    m_structure.clear();
    structureOf(m_view, messagePath(), &m_structure);
    recomputeProblems();
    Q_EMIT loaded();
    Q_EMIT changed(true);
}

bool DesignDocument::isComponentsV2() const
{
    return MessageValidator::isComponentsV2(message());
}

void DesignDocument::setViewFromCommand(const QJsonObject &view, const JsonPath &select)
{
    m_view = view;
    QString structure;
    structureOf(m_view, messagePath(), &structure);
    const bool structural = structure != m_structure;
    m_structure = structure;
    recomputeProblems();
    Q_EMIT changed(structural);
    if (!select.isEmpty())
        Q_EMIT focusRequested(select);
}

bool DesignDocument::push(const QString &text, const QJsonObject &after, const JsonPath &select,
                          const QString &mergeKey)
{
    if (after == m_view)
        return false;
    m_undo->push(new DocumentCommand(this, text, m_view, after, select, mergeKey));
    return true;
}

int DesignDocument::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const DesignProblem &p) { return !p.warning; }));
}

void DesignDocument::recomputeProblems()
{
    QList<DesignProblem> problems;
    const QJsonObject message = this->message();
    for (const auto &p : MessageValidator::validateMessage(message)) {
        const JsonPath path = p.path.isEmpty() ? messagePath() : messagePath().key(u"__"_s).parent();
        JsonPath full = messagePath();
        if (!p.path.isEmpty()) {
            const JsonPath parsed = JsonPath::parse(p.path);
            for (const JsonPath::Segment &s : parsed.segments())
                full = s.isIndex() ? full.index(s.index) : full.key(s.key);
        }
        Q_UNUSED(path)
        problems.append({full, Nodes::nodeFor(m_view, full), p.field, p.message, p.warning});
    }
    // The view itself.
    const QString name = this->name();
    if (name.trimmed().isEmpty())
        problems.append(
            {JsonPath().key(u"name"_s), messagePath(), u"name"_s, tr("the view needs a name"), false});
    else if (name.size() > 100)
        problems.append({JsonPath().key(u"name"_s), messagePath(), u"name"_s,
                         tr("a view name has at most 100 characters"), false});
    const QJsonValue timeout = m_view.value(u"timeout_seconds"_s);
    if (!timeout.isNull() && !timeout.isUndefined() && timeout.toInt() <= 0)
        problems.append({JsonPath().key(u"timeout_seconds"_s), messagePath(), u"timeout_seconds"_s,
                         tr("the timeout must be at least one second (or none)"), false});
    // Behaviour: every interactive component should do something, every action should have a component.
    const QJsonObject actions = this->actions();
    QStringList ids;
    collectIds(message.value(u"components"_s), &ids);
    for (const QString &id : std::as_const(ids)) {
        const JsonPath c = Nodes::componentWithCustomId(m_view, id);
        const NodeKind kind = Nodes::kindAt(m_view, c);
        if (Nodes::isInteractive(kind) && !actions.contains(id))
            problems.append({c.key(u"custom_id"_s), c, u"custom_id"_s,
                             tr("“%1” has no behaviour: clicking it will only say it is not handled").arg(id),
                             true});
    }
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        const JsonPath p = JsonPath().key(kActions).key(it.key());
        checkTemplates(it.value(), p, &problems, m_view);
        // Modal submits are answered by actions named after the modal's custom_id.
        bool isModal = false;
        for (auto other = actions.begin(); other != actions.end(); ++other) {
            const QJsonObject a = other.value().toObject();
            if (a.value(u"modal"_s).toObject().value(u"custom_id"_s).toString() == it.key())
                isModal = true;
        }
        if (!ids.contains(it.key()) && !isModal)
            problems.append({p,
                             messagePath(),
                             {},
                             tr("the action of “%1” has no component with that custom_id").arg(it.key()),
                             true});
    }
    // The runtime's own rules for behaviour (what it refuses to load): counter needs a bound view, a modal
    // must be the first answer, check_user needs its user and then, ... Only what is not reported above.
    views::ViewDefinition definition;
    definition.name = name;
    definition.kind = isBound() ? views::ViewDefinition::Kind::Bound : views::ViewDefinition::Kind::Unbound;
    if (timeout.isDouble() && timeout.toInt() > 0)
        definition.timeoutSeconds = timeout.toInt();
    definition.message = message;
    definition.actions = actions;
    for (const views::ViewIssue &issue : definition.validate()) {
        // The message itself is checked by MessageValidator above, the warnings (no action, no component)
        // by the checks above.
        if (issue.warning
            || (!issue.path.startsWith(u"actions"_s) && !issue.path.startsWith(u"kind"_s)
                && !issue.path.startsWith(u"timeout"_s)))
            continue;
        const JsonPath path = JsonPath::parse(issue.path);
        const bool known = std::any_of(problems.cbegin(), problems.cend(), [&](const DesignProblem &p) {
            return p.path == path || (p.path.toString() == issue.path && p.message == issue.message);
        });
        if (known)
            continue;
        JsonPath node = messagePath();
        const QList<JsonPath::Segment> segments = path.segments();
        if (segments.size() >= 2 && segments.first().key == u"actions"_s) {
            const JsonPath component = Nodes::componentWithCustomId(m_view, segments.at(1).key);
            if (!component.isEmpty())
                node = component;
        }
        const QString field
            = segments.isEmpty() || segments.last().isIndex() ? QString() : segments.last().key;
        problems.append({path, node, field, issue.message, issue.warning});
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const DesignProblem &a, const DesignProblem &b) { return !a.warning && b.warning; });
    m_problems = problems;
    Q_EMIT problemsChanged();
}

bool DesignDocument::setValue(const JsonPath &path, const QJsonValue &value, const QString &text, bool typing)
{
    const QJsonValue old = path.valueIn(m_view);
    if (old == value)
        return false;
    QJsonValue root = m_view;
    if (!path.setIn(root, value))
        return false;
    QJsonObject after = root.toObject();
    const bool inMessage = !path.isEmpty() && path.segments().constFirst().key == kMessage;
    QJsonObject actions = after.value(kActions).toObject();
    const auto moveAction = [&](const QString &from, const QString &to) {
        if (from.isEmpty() || to.isEmpty() || from == to || !actions.contains(from) || actions.contains(to))
            return;
        QStringList ids;
        collectIds(after.value(kMessage), &ids);
        if (ids.contains(from))
            return; // another component still uses the old id
        actions.insert(to, actions.take(from));
    };
    if (inMessage && path.lastKey() == "custom_id"_L1) {
        moveAction(old.toString(), value.toString());
    } else if (inMessage && path.lastKey() == "label"_L1
               && Nodes::isInteractive(Nodes::kindAt(m_view, path.parent()))) {
        // A custom_id generated from the old label follows the label.
        const JsonPath idPath = path.parent().key(u"custom_id"_s);
        const QString id = idPath.valueIn(m_view).toString();
        QStringList taken;
        collectIds(m_view.value(kMessage), &taken);
        taken.removeOne(id);
        if (id == Nodes::makeCustomId(name(), old.toString(), taken)) {
            const QString newId = Nodes::makeCustomId(name(), value.toString(), taken);
            QJsonValue r = after;
            idPath.setIn(r, newId);
            after = r.toObject();
            moveAction(id, newId);
        }
    }
    after.insert(kActions, actions);
    return push(text, after, inMessage ? Nodes::nodeFor(after, path) : JsonPath(),
                typing ? u"set:"_s + path.toString() : QString());
}

bool DesignDocument::placement(NodeKind kind, const JsonPath &selected, JsonPath *parent, int *position) const
{
    const bool v2 = isComponentsV2();
    const auto fits = [&](const JsonPath &node) {
        const NodeKind nk = Nodes::kindAt(m_view, node);
        if (nk == NodeKind::ActionRow && isRowItem(kind)) {
            const QJsonArray comps = node.valueIn(m_view).toObject().value(u"components"_s).toArray();
            bool hasSelect = false;
            for (const QJsonValue &c : comps)
                hasSelect = hasSelect || MessageValidator::isSelect(c.toObject().value(u"type"_s).toInt());
            if (Nodes::isSelect(kind))
                return comps.isEmpty();
            return !hasSelect && comps.size() < MessageValidator::kMaxRowComponents;
        }
        if (nk == NodeKind::Section && kind == NodeKind::TextDisplay)
            return node.valueIn(m_view).toObject().value(u"components"_s).toArray().size() < 3;
        if (Nodes::accepts(nk, kind, v2))
            return true;
        // Buttons and selects dropped on the message or a container get a row of their own.
        return isRowItem(kind) && Nodes::accepts(nk, NodeKind::ActionRow, v2);
    };
    JsonPath node = selected.isEmpty() ? messagePath() : Nodes::nodeFor(m_view, selected);
    while (true) {
        if (fits(node)) {
            // Prefer an existing row that has room before making a new one (when adding at the message).
            if (isRowItem(kind) && Nodes::kindAt(m_view, node) != NodeKind::ActionRow) {
                const QList<JsonPath> kids = Nodes::children(m_view, node);
                for (auto it = kids.crbegin(); it != kids.crend(); ++it) {
                    if (Nodes::kindAt(m_view, *it) == NodeKind::ActionRow) {
                        if (fits(*it)) {
                            *parent = *it;
                            *position = -1;
                            return true;
                        }
                        break; // only the last row is a natural continuation
                    }
                }
            }
            *parent = node;
            *position = -1;
            return true;
        }
        if (node.size() <= 1)
            return false;
        // Try after `node` in its parent.
        const JsonPath up = node.lastIndex() >= 0 ? node.parent().parent() : node.parent();
        if (fits(up) && node.lastIndex() >= 0
            && Nodes::childArray(Nodes::kindAt(m_view, up),
                                 isRowItem(kind) && Nodes::kindAt(m_view, up) != NodeKind::ActionRow
                                     ? NodeKind::ActionRow
                                     : kind,
                                 v2)
                == node.parent().lastKey()) {
            *parent = up;
            *position = node.lastIndex() + 1;
            return true;
        }
        node = up;
    }
}

JsonPath DesignDocument::addNode(NodeKind kind, const JsonPath &selected)
{
    JsonPath parent;
    int position = -1;
    if (!placement(kind, selected, &parent, &position))
        return {};
    return addNodeAt(kind, parent, position);
}

JsonPath DesignDocument::addNodeAt(NodeKind kind, const JsonPath &parent, int position)
{
    QStringList taken;
    collectIds(m_view.value(kMessage), &taken);
    QString id;
    if (Nodes::isInteractive(kind))
        id = Nodes::makeCustomId(name(), kind == NodeKind::Button ? tr("Button") : Nodes::displayName(kind),
                                 taken);
    if (kind == NodeKind::Option) {
        QStringList values;
        for (const QJsonValue &o : parent.valueIn(m_view).toObject().value(u"options"_s).toArray())
            values << o.toObject().value(u"value"_s).toString();
        id = u"option"_s;
        for (int n = 2; values.contains(id); ++n)
            id = u"option-"_s + QString::number(n);
    }
    return insertNode(kind, Nodes::newNode(kind, id), parent, position,
                      tr("Add %1").arg(Nodes::displayName(kind)));
}

JsonPath DesignDocument::composeInsert(QJsonObject *view, NodeKind kind, const QJsonObject &json,
                                       const JsonPath &parent, int position) const
{
    const NodeKind parentKind = Nodes::kindAt(*view, parent);
    const bool v2 = MessageValidator::isComponentsV2(view->value(kMessage).toObject());
    QJsonObject node = json;
    NodeKind placed = kind;
    bool wrapped = false;
    if (!Nodes::accepts(parentKind, kind, v2)) {
        if (!(isRowItem(kind) && Nodes::accepts(parentKind, NodeKind::ActionRow, v2)))
            return {};
        node = QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {json}}};
        placed = NodeKind::ActionRow;
        wrapped = true;
    }
    const JsonPath array = parent.key(Nodes::childArray(parentKind, placed, v2));
    const int size = int(array.valueIn(*view).toArray().size());
    const int at = position < 0 || position > size ? size : position;
    QJsonValue root = *view;
    if (!array.insertIn(root, at, node))
        return {};
    *view = root.toObject();
    return wrapped ? array.index(at).key(u"components"_s).index(0) : array.index(at);
}

JsonPath DesignDocument::insertNode(NodeKind kind, const QJsonObject &json, const JsonPath &parent,
                                    int position, const QString &text)
{
    QJsonObject after = m_view;
    const JsonPath result = composeInsert(&after, kind, json, parent, position);
    if (result.isEmpty())
        return {};
    return push(text, after, result) ? result : JsonPath();
}

bool DesignDocument::removeNode(const JsonPath &path)
{
    const NodeKind kind = kindAt(path);
    if (kind == NodeKind::None || kind == NodeKind::Message)
        return false;
    QJsonValue root = m_view;
    QStringList removedIds;
    collectIds(path.valueIn(m_view), &removedIds);
    if (!path.setIn(root, QJsonValue(QJsonValue::Undefined)))
        return false;
    QJsonObject after = root.toObject();
    QStringList remaining;
    collectIds(after.value(kMessage), &remaining);
    QJsonObject actions = after.value(kActions).toObject();
    for (const QString &id : std::as_const(removedIds)) {
        if (!remaining.contains(id))
            actions.remove(id);
    }
    after.insert(kActions, actions);
    // Select what takes its place: the next sibling, else the previous one, else the parent.
    JsonPath select = path.lastIndex() >= 0 ? path.parent().parent() : path.parent();
    const int siblings = int(path.parent().valueIn(after).toArray().size());
    if (path.lastIndex() >= 0 && siblings > 0)
        select = path.parent().index(std::min(path.lastIndex(), siblings - 1));
    return push(tr("Delete %1").arg(Nodes::displayName(kind)), after, select);
}

JsonPath DesignDocument::moveNode(const JsonPath &from, const JsonPath &parent, int position)
{
    const NodeKind kind = kindAt(from);
    const NodeKind parentKind = kindAt(parent);
    const bool v2 = isComponentsV2();
    if (kind == NodeKind::None || kind == NodeKind::Message || from.contains(parent) || from.lastIndex() < 0)
        return {};
    const bool wrap = !Nodes::accepts(parentKind, kind, v2);
    if (wrap && !(isRowItem(kind) && Nodes::accepts(parentKind, NodeKind::ActionRow, v2)))
        return {};
    const QString arrayKey = Nodes::childArray(parentKind, wrap ? NodeKind::ActionRow : kind, v2);
    // Same array: a move down counts the position before removal (as drops do).
    int at = position;
    if (!wrap && from.parent() == parent.key(arrayKey) && at > from.lastIndex())
        --at;
    if (!wrap && from.parent() == parent.key(arrayKey)
        && (at == from.lastIndex()
            || (at < 0 && from.lastIndex() == int(from.parent().valueIn(m_view).toArray().size()) - 1)))
        return {}; // no change

    // Mark the moved node and the target, remove, then find the target again by its mark.
    QJsonValue root = m_view;
    QJsonObject moved = from.valueIn(m_view).toObject();
    QJsonObject target = parent.valueIn(m_view).toObject();
    target.insert(kTarget, true);
    parent.setIn(root, target);
    const JsonPath sourceParent = from.parent().parent();
    const bool sourceIsRow = Nodes::kindAt(m_view, sourceParent) == NodeKind::ActionRow;
    if (sourceIsRow) {
        QJsonObject src = sourceParent.valueIn(root).toObject();
        src.insert(kMoved, true);
        sourceParent.setIn(root, src);
    }
    from.setIn(root, QJsonValue(QJsonValue::Undefined));
    const JsonPath newParent = findMarker(root, {}, kTarget);
    QJsonObject node = moved;
    node.insert(kMoved + u"_node"_s, true);
    if (wrap)
        node = QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {node}}};
    const JsonPath array = newParent.key(arrayKey);
    const int size = int(array.valueIn(root).toArray().size());
    array.insertIn(root, at < 0 || at > size ? size : at, node);
    // A row left empty by the move goes away.
    if (sourceIsRow) {
        const JsonPath src = findMarker(root, {}, kMoved);
        if (!src.isEmpty()) {
            QJsonObject s = src.valueIn(root).toObject();
            s.remove(kMoved);
            if (s.value(u"components"_s).toArray().isEmpty())
                src.setIn(root, QJsonValue(QJsonValue::Undefined));
            else
                src.setIn(root, s);
        }
    }
    const JsonPath t = findMarker(root, {}, kTarget);
    QJsonObject tn = t.valueIn(root).toObject();
    tn.remove(kTarget);
    t.setIn(root, tn);
    const JsonPath result = findMarker(root, {}, kMoved + u"_node"_s);
    QJsonObject r = result.valueIn(root).toObject();
    r.remove(kMoved + u"_node"_s);
    result.setIn(root, r);
    return push(tr("Move %1").arg(Nodes::displayName(kind)), root.toObject(), result) ? result : JsonPath();
}

JsonPath DesignDocument::moveBy(const JsonPath &path, int delta)
{
    if (path.lastIndex() < 0)
        return {};
    const int count = int(path.parent().valueIn(m_view).toArray().size());
    const int target = path.lastIndex() + delta;
    if (target < 0 || target >= count)
        return {};
    // moveNode counts positions before removal.
    return moveNode(path, path.parent().parent(), delta > 0 ? target + 1 : target);
}

QJsonObject DesignDocument::withUniqueIds(QJsonObject node, QJsonObject *actions,
                                          const QJsonObject &sourceActions, QStringList *taken) const
{
    if (node.value(u"custom_id"_s).isString() && node.contains(u"type"_s)) {
        const QString old = node.value(u"custom_id"_s).toString();
        QString id = old;
        if (taken->contains(id)) {
            QString base = old;
            static const QRegularExpression suffix(u"-\\d+$"_s);
            base.remove(suffix);
            for (int n = 2; taken->contains(id); ++n)
                id = base + u'-' + QString::number(n);
        }
        taken->append(id);
        node.insert(u"custom_id"_s, id);
        if (sourceActions.contains(old) && !actions->contains(id))
            actions->insert(id, sourceActions.value(old));
    }
    for (const QString &key : {u"components"_s}) {
        QJsonArray children = node.value(key).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            children.replace(i, withUniqueIds(children.at(i).toObject(), actions, sourceActions, taken));
        if (node.contains(key))
            node.insert(key, children);
    }
    if (node.value(u"accessory"_s).isObject())
        node.insert(u"accessory"_s,
                    withUniqueIds(node.value(u"accessory"_s).toObject(), actions, sourceActions, taken));
    return node;
}

JsonPath DesignDocument::duplicateNode(const JsonPath &path)
{
    const NodeKind kind = kindAt(path);
    if (kind == NodeKind::None || kind == NodeKind::Message || path.lastIndex() < 0)
        return {};
    QStringList taken;
    collectIds(m_view.value(kMessage), &taken);
    QJsonObject actions = this->actions();
    QJsonObject node = withUniqueIds(path.valueIn(m_view).toObject(), &actions, this->actions(), &taken);
    if (kind == NodeKind::Option) {
        QStringList values;
        for (const QJsonValue &o : path.parent().valueIn(m_view).toArray())
            values << o.toObject().value(u"value"_s).toString();
        QString v = node.value(u"value"_s).toString();
        const QString base = v;
        for (int n = 2; values.contains(v); ++n)
            v = base + u'-' + QString::number(n);
        node.insert(u"value"_s, v);
        node.remove(u"default"_s);
    }
    QJsonValue root = m_view;
    path.parent().insertIn(root, path.lastIndex() + 1, node);
    QJsonObject after = root.toObject();
    after.insert(kActions, actions);
    const JsonPath result = path.parent().index(path.lastIndex() + 1);
    return push(tr("Duplicate %1").arg(Nodes::displayName(kind)), after, result) ? result : JsonPath();
}

QJsonObject DesignDocument::copyNode(const JsonPath &path) const
{
    const NodeKind kind = kindAt(path);
    if (kind == NodeKind::None || kind == NodeKind::Message)
        return {};
    const QJsonValue node = path.valueIn(m_view);
    QStringList ids;
    collectIds(node, &ids);
    QJsonObject actions;
    for (const QString &id : std::as_const(ids)) {
        if (this->actions().contains(id))
            actions.insert(id, this->actions().value(id));
    }
    return {{u"botwright"_s, u"designer-node"_s},
            {u"kind"_s, Nodes::kindKey(kind)},
            {u"node"_s, node},
            {kActions, actions}};
}

JsonPath DesignDocument::paste(const QJsonObject &clip, const JsonPath &selected)
{
    const NodeKind kind = Nodes::kindFromKey(clip.value(u"kind"_s).toString());
    if (kind == NodeKind::None || !clip.value(u"node"_s).isObject())
        return {};
    JsonPath parent;
    int position = -1;
    if (!placement(kind, selected, &parent, &position))
        return {};
    QStringList taken;
    collectIds(m_view.value(kMessage), &taken);
    QJsonObject actions = this->actions();
    const QJsonObject node
        = withUniqueIds(clip.value(u"node"_s).toObject(), &actions, clip.value(kActions).toObject(), &taken);
    // Insert and add the actions in one command.
    QJsonObject after = m_view;
    after.insert(kActions, actions);
    const JsonPath result = composeInsert(&after, kind, node, parent, position);
    if (result.isEmpty())
        return {};
    return push(tr("Paste %1").arg(Nodes::displayName(kind)), after, result) ? result : JsonPath();
}

bool DesignDocument::replaceMessage(const QJsonObject &message, const QString &text)
{
    QJsonObject after = m_view;
    after.insert(kMessage, message);
    return push(text, after, messagePath());
}

bool DesignDocument::setComponentsV2(bool on)
{
    if (on == isComponentsV2())
        return false;
    QJsonObject message = this->message();
    const qint64 flags = message.value(u"flags"_s).toInteger();
    if (on) {
        QJsonArray components;
        const QString content = message.value(u"content"_s).toString();
        if (!content.trimmed().isEmpty())
            components.append(QJsonObject {{u"type"_s, 10}, {u"content"_s, content}});
        for (const QJsonValue &ev : message.value(u"embeds"_s).toArray()) {
            const QJsonObject e = ev.toObject();
            QStringList lines;
            if (!e.value(u"title"_s).toString().isEmpty())
                lines << u"### "_s + e.value(u"title"_s).toString();
            if (!e.value(u"description"_s).toString().isEmpty())
                lines << e.value(u"description"_s).toString();
            for (const QJsonValue &f : e.value(u"fields"_s).toArray())
                lines << u"**"_s + f.toObject().value(u"name"_s).toString() + u"**\n"_s
                        + f.toObject().value(u"value"_s).toString();
            QJsonObject container {
                {u"type"_s, 17},
                {u"components"_s,
                 QJsonArray {QJsonObject {
                     {u"type"_s, 10}, {u"content"_s, lines.isEmpty() ? tr("Embed") : lines.join(u'\n')}}}}};
            if (e.contains(u"color"_s))
                container.insert(u"accent_color"_s, e.value(u"color"_s));
            components.append(container);
        }
        for (const QJsonValue &c : message.value(u"components"_s).toArray())
            components.append(c);
        if (components.isEmpty())
            components.append(Nodes::newNode(NodeKind::TextDisplay));
        message.remove(u"content"_s);
        message.remove(u"embeds"_s);
        message.insert(u"components"_s, components);
        message.insert(u"flags"_s, flags | MessageValidator::kFlagComponentsV2);
    } else {
        QStringList texts;
        QJsonArray rows;
        collectTexts(message.value(u"components"_s).toArray(), &texts, &rows);
        message.insert(u"content"_s, texts.join(u"\n\n"_s).left(MessageValidator::kMaxContent));
        message.insert(u"components"_s, rows);
        const qint64 rest = flags & ~qint64(MessageValidator::kFlagComponentsV2);
        if (rest)
            message.insert(u"flags"_s, rest);
        else
            message.remove(u"flags"_s);
    }
    QJsonObject after = m_view;
    after.insert(kMessage, message);
    return push(on ? tr("Switch to Components V2") : tr("Switch to classic message"), after, messagePath());
}

bool DesignDocument::setAction(const QString &customId, const QJsonValue &action, const QString &text,
                               bool typing)
{
    QJsonObject actions = this->actions();
    if (action.isUndefined() || action.isNull())
        actions.remove(customId);
    else
        actions.insert(customId, action);
    QJsonObject after = m_view;
    after.insert(kActions, actions);
    const JsonPath c = Nodes::componentWithCustomId(m_view, customId);
    return push(text, after, c, typing ? u"action:"_s + customId : QString());
}

} // namespace bw::gui::designer
