#pragma once

#include "change.h"
#include "entitytype.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace blauwdruk {

class Document;

// Shows and edits the selection's fields: the selected cards (all at once
// when several are selected), else the current cell's step and lane, or
// what the outline chose that has no cell: a stage, a step alone, an arrow.
// Every change is an undoable edit; typing in a field is one undo step.
class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(QWidget *parent = nullptr);

    void setSelection(Document *document, const QStringList &cards, const QString &step,
                      const QString &lane);
    // A lane, a stage or an arrow (EntityType::Lane, ::Stage, ::Connection)
    // with its journey: what the outline's row of one shows.
    void showEntity(Document *document, EntityType type, const QString &id);
    // Keyboard access: focus the first field; Esc hands focus back.
    void focusFirstField();

signals:
    void finished();
    // A card picked from a step's pain points or opportunities, to show on the canvas.
    void cardActivated(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activateLater(const QString &cardId);
    void rebuild();
    void onChanged(const blauwdruk::Changes &changes);
    void addHeading(const QString &text);
    void addCardFields();
    // A warning row when the items' text looks like real personal data.
    void addPrivacyWarning(EntityType type, const QStringList &ids);
    void addStepFields();
    void addLaneFields();
    void addStageFields();
    void addConnectionFields();
    void setDocument(Document *document);
    // What the Inspector shows: cards, else a step and lane, a stage or an arrow.
    struct Subject {
        QStringList cards;
        QString step;
        QString lane;
        QString stage;
        QString connection;
        bool operator==(const Subject &) const = default;
    };
    void showSubject(Document *document, const Subject &subject);
    void keepIfStructureLocked(EntityType type, const QString &id);
    void addJourneyFields(const QString &journey);
    // The step's cards of one kind (pain points, opportunities), with a button to add one.
    void addStepCards(const QString &kind, const QString &label, const QString &addLabel);
    void addEmotion(const QString &step);
    void addPersonaChoice(const QString &journey);
    // Field editors; each writes through Edits::setField.
    void addText(const QString &label, EntityType type, const QStringList &ids,
                 const QString &field, bool multiLine = false);
    // Choices and ranges come from the field's rule (FieldRule, field.h).
    void addChoice(const QString &label, EntityType type, const QStringList &ids,
                   const QString &field, QString (*name)(const QString &));
    void addNumber(const QString &label, EntityType type, const QStringList &ids,
                   const QString &field);
    // A day, YYYY-MM-DD (or the Dutch 31-03-2027), written when the field
    // is left; a day that is not one is said, not stored.
    void addDate(const QString &label, EntityType type, const QStringList &ids,
                 const QString &field);
    // The step's demo screen, with what is wrong with it said at once.
    void addDemoScreen(const QString &step);
    void addFlag(const QString &label, EntityType type, const QStringList &ids,
                 const QString &field);
    void addTags(EntityType type, const QStringList &ids);
    void addColour(EntityType type, const QStringList &ids);
    // Where what was taken from another workspace or the library came from.
    void addOrigin(EntityType type, const QStringList &ids);
    // The shared value of a field over ids, or an invalid QVariant when they differ.
    QVariant common(EntityType type, const QStringList &ids, const QString &field) const;
    void write(EntityType type, const QStringList &ids, const QString &field, const QVariant &value,
               bool merge = false);

    QPointer<Document> mDocument;
    QStringList mCards;
    QString mStep;
    QString mLane;
    QString mStage;
    QString mConnection;
    QWidget *mBody = nullptr;
    QFormLayout *mForm = nullptr;
    bool mUpdating = false;
    bool mWriting = false;
    bool mRebuildPending = false;
};

} // namespace blauwdruk
