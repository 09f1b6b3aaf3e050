#pragma once

#include <QCoreApplication>

class QLineEdit;
class QPlainTextEdit;

namespace blauwdruk {

// Stops typing and pasting into an editing widget at the longest text a
// field may hold (limits::kMaxTextLength), so what the field shows is always
// what is saved. Call it before connecting the widget's own change handlers.
class TextLimit {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::TextLimit)
public:
    // By QLineEdit's own maximum length (whose default, 32,767, is lower).
    static void apply(QLineEdit *edit);
    // Cuts what goes beyond the limit as it arrives and says so in a tooltip.
    static void apply(QPlainTextEdit *edit);
    // "A text can hold at most 100,000 characters; the rest was left out."
    static QString cutMessage();
};

} // namespace blauwdruk
