#include "accesskeys.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace blauwdruk {

namespace {

// The letter after a single '&' in `text`, lower case; null when none.
QChar accessKey(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i; // "&&" is an ampersand shown
        }
    return {};
}

// What the entry shows: "&&" as "&", the access key's '&' left out.
QString shown(const QString &text) {
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

// `plain` with the access key before its character at `at`.
QString withKeyAt(const QString &plain, qsizetype at) {
    QString text;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i == at)
            text += u'&';
        text += plain.at(i);
        if (plain.at(i) == u'&')
            text += u'&';
    }
    return text;
}

// The place in `plain` of a letter not in `taken`: a word's first first.
qsizetype freeLetter(const QString &plain, const QSet<QChar> &taken) {
    for (const bool wordStartsOnly : {true, false})
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QChar c = plain.at(i);
            const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
            if (c.isLetterOrNumber() && (wordStart || !wordStartsOnly) &&
                !taken.contains(c.toLower()))
                return i;
        }
    return -1;
}

void makeUnique(QMenu *menu, QSet<const QAction *> &settled) {
    if (menu->objectName() == QLatin1String("RecentMenu"))
        return;
    QList<QAction *> entries;
    for (QAction *action : menu->actions())
        if (!action->isSeparator() && !action->text().isEmpty())
            entries << action;
    QSet<QChar> taken;
    // Entries settled in a menu before keep their letter; then, in order,
    // each entry whose letter is still free keeps it.
    for (const bool firstSettled : {true, false})
        for (QAction *action : entries)
            if (settled.contains(action) == firstSettled) {
                const QChar key = accessKey(action->text());
                if (!key.isNull() && !taken.contains(key)) {
                    taken.insert(key);
                    settled.insert(action);
                }
            }
    for (QAction *action : entries) {
        if (settled.contains(action))
            continue;
        const QString plain = shown(action->text());
        if (const qsizetype at = freeLetter(plain, taken); at >= 0) {
            action->setText(withKeyAt(plain, at));
            taken.insert(plain.at(at).toLower());
        }
        settled.insert(action);
    }
    for (QAction *action : entries)
        if (action->menu())
            makeUnique(action->menu(), settled);
}

} // namespace

void AccessKeys::makeUnique(QMenuBar *bar) {
    QSet<const QAction *> settled;
    for (QAction *entry : bar->actions())
        if (entry->menu())
            blauwdruk::makeUnique(entry->menu(), settled);
}

void AccessKeys::keepUnique(QMenuBar *bar) {
    makeUnique(bar);
    // Some entries change their text as the window's state changes (a dock
    // that names its journey, Start or Stop): looked at again as a menu opens.
    for (QAction *entry : bar->actions())
        if (QMenu *menu = entry->menu())
            QObject::connect(menu, &QMenu::aboutToShow, bar, [bar] { makeUnique(bar); });
}

} // namespace blauwdruk
