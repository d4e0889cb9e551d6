#pragma once
// ComponentPalette: the components and embeds a view can hold, as a list to drag into the structure tree
// (or activate with Enter / double-click to add next to the selection). Offers only what the message's
// layout (classic or Components V2) allows.

#include "gui/designer/DesignNode.h"

#include <QListWidget>

namespace bw::gui::designer {

class ComponentPalette final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentPalette)

public:
    explicit ComponentPalette(QWidget *parent = nullptr);

    /// Shows the kinds of a classic message or of a Components V2 one.
    void setComponentsV2(bool on);
    /// The item of a kind (for tests and keyboard focus).
    QListWidgetItem *itemFor(NodeKind kind) const;

Q_SIGNALS:
    void addRequested(bw::gui::designer::NodeKind kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
};

} // namespace bw::gui::designer
