#include "gui/designer/PropertyInspector.h"

#include "discord/MessageValidator.h"
#include "gui/designer/DesignDocument.h"
#include "gui/designer/DesignNode.h"
#include "gui/designer/TemplateEdit.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using bw::discord::MessageValidator;

namespace bw::gui::designer {

namespace {

QString objectNameFor(const JsonPath &path)
{
    // "prop_" + the path's keys below the node, e.g. prop_label, prop_author_name, prop_action_reply.
    QString name;
    for (const JsonPath::Segment &s : path.segments()) {
        if (!s.isIndex())
            name = name.isEmpty() ? s.key : name + u'_' + s.key;
    }
    return name;
}

JsonPath join(const JsonPath &base, const QString &relative)
{
    JsonPath p = base;
    const JsonPath rel = JsonPath::parse(relative);
    for (const JsonPath::Segment &s : rel.segments())
        p = s.isIndex() ? p.index(s.index) : p.key(s.key);
    return p;
}

const QString kInvalidStyle = u"border: 1px solid #da373c; border-radius: 3px;"_s;

QJsonObject defaultAction(const QString &type, const QString &customId)
{
    if (type == "reply"_L1)
        return {
            {u"type"_s, type}, {u"reply"_s, QObject::tr("Thanks, {user.mention}!")}, {u"ephemeral"_s, true}};
    if (type == "update"_L1)
        return {{u"type"_s, type}, {u"message"_s, QObject::tr("Updated by {user.name}.")}};
    if (type == "counter"_L1)
        return {{u"type"_s, type},
                {u"key"_s, u"count"_s},
                {u"step"_s, 1},
                {u"ephemeral"_s, true},
                {u"reply"_s, QObject::tr("You have incremented this message's count to {count}!")}};
    if (type == "set_state"_L1)
        return {{u"type"_s, type},
                {u"key"_s, u"choice"_s},
                {u"value"_s, u"{values}"_s},
                {u"reply"_s, QObject::tr("Saved.")},
                {u"ephemeral"_s, true}};
    if (type == "check_user"_L1)
        return {{u"type"_s, type},
                {u"user"_s, u"{state.user_id}"_s},
                {u"deny"_s, QObject::tr("This button is not for you.")},
                {u"then"_s,
                 QJsonObject {{u"type"_s, u"reply"_s},
                              {u"reply"_s, QObject::tr("Hello {user.mention}!")},
                              {u"ephemeral"_s, true}}}};
    if (type == "role"_L1)
        return {{u"type"_s, type},
                {u"mode"_s, u"toggle"_s},
                {u"role_id"_s, QString()},
                {u"reply"_s, QObject::tr("Done.")},
                {u"ephemeral"_s, true}};
    if (type == "modal"_L1)
        return {
            {u"type"_s, type},
            {u"modal"_s,
             QJsonObject {
                 {u"custom_id"_s, QString(customId + u":modal"_s)},
                 {u"title"_s, QObject::tr("Tell us more")},
                 {u"components"_s,
                  QJsonArray {QJsonValue(QJsonObject {
                      {u"type"_s, 18},
                      {u"label"_s, QObject::tr("Your answer")},
                      {u"component"_s,
                       QJsonObject {{u"type"_s, 4}, {u"custom_id"_s, u"answer"_s}, {u"style"_s, 2}}}})}}}}};
    if (type == "defer"_L1)
        return {{u"type"_s, type},
                {u"ephemeral"_s, false},
                {u"delay_ms"_s, 1000},
                {u"then"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, QObject::tr("Done!")}}}};
    if (type == "send"_L1)
        return {{u"type"_s, type},
                {u"channel_id"_s, u"{channel.id}"_s},
                {u"message"_s, QObject::tr("Posted by {user.mention}")},
                {u"reply"_s, QObject::tr("Sent.")}};
    if (type == "sequence"_L1)
        return {{u"type"_s, type},
                {u"steps"_s,
                 QJsonArray {QJsonValue(
                     QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, QObject::tr("First step")}})}}};
    return {};
}

} // namespace

