#include "bot/Template.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bw {

namespace {

using Kind = Template::Part::Kind;

struct Named
{
    QLatin1StringView name;
    Kind kind;
    TemplateVar group;
};

// Fixed names; the prefixed ones (state., field., opt.) are handled separately.
constexpr Named kNames[] = {
    {QLatin1StringView("user.mention"), Kind::UserMention, TemplateVar::User},
    {QLatin1StringView("user.name"), Kind::UserName, TemplateVar::User},
    {QLatin1StringView("user.id"), Kind::UserId, TemplateVar::User},
    {QLatin1StringView("channel.mention"), Kind::ChannelMention, TemplateVar::Channel},
    {QLatin1StringView("channel.id"), Kind::ChannelId, TemplateVar::Channel},
    {QLatin1StringView("guild.name"), Kind::GuildName, TemplateVar::Guild},
    {QLatin1StringView("guild.id"), Kind::GuildId, TemplateVar::Guild},
    {QLatin1StringView("message.id"), Kind::MessageId, TemplateVar::Message},
    {QLatin1StringView("count"), Kind::Count, TemplateVar::State},
    {QLatin1StringView("values"), Kind::Values, TemplateVar::Values},
    {QLatin1StringView("now"), Kind::Now, TemplateVar::Now},
    {QLatin1StringView("run"), Kind::Run, TemplateVar::Run},
};

struct Prefixed
{
    QLatin1StringView prefix;
    Kind kind;
    TemplateVar group;
};

constexpr Prefixed kPrefixes[] = {
    {QLatin1StringView("state."), Kind::State, TemplateVar::State},
    {QLatin1StringView("field."), Kind::Field, TemplateVar::Fields},
    {QLatin1StringView("opt."), Kind::Opt, TemplateVar::Options},
};

/// Classifies a variable name; group 0 when unknown.
Template::Part classify(const QString &name, TemplateScope *group)
{
    for (const Named &n : kNames) {
        if (name == n.name) {
            *group = n.group;
            return {n.kind, {}};
        }
    }
    for (const Prefixed &p : kPrefixes) {
        if (name.startsWith(p.prefix) && name.size() > p.prefix.size()) {
            *group = p.group;
            return {p.kind, name.mid(p.prefix.size())};
        }
    }
    *group = {};
    return {Kind::Unknown, name};
}

QString nameOf(const Template::Part &part)
{
    for (const Named &n : kNames) {
        if (n.kind == part.kind)
            return n.name;
    }
    for (const Prefixed &p : kPrefixes) {
        if (p.kind == part.kind)
            return p.prefix + part.text;
    }
    return part.text;
}

Error parseError(const QString &what, qsizetype position)
{
    return Error::make(Error::Kind::InvalidInput,
                       QStringLiteral("%1 at character %2 (write {{ or }} for a literal brace)")
                           .arg(what)
                           .arg(position + 1));
}

} // namespace

Result<Template> Template::parse(const QString &text)
{
    Template t;
    t.m_source = text;
    QString literal;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            if (i + 1 < n && text.at(i + 1) == u'}') {
                literal.append(u'}');
                ++i;
                continue;
            }
            return parseError(QStringLiteral("a '}' without its '{'"), i);
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == u'{') {
            literal.append(u'{');
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nextOpen = text.indexOf(u'{', i + 1);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            return parseError(QStringLiteral("a '{' that is not closed"), i);
        const QString name = text.mid(i + 1, close - i - 1);
        if (name.trimmed().isEmpty())
            return parseError(QStringLiteral("an empty variable name"), i);
        if (!literal.isEmpty()) {
            t.m_parts.push_back({Kind::Text, literal});
            literal.clear();
        }
        TemplateScope group;
        t.m_parts.push_back(classify(name, &group));
        t.m_uses |= group;
        t.m_constant = false;
        i = close;
    }
    if (!literal.isEmpty())
        t.m_parts.push_back({Kind::Text, literal});
    return t;
}

Result<Template> Template::parseChecked(const QString &text, TemplateScope scope)
{
    Result<Template> t = parse(text);
    if (!t)
        return t;
    const QStringList unknown = t->unknownVariables(scope);
    if (!unknown.isEmpty()) {
        const QString &name = unknown.constFirst();
        TemplateScope group;
        classify(name, &group);
        return Error::make(Error::Kind::InvalidInput,
                           group ? QStringLiteral("the variable {%1} is not available here").arg(name)
                                 : QStringLiteral("unknown variable {%1}").arg(name));
    }
    return t;
}

QStringList Template::variables() const
{
    QStringList out;
    for (const Part &p : m_parts) {
        if (p.kind == Kind::Text)
            continue;
        const QString name = nameOf(p);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

QStringList Template::unknownVariables(TemplateScope scope) const
{
    QStringList out;
    for (const Part &p : m_parts) {
        if (p.kind == Kind::Text)
            continue;
        const QString name = nameOf(p);
        TemplateScope group;
        classify(name, &group);
        if ((!group || !(scope & group)) && !out.contains(name))
            out.append(name);
    }
    return out;
}

TemplateScope Template::groupOf(const QString &name)
{
    TemplateScope group;
    classify(name, &group);
    return group;
}

QString Template::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString Template::render(const TemplateContext &c) const
{
    if (m_constant)
        return m_source.isEmpty() || m_parts.empty() ? QString() : m_parts.front().text;
    QString out;
    out.reserve(m_source.size() + 32);
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Text:
            out += p.text;
            break;
        case Kind::UserMention:
            if (!c.userId.isEmpty())
                out += QStringLiteral("<@") + c.userId + u'>';
            break;
        case Kind::UserName:
            out += c.userName;
            break;
        case Kind::UserId:
            out += c.userId;
            break;
        case Kind::ChannelMention:
            if (!c.channelId.isEmpty())
                out += QStringLiteral("<#") + c.channelId + u'>';
            break;
        case Kind::ChannelId:
            out += c.channelId;
            break;
        case Kind::GuildName:
            out += c.guildName;
            break;
        case Kind::GuildId:
            out += c.guildId;
            break;
        case Kind::MessageId:
            out += c.messageId;
            break;
        case Kind::Count: {
            const QJsonValue v = c.state.value(QLatin1StringView("count"));
            out += v.isUndefined() || v.isNull() ? QStringLiteral("0") : valueText(v);
            break;
        }
        case Kind::State:
            out += valueText(c.state.value(p.text));
            break;
        case Kind::Values:
            out += c.values.join(QStringLiteral(", "));
            break;
        case Kind::Field:
            out += c.fields.value(p.text);
            break;
        case Kind::Now: {
            const Clock *clock = c.clock ? c.clock : Clock::system();
            out += QStringLiteral("<t:") + QString::number(clock->now().toSecsSinceEpoch())
                + QStringLiteral(":f>");
            break;
        }
        case Kind::Opt:
            out += c.opts.value(p.text);
            break;
        case Kind::Run:
            out += QString::number(c.run);
            break;
        case Kind::Unknown:
            out += u'{' + p.text + u'}';
            break;
        }
    }
    return out;
}

} // namespace bw
