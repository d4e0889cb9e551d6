#pragma once
// ModalDialog: a bot's modal (interaction response type 9) as a dialog with its text inputs; accepting it
// yields the values a MODAL_SUBMIT carries ({custom_id: value}).

#include <QDialog>
#include <QHash>
#include <QJsonObject>

namespace bw::gui {

class ModalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModalDialog)

public:
    explicit ModalDialog(const QJsonObject &modal, QWidget *parent = nullptr);

    QJsonObject values() const;
    QString customId() const { return m_customId; }

private:
    void validate();

    QString m_customId;
    QHash<QString, QWidget *> m_inputs; // custom_id -> QLineEdit or QPlainTextEdit
    QHash<QString, bool> m_required;
    class QPushButton *m_submit = nullptr;
};

} // namespace bw::gui
