#pragma once

#include "edits.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace blauwdruk {

class SourcePicker;
class Workspace;

// What to take from another workspace and where it goes: the source's
// tree to tick (SourcePicker), the journey here that steps go into (or a
// new one like theirs) and the step that single cards go into. Shared by
// File › Import from Workspace… and File › Library….
class TakeDialog : public QDialog {
    Q_OBJECT
public:
    // `source` must outlive the dialog. `journey` and `step` are where the
    // canvas is, the first choice for steps and cards.
    TakeDialog(const Workspace &source, const QString &sourceLabel, const Workspace &target,
               const QString &journey, const QString &step, const QString &actionText,
               QWidget *parent = nullptr);

    SourcePicker *picker() const { return mPicker; }
    Edits::TakeRequest request() const;

private:
    void fillSteps();
    void update();

    const Workspace &mTarget;
    SourcePicker *mPicker = nullptr;
    QComboBox *mJourney = nullptr;
    QComboBox *mStep = nullptr;
    QLabel *mSummary = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QString mPreferredStep;
};

} // namespace blauwdruk
