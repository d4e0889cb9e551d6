#pragma once
// MessageValidator: checks a Create Message payload (content, embeds, components, flags; legacy and
// Components V2) and modal payloads against every limit of Discord's protocol reference (§4).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bw::discord {

/// One problem of a payload. `path` is the JSON path of the offending value ("embeds[0].fields[2].name",
/// "components[1]"; empty for the payload as a whole), `field` the key it concerns ("name"; empty for a
/// whole object), `message` one readable sentence.
struct MessageProblem
{
    QString path;
    QString field;
    QString message;
    bool warning = false; // Discord accepts it, but it is probably not what the author meant

    bool operator==(const MessageProblem &other) const = default;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

class MessageValidator
{
public:
    // Component types (Discord's numbers).
    enum ComponentType {
        ActionRow = 1,
        Button = 2,
        StringSelect = 3,
        TextInput = 4,
        UserSelect = 5,
        RoleSelect = 6,
        MentionableSelect = 7,
        ChannelSelect = 8,
        Section = 9,
        TextDisplay = 10,
        Thumbnail = 11,
        MediaGallery = 12,
        File = 13,
        Separator = 14,
        Container = 17,
        Label = 18,
        FileUpload = 19,
        RadioGroup = 21,
        CheckboxGroup = 22,
        Checkbox = 23,
    };
    enum ButtonStyle { Primary = 1, Secondary = 2, Success = 3, Danger = 4, Link = 5, Premium = 6 };

    // Message flags a bot may set on create.
    static constexpr int kFlagSuppressEmbeds = 4;
    static constexpr int kFlagEphemeral = 64;
    static constexpr int kFlagSuppressNotifications = 4096;
    static constexpr int kFlagVoiceMessage = 8192;
    static constexpr int kFlagComponentsV2 = 32768;

    static constexpr int kMaxContent = 2000;
    static constexpr int kMaxEmbeds = 10;
    static constexpr int kMaxStickers = 3;
    static constexpr int kMaxEmbedTitle = 256;
    static constexpr int kMaxEmbedDescription = 4096;
    static constexpr int kMaxEmbedFields = 25;
    static constexpr int kMaxFieldName = 256;
    static constexpr int kMaxFieldValue = 1024;
    static constexpr int kMaxFooterText = 2048;
    static constexpr int kMaxAuthorName = 256;
    static constexpr int kMaxEmbedTotal = 6000;
    static constexpr int kMaxActionRows = 5;
    static constexpr int kMaxRowComponents = 5;
    static constexpr int kMaxCustomId = 100;
    static constexpr int kMaxButtonLabel = 80;
    static constexpr int kMaxUrl = 512;
    static constexpr int kMaxPlaceholder = 150;
    static constexpr int kMaxSelectOptions = 25;
    static constexpr int kMaxSelectValues = 25;
    static constexpr int kMaxOptionText = 100;
    static constexpr int kMaxV2Components = 40;
    static constexpr int kMaxV2Text = 4000;
    static constexpr int kMaxSectionTexts = 3;
    static constexpr int kMaxGalleryItems = 10;
    static constexpr int kMaxMediaDescription = 1024;
    static constexpr int kMaxModalTitle = 45;
    static constexpr int kMaxModalComponents = 5;
    static constexpr int kMaxLabel = 45;
    static constexpr int kMaxLabelDescription = 100;
    static constexpr int kMaxTextInputLength = 4000;
    static constexpr int kMaxTextInputPlaceholder = 100;

    /// Every problem of a message payload as Create Message (or an interaction reply) would take it. With
    /// `ephemeralAllowed` the EPHEMERAL flag is accepted (interaction replies and follow-ups).
    static QList<MessageProblem> validateMessage(const QJsonObject &message, bool ephemeralAllowed = false);
    /// Every problem of a modal (callback type 9 data: custom_id, title, components).
    static QList<MessageProblem> validateModal(const QJsonObject &modal);
    /// Problems of editing a sent message from `before` to `after` on top of validateMessage(after): the
    /// IS_COMPONENTS_V2 flag cannot be removed once set.
    static QList<MessageProblem> validateEdit(const QJsonObject &before, const QJsonObject &after);

    /// The characters of all embeds that count toward the 6000 limit (title, description, field names
    /// and values, footer text, author name; each trimmed).
    static int embedTotalLength(const QJsonArray &embeds);
    /// Every component of the tree (nested ones too), as the V2 40-component limit counts them.
    static int componentCount(const QJsonArray &components);
    /// True when the payload has the IS_COMPONENTS_V2 flag.
    static bool isComponentsV2(const QJsonObject &message);
    /// True for the component types that only exist in V2 layouts (9–14, 17).
    static bool isV2Only(int type);
    /// True for the select menu types (3, 5–8).
    static bool isSelect(int type);
    /// Discord's name for a component type ("button", "string select"), or "type N".
    static QString componentTypeName(int type);
};

} // namespace bw::discord
