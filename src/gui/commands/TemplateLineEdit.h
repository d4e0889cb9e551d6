#pragma once
// TemplateLineEdit: a line edit for response templates that offers the variables ({opt.NAME},
// {user.mention}, ...) in a popup as soon as "{" is typed, and inserts the chosen one at the cursor.

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace bw::gui::commands {

class TemplateLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateLineEdit)

public:
    explicit TemplateLineEdit(QWidget *parent = nullptr);
    ~TemplateLineEdit() override;

    /// The variables offered, with braces ("{opt.seconds}").
    void setVariables(const QStringList &variables);
    QStringList variables() const;
    QCompleter *completer() const { return m_completer; }

private:
    void updateCompletion();
    void insertVariable(const QString &variable);
    /// Start of the "{..." being typed before the cursor, or -1.
    int tokenStart() const;

    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace bw::gui::commands
