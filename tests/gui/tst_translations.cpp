// Translations: the German catalogue is compiled into the app and installed when German is chosen;
// English needs none.
#include "GuiTestSupport.h"
#include "gui/AppSettings.h"
#include "gui/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsEmbedded();
    void germanIsInstalledWhenChosen();

private:
    bw::test::GuiTestEnvironment m_env;
};

void TestTranslations::catalogueIsEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/botwright_de.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/botwright_en.qm"_s));
}

void TestTranslations::germanIsInstalledWhenChosen()
{
    bw::gui::AppSettings settings;
    settings.language = u"de"_s;
    settings.save();
    QCOMPARE(bw::gui::uiLocale().language(), QLocale::German);

    QVERIFY(bw::gui::installTranslators(*QCoreApplication::instance()));
    QCOMPARE(QCoreApplication::translate("bw::gui::MainWindow", "Event Log"), u"Ereignisprotokoll"_s);
    QCOMPARE(QCoreApplication::translate("bw::gui::PlaceholderPanel", "Coming in a later version"),
             u"Kommt in einer späteren Version"_s);
    QCOMPARE(QCoreApplication::translate("bw::BotState", "Running"), u"Läuft"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
