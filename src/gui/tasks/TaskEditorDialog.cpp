#include "gui/tasks/TaskEditorDialog.h"

#include "bot/tasks/TaskSpec.h"
#include "ui_TaskEditorDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {

const char *const kInvalidStyle = "border: 1px solid #d03030;";

struct ActionType
{
    const char *key;
    const char *text;
};

constexpr ActionType kActionTypes[] = {
    {"send", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Send a message")},
    {"send_view", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Send a designed view")},
    {"edit", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Edit a message")},
    {"add_role", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Add a role")},
    {"remove_role", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Remove a role")},
    {"presence", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Set the presence")},
    {"rest", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "Call a REST route")},
    {"sequence", QT_TRANSLATE_NOOP("bw::gui::TaskEditorDialog", "A sequence of actions")},
};

/// "09:00, 17:30 18:00" → ["09:00", "17:30", "18:00"].
QJsonArray timesFrom(const QString &text)
{
    QJsonArray out;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out.append(part);
    return out;
}

} // namespace

TaskEditorDialog::TaskEditorDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TaskEditorDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"taskEditorDialog"_s);

    m_ui->scheduleKindCombo->addItem(tr("Every …"), u"interval"_s);
    m_ui->scheduleKindCombo->addItem(tr("At times of day"), u"times"_s);
    m_ui->unitCombo->addItem(tr("seconds"), u"s"_s);
    m_ui->unitCombo->addItem(tr("minutes"), u"min"_s);
    m_ui->unitCombo->addItem(tr("hours"), u"h"_s);
    m_ui->countSpin->setSpecialValueText(tr("forever"));
    m_ui->countSpin->setSuffix(tr(" runs"));

    // Every IANA zone, UTC first; typing filters (the combo is editable with inline completion).
    m_ui->timeZoneCombo->addItem(u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    }
    m_ui->timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->timeZoneCombo->setCurrentIndex(0);

    for (const ActionType &type : kActionTypes)
        m_ui->actionTypeCombo->addItem(tr(type.text), QString::fromLatin1(type.key));
    for (const QString &status : {u"online"_s, u"idle"_s, u"dnd"_s, u"invisible"_s})
        m_ui->statusCombo->addItem(status, status);
    const QStringList activities = {tr("Playing"),  tr("Streaming"), tr("Listening to"),
                                    tr("Watching"), tr("Custom"),    tr("Competing in")};
    for (int i = 0; i < activities.size(); ++i)
        m_ui->activityTypeCombo->addItem(activities.at(i), i);
    for (const char *method : {"POST", "GET", "PUT", "PATCH", "DELETE"})
        m_ui->methodCombo->addItem(QString::fromLatin1(method));
    m_ui->channelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->guildCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->viewCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->channelCombo->lineEdit()->setPlaceholderText(tr("#channel or id"));
    m_ui->guildCombo->lineEdit()->setPlaceholderText(tr("guild id"));
    m_ui->errorLabel->setStyleSheet(u"color: #d03030;"_s);

    const auto changed = [this] { validate(); };
    const auto rows = [this] {
        updateRows();
        validate();
    };
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->scheduleKindCombo, &QComboBox::currentIndexChanged, this, rows);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->timesEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->actionTypeCombo, &QComboBox::currentIndexChanged, this, rows);
    for (QComboBox *combo : {m_ui->channelCombo, m_ui->viewCombo, m_ui->guildCombo, m_ui->statusCombo,
                             m_ui->activityTypeCombo, m_ui->methodCombo})
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    for (QLineEdit *edit :
         {m_ui->messageIdEdit, m_ui->userEdit, m_ui->roleEdit, m_ui->activityNameEdit, m_ui->pathEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit *edit : {m_ui->messageEdit, m_ui->bodyEdit, m_ui->stepsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QCheckBox *box : {m_ui->waitReadyCheck, m_ui->catchUpCheck, m_ui->retryNetworkCheck,
                           m_ui->retryGatewayCheck, m_ui->retryServerCheck, m_ui->retryRateLimitCheck})
        connect(box, &QCheckBox::toggled, this, changed);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_error.isEmpty())
            Q_EMIT submitted();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setWindowTitle(tr("New Task"));
    m_ui->nameEdit->setFocus();
    updateRows();
    validate();
}

TaskEditorDialog::~TaskEditorDialog() = default;

void TaskEditorDialog::setGuilds(const QList<GuildInfo> &guilds)
{
    const QString channel = comboValue(m_ui->channelCombo);
    const QString guild = comboValue(m_ui->guildCombo);
    m_ui->channelCombo->clear();
    m_ui->guildCombo->clear();
    for (const GuildInfo &g : guilds) {
        m_ui->guildCombo->addItem(g.name.isEmpty() ? g.id : g.name, g.id);
        for (const ChannelInfo &c : g.channels) {
            if (c.type == 0 || c.type == 5) // text and announcement channels
                m_ui->channelCombo->addItem(
                    guilds.size() > 1 ? u"#%1 (%2)"_s.arg(c.name, g.name) : u"#"_s + c.name, c.id);
        }
    }
    setComboValue(m_ui->channelCombo, channel);
    setComboValue(m_ui->guildCombo, guild);
}

void TaskEditorDialog::setViewNames(const QStringList &names)
{
    const QString view = m_ui->viewCombo->currentText();
    m_ui->viewCombo->clear();
    for (const QString &name : names)
        m_ui->viewCombo->addItem(name, name);
    m_ui->viewCombo->setEditText(view);
    if (view.isEmpty() && !names.isEmpty())
        m_ui->viewCombo->setCurrentIndex(0);
}

void TaskEditorDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
    validate();
}

