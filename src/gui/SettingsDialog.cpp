#include "gui/SettingsDialog.h"

#include "core/Logging.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bw::gui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    // Language names are shown in their own language, so they are not translated.
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);

    m_ui->previewThemeCombo->addItem(tr("Dark"), QVariant::fromValue(int(AppSettings::PreviewTheme::Dark)));
    m_ui->previewThemeCombo->addItem(tr("Light"), QVariant::fromValue(int(AppSettings::PreviewTheme::Light)));

    m_ui->retentionSpin->setRange(AppSettings::kMinRetentionDays, AppSettings::kMaxRetentionDays);
    m_ui->languageHint->setEnabled(false); // greyed: a hint, not a control

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(AppSettings {}); });

    setSettings(AppSettings::load());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_ui->closeToTrayCheck->setChecked(settings.closeToTray);
    m_ui->startOnLaunchCheck->setChecked(settings.startBotOnLaunch);
    const int languageIndex = m_ui->languageCombo->findData(settings.language);
    m_ui->languageCombo->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    const int themeIndex = m_ui->previewThemeCombo->findData(int(settings.previewTheme));
    m_ui->previewThemeCombo->setCurrentIndex(themeIndex < 0 ? 0 : themeIndex);
    m_ui->retentionSpin->setValue(settings.eventLogRetentionDays);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.closeToTray = m_ui->closeToTrayCheck->isChecked();
    s.startBotOnLaunch = m_ui->startOnLaunchCheck->isChecked();
    s.language = m_ui->languageCombo->currentData().toString();
    s.previewTheme = AppSettings::PreviewTheme(m_ui->previewThemeCombo->currentData().toInt());
    s.eventLogRetentionDays = m_ui->retentionSpin->value();
    return s;
}

void SettingsDialog::accept()
{
    const AppSettings s = settings();
    s.save();
    qCInfo(lcUi) << "settings saved";
    Q_EMIT settingsSaved(s);
    QDialog::accept();
}

} // namespace bw::gui
