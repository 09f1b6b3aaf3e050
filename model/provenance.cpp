#include "provenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace blauwdruk {

namespace {

// Far above any title or file name, far below a text that could hurt.
constexpr qsizetype kMaxPart = 1000;

struct Part {
    const char *key;
    QString Provenance::*member;
};

constexpr Part kParts[] = {
    {"workspace", &Provenance::workspace}, {"organisation", &Provenance::organisation},
    {"file", &Provenance::file},           {"library", &Provenance::library},
    {"taken_at", &Provenance::takenAt},    {"original", &Provenance::original},
};

} // namespace

QString Provenance::toText() const {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (const Part &part : kParts)
        json[part.key] = (this->*part.member).toStdString();
    return QString::fromStdString(json.dump());
}

std::optional<Provenance> Provenance::fromText(const QString &text) {
    if (text.size() > 8 * kMaxPart)
        return std::nullopt;
    const nlohmann::json json = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (!json.is_object() || json.size() > std::size(kParts))
        return std::nullopt;
    Provenance origin;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Part *part = nullptr;
        for (const Part &candidate : kParts)
            if (it.key() == candidate.key)
                part = &candidate;
        if (!part || !it.value().is_string())
            return std::nullopt;
        const QString value = QString::fromStdString(it.value().get<std::string>());
        if (value.size() > kMaxPart)
            return std::nullopt;
        origin.*part->member = value;
    }
    if (origin.original.trimmed().isEmpty() ||
        !QDateTime::fromString(origin.takenAt, Qt::ISODate).isValid())
        return std::nullopt;
    return origin;
}

bool Provenance::isValidText(const QString &text) {
    return text.isEmpty() || fromText(text).has_value();
}

bool Provenance::isOriginOf(const QString &originText, const QString &sourceId) const {
    if (originText.isEmpty())
        return false;
    const std::optional<Provenance> origin = fromText(originText);
    return origin && origin->original == sourceId && origin->library == library &&
           origin->file == file && origin->workspace == workspace;
}

QString Provenance::describe() const {
    const QString source = workspace.isEmpty() ? organisation
                           : organisation.isEmpty()
                               ? workspace
                               : organisation + QStringLiteral(" · ") + workspace;
    const QString where =
        library.isEmpty()
            ? (file.isEmpty() ? source : source + QStringLiteral(" (") + file + QLatin1Char(')'))
            : QCoreApplication::translate("Provenance", "%1 (library)").arg(source);
    const QDateTime when = QDateTime::fromString(takenAt, Qt::ISODate).toLocalTime();
    return QCoreApplication::translate("Provenance", "%1, taken %2")
        .arg(where, QLocale().toString(when.date(), QLocale::ShortFormat));
}

} // namespace blauwdruk
