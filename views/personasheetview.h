#pragma once

#include <QPointer>
#include <QWidget>

namespace blauwdruk {

class Document;

// The printable sheet of one persona on screen, drawn by the same painter as
// the PDF, as a white page that keeps the A4 shape at any width.
class PersonaSheetView : public QWidget {
    Q_OBJECT
public:
    explicit PersonaSheetView(QWidget *parent = nullptr);

    void setPersona(Document *document, const QString &personaId);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<Document> mDocument;
    QString mPersona;
};

} // namespace blauwdruk
