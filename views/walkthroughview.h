#pragma once

#include <QDateTime>
#include <QImage>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace blauwdruk {

class Document;

// View › Walkthrough: the ideal journey played step by step for residents,
// full screen, in plain words: the persona, what she does, sees and feels at
// this step (the resident and frontstage lanes, the emotion), the demo
// screen of the step beside it (an image, or the link to the clickable
// demo), and the pain points of today's journey that this step answers.
// What happens behind the scenes is one key away (B). Keys: Right, Space,
// Page Down next; Left, Page Up back; Home, End; B behind the scenes;
// O opens the demo link; V asks for the residents' verdicts; Esc ends.
class WalkthroughView : public QWidget {
    Q_OBJECT
public:
    // `ideal`: the journey played; `current`: its current journey, whose pain
    // points the steps answer (may be empty); `baseDir`: where relative
    // demo image paths start (the workspace file's folder).
    WalkthroughView(Document &document, const QString &ideal, const QString &current,
                    const QString &baseDir, QWidget *parent = nullptr);

    int stepIndex() const { return mIndex; }
    int stepCount() const { return int(mSteps.size()); }
    QString stepId() const;
    bool behindTheScenesShown() const { return mBehind; }
    void showStep(int index);
    // The pain points of the current journey this step answers: those of
    // its paired step (JourneyAlignment).
    QStringList painPointsHere() const;
    // What the demo column shows now: an image file, a link or nothing.
    QString demoTarget() const { return mDemoTarget; }

signals:
    // V: record the residents' verdicts on these pain points.
    // Empty `painPoints`: this step answers none of them (all are asked).
    void verdictsRequested(const QString &currentJourney, const QStringList &painPoints,
                           const QString &stepTitle);
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    QString lanesText(const QStringList &kinds) const;
    QImage demoImage(const QString &path);

    QPointer<Document> mDocument;
    QString mIdeal;
    QString mCurrent;
    QString mBaseDir;
    QStringList mSteps;
    int mIndex = 0;
    bool mBehind = false;
    QString mDemoTarget;
    // The demo image last read, with the file's time then.
    QString mImagePath;
    QDateTime mImageStamp;
    QImage mImage;
    QString mImageError;
    QLabel *mHeader = nullptr;
    QLabel *mTitle = nullptr;
    QLabel *mStory = nullptr;
    QLabel *mBehindLabel = nullptr;
    QLabel *mDemo = nullptr;
    QLabel *mPainPoints = nullptr;
    QLabel *mKeys = nullptr;
};

} // namespace blauwdruk
