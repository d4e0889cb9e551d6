#include "gui/TrayIcon.h"

#include "bot/Bot.h"
#include "core/Logging.h"
#include "gui/BotActions.h"
#include "gui/Icons.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace bw::gui {

TrayIcon::TrayIcon(Bot &bot, QObject *parent)
    : QObject(parent),
      m_bot(bot),
      m_menu(std::make_unique<QMenu>()),
      m_botActions(new BotActions(bot, this)),
      m_showHide(new QAction(tr("&Show Window"), this)),
      m_quit(new QAction(tr("&Quit Botwright"), this)),
      m_tray(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_showHide->setObjectName(u"trayActionShowHide"_s);
    m_quit->setObjectName(u"trayActionQuit"_s);
    m_quit->setIcon(QIcon::fromTheme(u"application-exit"_s));

    m_menu->addAction(m_botActions->start());
    m_menu->addAction(m_botActions->stop());
    m_menu->addSeparator();
    m_menu->addAction(m_showHide);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);

    connect(m_showHide, &QAction::triggered, this, &TrayIcon::showHideRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT showHideRequested();
    });

    connect(m_bot.state(), &BotState::statusChanged, this, &TrayIcon::updateState);
    connect(m_bot.state(), &BotState::latencyChanged, this, &TrayIcon::updateState);
    updateState();
}

TrayIcon::~TrayIcon()
{
    // The tray must let go of the menu before the menu goes.
    m_tray->setContextMenu(nullptr);
}

QAction *TrayIcon::startAction() const
{
    return m_botActions->start();
}

QAction *TrayIcon::stopAction() const
{
    return m_botActions->stop();
}

bool TrayIcon::isAvailable() const
{
    return m_availableOverride.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayIcon::show()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_showHide->setText(visible ? tr("&Hide Window") : tr("&Show Window"));
}

void TrayIcon::showNotice(const QString &title, const QString &text)
{
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, m_icon, 8000);
    qCInfo(lcUi) << "tray notice:" << title;
    Q_EMIT noticeShown(title, text);
}

void TrayIcon::updateState()
{
    const BotState *state = m_bot.state();
    m_status = state->status();
    m_icon = Icons::tray(m_status);

    QString tip = tr("Botwright: %1").arg(BotState::statusText(m_status));
    if (!state->reason().isEmpty())
        tip += u'\n' + state->reason();
    if (state->isRunning() && state->latencyMs() >= 0)
        tip += u'\n' + tr("Gateway latency: %1 ms").arg(state->latencyMs());
    m_toolTip = tip;

    m_tray->setIcon(m_icon);
    m_tray->setToolTip(m_toolTip);
}

} // namespace bw::gui
