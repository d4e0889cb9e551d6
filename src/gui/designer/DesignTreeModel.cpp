#include "gui/designer/DesignTreeModel.h"

#include "gui/designer/DesignDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QMimeData>
#include <QPalette>

#include <functional>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

struct DesignTreeModel::Node
{
    JsonPath path;
    NodeKind kind = NodeKind::None;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

DesignTreeModel::DesignTreeModel(DesignDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_root(std::make_unique<Node>())
{
    rebuild();
    connect(m_document, &DesignDocument::changed, this, &DesignTreeModel::documentChanged);
    connect(m_document, &DesignDocument::problemsChanged, this, [this] {
        if (!m_root->children.empty())
            emitAllChanged(m_root->children.front().get());
    });
}

DesignTreeModel::~DesignTreeModel() = default;

void DesignTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const QJsonObject &view = m_document->view();
    std::function<void(Node *)> fill = [&](Node *node) {
        const QList<JsonPath> kids = Nodes::children(view, node->path);
        for (int i = 0; i < kids.size(); ++i) {
            auto child = std::make_unique<Node>();
            child->path = kids.at(i);
            child->kind = Nodes::kindAt(view, kids.at(i));
            child->parent = node;
            child->row = i;
            fill(child.get());
            node->children.push_back(std::move(child));
        }
    };
    auto message = std::make_unique<Node>();
    message->path = JsonPath().key(u"message"_s);
    message->kind = NodeKind::Message;
    message->parent = m_root.get();
    fill(message.get());
    m_root->children.push_back(std::move(message));
    endResetModel();
}

void DesignTreeModel::documentChanged(bool structural)
{
    if (structural)
        rebuild();
    else if (!m_root->children.empty())
        emitAllChanged(m_root->children.front().get());
}

void DesignTreeModel::emitAllChanged(const Node *node)
{
    const QModelIndex first = createIndex(node->row, 0, const_cast<Node *>(node));
    Q_EMIT dataChanged(first, first);
    for (const auto &child : node->children)
        emitAllChanged(child.get());
}

DesignTreeModel::Node *DesignTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DesignTreeModel::indexFor(const JsonPath &path) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        if (node->path == path)
            return node;
        for (const auto &child : node->children) {
            if (child->path.contains(path)) {
                if (const Node *found = find(child.get()))
                    return found;
            }
        }
        return nullptr;
    };
    for (const auto &top : m_root->children) {
        if (const Node *found = find(top.get()))
            return createIndex(found->row, 0, const_cast<Node *>(found));
    }
    return {};
}

JsonPath DesignTreeModel::pathFor(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->path : JsonPath();
}

QModelIndex DesignTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children.at(size_t(row)).get());
}

QModelIndex DesignTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = nodeOf(child)->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int DesignTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DesignTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DesignTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const auto problemsOf = [&](bool errorsOnly) {
        QStringList out;
        for (const DesignProblem &p : m_document->problems()) {
            if (p.node == node->path && (!errorsOnly || !p.warning))
                out << p.message;
        }
        return out;
    };
    switch (role) {
    case Qt::DisplayRole: {
        const QJsonObject json = node->path.valueIn(m_document->view()).toObject();
        QString text = Nodes::summary(node->kind, json);
        if (node->kind == NodeKind::Message)
            text = m_document->isComponentsV2() ? tr("Message (Components V2)") : tr("Message");
        const int errors = int(problemsOf(true).size());
        return errors ? tr("%1  ⚠ %2").arg(text).arg(errors) : text;
    }
    case Qt::DecorationRole:
        return Nodes::icon(node->kind);
    case Qt::ToolTipRole: {
        const QStringList problems = problemsOf(false);
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    }
    case Qt::ForegroundRole:
        return problemsOf(true).isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xDA, 0x37, 0x3C)));
    case Qt::AccessibleDescriptionRole:
        return Nodes::displayName(node->kind);
    case PathRole:
        return node->path.toString();
    case KindRole:
        return int(node->kind);
    case ErrorCountRole:
        return int(problemsOf(true).size());
    default:
        return {};
    }
}

