#include "gui/commands/CommandInspector.h"

#include "bot/GuildCache.h"
#include "discord/CommandValidator.h"
#include "gui/commands/CommandDocument.h"
#include "gui/commands/CommandResponseEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::gui::commands {

namespace {

using V = discord::CommandValidator;

const QString kErrorStyle = u"border: 1px solid #d9534f;"_s;

QString channelTypeName(int type)
{
    switch (type) {
    case 0:
        return QObject::tr("Text");
    case 1:
        return QObject::tr("DM");
    case 2:
        return QObject::tr("Voice");
    case 3:
        return QObject::tr("Group DM");
    case 4:
        return QObject::tr("Category");
    case 5:
        return QObject::tr("Announcement");
    case 10:
        return QObject::tr("Announcement thread");
    case 11:
        return QObject::tr("Public thread");
    case 12:
        return QObject::tr("Private thread");
    case 13:
        return QObject::tr("Stage");
    case 14:
        return QObject::tr("Directory");
    case 15:
        return QObject::tr("Forum");
    case 16:
        return QObject::tr("Media");
    default:
        return QObject::tr("Type %1").arg(type);
    }
}

void setTextIfChanged(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QString numberText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return value.toVariant().toString();
}

QJsonValue numberValue(const QString &text, bool integer)
{
    bool ok = false;
    if (integer) {
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    const double d = text.trimmed().toDouble(&ok);
    if (ok)
        return d;
    return text; // the validator says what is wrong with it
}

void setIntList(QJsonObject &node, const QString &key, const QList<int> &values)
{
    if (values.isEmpty()) {
        node.remove(key);
        return;
    }
    QJsonArray array;
    for (int v : values)
        array.append(v);
    node.insert(key, array);
}

bool hasInt(const QJsonObject &node, const QString &key, int value)
{
    return node.value(key).toArray().contains(value);
}

} // namespace

CommandInspector::CommandInspector(CommandDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_title(new QLabel(this)),
      m_fieldsBox(new QGroupBox(this)),
      m_form(new QFormLayout(m_fieldsBox)),
      m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)),
      m_scope(new QComboBox(this)),
      m_optionType(new QComboBox(this)),
      m_required(new QCheckBox(tr("Required"), this)),
      m_autocomplete(new QCheckBox(tr("Autocomplete (the bot suggests values)"), this)),
      m_choices(new QTableWidget(0, 2, this)),
      m_choiceButtons(new QWidget(this)),
      m_minValue(new QLineEdit(this)),
      m_maxValue(new QLineEdit(this)),
      m_minLength(new QLineEdit(this)),
      m_maxLength(new QLineEdit(this)),
      m_channelTypes(new QListWidget(this)),
      m_permissions(new QLineEdit(this)),
      m_contexts(new QWidget(this)),
      m_contextGuild(new QCheckBox(tr("Servers"), m_contexts)),
      m_contextBotDm(new QCheckBox(tr("Bot DMs"), m_contexts)),
      m_contextPrivate(new QCheckBox(tr("Group DMs and other DMs"), m_contexts)),
      m_installs(new QWidget(this)),
      m_installGuild(new QCheckBox(tr("Server install"), m_installs)),
      m_installUser(new QCheckBox(tr("User install"), m_installs)),
      m_nsfw(new QCheckBox(tr("Age-restricted (NSFW)"), this)),
      m_localizations(new QTableWidget(0, 3, this)),
      m_localizationButtons(new QWidget(this)),
      m_errors(new QLabel(this)),
      m_responseBox(new QGroupBox(tr("Response"), this)),
      m_response(new CommandResponseEditor(m_responseBox))
{
    setObjectName(u"commandInspector"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setObjectName(u"inspectorTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_errors->setObjectName(u"inspectorErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"color: #d9534f;"_s);
    m_errors->hide();
    layout->addWidget(m_errors);
    layout->addWidget(m_fieldsBox);
    auto *responseLayout = new QVBoxLayout(m_responseBox);
    responseLayout->addWidget(m_response);
    layout->addWidget(m_responseBox);
    layout->addStretch();

    m_name->setObjectName(u"commandName"_s);
    m_description->setObjectName(u"commandDescription"_s);
    m_scope->setObjectName(u"commandScope"_s);
    m_optionType->setObjectName(u"optionType"_s);
    for (int type : {3, 4, 10, 5, 6, 7, 8, 9, 11, 1, 2}) {
        QString name = V::optionTypeName(type);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_optionType->addItem(name, type);
    }
    m_required->setObjectName(u"optionRequired"_s);
    m_autocomplete->setObjectName(u"optionAutocomplete"_s);
    m_choices->setObjectName(u"choicesTable"_s);
    m_choices->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_choices->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_choices->verticalHeader()->setDefaultSectionSize(22);
    m_choices->setMinimumHeight(100);
    m_choices->setMaximumHeight(220);
    m_minValue->setObjectName(u"optionMinValue"_s);
    m_maxValue->setObjectName(u"optionMaxValue"_s);
    m_minLength->setObjectName(u"optionMinLength"_s);
    m_maxLength->setObjectName(u"optionMaxLength"_s);
    for (QLineEdit *e : {m_minValue, m_maxValue, m_minLength, m_maxLength})
        e->setPlaceholderText(tr("not set"));
    m_minLength->setValidator(new QIntValidator(0, V::kMaxLengthBound, m_minLength));
    m_maxLength->setValidator(new QIntValidator(0, V::kMaxLengthBound, m_maxLength));
    m_channelTypes->setObjectName(u"optionChannelTypes"_s);
    m_channelTypes->setFlow(QListView::LeftToRight);
    m_channelTypes->setWrapping(true);
    m_channelTypes->setMaximumHeight(70);
    for (int type : V::knownChannelTypes()) {
        auto *item = new QListWidgetItem(channelTypeName(type), m_channelTypes);
        item->setData(Qt::UserRole, type);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_permissions->setObjectName(u"commandPermissions"_s);
    m_permissions->setPlaceholderText(tr("everyone (a permission bit set, e.g. 8 = administrators)"));
    m_permissions->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,20}"_s), m_permissions));
    m_contextGuild->setObjectName(u"contextGuild"_s);
    m_contextBotDm->setObjectName(u"contextBotDm"_s);
    m_contextPrivate->setObjectName(u"contextPrivate"_s);
    auto *contextsLayout = new QHBoxLayout(m_contexts);
    contextsLayout->setContentsMargins(0, 0, 0, 0);
    contextsLayout->addWidget(m_contextGuild);
    contextsLayout->addWidget(m_contextBotDm);
    contextsLayout->addWidget(m_contextPrivate);
    contextsLayout->addStretch();
    m_installGuild->setObjectName(u"installGuild"_s);
    m_installUser->setObjectName(u"installUser"_s);
    auto *installsLayout = new QHBoxLayout(m_installs);
    installsLayout->setContentsMargins(0, 0, 0, 0);
    installsLayout->addWidget(m_installGuild);
    installsLayout->addWidget(m_installUser);
    installsLayout->addStretch();
    m_nsfw->setObjectName(u"commandNsfw"_s);
    m_localizations->setObjectName(u"localizationsTable"_s);
    m_localizations->setHorizontalHeaderLabels({tr("Locale"), tr("Name"), tr("Description")});
    m_localizations->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_localizations->verticalHeader()->setDefaultSectionSize(22);
    m_localizations->setMinimumHeight(70);
    m_localizations->setMaximumHeight(110);
    m_localizations->setToolTip(tr("Optional: the name and description in other languages (%1)")
                                    .arg(V::knownLocales().join(u", "_s)));

    auto *choiceButtons = new QHBoxLayout(m_choiceButtons);
    choiceButtons->setContentsMargins(0, 0, 0, 0);
    auto *addChoice = new QPushButton(tr("Add choice"), m_choiceButtons);
    addChoice->setObjectName(u"addChoiceButton"_s);
    auto *removeChoice = new QPushButton(tr("Remove choice"), m_choiceButtons);
    removeChoice->setObjectName(u"removeChoiceButton"_s);
    choiceButtons->addWidget(addChoice);
    choiceButtons->addWidget(removeChoice);
    choiceButtons->addStretch();
    auto *localizationButtons = new QHBoxLayout(m_localizationButtons);
    localizationButtons->setContentsMargins(0, 0, 0, 0);
    auto *addLocale = new QPushButton(tr("Add language"), m_localizationButtons);
    addLocale->setObjectName(u"addLocalizationButton"_s);
    auto *removeLocale = new QPushButton(tr("Remove language"), m_localizationButtons);
    removeLocale->setObjectName(u"removeLocalizationButton"_s);
    localizationButtons->addWidget(addLocale);
    localizationButtons->addWidget(removeLocale);
    localizationButtons->addStretch();

    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Description"), m_description);
    m_form->addRow(tr("Type"), m_optionType);
    m_form->addRow(tr("Scope"), m_scope);
    m_form->addRow(QString(), m_required);
    m_form->addRow(QString(), m_autocomplete);
    m_form->addRow(tr("Choices"), m_choices);
    m_form->addRow(QString(), m_choiceButtons);
    m_form->addRow(tr("Min value"), m_minValue);
    m_form->addRow(tr("Max value"), m_maxValue);
    m_form->addRow(tr("Min length"), m_minLength);
    m_form->addRow(tr("Max length"), m_maxLength);
    m_form->addRow(tr("Channel types"), m_channelTypes);
    m_form->addRow(tr("Permissions"), m_permissions);
    m_form->addRow(tr("Usable in"), m_contexts);
    m_form->addRow(tr("Installs"), m_installs);
    m_form->addRow(QString(), m_nsfw);
    m_form->addRow(tr("Languages"), m_localizations);
    m_form->addRow(QString(), m_localizationButtons);

    m_fieldWidgets = {{u"name"_s, m_name},
                      {u"description"_s, m_description},
                      {u"type"_s, m_optionType},
                      {u"required"_s, m_required},
                      {u"autocomplete"_s, m_autocomplete},
                      {u"choices"_s, m_choices},
                      {u"min_value"_s, m_minValue},
                      {u"max_value"_s, m_maxValue},
                      {u"min_length"_s, m_minLength},
                      {u"max_length"_s, m_maxLength},
                      {u"channel_types"_s, m_channelTypes},
                      {u"default_member_permissions"_s, m_permissions},
                      {u"contexts"_s, m_contexts},
                      {u"integration_types"_s, m_installs},
                      {u"name_localizations"_s, m_localizations},
                      {u"description_localizations"_s, m_localizations}};

    // Edits: each goes to the document as one undo step (typing in one field merges).
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Renaming a subcommand or group keeps its response: the keys of "subcommands" follow the name.
        editRecord(
            [&](store::CommandRecord &r) {
                const QStringList before = CommandJson::subcommandNames(r.definition, m_path);
                QJsonObject node = CommandJson::optionAt(r.definition, m_path);
                node.insert(u"name"_s, text);
                r.definition = CommandJson::withNode(r.definition, m_path, node);
                const QStringList after = CommandJson::subcommandNames(r.definition, m_path);
                if (before.isEmpty() || before.size() != after.size() || before.size() != m_path.size())
                    return;
                r.response = CommandJson::withRenamedSubcommand(r.response, before, after);
            },
            tr("Rename"), u"name"_s);
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](QJsonObject &node) { node.insert(u"description"_s, text); }, tr("Edit description"),
             u"description"_s);
    });
    connect(m_optionType, &QComboBox::activated, this, [this] {
        const int type = m_optionType->currentData().toInt();
        edit(
            [type](QJsonObject &node) {
                node.insert(u"type"_s, type);
                const bool sub = type == V::SubCommand || type == V::SubCommandGroup;
                if (sub)
                    node.remove(u"required"_s);
                else
                    node.remove(u"options"_s);
                if (type != V::String && type != V::Integer && type != V::Number) {
                    node.remove(u"choices"_s);
                    node.remove(u"autocomplete"_s);
                }
                if (type != V::Integer && type != V::Number) {
                    node.remove(u"min_value"_s);
                    node.remove(u"max_value"_s);
                }
                if (type != V::String) {
                    node.remove(u"min_length"_s);
                    node.remove(u"max_length"_s);
                }
                if (type != V::Channel)
                    node.remove(u"channel_types"_s);
            },
            tr("Change option type"), QString());
    });
    auto boolField = [this](QCheckBox *box, const QString &key, const QString &text) {
        connect(box, &QCheckBox::toggled, this, [this, key, text](bool on) {
            edit(
                [&](QJsonObject &node) {
                    if (on)
                        node.insert(key, true);
                    else
                        node.remove(key);
                },
                text, QString());
        });
    };
    boolField(m_required, u"required"_s, tr("Toggle required"));
    boolField(m_autocomplete, u"autocomplete"_s, tr("Toggle autocomplete"));
    boolField(m_nsfw, u"nsfw"_s, tr("Toggle NSFW"));
    auto numberField = [this](QLineEdit *line, const QString &key, bool lengths) {
        connect(line, &QLineEdit::textEdited, this, [this, key, lengths](const QString &text) {
            edit(
                [&](QJsonObject &node) {
                    if (text.trimmed().isEmpty())
                        node.remove(key);
                    else
                        node.insert(
                            key, numberValue(text, lengths || node.value(u"type"_s).toInt() == V::Integer));
                },
                tr("Edit %1").arg(key), key);
        });
    };
    numberField(m_minValue, u"min_value"_s, false);
    numberField(m_maxValue, u"max_value"_s, false);
    numberField(m_minLength, u"min_length"_s, true);
    numberField(m_maxLength, u"max_length"_s, true);
    connect(m_channelTypes, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        QList<int> types;
        for (int i = 0; i < m_channelTypes->count(); ++i) {
            if (m_channelTypes->item(i)->checkState() == Qt::Checked)
                types << m_channelTypes->item(i)->data(Qt::UserRole).toInt();
        }
        edit([&](QJsonObject &node) { setIntList(node, u"channel_types"_s, types); },
             tr("Edit channel types"), QString());
    });
    connect(m_choices, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        edit(
            [this](QJsonObject &node) {
                const QJsonArray choices = choicesFromTable(node.value(u"type"_s).toInt());
                if (choices.isEmpty())
                    node.remove(u"choices"_s);
                else
                    node.insert(u"choices"_s, choices);
            },
            tr("Edit choices"), u"choices"_s);
    });
    connect(addChoice, &QPushButton::clicked, this, [this] {
        edit(
            [](QJsonObject &node) {
                QJsonArray choices = node.value(u"choices"_s).toArray();
                const int n = int(choices.size()) + 1;
                const int type = node.value(u"type"_s).toInt();
                QJsonValue value = type == V::String ? QJsonValue(u"choice%1"_s.arg(n)) : QJsonValue(n);
                choices.append(QJsonObject {{u"name"_s, u"Choice %1"_s.arg(n)}, {u"value"_s, value}});
                node.insert(u"choices"_s, choices);
            },
            tr("Add choice"), QString());
    });
    connect(removeChoice, &QPushButton::clicked, this, [this] {
        const int row = m_choices->currentRow() >= 0 ? m_choices->currentRow() : m_choices->rowCount() - 1;
        if (row < 0)
            return;
        edit(
            [row](QJsonObject &node) {
                QJsonArray choices = node.value(u"choices"_s).toArray();
                choices.removeAt(row);
                if (choices.isEmpty())
                    node.remove(u"choices"_s);
                else
                    node.insert(u"choices"_s, choices);
            },
            tr("Remove choice"), QString());
    });
    connect(m_permissions, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(
            [&](QJsonObject &node) {
                if (text.isEmpty())
                    node.remove(u"default_member_permissions"_s);
                else
                    node.insert(u"default_member_permissions"_s, text);
            },
            tr("Edit permissions"), u"permissions"_s);
    });
    auto listBoxes = [this](const QString &key, const QList<std::pair<QCheckBox *, int>> &boxes) {
        for (const auto &[box, value] : boxes) {
            Q_UNUSED(value)
            connect(box, &QCheckBox::toggled, this, [this, key, boxes] {
                QList<int> values;
                for (const auto &[b, v] : boxes) {
                    if (b->isChecked())
                        values << v;
                }
                edit([&](QJsonObject &node) { setIntList(node, key, values); }, tr("Edit %1").arg(key),
                     QString());
            });
        }
    };
    listBoxes(u"contexts"_s, {{m_contextGuild, 0}, {m_contextBotDm, 1}, {m_contextPrivate, 2}});
    listBoxes(u"integration_types"_s, {{m_installGuild, 0}, {m_installUser, 1}});
    connect(m_localizations, &QTableWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        edit([this](QJsonObject &node) { writeLocalizations(node); }, tr("Edit languages"), u"locales"_s);
    });
    connect(addLocale, &QPushButton::clicked, this, [this] {
        m_updating = true;
        const int row = m_localizations->rowCount();
        m_localizations->insertRow(row);
        m_localizations->setItem(row, 0, new QTableWidgetItem(u"de"_s));
        m_localizations->setItem(row, 1, new QTableWidgetItem(m_name->text()));
        m_localizations->setItem(row, 2, new QTableWidgetItem(m_description->text()));
        m_updating = false;
        edit([this](QJsonObject &node) { writeLocalizations(node); }, tr("Add language"), QString());
    });
    connect(removeLocale, &QPushButton::clicked, this, [this] {
        const int row = m_localizations->currentRow();
        if (row < 0)
            return;
        m_localizations->removeRow(row);
        edit([this](QJsonObject &node) { writeLocalizations(node); }, tr("Remove language"), QString());
    });
    connect(m_scope, &QComboBox::activated, this, [this] {
        const QString guild = m_scope->currentData().toString();
        editRecord([&](store::CommandRecord &r) { r.guildId = guild; }, tr("Change scope"), QString());
    });
    connect(m_response, &CommandResponseEditor::edited, this,
            [this](const QJsonObject &design, const QString &field) {
                editRecord(
                    [&](store::CommandRecord &r) { r.response = CommandJson::withDesign(r, m_path, design); },
                    tr("Edit response"), field.isEmpty() ? QString() : u"response."_s + field);
            });

    addScope(QString(), tr("Global (every server and DM)"));
    setNode(0, {});
}

