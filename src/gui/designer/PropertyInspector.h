#pragma once
// PropertyInspector: the properties of the selected node as editors (text, numbers, styles, colours,
// flags) plus, for buttons and selects, their behaviour (action, reply template with completion and a
// rendered sample). Every edit is an undo command of the document; each field shows its own problems.

#include "gui/designer/JsonPath.h"

#include <QJsonValue>
#include <QList>
#include <QScrollArea>

#include <functional>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace bw::gui::designer {

class DesignDocument;
enum class NodeKind;

class PropertyInspector final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyInspector)

public:
    explicit PropertyInspector(DesignDocument *document, QWidget *parent = nullptr);
    ~PropertyInspector() override;

    void setNode(const JsonPath &node);
    JsonPath node() const { return m_node; }

    /// The editor of a property path ("message.components[0].components[0].label"), or null.
    QWidget *editorFor(const JsonPath &path) const;
    /// Focuses the editor of `path` (or the first editor); true when there was one.
    bool focusPath(const JsonPath &path);
    /// The error text shown under the editor of `path` (empty when none).
    QString errorTextFor(const JsonPath &path) const;

private:
    struct Row
    {
        JsonPath path;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        std::function<void()> refresh;
    };
    enum class Empty { Keep, Remove };

    void rebuild();
    /// What decides which editors the form has (node, kind, custom_id, action type, layout).
    QString formKey() const;
    void refreshValues();
    void showProblems();
    void clearForm();
    QFormLayout *section(const QString &title);

    void addLine(const JsonPath &path, const QString &label, Empty empty, const QString &placeholder = {});
    void addText(const JsonPath &path, const QString &label, Empty empty, bool templateText = false);
    /// The modal of a "modal" action: title, custom_id, its text inputs and the answer to its submit.
    void buildModal(const JsonPath &base, const QString &customId);
    QString modalKey(const QString &customId) const;
    void addInt(const JsonPath &path, const QString &label, int min, int max, bool optional,
                const QString &noneText = {});
    void addBool(const JsonPath &path, const QString &label);
    void addEnum(const JsonPath &path, const QString &label, const QList<QPair<QString, QJsonValue>> &items);
    void addColor(const JsonPath &path, const QString &label);
    Row &addRow(const JsonPath &path, const QString &label, QWidget *editor);
    void commit(const JsonPath &path, const QJsonValue &value, const QString &label, bool typing,
                Empty empty = Empty::Keep);

    void buildNode(NodeKind kind);
    void buildBehaviour();
    void buildButtonStyle();

    DesignDocument *m_document;
    JsonPath m_node;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr; // the current section
    QLabel *m_title = nullptr;
    QLabel *m_nodeProblems = nullptr;
    QLabel *m_sample = nullptr;
    JsonPath m_samplePath;
    QList<Row> m_rows;
    QString m_formKey;
    bool m_updating = false;
};

} // namespace bw::gui::designer
