#include "gui/PlaceholderPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::gui {

PlaceholderPanel::PlaceholderPanel(const QIcon &icon, const QString &title, const QString &summary,
                                   const QStringList &plans, QWidget *parent)
    : QWidget(parent), m_title(title)
{
    // The page scrolls instead of forcing its size on the window: docks can be made small.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"placeholderScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outerLayout = new QVBoxLayout(this);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->addWidget(scroll);

    auto *page = new QWidget(scroll);
    page->setObjectName(u"placeholderPage"_s);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(24, 16, 24, 16);
    outer->addStretch(2);

    auto *column = new QWidget(page);
    column->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *iconLabel = new QLabel(column);
    iconLabel->setObjectName(u"placeholderIcon"_s);
    iconLabel->setPixmap(icon.pixmap(QSize(48, 48), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignHCenter);
    layout->addWidget(iconLabel);

    auto *titleLabel = new QLabel(title, column);
    titleLabel->setObjectName(u"placeholderTitle"_s);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignHCenter);
    layout->addWidget(titleLabel);

    auto *badge = new QLabel(tr("Coming in a later version"), column);
    badge->setObjectName(u"placeholderBadge"_s);
    badge->setAlignment(Qt::AlignHCenter);
    QFont badgeFont = badge->font();
    badgeFont.setItalic(true);
    badge->setFont(badgeFont);
    badge->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(badge);

    auto *summaryLabel = new QLabel(summary, column);
    summaryLabel->setObjectName(u"placeholderSummary"_s);
    summaryLabel->setWordWrap(true);
    summaryLabel->setAlignment(Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(summaryLabel);

    if (!plans.isEmpty()) {
        QString html = u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
        for (const QString &plan : plans)
            html += u"<li style=\"margin-bottom: 3px;\">"_s + plan.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
        auto *plansLabel = new QLabel(html, column);
        plansLabel->setObjectName(u"placeholderPlans"_s);
        plansLabel->setTextFormat(Qt::RichText);
        plansLabel->setWordWrap(true);
        layout->addWidget(plansLabel);
    }

    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);
    scroll->setWidget(page);
}

} // namespace bw::gui