CommandInspector::~CommandInspector() = default;

void CommandInspector::addScope(const QString &id, const QString &name)
{
    if (m_scope->findData(id) < 0)
        m_scope->addItem(name, id);
}

void CommandInspector::setGuilds(const QList<GuildInfo> &guilds)
{
    for (const GuildInfo &g : guilds)
        addScope(g.id, tr("Server: %1").arg(g.name.isEmpty() ? g.id : g.name));
}

void CommandInspector::setViews(const QMap<QString, QJsonObject> &views)
{
    m_views = views;
}

void CommandInspector::setNode(int key, const OptionPath &path)
{
    m_key = key;
    m_path = path;
    refresh();
}

void CommandInspector::editRecord(const std::function<void(store::CommandRecord &)> &change,
                                  const QString &text, const QString &field)
{
    if (m_updating)
        return;
    const store::CommandRecord *current = m_document->record(m_key);
    if (!current)
        return;
    store::CommandRecord r = *current;
    change(r);
    m_document->setRecord(m_key, r, text,
                          field.isEmpty() ? QString() : CommandJson::errorPath(m_path) + u'/' + field);
}

void CommandInspector::edit(const std::function<void(QJsonObject &)> &change, const QString &text,
                            const QString &field)
{
    editRecord(
        [&](store::CommandRecord &r) {
            QJsonObject node = CommandJson::optionAt(r.definition, m_path);
            change(node);
            r.definition = CommandJson::withNode(r.definition, m_path, node);
        },
        text, field);
}

