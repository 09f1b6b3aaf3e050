#include "publishdialog.h"

#include "backgroundwork.h"
#include "labels.h"
#include "library.h"
#include "libraryconnect.h"
#include "pgconnection.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

PublishDialog::PublishDialog(const Workspace &workspace, const QString &journey, QWidget *parent)
    : QDialog(parent)
    , mWorkspace(workspace)
    , mJourney(journey) {
    setObjectName(QStringLiteral("PublishDialog"));
    setWindowTitle(tr("Publish to Library"));
    const Journey *j = workspace.find<Journey>(journey);
    const Persona *persona = j ? workspace.find<Persona>(j->persona) : nullptr;
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        (persona ? tr("“%1” (%2), with its persona %3.")
                       .arg(j->title, Labels::reviewStatus(j->status), persona->name)
                 : tr("“%1” (%2).")
                       .arg(j ? j->title : QString(),
                            Labels::reviewStatus(j ? j->status : QString()))) +
        QStringLiteral("\n\n") +
        tr("It is published as the organisation you log in as, for every organisation in the "
           "library to find and take. A published version is never changed; publishing this "
           "journey again adds a new version, and only your organisation can retract yours."));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    mConnInfo = new QLineEdit(LibraryConnect::remembered());
    mConnInfo->setObjectName(QStringLiteral("LibraryConnection"));
    mConnInfo->setPlaceholderText(tr("host=… dbname=… user=…  or  service=NAME"));
    form->addRow(tr("&Library:"), mConnInfo);
    layout->addLayout(form);
    mResult = new QLabel;
    mResult->setObjectName(QStringLiteral("PublishResult"));
    mResult->setWordWrap(true);
    mResult->setTextFormat(Qt::PlainText);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(mResult);
    auto *buttons = new QDialogButtonBox;
    mPublish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    mPublish->setObjectName(QStringLiteral("Publish"));
    mPublish->setDefault(true);
    mPublish->setEnabled(j != nullptr);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mPublish, &QPushButton::clicked, this, &PublishDialog::publish);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool PublishDialog::publish() {
    QString error;
    std::unique_ptr<PgConnection> connection =
        LibraryConnect::open(this, mConnInfo->text(), &error);
    if (!connection) {
        mResult->setText(tr("Not published: %1").arg(error));
        return false;
    }
    struct Answer {
        std::optional<LibraryVersion> version;
        QString error;
    };
    // On a thread, with a copy: a live session may change the workspace
    // while the library stores it.
    PgConnection *server = connection.get();
    const std::optional<Answer> answer = BackgroundWork::run<Answer>(
        this, tr("Publishing to the library…"),
        [server, workspace = mWorkspace, journey = mJourney] {
            Answer answer;
            answer.version = Library(*server).publish(workspace, journey, &answer.error);
            return answer;
        },
        [server] { server->cancel(); });
    error = answer->error;
    const std::optional<LibraryVersion> &version = answer->version;
    if (!version) {
        mResult->setText(tr("Not published: %1").arg(error));
        return false;
    }
    mResult->setText(tr("Published as version %1 of “%2” by %3. Its id: %4")
                         .arg(version->number)
                         .arg(version->title, version->organisationName, version->id));
    mPublish->setEnabled(false);
    return true;
}

} // namespace blauwdruk
