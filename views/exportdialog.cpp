#include "exportdialog.h"

#include "document.h"
#include "exporterregistry.h"
#include "exportpreview.h"
#include "journeyfiles.h"
#include "preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

const char kGroup[] = "export";

// What the user reads for a format of the registry.
QString formatLabel(const Exporter *exporter) {
    return exporter ? ExportDialog::tr(exporter->capabilities().label) : QString();
}

ExportCapabilities capabilitiesOf(const Exporter *exporter) {
    return exporter ? exporter->capabilities() : ExportCapabilities();
}

} // namespace

ExportDialog::ExportDialog(Document *document, const QString &journeyId, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mJourney(journeyId) {
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export"));
    build();
    restore();
    update();
}

void ExportDialog::build() {
    auto *options = new QWidget;
    auto *form = new QFormLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    mFormat = new QComboBox;
    mFormat->setObjectName(QStringLiteral("ExportFormat"));
    for (const Exporter *exporter : ExporterRegistry::instance().exporters())
        mFormat->addItem(formatLabel(exporter), exporter->name());
    form->addRow(tr("&Format"), mFormat);
    mJourneys = new QComboBox;
    mJourneys->setObjectName(QStringLiteral("ExportJourney"));
    mJourneys->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mJourneys->setMinimumContentsLength(24);
    form->addRow(tr("&Journey"), mJourneys);

    mPoster = new QGroupBox(tr("Paper"));
    mPoster->setObjectName(QStringLiteral("ExportPaperOptions"));
    auto *poster = new QFormLayout(mPoster);
    mPaper = new QComboBox;
    mPaper->setObjectName(QStringLiteral("ExportPaper"));
    for (const char *paper : {"A0", "A1", "A2", "A3", "A4"})
        mPaper->addItem(QLatin1String(paper), QLatin1String(paper));
    mPaper->addItem(tr("Custom size"), QString());
    poster->addRow(tr("&Paper"), mPaper);
    auto *custom = new QHBoxLayout;
    mCustomWidth = new QDoubleSpinBox;
    mCustomHeight = new QDoubleSpinBox;
    for (QDoubleSpinBox *spin : {mCustomWidth, mCustomHeight}) {
        spin->setRange(50, 5000);
        spin->setDecimals(0);
        spin->setSuffix(tr(" mm"));
    }
    mCustomWidth->setValue(1000);
    mCustomHeight->setValue(700);
    custom->addWidget(mCustomWidth);
    custom->addWidget(new QLabel(QStringLiteral("×")));
    custom->addWidget(mCustomHeight);
    poster->addRow(tr("Custom size"), custom);
    auto *orientation = new QHBoxLayout;
    mLandscape = new QRadioButton(tr("&Landscape"));
    mPortrait = new QRadioButton(tr("Po&rtrait"));
    mLandscape->setChecked(true);
    orientation->addWidget(mLandscape);
    orientation->addWidget(mPortrait);
    orientation->addStretch();
    poster->addRow(tr("Orientation"), orientation);
    mMargin = new QDoubleSpinBox;
    mMargin->setRange(0, 100);
    mMargin->setDecimals(0);
    mMargin->setSuffix(tr(" mm"));
    mMargin->setValue(10);
    poster->addRow(tr("&Margins"), mMargin);
    mTiles = new QComboBox;
    mTiles->setObjectName(QStringLiteral("ExportTiles"));
    mTiles->addItem(tr("One page"), QString());
    mTiles->addItem(tr("Tiles of A4 (office printer)"), QStringLiteral("A4"));
    mTiles->addItem(tr("Tiles of A3"), QStringLiteral("A3"));
    poster->addRow(tr("&Print as"), mTiles);
    mOverlap = new QDoubleSpinBox;
    mOverlap->setRange(0, 50);
    mOverlap->setDecimals(0);
    mOverlap->setSuffix(tr(" mm"));
    mOverlap->setValue(10);
    poster->addRow(tr("Tile &overlap"), mOverlap);
    mPdfA = new QCheckBox(tr("PDF/A-1b, for the archive"));
    poster->addRow(QString(), mPdfA);
    form->addRow(mPoster);

    mPicture = new QGroupBox(tr("Picture size"));
    mPicture->setObjectName(QStringLiteral("ExportPictureOptions"));
    auto *picture = new QFormLayout(mPicture);
    auto *byDpi = new QHBoxLayout;
    mByDpi = new QRadioButton(tr("&Resolution"));
    mByDpi->setChecked(true);
    mDpi = new QSpinBox;
    mDpi->setRange(10, 1200);
    mDpi->setValue(150);
    mDpi->setSuffix(tr(" dpi"));
    byDpi->addWidget(mByDpi);
    byDpi->addWidget(mDpi);
    picture->addRow(byDpi);
    auto *byWidth = new QHBoxLayout;
    mByWidth = new QRadioButton(tr("&Width"));
    mWidth = new QSpinBox;
    mWidth->setRange(16, 20000);
    mWidth->setValue(3000);
    mWidth->setSuffix(tr(" px"));
    byWidth->addWidget(mByWidth);
    byWidth->addWidget(mWidth);
    picture->addRow(byWidth);
    form->addRow(mPicture);

    auto *file = new QHBoxLayout;
    mPath = new QLineEdit;
    mPath->setObjectName(QStringLiteral("ExportPath"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    file->addWidget(mPath, 1);
    file->addWidget(browse);
    // A row of a field and a button: the label names the field, so its
    // letter (Alt+I) goes there and shows as a letter, not as "&".
    auto *fileLabel = new QLabel(tr("F&ile"));
    fileLabel->setBuddy(mPath);
    form->addRow(fileLabel, file);
    mError = new QLabel;
    mError->setTextFormat(Qt::PlainText); // messages quote file text
    mError->setObjectName(QStringLiteral("ExportError"));
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    mError->hide();
    form->addRow(mError);

    mPreview = new ExportPreview;
    auto *columns = new QHBoxLayout;
    options->setMinimumWidth(400);
    columns->addWidget(options);
    columns->addWidget(mPreview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QComboBox *combo : {mFormat, mJourneys, mPaper, mTiles})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::update);
    for (QDoubleSpinBox *spin : {mCustomWidth, mCustomHeight, mMargin, mOverlap})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::update);
    for (QSpinBox *spin : {mDpi, mWidth})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::update);
    for (QRadioButton *radio : {mLandscape, mPortrait, mByDpi, mByWidth})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::update);
    connect(mPdfA, &QCheckBox::toggled, this, &ExportDialog::update);
    resize(1000, 640);
}

