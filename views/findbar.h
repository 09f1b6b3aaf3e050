#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace blauwdruk {

class BlueprintView;

// Find and filter for the open blueprint: matching cards are highlighted and
// Enter steps through them; the filter dims every card that is not of a kind,
// owner or tag.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setView(BlueprintView *view);
    void activate(); // show and focus the search field
    QLineEdit *searchField() const { return mSearch; }
    QComboBox *filterBox() const { return mFilter; }
    void next(int direction = 1);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void refillFilter();
    void close();

    QPointer<BlueprintView> mView;
    QLineEdit *mSearch = nullptr;
    QComboBox *mFilter = nullptr;
    QLabel *mCount = nullptr;
    QStringList mMatches;
    int mCurrent = -1;
};

} // namespace blauwdruk
