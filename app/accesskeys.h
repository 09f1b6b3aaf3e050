#pragma once

class QMenuBar;

namespace blauwdruk {

// Alt letters (access keys) in the menus: each entry its own, in every
// language. The translations give most entries theirs; an entry that has
// none, or one an entry above it has already, gets a free letter of its
// text instead: the first letter of a word if one is free, else any. An
// entry in two menus (Review Mode) keeps the letter its first menu gave it.
// Open Recent lists files and is left alone.
class AccessKeys {
public:
    // Once, now.
    static void makeUnique(QMenuBar *bar);
    // Now, and again as each menu opens. Run once the menus are built.
    static void keepUnique(QMenuBar *bar);
};

} // namespace blauwdruk