QString ExportDialog::format() const {
    return mFormat->currentData().toString();
}

void ExportDialog::setFormat(const QString &name) {
    const int index = mFormat->findData(name);
    if (index >= 0)
        mFormat->setCurrentIndex(index);
}

QString ExportDialog::path() const {
    return mPath->text().trimmed();
}

void ExportDialog::setPath(const QString &path) {
    mPath->setText(path);
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.journey = mJourneys->currentData().toString();
    options.paper = mPaper->currentData().toString();
    if (options.paper.isEmpty())
        options.paper = QStringLiteral("%1x%2mm")
                            .arg(mCustomWidth->value(), 0, 'f', 0)
                            .arg(mCustomHeight->value(), 0, 'f', 0);
    options.landscape = mLandscape->isChecked();
    options.marginMm = mMargin->value();
    options.tilePaper = mTiles->currentData().toString();
    options.overlapMm = mOverlap->value();
    options.pdfA = mPdfA->isChecked();
    options.dpi = mDpi->value();
    options.pixelWidth = mByWidth->isChecked() ? mWidth->value() : 0;
    return options;
}

// Shows only what the chosen format uses, and the journeys it can hold.
void ExportDialog::update() {
    const Exporter *exporter = ExporterRegistry::instance().byName(format());
    const ExportCapabilities capabilities = capabilitiesOf(exporter);
    mPoster->setVisible(capabilities.paper);
    mPicture->setVisible(capabilities.resolution);
    const bool custom = mPaper->currentData().toString().isEmpty();
    mCustomWidth->setEnabled(custom);
    mCustomHeight->setEnabled(custom);
    mOverlap->setEnabled(!mTiles->currentData().toString().isEmpty());
    mDpi->setEnabled(mByDpi->isChecked());
    mWidth->setEnabled(mByWidth->isChecked());

    // The journey list: each journey, and "all" where the format has room.
    const QString chosen = mJourneys->count() > 0 ? mJourneys->currentData().toString() : mJourney;
    mJourneys->blockSignals(true);
    mJourneys->clear();
    const Workspace *ws = mDocument ? &mDocument->workspace() : nullptr;
    if (ws)
        for (const Journey *journey : ws->orderedJourneys())
            mJourneys->addItem(journey->title, journey->id);
    using Journeys = ExportCapabilities::Journeys;
    if (exporter && capabilities.journeys != Journeys::One)
        mJourneys->addItem(capabilities.journeys == Journeys::FileEach
                               ? tr("All journeys, a file each")
                               : tr("All journeys"),
                           QString());
    const int index = mJourneys->findData(chosen);
    mJourneys->setCurrentIndex(index >= 0 ? index : 0);
    mJourneys->blockSignals(false);

    // The file follows the format's extension.
    if (exporter && !path().isEmpty()) {
        const QFileInfo info(path());
        if (!exporter->extensions().contains(info.suffix().toLower()))
            mPath->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                               exporter->extensions().first()));
    }
    mError->hide();
    mPreview->show(mDocument, exporter, options());
}

