#pragma once

#include <QObject>
#include <QPointer>

#include <QKeySequence>

#include <array>
#include <memory>
#include <optional>

class QAction;
class QContextMenuEvent;
class QMenu;

namespace blauwdruk {

class BlueprintView;
class Document;
struct Lane;
class ZoomableView;

// Every command on the canvas, each one QAction made here once, with its
// text, shortcut, icon, status tip and enabled state. The window's menu bar
// and toolbar, the canvas's context menus and its keyboard menu (CanvasMenus)
// and Help › Keyboard Shortcuts are all built from these actions. They work
// on one canvas at a time: the window's current blueprint.
class CanvasActions : public QObject {
    Q_OBJECT
public:
    enum Id {
        AddCard,
        QuickCapture, // checkable: typing on the canvas adds cards
        EditCard,
        DeleteCards,
        Cut,
        Copy,
        Paste,
        Duplicate,
        SelectAll,
        Connect,
        MoveCardsLeft,
        MoveCardsRight,
        MoveCardsUp,
        MoveCardsDown,
        AddComment,
        InsertStageBefore,
        InsertStageAfter,
        RenameStage,
        MoveStageLeft,
        MoveStageRight,
        DeleteStage,
        InsertStepBefore,
        InsertStepAfter,
        RenameStep,
        MoveStepLeft,
        MoveStepRight,
        DeleteStep,
        InsertLaneAbove,
        InsertLaneBelow,
        RenameLane,
        MoveLaneUp,
        MoveLaneDown,
        DeleteLane,
        ZoomIn,
        ZoomOut,
        FitToWindow,
        ActualSize,
        Count
    };

    explicit CanvasActions(QObject *parent = nullptr);
    ~CanvasActions() override;

    QAction *action(Id id) const { return mActions[size_t(id)]; }
    // The choices of a field for the selected cards, one checkable action
    // each: "kind", "status" and "evidence".
    QMenu *kindMenu() const { return mKind.get(); }
    QMenu *statusMenu() const { return mStatus.get(); }
    QMenu *evidenceMenu() const { return mEvidence.get(); }
    // Every action, the choices' too.
    QList<QAction *> all() const;

    // The canvas the actions work on (null: none, they are disabled). The
    // zoom actions work on it too.
    void setView(BlueprintView *view);
    BlueprintView *view() const;
    // Another view the zoom actions work on while no canvas is current: a
    // QWidget that is a ZoomableView (the compare view's drawing), or null.
    void setZoomView(QWidget *view);
    // Lets a canvas use these actions: its keys (Delete, F2…, which belong
    // to the canvas only, not to the text fields around it) and its menus.
    void attach(BlueprintView *view);
    // Triggers an action if it is enabled (the view's Enter key).
    void activate(Id id);
    void showContextMenu(BlueprintView *view, QContextMenuEvent *event);
    // The action one of whose shortcuts is exactly `keys`.
    std::optional<Id> actionFor(const QKeySequence &keys) const;
    // Why an action cannot run now, in a sentence for the status bar.
    QString whyDisabled(Id id) const;
    // The sentence for a change refused because the file is read-only.
    static QString readOnlyMessage(const Document *document = nullptr);
    // The emotion lane holds the curve, never cards.
    static bool isEmotionLane(const Lane &lane);
    // Why stages, steps and lanes cannot change now (Session › Lock Structure).
    // Adds, renames, moves or deletes a stage, step or lane.
    static bool isStructural(Id id);
    static QString structureLockedMessage();
    static QString emotionLaneMessage();

signals:
    // Something the user should read in the status bar: why a key did
    // nothing, what a command did.
    void message(const QString &text);
    // Add Comment made a comment (the window shows it in the panel).
    void commentAdded(const QString &id);

private:
    QAction *make(Id id, const QString &text, const QString &statusTip,
                  const QList<QKeySequence> &keys, void (*run)(BlueprintView &),
                  const char *icon = nullptr);
    QAction *makeZoom(Id id, const QString &text, const QString &statusTip,
                      const QList<QKeySequence> &keys, void (*run)(ZoomableView &),
                      const char *icon);
    QAction *create(Id id, const QString &text, const QString &statusTip,
                    const QList<QKeySequence> &keys, const char *icon);
    ZoomableView *zoomView() const;
    void makeCardActions();
    void makeQuickCapture();
    void makeCommentAction();
    void addComment(BlueprintView &view);
    void makeStructureActions();
    void makeViewActions();
    std::unique_ptr<QMenu> makeChoices(const QString &title, const QString &field,
                                       const QStringList &values,
                                       QString (*label)(const QString &));
    void updateEnabled();
    void hintForCell();
    void dropView();

    std::array<QAction *, Count> mActions{};
    std::unique_ptr<QMenu> mKind, mStatus, mEvidence;
    QPointer<BlueprintView> mView;
    QPointer<QWidget> mZoomView; // a ZoomableView
    QMetaObject::Connection mZoomViewGone;
    QList<QMetaObject::Connection> mViewConnections;
};

} // namespace blauwdruk
