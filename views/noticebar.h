#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace blauwdruk {

// A strip across the top of the editor for what the user must know about the
// file while working on: it is read-only, or changes could not be written.
// It stays until it no longer applies (no dialog to click away at a
// projector), and offers the way out: Save As.
class NoticeBar : public QWidget {
    Q_OBJECT
public:
    enum class Level { Information, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, Level level);
    QString text() const;

signals:
    void saveAsRequested();

private:
    void colourForLevel();

    Level mLevel = Level::Information;
    QLabel *mIcon = nullptr;
    QLabel *mText = nullptr;
    QPushButton *mSaveAs = nullptr;
};

} // namespace blauwdruk