QString TaskEditorDialog::comboValue(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    if (index >= 0 && !combo->itemData(index).toString().isEmpty())
        return combo->itemData(index).toString();
    if (text.startsWith(u'#')) { // "#support" typed: the first channel of that name
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i) == text || combo->itemText(i).startsWith(text + u" ("_s))
                return combo->itemData(i).toString();
        }
    }
    return text;
}

void TaskEditorDialog::setComboValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(value);
}

void TaskEditorDialog::setTask(const QString &name, const QJsonObject &spec)
{
    m_original = spec;
    setWindowTitle(tr("Edit Task “%1”").arg(name));
    m_ui->nameEdit->setText(name);

    const QJsonObject schedule = spec.value(u"schedule"_s).toObject();
    if (schedule.contains(u"times"_s)) {
        m_ui->scheduleKindCombo->setCurrentIndex(1);
        QStringList times;
        for (const QJsonValue &t : schedule.value(u"times"_s).toArray())
            times.append(t.toString());
        m_ui->timesEdit->setText(times.join(u", "_s));
        const QString zone = schedule.value(u"timeZone"_s).toString(u"UTC"_s);
        const int index = m_ui->timeZoneCombo->findText(zone);
        if (index >= 0)
            m_ui->timeZoneCombo->setCurrentIndex(index);
        else
            m_ui->timeZoneCombo->setEditText(zone);
    } else {
        m_ui->scheduleKindCombo->setCurrentIndex(0);
        m_ui->intervalSpin->setValue(int(schedule.value(u"every"_s).toDouble(30)));
        const int unit = m_ui->unitCombo->findData(schedule.value(u"unit"_s).toString(u"s"_s));
        m_ui->unitCombo->setCurrentIndex(std::max(unit, 0));
    }
    m_ui->countSpin->setValue(spec.value(u"count"_s).toInt(0));
    m_ui->waitReadyCheck->setChecked(spec.value(u"waitUntilReady"_s).toBool(true));
    m_ui->catchUpCheck->setChecked(spec.value(u"catchUp"_s).toBool(false));
    const QJsonObject retry = spec.value(u"retry"_s).toObject();
    m_ui->retryNetworkCheck->setChecked(retry.value(u"network"_s).toBool(true));
    m_ui->retryGatewayCheck->setChecked(retry.value(u"gateway"_s).toBool(true));
    m_ui->retryServerCheck->setChecked(retry.value(u"server"_s).toBool(true));
    m_ui->retryRateLimitCheck->setChecked(retry.value(u"rateLimit"_s).toBool(true));

    const QJsonValue actionValue = spec.value(u"action"_s);
    QJsonObject action = actionValue.isArray()
        ? QJsonObject {{u"type"_s, u"sequence"_s}, {u"steps"_s, actionValue.toArray()}}
        : actionValue.toObject();
    const QString type = action.value(u"type"_s).toString(u"send"_s);
    m_ui->actionTypeCombo->setCurrentIndex(std::max(m_ui->actionTypeCombo->findData(type), 0));
    setComboValue(m_ui->channelCombo, action.value(u"channel"_s).toString());
    if (type == u"send_view"_s)
        m_ui->viewCombo->setEditText(action.value(u"view"_s).toString());
    m_ui->messageIdEdit->setText(action.value(u"message_id"_s).toString());
    const QJsonValue message = action.value(u"message"_s);
    m_ui->messageEdit->setPlainText(message.isObject() ? message.toObject().value(u"content"_s).toString()
                                                       : message.toString());
    setComboValue(m_ui->guildCombo, action.value(u"guild"_s).toString());
    m_ui->userEdit->setText(action.value(u"user"_s).toString());
    m_ui->roleEdit->setText(action.value(u"role"_s).toString());
    m_ui->statusCombo->setCurrentIndex(
        std::max(m_ui->statusCombo->findData(action.value(u"status"_s).toString(u"online"_s)), 0));
    const QJsonObject activity = action.value(u"activity"_s).toObject();
    m_ui->activityTypeCombo->setCurrentIndex(activity.value(u"type"_s).toInt(0));
    m_ui->activityNameEdit->setText(activity.value(u"name"_s).toString());
    m_ui->methodCombo->setCurrentText(action.value(u"method"_s).toString(u"POST"_s).toUpper());
    m_ui->pathEdit->setText(action.value(u"path"_s).toString());
    const QJsonValue body = action.value(u"body"_s);
    m_ui->bodyEdit->setPlainText(body.isObject() ? QString::fromUtf8(QJsonDocument(body.toObject()).toJson())
                                     : body.isArray()
                                     ? QString::fromUtf8(QJsonDocument(body.toArray()).toJson())
                                     : QString());
    m_ui->stepsEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(action.value(u"steps"_s).toArray()).toJson(QJsonDocument::Indented)));
    updateRows();
    validate();
}

