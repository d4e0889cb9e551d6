#include "gui/sandbox/ModalDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {
QString textOf(QWidget *w)
{
    if (auto *l = qobject_cast<QLineEdit *>(w))
        return l->text();
    if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        return p->toPlainText();
    return {};
}
} // namespace

ModalDialog::ModalDialog(const QJsonObject &modal, QWidget *parent)
    : QDialog(parent), m_customId(modal.value(u"custom_id"_s).toString())
{
    setObjectName(u"modalDialog"_s);
    setWindowTitle(modal.value(u"title"_s).toString());
    setStyleSheet(
        u"QDialog { background-color:#313338; } QLabel { color:#b5bac1; font-weight:bold; font-size:12px; }"
        " QLineEdit, QPlainTextEdit { background-color:#1e1f22; color:#dbdee1; border:none;"
        " border-radius:3px; padding:8px; font-size:14px; }"_s);
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(16, 16, 16, 16);
    v->setSpacing(8);
    auto *title = new QLabel(modal.value(u"title"_s).toString().toHtmlEscaped(), this);
    title->setStyleSheet(u"color:#f2f3f5; font-size:20px; font-weight:bold;"_s);
    v->addWidget(title);
    for (const QJsonValue &rv : modal.value(u"components"_s).toArray()) {
        const QJsonObject row = rv.toObject();
        const QJsonArray inner
            = row.value(u"type"_s).toInt() == 1 ? row.value(u"components"_s).toArray() : QJsonArray {row};
        for (const QJsonValue &cv : inner) {
            const QJsonObject c = cv.toObject();
            if (c.value(u"type"_s).toInt() != 4)
                continue;
            const QString id = c.value(u"custom_id"_s).toString();
            const bool required = c.value(u"required"_s).toBool(true);
            auto *label = new QLabel(
                QString(c.value(u"label"_s).toString().toUpper() + (required ? u" *"_s : QString()))
                    .toHtmlEscaped(),
                this);
            v->addWidget(label);
            QWidget *input;
            if (c.value(u"style"_s).toInt(1) == 2) {
                auto *p = new QPlainTextEdit(this);
                p->setPlaceholderText(c.value(u"placeholder"_s).toString());
                p->setPlainText(c.value(u"value"_s).toString());
                p->setMinimumHeight(90);
                connect(p, &QPlainTextEdit::textChanged, this, &ModalDialog::validate);
                input = p;
            } else {
                auto *l = new QLineEdit(this);
                l->setPlaceholderText(c.value(u"placeholder"_s).toString());
                l->setText(c.value(u"value"_s).toString());
                if (c.contains(u"max_length"_s))
                    l->setMaxLength(c.value(u"max_length"_s).toInt());
                connect(l, &QLineEdit::textChanged, this, &ModalDialog::validate);
                input = l;
            }
            input->setObjectName(u"input:"_s + id);
            input->setAccessibleName(c.value(u"label"_s).toString());
            label->setBuddy(input);
            v->addWidget(input);
            m_inputs.insert(id, input);
            m_required.insert(id, required);
        }
    }
    auto *buttons = new QDialogButtonBox(this);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"modalCancel"_s);
    cancel->setStyleSheet(u"background:transparent; color:#dbdee1; border:none; padding:8px 16px;"_s);
    m_submit = buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"modalSubmit"_s);
    m_submit->setStyleSheet(
        u"QPushButton { background-color:#5865f2; color:white; border:none; border-radius:3px;"
        " padding:8px 20px; } QPushButton:disabled { background-color:#3c4270; color:#a0a3a8; }"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(440, sizeHint().height());
    validate();
}

QJsonObject ModalDialog::values() const
{
    QJsonObject o;
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it)
        o.insert(it.key(), textOf(it.value()));
    return o;
}

void ModalDialog::validate()
{
    bool ok = true;
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        if (m_required.value(it.key()) && textOf(it.value()).trimmed().isEmpty())
            ok = false;
    }
    m_submit->setEnabled(ok);
}

} // namespace bw::gui
