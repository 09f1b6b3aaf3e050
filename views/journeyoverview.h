#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace blauwdruk {

class Document;

// The journeys of the workspace per persona: kind, review status, number of
// steps and open pain points, with the actions that start from a journey.
class JourneyOverview : public QWidget {
    Q_OBJECT
public:
    explicit JourneyOverview(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QTreeWidget *tree() const { return mTree; }
    // The selected journey, or empty (a persona row selects no journey).
    QString selectedJourney() const;
    // The persona of the selected row (a persona or one of its journeys).
    QString selectedPersona() const;
    void selectJourney(const QString &journeyId);

    // Pain point cards of a journey that are not done yet.
    static int openPainPoints(const class Workspace &workspace, const QString &journeyId);

signals:
    void journeyActivated(const QString &journeyId);
    void newJourneyRequested(const QString &personaId);
    void idealVersionRequested(const QString &journeyId);
    void compareRequested(const QString &personaId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void onChanged(const blauwdruk::Changes &changes);
    void updateButtons();

    QPointer<Document> mDocument;
    QLabel *mSummary = nullptr;
    QTreeWidget *mTree = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mIdeal = nullptr;
    QPushButton *mCompare = nullptr;
    bool mStale = false; // changed while hidden
};

} // namespace blauwdruk
