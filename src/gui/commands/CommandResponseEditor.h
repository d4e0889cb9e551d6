#pragma once
// CommandResponseEditor: edits one response design (docs/commands.md) the way CommandResponder answers it:
// a template reply (ephemeral or not), a saved view sent as the reply, "defer, then follow up" after a fixed
// delay, one taken from an option or a REST call (method, route, JSON body), or a modal with text inputs.

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QLineEdit;

namespace bw::gui::commands {

class TemplateLineEdit;

class CommandResponseEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandResponseEditor)

public:
    explicit CommandResponseEditor(QWidget *parent = nullptr);
    ~CommandResponseEditor() override;

    /// Shows `design`; `options` are the leaf options ({opt.NAME}, delay options); `views` maps saved view
    /// names to their message payloads.
    void setDesign(const QJsonObject &design, const QJsonArray &options,
                   const QMap<QString, QJsonObject> &views);
    QJsonObject design() const;
    void setProblems(const QStringList &messages);

    TemplateLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    /// The user changed the design; `field` names what changed (typing in one field merges undo steps).
    void edited(const QJsonObject &design, const QString &field);

private:
    void emitEdit(const QString &field);
    void updateRows();
    QJsonArray modalComponents() const;
    /// Parses the REST body editor into m_restBody; false (and the error shown inline) when it is not JSON.
    bool parseRestBody();

    bool m_updating = false;
    QMap<QString, QJsonObject> m_views;
    QFormLayout *m_form;
    QComboBox *m_kind;
    TemplateLineEdit *m_text;
    QCheckBox *m_ephemeral;
    QComboBox *m_view;
    QComboBox *m_delayMode;
    QSpinBox *m_delaySeconds;
    QComboBox *m_delayOption;
    QComboBox *m_restMethod;
    TemplateLineEdit *m_restRoute;
    QPlainTextEdit *m_restBodyEdit;
    QLabel *m_restBodyError;
    QJsonValue m_restBody; // the last body that parsed (undefined: none)
    QJsonObject m_thenExtra; // then.* keys the form does not edit (error, followups), kept as they were
    QLineEdit *m_modalTitle;
    QLineEdit *m_modalCustomId;
    QTableWidget *m_modalInputs;
    QWidget *m_modalButtons;
    QLabel *m_problems;
};

} // namespace bw::gui::commands
