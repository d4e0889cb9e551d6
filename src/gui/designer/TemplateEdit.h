#pragma once
// TemplateEdit: a text editor for action templates that completes {variables} (typing "{" or Ctrl+Space
// opens the list of docs/view-format.md's variables) and renders a sample of the text for a sample user.

#include <QPlainTextEdit>

class QCompleter;

namespace bw::gui::designer {

class TemplateEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEdit)

public:
    explicit TemplateEdit(QWidget *parent = nullptr);

    /// The variables offered ("user.mention", "count", "state.", …).
    static QStringList variables();
    /// The template rendered for the sample user Alice in #general of "Sandbox" (count 3), or the parse
    /// error prefixed with "⚠".
    static QString sample(const QString &text);

    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QSize sizeHint() const override;

private:
    void insertCompletion(const QString &completion);
    QString prefixUnderCursor() const;
    void showCompletions();

    QCompleter *m_completer;
};

} // namespace bw::gui::designer
