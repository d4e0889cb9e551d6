#pragma once
// TaskEditorDialog: the form (ui/TaskEditorDialog.ui) that creates or edits one scheduled task: name,
// schedule, count and options, retry classes and the action with its template fields. Every edit is validated
// with TaskSpec; the error is shown on its field and OK stays disabled while the task is invalid.

#include "bot/GuildCache.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QComboBox;

namespace Ui {
class TaskEditorDialog;
}

namespace bw::gui {

class TaskEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditorDialog)

public:
    explicit TaskEditorDialog(QWidget *parent = nullptr);
    ~TaskEditorDialog() override;

    /// Channels and guilds offered in the pickers (the bot's cache); ids can always be typed.
    void setGuilds(const QList<GuildInfo> &guilds);
    /// The profile's saved views, for "send view".
    void setViewNames(const QStringList &names);
    /// Names of the other tasks of the profile (a name must be unique).
    void setTakenNames(const QStringList &names);
    /// Loads a stored task into the form (keys the form does not show, such as afterLoop, are kept).
    void setTask(const QString &name, const QJsonObject &spec);

    QString name() const;
    /// The task spec the form describes (valid when error() is empty).
    QJsonObject spec() const;
    /// The current validation error ("" when the task is valid).
    QString error() const { return m_error; }
    /// The field the error is shown on (null when valid or when no field matches).
    QWidget *errorField() const { return m_errorField; }
    /// Shows an error of the save itself (the dialog stays open).
    void setSaveError(const QString &message);

Q_SIGNALS:
    /// OK was pressed with a valid task: the owner saves it and then calls accept() (or setSaveError()).
    void submitted();

private:
    struct Built
    {
        QJsonObject spec;
        QString error;
        QWidget *field = nullptr;
    };
    Built build() const;
    QJsonObject buildAction() const;
    void validate();
    void updateRows();
    void showError(const QString &message, QWidget *field);
    QWidget *fieldForPath(const QString &message) const;
    QString labelFor(QWidget *field) const;
    static QString comboValue(const QComboBox *combo);
    static void setComboValue(QComboBox *combo, const QString &value);

    std::unique_ptr<Ui::TaskEditorDialog> m_ui;
    QJsonObject m_original;
    QStringList m_takenNames;
    QString m_error;
    QWidget *m_errorField = nullptr;
};

} // namespace bw::gui
