#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace blauwdruk {

class Document;

// The strip above a journey's canvas: whose journey it is, ideal or current,
// its review status, and where it starts and should end. It keeps the group
// holding on to the resident's starting point and goal while they work.
class JourneyBanner : public QWidget {
    Q_OBJECT
public:
    JourneyBanner(Document *document, const QString &journeyId, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // What the two lines say in full (they show elided to fit).
    QString headline() const;
    QString route() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void elide();

    QPointer<Document> mDocument;
    QString mJourney;
    QLabel *mPortrait = nullptr;
    QLabel *mHeadline = nullptr;
    QLabel *mRoute = nullptr;
    QString mHeadlineText; // in full; the labels show them elided to fit
    QString mRouteText;
};

} // namespace blauwdruk
