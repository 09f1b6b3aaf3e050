#pragma once

#include <charconv>
#include <cmath>

namespace blauwdruk {

// Appends `value` to `out` (a std::string or QByteArray) with at most two
// decimals and no trailing zeros: "12", "-3.5", "0.25". For SVG and PDF,
// where a hundredth of a unit is finer than any printer or screen.
template <class Out> void appendNumber(Out &out, double value) {
    if (!std::isfinite(value))
        value = 0;
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out.push_back('-');
        hundredths = -hundredths;
    }
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, hundredths / 100).ptr;
    out.append(digits, end - digits);
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out.push_back('.');
        out.push_back(char('0' + fraction / 10));
        if (fraction % 10 != 0)
            out.push_back(char('0' + fraction % 10));
    }
}

} // namespace blauwdruk