void ExportDialog::browse() {
    const Exporter *exporter = ExporterRegistry::instance().byName(format());
    if (!exporter)
        return;
    QStringList patterns;
    for (const QString &extension : exporter->extensions())
        patterns << QStringLiteral("*.") + extension;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(),
        QStringLiteral("%1 (%2)").arg(formatLabel(exporter), patterns.join(QLatin1Char(' '))));
    if (!chosen.isEmpty())
        mPath->setText(chosen);
    update();
}

bool ExportDialog::exportNow(QStringList *written) {
    const Exporter *exporter = ExporterRegistry::instance().byName(format());
    auto problem = [this](const QString &text) {
        mError->setText(text);
        mError->show();
        return false;
    };
    if (!mDocument || !exporter)
        return problem(tr("There is nothing to export."));
    if (path().isEmpty())
        return problem(tr("Choose a file to export to."));
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ExportOptions options = this->options();
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    const Workspace &ws = mDocument->workspace();
    QStringList files;
    QString error;
    if (options.journey.isEmpty() &&
        exporter->capabilities().journeys == ExportCapabilities::Journeys::FileEach) {
        // "All journeys, a file each".
        QString failed;
        if (!JourneyFiles::write(*exporter, ws, options, path(), {}, &files, &failed, &error))
            return problem(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(failed), error));
    } else {
        if (!exporter->write(ws, options, path(), &error))
            return problem(
                tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path()), error));
        files << path();
    }
    if (written)
        *written = files;
    remember();
    return true;
}

void ExportDialog::accept() {
    if (exportNow())
        QDialog::accept();
}

void ExportDialog::remember() const {
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QStringLiteral("format"), format());
    settings.setValue(QStringLiteral("paper"), mPaper->currentData().toString());
    settings.setValue(QStringLiteral("customWidth"), mCustomWidth->value());
    settings.setValue(QStringLiteral("customHeight"), mCustomHeight->value());
    settings.setValue(QStringLiteral("landscape"), mLandscape->isChecked());
    settings.setValue(QStringLiteral("margin"), mMargin->value());
    settings.setValue(QStringLiteral("tiles"), mTiles->currentData().toString());
    settings.setValue(QStringLiteral("overlap"), mOverlap->value());
    settings.setValue(QStringLiteral("pdfa"), mPdfA->isChecked());
    settings.setValue(QStringLiteral("dpi"), mDpi->value());
    settings.setValue(QStringLiteral("width"), mWidth->value());
    settings.setValue(QStringLiteral("byWidth"), mByWidth->isChecked());
    settings.setValue(QStringLiteral("folder"), QFileInfo(path()).absolutePath());
}

QString ExportDialog::suggestedFolder(const Document *document, const QString &lastUsed) {
    if (document && !document->isUntitled() && !document->filePath().isEmpty())
        return QFileInfo(document->filePath()).absolutePath();
    return lastUsed.isEmpty() ? QDir::homePath() : lastUsed;
}

void ExportDialog::restore() {
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    // The first format offered, unless another was chosen before.
    const std::vector<const Exporter *> offered = ExporterRegistry::instance().exporters();
    setFormat(settings.value(QStringLiteral("format"), offered.front()->name()).toString());
    const int paper = mPaper->findData(Preferences::posterPaper());
    mPaper->setCurrentIndex(paper >= 0 ? paper : 3);
    mCustomWidth->setValue(settings.value(QStringLiteral("customWidth"), 1000).toDouble());
    mCustomHeight->setValue(settings.value(QStringLiteral("customHeight"), 700).toDouble());
    const bool landscape = Preferences::posterLandscape();
    (landscape ? mLandscape : mPortrait)->setChecked(true);
    mMargin->setValue(settings.value(QStringLiteral("margin"), 10).toDouble());
    const int tiles = mTiles->findData(settings.value(QStringLiteral("tiles")).toString());
    mTiles->setCurrentIndex(qMax(0, tiles));
    mOverlap->setValue(settings.value(QStringLiteral("overlap"), 10).toDouble());
    mPdfA->setChecked(settings.value(QStringLiteral("pdfa"), false).toBool());
    mDpi->setValue(settings.value(QStringLiteral("dpi"), 150).toInt());
    mWidth->setValue(settings.value(QStringLiteral("width"), 3000).toInt());
    (settings.value(QStringLiteral("byWidth"), false).toBool() ? mByWidth : mByDpi)
        ->setChecked(true);
    // A file name from the journey, next to the workspace file.
    const Journey *journey = mDocument ? mDocument->workspace().find<Journey>(mJourney) : nullptr;
    const QString folder =
        suggestedFolder(mDocument, settings.value(QStringLiteral("folder")).toString());
    const QString base =
        Exporter::safeFileName(journey ? journey->title : QStringLiteral("blauwdruk"));
    const Exporter *exporter = ExporterRegistry::instance().byName(format());
    mPath->setText(QDir(folder).filePath(
        base + QLatin1Char('.') + (exporter ? exporter : offered.front())->extensions().first()));
}

} // namespace blauwdruk
