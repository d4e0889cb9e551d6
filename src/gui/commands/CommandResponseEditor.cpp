#include "gui/commands/CommandResponseEditor.h"

#include "gui/commands/TemplateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace bw::gui::commands {

namespace {

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QString replyText(const QJsonValue &reply)
{
    return reply.isObject() ? reply.toObject().value(u"content"_s).toString() : reply.toString();
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

CommandResponseEditor::CommandResponseEditor(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout(this)),
      m_kind(new QComboBox(this)),
      m_text(new TemplateLineEdit(this)),
      m_ephemeral(new QCheckBox(tr("Only the user who ran the command sees it (ephemeral)"), this)),
      m_view(new QComboBox(this)),
      m_delayMode(new QComboBox(this)),
      m_delaySeconds(new QSpinBox(this)),
      m_delayOption(new QComboBox(this)),
      m_restMethod(new QComboBox(this)),
      m_restRoute(new TemplateLineEdit(this)),
      m_restBodyEdit(new QPlainTextEdit(this)),
      m_restBodyError(new QLabel(this)),
      m_modalTitle(new QLineEdit(this)),
      m_modalCustomId(new QLineEdit(this)),
      m_modalInputs(new QTableWidget(0, 4, this)),
      m_modalButtons(new QWidget(this)),
      m_problems(new QLabel(this))
{
    setObjectName(u"commandResponseEditor"_s);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_kind->setObjectName(u"responseKind"_s);
    m_kind->addItem(tr("No response"), QString());
    m_kind->addItem(tr("Reply with a message"), u"reply"_s);
    m_kind->addItem(tr("Reply with a saved view"), u"view"_s);
    m_kind->addItem(tr("Defer, then follow up"), u"defer"_s);
    m_kind->addItem(tr("Open a modal"), u"modal"_s);
    m_text->setObjectName(u"responseText"_s);
    m_ephemeral->setObjectName(u"responseEphemeral"_s);
    m_view->setObjectName(u"responseView"_s);
    m_delayMode->setObjectName(u"responseDelayMode"_s);
    m_delayMode->addItem(tr("Fixed delay"), u"fixed"_s);
    m_delayMode->addItem(tr("Seconds from an option"), u"option"_s);
    m_delayMode->addItem(tr("After a REST call"), u"rest"_s);
    m_delayMode->setToolTip(tr("The bot answers “thinking…” at once, then replaces it with the "
                               "follow-up after this delay or REST call"));
    m_delaySeconds->setObjectName(u"responseDelaySeconds"_s);
    m_delaySeconds->setRange(0, 900);
    m_delaySeconds->setSuffix(tr(" s"));
    m_delayOption->setObjectName(u"responseDelayOption"_s);
    m_restMethod->setObjectName(u"responseRestMethod"_s);
    for (const QString &method : {u"POST"_s, u"PATCH"_s, u"PUT"_s, u"DELETE"_s, u"GET"_s})
        m_restMethod->addItem(method, method);
    m_restRoute->setObjectName(u"responseRestRoute"_s);
    m_restRoute->setPlaceholderText(u"/channels/{channel.id}/messages"_s);
    m_restRoute->setToolTip(tr("A route under the API base; the follow-up may use {rest.status}, "
                               "{rest.json.FIELD} and, when the call fails, {rest.error}"));
    m_restBodyEdit->setObjectName(u"responseRestBody"_s);
    m_restBodyEdit->setPlaceholderText(u"{\"content\": \"{opt.text}\"}"_s);
    m_restBodyEdit->setMaximumHeight(90);
    m_restBodyEdit->setTabChangesFocus(true);
    m_restBodyError->setObjectName(u"responseRestBodyError"_s);
    m_restBodyError->setWordWrap(true);
    m_restBodyError->setStyleSheet(u"color: #d9534f;"_s);
    m_modalTitle->setObjectName(u"modalTitle"_s);
    m_modalCustomId->setObjectName(u"modalCustomId"_s);
    m_modalInputs->setObjectName(u"modalInputs"_s);
    m_modalInputs->setHorizontalHeaderLabels({tr("Custom id"), tr("Label"), tr("Paragraph"), tr("Required")});
    m_modalInputs->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_modalInputs->verticalHeader()->hide();
    m_modalInputs->setMinimumHeight(90);
    m_problems->setObjectName(u"responseErrors"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #d9534f;"_s);

    auto *buttons = new QHBoxLayout(m_modalButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *addInput = new QPushButton(tr("Add text input"), m_modalButtons);
    addInput->setObjectName(u"addModalInputButton"_s);
    auto *removeInput = new QPushButton(tr("Remove"), m_modalButtons);
    removeInput->setObjectName(u"removeModalInputButton"_s);
    buttons->addWidget(addInput);
    buttons->addWidget(removeInput);
    buttons->addStretch();

    m_form->addRow(tr("Answer"), m_kind);
    m_form->addRow(tr("Message"), m_text);
    m_form->addRow(tr("View"), m_view);
    m_form->addRow(tr("When"), m_delayMode);
    m_form->addRow(tr("After"), m_delaySeconds);
    m_form->addRow(tr("Option"), m_delayOption);
    m_form->addRow(tr("Method"), m_restMethod);
    m_form->addRow(tr("Route"), m_restRoute);
    m_form->addRow(tr("Body"), m_restBodyEdit);
    m_form->addRow(QString(), m_restBodyError);
    m_form->addRow(QString(), m_ephemeral);
    m_form->addRow(tr("Title"), m_modalTitle);
    m_form->addRow(tr("Custom id"), m_modalCustomId);
    m_form->addRow(tr("Inputs"), m_modalInputs);
    m_form->addRow(QString(), m_modalButtons);
    m_form->addRow(m_problems);

    connect(m_kind, &QComboBox::activated, this, [this] {
        updateRows();
        emitEdit(u"kind"_s);
    });
    connect(m_text, &QLineEdit::textEdited, this, [this] { emitEdit(u"text"_s); });
    connect(m_ephemeral, &QCheckBox::toggled, this, [this] { emitEdit(u"ephemeral"_s); });
    connect(m_view, &QComboBox::activated, this, [this] { emitEdit(u"view"_s); });
    connect(m_delayMode, &QComboBox::activated, this, [this] {
        updateRows();
        emitEdit(u"delayMode"_s);
    });
    connect(m_delaySeconds, &QSpinBox::valueChanged, this, [this] { emitEdit(u"delay"_s); });
    connect(m_delayOption, &QComboBox::activated, this, [this] { emitEdit(u"delayOption"_s); });
    connect(m_restMethod, &QComboBox::activated, this, [this] { emitEdit(u"restMethod"_s); });
    connect(m_restRoute, &QLineEdit::textEdited, this, [this] { emitEdit(u"restRoute"_s); });
    connect(m_restBodyEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && parseRestBody())
            emitEdit(u"restBody"_s);
    });
    connect(m_modalTitle, &QLineEdit::textEdited, this, [this] { emitEdit(u"modalTitle"_s); });
    connect(m_modalCustomId, &QLineEdit::textEdited, this, [this] { emitEdit(u"modalCustomId"_s); });
    connect(m_modalInputs, &QTableWidget::itemChanged, this, [this] { emitEdit(u"modalInputs"_s); });
    connect(addInput, &QPushButton::clicked, this, [this] {
        const int row = m_modalInputs->rowCount();
        m_updating = true;
        m_modalInputs->insertRow(row);
        m_modalInputs->setItem(row, 0, new QTableWidgetItem(u"input%1"_s.arg(row + 1)));
        m_modalInputs->setItem(row, 1, new QTableWidgetItem(tr("Answer")));
        m_modalInputs->setItem(row, 2, checkItem(false));
        m_modalInputs->setItem(row, 3, checkItem(true));
        m_updating = false;
        emitEdit(QString());
    });
    connect(removeInput, &QPushButton::clicked, this, [this] {
        const int row = m_modalInputs->currentRow();
        if (row < 0)
            return;
        m_modalInputs->removeRow(row);
        emitEdit(QString());
    });
    updateRows();
}

CommandResponseEditor::~CommandResponseEditor() = default;

void CommandResponseEditor::setDesign(const QJsonObject &design, const QJsonArray &options,
                                      const QMap<QString, QJsonObject> &views)
{
    m_updating = true;
    m_views = views;
    QStringList variables {u"{user.mention}"_s, u"{user.name}"_s, u"{user.id}"_s, u"{channel.mention}"_s,
                           u"{channel.id}"_s,   u"{guild.id}"_s,  u"{now}"_s};
    QStringList delayOptions;
    for (const QJsonValue &o : options) {
        const QString name = o.toObject().value(u"name"_s).toString();
        variables.prepend(u"{opt.%1}"_s.arg(name));
        const int type = o.toObject().value(u"type"_s).toInt();
        if (type == 4 || type == 10)
            delayOptions << name;
    }
    std::sort(variables.begin(), variables.begin() + options.size());
    m_restRoute->setVariables(variables);
    if (design.value(u"rest"_s).isObject())
        variables << u"{rest.status}"_s << u"{rest.json.id}"_s << u"{rest.error}"_s;
    m_text->setVariables(variables);

    const QString type = design.value(u"type"_s).toString();
    QString kind = type;
    if (type == u"reply"_s && design.contains(u"view"_s))
        kind = u"view"_s;
    setComboData(m_kind, kind);

    QString text;
    if (type == u"reply"_s)
        text = replyText(design.value(u"reply"_s));
    else if (type == u"defer"_s)
        text = replyText(design.value(u"then"_s).toObject().value(u"reply"_s));
    if (m_text->text() != text)
        m_text->setText(text);
    m_ephemeral->setChecked(design.value(u"ephemeral"_s).toBool());

    m_view->clear();
    m_view->addItem(tr("(choose a view)"), QString());
    for (auto it = views.cbegin(); it != views.cend(); ++it)
        m_view->addItem(it.key(), it.key());
    const QString viewName = design.value(u"view"_s).toString();
    if (!viewName.isEmpty() && m_view->findData(viewName) < 0)
        m_view->addItem(tr("%1 (missing)").arg(viewName), viewName);
    setComboData(m_view, viewName);

    const QString delayOption = design.value(u"delay_option"_s).toString();
    const bool afterRest = design.value(u"rest"_s).isObject();
    setComboData(m_delayMode, afterRest ? u"rest"_s : delayOption.isEmpty() ? u"fixed"_s : u"option"_s);
    m_thenExtra = design.value(u"then"_s).toObject();
    m_thenExtra.remove(u"type"_s);
    m_thenExtra.remove(u"reply"_s);
    const QJsonObject rest = design.value(u"rest"_s).toObject();
    setComboData(m_restMethod, rest.value(u"method"_s).toString(u"POST"_s).toUpper());
    if (m_restRoute->text() != rest.value(u"route"_s).toString())
        m_restRoute->setText(rest.value(u"route"_s).toString());
    const QJsonValue body = rest.value(u"body"_s);
    parseRestBody();
    if (body != m_restBody) { // (left alone while it matches, so typing keeps the cursor)
        m_restBodyEdit->setPlainText(
            body.isObject()
                ? QString::fromUtf8(QJsonDocument(body.toObject()).toJson(QJsonDocument::Indented))
                : body.isArray()
                ? QString::fromUtf8(QJsonDocument(body.toArray()).toJson(QJsonDocument::Indented))
                : QString());
        parseRestBody();
    }
    m_delaySeconds->setValue(int(design.value(u"delay_ms"_s).toInteger(0) / 1000));
    m_delayOption->clear();
    for (const QString &name : std::as_const(delayOptions))
        m_delayOption->addItem(name, name);
    if (!delayOption.isEmpty() && m_delayOption->findData(delayOption) < 0)
        m_delayOption->addItem(delayOption, delayOption);
    setComboData(m_delayOption, delayOption);

    const QJsonObject modal = design.value(u"modal"_s).toObject();
    if (m_modalTitle->text() != modal.value(u"title"_s).toString())
        m_modalTitle->setText(modal.value(u"title"_s).toString());
    if (m_modalCustomId->text() != modal.value(u"custom_id"_s).toString())
        m_modalCustomId->setText(modal.value(u"custom_id"_s).toString());
    QList<QJsonObject> inputs;
    for (const QJsonValue &row : modal.value(u"components"_s).toArray()) {
        for (const QJsonValue &c : row.toObject().value(u"components"_s).toArray())
            inputs.append(c.toObject());
    }
    if (modalComponents().size() != inputs.size()
        || modalComponents() != modal.value(u"components"_s).toArray()) {
        m_modalInputs->setRowCount(0);
        for (const QJsonObject &input : std::as_const(inputs)) {
            const int row = m_modalInputs->rowCount();
            m_modalInputs->insertRow(row);
            m_modalInputs->setItem(row, 0, new QTableWidgetItem(input.value(u"custom_id"_s).toString()));
            m_modalInputs->setItem(row, 1, new QTableWidgetItem(input.value(u"label"_s).toString()));
            m_modalInputs->setItem(row, 2, checkItem(input.value(u"style"_s).toInt(1) == 2));
            m_modalInputs->setItem(row, 3, checkItem(input.value(u"required"_s).toBool(true)));
        }
    }
    updateRows();
    m_updating = false;
}

QJsonArray CommandResponseEditor::modalComponents() const
{
    QJsonArray rows;
    for (int row = 0; row < m_modalInputs->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_modalInputs->item(row, column);
            return item ? item->text() : QString();
        };
        auto checked = [&](int column) {
            const QTableWidgetItem *item = m_modalInputs->item(row, column);
            return item && item->checkState() == Qt::Checked;
        };
        const QJsonObject input {{u"type"_s, 4},
                                 {u"custom_id"_s, text(0)},
                                 {u"label"_s, text(1)},
                                 {u"style"_s, checked(2) ? 2 : 1},
                                 {u"required"_s, checked(3)}};
        rows.append(QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {input}}});
    }
    return rows;
}

