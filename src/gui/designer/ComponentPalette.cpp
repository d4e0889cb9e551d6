#include "gui/designer/ComponentPalette.h"

#include "gui/designer/DesignTreeModel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;

QString hint(NodeKind kind)
{
    switch (kind) {
    case NodeKind::ActionRow:
        return ComponentPalette::tr("Holds up to five buttons or one select menu");
    case NodeKind::Button:
        return ComponentPalette::tr("A button that runs an action when clicked");
    case NodeKind::LinkButton:
        return ComponentPalette::tr("A button that opens a URL");
    case NodeKind::StringSelect:
        return ComponentPalette::tr("A menu of your own options");
    case NodeKind::UserSelect:
    case NodeKind::RoleSelect:
    case NodeKind::MentionableSelect:
    case NodeKind::ChannelSelect:
        return ComponentPalette::tr("A menu of the server's users, roles or channels");
    case NodeKind::Option:
        return ComponentPalette::tr("An option of a string select");
    case NodeKind::Embed:
        return ComponentPalette::tr("A box with title, description, fields and images (up to 10)");
    case NodeKind::Field:
        return ComponentPalette::tr("A name/value pair in an embed");
    case NodeKind::Container:
        return ComponentPalette::tr("A box with an accent colour around other components");
    case NodeKind::Section:
        return ComponentPalette::tr("Text with a thumbnail or a button beside it");
    default:
        return {};
    }
}
} // namespace

ComponentPalette::ComponentPalette(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"designerPalette"_s);
    setAccessibleName(tr("Component palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(20, 20));
    setUniformItemSizes(true);
    const QList<NodeKind> kinds {
        NodeKind::ActionRow,     NodeKind::Button,     NodeKind::LinkButton, NodeKind::StringSelect,
        NodeKind::Option,        NodeKind::UserSelect, NodeKind::RoleSelect, NodeKind::MentionableSelect,
        NodeKind::ChannelSelect, NodeKind::Embed,      NodeKind::Field,      NodeKind::TextDisplay,
        NodeKind::Container,     NodeKind::Section,    NodeKind::Separator,  NodeKind::MediaGallery,
        NodeKind::MediaItem,     NodeKind::File};
    for (NodeKind kind : kinds) {
        auto *item = new QListWidgetItem(Nodes::icon(kind), Nodes::displayName(kind), this);
        item->setData(kKindRole, int(kind));
        item->setToolTip(hint(kind));
    }
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT addRequested(NodeKind(item->data(kKindRole).toInt())); });
    setComponentsV2(false);
}

void ComponentPalette::setComponentsV2(bool on)
{
    for (int i = 0; i < count(); ++i) {
        const auto kind = NodeKind(item(i)->data(kKindRole).toInt());
        const bool legacyOnly = kind == NodeKind::Embed || kind == NodeKind::Field;
        item(i)->setHidden(on ? legacyOnly : Nodes::isV2Only(kind));
    }
}

QListWidgetItem *ComponentPalette::itemFor(NodeKind kind) const
{
    for (int i = 0; i < count(); ++i) {
        if (NodeKind(item(i)->data(kKindRole).toInt()) == kind)
            return item(i);
    }
    return nullptr;
}

QStringList ComponentPalette::mimeTypes() const
{
    return {QString::fromLatin1(DesignTreeModel::kPaletteMime)};
}

QMimeData *ComponentPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(DesignTreeModel::kPaletteMime),
                  Nodes::kindKey(NodeKind(items.first()->data(kKindRole).toInt())).toUtf8());
    return data;
}

} // namespace bw::gui::designer