PropertyInspector::PropertyInspector(DesignDocument *document, QWidget *parent)
    : QScrollArea(parent), m_document(document)
{
    setObjectName(u"designerInspector"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    connect(m_document, &DesignDocument::changed, this, [this](bool structural) {
        if (structural && m_document->kindAt(m_node) == NodeKind::None)
            m_node = JsonPath().key(u"message"_s);
        // A value edit keeps the editors (and the cursor); a structural one, or one that changes which
        // editors there are (action type, custom_id, layout), rebuilds the form.
        if (structural || formKey() != m_formKey)
            rebuild();
        else
            refreshValues();
    });
    connect(m_document, &DesignDocument::problemsChanged, this, &PropertyInspector::showProblems);
    m_node = JsonPath().key(u"message"_s);
    rebuild();
}

PropertyInspector::~PropertyInspector() = default;

void PropertyInspector::setNode(const JsonPath &node)
{
    if (node == m_node && m_content)
        return;
    m_node = node.isEmpty() ? JsonPath().key(u"message"_s) : node;
    rebuild();
}

void PropertyInspector::clearForm()
{
    m_rows.clear();
    m_sample = nullptr;
    if (QWidget *old = takeWidget())
        old->deleteLater();
    m_content = new QWidget;
    m_content->setObjectName(u"inspectorContent"_s);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_title = new QLabel(m_content);
    m_title->setObjectName(u"inspectorTitle"_s);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_layout->addWidget(m_title);
    m_nodeProblems = new QLabel(m_content);
    m_nodeProblems->setObjectName(u"inspectorNodeProblems"_s);
    m_nodeProblems->setWordWrap(true);
    m_nodeProblems->setStyleSheet(u"color: #da373c;"_s);
    m_nodeProblems->hide();
    m_layout->addWidget(m_nodeProblems);
    m_form = nullptr;
}

QFormLayout *PropertyInspector::section(const QString &title)
{
    auto *box = new QGroupBox(title, m_content);
    box->setObjectName(u"inspectorSection_"_s + QString::number(m_layout->count()));
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->addWidget(box);
    return m_form;
}

QString PropertyInspector::formKey() const
{
    const QJsonObject node = m_node.valueIn(m_document->view()).toObject();
    const QString customId = node.value(u"custom_id"_s).toString();
    return m_node.toString() + u'|' + QString::number(int(m_document->kindAt(m_node))) + u'|' + customId
        + u'|' + m_document->actions().value(customId).toObject().value(u"type"_s).toString() + u'|'
        + (m_document->isComponentsV2() ? u"v2"_s : u"v1"_s) + u'|' + modalKey(customId);
}

QString PropertyInspector::modalKey(const QString &customId) const
{
    // A modal's form has one group per text input and a submit answer: their number and kinds shape it.
    const QJsonObject modal = m_document->actions().value(customId).toObject().value(u"modal"_s).toObject();
    if (modal.isEmpty())
        return {};
    QString key = QString::number(modal.value(u"components"_s).toArray().size());
    const QString modalId = modal.value(u"custom_id"_s).toString();
    key += u'|' + modalId + u'|'
        + m_document->actions().value(modalId).toObject().value(u"type"_s).toString();
    return key;
}

void PropertyInspector::buildModal(const JsonPath &base, const QString &customId)
{
    const JsonPath modal = base.key(u"modal"_s);
    addLine(modal.key(u"title"_s), tr("Modal title"), Empty::Keep);
    m_rows.last().editor->setObjectName(u"modal_title"_s);
    addLine(modal.key(u"custom_id"_s), tr("Modal custom_id"), Empty::Keep);
    m_rows.last().editor->setObjectName(u"modal_custom_id"_s);
    const QJsonArray rows = modal.key(u"components"_s).valueIn(m_document->view()).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        // A Label (type 18) wraps its input in "component"; a legacy action row holds it in components[0].
        const JsonPath rowPath = modal.key(u"components"_s).index(i);
        const bool labelled = row.value(u"type"_s).toInt() == 18;
        const JsonPath input = labelled ? rowPath.key(u"component"_s) : rowPath.key(u"components"_s).index(0);
        const JsonPath labelPath = labelled ? rowPath.key(u"label"_s) : input.key(u"label"_s);
        section(tr("Text input %1").arg(i + 1));
        const QString prefix = u"modal_input%1_"_s.arg(i);
        addLine(labelPath, tr("Label"), Empty::Keep);
        m_rows.last().editor->setObjectName(prefix + u"label"_s);
        addLine(input.key(u"custom_id"_s), tr("custom_id"), Empty::Keep);
        m_rows.last().editor->setObjectName(prefix + u"custom_id"_s);
        addEnum(input.key(u"style"_s), tr("Style"), {{tr("Short (one line)"), 1}, {tr("Paragraph"), 2}});
        m_rows.last().editor->setObjectName(prefix + u"style"_s);
        addBool(input.key(u"required"_s), tr("Required"));
        m_rows.last().editor->setObjectName(prefix + u"required"_s);
        addInt(input.key(u"min_length"_s), tr("Min length"), 0, 4000, true, tr("none"));
        m_rows.last().editor->setObjectName(prefix + u"min_length"_s);
        addInt(input.key(u"max_length"_s), tr("Max length"), 1, 4000, true, tr("none"));
        m_rows.last().editor->setObjectName(prefix + u"max_length"_s);
        addLine(input.key(u"placeholder"_s), tr("Placeholder"), Empty::Remove);
        m_rows.last().editor->setObjectName(prefix + u"placeholder"_s);
        addLine(input.key(u"value"_s), tr("Prefilled value"), Empty::Remove);
        m_rows.last().editor->setObjectName(prefix + u"value"_s);
        auto *remove = new QPushButton(tr("Remove text input %1").arg(i + 1), m_content);
        remove->setObjectName(prefix + u"remove"_s);
        remove->setEnabled(rows.size() > 1);
        connect(remove, &QPushButton::clicked, this, [this, rowPath, i] {
            m_document->setValue(rowPath, QJsonValue(QJsonValue::Undefined),
                                 tr("Remove text input %1").arg(i + 1));
        });
        m_form->addRow(QString(), remove);
    }
    section(tr("Modal"));
    auto *add = new QPushButton(tr("Add text input"), m_content);
    add->setObjectName(u"modal_add_input"_s);
    add->setEnabled(rows.size() < 5);
    connect(add, &QPushButton::clicked, this, [this, modal, rows] {
        QStringList taken;
        for (const QJsonValue &r : rows) {
            const QJsonObject o = r.toObject();
            const QJsonObject in = o.value(u"type"_s).toInt() == 18
                ? o.value(u"component"_s).toObject()
                : o.value(u"components"_s).toArray().first().toObject();
            taken << in.value(u"custom_id"_s).toString();
        }
        int n = int(rows.size()) + 1;
        while (taken.contains(u"field-"_s + QString::number(n)))
            ++n;
        QJsonArray next = rows;
        next.append(QJsonObject {{u"type"_s, 18},
                                 {u"label"_s, tr("Field %1").arg(n)},
                                 {u"component"_s,
                                  QJsonObject {{u"type"_s, 4},
                                               {u"custom_id"_s, QString(u"field-"_s + QString::number(n))},
                                               {u"style"_s, 1}}}});
        m_document->setValue(modal.key(u"components"_s), next, tr("Add text input"));
    });
    m_form->addRow(QString(), add);

    // The answer to the submit: the action named after the modal's custom_id.
    const QString modalId = modal.key(u"custom_id"_s).valueIn(m_document->view()).toString();
    if (modalId.isEmpty())
        return;
    const JsonPath submit = JsonPath().key(u"actions"_s).key(modalId);
    const QJsonObject submitAction = submit.valueIn(m_document->view()).toObject();
    section(tr("When submitted"));
    if (submitAction.value(u"type"_s).toString() == "reply"_L1) {
        m_samplePath = submit.key(u"reply"_s);
        m_sample = nullptr;
        addText(submit.key(u"reply"_s), tr("Reply"), Empty::Keep, true);
        m_rows.last().editor->setObjectName(u"modal_submit_reply"_s);
        m_sample = new QLabel(m_content);
        m_sample->setObjectName(u"action_sample"_s);
        m_sample->setWordWrap(true);
        m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_sample->setStyleSheet(u"color: palette(mid); font-style: italic;"_s);
        m_form->addRow(QString(), m_sample);
        addBool(submit.key(u"ephemeral"_s), tr("Only the submitter sees it"));
        m_rows.last().editor->setObjectName(u"modal_submit_ephemeral"_s);
    } else if (submitAction.isEmpty()) {
        auto *answer = new QPushButton(tr("Reply when submitted"), m_content);
        answer->setObjectName(u"modal_add_submit"_s);
        QString firstField;
        if (!rows.isEmpty()) {
            const QJsonObject o = rows.first().toObject();
            firstField
                = (o.value(u"type"_s).toInt() == 18 ? o.value(u"component"_s).toObject()
                                                    : o.value(u"components"_s).toArray().first().toObject())
                      .value(u"custom_id"_s)
                      .toString();
        }
        connect(answer, &QPushButton::clicked, this, [this, modalId, firstField] {
            const QString text = firstField.isEmpty()
                ? tr("Thanks, {user.mention}!")
                : tr("Thanks, {user.mention}! You wrote: {field.%1}").arg(firstField);
            m_document->setAction(
                modalId, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, text}, {u"ephemeral"_s, true}},
                tr("Reply when the modal is submitted"));
        });
        m_form->addRow(QString(), answer);
    } else {
        m_form->addRow(new QLabel(
            tr("Answered by a “%1” action.").arg(submitAction.value(u"type"_s).toString()), m_content));
    }
    Q_UNUSED(customId)
}

