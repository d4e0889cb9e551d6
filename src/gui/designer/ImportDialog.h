#pragma once
// ImportDialog: paste or open a message JSON for the designer; the JSON is checked before the dialog
// accepts, and a refusal names the JSON path (or line and column) and the reason.

#include "gui/designer/MessageJson.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DesignerImportDialog;
}

namespace bw::gui::designer {

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setJson(const QString &text);
    /// The parsed message once the dialog was accepted.
    const ImportedMessage &imported() const { return m_imported; }
    QString errorText() const;

    void accept() override;

private:
    void openFile();

    std::unique_ptr<Ui::DesignerImportDialog> m_ui;
    ImportedMessage m_imported;
};

} // namespace bw::gui::designer