QJsonArray CommandInspector::choicesFromTable(int optionType) const
{
    QJsonArray out;
    for (int row = 0; row < m_choices->rowCount(); ++row) {
        const QString name = m_choices->item(row, 0) ? m_choices->item(row, 0)->text() : QString();
        const QString value = m_choices->item(row, 1) ? m_choices->item(row, 1)->text() : QString();
        QJsonValue v
            = optionType == V::String ? QJsonValue(value) : numberValue(value, optionType == V::Integer);
        out.append(QJsonObject {{u"name"_s, name}, {u"value"_s, v}});
    }
    return out;
}

void CommandInspector::writeLocalizations(QJsonObject &node) const
{
    QJsonObject names;
    QJsonObject descriptions;
    for (int row = 0; row < m_localizations->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_localizations->item(row, column) ? m_localizations->item(row, column)->text().trimmed()
                                                      : QString();
        };
        if (text(0).isEmpty())
            continue;
        if (!text(1).isEmpty())
            names.insert(text(0), text(1));
        if (!text(2).isEmpty())
            descriptions.insert(text(0), text(2));
    }
    for (const auto &[key, map] : {std::pair {u"name_localizations"_s, names},
                                   std::pair {u"description_localizations"_s, descriptions}}) {
        if (map.isEmpty())
            node.remove(key);
        else
            node.insert(key, map);
    }
}

