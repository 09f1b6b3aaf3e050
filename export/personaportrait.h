#pragma once

#include <QImage>

namespace blauwdruk {

struct Persona;

// A persona's picture as a round portrait: the stored photo, cropped to a
// circle, or, without one, a generated avatar (initials on a colour chosen
// from the persona's id, so it stays the same everywhere).
class PersonaPortrait {
public:
    // A square ARGB image of `size` × `size` pixels.
    static QImage render(const Persona &persona, int size);
    // Up to two initials of a name ("Samira El Amrani" -> "SE").
    static QString initials(const QString &name);
};

} // namespace blauwdruk
