#include "pdffile.h"

#include "exporter.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace blauwdruk {

bool PdfFile::writeA4(const QString &path, const QString &title, int resolution, const Paint &paint,
                      QString *error) {
    QSaveFile file(path);
    auto reason = [&] { return Exporter::writeError(file); };
    if (!file.open(QIODevice::WriteOnly)) {
        *error = reason();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Blauwdruk"));
        if (!paint(writer, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = reason();
        return false;
    }
    return true;
}

} // namespace blauwdruk