void PropertyInspector::rebuild()
{
    // Keep the focus (and cursor) of the field being edited across the rebuild.
    JsonPath focusPath;
    int cursor = -1;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.editor && row.editor->hasFocus()) {
            focusPath = row.path;
            if (auto *line = qobject_cast<QLineEdit *>(row.editor))
                cursor = line->cursorPosition();
            else if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
                cursor = text->textCursor().position();
        }
    }
    m_updating = true;
    m_formKey = formKey();
    clearForm();
    const NodeKind kind = m_document->kindAt(m_node);
    m_title->setText(Nodes::displayName(kind));
    buildNode(kind);
    if (Nodes::isInteractive(kind))
        buildBehaviour();
    m_layout->addStretch(1);
    setWidget(m_content);
    m_updating = false;
    refreshValues();
    showProblems();
    if (!focusPath.isEmpty()) {
        if (QWidget *editor = editorFor(focusPath)) {
            editor->setFocus(Qt::OtherFocusReason);
            if (auto *line = qobject_cast<QLineEdit *>(editor))
                line->setCursorPosition(cursor);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
                QTextCursor c = text->textCursor();
                c.setPosition(std::min(cursor, int(text->toPlainText().size())));
                text->setTextCursor(c);
            }
        }
    }
}

PropertyInspector::Row &PropertyInspector::addRow(const JsonPath &path, const QString &label, QWidget *editor)
{
    if (!m_form)
        section(tr("Properties"));
    JsonPath relative;
    if (m_node.contains(path) && path.size() > m_node.size()) {
        for (qsizetype i = m_node.size(); i < path.size(); ++i)
            relative = path.segments().at(i).isIndex() ? relative.index(path.segments().at(i).index)
                                                       : relative.key(path.segments().at(i).key);
    } else {
        relative = path;
    }
    editor->setObjectName(u"prop_"_s + objectNameFor(relative));
    auto *box = new QWidget(m_content);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(editor);
    auto *error = new QLabel(box);
    error->setObjectName(editor->objectName() + u"_error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #da373c;"_s);
    error->hide();
    v->addWidget(error);
    m_form->addRow(label, box);
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(box)))
        l->setBuddy(editor);
    m_rows.append({path, editor, error, {}});
    return m_rows.last();
}

