#pragma once

#include "change.h"

#include <QPointer>
#include <QTreeWidget>

namespace blauwdruk {

class Document;

// The workspace at a glance: its personas, and under each its journeys.
// Journeys without a persona are listed on their own.
class ProjectTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProjectTree(QWidget *parent = nullptr);

    void setDocument(Document *document);

    // The id of the selected persona or journey, or empty.
    QString selectedId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onChanged(const blauwdruk::Changes &changes);

    QPointer<Document> mDocument;
};

} // namespace blauwdruk
