#include "cardkind.h"

#include <QCoreApplication>

namespace blauwdruk {

std::span<const CardKind> CardKind::all() {
    // Colours are calm tints under text at WCAG AA contrast; the labels'
    // context is that of the editor's other labels (views/labels.cpp).
    static const CardKind kinds[] = {
        {"note", QT_TRANSLATE_NOOP("Labels", "Note"), QColor(0xFF, 0xF1, 0xA8), KindIcon::Page,
         "Notitie"},
        {"pain_point", QT_TRANSLATE_NOOP("Labels", "Pain point"), QColor(0xFF, 0xD3, 0xCC),
         KindIcon::Warning, "Knelpunt"},
        {"opportunity", QT_TRANSLATE_NOOP("Labels", "Opportunity"), QColor(0xCD, 0xEF, 0xD5),
         KindIcon::Plus, "Kans"},
        {"idea", QT_TRANSLATE_NOOP("Labels", "Idea"), QColor(0xD6, 0xE7, 0xFF), KindIcon::Bulb,
         "Idee"},
        {"question", QT_TRANSLATE_NOOP("Labels", "Question"), QColor(0xE8, 0xDD, 0xFF),
         KindIcon::Question, "Vraag"},
        {"fail_point", QT_TRANSLATE_NOOP("Labels", "Fail point"), QColor(0xFF, 0xC2, 0xB8),
         KindIcon::FailMark, "Faalpunt"},
        {"wait_point", QT_TRANSLATE_NOOP("Labels", "Wait point"), QColor(0xFF, 0xE2, 0xB8),
         KindIcon::Clock, "Wachtpunt"},
        {"kpi", QT_TRANSLATE_NOOP("Labels", "KPI"), QColor(0xCF, 0xEE, 0xEE), KindIcon::Bars,
         "KPI"},
        {"decision", QT_TRANSLATE_NOOP("Labels", "Decision"), QColor(0xE3, 0xE3, 0xE0),
         KindIcon::Diamond, "Besluit"},
    };
    return kinds;
}

const CardKind *CardKind::find(QStringView id) {
    for (const CardKind &kind : all())
        if (id == QLatin1StringView(kind.id))
            return &kind;
    return nullptr;
}

} // namespace blauwdruk