void PropertyInspector::commit(const JsonPath &path, const QJsonValue &value, const QString &label,
                               bool typing, Empty empty)
{
    if (m_updating)
        return;
    QJsonValue v = value;
    JsonPath target = path;
    if (empty == Empty::Remove && (v.isNull() || (v.isString() && v.toString().isEmpty()))) {
        v = QJsonValue(QJsonValue::Undefined);
        // Removing the last key of a sub-object ("author.name") removes the sub-object.
        const JsonPath owner = path.parent();
        if (owner.size() > m_node.size() && !owner.isEmpty() && owner.lastIndex() < 0) {
            const QJsonObject o = owner.valueIn(m_document->view()).toObject();
            if (o.size() == 1 && o.contains(path.lastKey()))
                target = owner;
        }
    }
    m_document->setValue(target, v, tr("Edit %1").arg(label), typing);
}

void PropertyInspector::addLine(const JsonPath &path, const QString &label, Empty empty,
                                const QString &placeholder)
{
    auto *edit = new QLineEdit(m_content);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(empty == Empty::Remove);
    connect(edit, &QLineEdit::textEdited, this,
            [this, path, label, empty](const QString &text) { commit(path, text, label, true, empty); });
    Row &row = addRow(path, label, edit);
    row.refresh = [this, edit, path] {
        const QString text = path.valueIn(m_document->view()).toVariant().toString();
        if (edit->text() != text)
            edit->setText(text);
    };
}

void PropertyInspector::addText(const JsonPath &path, const QString &label, Empty empty, bool templateText)
{
    QPlainTextEdit *edit = templateText ? new TemplateEdit(m_content) : new QPlainTextEdit(m_content);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 8 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, path, label, empty] {
        if (!m_updating && edit->toPlainText() != path.valueIn(m_document->view()).toString())
            commit(path, edit->toPlainText(), label, true, empty);
        if (m_sample && m_samplePath == path)
            m_sample->setText(tr("Sample for Alice: %1").arg(TemplateEdit::sample(edit->toPlainText())));
    });
    Row &row = addRow(path, label, edit);
    row.refresh = [this, edit, path] {
        const QString text = path.valueIn(m_document->view()).toString();
        if (edit->toPlainText() != text) {
            const bool was = m_updating;
            m_updating = true;
            edit->setPlainText(text);
            m_updating = was;
        }
        if (m_sample && m_samplePath == path)
            m_sample->setText(tr("Sample for Alice: %1").arg(TemplateEdit::sample(text)));
    };
}

void PropertyInspector::addInt(const JsonPath &path, const QString &label, int min, int max, bool optional,
                               const QString &noneText)
{
    auto *spin = new QSpinBox(m_content);
    spin->setRange(optional ? min - 1 : min, max);
    if (optional)
        spin->setSpecialValueText(noneText.isEmpty() ? tr("default") : noneText);
    spin->setKeyboardTracking(false);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, path, label, optional](int value) {
        if (optional && value == spin->minimum())
            commit(path, QJsonValue(QJsonValue::Undefined), label, false);
        else
            commit(path, value, label, false);
    });
    Row &row = addRow(path, label, spin);
    row.refresh = [this, spin, path, optional] {
        const QJsonValue v = path.valueIn(m_document->view());
        const int value = (v.isUndefined() || v.isNull()) && optional ? spin->minimum() : v.toInt();
        if (spin->value() != value) {
            const QSignalBlocker block(spin);
            spin->setValue(value);
        }
    };
}

void PropertyInspector::addBool(const JsonPath &path, const QString &label)
{
    auto *box = new QCheckBox(m_content);
    connect(box, &QCheckBox::toggled, this, [this, path, label](bool on) {
        commit(path, on ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined), label, false);
    });
    Row &row = addRow(path, label, box);
    row.refresh = [this, box, path] {
        const bool on = path.valueIn(m_document->view()).toBool();
        if (box->isChecked() != on) {
            const QSignalBlocker block(box);
            box->setChecked(on);
        }
    };
}

void PropertyInspector::addEnum(const JsonPath &path, const QString &label,
                                const QList<QPair<QString, QJsonValue>> &items)
{
    auto *combo = new QComboBox(m_content);
    for (const auto &item : items)
        combo->addItem(item.first, item.second.toVariant());
    connect(combo, &QComboBox::activated, this, [this, combo, path, label](int index) {
        commit(path, QJsonValue::fromVariant(combo->itemData(index)), label, false);
    });
    Row &row = addRow(path, label, combo);
    row.refresh = [this, combo, path] {
        const QVariant v = path.valueIn(m_document->view()).toVariant();
        int found = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i) == v || combo->itemData(i).toString() == v.toString())
                found = i;
        }
        if (combo->currentIndex() != found) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(found);
        }
    };
}

