#pragma once

#include <QWidget>

namespace blauwdruk {

// One line of text that gives way when space is short: it asks for its
// whole width but can shrink to a few characters, and then ends in "…"
// with the whole text in its tooltip. For the session bar, where a long
// title or message must never push the timer off the screen or wrap into
// a column.
class ElidedLabel : public QWidget {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return mText; }
    // True when the text does not fit and ends in "…".
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize wholeSize() const;
    void updateToolTip();

    QString mText;
};

} // namespace blauwdruk
