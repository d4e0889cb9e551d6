#include "gui/designer/DesignNode.h"

#include "discord/MessageValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using bw::discord::MessageValidator;

static void initDesignerResources()
{
    Q_INIT_RESOURCE(designer);
}

namespace bw::gui::designer::Nodes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::gui::designer::Nodes", text);
}

NodeKind componentKind(const QJsonObject &c)
{
    switch (c.value(u"type"_s).toInt()) {
    case MessageValidator::ActionRow:
        return NodeKind::ActionRow;
    case MessageValidator::Button: {
        const int style = c.value(u"style"_s).toInt();
        if (style == MessageValidator::Link)
            return NodeKind::LinkButton;
        if (style == MessageValidator::Premium)
            return NodeKind::PremiumButton;
        return NodeKind::Button;
    }
    case MessageValidator::StringSelect:
        return NodeKind::StringSelect;
    case MessageValidator::UserSelect:
        return NodeKind::UserSelect;
    case MessageValidator::RoleSelect:
        return NodeKind::RoleSelect;
    case MessageValidator::MentionableSelect:
        return NodeKind::MentionableSelect;
    case MessageValidator::ChannelSelect:
        return NodeKind::ChannelSelect;
    case MessageValidator::TextDisplay:
        return NodeKind::TextDisplay;
    case MessageValidator::Section:
        return NodeKind::Section;
    case MessageValidator::Thumbnail:
        return NodeKind::Thumbnail;
    case MessageValidator::MediaGallery:
        return NodeKind::MediaGallery;
    case MessageValidator::File:
        return NodeKind::File;
    case MessageValidator::Separator:
        return NodeKind::Separator;
    case MessageValidator::Container:
        return NodeKind::Container;
    default:
        return NodeKind::Unknown;
    }
}

void collectIds(const QJsonArray &components, QStringList *out)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"custom_id"_s).toString();
        if (!id.isEmpty())
            out->append(id);
        collectIds(c.value(u"components"_s).toArray(), out);
        if (c.value(u"accessory"_s).isObject())
            collectIds(QJsonArray {c.value(u"accessory"_s)}, out);
    }
}

JsonPath findId(const QJsonArray &components, const JsonPath &base, const QString &id)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        const JsonPath here = base.index(int(i));
        if (c.value(u"custom_id"_s).toString() == id)
            return here;
        JsonPath found = findId(c.value(u"components"_s).toArray(), here.key(u"components"_s), id);
        if (!found.isEmpty())
            return found;
        const QJsonObject acc = c.value(u"accessory"_s).toObject();
        if (acc.value(u"custom_id"_s).toString() == id)
            return here.key(u"accessory"_s);
    }
    return {};
}

struct KindInfo
{
    NodeKind kind;
    const char *key;
    const char *name;
    QColor color;
    const char *letter;
};

const QList<KindInfo> &kindTable()
{
    static const QList<KindInfo> table {
        {NodeKind::Message, "message", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Message"),
         QColor(0x5865F2), "M"},
        {NodeKind::Embed, "embed", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Embed"), QColor(0x3BA55C),
         "E"},
        {NodeKind::Field, "field", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Embed field"),
         QColor(0x3BA55C), "F"},
        {NodeKind::ActionRow, "row", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Action row"),
         QColor(0x747F8D), "R"},
        {NodeKind::Button, "button", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Button"),
         QColor(0x5865F2), "B"},
        {NodeKind::LinkButton, "link", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Link button"),
         QColor(0x4E5058), "L"},
        {NodeKind::PremiumButton, "premium", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Premium button"),
         QColor(0xEB459E), "P"},
        {NodeKind::StringSelect, "string-select",
         QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "String select"), QColor(0xFAA61A), "S"},
        {NodeKind::UserSelect, "user-select", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "User select"),
         QColor(0xFAA61A), "U"},
        {NodeKind::RoleSelect, "role-select", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Role select"),
         QColor(0xFAA61A), "R"},
        {NodeKind::MentionableSelect, "mentionable-select",
         QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Mentionable select"), QColor(0xFAA61A), "@"},
        {NodeKind::ChannelSelect, "channel-select",
         QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Channel select"), QColor(0xFAA61A), "#"},
        {NodeKind::Option, "option", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Select option"),
         QColor(0xFAA61A), "o"},
        {NodeKind::TextDisplay, "text", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Text display"),
         QColor(0x00A8FC), "T"},
        {NodeKind::Section, "section", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Section"),
         QColor(0x00A8FC), "§"},
        {NodeKind::Thumbnail, "thumbnail", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Thumbnail"),
         QColor(0x00A8FC), "▣"},
        {NodeKind::MediaGallery, "gallery", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Media gallery"),
         QColor(0x00A8FC), "G"},
        {NodeKind::MediaItem, "media", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Media item"),
         QColor(0x00A8FC), "i"},
        {NodeKind::File, "file", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "File"), QColor(0x00A8FC),
         "f"},
        {NodeKind::Separator, "separator", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Separator"),
         QColor(0x00A8FC), "—"},
        {NodeKind::Container, "container", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Container"),
         QColor(0x00A8FC), "C"},
        {NodeKind::Unknown, "unknown", QT_TRANSLATE_NOOP("bw::gui::designer::Nodes", "Component"),
         QColor(0x747F8D), "?"},
    };
    return table;
}

