#pragma once
// GuiLoader: finds and loads the botwright-gui module and runs the desktop GUI from it, so that the
// executable itself never links Qt Widgets.

#include "app/CommandLine.h"

namespace bw::app {

/// The entry point the module exports (extern "C", so it can be resolved by name).
using GuiEntry = int (*)(int *argc, char **argv, const CommandLine *options);
inline constexpr const char *kGuiEntryName = "botwright_gui_main";

/// Loads the module and runs the GUI; returns its exit code, or 1 with a message on stderr when the
/// module cannot be found or loaded.
int runGuiModule(int &argc, char **argv, const CommandLine &options);

} // namespace bw::app