QJsonObject CommandResponseEditor::design() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject design;
    if (kind.isEmpty())
        return design;
    if (kind == u"reply"_s) {
        design = {{u"type"_s, u"reply"_s}, {u"reply"_s, m_text->text()}};
    } else if (kind == u"view"_s) {
        const QString name = m_view->currentData().toString();
        const QJsonObject payload = m_views.value(name);
        QJsonObject reply;
        for (const QString &key : {u"content"_s, u"embeds"_s, u"components"_s}) {
            if (payload.contains(key))
                reply.insert(key, payload.value(key));
        }
        design = {{u"type"_s, u"reply"_s}, {u"view"_s, name}, {u"reply"_s, reply}};
    } else if (kind == u"defer"_s) {
        design = {{u"type"_s, u"defer"_s},
                  {u"then"_s, QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, m_text->text()}}}};
        QJsonObject then = m_thenExtra;
        then.insert(u"type"_s, u"reply"_s);
        then.insert(u"reply"_s, m_text->text());
        design.insert(u"then"_s, then);
        const QString mode = m_delayMode->currentData().toString();
        if (mode == u"rest"_s) {
            QJsonObject rest {{u"method"_s, m_restMethod->currentData().toString()},
                              {u"route"_s, m_restRoute->text().trimmed()}};
            if (m_restBody.isObject() || m_restBody.isArray())
                rest.insert(u"body"_s, m_restBody);
            design.insert(u"rest"_s, rest);
        } else if (mode == u"option"_s) {
            design.insert(u"delay_option"_s, m_delayOption->currentData().toString());
        } else {
            design.insert(u"delay_ms"_s, qint64(m_delaySeconds->value()) * 1000);
        }
    } else if (kind == u"modal"_s) {
        design = {{u"type"_s, u"modal"_s},
                  {u"modal"_s,
                   QJsonObject {{u"title"_s, m_modalTitle->text()},
                                {u"custom_id"_s, m_modalCustomId->text()},
                                {u"components"_s, modalComponents()}}}};
    }
    if (kind != u"modal"_s && m_ephemeral->isChecked())
        design.insert(u"ephemeral"_s, true);
    return design;
}

