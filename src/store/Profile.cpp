#include "store/Profile.h"

namespace bw::store {

QString Profile::targetName(Target target)
{
    switch (target) {
    case Target::Sandbox:
        return QStringLiteral("sandbox");
    case Target::Discord:
        return QStringLiteral("discord");
    case Target::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("sandbox");
}

Profile::Target Profile::targetFromName(const QString &name, Target fallback)
{
    for (Target target : {Target::Sandbox, Target::Discord, Target::Custom}) {
        if (name.compare(targetName(target), Qt::CaseInsensitive) == 0)
            return target;
    }
    return fallback;
}

} // namespace bw::store