const KindInfo *info(NodeKind kind)
{
    for (const KindInfo &k : kindTable()) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

} // namespace

NodeKind kindAt(const QJsonObject &view, const JsonPath &path)
{
    if (path.isEmpty())
        return NodeKind::None;
    if (path.size() == 1)
        return path.last().key == "message"_L1 ? NodeKind::Message : NodeKind::None;
    if (path.segments().constFirst().key != "message"_L1)
        return NodeKind::None;
    const QJsonValue value = path.valueIn(view);
    if (!value.isObject())
        return NodeKind::None;
    const QJsonObject o = value.toObject();
    const JsonPath::Segment &last = path.last();
    if (!last.isIndex())
        return last.key == "accessory"_L1 ? componentKind(o) : NodeKind::None;
    const QString arrayKey = path.parent().lastKey();
    const JsonPath owner = path.parent().parent();
    if (arrayKey == "embeds"_L1)
        return owner.size() == 1 ? NodeKind::Embed : NodeKind::None;
    if (arrayKey == "fields"_L1)
        return kindAt(view, owner) == NodeKind::Embed ? NodeKind::Field : NodeKind::None;
    if (arrayKey == "options"_L1)
        return kindAt(view, owner) == NodeKind::StringSelect ? NodeKind::Option : NodeKind::None;
    if (arrayKey == "items"_L1)
        return kindAt(view, owner) == NodeKind::MediaGallery ? NodeKind::MediaItem : NodeKind::None;
    if (arrayKey == "components"_L1)
        return componentKind(o);
    return NodeKind::None;
}

QList<JsonPath> children(const QJsonObject &view, const JsonPath &node)
{
    QList<JsonPath> out;
    const QJsonObject o = node.valueIn(view).toObject();
    const auto addArray = [&](const QString &key) {
        const qsizetype n = o.value(key).toArray().size();
        for (qsizetype i = 0; i < n; ++i)
            out.append(node.key(key).index(int(i)));
    };
    switch (kindAt(view, node)) {
    case NodeKind::Message:
        addArray(u"embeds"_s);
        addArray(u"components"_s);
        break;
    case NodeKind::Embed:
        addArray(u"fields"_s);
        break;
    case NodeKind::ActionRow:
    case NodeKind::Container:
        addArray(u"components"_s);
        break;
    case NodeKind::Section:
        addArray(u"components"_s);
        if (o.value(u"accessory"_s).isObject())
            out.append(node.key(u"accessory"_s));
        break;
    case NodeKind::StringSelect:
        addArray(u"options"_s);
        break;
    case NodeKind::MediaGallery:
        addArray(u"items"_s);
        break;
    default:
        break;
    }
    return out;
}

JsonPath nodeFor(const QJsonObject &view, const JsonPath &path)
{
    // Problems of actions belong to the component with that custom_id.
    if (!path.isEmpty() && path.segments().constFirst().key == "actions"_L1 && path.size() >= 2) {
        const JsonPath c = componentWithCustomId(view, path.segments().at(1).key);
        return c.isEmpty() ? JsonPath().key(u"message"_s) : c;
    }
    JsonPath p = path;
    while (p.size() > 1) {
        if (kindAt(view, p) != NodeKind::None)
            return p;
        p = p.parent();
    }
    return JsonPath().key(u"message"_s);
}

JsonPath componentWithCustomId(const QJsonObject &view, const QString &customId)
{
    const QJsonObject message = view.value(u"message"_s).toObject();
    return findId(message.value(u"components"_s).toArray(), JsonPath().key(u"message"_s).key(u"components"_s),
                  customId);
}

QString childArray(NodeKind parent, NodeKind child, bool v2)
{
    return accepts(parent, child, v2) ? (parent == NodeKind::Message && child == NodeKind::Embed ? u"embeds"_s
                                             : child == NodeKind::Field                          ? u"fields"_s
                                             : child == NodeKind::Option    ? u"options"_s
                                             : child == NodeKind::MediaItem ? u"items"_s
                                                                            : u"components"_s)
                                      : QString();
}

bool isSelect(NodeKind kind)
{
    return kind == NodeKind::StringSelect || kind == NodeKind::UserSelect || kind == NodeKind::RoleSelect
        || kind == NodeKind::MentionableSelect || kind == NodeKind::ChannelSelect;
}

