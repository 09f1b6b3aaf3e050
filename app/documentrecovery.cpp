// DocumentManager, second part: keeping work safe when the file cannot be written, saying why
// a file is read-only, and restoring untitled work after a crash.
#include "documentmanager.h"
#include "plaintext.h"

#include "commandline.h"

#include "bundledexample.h"
#include "document.h"
#include "jsoncodec.h"
#include "untitledfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace blauwdruk {

namespace {

// Untitled work the user never touched: the example as it was opened, or a
// new workspace still empty. Nothing to offer back.
bool untouched(const Workspace &ws) {
    if (ws.personas.empty() && ws.journeys.empty())
        return true;
    QString error;
    const std::optional<Workspace> example = BundledExample::load(&error);
    return example && JsonCodec::write(*example) == JsonCodec::write(ws);
}

} // namespace

void DocumentManager::showFileNotice() {
    if (!mDocument || !mDocument->isReadOnly()) {
        emit notice(QString(), NoticeBar::Level::Information);
        return;
    }
    const QString name = QFileInfo(mDocument->filePath()).fileName();
    QString text;
    if (!mSnapshotLabel.isEmpty()) {
        emit notice(tr("%1, shown read-only. To go back to it, use Restore in File › Versions; "
                       "to work on from it, save a copy with Save As.")
                        .arg(mSnapshotLabel),
                    NoticeBar::Level::Information);
        return;
    }
    switch (mDocument->readOnlyReason()) {
    case Document::ReadOnlyReason::InUse:
        text = tr("“%1” is being edited in Blauwdruk by %2, so it is open read-only here. To make "
                  "changes, save your own copy with Save As.")
                   .arg(name, mDocument->lockHolder().describe());
        break;
    case Document::ReadOnlyReason::NotWritable:
        text = tr("You may not change “%1”: the file or its folder is read-only. To make changes, "
                  "save a copy with Save As.")
                   .arg(name);
        break;
    default:
        text = tr("“%1” is open read-only. To make changes, save a copy with Save As.").arg(name);
        break;
    }
    emit notice(text, NoticeBar::Level::Information);
}

void DocumentManager::keepWorkAfterFailedWrite(const QString &message) {
    const QString failedPath = QDir::toNativeSeparators(mDocument->filePath());
    QString text;
    QString error;
    if (!mDocument->isUntitled() && mDocument->saveAs(UntitledFiles::newPath(), &error)) {
        // From here on every change is written to the recovery copy, so a
        // crash loses nothing either; closing asks where to save it.
        mDocument->setUntitled(true);
        mAskBeforeDiscarding = true;
        text = tr("Changes could not be saved to %1: %2.\nNothing is lost: your work continues in "
                  "a recovery copy that is saved as you go. Use Save As to choose where to keep "
                  "it.")
                   .arg(failedPath, message);
    } else {
        text = tr("Changes could not be saved to %1: %2.\nYour work is kept in memory. Use Save As "
                  "to save it somewhere else.")
                   .arg(failedPath, message);
    }
    emit stateChanged();
    emit notice(text, NoticeBar::Level::Warning);
}

bool DocumentManager::offerRecovery() {
    for (const QString &path : UntitledFiles::orphans()) {
        QString error;
        // For writing, as restoring will: a change a crash interrupted is rolled
        // back here (a read-only open would refuse the file).
        std::unique_ptr<Document> found = Document::open(path, Store::Mode::ReadWrite, &error);
        if (!found) {
            // Left where it is: unreadable now is no reason to delete it.
            qWarning("Blauwdruk: recovery file %s cannot be opened: %s",
                     qPrintable(CommandLine::terminalLine(path)),
                     qPrintable(CommandLine::terminalLine(error)));
            continue;
        }
        const Workspace &ws = found->workspace();
        if (untouched(ws)) {
            found.reset();
            QFile::remove(path);
            continue;
        }
        QMessageBox box(mWindow);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Restore your work?"));
        box.setText(tr("Blauwdruk was not closed properly. Work that had not been saved yet "
                       "was kept:"));
        box.setInformativeText(
            tr("“%1”, last changed %2 (journeys: %3, cards: %4).\n\nRestore it now, or discard "
               "it for good?")
                .arg(ws.meta.title.isEmpty() ? tr("Untitled") : ws.meta.title,
                     QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat))
                .arg(ws.journeys.size())
                .arg(ws.cards.size()));
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("RestoreButton"));
        QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("DiscardButton"));
        box.addButton(tr("Not Now"), QMessageBox::RejectRole)
            ->setObjectName(QStringLiteral("LaterButton"));
        box.setDefaultButton(restore);
        PlainText::exec(box);
        found.reset();
        if (box.clickedButton() == discard) {
            QFile::remove(path);
            continue;
        }
        if (box.clickedButton() != restore)
            return false;
        std::unique_ptr<Document> document = Document::open(path, Store::Mode::ReadWrite, &error);
        if (!document) {
            showError(tr("Cannot restore"),
                      QStringLiteral("%1\n%2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        document->setUntitled(true);
        setDocument(std::move(document));
        mAskBeforeDiscarding = true;
        return true;
    }
    return false;
}

} // namespace blauwdruk
