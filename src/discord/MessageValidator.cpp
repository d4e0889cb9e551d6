#include "discord/MessageValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {

/// Characters as Discord counts them (code points, so an emoji is one).
int length(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::discord::MessageValidator", text);
}

QString keyPath(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + u'.' + key;
}

QString indexPath(const QString &base, qsizetype index)
{
    return base + u'[' + QString::number(index) + u']';
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

class Checker
{
public:
    QList<MessageProblem> problems;

    void error(const QString &path, const QString &field, const QString &message)
    {
        problems.append({keyPath(path, field), field, message, false});
    }
    void errorAt(const QString &path, const QString &message)
    {
        // The field is the last key of the path ("label" of "components[0].label"), empty for an index.
        QString field;
        const qsizetype dot = path.lastIndexOf(u'.');
        const QString last = dot < 0 ? path : path.mid(dot + 1);
        if (!last.endsWith(u']'))
            field = last;
        problems.append({path, field, message, false});
    }
    void warning(const QString &path, const QString &field, const QString &message)
    {
        problems.append({keyPath(path, field), field, message, true});
    }

    // ---- generic field checks -------------------------------------------------------------------

    /// A string field that may be absent (or null): type and maximum length; `min` when present.
    void optionalString(const QJsonObject &o, const QString &path, const QString &field, int max, int min = 0)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            error(path, field, tr("must be text"));
            return;
        }
        checkLength(v.toString(), path, field, max, min);
    }
    /// A string field that must be there, 1..max (or min..max) characters.
    void requiredString(const QJsonObject &o, const QString &path, const QString &field, int max, int min = 1)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty() && min > 0)) {
            error(path, field, tr("is required"));
            return;
        }
        if (!v.isString()) {
            error(path, field, tr("must be text"));
            return;
        }
        checkLength(v.toString(), path, field, max, min);
    }
    void checkLength(const QString &text, const QString &path, const QString &field, int max, int min)
    {
        const int n = length(text);
        if (n > max)
            error(path, field, tr("is %1 characters long; at most %2 are allowed").arg(n).arg(max));
        else if (n < min)
            error(path, field, tr("needs at least %1 character(s)").arg(min));
    }
    /// An optional integer in [min, max]; returns the value or `fallback` when absent or invalid.
    int optionalInt(const QJsonObject &o, const QString &path, const QString &field, int min, int max,
                    int fallback)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!isInteger(v)) {
            error(path, field, tr("must be a whole number"));
            return fallback;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            error(path, field, tr("must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }
    void optionalBool(const QJsonObject &o, const QString &path, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            error(path, field, tr("must be true or false"));
    }
    void color(const QJsonObject &o, const QString &path, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return;
        if (!isInteger(v) || v.toDouble() < 0 || v.toDouble() > 0xFFFFFF)
            error(path, field, tr("must be a colour between 0 and 0xFFFFFF"));
    }
    /// A URL field: http(s) (or attachment:// when allowed), at most `max` characters.
    void url(const QJsonObject &o, const QString &path, const QString &field, bool required, bool attachments,
             int max = 2048)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (required)
                error(path, field, tr("is required"));
            return;
        }
        if (!v.isString()) {
            error(path, field, tr("must be text"));
            return;
        }
        const QString text = v.toString();
        if (length(text) > max) {
            error(path, field,
                  tr("is %1 characters long; at most %2 are allowed").arg(length(text)).arg(max));
            return;
        }
        const QUrl u(text, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        const bool web = (scheme == "http"_L1 || scheme == "https"_L1) && !u.host().isEmpty();
        const bool attachment = scheme == "attachment"_L1;
        if (!u.isValid() || !(web || (attachments && attachment))) {
            error(path, field,
                  attachments ? tr("must be an http(s):// or attachment:// URL")
                              : tr("must be an http(s):// URL"));
        }
    }
    /// An object field that must be an object when present; returns it (empty otherwise).
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &field, bool required = false)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(path, field, tr("is required"));
            return {};
        }
        if (!v.isObject()) {
            error(path, field, tr("must be an object"));
            return {};
        }
        return v.toObject();
    }
    /// An array field (absent = empty); reports a non-array.
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            error(path, field, tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

    // ---- identifiers ------------------------------------------------------------------------

    QHash<QString, QString> customIds; // custom_id -> path of its first use
    QSet<qint64> ids;

    void customId(const QJsonObject &o, const QString &path, bool required)
    {
        const QJsonValue v = o.value(u"custom_id"_s);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            if (required)
                error(path, u"custom_id"_s, tr("is required (1–100 characters)"));
            return;
        }
        if (!v.isString()) {
            error(path, u"custom_id"_s, tr("must be text"));
            return;
        }
        const QString id = v.toString();
        checkLength(id, path, u"custom_id"_s, MessageValidator::kMaxCustomId, 1);
        const auto it = customIds.constFind(id);
        if (it != customIds.cend())
            error(path, u"custom_id"_s,
                  tr("\"%1\" is already used by %2; custom_ids must be unique").arg(id, *it));
        else
            customIds.insert(id, path);
    }
    void componentId(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(u"id"_s);
        if (v.isUndefined() || v.isNull())
            return;
        if (!isInteger(v) || v.toDouble() < 0 || v.toDouble() > 2147483647.0) {
            error(path, u"id"_s, tr("must be a whole number between 0 and 2147483647"));
            return;
        }
        const qint64 id = qint64(v.toDouble());
        if (id == 0)
            return; // filled in by Discord
        if (ids.contains(id))
            error(path, u"id"_s, tr("%1 is used by another component; ids must be unique").arg(id));
        ids.insert(id);
    }
    void emoji(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(u"emoji"_s);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject()) {
            error(path, u"emoji"_s, tr("must be an object with an id or a name"));
            return;
        }
        const QJsonObject e = v.toObject();
        const QString p = keyPath(path, u"emoji"_s);
        const bool hasId = e.value(u"id"_s).isString() && !e.value(u"id"_s).toString().isEmpty();
        const bool hasName = e.value(u"name"_s).isString() && !e.value(u"name"_s).toString().isEmpty();
        if (!hasId && !hasName)
            error(path, u"emoji"_s, tr("needs a Unicode emoji as name, or the id of a custom emoji"));
        if (hasId) {
            const QString id = e.value(u"id"_s).toString();
            bool digits = id.size() >= 15 && id.size() <= 20;
            for (QChar c : id)
                digits = digits && c.isDigit();
            if (!digits)
                error(p, u"id"_s, tr("must be the snowflake id of a custom emoji"));
        }
    }

    // ---- components -------------------------------------------------------------------------

    void button(const QJsonObject &b, const QString &path, bool inModal)
    {
        if (inModal) {
            errorAt(path, tr("Buttons cannot be used in a modal"));
            return;
        }
        const QJsonValue sv = b.value(u"style"_s);
        if (!isInteger(sv) || sv.toInt() < 1 || sv.toInt() > 6) {
            error(path, u"style"_s, tr("must be 1 (primary) to 6 (premium)"));
            return;
        }
        const int style = sv.toInt();
        optionalBool(b, path, u"disabled"_s);
        if (style == MessageValidator::Premium) {
            if (!b.value(u"sku_id"_s).isString() || b.value(u"sku_id"_s).toString().isEmpty())
                error(path, u"sku_id"_s, tr("is required for a premium button"));
            for (const QString &k : {u"custom_id"_s, u"label"_s, u"url"_s, u"emoji"_s}) {
                if (b.contains(k))
                    error(path, k, tr("is not allowed on a premium button"));
            }
            return;
        }
        optionalString(b, path, u"label"_s, MessageValidator::kMaxButtonLabel);
        emoji(b, path);
        const bool hasLabel = b.value(u"label"_s).isString() && !b.value(u"label"_s).toString().isEmpty();
        if (!hasLabel && !b.value(u"emoji"_s).isObject())
            error(path, u"label"_s, tr("a button needs a label or an emoji"));
        if (b.contains(u"sku_id"_s))
            error(path, u"sku_id"_s, tr("is only allowed on premium buttons"));
        if (style == MessageValidator::Link) {
            url(b, path, u"url"_s, true, false, MessageValidator::kMaxUrl);
            if (b.contains(u"custom_id"_s))
                error(path, u"custom_id"_s, tr("a link button has no custom_id (it sends no interaction)"));
        } else {
            customId(b, path, true);
            if (b.contains(u"url"_s))
                error(path, u"url"_s, tr("only link buttons (style 5) have a URL"));
        }
    }

    void select(const QJsonObject &s, const QString &path, int type, bool inModal)
    {
        customId(s, path, true);
        optionalString(s, path, u"placeholder"_s, MessageValidator::kMaxPlaceholder);
        const int minValues = optionalInt(s, path, u"min_values"_s, 0, MessageValidator::kMaxSelectValues, 1);
        const int maxValues = optionalInt(s, path, u"max_values"_s, 1, MessageValidator::kMaxSelectValues, 1);
        if (minValues > maxValues)
            error(path, u"min_values"_s,
                  tr("is %1 but max_values is %2; the minimum cannot exceed the maximum")
                      .arg(minValues)
                      .arg(maxValues));
        optionalBool(s, path, u"disabled"_s);
        optionalBool(s, path, u"required"_s);
        if (inModal) {
            if (s.value(u"disabled"_s).toBool())
                error(path, u"disabled"_s, tr("nothing in a modal can be disabled"));
            if (s.value(u"required"_s).toBool(true) && minValues < 1)
                error(path, u"min_values"_s, tr("must be at least 1 when the select is required"));
        } else if (s.contains(u"required"_s)) {
            error(path, u"required"_s, tr("is only allowed on selects in modals"));
        }

        if (type == MessageValidator::StringSelect) {
            const QJsonValue ov = s.value(u"options"_s);
            if (!ov.isArray() || ov.toArray().isEmpty()) {
                error(path, u"options"_s, tr("a string select needs 1 to 25 options"));
                return;
            }
            const QJsonArray options = ov.toArray();
            if (options.size() > MessageValidator::kMaxSelectOptions)
                error(path, u"options"_s,
                      tr("has %1 options; at most %2 are allowed")
                          .arg(options.size())
                          .arg(MessageValidator::kMaxSelectOptions));
            if (maxValues > options.size())
                error(path, u"max_values"_s,
                      tr("is %1 but there are only %2 options").arg(maxValues).arg(options.size()));
            QSet<QString> values;
            int defaults = 0;
            for (qsizetype i = 0; i < options.size(); ++i) {
                const QString op = indexPath(keyPath(path, u"options"_s), i);
                if (!options.at(i).isObject()) {
                    errorAt(op, tr("an option must be an object"));
                    continue;
                }
                const QJsonObject o = options.at(i).toObject();
                requiredString(o, op, u"label"_s, MessageValidator::kMaxOptionText);
                requiredString(o, op, u"value"_s, MessageValidator::kMaxOptionText);
                optionalString(o, op, u"description"_s, MessageValidator::kMaxOptionText);
                optionalBool(o, op, u"default"_s);
                emoji(o, op);
                const QString value = o.value(u"value"_s).toString();
                if (!value.isEmpty()) {
                    if (values.contains(value))
                        error(op, u"value"_s,
                              tr("\"%1\" is the value of another option; values must be unique").arg(value));
                    values.insert(value);
                }
                if (o.value(u"default"_s).toBool())
                    ++defaults;
            }
            if (defaults > maxValues)
                error(path, u"options"_s,
                      tr("%1 options are marked default but max_values is %2").arg(defaults).arg(maxValues));
            if (s.contains(u"default_values"_s))
                error(path, u"default_values"_s, tr("string selects mark defaults on their options instead"));
            if (s.contains(u"channel_types"_s))
                error(path, u"channel_types"_s, tr("is only allowed on channel selects"));
            return;
        }

        if (s.contains(u"options"_s))
            error(path, u"options"_s, tr("only string selects have options"));
        if (type == MessageValidator::ChannelSelect) {
            const QJsonArray types = array(s, path, u"channel_types"_s);
            static const QSet<int> known {0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16};
            for (qsizetype i = 0; i < types.size(); ++i) {
                if (!isInteger(types.at(i)) || !known.contains(types.at(i).toInt()))
                    errorAt(indexPath(keyPath(path, u"channel_types"_s), i),
                            tr("is not a known channel type"));
            }
        } else if (s.contains(u"channel_types"_s)) {
            error(path, u"channel_types"_s, tr("is only allowed on channel selects"));
        }
        const QJsonArray defaults = array(s, path, u"default_values"_s);
        if (!defaults.isEmpty()) {
            if (defaults.size() < minValues || defaults.size() > maxValues)
                error(path, u"default_values"_s,
                      tr("has %1 values; it must have between min_values (%2) and max_values (%3)")
                          .arg(defaults.size())
                          .arg(minValues)
                          .arg(maxValues));
            QSet<QString> allowed;
            if (type == MessageValidator::UserSelect)
                allowed = {u"user"_s};
            else if (type == MessageValidator::RoleSelect)
                allowed = {u"role"_s};
            else if (type == MessageValidator::ChannelSelect)
                allowed = {u"channel"_s};
            else
                allowed = {u"user"_s, u"role"_s};
            for (qsizetype i = 0; i < defaults.size(); ++i) {
                const QString dp = indexPath(keyPath(path, u"default_values"_s), i);
                const QJsonObject d = defaults.at(i).toObject();
                if (!d.value(u"id"_s).isString() || d.value(u"id"_s).toString().isEmpty())
                    error(dp, u"id"_s, tr("is required (a snowflake)"));
                if (!allowed.contains(d.value(u"type"_s).toString()))
                    error(dp, u"type"_s,
                          tr("must be %1").arg(QStringList(allowed.begin(), allowed.end()).join(u" or "_s)));
            }
        }
    }

    void textInput(const QJsonObject &t, const QString &path, bool legacyRow)
    {
        customId(t, path, true);
        const QJsonValue sv = t.value(u"style"_s);
        if (!isInteger(sv) || (sv.toInt() != 1 && sv.toInt() != 2))
            error(path, u"style"_s, tr("must be 1 (short) or 2 (paragraph)"));
        if (legacyRow)
            requiredString(t, path, u"label"_s, MessageValidator::kMaxLabel);
        else
            optionalString(t, path, u"label"_s, MessageValidator::kMaxLabel);
        const int minLength
            = optionalInt(t, path, u"min_length"_s, 0, MessageValidator::kMaxTextInputLength, 0);
        const int maxLength = optionalInt(t, path, u"max_length"_s, 1, MessageValidator::kMaxTextInputLength,
                                          MessageValidator::kMaxTextInputLength);
        if (minLength > maxLength)
            error(path, u"min_length"_s,
                  tr("is %1 but max_length is %2; the minimum cannot exceed the maximum")
                      .arg(minLength)
                      .arg(maxLength));
        optionalBool(t, path, u"required"_s);
        optionalString(t, path, u"value"_s, MessageValidator::kMaxTextInputLength);
        if (t.value(u"value"_s).isString() && length(t.value(u"value"_s).toString()) > maxLength)
            error(path, u"value"_s, tr("is longer than max_length (%1)").arg(maxLength));
        optionalString(t, path, u"placeholder"_s, MessageValidator::kMaxTextInputPlaceholder);
        if (t.contains(u"disabled"_s))
            error(path, u"disabled"_s, tr("nothing in a modal can be disabled"));
    }

    void mediaItem(const QJsonObject &o, const QString &path, const QString &field)
    {
        const QJsonObject media = object(o, path, field, true);
        if (!media.isEmpty() || o.value(field).isObject())
            url(media, keyPath(path, field), u"url"_s, true, true);
        optionalString(o, path, u"description"_s, MessageValidator::kMaxMediaDescription);
        optionalBool(o, path, u"spoiler"_s);
    }

    int v2Text = 0; // Text Display characters so far

    /// One component at `path`. `where` tells what may appear there.
    enum class Place {
        MessageTop,
        V2Top,
        InRow,
        InContainer,
        InSection,
        Accessory,
        ModalTop,
        InLabel,
        ModalRow
    };

    void component(const QJsonValue &value, const QString &path, Place where, bool v2)
    {
        if (!value.isObject()) {
            errorAt(path, tr("a component must be an object"));
            return;
        }
        const QJsonObject c = value.toObject();
        const QJsonValue tv = c.value(u"type"_s);
        if (!isInteger(tv)) {
            error(path, u"type"_s, tr("is required (the component type number)"));
            return;
        }
        const int type = tv.toInt();
        componentId(c, path);
        const bool inModal = where == Place::ModalTop || where == Place::InLabel || where == Place::ModalRow;

        if (!allowedAt(type, where, v2)) {
            errorAt(path, placeError(type, where, v2));
            return;
        }

        switch (type) {
        case MessageValidator::ActionRow: {
            const QJsonArray children = array(c, path, u"components"_s);
            const QString cp = keyPath(path, u"components"_s);
            if (children.isEmpty()) {
                error(path, u"components"_s, tr("an action row needs at least one component"));
                return;
            }
            if (where == Place::ModalTop) {
                if (children.size() != 1)
                    error(path, u"components"_s, tr("an action row in a modal holds exactly one text input"));
                for (qsizetype i = 0; i < children.size(); ++i)
                    component(children.at(i), indexPath(cp, i), Place::ModalRow, v2);
                return;
            }
            int selects = 0;
            int buttons = 0;
            for (qsizetype i = 0; i < children.size(); ++i) {
                const int t = children.at(i).toObject().value(u"type"_s).toInt();
                if (MessageValidator::isSelect(t))
                    ++selects;
                else if (t == MessageValidator::Button)
                    ++buttons;
            }
            if (selects > 0 && children.size() > 1)
                error(path, u"components"_s, tr("a row with a select menu cannot hold anything else"));
            else if (children.size() > MessageValidator::kMaxRowComponents)
                error(path, u"components"_s,
                      tr("has %1 buttons; a row holds at most %2")
                          .arg(children.size())
                          .arg(MessageValidator::kMaxRowComponents));
            for (qsizetype i = 0; i < children.size(); ++i)
                component(children.at(i), indexPath(cp, i), Place::InRow, v2);
            return;
        }
        case MessageValidator::Button:
            button(c, path, inModal);
            return;
        case MessageValidator::StringSelect:
        case MessageValidator::UserSelect:
        case MessageValidator::RoleSelect:
        case MessageValidator::MentionableSelect:
        case MessageValidator::ChannelSelect:
            select(c, path, type, inModal);
            return;
        case MessageValidator::TextInput:
            textInput(c, path, where == Place::ModalRow);
            return;
        case MessageValidator::TextDisplay: {
            requiredString(c, path, u"content"_s, MessageValidator::kMaxV2Text);
            v2Text += length(c.value(u"content"_s).toString());
            return;
        }
        case MessageValidator::Section: {
            const QJsonArray texts = array(c, path, u"components"_s);
            const QString cp = keyPath(path, u"components"_s);
            if (texts.isEmpty() || texts.size() > MessageValidator::kMaxSectionTexts)
                error(path, u"components"_s, tr("a section holds 1 to 3 text displays"));
            for (qsizetype i = 0; i < texts.size(); ++i)
                component(texts.at(i), indexPath(cp, i), Place::InSection, v2);
            if (!c.value(u"accessory"_s).isObject())
                error(path, u"accessory"_s, tr("a section needs an accessory (a button or a thumbnail)"));
            else
                component(c.value(u"accessory"_s), keyPath(path, u"accessory"_s), Place::Accessory, v2);
            return;
        }
        case MessageValidator::Thumbnail:
            mediaItem(c, path, u"media"_s);
            return;
        case MessageValidator::MediaGallery: {
            const QJsonArray items = array(c, path, u"items"_s);
            if (items.isEmpty() || items.size() > MessageValidator::kMaxGalleryItems)
                error(path, u"items"_s, tr("a media gallery holds 1 to 10 items"));
            for (qsizetype i = 0; i < items.size(); ++i)
                mediaItem(items.at(i).toObject(), indexPath(keyPath(path, u"items"_s), i), u"media"_s);
            return;
        }
        case MessageValidator::File: {
            const QJsonObject file = object(c, path, u"file"_s, true);
            const QString u = file.value(u"url"_s).toString();
            if (c.value(u"file"_s).isObject() && !u.startsWith(u"attachment://"_s))
                error(keyPath(path, u"file"_s), u"url"_s,
                      tr("a file component only takes attachment:// URLs"));
            optionalBool(c, path, u"spoiler"_s);
            return;
        }
        case MessageValidator::Separator:
            optionalBool(c, path, u"divider"_s);
            optionalInt(c, path, u"spacing"_s, 1, 2, 1);
            return;
        case MessageValidator::Container: {
            color(c, path, u"accent_color"_s);
            optionalBool(c, path, u"spoiler"_s);
            const QJsonArray children = array(c, path, u"components"_s);
            if (children.isEmpty())
                error(path, u"components"_s, tr("a container needs at least one component"));
            for (qsizetype i = 0; i < children.size(); ++i)
                component(children.at(i), indexPath(keyPath(path, u"components"_s), i), Place::InContainer,
                          v2);
            return;
        }
        case MessageValidator::Label: {
            requiredString(c, path, u"label"_s, MessageValidator::kMaxLabel);
            optionalString(c, path, u"description"_s, MessageValidator::kMaxLabelDescription);
            if (!c.value(u"component"_s).isObject())
                error(path, u"component"_s, tr("a label needs the component it labels"));
            else
                component(c.value(u"component"_s), keyPath(path, u"component"_s), Place::InLabel, v2);
            return;
        }
        case MessageValidator::FileUpload: {
            customId(c, path, true);
            const int mn = optionalInt(c, path, u"min_values"_s, 0, 10, 1);
            const int mx = optionalInt(c, path, u"max_values"_s, 0, 10, 1);
            if (mn > mx)
                error(path, u"min_values"_s, tr("cannot exceed max_values"));
            if (array(c, path, u"file_types"_s).size() > 10)
                error(path, u"file_types"_s, tr("at most 10 file types"));
            return;
        }
        case MessageValidator::RadioGroup:
        case MessageValidator::CheckboxGroup: {
            customId(c, path, true);
            const QJsonArray options = array(c, path, u"options"_s);
            const int lo = type == MessageValidator::RadioGroup ? 2 : 1;
            if (options.size() < lo || options.size() > 10)
                error(path, u"options"_s, tr("needs %1 to 10 options").arg(lo));
            for (qsizetype i = 0; i < options.size(); ++i) {
                const QString op = indexPath(keyPath(path, u"options"_s), i);
                const QJsonObject o = options.at(i).toObject();
                requiredString(o, op, u"value"_s, MessageValidator::kMaxOptionText);
                requiredString(o, op, u"label"_s, MessageValidator::kMaxOptionText);
                optionalString(o, op, u"description"_s, MessageValidator::kMaxOptionText);
            }
            if (type == MessageValidator::CheckboxGroup) {
                const int mn = optionalInt(c, path, u"min_values"_s, 0, 10, 0);
                const int mx = optionalInt(c, path, u"max_values"_s, 1, 10, int(options.size()));
                if (mn > mx)
                    error(path, u"min_values"_s, tr("cannot exceed max_values"));
            }
            return;
        }
        case MessageValidator::Checkbox:
            customId(c, path, true);
            if (c.value(u"required"_s).toBool())
                error(path, u"required"_s, tr("a checkbox cannot be required"));
            return;
        default:
            error(path, u"type"_s, tr("%1 is not a known component type").arg(type));
        }
    }

    static bool allowedAt(int type, Place where, bool v2)
    {
        using V = MessageValidator;
        switch (where) {
        case Place::MessageTop:
            return type == V::ActionRow;
        case Place::V2Top:
            return type == V::ActionRow || type == V::TextDisplay || type == V::Section
                || type == V::MediaGallery || type == V::File || type == V::Separator || type == V::Container;
        case Place::InRow:
            return type == V::Button || V::isSelect(type);
        case Place::InContainer:
            return type == V::ActionRow || type == V::TextDisplay || type == V::Section
                || type == V::MediaGallery || type == V::File || type == V::Separator;
        case Place::InSection:
            return type == V::TextDisplay;
        case Place::Accessory:
            return type == V::Button || type == V::Thumbnail;
        case Place::ModalTop:
            return type == V::Label || type == V::TextDisplay || type == V::ActionRow;
        case Place::InLabel:
            return type == V::TextInput || V::isSelect(type) || type == V::FileUpload || type == V::RadioGroup
                || type == V::CheckboxGroup || type == V::Checkbox;
        case Place::ModalRow:
            return type == V::TextInput;
        }
        Q_UNUSED(v2)
        return false;
    }

    static QString placeError(int type, Place where, bool v2)
    {
        const QString name = MessageValidator::componentTypeName(type);
        switch (where) {
        case Place::MessageTop:
            if (MessageValidator::isV2Only(type))
                return tr("a %1 needs the IS_COMPONENTS_V2 flag (a Components V2 message)").arg(name);
            return tr("a %1 must be inside an action row").arg(name);
        case Place::V2Top:
            return tr("a %1 cannot be at the top level of a message").arg(name);
        case Place::InRow:
            return tr("an action row holds buttons or one select menu, not a %1").arg(name);
        case Place::InContainer:
            return type == MessageValidator::Container ? tr("containers cannot be nested")
                                                       : tr("a container cannot hold a %1").arg(name);
        case Place::InSection:
            return tr("a section holds text displays, not a %1").arg(name);
        case Place::Accessory:
            return tr("a section accessory is a button or a thumbnail, not a %1").arg(name);
        case Place::ModalTop:
            return tr("a modal holds labels, text displays or rows with a text input, not a %1").arg(name);
        case Place::InLabel:
            return tr("a label cannot hold a %1").arg(name);
        case Place::ModalRow:
            return tr("an action row in a modal holds a text input, not a %1").arg(name);
        }
        Q_UNUSED(v2)
        return {};
    }

    // ---- embeds ---------------------------------------------------------------------------------

    void embed(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            errorAt(path, tr("an embed must be an object"));
            return;
        }
        const QJsonObject e = value.toObject();
        optionalString(e, path, u"title"_s, MessageValidator::kMaxEmbedTitle);
        optionalString(e, path, u"description"_s, MessageValidator::kMaxEmbedDescription);
        url(e, path, u"url"_s, false, false);
        color(e, path, u"color"_s);
        const QJsonValue ts = e.value(u"timestamp"_s);
        if (!ts.isUndefined() && !ts.isNull()
            && (!ts.isString() || !QDateTime::fromString(ts.toString(), Qt::ISODateWithMs).isValid()))
            error(path, u"timestamp"_s, tr("must be an ISO 8601 time such as 2025-01-31T12:00:00Z"));
        for (const QString &k : {u"type"_s, u"provider"_s, u"video"_s}) {
            if (e.contains(k) && !(k == "type"_L1 && e.value(k).toString() == "rich"_L1))
                warning(path, k, tr("is set by Discord; a bot's value is ignored"));
        }
        const QJsonObject author = object(e, path, u"author"_s);
        if (e.value(u"author"_s).isObject()) {
            const QString ap = keyPath(path, u"author"_s);
            requiredString(author, ap, u"name"_s, MessageValidator::kMaxAuthorName);
            url(author, ap, u"url"_s, false, false);
            url(author, ap, u"icon_url"_s, false, true);
        }
        const QJsonObject footer = object(e, path, u"footer"_s);
        if (e.value(u"footer"_s).isObject()) {
            const QString fp = keyPath(path, u"footer"_s);
            requiredString(footer, fp, u"text"_s, MessageValidator::kMaxFooterText);
            url(footer, fp, u"icon_url"_s, false, true);
        }
        for (const QString &k : {u"image"_s, u"thumbnail"_s}) {
            if (e.value(k).isObject())
                url(e.value(k).toObject(), keyPath(path, k), u"url"_s, true, true);
            else
                object(e, path, k);
        }
        const QJsonArray fields = array(e, path, u"fields"_s);
        if (fields.size() > MessageValidator::kMaxEmbedFields)
            error(path, u"fields"_s,
                  tr("has %1 fields; at most %2 are allowed")
                      .arg(fields.size())
                      .arg(MessageValidator::kMaxEmbedFields));
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString fp = indexPath(keyPath(path, u"fields"_s), i);
            if (!fields.at(i).isObject()) {
                errorAt(fp, tr("a field must be an object"));
                continue;
            }
            const QJsonObject f = fields.at(i).toObject();
            requiredString(f, fp, u"name"_s, MessageValidator::kMaxFieldName);
            requiredString(f, fp, u"value"_s, MessageValidator::kMaxFieldValue);
            optionalBool(f, fp, u"inline"_s);
        }
        static const QStringList parts {u"title"_s,     u"description"_s, u"url"_s,
                                        u"timestamp"_s, u"author"_s,      u"footer"_s,
                                        u"image"_s,     u"thumbnail"_s,   u"fields"_s};
        bool any = false;
        for (const QString &k : parts)
            any = any || (e.contains(k) && !e.value(k).isNull() && e.value(k) != QJsonValue(QString()));
        if (!any)
            errorAt(path,
                    tr("an embed needs at least a title, a description, a field, an image or an author"));
    }
};

