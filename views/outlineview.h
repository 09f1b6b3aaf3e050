#pragma once

#include <QPointer>
#include <QWidget>

class QTreeView;

namespace blauwdruk {

class Document;
class Edits;
class OutlineModel;
struct Card;

// The outline dock's content: the journey's blueprint as a tree that can be
// read and edited by keyboard, everything the canvas does. On a card: Ins
// adds a card after it (on a lane: in it), F2 edits its title, Del removes
// it, Alt+arrows move it to the neighbour step or lane, Ctrl+Shift+K
// connects it to another, Ctrl+Alt+M comments on it (or on a step); its
// arrows are rows under it, Del removes one. On a stage, step or lane
// (OutlineStructure): F2 renames, Del removes, Alt+arrows move, Ins adds a
// step, Shift+Ins a stage or a lane. The context menu lists them. Edits go
// through Edits, so they are undone like the canvas's.
class OutlineView : public QWidget {
    Q_OBJECT
public:
    enum Command {
        AddCard,
        EditCard,
        RemoveCard,
        ConnectCard,
        CommentOn,
        MoveLeft,
        MoveRight,
        MoveUp,
        MoveDown,
        AddStructure
    };

    explicit OutlineView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setJourney(const QString &journey);
    QTreeView *tree() const { return mTree; }
    OutlineModel *model() const { return mModel; }
    // The entity id of the current row; empty when none.
    QString currentId() const;
    QString currentKey() const; // OutlineModel::keyOf the current row
    // By id, or by OutlineModel::keyOf for a lane under its step.
    void setCurrentId(const QString &id);
    // Does what the command's key does, on the current row.
    void run(Command command);

signals:
    // Why a command did nothing (read-only file, a refused edit).
    void message(const QString &text);
    // The user made this card the current row, or a command made or changed
    // it: the window selects it on the canvas.
    void cardChosen(const QString &card);
    // The user made a stage, step or lane row current: the window makes it
    // the canvas's current cell (and so the Inspector's subject). A stage
    // row gives only `stage`; a step row only `step`; a lane row its step
    // and `lane`.
    void placeChosen(const QString &stage, const QString &step, const QString &lane);
    // The user made an arrow's row current: the Inspector shows the arrow;
    // the canvas's cards stay as they are.
    void connectionChosen(const QString &connection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCommand(Command command);
    void showMenu(const QPoint &at);
    int currentType() const;
    const Card *currentCard() const;
    void report(const Edits &edits);
    void runOnStructure(Command command);
    QString neighbourKey() const;
    void removeCurrent();
    void moveCurrent(int stepDelta, int laneDelta);
    void addCardHere();
    void editCurrent();
    void connectCurrent();
    void commentOnCurrent();

    QPointer<Document> mDocument;
    OutlineModel *mModel;
    QTreeView *mTree;
    QString mKeep;           // the current row's id across a rebuild
    bool mRestoring = false; // setting the current row, not the user
};

} // namespace blauwdruk