bool isInteractive(NodeKind kind)
{
    return kind == NodeKind::Button || isSelect(kind);
}

bool isV2Only(NodeKind kind)
{
    switch (kind) {
    case NodeKind::TextDisplay:
    case NodeKind::Section:
    case NodeKind::Thumbnail:
    case NodeKind::MediaGallery:
    case NodeKind::MediaItem:
    case NodeKind::File:
    case NodeKind::Separator:
    case NodeKind::Container:
        return true;
    default:
        return false;
    }
}

bool accepts(NodeKind parent, NodeKind child, bool v2)
{
    const bool rowItem = child == NodeKind::Button || child == NodeKind::LinkButton
        || child == NodeKind::PremiumButton || isSelect(child);
    switch (parent) {
    case NodeKind::Message:
        if (child == NodeKind::Embed)
            return !v2;
        if (child == NodeKind::ActionRow)
            return true;
        return v2
            && (child == NodeKind::TextDisplay || child == NodeKind::Section
                || child == NodeKind::MediaGallery || child == NodeKind::File || child == NodeKind::Separator
                || child == NodeKind::Container);
    case NodeKind::Embed:
        return child == NodeKind::Field;
    case NodeKind::ActionRow:
        return rowItem;
    case NodeKind::Container:
        return child == NodeKind::ActionRow || child == NodeKind::TextDisplay || child == NodeKind::Section
            || child == NodeKind::MediaGallery || child == NodeKind::File || child == NodeKind::Separator;
    case NodeKind::Section:
        return child == NodeKind::TextDisplay;
    case NodeKind::StringSelect:
        return child == NodeKind::Option;
    case NodeKind::MediaGallery:
        return child == NodeKind::MediaItem;
    default:
        return false;
    }
}

QString displayName(NodeKind kind)
{
    const KindInfo *k = info(kind);
    return k ? tr(k->name) : QString();
}

QString kindKey(NodeKind kind)
{
    const KindInfo *k = info(kind);
    return k ? QString::fromLatin1(k->key) : QString();
}

NodeKind kindFromKey(const QString &key)
{
    for (const KindInfo &k : kindTable()) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return NodeKind::None;
}

QIcon icon(NodeKind kind)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(kind));
    if (it != cache.cend())
        return *it;
    initDesignerResources();
    const QString resource = u":/icons/designer/"_s + kindKey(kind) + u".svg"_s;
    QIcon result;
    if (QFile::exists(resource)) {
        result = QIcon(resource);
    } else {
        // A coloured tile with a letter: every kind still gets a distinct icon.
        const KindInfo *k = info(kind);
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(k ? k->color : QColor(0x747F8D));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(2, 2, 28, 28), 7, 7);
        p.setPen(Qt::white);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(17);
        p.setFont(font);
        p.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, k ? QString::fromUtf8(k->letter) : u"?"_s);
        p.end();
        result = QIcon(pixmap);
    }
    cache.insert(int(kind), result);
    return result;
}

QString summary(NodeKind kind, const QJsonObject &o)
{
    const auto quoted = [](const QString &text) {
        QString t = text.simplified();
        if (t.size() > 40)
            t = t.left(39) + u'…';
        return t.isEmpty() ? QString() : u" “"_s + t + u"”"_s;
    };
    switch (kind) {
    case NodeKind::Message:
        return tr("Message");
    case NodeKind::Embed:
        return displayName(kind)
            + quoted(o.value(u"title"_s).toString().isEmpty() ? o.value(u"description"_s).toString()
                                                              : o.value(u"title"_s).toString());
    case NodeKind::Field:
        return displayName(kind) + quoted(o.value(u"name"_s).toString());
    case NodeKind::Button:
    case NodeKind::LinkButton:
    case NodeKind::PremiumButton:
        return displayName(kind)
            + quoted(o.value(u"label"_s).toString().isEmpty()
                         ? o.value(u"emoji"_s).toObject().value(u"name"_s).toString()
                         : o.value(u"label"_s).toString());
    case NodeKind::StringSelect:
    case NodeKind::UserSelect:
    case NodeKind::RoleSelect:
    case NodeKind::MentionableSelect:
    case NodeKind::ChannelSelect:
        return displayName(kind)
            + quoted(o.value(u"placeholder"_s).toString().isEmpty() ? o.value(u"custom_id"_s).toString()
                                                                    : o.value(u"placeholder"_s).toString());
    case NodeKind::Option:
        return displayName(kind) + quoted(o.value(u"label"_s).toString());
    case NodeKind::TextDisplay:
        return displayName(kind) + quoted(o.value(u"content"_s).toString());
    case NodeKind::Unknown:
        return tr("Component of type %1").arg(o.value(u"type"_s).toInt());
    default:
        return displayName(kind);
    }
}

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'_') {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.left(40);
}

