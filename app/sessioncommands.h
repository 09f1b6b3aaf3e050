#pragma once

#include <QCoreApplication>
#include <QString>

namespace blauwdruk {

class MainWindow;

// The Session menu's commands on the work session recorded for the journey
// in session mode (SessionMode::session): ending it, locking its structure,
// its agenda and its parking lot.
class SessionCommands {
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)
public:
    explicit SessionCommands(MainWindow &window);

    // Asks first; ends the session, leaves session mode and offers to save
    // the journey's session summary.
    void endSession();
    // The journey's session summary, as Markdown or PDF where the user says;
    // false when cancelled or not written (the user has been told why).
    bool saveSummary(const QString &journey);
    void setStructureLocked(bool locked);
    void editAgenda();
    // A draft card in the parking lot (added at the bottom, one undo step,
    // when the journey has none), in the current step.
    void parkItem();

private:
    QString parkingLane(const QString &journey);

    MainWindow &mWindow;
};

} // namespace blauwdruk
