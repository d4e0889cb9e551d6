#include "gui/designer/TemplateEdit.h"

#include "bot/Template.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace bw::gui::designer {

TemplateEdit::TemplateEdit(QWidget *parent) : QPlainTextEdit(parent), m_completer(new QCompleter(this))
{
    setTabChangesFocus(true);
    m_completer->setModel(new QStringListModel(variables(), m_completer));
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(u"templateCompletions"_s);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateEdit::insertCompletion);
    setToolTip(tr("Type { or press Ctrl+Space for the variables: {user.mention}, {count}, {state.KEY}, …\n"
                  "{{ and }} write literal braces."));
}

QStringList TemplateEdit::variables()
{
    return {u"user.mention"_s, u"user.name"_s, u"user.id"_s,    u"channel.mention"_s, u"channel.id"_s,
            u"guild.name"_s,   u"guild.id"_s,  u"message.id"_s, u"count"_s,           u"state."_s,
            u"values"_s,       u"field."_s,    u"now"_s};
}

QString TemplateEdit::sample(const QString &text)
{
    const auto parsed = Template::parseChecked(text, TemplateScopes::view());
    if (!parsed)
        return u"⚠ "_s + parsed.error().message;
    TemplateContext context;
    context.userId = u"111111111111111111"_s;
    context.userName = u"Alice"_s;
    context.channelId = u"222222222222222222"_s;
    context.guildId = u"333333333333333333"_s;
    context.guildName = u"Sandbox"_s;
    context.messageId = u"444444444444444444"_s;
    context.state = QJsonObject {{u"count"_s, 3}};
    context.values = {u"option-1"_s};
    QString out = parsed->render(context);
    // Mentions read better as names in a sample.
    out.replace(u"<@111111111111111111>"_s, u"@Alice"_s).replace(u"<#222222222222222222>"_s, u"#general"_s);
    return out;
}

QSize TemplateEdit::sizeHint() const
{
    const int lines = 3;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 12};
}

QString TemplateEdit::prefixUnderCursor() const
{
    // The text after the last '{' before the cursor on this line, if no '}' closed it.
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = line.lastIndexOf(u'{');
    if (open < 0 || line.indexOf(u'}', open) >= 0)
        return QString(QChar(0xFFFF)); // no open brace
    return line.mid(open + 1);
}

void TemplateEdit::showCompletions()
{
    const QString prefix = prefixUnderCursor();
    if (prefix == QString(QChar(0xFFFF))) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void TemplateEdit::insertCompletion(const QString &completion)
{
    QTextCursor cursor = textCursor();
    const QString prefix = prefixUnderCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    const bool open = completion.endsWith(u'.'); // state. / field.: the user types the key next
    cursor.insertText(open ? completion : completion + u'}');
    setTextCursor(cursor);
}

void TemplateEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles them
            return;
        default:
            break;
        }
    }
    const bool shortcut = event->modifiers().testFlag(Qt::ControlModifier) && event->key() == Qt::Key_Space;
    if (!shortcut)
        QPlainTextEdit::keyPressEvent(event);
    if (shortcut || event->text() == "{"_L1 || m_completer->popup()->isVisible())
        showCompletions();
}

} // namespace bw::gui::designer
