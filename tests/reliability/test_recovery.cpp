#include "killscript.h"
#include "mainwindow.h"
#include "reliabilitysupport.h"
#include "testsupport.h"
#include "untitledfiles.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace blauwdruk;
using namespace blauwdruk::test;

namespace {

// A home folder of its own, so the untitled folder holds only this test's
// files (the worker inherits it).
struct OwnHome {
    QTemporaryDir home;
    QByteArray before = qgetenv("HOME");
    OwnHome() { qputenv("HOME", QFile::encodeName(home.path())); }
    ~OwnHome() { qputenv("HOME", before); }
};

// Answers the next message box with the button named `button` (or the
// standard button `standard`); its text lands in `text`.
void answerNextBox(const char *button, QString *text,
                   QMessageBox::StandardButton standard = QMessageBox::NoButton) {
    QTimer::singleShot(0, [button, text, standard] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        QAbstractButton *choice = standard != QMessageBox::NoButton
                                      ? box->button(standard)
                                      : box->findChild<QPushButton *>(QLatin1String(button));
        REQUIRE(choice);
        QTest::mouseClick(choice, Qt::LeftButton);
    });
}

QString untitledWorkspace(const QString &title = QString()) {
    Workspace ws = KillScript::seedWorkspace();
    if (!title.isEmpty())
        ws.meta.title = title;
    const QString path = UntitledFiles::newPath();
    QString error;
    REQUIRE(Store::writeNew(path, ws, &error));
    return path;
}

} // namespace

// docs/reliability.md, promise 2.
TEST_CASE("Untitled work of a killed editor is offered back at the next start") {
    OwnHome home;
    Worker worker({QStringLiteral("untitled"), QStringLiteral("0")});
    const QString first = worker.readLine();
    REQUIRE(first.startsWith(QLatin1String("path ")));
    const QString path = first.mid(5);
    // While it runs, its untitled file is its own and not offered to anyone.
    for (int i = 0; i < 12; ++i)
        REQUIRE_FALSE(worker.readLine().isEmpty());
    CHECK_FALSE(UntitledFiles::orphans().contains(path));
    QStringList lines = worker.killAndRead();
    const int acknowledged = 12 + int(lines.size());
    CHECK(UntitledFiles::orphans() == QStringList{path});

    MainWindow window;
    window.show();
    QString question;
    answerNextBox("RestoreButton", &question);
    REQUIRE(window.documents()->offerRecovery());
    INFO(question.toStdString());
    CHECK(question.contains(QStringLiteral("not closed properly")));
    CHECK(question.contains(KillScript::seedWorkspace().meta.title));
    Document *document = window.document();
    REQUIRE(document);
    CHECK(document->filePath() == path);
    CHECK(document->isUntitled());
    CHECK_FALSE(document->isReadOnly());
    const KillScript script(document->workspace());
    const KillScript::State found = script.found(document->workspace());
    CHECK((found == script.expected(acknowledged) || found == script.expected(acknowledged + 1)));
    CHECK(UntitledFiles::orphans().isEmpty()); // it is this window's now

    // Restored work is not dropped unasked, even without a new edit.
    QString keep;
    answerNextBox(nullptr, &keep, QMessageBox::Cancel);
    CHECK_FALSE(window.documents()->close());
    CHECK(keep.contains(QStringLiteral("Save it before closing")));
    CHECK(QFile::exists(path));
}

TEST_CASE("Recovered work can wait for later or be discarded") {
    OwnHome home;
    const QString older = untitledWorkspace(QStringLiteral("Ouder werk"));
    MainWindow window;
    window.show();
    QString question;
    answerNextBox("LaterButton", &question);
    CHECK_FALSE(window.documents()->offerRecovery());
    CHECK(question.contains(QStringLiteral("Ouder werk")));
    CHECK(QFile::exists(older)); // kept for the next start

    answerNextBox("DiscardButton", &question);
    CHECK_FALSE(window.documents()->offerRecovery());
    CHECK_FALSE(QFile::exists(older));
    CHECK(UntitledFiles::orphans().isEmpty());
    CHECK_FALSE(window.documents()->offerRecovery()); // nothing left to offer: no question
}

TEST_CASE("An untitled example nobody changed is cleaned up without a question") {
    OwnHome home;
    const QString example = untitledWorkspace();
    MainWindow window;
    window.show();
    bool asked = false;
    QTimer::singleShot(0, [&asked] { // answers a question, which must not come
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    CHECK_FALSE(window.documents()->offerRecovery());
    QApplication::processEvents();
    CHECK_FALSE(asked);
    CHECK_FALSE(QFile::exists(example));
}