QString trimmed(const QJsonValue &v)
{
    return v.toString().trimmed();
}

} // namespace

int MessageValidator::embedTotalLength(const QJsonArray &embeds)
{
    int total = 0;
    for (const QJsonValue &ev : embeds) {
        const QJsonObject e = ev.toObject();
        total += length(trimmed(e.value(u"title"_s)));
        total += length(trimmed(e.value(u"description"_s)));
        total += length(trimmed(e.value(u"footer"_s).toObject().value(u"text"_s)));
        total += length(trimmed(e.value(u"author"_s).toObject().value(u"name"_s)));
        for (const QJsonValue &fv : e.value(u"fields"_s).toArray()) {
            total += length(trimmed(fv.toObject().value(u"name"_s)));
            total += length(trimmed(fv.toObject().value(u"value"_s)));
        }
    }
    return total;
}

int MessageValidator::componentCount(const QJsonArray &components)
{
    int n = 0;
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        ++n;
        n += componentCount(c.value(u"components"_s).toArray());
        if (c.value(u"accessory"_s).isObject())
            n += 1;
        if (c.value(u"component"_s).isObject())
            n += 1;
    }
    return n;
}

bool MessageValidator::isComponentsV2(const QJsonObject &message)
{
    return (message.value(u"flags"_s).toInteger() & kFlagComponentsV2) != 0;
}

