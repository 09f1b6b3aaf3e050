#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;

namespace blauwdruk {

class Document;

// The strip that says the window is in review mode: which journey, its
// status, whether it changed since approval, and the decisions that can be
// taken from here, with the way out (Leave Review Mode). Its buttons are the
// window's own actions, so they are enabled exactly when the menu's are.
class ReviewBar : public QWidget {
    Q_OBJECT
public:
    ReviewBar(const QList<QAction *> &decisions, QAction *leave, QWidget *parent = nullptr);

    // Shows the bar for a document in review mode, on the journey in view.
    void refresh(const Document *document, const QString &journey);
    QString text() const;

private:
    QLabel *mText = nullptr;
};

} // namespace blauwdruk
