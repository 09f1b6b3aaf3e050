#pragma once

#include "entitytype.h"
#include "healthcheck.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QListWidget;

namespace blauwdruk {

class Document;

// Journey › Health Check: the findings of HealthCheck for the journey on
// screen or for all journeys, again after each edit. Each row says what,
// where and what to do; activating it goes to the place. A finding can be
// dismissed with a reason (undoable) and restored; dismissed ones are
// listed greyed, with the reason, until hidden.
class HealthPanel : public QWidget {
    Q_OBJECT
public:
    explicit HealthPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // The journey on screen; "This journey" checks it.
    void setJourney(const QString &journey);
    QListWidget *list() const { return mList; }
    const std::vector<HealthCheck::Finding> &findings() const { return mFindings; }
    // The finding of the current row, or nullptr.
    const HealthCheck::Finding *currentFinding() const;
    // Asks for a reason and dismisses the current finding; restores it when
    // dismissed already.
    void dismissCurrent();
    void restoreCurrent();

signals:
    void findingActivated(const QString &journey, blauwdruk::EntityType type,
                          const QString &target);

private:
    void refresh();
    void updateButtons();

    QPointer<Document> mDocument;
    QString mJourney;
    std::vector<HealthCheck::Finding> mFindings;
    QComboBox *mScope = nullptr;
    QCheckBox *mShowDismissed = nullptr;
    QLabel *mSummary = nullptr;
    QListWidget *mList = nullptr;
    QPushButton *mGoTo = nullptr;
    QPushButton *mDismiss = nullptr;
    QPushButton *mRestore = nullptr;
};

} // namespace blauwdruk
