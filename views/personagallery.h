#pragma once

#include "change.h"

#include <QPointer>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace blauwdruk {

class Document;

// All personas of the workspace as portraits with their names: create,
// duplicate, delete (asking first when journeys use the persona), and open
// one in its editor.
class PersonaGallery : public QWidget {
    Q_OBJECT
public:
    explicit PersonaGallery(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QString selectedId() const;
    void select(const QString &personaId);
    QListWidget *list() const { return mList; }

    QString addPersona();
    QString duplicateSelected();
    // Asks first when journeys use the persona; false when nothing was removed.
    bool removeSelected();

signals:
    void personaActivated(const QString &personaId);
    void exportRequested(const QStringList &personaIds);

private:
    void rebuild();
    void onChanged(const blauwdruk::Changes &changes);
    void updateButtons();

    QPointer<Document> mDocument;
    QListWidget *mList = nullptr;
    QPushButton *mDuplicate = nullptr;
    QPushButton *mRemove = nullptr;
    QPushButton *mOpen = nullptr;
    QPushButton *mExport = nullptr;
};

} // namespace blauwdruk
