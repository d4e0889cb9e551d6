#pragma once
// runGui: the desktop application's start-up: data directory, database, profile, main window.

#include "app/CommandLine.h"

namespace bw::app {

int runGui(int &argc, char **argv, const CommandLine &options);

} // namespace bw::app

/// The module's entry point, resolved by GuiLoader.
extern "C" Q_DECL_EXPORT int botwright_gui_main(int *argc, char **argv, const bw::app::CommandLine *options);
