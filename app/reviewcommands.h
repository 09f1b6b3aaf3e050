#pragma once

#include "review.h"

#include <QCoreApplication>

namespace blauwdruk {

class MainWindow;

// What the Review menu does (WindowActions calls it): review mode on and
// off, and the decisions on the journey in view, each asked in a
// DecisionDialog and recorded by Review.
class ReviewCommands {
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)
public:
    explicit ReviewCommands(MainWindow &window);

    void setReviewMode(bool on);
    // The journey a review works on: the one in view, else the first in
    // review, else the first.
    QString journey() const;
    // False when refused or cancelled; the status bar says why.
    bool decide(Review::Action action);

private:
    MainWindow &mWindow;
};

} // namespace blauwdruk