QString TaskEditorDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QJsonObject TaskEditorDialog::spec() const
{
    return build().spec;
}

QJsonObject TaskEditorDialog::buildAction() const
{
    const QString type = m_ui->actionTypeCombo->currentData().toString();
    // Keys the form does not show (a message's embeds, a view's state) survive an edit of the same type.
    const QJsonObject original = m_original.value(u"action"_s).toObject();
    QJsonObject a = original.value(u"type"_s).toString() == type ? original : QJsonObject();
    a.insert(u"type"_s, type);
    const auto messageValue = [&]() -> QJsonValue {
        const QString content = m_ui->messageEdit->toPlainText();
        const QJsonValue old = original.value(u"message"_s);
        if (old.isObject() && original.value(u"type"_s).toString() == type) {
            QJsonObject m = old.toObject();
            m.insert(u"content"_s, content);
            return m;
        }
        return content;
    };
    if (type == u"send"_s || type == u"edit"_s || type == u"send_view"_s)
        a.insert(u"channel"_s, comboValue(m_ui->channelCombo));
    if (type == u"send"_s || type == u"edit"_s)
        a.insert(u"message"_s, messageValue());
    if (type == u"edit"_s)
        a.insert(u"message_id"_s, m_ui->messageIdEdit->text().trimmed());
    if (type == u"send_view"_s)
        a.insert(u"view"_s, m_ui->viewCombo->currentText().trimmed());
    if (type == u"add_role"_s || type == u"remove_role"_s) {
        a.insert(u"guild"_s, comboValue(m_ui->guildCombo));
        a.insert(u"user"_s, m_ui->userEdit->text().trimmed());
        a.insert(u"role"_s, m_ui->roleEdit->text().trimmed());
    }
    if (type == u"presence"_s) {
        a.insert(u"status"_s, m_ui->statusCombo->currentData().toString());
        if (m_ui->activityNameEdit->text().isEmpty())
            a.remove(u"activity"_s);
        else
            a.insert(u"activity"_s,
                     QJsonObject {{u"type"_s, m_ui->activityTypeCombo->currentData().toInt()},
                                  {u"name"_s, m_ui->activityNameEdit->text()}});
    }
    if (type == u"rest"_s) {
        a.insert(u"method"_s, m_ui->methodCombo->currentText());
        a.insert(u"path"_s, m_ui->pathEdit->text().trimmed());
        a.remove(u"body"_s);
    }
    return a;
}

