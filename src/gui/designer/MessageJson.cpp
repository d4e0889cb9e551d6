#include "gui/designer/MessageJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bw::gui::designer::MessageJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::gui::designer::MessageJson", text);
}

Error invalid(const QString &path, const QString &reason)
{
    Error e = Error::make(Error::Kind::InvalidInput, path.isEmpty() ? reason : path + u": "_s + reason);
    e.details = path;
    return e;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    default:
        return tr("nothing");
    }
}

bool isInt(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

Result<void> checkComponents(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return invalid(path, tr("expected a list of components, found %1").arg(typeName(value)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString p = path + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return invalid(p, tr("expected a component object, found %1").arg(typeName(array.at(i))));
        const QJsonObject c = array.at(i).toObject();
        if (!isInt(c.value(u"type"_s)))
            return invalid(p + u".type"_s, tr("every component needs a numeric type"));
        if (c.contains(u"components"_s)) {
            if (auto r = checkComponents(c.value(u"components"_s), p + u".components"_s); !r)
                return r;
        }
        if (c.contains(u"accessory"_s) && !c.value(u"accessory"_s).isObject())
            return invalid(
                p + u".accessory"_s,
                tr("expected a component object, found %1").arg(typeName(c.value(u"accessory"_s))));
    }
    return {};
}

/// Line and column of a byte offset.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Result<void> checkShape(const QJsonObject &m)
{
    const auto optional
        = [&](const QString &key, QJsonValue::Type type, const QString &what) -> Result<void> {
        const QJsonValue v = m.value(key);
        if (v.isUndefined() || v.isNull() || v.type() == type)
            return {};
        return invalid(key, tr("expected %1, found %2").arg(what, typeName(v)));
    };
    if (auto r = optional(u"content"_s, QJsonValue::String, tr("text")); !r)
        return r;
    if (auto r = optional(u"embeds"_s, QJsonValue::Array, tr("a list of embeds")); !r)
        return r;
    const QJsonArray embeds = m.value(u"embeds"_s).toArray();
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        const QString p = u"embeds["_s + QString::number(i) + u']';
        if (!embeds.at(i).isObject())
            return invalid(p, tr("expected an embed object, found %1").arg(typeName(embeds.at(i))));
        const QJsonObject e = embeds.at(i).toObject();
        for (const QString &k : {u"title"_s, u"description"_s, u"url"_s, u"timestamp"_s}) {
            if (e.contains(k) && !e.value(k).isString() && !e.value(k).isNull())
                return invalid(p + u'.' + k, tr("expected text, found %1").arg(typeName(e.value(k))));
        }
        if (e.contains(u"color"_s) && !e.value(u"color"_s).isNull() && !isInt(e.value(u"color"_s)))
            return invalid(p + u".color"_s,
                           tr("expected a number, found %1").arg(typeName(e.value(u"color"_s))));
        if (e.contains(u"fields"_s)) {
            if (!e.value(u"fields"_s).isArray())
                return invalid(p + u".fields"_s,
                               tr("expected a list of fields, found %1").arg(typeName(e.value(u"fields"_s))));
            const QJsonArray fields = e.value(u"fields"_s).toArray();
            for (qsizetype f = 0; f < fields.size(); ++f) {
                if (!fields.at(f).isObject())
                    return invalid(p + u".fields["_s + QString::number(f) + u']',
                                   tr("expected a field object, found %1").arg(typeName(fields.at(f))));
            }
        }
        for (const QString &k : {u"author"_s, u"footer"_s, u"image"_s, u"thumbnail"_s}) {
            if (e.contains(k) && !e.value(k).isObject() && !e.value(k).isNull())
                return invalid(p + u'.' + k, tr("expected an object, found %1").arg(typeName(e.value(k))));
        }
    }
    if (m.contains(u"components"_s) && !m.value(u"components"_s).isNull()) {
        if (auto r = checkComponents(m.value(u"components"_s), u"components"_s); !r)
            return r;
    }
    if (m.contains(u"flags"_s) && !m.value(u"flags"_s).isNull() && !isInt(m.value(u"flags"_s)))
        return invalid(u"flags"_s,
                       tr("expected a whole number, found %1").arg(typeName(m.value(u"flags"_s))));
    return {};
}

Result<ImportedMessage> parse(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return invalid({}, tr("there is no JSON to import"));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid({}, tr("%1: %2").arg(position(json, error.offset), error.errorString()));
    if (!doc.isObject())
        return invalid({},
                       tr("expected a message object ({…}), found %1")
                           .arg(doc.isArray() ? tr("a list") : tr("a value")));
    QJsonObject root = doc.object();
    ImportedMessage result;
    // Discohook: {"messages":[{"data":{…}}], …}
    if (root.value(u"messages"_s).isArray()) {
        const QJsonArray messages = root.value(u"messages"_s).toArray();
        if (messages.isEmpty() || !messages.first().toObject().value(u"data"_s).isObject())
            return invalid(u"messages[0].data"_s, tr("expected the message object of a Discohook backup"));
        root = messages.first().toObject().value(u"data"_s).toObject();
        if (auto r = checkShape(root); !r) {
            Error e = r.error();
            e.message = u"messages[0].data."_s + e.message;
            return e;
        }
        result.message = root;
        return result;
    }
    // A Botwright view ({"name", "kind", "message", "actions"}) or a view file with one view.
    if (root.value(u"botwright"_s).toString() == "views"_L1) {
        const QJsonArray views = root.value(u"views"_s).toArray();
        if (views.isEmpty() || !views.first().isObject())
            return invalid(u"views"_s, tr("the view file holds no view"));
        root = views.first().toObject();
    }
    if (root.value(u"message"_s).isObject()) {
        const QJsonObject message = root.value(u"message"_s).toObject();
        if (auto r = checkShape(message); !r) {
            Error e = r.error();
            e.message = u"message."_s + e.message;
            return e;
        }
        result.message = message;
        if (root.value(u"actions"_s).isObject())
            result.actions = root.value(u"actions"_s).toObject();
        else if (root.contains(u"actions"_s))
            return invalid(u"actions"_s, tr("expected an object of custom_id → action"));
        if (root.value(u"kind"_s).isString())
            result.kind = root.value(u"kind"_s).toString();
        return result;
    }
    if (auto r = checkShape(root); !r)
        return r.error();
    static const QStringList known {u"content"_s,  u"embeds"_s,      u"components"_s,
                                    u"flags"_s,    u"sticker_ids"_s, u"attachments"_s,
                                    u"poll"_s,     u"tts"_s,         u"allowed_mentions"_s,
                                    u"username"_s, u"avatar_url"_s,  u"message_reference"_s};
    bool any = false;
    for (const QString &k : known)
        any = any || root.contains(k);
    if (!any)
        return invalid({}, tr("this is not a message: it has none of content, embeds or components"));
    result.message = root;
    return result;
}

QByteArray serialize(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Indented);
}

} // namespace bw::gui::designer::MessageJson
