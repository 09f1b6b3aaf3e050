#pragma once

#include "blueprintlayout.h"
#include "exporter.h"
#include "posterlayout.h"
#include "titleblock.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace blauwdruk {

class Document;

// The export dialog's preview: the poster on its paper with the margins, or
// the tiles it is cut into with their labels, redrawn as the options change;
// for the tables, what they will hold.
class ExportPreview : public QWidget {
    Q_OBJECT
public:
    explicit ExportPreview(QWidget *parent = nullptr);

    void show(Document *document, const Exporter *exporter, const ExportOptions &options);
    // What the preview says under the picture ("A0 landscape, 12 pages of A4").
    QString caption() const { return mCaption; }

    QSize sizeHint() const override { return {420, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Lays the picture out and words the caption, once per change of the
    // options; painting only draws what is prepared here.
    void prepare();
    void paintPoster(QPainter &painter, const QRectF &area);
    // The poster drawn at `size` pixels, kept until the size or journey
    // changes: a blueprint of 12,000 cards is drawn once, not at every paint
    // or change of an option that leaves the picture as it is.
    const QImage &posterImage(const QSize &size);

    QPointer<Document> mDocument;
    ExportCapabilities mFormat; // of the chosen format
    ExportOptions mOptions;
    QString mCaption;
    std::optional<BlueprintLayout> mLayout; // the first journey's, for pictures
    QString mLayoutJourney;                 // whose layout mLayout is
    std::optional<TitleBlock> mTitleBlock;
    QImage mPoster;                     // the poster as drawn in the workspace's language
    std::optional<PosterLayout> mPaper; // formats that take paper only
};

} // namespace blauwdruk
