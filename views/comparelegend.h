#pragma once

#include <QWidget>

namespace blauwdruk {

// The key to the compare view's connectors and marks: a sample of each line
// style and of the dashed "only in one journey" outline, with their names.
// One row when there is room, else as many as it takes: it never makes the
// window wider than its widest entry.
class CompareLegend : public QWidget {
    Q_OBJECT
public:
    explicit CompareLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kOutline = -1;
    struct Entry {
        int sample; // a connector of that origin; kOutline: the dashed outline
        QString text;
    };
    QList<Entry> entries() const;
    int entryWidth(const Entry &entry) const;
    int rowHeight() const;
    // Where each entry goes when the legend is `width` wide.
    QList<QPoint> flow(int width) const;
};

} // namespace blauwdruk