QString makeCustomId(const QString &viewName, const QString &label, const QStringList &taken)
{
    QString base = slug(viewName);
    const QString l = slug(label);
    base = base.isEmpty() ? (l.isEmpty() ? u"component"_s : l)
                          : base + u':' + (l.isEmpty() ? u"component"_s : l);
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QStringList customIds(const QJsonObject &message)
{
    QStringList out;
    collectIds(message.value(u"components"_s).toArray(), &out);
    return out;
}

QJsonObject newNode(NodeKind kind, const QString &customId)
{
    switch (kind) {
    case NodeKind::Embed:
        return {{u"title"_s, tr("New embed")},
                {u"description"_s, tr("Describe something here.")},
                {u"color"_s, 0x5865F2}};
    case NodeKind::Field:
        return {{u"name"_s, tr("Field")}, {u"value"_s, tr("Value")}, {u"inline"_s, true}};
    case NodeKind::ActionRow:
        return {{u"type"_s, 1}, {u"components"_s, QJsonArray {}}};
    case NodeKind::Button:
        return {{u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, tr("Button")}, {u"custom_id"_s, customId}};
    case NodeKind::LinkButton:
        return {{u"type"_s, 2},
                {u"style"_s, 5},
                {u"label"_s, tr("Open link")},
                {u"url"_s, u"https://discord.com"_s}};
    case NodeKind::PremiumButton:
        return {{u"type"_s, 2}, {u"style"_s, 6}, {u"sku_id"_s, u"0"_s}};
    case NodeKind::StringSelect:
        return {{u"type"_s, 3},
                {u"custom_id"_s, customId},
                {u"placeholder"_s, tr("Make a choice")},
                {u"options"_s,
                 QJsonArray {QJsonObject {{u"label"_s, tr("Option 1")}, {u"value"_s, u"option-1"_s}},
                             QJsonObject {{u"label"_s, tr("Option 2")}, {u"value"_s, u"option-2"_s}}}}};
    case NodeKind::UserSelect:
        return {{u"type"_s, 5}, {u"custom_id"_s, customId}, {u"placeholder"_s, tr("Pick a user")}};
    case NodeKind::RoleSelect:
        return {{u"type"_s, 6}, {u"custom_id"_s, customId}, {u"placeholder"_s, tr("Pick a role")}};
    case NodeKind::MentionableSelect:
        return {{u"type"_s, 7}, {u"custom_id"_s, customId}, {u"placeholder"_s, tr("Pick a user or role")}};
    case NodeKind::ChannelSelect:
        return {{u"type"_s, 8}, {u"custom_id"_s, customId}, {u"placeholder"_s, tr("Pick a channel")}};
    case NodeKind::Option:
        return {{u"label"_s, tr("Option")}, {u"value"_s, customId.isEmpty() ? u"option"_s : customId}};
    case NodeKind::TextDisplay:
        return {{u"type"_s, 10}, {u"content"_s, tr("Some **markdown** text")}};
    case NodeKind::Section:
        return {
            {u"type"_s, 9},
            {u"components"_s, QJsonArray {QJsonObject {{u"type"_s, 10}, {u"content"_s, tr("Section text")}}}},
            {u"accessory"_s,
             QJsonObject {{u"type"_s, 11},
                          {u"media"_s,
                           QJsonObject {{u"url"_s, u"https://cdn.discordapp.com/embed/avatars/0.png"_s}}}}}};
    case NodeKind::Thumbnail:
        return {{u"type"_s, 11},
                {u"media"_s, QJsonObject {{u"url"_s, u"https://cdn.discordapp.com/embed/avatars/0.png"_s}}}};
    case NodeKind::MediaGallery:
        return {{u"type"_s, 12},
                {u"items"_s,
                 QJsonArray {QJsonObject {
                     {u"media"_s,
                      QJsonObject {{u"url"_s, u"https://cdn.discordapp.com/embed/avatars/1.png"_s}}}}}}};
    case NodeKind::MediaItem:
        return {{u"media"_s, QJsonObject {{u"url"_s, u"https://cdn.discordapp.com/embed/avatars/2.png"_s}}}};
    case NodeKind::File:
        return {{u"type"_s, 13}, {u"file"_s, QJsonObject {{u"url"_s, u"attachment://file.txt"_s}}}};
    case NodeKind::Separator:
        return {{u"type"_s, 14}, {u"divider"_s, true}, {u"spacing"_s, 1}};
    case NodeKind::Container:
        return {{u"type"_s, 17},
                {u"accent_color"_s, 0x5865F2},
                {u"components"_s,
                 QJsonArray {QJsonObject {{u"type"_s, 10}, {u"content"_s, tr("Inside a container")}}}}};
    default:
        return {};
    }
}

} // namespace bw::gui::designer::Nodes
