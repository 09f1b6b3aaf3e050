#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace blauwdruk {

class Document;
class LiveJoinDialog;
class LiveServer;
class LiveSession;
class MainWindow;

// Session › Live Session: the facilitator's side of a live session. Before
// it runs: the network to listen on, and Start. While it runs: how to join
// (the QR code, also full size on the projector), the counts of participants,
// cards and dots (not where the dots went, until the reveal), the rounds,
// and the inbox of cards that arrived: accept into the canvas's current cell
// (Enter), edit (F2), merge duplicates, reject (Delete). The server runs only
// while this says it does: Stop, another file, the end of the work session
// or closing the window stop it.
class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(MainWindow &window, QWidget *parent = nullptr);
    ~LivePanel() override;

    void setDocument(Document *document);
    // Starts on the network chosen in the list; false with a message shown.
    bool start();
    void stop();
    bool isRunning() const { return mServer != nullptr; }
    LiveSession *session() const { return mSession.get(); }
    LiveServer *server() const { return mServer.get(); }
    QString participantUrl() const;

    QComboBox *networkBox() const { return mNetwork; }
    QListWidget *inbox() const;
    QLineEdit *questionEdit() const { return mQuestion; }
    QLabel *countsLabel() const { return mCounts; }
    LiveJoinDialog *joinDialog() const;

    // The inbox's commands, on its selected cards.
    bool acceptSelected();
    bool rejectSelected();
    bool mergeSelected();
    void editCurrent();
    // The facilitator's round commands.
    bool openWritingRound();
    void openVoteRound();
    bool closeRound();
    bool reveal();
    void showJoinCode();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshInbox();
    void showTarget();
    void fillNetworks();
    void tell(const QString &message);
    QStringList selectedCards() const;

    MainWindow &mWindow;
    QPointer<Document> mDocument;
    std::unique_ptr<LiveSession> mSession;
    std::unique_ptr<LiveServer> mServer;
    QString mJourney;
    QStackedWidget *mPages = nullptr;
    QComboBox *mNetwork = nullptr;
    QLabel *mAddress = nullptr;
    QLabel *mCounts = nullptr;
    QLabel *mRound = nullptr;
    QLineEdit *mQuestion = nullptr;
    QPushButton *mClose = nullptr;
    QPushButton *mReveal = nullptr;
    class InboxList *mInbox = nullptr;
    QLabel *mTarget = nullptr;
    QLabel *mMessage = nullptr;
    QPointer<LiveJoinDialog> mJoin;
};

} // namespace blauwdruk
