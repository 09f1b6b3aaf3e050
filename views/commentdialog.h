#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace blauwdruk {

// Asks for the text of a comment, a reply or a changed comment: a few
// lines about one place of the blueprint. OK needs a text.
class CommentDialog : public QDialog {
    Q_OBJECT
public:
    // `title` names the command ("Add Comment"), `about` what it is on.
    CommentDialog(const QString &title, const QString &about, const QString &text = QString(),
                  QWidget *parent = nullptr);

    QString text() const;

    // The text typed, or a null string when the user cancels.
    static QString ask(QWidget *parent, const QString &title, const QString &about,
                       const QString &text = QString());

private:
    QPlainTextEdit *mText = nullptr;
    QPushButton *mOk = nullptr;
};

} // namespace blauwdruk
