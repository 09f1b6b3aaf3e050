#pragma once

#include "commandline.h"

namespace blauwdruk {

// `blauwdruk --screenshot OUT.png`: opens the file (or the example) in the
// main window, shows the chosen journey fitted to the window, renders the
// window to a PNG and exits. Never waits for a person: no dialog; any
// failure is one line on stderr and exit code 1.
class Screenshot {
public:
    static int run(const CommandLine::GuiRequest &request);
};

} // namespace blauwdruk
