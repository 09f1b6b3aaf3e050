#include "reporttext.h"

#include "exporter.h"
#include "reviewreportmarkdown.h"
#include "reviewreportpdf.h"

#include <QDateTime>
#include <QFileInfo>

namespace blauwdruk {

QStringList ReportText::extensions() {
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("pdf")};
}

QStringList ReportText::fileDialogFilters() {
    return {QStringLiteral("PDF (*.pdf)"), QStringLiteral("Markdown (*.md *.markdown)")};
}

QString ReportText::fileDialogExtension(const QString &filter) {
    return filter == fileDialogFilters().value(1) ? QStringLiteral("md") : QStringLiteral("pdf");
}

bool ReportText::write(const QString &path, QString *error) const {
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return ReviewReportPdf::write(*this, path, error);
    return Exporter::save(path, ReviewReportMarkdown::render(*this), error);
}

QString ReportText::when(const QString &iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

void ReportText::add(Block::Kind kind, const QString &lead, const QString &text) {
    mBlocks.push_back({kind, lead, text});
}

} // namespace blauwdruk
