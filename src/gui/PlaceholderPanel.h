#pragma once
// PlaceholderPanel: the honest page a panel shows until it is built: its name, "coming in a later
// version", and what it will do. It never shows made-up data.

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace bw::gui {

class PlaceholderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPanel)

public:
    PlaceholderPanel(const QIcon &icon, const QString &title, const QString &summary,
                     const QStringList &plans, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    /// Paints the page in the base (content) colour instead of the window colour: for the central panel,
    /// so it stands apart from the docks around it.
    void setContentBackground(bool on);

private:
    QString m_title;
    QWidget *m_viewport = nullptr;
};

} // namespace bw::gui
