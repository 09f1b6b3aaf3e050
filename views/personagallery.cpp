#include "personagallery.h"
#include "plaintext.h"

#include "document.h"
#include "edits.h"
#include "personaportrait.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace blauwdruk {

namespace {

constexpr int kPortrait = 96;

} // namespace

PersonaGallery::PersonaGallery(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("PersonaGallery"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *intro = new QLabel(tr("The model residents of this workspace. Double-click one to edit "
                                "it; its journeys are listed in the overview."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New Persona"));
    add->setObjectName(QStringLiteral("NewPersonaButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString id = addPersona();
        if (!id.isEmpty())
            emit personaActivated(id);
    });
    mOpen = new QPushButton(tr("&Open"));
    connect(mOpen, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            emit personaActivated(selectedId());
    });
    mDuplicate = new QPushButton(tr("D&uplicate"));
    connect(mDuplicate, &QPushButton::clicked, this, &PersonaGallery::duplicateSelected);
    mRemove = new QPushButton(tr("&Delete…"));
    mRemove->setObjectName(QStringLiteral("DeletePersonaButton"));
    connect(mRemove, &QPushButton::clicked, this, &PersonaGallery::removeSelected);
    mExport = new QPushButton(tr("&Export Sheets as PDF…"));
    connect(mExport, &QPushButton::clicked, this, [this] {
        QStringList ids;
        if (mDocument)
            for (const Persona *persona : mDocument->workspace().orderedPersonas())
                ids << persona->id;
        emit exportRequested(ids);
    });
    for (QPushButton *button : {add, mOpen, mDuplicate, mRemove})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(mExport);
    layout->addLayout(buttons);

    mList = new QListWidget;
    mList->setObjectName(QStringLiteral("PersonaList"));
    mList->setAccessibleName(tr("Personas"));
    mList->setViewMode(QListView::IconMode);
    mList->setIconSize(QSize(kPortrait, kPortrait));
    mList->setGridSize(QSize(184, 168));
    mList->setResizeMode(QListView::Adjust);
    mList->setMovement(QListView::Static);
    mList->setWordWrap(true);
    mList->setSpacing(8);
    mList->setUniformItemSizes(true);
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit personaActivated(item->data(Qt::UserRole).toString());
    });
    connect(mList, &QListWidget::itemSelectionChanged, this, &PersonaGallery::updateButtons);
    layout->addWidget(mList, 1);
    updateButtons();
}

void PersonaGallery::setDocument(Document *document) {
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::changed, this, &PersonaGallery::onChanged);
    rebuild();
}

void PersonaGallery::onChanged(const Changes &changes) {
    for (const Change &change : changes)
        if (change.type == EntityType::Persona) {
            rebuild();
            return;
        }
}

void PersonaGallery::rebuild() {
    const QString selected = selectedId();
    mList->clear();
    if (!mDocument) {
        updateButtons();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    for (const Persona *persona : mDocument->workspace().orderedPersonas()) {
        QImage portrait = PersonaPortrait::render(*persona, int(kPortrait * ratio));
        portrait.setDevicePixelRatio(ratio);
        QString label = persona->name.isEmpty() ? tr("(no name)") : persona->name;
        if (persona->age > 0)
            label += tr(", %1").arg(persona->age);
        // The portrait as it is when chosen too: Qt would tint it with the
        // highlight, and every persona would look alike.
        QIcon icon;
        const QPixmap pixmap = QPixmap::fromImage(portrait);
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Selected);
        auto *item = new QListWidgetItem(icon, label, mList);
        item->setData(Qt::UserRole, persona->id);
        item->setToolTip(PlainText::toolTip(
            persona->quote.isEmpty()
                ? label
                : QStringLiteral("%1\n“%2”").arg(label, persona->quote.left(300))));
        if (persona->id == selected)
            item->setSelected(true);
    }
    updateButtons();
}

void PersonaGallery::updateButtons() {
    const bool any = !selectedId().isEmpty();
    mOpen->setEnabled(any);
    mDuplicate->setEnabled(any);
    mRemove->setEnabled(any);
    mExport->setEnabled(mList->count() > 0);
}

QString PersonaGallery::selectedId() const {
    const auto items = mList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void PersonaGallery::select(const QString &personaId) {
    for (int i = 0; i < mList->count(); ++i)
        if (mList->item(i)->data(Qt::UserRole).toString() == personaId) {
            mList->setCurrentItem(mList->item(i));
            mList->scrollToItem(mList->item(i));
        }
}

QString PersonaGallery::addPersona() {
    if (!mDocument)
        return QString();
    const QString id = Edits(*mDocument).addPersona(tr("New persona"));
    select(id);
    return id;
}

QString PersonaGallery::duplicateSelected() {
    if (!mDocument || selectedId().isEmpty())
        return QString();
    const QString id = Edits(*mDocument).duplicatePersona(selectedId());
    select(id);
    return id;
}

bool PersonaGallery::removeSelected() {
    const QString id = selectedId();
    const Persona *persona = mDocument ? mDocument->workspace().find<Persona>(id) : nullptr;
    if (!persona)
        return false;
    QStringList used;
    for (const Journey *journey : mDocument->workspace().orderedJourneys())
        if (journey->persona == id)
            used << QStringLiteral("• ") + journey->title;
    if (!used.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Delete Persona"),
            (used.size() == 1 ? tr("%1 is the persona of this journey:").arg(persona->name)
                              : tr("%1 is the persona of these %2 journeys:")
                                    .arg(persona->name)
                                    .arg(used.size())) +
                QStringLiteral("\n\n") + used.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                tr("The journeys stay, without a persona. You can undo this."),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("DeletePersonaQuestion"));
        QPushButton *remove = box.addButton(tr("Delete Persona"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        PlainText::exec(box);
        if (box.clickedButton() != remove)
            return false;
    }
    return Edits(*mDocument).removePersona(id);
}

} // namespace blauwdruk
