#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blauwdruk {

class MainWindow;

// From blueprint to demo (Journey and View menus): the walkthrough of the
// ideal journey for residents, their verdicts per pain point of today's
// journey, the demo findings report, and a team's work list as a file.
class DemoCommands {
    Q_DECLARE_TR_FUNCTIONS(blauwdruk::DemoCommands)
public:
    explicit DemoCommands(MainWindow &window)
        : mWindow(window) {}

    // View › Walkthrough: the ideal journey of the journey in view, full
    // screen. Says why not when there is none.
    void walkthrough();
    // Journey › Residents' Verdicts…: for the current journey of the journey
    // in view; `painPoints` narrows it (the walkthrough's step).
    void verdicts(const QString &currentJourney = QString(),
                  const QStringList &painPoints = QStringList(),
                  const QString &walkthroughStep = QString());
    // Journey › Export Demo Findings…
    void exportDemoFindings();
    // The work list's Export for Team…: one team's consequences as CSV,
    // Markdown or HTML; `journey` empty: every journey.
    void exportTeamList(const QString &journey, const QString &team,
                        const QString &status = QString());

private:
    MainWindow &mWindow;
};

} // namespace blauwdruk
