#pragma once

#include <QPlainTextEdit>

namespace blauwdruk {

// The card being typed in quick capture (QuickCaptureTool), laid over the
// canvas in its cell: large type, and the colour and icon of the kind its
// prefix chooses, live ("!" pain point, "+" opportunity, "?" question).
// It only reports the keys that end or move it; the tool decides.
class CaptureDraft : public QPlainTextEdit {
    Q_OBJECT
public:
    // How typing in the draft ended.
    enum class Finish {
        Add,          // Enter: add, and open the next draft in the cell
        NextCell,     // Tab: add if typed, and go on to the next cell
        PreviousCell, // Shift+Tab
        Drop,         // Esc: forget the draft
        Leave,        // the keyboard went elsewhere: add if typed, stop
    };
    // The typed text read as a card: its kind (by prefix, else "note") and
    // its title without the prefix and the space after it.
    // A last word "@Name" is the card's owner (a parking lot's "who
    // finds out"), kept out of the title.
    struct Parsed {
        QString kind;
        QString title;
        QString owner;
    };
    static Parsed parse(const QString &text);

    explicit CaptureDraft(QWidget *parent = nullptr);

    QString kind() const { return mKind; }
    // Starts over, empty (or with `text`), for the next card.
    void restart(const QString &text = QString());

signals:
    void finished(CaptureDraft::Finish how);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void followKind();

    QString mKind;
};

} // namespace blauwdruk
