// The settings dialog: values set in the form survive OK and come back in a new dialog; Cancel keeps
// the old ones; Restore Defaults resets the form.
#include "GuiTestSupport.h"
#include "gui/AppSettings.h"
#include "gui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using bw::gui::AppSettings;
using bw::gui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_env.clearSettings(); }
    void showsDefaults();
    void roundTripsThroughOk();
    void cancelKeepsOldValues();
    void restoreDefaults();

private:
    bw::test::GuiTestEnvironment m_env;
};

void TestSettingsDialog::showsDefaults()
{
    SettingsDialog dialog;
    QCOMPARE(dialog.settings(), AppSettings {});
    QVERIFY(dialog.findChild<QCheckBox *>(u"closeToTrayCheck"_s)->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>(u"retentionSpin"_s)->value(), 7);
}

void TestSettingsDialog::roundTripsThroughOk()
{
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);

        QTest::mouseClick(dialog.findChild<QCheckBox *>(u"closeToTrayCheck"_s), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QCheckBox *>(u"startOnLaunchCheck"_s), Qt::LeftButton);
        auto *retention = dialog.findChild<QSpinBox *>(u"retentionSpin"_s);
        retention->selectAll();
        QTest::keyClicks(retention, u"90"_s);
        auto *theme = dialog.findChild<QComboBox *>(u"previewThemeCombo"_s);
        theme->setCurrentIndex(theme->findText(u"Light"_s));
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));

        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
    }

    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.closeToTray, false);
    QCOMPARE(loaded.startBotOnLaunch, true);
    QCOMPARE(loaded.eventLogRetentionDays, 90);
    QCOMPARE(loaded.previewTheme, AppSettings::PreviewTheme::Light);
    QCOMPARE(loaded.language, u"de"_s);

    // A new dialog shows what was saved.
    SettingsDialog again;
    QCOMPARE(again.settings(), loaded);
    QCOMPARE(again.findChild<QSpinBox *>(u"retentionSpin"_s)->value(), 90);
    QVERIFY(!again.findChild<QCheckBox *>(u"closeToTrayCheck"_s)->isChecked());
}

void TestSettingsDialog::cancelKeepsOldValues()
{
    AppSettings stored;
    stored.eventLogRetentionDays = 7;
    stored.save();

    SettingsDialog dialog;
    dialog.findChild<QSpinBox *>(u"retentionSpin"_s)->setValue(365);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(AppSettings::load().eventLogRetentionDays, 7);
}

void TestSettingsDialog::restoreDefaults()
{
    AppSettings stored;
    stored.closeToTray = false;
    stored.eventLogRetentionDays = 3;
    stored.save();

    SettingsDialog dialog;
    QCOMPARE(dialog.settings().eventLogRetentionDays, 3);
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QCOMPARE(dialog.settings(), AppSettings {});
    // Nothing is written until OK.
    QCOMPARE(AppSettings::load().eventLogRetentionDays, 3);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
