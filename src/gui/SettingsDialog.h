#pragma once
// SettingsDialog: edits AppSettings (form in ui/SettingsDialog.ui); OK writes them to QSettings.

#include "gui/AppSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace bw::gui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Shows these values in the form.
    void setSettings(const AppSettings &settings);
    /// The values the form shows now.
    AppSettings settings() const;

    void accept() override;

Q_SIGNALS:
    /// Emitted after OK saved the settings.
    void settingsSaved(const bw::gui::AppSettings &settings);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace bw::gui
