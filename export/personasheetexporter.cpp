#include "personasheetexporter.h"

#include "pdffile.h"
#include "personasheetpainter.h"
#include "workspace.h"
#include "workspacelanguage.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace blauwdruk {

namespace {

// The personas to export, or empty with `error` set.
std::vector<const Persona *> resolve(const Workspace &workspace, const QStringList &ids,
                                     QString *error) {
    std::vector<const Persona *> personas;
    if (ids.isEmpty()) {
        *error = QCoreApplication::translate("Export", "there are no personas to export");
        return personas;
    }
    for (const QString &id : ids) {
        const Persona *persona = workspace.find<Persona>(id);
        if (!persona) {
            *error = QCoreApplication::translate("Export", "has no persona with id %1").arg(id);
            return {};
        }
        personas.push_back(persona);
    }
    return personas;
}

} // namespace

QString PersonaSheetExporter::documentTitle(const Workspace &workspace,
                                            const QStringList &personaIds) {
    const Persona *persona =
        personaIds.size() == 1 ? workspace.find<Persona>(personaIds.front()) : nullptr;
    if (persona)
        return QCoreApplication::translate("blauwdruk::PersonaSheetExporter", "Persona: %1")
            .arg(persona->name.simplified());
    return QCoreApplication::translate("blauwdruk::PersonaSheetExporter", "Personas \u2014 %1")
        .arg(workspace.meta.title.simplified());
}

bool PersonaSheetExporter::paint(QPagedPaintDevice &device, const Workspace &workspace,
                                 const QStringList &personaIds, QString *error) {
    const std::vector<const Persona *> personas = resolve(workspace, personaIds, error);
    if (personas.empty())
        return false;
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = QCoreApplication::translate("Export", "could not start drawing the PDF");
        return false;
    }
    const PersonaSheetPainter sheet;
    const QRectF page(0, 0, device.width(), device.height());
    for (size_t i = 0; i < personas.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            *error = QCoreApplication::translate("Export", "could not start a new page");
            return false;
        }
        sheet.paint(painter, page, *personas[i], workspace);
    }
    if (!painter.end()) {
        *error = QCoreApplication::translate("Export", "could not finish the PDF");
        return false;
    }
    return true;
}

bool PersonaSheetExporter::write(const Workspace &workspace, const QStringList &personaIds,
                                 const QString &path, QString *error) {
    if (resolve(workspace, personaIds, error).empty())
        return false;
    const WorkspaceLanguage language(workspace);
    return PdfFile::writeA4(
        path, documentTitle(workspace, personaIds), kResolution,
        [&](QPagedPaintDevice &device, QString *why) {
            return paint(device, workspace, personaIds, why);
        },
        error);
}

} // namespace blauwdruk
