#pragma once

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace blauwdruk {

// New Demo Session: its day (a date field with a calendar, today to start
// with) and a title such as where or with whom, asked together, so nothing
// typed is lost to a date in the wrong form.
class DemoSessionDialog : public QDialog {
    Q_OBJECT
public:
    // `defaultTitle`: in the workspace's language, as the report shows it.
    DemoSessionDialog(const QString &defaultTitle, QWidget *parent = nullptr);

    QString date() const; // YYYY-MM-DD
    QString title() const;
    void setDate(const QString &isoDate);
    void setTitle(const QString &title);

private:
    QDateEdit *mDate = nullptr;
    QLineEdit *mTitle = nullptr;
};

} // namespace blauwdruk
