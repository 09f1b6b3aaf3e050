#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace blauwdruk {

class Workspace;

// Journey › Publish to Library…: the journey with its persona becomes a
// published version in the shared library, as the organisation whose role
// logs in (docs/library.md). Published versions are never changed;
// publishing again adds a version to the journey's lineage.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(const Workspace &workspace, const QString &journey, QWidget *parent = nullptr);

    bool publish(); // what Publish does; true once published

private:
    const Workspace &mWorkspace;
    QString mJourney;
    QLineEdit *mConnInfo = nullptr;
    QLabel *mResult = nullptr;
    QPushButton *mPublish = nullptr;
};

} // namespace blauwdruk
