#pragma once

#include "edits.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace blauwdruk {

class Workspace;

// Session › New Vote Round…: the question, each participant's dots, the
// most on one card, and which cards count (all, a stage, a lane or a kind,
// filled from the journey; the focused stage or lane first).
class VoteRoundDialog : public QDialog {
    Q_OBJECT
public:
    VoteRoundDialog(const Workspace &workspace, const QString &journey, const QString &scope,
                    const QString &scopeValue, QWidget *parent = nullptr);

    Edits::VoteRoundDraft draft() const;

    QLineEdit *titleEdit() const { return mTitle; }
    QComboBox *scopeBox() const { return mScope; }
    QComboBox *valueBox() const { return mValue; }

private:
    void fillValues();

    const Workspace &mWorkspace;
    QString mJourney;
    QLineEdit *mTitle;
    QSpinBox *mBudget;
    QSpinBox *mCap;
    QComboBox *mScope;
    QComboBox *mValue;
};

} // namespace blauwdruk