bool CommandResponseEditor::parseRestBody()
{
    const QByteArray text = m_restBodyEdit->toPlainText().trimmed().toUtf8();
    QString error;
    if (text.isEmpty()) {
        m_restBody = QJsonValue(QJsonValue::Undefined);
    } else {
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
        if (parse.error != QJsonParseError::NoError)
            error = tr("Not JSON: %1 at character %2.").arg(parse.errorString()).arg(parse.offset);
        else if (doc.isObject())
            m_restBody = doc.object();
        else
            m_restBody = doc.array();
    }
    m_restBodyError->setText(error);
    m_restBodyError->setVisible(!error.isEmpty() && m_restBodyEdit->isVisibleTo(this));
    return error.isEmpty();
}

void CommandResponseEditor::setProblems(const QStringList &messages)
{
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
}

void CommandResponseEditor::emitEdit(const QString &field)
{
    if (m_updating)
        return;
    Q_EMIT edited(design(), field);
}

void CommandResponseEditor::updateRows()
{
    const QString kind = m_kind->currentData().toString();
    const bool defer = kind == u"defer"_s;
    const bool fromOption = m_delayMode->currentData().toString() == u"option"_s;
    const bool afterRest = m_delayMode->currentData().toString() == u"rest"_s;
    const bool modal = kind == u"modal"_s;
    m_form->setRowVisible(m_text, kind == u"reply"_s || defer);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_text)))
        label->setText(defer ? tr("Follow-up") : tr("Message"));
    m_form->setRowVisible(m_view, kind == u"view"_s);
    m_form->setRowVisible(m_delayMode, defer);
    m_form->setRowVisible(m_delaySeconds, defer && !fromOption && !afterRest);
    m_form->setRowVisible(m_delayOption, defer && fromOption);
    m_form->setRowVisible(m_restMethod, defer && afterRest);
    m_form->setRowVisible(m_restRoute, defer && afterRest);
    m_form->setRowVisible(m_restBodyEdit, defer && afterRest);
    m_form->setRowVisible(m_restBodyError, defer && afterRest && !m_restBodyError->text().isEmpty());
    m_form->setRowVisible(m_ephemeral, !kind.isEmpty() && !modal);
    m_form->setRowVisible(m_modalTitle, modal);
    m_form->setRowVisible(m_modalCustomId, modal);
    m_form->setRowVisible(m_modalInputs, modal);
    m_form->setRowVisible(m_modalButtons, modal);
}

} // namespace bw::gui::commands
