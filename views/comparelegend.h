#pragma once

#include <QWidget>

namespace blauwdruk {

// The key to the compare view's connectors and marks: a sample of each line
// style and of the dashed "only in one journey" outline, with their names.
class CompareLegend : public QWidget {
    Q_OBJECT
public:
    explicit CompareLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry {
        int sample; // 0..2: a connector of that origin; 3: the dashed outline
        QString text;
    };
    QList<Entry> entries() const;
};

} // namespace blauwdruk
