#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace blauwdruk {

class MainWindow;

// What the window's journey and persona commands do (WindowActions calls
// them): made on the spot for one call, holding nothing but the window.
class JourneyCommands {
    Q_DECLARE_TR_FUNCTIONS(JourneyCommands)
public:
    explicit JourneyCommands(MainWindow &window);

    // Asks for the new journey's details; opens it. Empty when cancelled.
    QString newJourney(const QString &personaId);
    // A new ideal journey copied from a current one, opened.
    QString makeIdealVersion(const QString &journeyId);
    void makeIdealVersionOfActive();
    void compareActive();
    void newPersona();
    // File › Export…: the export dialog on the journey in view.
    void exportJourney();
    // One A4 page per persona as PDF; asks where when `path` is empty.
    bool exportPersonaSheets(const QStringList &personaIds, QString path = QString());
    void exportAllPersonaSheets();

private:
    MainWindow &mWindow;
};

} // namespace blauwdruk