void CommandInspector::refresh()
{
    const store::CommandRecord *record = m_document->record(m_key);
    m_fieldsBox->setVisible(record != nullptr);
    m_responseBox->setVisible(record != nullptr);
    if (!record) {
        m_title->setText(tr("Select a command, or create one with New."));
        m_errors->hide();
        return;
    }
    m_updating = true;
    const QJsonObject def = record->definition;
    const QJsonObject node = CommandJson::optionAt(def, m_path);
    const bool isCommand = m_path.isEmpty();
    const int commandType = record->type();
    const int optionType = node.value(u"type"_s).toInt();

    QString title;
    if (isCommand) {
        title = commandType == V::User  ? tr("User command “%1”").arg(record->name())
            : commandType == V::Message ? tr("Message command “%1”").arg(record->name())
                                        : tr("Slash command /%1").arg(record->name());
    } else {
        QStringList parts {u"/"_s + record->name()};
        QJsonObject n = def;
        for (int i : m_path) {
            n = n.value(u"options"_s).toArray().at(i).toObject();
            parts << n.value(u"name"_s).toString();
        }
        title = optionType == V::SubCommand ? tr("Subcommand %1").arg(parts.join(u' '))
            : optionType == V::SubCommandGroup
            ? tr("Subcommand group %1").arg(parts.join(u' '))
            : tr("Option %1 of %2").arg(parts.constLast(), parts.mid(0, parts.size() - 1).join(u' '));
    }
    m_title->setText(title);
    m_fieldsBox->setTitle(isCommand ? tr("Command") : tr("Option"));

    setTextIfChanged(m_name, node.value(u"name"_s).toString());
    setTextIfChanged(m_description, node.value(u"description"_s).toString());
    const QString scope = record->guildId;
    if (m_scope->findData(scope) < 0)
        addScope(scope, tr("Server %1").arg(scope));
    m_scope->setCurrentIndex(m_scope->findData(scope));
    m_optionType->setCurrentIndex(qMax(0, m_optionType->findData(optionType)));
    m_required->setChecked(node.value(u"required"_s).toBool());
    m_autocomplete->setChecked(node.value(u"autocomplete"_s).toBool());
    const QJsonArray choices = node.value(u"choices"_s).toArray();
    if (choicesFromTable(optionType) != choices) {
        m_choices->setRowCount(int(choices.size()));
        for (int i = 0; i < choices.size(); ++i) {
            const QJsonObject c = choices.at(i).toObject();
            m_choices->setItem(i, 0, new QTableWidgetItem(c.value(u"name"_s).toString()));
            m_choices->setItem(i, 1, new QTableWidgetItem(numberText(c.value(u"value"_s))));
        }
    }
    setTextIfChanged(m_minValue, numberText(node.value(u"min_value"_s)));
    setTextIfChanged(m_maxValue, numberText(node.value(u"max_value"_s)));
    setTextIfChanged(m_minLength, numberText(node.value(u"min_length"_s)));
    setTextIfChanged(m_maxLength, numberText(node.value(u"max_length"_s)));
    for (int i = 0; i < m_channelTypes->count(); ++i) {
        QListWidgetItem *item = m_channelTypes->item(i);
        item->setCheckState(
            hasInt(node, u"channel_types"_s, item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
    setTextIfChanged(m_permissions, node.value(u"default_member_permissions"_s).toVariant().toString());
    m_contextGuild->setChecked(hasInt(node, u"contexts"_s, 0));
    m_contextBotDm->setChecked(hasInt(node, u"contexts"_s, 1));
    m_contextPrivate->setChecked(hasInt(node, u"contexts"_s, 2));
    m_installGuild->setChecked(hasInt(node, u"integration_types"_s, 0));
    m_installUser->setChecked(hasInt(node, u"integration_types"_s, 1));
    m_nsfw->setChecked(node.value(u"nsfw"_s).toBool());
    QJsonObject currentLocales;
    writeLocalizations(currentLocales);
    if (currentLocales.value(u"name_localizations"_s) != node.value(u"name_localizations"_s)
        || currentLocales.value(u"description_localizations"_s)
            != node.value(u"description_localizations"_s)) {
        const QJsonObject names = node.value(u"name_localizations"_s).toObject();
        const QJsonObject descriptions = node.value(u"description_localizations"_s).toObject();
        QStringList locales = names.keys() + descriptions.keys();
        locales.removeDuplicates();
        locales.sort();
        m_localizations->setRowCount(int(locales.size()));
        for (int i = 0; i < locales.size(); ++i) {
            m_localizations->setItem(i, 0, new QTableWidgetItem(locales.at(i)));
            m_localizations->setItem(i, 1, new QTableWidgetItem(names.value(locales.at(i)).toString()));
            m_localizations->setItem(i, 2,
                                     new QTableWidgetItem(descriptions.value(locales.at(i)).toString()));
        }
    }

    const bool slash = commandType == V::ChatInput;
    const bool sub = optionType == V::SubCommand || optionType == V::SubCommandGroup;
    const bool withChoices
        = !isCommand && (optionType == V::String || optionType == V::Integer || optionType == V::Number);
    m_form->setRowVisible(m_description, slash || !isCommand);
    m_form->setRowVisible(m_optionType, !isCommand);
    m_form->setRowVisible(m_scope, isCommand);
    m_form->setRowVisible(m_required, !isCommand && !sub);
    m_form->setRowVisible(m_autocomplete, withChoices);
    m_form->setRowVisible(m_choices, withChoices);
    m_form->setRowVisible(m_choiceButtons, withChoices);
    const bool numeric = !isCommand && (optionType == V::Integer || optionType == V::Number);
    m_form->setRowVisible(m_minValue, numeric);
    m_form->setRowVisible(m_maxValue, numeric);
    m_form->setRowVisible(m_minLength, !isCommand && optionType == V::String);
    m_form->setRowVisible(m_maxLength, !isCommand && optionType == V::String);
    m_form->setRowVisible(m_channelTypes, !isCommand && optionType == V::Channel);
    m_form->setRowVisible(m_permissions, isCommand);
    m_form->setRowVisible(m_contexts, isCommand);
    m_form->setRowVisible(m_installs, isCommand);
    m_form->setRowVisible(m_nsfw, isCommand);

    const std::optional<OptionPath> responseNode = CommandJson::responseNode(def, m_path);
    const bool showResponse = responseNode.has_value() && (!responseNode->isEmpty() || isCommand);
    m_responseBox->setVisible(showResponse);
    if (showResponse) {
        const QStringList names = CommandJson::subcommandNames(def, *responseNode);
        m_responseBox->setTitle(names.isEmpty()
                                    ? tr("Response")
                                    : tr("Response of /%1 %2").arg(record->name(), names.join(u' ')));
        m_response->setDesign(CommandJson::designAt(*record, *responseNode),
                              CommandJson::leafOptions(def, *responseNode), m_views);
    }
    m_updating = false;
    showProblems();
}

void CommandInspector::showProblems()
{
    for (QWidget *w : std::as_const(m_fieldWidgets)) {
        w->setStyleSheet(QString());
        w->setToolTip(w == m_localizations ? w->toolTip() : QString());
    }
    const store::CommandRecord *record = m_document->record(m_key);
    if (!record)
        return;
    const QString prefix = CommandJson::errorPath(m_path);
    const std::optional<OptionPath> responseNode = CommandJson::responseNode(record->definition, m_path);
    QString responsePath;
    if (responseNode) {
        const QStringList names = CommandJson::subcommandNames(record->definition, *responseNode);
        responsePath = names.isEmpty() ? u"response"_s : u"response."_s + names.join(u' ');
    }
    QStringList messages;
    QStringList responseMessages;
    for (const CommandIssue &issue : m_document->issuesOf(m_key)) {
        if (issue.path.startsWith(u"response"_s)) {
            if (issue.path == responsePath)
                responseMessages << issue.message;
            continue;
        }
        QString rel;
        if (prefix.isEmpty())
            rel = issue.path;
        else if (issue.path == prefix)
            rel = QString();
        else if (issue.path.startsWith(prefix + u'.'))
            rel = issue.path.mid(prefix.size() + 1);
        else
            continue;
        const QStringList parts = rel.split(u'.');
        if (parts.size() >= 3 && parts.at(0) == u"options"_s)
            continue; // a deeper option's problem: shown when that option is selected
        const QString field = parts.at(0);
        if (QWidget *w = m_fieldWidgets.value(field)) {
            w->setStyleSheet(kErrorStyle);
            w->setToolTip(issue.message);
        }
        messages << (rel.isEmpty() ? issue.message : rel + u": "_s + issue.message);
    }
    m_errors->setText(messages.join(u'\n'));
    m_errors->setVisible(!messages.isEmpty());
    m_response->setProblems(responseMessages);
}

} // namespace bw::gui::commands