TaskEditorDialog::Built TaskEditorDialog::build() const
{
    Built out;
    QJsonObject spec = m_original;
    if (m_ui->scheduleKindCombo->currentData().toString() == u"times"_s)
        spec.insert(u"schedule"_s,
                    QJsonObject {{u"times"_s, timesFrom(m_ui->timesEdit->text())},
                                 {u"timeZone"_s, m_ui->timeZoneCombo->currentText().trimmed()}});
    else
        spec.insert(u"schedule"_s,
                    QJsonObject {{u"every"_s, m_ui->intervalSpin->value()},
                                 {u"unit"_s, m_ui->unitCombo->currentData().toString()}});
    if (m_ui->countSpin->value() > 0)
        spec.insert(u"count"_s, m_ui->countSpin->value());
    else
        spec.remove(u"count"_s);
    spec.insert(u"waitUntilReady"_s, m_ui->waitReadyCheck->isChecked());
    spec.insert(u"catchUp"_s, m_ui->catchUpCheck->isChecked());
    QJsonObject retry = spec.value(u"retry"_s).toObject();
    retry.insert(u"network"_s, m_ui->retryNetworkCheck->isChecked());
    retry.insert(u"gateway"_s, m_ui->retryGatewayCheck->isChecked());
    retry.insert(u"server"_s, m_ui->retryServerCheck->isChecked());
    retry.insert(u"rateLimit"_s, m_ui->retryRateLimitCheck->isChecked());
    spec.insert(u"retry"_s, retry);

    QJsonObject action = buildAction();
    const QString type = action.value(u"type"_s).toString();
    if (type == u"rest"_s) {
        const QString text = m_ui->bodyEdit->toPlainText().trimmed();
        if (!text.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
            if (doc.isNull()) {
                out.spec = spec;
                out.error = tr("not JSON: %1 (at character %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset);
                out.field = m_ui->bodyEdit;
                return out;
            }
            action.insert(u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        }
    }
    if (type == u"sequence"_s) {
        QJsonParseError parseError;
        const QJsonDocument doc
            = QJsonDocument::fromJson(m_ui->stepsEdit->toPlainText().toUtf8(), &parseError);
        if (!doc.isArray()) {
            out.spec = spec;
            out.error = doc.isNull()
                ? tr("not JSON: %1 (at character %2)").arg(parseError.errorString()).arg(parseError.offset)
                : tr("a JSON list of actions, such as [{\"type\": \"send\", …}]");
            out.field = m_ui->stepsEdit;
            return out;
        }
        action.insert(u"steps"_s, doc.array());
    }
    spec.insert(u"action"_s, action);
    out.spec = spec;

    const QString name = this->name();
    if (name.isEmpty()) {
        out.error = tr("give the task a name");
        out.field = m_ui->nameEdit;
        return out;
    }
    if (m_takenNames.contains(name)) {
        out.error = tr("another task is called “%1”").arg(name);
        out.field = m_ui->nameEdit;
        return out;
    }
    auto parsed = tasks::TaskSpec::fromJson(spec);
    if (!parsed) {
        const QString message = parsed.error().message;
        out.field = fieldForPath(message);
        const int colon = message.indexOf(u": "_s);
        out.error = colon > 0 && out.field ? message.mid(colon + 2) : message;
    }
    return out;
}

QWidget *TaskEditorDialog::fieldForPath(const QString &message) const
{
    if (message.startsWith(u"schedule"_s)) {
        if (m_ui->scheduleKindCombo->currentData().toString() != u"times"_s)
            return m_ui->intervalSpin;
        return message.contains(u"time zone"_s) ? static_cast<QWidget *>(m_ui->timeZoneCombo)
                                                : m_ui->timesEdit;
    }
    if (message.startsWith(u"count"_s))
        return m_ui->countSpin;
    if (message.startsWith(u"retry"_s))
        return m_ui->retryGroup;
    if (!message.startsWith(u"action"_s))
        return nullptr;
    if (message.startsWith(u"action.steps"_s))
        return m_ui->stepsEdit;
    const QList<QPair<QString, QWidget *>> fields = {
        {u"action.type"_s, m_ui->actionTypeCombo},
        {u"action.channel"_s, m_ui->channelCombo},
        {u"action.message_id"_s, m_ui->messageIdEdit},
        {u"action.message"_s, m_ui->messageEdit},
        {u"action.view"_s, m_ui->viewCombo},
        {u"action.guild"_s, m_ui->guildCombo},
        {u"action.user"_s, m_ui->userEdit},
        {u"action.role"_s, m_ui->roleEdit},
        {u"action.status"_s, m_ui->statusCombo},
        {u"action.activity"_s, m_ui->activityNameEdit},
        {u"action.method"_s, m_ui->methodCombo},
        {u"action.path"_s, m_ui->pathEdit},
        {u"action.body"_s, m_ui->bodyEdit},
    };
    for (const auto &[prefix, widget] : fields) {
        if (message.startsWith(prefix + u':') || message.startsWith(prefix + u'.'))
            return widget;
    }
    return nullptr;
}

QString TaskEditorDialog::labelFor(QWidget *field) const
{
    if (field == m_ui->retryGroup)
        return m_ui->retryGroup->title();
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == field || (field == m_ui->intervalSpin && label == m_ui->intervalLabel))
            return label->text().remove(u'&').remove(u':');
    }
    return {};
}

