#include "reportsaver.h"

#include "document.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "reporttext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace blauwdruk {

bool ReportSaver::save(MainWindow &window, const ReportText &report, const QString &dialogTitle,
                       const QString &nameFormat) {
    Document *document = window.document();
    if (!document)
        return false;
    const QStringList filters = ReportText::fileDialogFilters();
    QString filter = filters.front();
    const QFileInfo file(document->filePath());
    const QString folder = document->isUntitled() ? QDir::homePath() : file.absolutePath();
    const QString name =
        nameFormat.arg(document->isUntitled() ? QObject::tr("Untitled") : file.completeBaseName(),
                       ReportText::fileDialogExtension(filter));
    QString path = QFileDialog::getSaveFileName(&window, dialogTitle, QDir(folder).filePath(name),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ReportText::fileDialogExtension(filter);
    QString error;
    if (!report.write(path, &error)) {
        PlainText::warning(&window, dialogTitle,
                           QObject::tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    window.statusBar()->showMessage(QObject::tr("Saved in %1.").arg(path), 10000);
    return true;
}

} // namespace blauwdruk