bool MessageValidator::isV2Only(int type)
{
    return (type >= Section && type <= Separator) || type == Container;
}

bool MessageValidator::isSelect(int type)
{
    return type == StringSelect || (type >= UserSelect && type <= ChannelSelect);
}

QString MessageValidator::componentTypeName(int type)
{
    switch (type) {
    case ActionRow:
        return tr("action row");
    case Button:
        return tr("button");
    case StringSelect:
        return tr("string select");
    case TextInput:
        return tr("text input");
    case UserSelect:
        return tr("user select");
    case RoleSelect:
        return tr("role select");
    case MentionableSelect:
        return tr("mentionable select");
    case ChannelSelect:
        return tr("channel select");
    case Section:
        return tr("section");
    case TextDisplay:
        return tr("text display");
    case Thumbnail:
        return tr("thumbnail");
    case MediaGallery:
        return tr("media gallery");
    case File:
        return tr("file");
    case Separator:
        return tr("separator");
    case Container:
        return tr("container");
    case Label:
        return tr("label");
    case FileUpload:
        return tr("file upload");
    case RadioGroup:
        return tr("radio group");
    case CheckboxGroup:
        return tr("checkbox group");
    case Checkbox:
        return tr("checkbox");
    default:
        return tr("type %1").arg(type);
    }
}