void PropertyInspector::addColor(const JsonPath &path, const QString &label)
{
    auto *box = new QWidget(m_content);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(box);
    edit->setPlaceholderText(u"#5865F2"_s);
    edit->setClearButtonEnabled(true);
    auto *pick = new QToolButton(box);
    pick->setText(tr("…"));
    pick->setToolTip(tr("Choose a colour"));
    h->addWidget(edit, 1);
    h->addWidget(pick);
    const auto apply = [this, path, label](const QString &text, bool typing) {
        QString t = text.trimmed();
        if (t.startsWith(u'#'))
            t = t.mid(1);
        bool ok = false;
        const int value = t.toInt(&ok, 16);
        if (t.isEmpty())
            commit(path, QJsonValue(QJsonValue::Undefined), label, typing);
        else if (ok && t.size() <= 6)
            commit(path, value, label, typing);
    };
    connect(edit, &QLineEdit::textEdited, this, [apply](const QString &text) { apply(text, true); });
    connect(pick, &QToolButton::clicked, this, [this, edit, apply] {
        const QColor c = QColorDialog::getColor(QColor(edit->text()), this, tr("Colour"));
        if (c.isValid()) {
            edit->setText(c.name().toUpper());
            apply(edit->text(), false);
        }
    });
    Row &row = addRow(path, label, box);
    row.editor = edit;
    edit->setObjectName(box->objectName());
    box->setObjectName(box->objectName() + u"_box"_s);
    row.refresh = [this, edit, pick, path] {
        const QJsonValue v = path.valueIn(m_document->view());
        const QString text = v.isDouble()
            ? u"#"_s + QStringLiteral("%1").arg(v.toInt(), 6, 16, QChar(u'0')).toUpper()
            : QString();
        if (QString(edit->text()).remove(u'#').toUpper() != QString(text).remove(u'#'))
            edit->setText(text);
        pick->setStyleSheet(v.isDouble() ? u"background: %1;"_s.arg(text) : QString());
    };
}

void PropertyInspector::buildButtonStyle()
{
    const JsonPath path = m_node.key(u"style"_s);
    auto *combo = new QComboBox(m_content);
    const QList<QPair<QString, int>> styles {{tr("Primary (blurple)"), 1},
                                             {tr("Secondary (grey)"), 2},
                                             {tr("Success (green)"), 3},
                                             {tr("Danger (red)"), 4},
                                             {tr("Link"), 5},
                                             {tr("Premium"), 6}};
    for (const auto &s : styles)
        combo->addItem(s.first, s.second);
    connect(combo, &QComboBox::activated, this, [this, combo](int index) {
        if (m_updating)
            return;
        const int style = combo->itemData(index).toInt();
        QJsonObject node = m_node.valueIn(m_document->view()).toObject();
        const int old = node.value(u"style"_s).toInt();
        node.insert(u"style"_s, style);
        // Link and premium buttons have no custom_id; the others need one.
        if (style == MessageValidator::Link || style == MessageValidator::Premium) {
            node.remove(u"custom_id"_s);
            if (style == MessageValidator::Link && !node.contains(u"url"_s))
                node.insert(u"url"_s, u"https://discord.com"_s);
            if (style == MessageValidator::Premium) {
                node.remove(u"label"_s);
                node.remove(u"emoji"_s);
                node.remove(u"url"_s);
                node.insert(u"sku_id"_s, node.value(u"sku_id"_s).toString(u"0"_s));
            }
        } else if (old == MessageValidator::Link || old == MessageValidator::Premium) {
            node.remove(u"url"_s);
            node.remove(u"sku_id"_s);
            if (!node.contains(u"label"_s))
                node.insert(u"label"_s, tr("Button"));
            node.insert(u"custom_id"_s,
                        Nodes::makeCustomId(m_document->name(), node.value(u"label"_s).toString(),
                                            Nodes::customIds(m_document->message())));
        }
        m_document->setValue(m_node, node, tr("Change button style"));
    });
    Row &row = addRow(path, tr("Style"), combo);
    row.refresh = [this, combo, path] {
        const int style = path.valueIn(m_document->view()).toInt();
        const int index = combo->findData(style);
        if (combo->currentIndex() != index) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(index);
        }
    };
}

