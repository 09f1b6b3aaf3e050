#pragma once

#include "workspacemeta.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace blauwdruk {

class Document;

// File › Workspace Properties and File › New: the workspace's title,
// organisation, theme, description, language of its content and authors
// (one a line). Editing, OK writes each changed field as its own undo step;
// for a new workspace it asks for the title before anything is made.
class WorkspacePropertiesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Edit, Create };
    WorkspacePropertiesDialog(const WorkspaceMeta &meta, Purpose purpose, bool readOnly,
                              QWidget *parent = nullptr);

    // The workspace's description as the dialog shows it.
    WorkspaceMeta meta() const;
    // Writes every field that differs from the document's as one undoable
    // edit each; false when one is refused (the document says why).
    bool applyTo(Document &document) const;

private:
    void updateOk();

    WorkspaceMeta mMeta;
    Purpose mPurpose;
    QLineEdit *mTitle = nullptr;
    QLineEdit *mOrganisation = nullptr;
    QLineEdit *mTheme = nullptr;
    QPlainTextEdit *mDescription = nullptr;
    QComboBox *mLanguage = nullptr;
    QPlainTextEdit *mAuthors = nullptr;
    QPushButton *mOk = nullptr;
};

} // namespace blauwdruk
