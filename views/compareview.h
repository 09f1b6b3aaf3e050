#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace blauwdruk {

class CompareCanvas;
class CompareLegend;
class Document;

// "Ideal against current": a persona's current journey above its ideal
// journey, steps aligned (by title, or by hand: the pairs are stored on the
// ideal journey's steps), with what exists in only one of them marked. Two
// lists choose the journeys; a line sums up the alignment.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);
    // Shows `persona`; empty journey ids pick JourneyAlignment::journeysOf().
    CompareView(Document *document, const QString &persona, const QString &currentJourney = {},
                const QString &idealJourney = {}, QWidget *parent = nullptr);

    Document *document() const;
    // A new document (or none); the persona is kept when it is in it.
    void setDocument(Document *document);
    void setPersona(const QString &persona, const QString &currentJourney = {},
                    const QString &idealJourney = {});
    // Both must be journeys of the persona; an empty id keeps the choice.
    void setJourneys(const QString &currentJourney, const QString &idealJourney);

    QString persona() const { return mPersona; }
    QString currentJourney() const;
    QString idealJourney() const;
    QString summary() const;

    CompareCanvas *canvas() const { return mCanvas; }

signals:
    // The shown journeys changed (by the lists or a setter).
    void journeysChanged(const QString &currentJourney, const QString &idealJourney);
    // Double-click or Enter on a step: show it in its journey's blueprint.
    void stepActivated(const QString &journey, const QString &step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const blauwdruk::Changes &changes);
    // Fills both lists with the persona's journeys, keeping or choosing the
    // shown ones, and hands them to the canvas.
    void refill(const QString &current, const QString &ideal);
    void fillCombo(QComboBox *combo, const QString &kind, const QString &choice);
    void onComboChosen();
    void updateSummary();
    void retranslate();

    QPointer<Document> mDocument;
    QString mPersona;
    QLabel *mPersonaLabel = nullptr;
    QLabel *mCurrentLabel = nullptr;
    QLabel *mIdealLabel = nullptr;
    QComboBox *mCurrentCombo = nullptr;
    QComboBox *mIdealCombo = nullptr;
    QCheckBox *mShowCards = nullptr;
    QLabel *mSummary = nullptr;
    CompareLegend *mLegend = nullptr;
    CompareCanvas *mCanvas = nullptr;
    bool mFilling = false;
};

} // namespace blauwdruk
