#pragma once

#include "exporter.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace blauwdruk {

class Document;
class ExportPreview;

// File › Export…: every format of the export registry, its options, a
// preview that follows them, and the file to write. The last choices are
// remembered. The export itself runs with a progress bar and can be
// cancelled; an error shows in the dialog, which stays open.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Document *document, const QString &journeyId, QWidget *parent = nullptr);

    QString format() const;
    ExportOptions options() const;
    QString path() const;
    void setFormat(const QString &name);
    void setPath(const QString &path);
    ExportPreview *preview() const { return mPreview; }

    // Where an export of `document` is offered: beside the workspace file;
    // for untitled work, the folder used last (else the home folder).
    static QString suggestedFolder(const Document *document, const QString &lastUsed);

    // Writes the export; false with the reason shown in the dialog. The
    // files written (several for SVG and PNG of all journeys).
    bool exportNow(QStringList *written = nullptr);

public slots:
    void accept() override;

private:
    void build();
    void restore();
    void remember() const;
    void update();
    void browse();

    QPointer<Document> mDocument;
    QString mJourney;
    QComboBox *mFormat = nullptr;
    QComboBox *mJourneys = nullptr;
    QGroupBox *mPoster = nullptr;
    QComboBox *mPaper = nullptr;
    QDoubleSpinBox *mCustomWidth = nullptr;
    QDoubleSpinBox *mCustomHeight = nullptr;
    QRadioButton *mLandscape = nullptr;
    QRadioButton *mPortrait = nullptr;
    QDoubleSpinBox *mMargin = nullptr;
    QComboBox *mTiles = nullptr;
    QDoubleSpinBox *mOverlap = nullptr;
    QCheckBox *mPdfA = nullptr;
    QGroupBox *mPicture = nullptr;
    QRadioButton *mByDpi = nullptr;
    QSpinBox *mDpi = nullptr;
    QRadioButton *mByWidth = nullptr;
    QSpinBox *mWidth = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mError = nullptr;
    ExportPreview *mPreview = nullptr;
};

} // namespace blauwdruk
