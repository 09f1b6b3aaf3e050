#pragma once

#include "document.h"
#include "jsoncodec.h"
#include "workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QAbstractSpinBox;
class QComboBox;
class QListWidget;

namespace blauwdruk::test {

// The bundled example, read from the source tree.
Workspace exampleWorkspace();
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QString dataPath(const QString &name); // tests/data/NAME
// Runs SQL on a file with SQLite directly, as another tool would (to make
// altered or damaged files); fails the test when SQLite refuses.
void runSql(const QString &path, const QString &sql);
// SHA-256 of a file's bytes, to show that a file was left exactly as it was.
QByteArray fileHash(const QString &path);

// Canonical text of a workspace: equal text, equal workspace.
inline std::string canonical(const Workspace &ws) {
    return JsonCodec::write(ws).toStdString();
}

// What is on disk right now, read by a fresh read-only connection.
std::string onDisk(const QString &path);

// A document on a fresh file holding the example, in a temporary folder.
struct ExampleFile {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Document> document;
    ExampleFile();
    explicit ExampleFile(const Workspace &workspace); // another workspace, saved the same way
};

// Runs a third-party checker (tidy, qpdf, pdfinfo, ...) to its end; a
// missing one fails the test, because a skipped check looks like a passed
// one. `package` names the Debian package that has it.
struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};
ToolRun runTool(const QString &tool, const QStringList &arguments, const char *package);
// Output of a poppler-utils tool (pdfinfo, pdftotext, ...), which checks our
// PDFs independently; a missing tool fails the test (install-deps --tests
// installs it).
QString poppler(const QString &tool, const QStringList &arguments);
int pdfPageCount(const QString &pdf);
// The PDF's text with runs of white space made single spaces.
QString pdfText(const QString &pdf);

// The example with no steps paired by hand, for tests of the alignment by title.
Workspace exampleWithoutPairs();

// Picks item `index` of a combo box as a user does with the keyboard: opens
// its list (F4), goes to the item and presses Return, so the box emits
// activated() through its own code, not the test's.
void chooseItem(QComboBox *combo, int index);
// The same for the item whose data is `data`; the test stops when none is.
void chooseData(QComboBox *combo, const QVariant &data);
// Activates a list's item as a user does: a double click on it.
void activateItem(QListWidget *list, int row);
// Replaces what a spin box shows by typing `text` and pressing Return.
void typeInto(QAbstractSpinBox *spin, const QString &text);

} // namespace blauwdruk::test
