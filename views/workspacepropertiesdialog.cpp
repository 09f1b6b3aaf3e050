#include "workspacepropertiesdialog.h"

#include "document.h"
#include "edits.h"
#include "labels.h"
#include "readonlyfields.h"
#include "textlimit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

QLineEdit *lineEdit(const char *name, const QString &text) {
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    TextLimit::apply(edit); // before the text: the default maximum would cut it
    edit->setText(text);
    edit->setCursorPosition(0);
    return edit;
}

QPlainTextEdit *textEdit(const char *name, const QString &text, int height) {
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(name));
    TextLimit::apply(edit);
    edit->setPlainText(text);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

WorkspacePropertiesDialog::WorkspacePropertiesDialog(const WorkspaceMeta &meta, Purpose purpose,
                                                     bool readOnly, QWidget *parent)
    : QDialog(parent)
    , mMeta(meta)
    , mPurpose(purpose) {
    setObjectName(QStringLiteral("WorkspacePropertiesDialog"));
    setWindowTitle(purpose == Purpose::Create ? tr("New Workspace") : tr("Workspace Properties"));
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    mTitle = lineEdit("WorkspaceTitle", meta.title);
    mTitle->setPlaceholderText(tr("e.g. Support for residents on a low income"));
    form->addRow(tr("&Title"), mTitle);
    mOrganisation = lineEdit("WorkspaceOrganisation", meta.organisation);
    mOrganisation->setPlaceholderText(tr("e.g. Gemeente Utrecht, Team Werk en Inkomen"));
    form->addRow(tr("&Organisation"), mOrganisation);
    mTheme = lineEdit("WorkspaceTheme", meta.theme);
    form->addRow(tr("T&heme"), mTheme);
    mDescription = textEdit("WorkspaceDescription", meta.description, 88);
    form->addRow(tr("&Description"), mDescription);
    mLanguage = new QComboBox;
    mLanguage->setObjectName(QStringLiteral("WorkspaceLanguage"));
    for (const QString &code : *fieldRule(EntityType::Workspace, u"language").choices)
        mLanguage->addItem(Labels::language(code), code);
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(meta.language)));
    mLanguage->setToolTip(tr("The language of the workspace's content: the titles of new lanes, "
                             "posters and persona sheets follow it"));
    form->addRow(tr("&Language"), mLanguage);
    mAuthors = textEdit("WorkspaceAuthors", meta.authors.join(QLatin1Char('\n')), 72);
    mAuthors->setPlaceholderText(tr("One author a line"));
    form->addRow(tr("&Authors"), mAuthors);

    auto *buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    if (mOk) {
        if (purpose == Purpose::Create)
            mOk->setText(tr("Create Workspace"));
        mOk->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(buttons);
    // Readable and selectable for copying, not editable: nothing would be saved.
    if (readOnly)
        ReadOnlyFields::apply(fields, true);
    connect(mTitle, &QLineEdit::textChanged, this, &WorkspacePropertiesDialog::updateOk);
    updateOk();
    // The title is what a new workspace needs first, and what is most often changed.
    mTitle->setFocus();
    mTitle->selectAll();
    resize(560, sizeHint().height());
}

void WorkspacePropertiesDialog::updateOk() {
    // A new workspace is made with a title: posters and the window show it.
    if (mOk && mPurpose == Purpose::Create)
        mOk->setEnabled(!mTitle->text().trimmed().isEmpty());
}

WorkspaceMeta WorkspacePropertiesDialog::meta() const {
    WorkspaceMeta meta = mMeta;
    meta.title = mTitle->text().trimmed();
    meta.organisation = mOrganisation->text().trimmed();
    meta.theme = mTheme->text().trimmed();
    meta.description = mDescription->toPlainText().trimmed();
    meta.language = mLanguage->currentData().toString();
    meta.authors.clear();
    for (const QString &line : mAuthors->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            meta.authors << line.trimmed();
    return meta;
}

bool WorkspacePropertiesDialog::applyTo(Document &document) const {
    const WorkspaceMeta edited = meta();
    Edits edits(document);
    for (const Field<WorkspaceMeta> &field : WorkspaceMeta::fields()) {
        const QVariant value = field.get(edited);
        if (value == field.get(document.workspace().meta))
            continue;
        if (!edits.setWorkspaceField(QLatin1String(field.name), value))
            return false;
    }
    return true;
}

} // namespace blauwdruk
