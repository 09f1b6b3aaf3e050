#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace blauwdruk {

class Document;

// Journey › Work List: the consequences of a journey (or of all) as work:
// each card with its team (owner), status and due date, the step and the
// resident's need it serves beside it; grouped by lane kind or by team,
// filtered by status and team. Owner, status and due date are edited in the
// Inspector; activating a row shows the card. "Export for Team…" asks the
// window for one team's list (`export --inventory --team`).
class WorkListPanel : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { LaneKind, Team };

    explicit WorkListPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setJourney(const QString &journey);
    void setGrouping(Grouping grouping);
    // A card status token; empty: every status.
    void setStatusFilter(const QString &status);
    QTreeWidget *list() const { return mList; }
    // The team chosen in the filter; empty: every team.
    QString team() const;

signals:
    void cardActivated(const QString &journey, const QString &card);
    // One team's list, as filtered: the journey (empty: all) and the status
    // (a card status token; empty: every status).
    void exportRequested(const QString &journey, const QString &team, const QString &status);

private:
    void refresh();
    void fillTeams();

    QPointer<Document> mDocument;
    QString mJourney;
    QComboBox *mScope = nullptr;
    QComboBox *mGrouping = nullptr;
    QComboBox *mStatus = nullptr;
    QComboBox *mTeam = nullptr;
    QLabel *mSummary = nullptr;
    QTreeWidget *mList = nullptr;
    QPushButton *mExport = nullptr;
};

} // namespace blauwdruk
