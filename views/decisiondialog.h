#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace blauwdruk {

// Asks who takes a review decision (name and role, filled in from the
// Preferences) and the remark. The name is required; so is the remark
// when `remarkRequired` (request changes must say what).
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(const QString &title, const QString &explanation, const QString &acceptText,
                   bool remarkRequired, QWidget *parent = nullptr);

    QString name() const;
    QString role() const;
    QString remark() const;

private:
    void updateAccept();

    QLineEdit *mName = nullptr;
    QLineEdit *mRole = nullptr;
    QPlainTextEdit *mRemark = nullptr;
    QPushButton *mAccept = nullptr;
    bool mRemarkRequired = false;
};

} // namespace blauwdruk
