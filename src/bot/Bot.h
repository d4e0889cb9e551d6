#pragma once
// Bot: the in-process bot runtime. For now it owns the state object that the GUI binds to;
// the gateway and REST connection arrive with the connection work (issue 4).

#include "bot/BotState.h"

#include <QObject>

namespace bw {

class Bot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Bot)

public:
    explicit Bot(QObject *parent = nullptr);
    ~Bot() override;

    BotState *state() const { return m_state; }

public Q_SLOTS:
    void start();
    void stop();

private:
    BotState *m_state;
};

} // namespace bw