Qt::ItemFlags DesignTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    if (index.isValid() && nodeOf(index)->kind != NodeKind::Message && nodeOf(index)->path.lastIndex() >= 0)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions DesignTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions DesignTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList DesignTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kNodeMime), QString::fromLatin1(kPaletteMime)};
}

QMimeData *DesignTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kNodeMime), nodeOf(indexes.first())->path.toString().toUtf8());
    return data;
}

bool DesignTreeModel::dropTarget(int kindValue, int row, const QModelIndex &parent, JsonPath *target,
                                 int *position) const
{
    const auto kind = NodeKind(kindValue);
    const bool v2 = m_document->isComponentsV2();
    const Node *p = parent.isValid() ? nodeOf(parent)
                                     : (m_root->children.empty() ? nullptr : m_root->children.front().get());
    if (!p)
        return false;
    const bool rowItem = kind == NodeKind::Button || kind == NodeKind::LinkButton
        || kind == NodeKind::PremiumButton || Nodes::isSelect(kind);
    const auto takes = [&](NodeKind parentKind) {
        return Nodes::accepts(parentKind, kind, v2)
            || (rowItem && Nodes::accepts(parentKind, NodeKind::ActionRow, v2));
    };
    if (row < 0) {
        // Dropped on a node: into it when it can hold the kind, else after it in its parent.
        if (takes(p->kind)) {
            *target = p->path;
            *position = -1;
            return true;
        }
        const Node *up = p->parent;
        if (!up || up == m_root.get() || !takes(up->kind) || p->path.lastIndex() < 0)
            return false;
        *target = up->path;
        *position = p->path.lastIndex() + 1;
        return true;
    }
    if (!takes(p->kind))
        return false;
    *target = p->path;
    // `row` counts the node's children; the position counts the array the kind goes into.
    const QString array
        = Nodes::childArray(p->kind, Nodes::accepts(p->kind, kind, v2) ? kind : NodeKind::ActionRow, v2);
    int before = 0; // children of other arrays shown before this one
    for (const auto &child : p->children) {
        if (child->path.parent().lastKey() == array)
            break;
        ++before;
    }
    const int count = int(p->path.key(array).valueIn(m_document->view()).toArray().size());
    *position = std::clamp(row - before, 0, count);
    return true;
}

bool DesignTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent) const
{
    JsonPath target;
    int position = 0;
    if (data->hasFormat(QString::fromLatin1(kPaletteMime))) {
        const NodeKind kind
            = Nodes::kindFromKey(QString::fromUtf8(data->data(QString::fromLatin1(kPaletteMime))));
        return kind != NodeKind::None && dropTarget(int(kind), row, parent, &target, &position);
    }
    if (data->hasFormat(QString::fromLatin1(kNodeMime))) {
        const JsonPath from = JsonPath::parse(QString::fromUtf8(data->data(QString::fromLatin1(kNodeMime))));
        const NodeKind kind = m_document->kindAt(from);
        return kind != NodeKind::None && dropTarget(int(kind), row, parent, &target, &position)
            && !from.contains(target);
    }
    return false;
}

bool DesignTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    JsonPath target;
    int position = 0;
    JsonPath result;
    if (data->hasFormat(QString::fromLatin1(kPaletteMime))) {
        const NodeKind kind
            = Nodes::kindFromKey(QString::fromUtf8(data->data(QString::fromLatin1(kPaletteMime))));
        dropTarget(int(kind), row, parent, &target, &position);
        result = m_document->addNodeAt(kind, target, position);
    } else {
        const JsonPath from = JsonPath::parse(QString::fromUtf8(data->data(QString::fromLatin1(kNodeMime))));
        dropTarget(int(m_document->kindAt(from)), row, parent, &target, &position);
        result = m_document->moveNode(from, target, position);
    }
    if (!result.isEmpty())
        Q_EMIT dropped(result);
    // The document did the work (one undo command); the view must not remove the source rows itself.
    return false;
}

} // namespace bw::gui::designer