void PropertyInspector::buildNode(NodeKind kind)
{
    const auto p = [this](const QString &rel) { return join(m_node, rel); };
    switch (kind) {
    case NodeKind::Message: {
        section(tr("View"));
        addLine(JsonPath().key(u"name"_s), tr("Name"), Empty::Keep, tr("e.g. ticket"));
        addEnum(JsonPath().key(u"kind"_s), tr("Kind"),
                {{tr("Unbound: answers on any message, no state"), u"unbound"_s},
                 {tr("Bound: each sent message has its own state"), u"bound"_s}});
        addInt(JsonPath().key(u"timeout_seconds"_s), tr("Timeout (s)"), 1, 7 * 24 * 3600, true,
               tr("none (persistent)"));
        // Components V2 switch: converts the message.
        auto *v2 = new QCheckBox(tr("Components V2 layout (text displays, containers…)"), m_content);
        connect(v2, &QCheckBox::toggled, this, [this](bool on) {
            if (!m_updating)
                m_document->setComponentsV2(on);
        });
        Row &row = addRow(JsonPath().key(u"message"_s).key(u"flags"_s), tr("Layout"), v2);
        row.refresh = [this, v2] {
            const QSignalBlocker block(v2);
            v2->setChecked(m_document->isComponentsV2());
        };
        section(tr("Message"));
        if (!m_document->isComponentsV2())
            addText(p(u"content"_s), tr("Content"), Empty::Remove);
        else
            m_form->addRow(
                new QLabel(tr("Components V2 messages carry their text in text displays."), m_content));
        break;
    }
    case NodeKind::Embed:
        addLine(p(u"title"_s), tr("Title"), Empty::Remove);
        addLine(p(u"url"_s), tr("Title URL"), Empty::Remove, u"https://"_s);
        addText(p(u"description"_s), tr("Description"), Empty::Remove);
        addColor(p(u"color"_s), tr("Colour"));
        section(tr("Author and footer"));
        addLine(p(u"author.name"_s), tr("Author"), Empty::Remove);
        addLine(p(u"author.icon_url"_s), tr("Author icon"), Empty::Remove, u"https://"_s);
        addLine(p(u"footer.text"_s), tr("Footer"), Empty::Remove);
        addLine(p(u"footer.icon_url"_s), tr("Footer icon"), Empty::Remove, u"https://"_s);
        addLine(p(u"timestamp"_s), tr("Timestamp"), Empty::Remove, u"2025-01-31T12:00:00Z"_s);
        section(tr("Images"));
        addLine(p(u"thumbnail.url"_s), tr("Thumbnail"), Empty::Remove, u"https://"_s);
        addLine(p(u"image.url"_s), tr("Image"), Empty::Remove, u"https://"_s);
        break;
    case NodeKind::Field:
        addLine(p(u"name"_s), tr("Name"), Empty::Keep);
        addText(p(u"value"_s), tr("Value"), Empty::Keep);
        addBool(p(u"inline"_s), tr("Inline"));
        break;
    case NodeKind::ActionRow:
        m_layout->addWidget(
            new QLabel(tr("A row holds up to five buttons or one select menu. Drag components "
                          "here from the palette, or press Insert."),
                       m_content));
        static_cast<QLabel *>(m_layout->itemAt(m_layout->count() - 1)->widget())->setWordWrap(true);
        break;
    case NodeKind::Button:
    case NodeKind::LinkButton:
        buildButtonStyle();
        addLine(p(u"label"_s), tr("Label"), Empty::Remove);
        addLine(p(u"emoji.name"_s), tr("Emoji"), Empty::Remove,
                tr("a Unicode emoji or a custom emoji’s name"));
        if (kind == NodeKind::Button)
            addLine(p(u"custom_id"_s), tr("custom_id"), Empty::Keep);
        else
            addLine(p(u"url"_s), tr("URL"), Empty::Keep, u"https://"_s);
        addBool(p(u"disabled"_s), tr("Disabled"));
        break;
    case NodeKind::PremiumButton:
        buildButtonStyle();
        addLine(p(u"sku_id"_s), tr("SKU id"), Empty::Keep);
        break;
    case NodeKind::StringSelect:
    case NodeKind::UserSelect:
    case NodeKind::RoleSelect:
    case NodeKind::MentionableSelect:
    case NodeKind::ChannelSelect:
        addLine(p(u"custom_id"_s), tr("custom_id"), Empty::Keep);
        addLine(p(u"placeholder"_s), tr("Placeholder"), Empty::Remove);
        addInt(p(u"min_values"_s), tr("Min values"), 0, 25, true, tr("default (1)"));
        addInt(p(u"max_values"_s), tr("Max values"), 1, 25, true, tr("default (1)"));
        addBool(p(u"disabled"_s), tr("Disabled"));
        if (kind == NodeKind::ChannelSelect) {
            auto *edit = new QLineEdit(m_content);
            edit->setPlaceholderText(tr("all; e.g. 0, 5 (text, announcement)"));
            const JsonPath path = p(u"channel_types"_s);
            connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &text) {
                QJsonArray types;
                for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
                    bool ok = false;
                    const int t = part.trimmed().toInt(&ok);
                    if (ok)
                        types.append(t);
                }
                commit(path, types.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(types),
                       tr("channel types"), true);
            });
            Row &row = addRow(path, tr("Channel types"), edit);
            row.refresh = [this, edit, path] {
                QStringList parts;
                for (const QJsonValue &v : path.valueIn(m_document->view()).toArray())
                    parts << QString::number(v.toInt());
                if (!edit->hasFocus())
                    edit->setText(parts.join(u", "_s));
            };
        }
        break;
    case NodeKind::Option:
        addLine(p(u"label"_s), tr("Label"), Empty::Keep);
        addLine(p(u"value"_s), tr("Value"), Empty::Keep);
        addLine(p(u"description"_s), tr("Description"), Empty::Remove);
        addLine(p(u"emoji.name"_s), tr("Emoji"), Empty::Remove,
                tr("a Unicode emoji or a custom emoji’s name"));
        addBool(p(u"default"_s), tr("Selected by default"));
        break;
    case NodeKind::TextDisplay:
        addText(p(u"content"_s), tr("Markdown"), Empty::Keep);
        break;
    case NodeKind::Thumbnail:
    case NodeKind::MediaItem:
        addLine(p(u"media.url"_s), tr("Image URL"), Empty::Keep, u"https://"_s);
        addLine(p(u"description"_s), tr("Alt text"), Empty::Remove);
        addBool(p(u"spoiler"_s), tr("Spoiler"));
        break;
    case NodeKind::File:
        addLine(p(u"file.url"_s), tr("File"), Empty::Keep, u"attachment://name.ext"_s);
        addBool(p(u"spoiler"_s), tr("Spoiler"));
        break;
    case NodeKind::Separator:
        addBool(p(u"divider"_s), tr("Show a line"));
        addEnum(p(u"spacing"_s), tr("Spacing"), {{tr("Small"), 1}, {tr("Large"), 2}});
        break;
    case NodeKind::Container:
        addColor(p(u"accent_color"_s), tr("Accent colour"));
        addBool(p(u"spoiler"_s), tr("Spoiler"));
        break;
    case NodeKind::Section:
    case NodeKind::MediaGallery:
    case NodeKind::Unknown:
    case NodeKind::None:
        break;
    }
}

