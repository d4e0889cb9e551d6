#pragma once
// CommandInspector: the fields of the selected command or option (name, description, type, required,
// choices, min/max, channel types, autocomplete, localizations, permissions, contexts, install types, nsfw)
// and its response design; every change goes to the CommandDocument as an undoable edit, and the
// validator's problems are shown on the fields they concern.

#include "gui/commands/CommandJson.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace bw {
struct GuildInfo;
}

namespace bw::gui::commands {

class CommandDocument;
class CommandResponseEditor;

class CommandInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandInspector)

public:
    explicit CommandInspector(CommandDocument *document, QWidget *parent = nullptr);
    ~CommandInspector() override;

    /// Shows the node `path` of command `key` (0 = nothing).
    void setNode(int key, const OptionPath &path);
    int key() const { return m_key; }
    OptionPath path() const { return m_path; }
    /// Scopes offered: global plus these guilds.
    void setGuilds(const QList<GuildInfo> &guilds);
    /// Saved views (name -> message payload) a response can send.
    void setViews(const QMap<QString, QJsonObject> &views);
    CommandResponseEditor *responseEditor() const { return m_response; }

    /// Re-reads the node from the document (after any change).
    void refresh();

private:
    void edit(const std::function<void(QJsonObject &node)> &change, const QString &text,
              const QString &field);
    void editRecord(const std::function<void(store::CommandRecord &record)> &change, const QString &text,
                    const QString &field);
    void showProblems();
    QJsonArray choicesFromTable(int optionType) const;
    void writeLocalizations(QJsonObject &node) const;
    void addScope(const QString &id, const QString &name);

    CommandDocument *m_document;
    int m_key = 0;
    OptionPath m_path;
    bool m_updating = false;
    QMap<QString, QJsonObject> m_views;

    QLabel *m_title;
    QGroupBox *m_fieldsBox;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_scope;
    QComboBox *m_optionType;
    QCheckBox *m_required;
    QCheckBox *m_autocomplete;
    QTableWidget *m_choices;
    QWidget *m_choiceButtons;
    QLineEdit *m_minValue;
    QLineEdit *m_maxValue;
    QLineEdit *m_minLength;
    QLineEdit *m_maxLength;
    QListWidget *m_channelTypes;
    QLineEdit *m_permissions;
    QWidget *m_contexts;
    QCheckBox *m_contextGuild;
    QCheckBox *m_contextBotDm;
    QCheckBox *m_contextPrivate;
    QWidget *m_installs;
    QCheckBox *m_installGuild;
    QCheckBox *m_installUser;
    QCheckBox *m_nsfw;
    QTableWidget *m_localizations;
    QWidget *m_localizationButtons;
    QLabel *m_errors;
    QGroupBox *m_responseBox;
    CommandResponseEditor *m_response;
    QMap<QString, QWidget *> m_fieldWidgets; // validator field name -> widget
};

} // namespace bw::gui::commands
