#include "gui/PlaceholderPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
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
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 16, 12);
    pageLayout->addStretch(2);

    // A readable column of at most 520 px, centred: the side stretches take what is left.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *column = new QWidget(page);
    column->setMaximumWidth(520);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(column, 6);
    row->addStretch(1);
    pageLayout->addLayout(row);
    pageLayout->addStretch(3);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

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
    layout->addSpacing(6);
    layout->addWidget(summaryLabel);

    if (!plans.isEmpty()) {
        // One row per plan: a bullet and the wrapped text, so wrapped lines hang under the text.
        auto *planBox = new QWidget(column);
        planBox->setObjectName(u"placeholderPlans"_s);
        auto *grid = new QGridLayout(planBox);
        grid->setContentsMargins(12, 4, 0, 0);
        grid->setHorizontalSpacing(8);
        grid->setVerticalSpacing(4);
        grid->setColumnStretch(1, 1);
        int line = 0;
        for (const QString &plan : plans) {
            auto *bullet = new QLabel(u"•"_s, planBox);
            bullet->setAlignment(Qt::AlignTop | Qt::AlignRight);
            auto *text = new QLabel(plan, planBox);
            text->setObjectName(u"placeholderPlan"_s);
            text->setWordWrap(true);
            grid->addWidget(bullet, line, 0);
            grid->addWidget(text, line, 1);
            ++line;
        }
        layout->addWidget(planBox);
    }

    scroll->setWidget(page);
    m_viewport = scroll->viewport();
}

void PlaceholderPanel::setContentBackground(bool on)
{
    m_viewport->setBackgroundRole(on ? QPalette::Base : QPalette::Window);
}

} // namespace bw::gui