void PropertyInspector::buildBehaviour()
{
    const QString customId = m_node.key(u"custom_id"_s).valueIn(m_document->view()).toString();
    section(tr("Behaviour"));
    if (customId.isEmpty()) {
        m_form->addRow(new QLabel(tr("Give the component a custom_id to choose what it does."), m_content));
        return;
    }
    const JsonPath base = JsonPath().key(u"actions"_s).key(customId);
    const QJsonObject action = base.valueIn(m_document->view()).toObject();
    const QString type = action.value(u"type"_s).toString();

    auto *combo = new QComboBox(m_content);
    const QList<QPair<QString, QString>> types {
        {tr("Nothing yet"), QString()},
        {tr("Reply with a message"), u"reply"_s},
        {tr("Update the clicked message"), u"update"_s},
        {tr("Count clicks (bound views)"), u"counter"_s},
        {tr("Remember a value (bound views)"), u"set_state"_s},
        {tr("Only for one user"), u"check_user"_s},
        {tr("Give or take a role"), u"role"_s},
        {tr("Open a modal"), u"modal"_s},
        {tr("Defer, then follow up"), u"defer"_s},
        {tr("Send a message to a channel"), u"send"_s},
        {tr("Several steps"), u"sequence"_s},
    };
    for (const auto &t : types)
        combo->addItem(t.first, t.second);
    combo->setCurrentIndex(std::max(0, combo->findData(type)));
    connect(combo, &QComboBox::activated, this, [this, combo, customId](int index) {
        const QString t = combo->itemData(index).toString();
        const QJsonObject fresh = defaultAction(t, customId);
        const bool needsState = t == "counter"_L1 || t == "set_state"_L1;
        if (needsState && !m_document->isBound()) {
            // State lives in bindings: one command switches the view to bound and sets the action.
            QJsonObject actions = m_document->actions();
            actions.insert(customId, fresh);
            QJsonObject view = m_document->view();
            view.insert(u"kind"_s, u"bound"_s);
            view.insert(u"actions"_s, actions);
            m_document->setValue(JsonPath(), view, tr("Set behaviour: %1").arg(combo->itemText(index)));
            return;
        }
        m_document->setAction(customId,
                              fresh.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(fresh),
                              tr("Set behaviour: %1").arg(combo->itemText(index)));
    });
    Row &row = addRow(base.key(u"type"_s), tr("Action"), combo);
    row.editor->setObjectName(u"action_type"_s);
    row.error->setObjectName(u"action_type_error"_s);
    row.refresh = [this, combo, base] {
        const int index
            = std::max(0, combo->findData(base.key(u"type"_s).valueIn(m_document->view()).toString()));
        if (combo->currentIndex() != index) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(index);
        }
    };

    const auto templ = [&](const QString &rel, const QString &label, bool withSample) {
        JsonPath path = join(base, rel);
        if (path.valueIn(m_document->view()).isObject())
            path = path.key(u"content"_s); // long form: edit its content
        if (withSample) {
            m_samplePath = path;
            m_sample = nullptr;
        }
        addText(path, label, Empty::Keep, true);
        m_rows.last().editor->setObjectName(u"action_"_s + QString(rel).replace(u'.', u'_'));
        if (withSample) {
            m_sample = new QLabel(m_content);
            m_sample->setObjectName(u"action_sample"_s);
            m_sample->setWordWrap(true);
            m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_sample->setStyleSheet(u"color: palette(mid); font-style: italic;"_s);
            m_form->addRow(QString(), m_sample);
        }
    };
    const auto line = [&](const QString &rel, const QString &label) {
        addLine(join(base, rel), label, Empty::Keep);
        m_rows.last().editor->setObjectName(u"action_"_s + QString(rel).replace(u'.', u'_'));
    };
    const auto flag = [&](const QString &rel, const QString &label) {
        auto *box = new QCheckBox(m_content);
        const JsonPath path = join(base, rel);
        connect(box, &QCheckBox::toggled, this,
                [this, path, label](bool on) { commit(path, on, label, false); });
        Row &r = addRow(path, label, box);
        r.editor->setObjectName(u"action_"_s + QString(rel).replace(u'.', u'_'));
        r.refresh = [this, box, path] {
            const QSignalBlocker block(box);
            box->setChecked(path.valueIn(m_document->view()).toBool());
        };
    };

    if (type == "reply"_L1) {
        templ(u"reply"_s, tr("Reply"), true);
        flag(u"ephemeral"_s, tr("Only the clicker sees it"));
    } else if (type == "update"_L1) {
        templ(u"message"_s, tr("New content"), true);
    } else if (type == "counter"_L1) {
        line(u"key"_s, tr("State key"));
        addInt(join(base, u"step"_s), tr("Step"), -1000000, 1000000, false);
        templ(u"reply"_s, tr("Reply"), true);
        flag(u"ephemeral"_s, tr("Only the clicker sees it"));
    } else if (type == "set_state"_L1) {
        line(u"key"_s, tr("State key"));
        line(u"value"_s, tr("Value"));
        templ(u"reply"_s, tr("Reply"), true);
        flag(u"ephemeral"_s, tr("Only the clicker sees it"));
    } else if (type == "check_user"_L1) {
        line(u"user"_s, tr("Allowed user id"));
        templ(u"deny"_s, tr("Answer to others"), false);
        templ(u"then.reply"_s, tr("Reply to the user"), true);
    } else if (type == "role"_L1) {
        addEnum(join(base, u"mode"_s), tr("Mode"),
                {{tr("Toggle"), u"toggle"_s}, {tr("Add"), u"add"_s}, {tr("Remove"), u"remove"_s}});
        line(u"role_id"_s, tr("Role id"));
        templ(u"reply"_s, tr("Reply"), true);
    } else if (type == "defer"_L1) {
        addInt(join(base, u"delay_ms"_s), tr("Delay (ms)"), 0, 900000, false);
        flag(u"ephemeral"_s, tr("Only the clicker sees it"));
        templ(u"then.reply"_s, tr("Follow-up"), true);
    } else if (type == "send"_L1) {
        line(u"channel_id"_s, tr("Channel id"));
        templ(u"message"_s, tr("Message"), true);
        templ(u"reply"_s, tr("Reply"), false);
    } else if (type == "modal"_L1) {
        buildModal(base, customId);
    } else if (type == "sequence"_L1) {
        // Nested structures are edited as JSON (applied whenever it parses).
        auto *edit = new QPlainTextEdit(m_content);
        edit->setObjectName(u"action_json"_s);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 8);
        edit->setPlainText(QString::fromUtf8(QJsonDocument(action).toJson(QJsonDocument::Indented)));
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, customId] {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(edit->toPlainText().toUtf8(), &error);
            if (error.error == QJsonParseError::NoError && doc.isObject())
                m_document->setAction(customId, doc.object(), tr("Edit action JSON"), true);
        });
        m_form->addRow(tr("Action JSON"), edit);
    }
}

