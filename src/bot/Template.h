#pragma once
// Template: a reply text with {variables} ({{ and }} are literal braces), parsed once and rendered per
// interaction, task run or command. Views, scheduled tasks and slash commands share it.

#include "core/Result.h"

#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace bw {

class Clock;

/// Which variables a template may use where it is written (see docs/view-format.md, "Template variables").
enum class TemplateVar : quint16 {
    User = 0x1, // {user.mention} {user.name} {user.id}
    Channel = 0x2, // {channel.mention} {channel.id}
    Guild = 0x4, // {guild.name} {guild.id}
    Message = 0x8, // {message.id}
    State = 0x10, // {count} {state.KEY}
    Values = 0x20, // {values}
    Fields = 0x40, // {field.ID}
    Now = 0x80, // {now}
    Options = 0x100, // {opt.NAME}
    Run = 0x200, // {run}
};
Q_DECLARE_FLAGS(TemplateScope, TemplateVar)
Q_DECLARE_OPERATORS_FOR_FLAGS(TemplateScope)

namespace TemplateScopes {
/// What a view's action may use ({opt.*} and {run} are not available there).
inline constexpr TemplateScope view()
{
    return TemplateScope(TemplateVar::User) | TemplateVar::Channel | TemplateVar::Guild | TemplateVar::Message
        | TemplateVar::State | TemplateVar::Values | TemplateVar::Fields | TemplateVar::Now;
}
/// What a slash command's response may use.
inline constexpr TemplateScope command()
{
    return TemplateScope(TemplateVar::User) | TemplateVar::Channel | TemplateVar::Guild | TemplateVar::Fields
        | TemplateVar::Now | TemplateVar::Options;
}
/// What a scheduled task may use (no user, no interaction).
inline constexpr TemplateScope task()
{
    return TemplateScope(TemplateVar::Channel) | TemplateVar::Guild | TemplateVar::Now | TemplateVar::Run;
}
/// Everything.
inline constexpr TemplateScope all()
{
    return view() | TemplateVar::Options | TemplateVar::Run;
}
} // namespace TemplateScopes

/// The values a template is rendered with. Anything left empty renders as an empty string.
struct TemplateContext
{
    QString userId;
    QString userName; // display name (global name, else user name)
    QString channelId;
    QString guildId;
    QString guildName;
    QString messageId;
    QJsonObject state; // the binding's state ({count} is state["count"])
    QStringList values; // selected values of a select menu
    QHash<QString, QString> fields; // modal text inputs: custom_id -> value
    QHash<QString, QString> opts; // slash command options: name -> value as text
    qint64 run = 0; // scheduled task run number
    const Clock *clock = nullptr; // {now}; nullptr = Clock::system()
};

class Template
{
public:
    /// One piece of a parsed template: literal text or a variable.
    struct Part
    {
        enum class Kind : quint8 {
            Text,
            UserMention,
            UserName,
            UserId,
            ChannelMention,
            ChannelId,
            GuildName,
            GuildId,
            MessageId,
            Count,
            State, // key = state key
            Values,
            Field, // key = text input custom_id
            Now,
            Opt, // key = option name
            Run,
            Unknown, // key = the whole name
        };
        Kind kind = Kind::Text;
        QString text; // Text: the literal; otherwise the key (State/Field/Opt) or the name (Unknown)
    };

    Template() = default;

    /// Parses `text`. An unclosed '{', a lone '}' or an empty '{}' is an InvalidInput error naming the
    /// position and how to write a literal brace.
    static Result<Template> parse(const QString &text);
    /// Parses and checks every variable against `scope`: the error names the first problem.
    static Result<Template> parseChecked(const QString &text, TemplateScope scope);

    const QString &source() const { return m_source; }
    /// The variable names as written (without braces), distinct, in order of first appearance.
    QStringList variables() const;
    /// The variable names `scope` does not allow (unknown names, or a known one used out of place),
    /// distinct, in order of appearance.
    QStringList unknownVariables(TemplateScope scope) const;
    /// True when the template has no variables (render() gives the literal text).
    bool isConstant() const { return m_constant; }
    bool isEmpty() const { return m_source.isEmpty(); }
    /// True when the template uses a variable of this group (e.g. State, to know it needs the state).
    bool uses(TemplateVar var) const { return m_uses.testFlag(var); }
    const std::vector<Part> &parts() const { return m_parts; }

    /// The text with every variable replaced. An unknown variable renders as written ({name}).
    QString render(const TemplateContext &context) const;

    /// A JSON value as template text: strings as they are, integral numbers without a fraction, others
    /// as compact JSON; null/undefined as empty.
    static QString valueText(const QJsonValue &value);
    /// The group a variable name belongs to, or none (0) when the name is unknown.
    static TemplateScope groupOf(const QString &name);

private:
    QString m_source;
    std::vector<Part> m_parts;
    TemplateScope m_uses;
    bool m_constant = true;
};

} // namespace bw
