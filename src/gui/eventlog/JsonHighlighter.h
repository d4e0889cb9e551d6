#pragma once
// JsonHighlighter: colours keys, strings, numbers and literals of pretty-printed JSON in a text document
// (the event log's details pane).

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace bw::gui {

class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);

    /// Pretty-printed JSON (indented) when `json` parses, else the text as it is.
    static QString prettyPrinted(const QByteArray &json);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace bw::gui