void PropertyInspector::refreshValues()
{
    const bool was = m_updating;
    m_updating = true;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.refresh)
            row.refresh();
    }
    m_updating = was;
    if (m_title) {
        const QJsonObject json = m_node.valueIn(m_document->view()).toObject();
        m_title->setText(Nodes::summary(m_document->kindAt(m_node), json));
    }
}

void PropertyInspector::showProblems()
{
    QStringList nodeProblems;
    QHash<QString, QStringList> byPath;
    for (const DesignProblem &p : m_document->problems()) {
        if (p.warning && p.node != m_node)
            continue;
        byPath[p.path.toString()].append(p.message);
    }
    QSet<QString> shown;
    for (const Row &row : std::as_const(m_rows)) {
        const QString key = row.path.toString();
        const QStringList messages = byPath.value(key);
        shown.insert(key);
        row.error->setText(messages.join(u'\n'));
        row.error->setVisible(!messages.isEmpty());
        row.editor->setStyleSheet(messages.isEmpty() ? QString() : kInvalidStyle);
        row.editor->setProperty("invalid", !messages.isEmpty());
    }
    for (const DesignProblem &p : m_document->problems()) {
        if (p.node == m_node && !shown.contains(p.path.toString()))
            nodeProblems << (p.warning ? u"⚠ "_s : u"✖ "_s) + p.message;
    }
    m_nodeProblems->setText(nodeProblems.join(u'\n'));
    m_nodeProblems->setVisible(!nodeProblems.isEmpty());
}

QWidget *PropertyInspector::editorFor(const JsonPath &path) const
{
    for (const Row &row : m_rows) {
        if (row.path == path)
            return row.editor;
    }
    return nullptr;
}

QString PropertyInspector::errorTextFor(const JsonPath &path) const
{
    for (const Row &row : m_rows) {
        if (row.path == path)
            return row.error->isVisible() ? row.error->text() : QString();
    }
    return {};
}

bool PropertyInspector::focusPath(const JsonPath &path)
{
    QWidget *editor = editorFor(path);
    if (!editor && !m_rows.isEmpty())
        editor = m_rows.first().editor;
    if (!editor)
        return false;
    editor->setFocus(Qt::OtherFocusReason);
    ensureWidgetVisible(editor);
    return true;
}

} // namespace bw::gui::designer