void TaskEditorDialog::showError(const QString &message, QWidget *field)
{
    if (m_errorField && m_errorField != field) {
        m_errorField->setStyleSheet(QString());
        m_errorField->setToolTip(QString());
    }
    m_errorField = field;
    m_error = message;
    if (field) {
        field->setStyleSheet(QString::fromLatin1(kInvalidStyle));
        field->setToolTip(message);
    }
    const QString label = field ? labelFor(field) : QString();
    m_ui->errorLabel->setText(message.isEmpty()     ? QString()
                                  : label.isEmpty() ? message
                                                    : label + u": "_s + message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void TaskEditorDialog::validate()
{
    const Built built = build();
    showError(built.error, built.error.isEmpty() ? nullptr : built.field);
}

void TaskEditorDialog::setSaveError(const QString &message)
{
    m_ui->errorLabel->setText(message);
}

void TaskEditorDialog::updateRows()
{
    const bool times = m_ui->scheduleKindCombo->currentData().toString() == u"times"_s;
    m_ui->scheduleForm->setRowVisible(1, !times);
    m_ui->scheduleForm->setRowVisible(m_ui->timesEdit, times);
    m_ui->scheduleForm->setRowVisible(m_ui->timeZoneCombo, times);

    const QString type = m_ui->actionTypeCombo->currentData().toString();
    const bool message = type == u"send"_s || type == u"edit"_s;
    const bool roles = type == u"add_role"_s || type == u"remove_role"_s;
    QFormLayout *form = m_ui->actionForm;
    form->setRowVisible(m_ui->channelCombo, message || type == u"send_view"_s);
    form->setRowVisible(m_ui->viewCombo, type == u"send_view"_s);
    form->setRowVisible(m_ui->messageIdEdit, type == u"edit"_s);
    form->setRowVisible(m_ui->messageEdit, message);
    form->setRowVisible(m_ui->guildCombo, roles);
    form->setRowVisible(m_ui->userEdit, roles);
    form->setRowVisible(m_ui->roleEdit, roles);
    form->setRowVisible(m_ui->statusCombo, type == u"presence"_s);
    form->setRowVisible(m_ui->activityTypeCombo, type == u"presence"_s);
    form->setRowVisible(m_ui->activityNameEdit, type == u"presence"_s);
    form->setRowVisible(m_ui->methodCombo, type == u"rest"_s);
    form->setRowVisible(m_ui->pathEdit, type == u"rest"_s);
    form->setRowVisible(m_ui->bodyEdit, type == u"rest"_s);
    form->setRowVisible(m_ui->stepsEdit, type == u"sequence"_s);
    m_ui->templateHint->setVisible(message || type == u"presence"_s || type == u"rest"_s
                                   || type == u"sequence"_s);
}

} // namespace bw::gui
