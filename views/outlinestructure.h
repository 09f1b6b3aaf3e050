#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace blauwdruk {

class Document;
class Edits;

// What the outline does with its stage, step, lane and arrow rows, so that
// the whole blueprint is built by keyboard there, as on the canvas: rename
// (F2), remove (Del), move (Alt+arrows), add a step (Ins) and add a stage or
// a lane (Shift+Ins). Each is one Edits command with the canvas's undo. A
// dialog asks for titles and, where cards would go, whether to go on.
class OutlineStructure {
    Q_DECLARE_TR_FUNCTIONS(OutlineStructure)
public:
    // `row` is the outline row's type (OutlineModel::RowType), `id` its
    // entity, `step` the step a lane row is under.
    OutlineStructure(Document &document, QWidget *dialogParent, int row, const QString &id,
                     const QString &step);

    // Each returns the key (OutlineModel::keyOf) of the row to go to
    // afterwards, empty when nothing changed; message() then says why.
    // Each returns the key (OutlineModel::keyOf) of the row to go to
    // afterwards (for remove(), of the row removed: the view goes to its
    // neighbour), empty when nothing changed; message() then may say why.
    QString rename();
    QString remove();
    QString move(int delta);
    QString addStep();
    QString addStageOrLane();

    QString message() const { return mMessage; }

private:
    QString ask(const QString &title, const QString &label, const QString &text = QString());
    QString done(const Edits &edits, const QString &key);

    Document &mDocument;
    QWidget *mParent;
    int mRow;
    QString mId;
    QString mStep;
    QString mMessage;
};

} // namespace blauwdruk
