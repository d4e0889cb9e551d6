#include "gui/commands/TemplateLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace bw::gui::commands {

TemplateLineEdit::TemplateLineEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(u"templateCompletionPopup"_s);
    connect(this, &QLineEdit::textEdited, this, &TemplateLineEdit::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateLineEdit::insertVariable);
    setPlaceholderText(tr("Text; type { for variables such as {opt.NAME}"));
}

TemplateLineEdit::~TemplateLineEdit() = default;

void TemplateLineEdit::setVariables(const QStringList &variables)
{
    if (m_model->stringList() != variables)
        m_model->setStringList(variables);
}

QStringList TemplateLineEdit::variables() const
{
    return m_model->stringList();
}

int TemplateLineEdit::tokenStart() const
{
    const QString before = text().left(cursorPosition());
    const int open = int(before.lastIndexOf(u'{'));
    if (open < 0 || before.indexOf(u'}', open) >= 0 || before.indexOf(u' ', open) >= 0)
        return -1;
    return open;
}

void TemplateLineEdit::updateCompletion()
{
    const int start = tokenStart();
    if (start < 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(text().mid(start, cursorPosition() - start));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TemplateLineEdit::insertVariable(const QString &variable)
{
    const int start = tokenStart();
    if (start < 0)
        return;
    QString t = text();
    const int end = cursorPosition();
    t.replace(start, end - start, variable);
    setText(t);
    setCursorPosition(start + int(variable.size()));
    Q_EMIT textEdited(text());
}

} // namespace bw::gui::commands