QList<MessageProblem> MessageValidator::validateMessage(const QJsonObject &message, bool ephemeralAllowed)
{
    Checker c;
    // Flags.
    qint64 flags = 0;
    const QJsonValue fv = message.value(u"flags"_s);
    if (!fv.isUndefined() && !fv.isNull()) {
        if (!isInteger(fv) || fv.toDouble() < 0) {
            c.error({}, u"flags"_s, tr("must be a whole number (a bit set)"));
        } else {
            flags = fv.toInteger();
            qint64 allowed
                = kFlagSuppressEmbeds | kFlagSuppressNotifications | kFlagVoiceMessage | kFlagComponentsV2;
            if (ephemeralAllowed)
                allowed |= kFlagEphemeral;
            if (flags & ~allowed) {
                c.error({}, u"flags"_s,
                        ephemeralAllowed
                            ? tr("only SUPPRESS_EMBEDS (4), EPHEMERAL (64), SUPPRESS_NOTIFICATIONS (4096), "
                                 "IS_VOICE_MESSAGE (8192) and IS_COMPONENTS_V2 (32768) may be set")
                            : tr("a bot may set only SUPPRESS_EMBEDS (4), SUPPRESS_NOTIFICATIONS (4096), "
                                 "IS_VOICE_MESSAGE (8192) and IS_COMPONENTS_V2 (32768) on a message"));
            }
        }
    }
    const bool v2 = (flags & kFlagComponentsV2) != 0;

    const QJsonArray components = c.array(message, {}, u"components"_s);
    const QJsonArray embeds = c.array(message, {}, u"embeds"_s);
    const QJsonValue content = message.value(u"content"_s);

    if (v2) {
        for (const QString &k :
             {u"content"_s, u"embeds"_s, u"sticker_ids"_s, u"poll"_s, u"shared_client_theme"_s}) {
            const QJsonValue v = message.value(k);
            const bool empty = v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
                || (v.isArray() && v.toArray().isEmpty());
            if (!empty)
                c.error(
                    {}, k,
                    tr("cannot be used in a Components V2 message; put the text in Text Display components"));
        }
        if (components.isEmpty())
            c.error({}, u"components"_s, tr("a Components V2 message needs at least one component"));
        const int total = componentCount(components);
        if (total > kMaxV2Components)
            c.error({}, u"components"_s,
                    tr("has %1 components in total (nested ones count); at most %2 are allowed")
                        .arg(total)
                        .arg(kMaxV2Components));
        for (qsizetype i = 0; i < components.size(); ++i)
            c.component(components.at(i), indexPath(u"components"_s, i), Checker::Place::V2Top, true);
        if (c.v2Text > kMaxV2Text)
            c.error({}, u"components"_s,
                    tr("the text displays hold %1 characters together; at most %2 are allowed")
                        .arg(c.v2Text)
                        .arg(kMaxV2Text));
        return c.problems;
    }

    // Legacy message.
    if (!content.isUndefined() && !content.isNull()) {
        if (!content.isString())
            c.error({}, u"content"_s, tr("must be text"));
        else
            c.checkLength(content.toString(), {}, u"content"_s, kMaxContent, 0);
    }
    if (embeds.size() > kMaxEmbeds)
        c.error({}, u"embeds"_s,
                tr("has %1 embeds; at most %2 are allowed").arg(embeds.size()).arg(kMaxEmbeds));
    for (qsizetype i = 0; i < embeds.size(); ++i)
        c.embed(embeds.at(i), indexPath(u"embeds"_s, i));
    const int embedTotal = embedTotalLength(embeds);
    if (embedTotal > kMaxEmbedTotal)
        c.error({}, u"embeds"_s,
                tr("the embeds hold %1 characters together (titles, descriptions, fields, footers, authors); "
                   "at most %2 are allowed")
                    .arg(embedTotal)
                    .arg(kMaxEmbedTotal));
    const QJsonArray stickers = c.array(message, {}, u"sticker_ids"_s);
    if (stickers.size() > kMaxStickers)
        c.error({}, u"sticker_ids"_s, tr("at most %1 stickers").arg(kMaxStickers));

    if (components.size() > kMaxActionRows)
        c.error(
            {}, u"components"_s,
            tr("has %1 action rows; a message holds at most %2").arg(components.size()).arg(kMaxActionRows));
    for (qsizetype i = 0; i < components.size(); ++i)
        c.component(components.at(i), indexPath(u"components"_s, i), Checker::Place::MessageTop, false);

    const bool hasContent = content.isString() && !content.toString().trimmed().isEmpty();
    const bool hasOther = !embeds.isEmpty() || !stickers.isEmpty() || !components.isEmpty()
        || message.contains(u"poll"_s) || !message.value(u"attachments"_s).toArray().isEmpty()
        || message.contains(u"shared_client_theme"_s);
    if (!hasContent && !hasOther)
        c.error(
            {}, u"content"_s,
            tr("a message needs content, an embed, a sticker, a component or a file (Discord error 50006)"));
    return c.problems;
}

QList<MessageProblem> MessageValidator::validateModal(const QJsonObject &modal)
{
    Checker c;
    c.customId(modal, {}, true);
    c.requiredString(modal, {}, u"title"_s, kMaxModalTitle);
    const QJsonArray components = c.array(modal, {}, u"components"_s);
    if (components.isEmpty() || components.size() > kMaxModalComponents)
        c.error({}, u"components"_s,
                tr("a modal holds 1 to %1 components; it has %2")
                    .arg(kMaxModalComponents)
                    .arg(components.size()));
    for (qsizetype i = 0; i < components.size(); ++i)
        c.component(components.at(i), indexPath(u"components"_s, i), Checker::Place::ModalTop, false);
    return c.problems;
}

QList<MessageProblem> MessageValidator::validateEdit(const QJsonObject &before, const QJsonObject &after)
{
    QList<MessageProblem> problems = validateMessage(after);
    if (isComponentsV2(before) && !isComponentsV2(after)) {
        problems.prepend({u"flags"_s, u"flags"_s,
                          tr("the IS_COMPONENTS_V2 flag cannot be removed from a message once it is set"),
                          false});
    }
    return problems;
}

} // namespace bw::discord
