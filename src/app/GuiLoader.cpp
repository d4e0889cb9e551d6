#include "app/GuiLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace bw::app {

namespace {

QString executableDir(const char *argv0)
{
    // /proc/self/exe is exact on Linux; argv[0] is the fallback elsewhere.
    QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

QStringList candidates(const char *argv0)
{
    const QString name = QStringLiteral("botwright-gui.so");
    const QString dir = executableDir(argv0);
    QStringList paths;
    if (const QString env = qEnvironmentVariable("BOTWRIGHT_GUI_MODULE"); !env.isEmpty())
        paths.append(env);
    paths.append(dir + QLatin1Char('/') + name); // build tree: beside the executable
    paths.append(QDir::cleanPath(dir + QLatin1Char('/') + QStringLiteral(BOTWRIGHT_GUI_MODULE_DIR_FROM_BIN)
                                 + QLatin1Char('/') + name)); // installed
    return paths;
}

} // namespace

int runGuiModule(int &argc, char **argv, const CommandLine &options)
{
    QStringList tried;
    for (const QString &path : candidates(argv[0])) {
        if (!QFileInfo::exists(path)) {
            tried.append(path);
            continue;
        }
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        const auto entry = reinterpret_cast<GuiEntry>(library.resolve(kGuiEntryName));
        if (!entry) {
            std::fprintf(stderr, "botwright: cannot load the GUI from %s: %s\n", qUtf8Printable(path),
                         qUtf8Printable(library.errorString()));
            return 1;
        }
        return entry(&argc, argv, &options);
    }
    std::fprintf(stderr, "botwright: the GUI module botwright-gui.so was not found (looked in %s)\n",
                 qUtf8Printable(tried.join(QStringLiteral(", "))));
    return 1;
}

} // namespace bw::app
