#include "commentdialog.h"

#include "textlimit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace blauwdruk {

CommentDialog::CommentDialog(const QString &title, const QString &about, const QString &text,
                             QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("CommentDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(about);
    label->setTextFormat(Qt::PlainText); // a card's title is the user's text
    label->setWordWrap(true);
    layout->addWidget(label);
    mText = new QPlainTextEdit;
    mText->setObjectName(QStringLiteral("CommentText"));
    TextLimit::apply(mText);
    mText->setPlainText(text);
    mText->setTabChangesFocus(true);
    mText->setPlaceholderText(tr("Type here; Ctrl+Enter adds it"));
    label->setBuddy(mText);
    layout->addWidget(mText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto updateOk = [this] { mOk->setEnabled(!this->text().isEmpty()); };
    connect(mText, &QPlainTextEdit::textChanged, this, updateOk);
    updateOk();
    // Enter starts a new line in the text, so Ctrl+Enter sends it.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (mOk->isEnabled())
                accept();
        });
    resize(440, 240);
}

QString CommentDialog::text() const {
    return mText->toPlainText().trimmed();
}

QString CommentDialog::ask(QWidget *parent, const QString &title, const QString &about,
                           const QString &text) {
    CommentDialog dialog(title, about, text, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.text() : QString();
}

} // namespace blauwdruk
