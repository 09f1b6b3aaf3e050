#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace blauwdruk {

class Document;
class PersonaSheetView;

// The form of one persona beside its printable sheet. Every field writes
// through Edits as the user types (one undo step per field edit); changes
// from elsewhere (undo, another view) show in the fields.
class PersonaEditor : public QWidget {
    Q_OBJECT
public:
    PersonaEditor(Document *document, const QString &personaId, QWidget *parent = nullptr);

    QString personaId() const { return mPersona; }
    // Reads, scales and stores a picture; false with `error` (for after the
    // file name) when the file is not a usable image.
    bool setPhotoFromFile(const QString &path, QString *error);
    void removePhoto();
    void focusName();

signals:
    void exportSheetRequested(const QString &personaId);

private:
    void build();
    void refresh();
    void updatePrivacy();
    void onChanged(const blauwdruk::Changes &changes);
    void choosePhoto();
    void write(const QString &field, const QVariant &value, bool merge = true);
    void addLine(const QString &label, const QString &field);
    void addMultiLine(const QString &label, const QString &field, int height);
    void addScale(const QString &label, const QString &field);

    QPointer<Document> mDocument;
    QString mPersona;
    QFormLayout *mForm = nullptr;
    QLabel *mPortrait = nullptr;
    QByteArray mCheckedPhoto; // the photo mPhotoProblem was found for
    QString mPhotoProblem;
    QLabel *mPrivacy = nullptr; // shown while a text looks like real personal data
    QPushButton *mRemovePhoto = nullptr;
    PersonaSheetView *mSheet = nullptr;
    // Each field knows how to show the persona's current value.
    std::vector<std::function<void()>> mRefreshers;
    bool mWriting = false;
};

} // namespace blauwdruk
