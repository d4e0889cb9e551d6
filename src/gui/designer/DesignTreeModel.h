#pragma once
// DesignTreeModel: the structure tree of the designed view (message → embeds/fields, rows → buttons and
// selects → options, V2 layouts) over a DesignDocument, with drag and drop to add (from the palette),
// reorder and move nodes; every drop becomes an undo command of the document.

#include "gui/designer/JsonPath.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace bw::gui::designer {

class DesignDocument;

class DesignTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesignTreeModel)

public:
    static constexpr auto kNodeMime = "application/x-botwright-design-node";
    static constexpr auto kPaletteMime = "application/x-botwright-palette-kind";
    enum Roles { PathRole = Qt::UserRole + 1, KindRole, ErrorCountRole };

    explicit DesignTreeModel(DesignDocument *document, QObject *parent = nullptr);
    ~DesignTreeModel() override;

    QModelIndex indexFor(const JsonPath &path) const;
    JsonPath pathFor(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The node a drop lands in and the position there, for a drop at `row` under `parent` (-1: on it).
    bool dropTarget(int kind, int row, const QModelIndex &parent, JsonPath *target, int *position) const;

Q_SIGNALS:
    /// After a drop: the node that was added or moved.
    void dropped(const bw::gui::designer::JsonPath &node);

private:
    struct Node;
    void rebuild();
    void documentChanged(bool structural);
    void emitAllChanged(const Node *node);
    Node *nodeOf(const QModelIndex &index) const;

    DesignDocument *m_document;
    std::unique_ptr<Node> m_root; // invisible root; its one child is the message
};

} // namespace bw::gui::designer
