#pragma once
// GatewayRecorder: test helper that records what a GatewayShard or ShardManager emits.

#include "discord/GatewayShard.h"

#include <QList>
#include <QObject>

namespace bw::discord::test {

class GatewayRecorder final : public QObject
{
    Q_OBJECT

public:
    template<typename Source> explicit GatewayRecorder(Source *source)
    {
        connect(source, &Source::dispatch, this, [this](const GatewayEvent &e) { events.append(e); });
        connect(source, &Source::control, this, [this](const GatewayControlEvent &e) { controls.append(e); });
    }

    int countEvents(EventType type) const
    {
        int n = 0;
        for (const GatewayEvent &e : events)
            n += e.type == type;
        return n;
    }
    int countEvents(const QString &name) const
    {
        int n = 0;
        for (const GatewayEvent &e : events)
            n += e.name == name;
        return n;
    }
    int countControls(GatewayControlEvent::Kind kind) const
    {
        int n = 0;
        for (const GatewayControlEvent &e : controls)
            n += e.kind == kind;
        return n;
    }
    const GatewayControlEvent *lastControl(GatewayControlEvent::Kind kind) const
    {
        for (auto it = controls.crbegin(); it != controls.crend(); ++it) {
            if (it->kind == kind)
                return &*it;
        }
        return nullptr;
    }

    QList<GatewayEvent> events;
    QList<GatewayControlEvent> controls;
};

} // namespace bw::discord::test
