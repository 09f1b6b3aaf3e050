#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace blauwdruk {

class Document;

// Journey › Residents' Verdicts…: in a demo session with residents, for each
// pain point of the current journey, their verdict on the demo (solved,
// partly, not solved, not shown), a short quote and the label of who said
// it. Sessions are chosen or added (title and date) at the top. Save writes
// each changed row as one undoable edit; a quote or label with personal
// data (a phone number, an e-mail address...) is refused, as elsewhere.
class VerdictsDialog : public QDialog {
    Q_OBJECT
public:
    // `painPoints`: only these (the walkthrough's step); empty: all of the
    // journey's pain points.
    VerdictsDialog(Document &document, const QString &currentJourney,
                   const QStringList &painPoints = QStringList(), QWidget *parent = nullptr);

    QString demoSession() const;
    void chooseDemoSession(const QString &id);
    // Adds a session (title, YYYY-MM-DD) and chooses it; false with a message.
    bool addDemoSession(const QString &title, const QString &date);
    int rowCount() const { return int(mRows.size()); }
    void setRow(int row, const QString &verdict, const QString &quote, const QString &participant);
    // Writes the changed rows; false (and says why) when one is refused.
    bool save();
    // A line above the pain points, such as why all of them are listed.
    void setNote(const QString &note);

    void accept() override;

private:
    struct Row {
        QString card;
        QComboBox *verdict = nullptr;
        QLineEdit *quote = nullptr;
        QLineEdit *participant = nullptr;
    };
    void fillSessions();
    void loadRows();
    void askNewSession();
    QString defaultTitle() const;

    QPointer<Document> mDocument;
    QString mJourney;
    QStringList mOnly;
    QComboBox *mSessions = nullptr;
    QLabel *mNote = nullptr;
    QVBoxLayout *mRowsLayout = nullptr;
    std::vector<Row> mRows;
};

} // namespace blauwdruk
