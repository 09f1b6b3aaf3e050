#include "privacyguard.h"

#include "sizelimits.h"
#include "workspace.h"

#include <QRegularExpression>

namespace blauwdruk {

namespace {

QString digitsOf(const QString &text) {
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

// "123456782" -> "12•••••82": enough to find it, not enough to leak it.
QString mask(const QString &match) {
    const QString trimmed = match.trimmed();
    if (trimmed.size() <= 4)
        return QString(trimmed.size(), QChar(0x2022));
    return trimmed.left(2) + QString(trimmed.size() - 4, QChar(0x2022)) + trimmed.right(2);
}

} // namespace

bool PrivacyGuard::isBsn(const QString &text) {
    const QString digits = digitsOf(text);
    if (digits.size() != 9 || digits == QLatin1String("000000000"))
        return false;
    // The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11.
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * digits[i].digitValue();
    sum -= digits[8].digitValue();
    return sum % 11 == 0;
}

bool PrivacyGuard::isIban(const QString &text) {
    QString iban = text;
    iban.remove(QLatin1Char(' '));
    iban = iban.toUpper();
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    // ISO 13616: move the first four characters to the end, letters become
    // 10..35, and the number modulo 97 is 1.
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : moved) {
        int value;
        if (c.isDigit())
            value = c.digitValue();
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else
            return false;
        remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
    }
    return remainder == 1;
}

std::vector<PrivacyGuard::Finding> PrivacyGuard::scanText(const QString &text) {
    std::vector<Finding> found;
    if (text.isEmpty())
        return found;
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
    // Written whole or in groups of four, as banks print it.
    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Not part of a longer number; a full stop after it ends a sentence.
    static const QRegularExpression bsn(
        QStringLiteral("(?<!\\d)(?<!\\d\\.)(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3} \\d{3} "
                       "\\d{3})(?!\\d)(?!\\.\\d)"));
    // Dutch phone numbers: 0 and nine more digits (06-12345678, 010 123 4567)
    // or +31 / 0031 and nine digits; separators may be spaces, dashes,
    // dots or brackets.
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w+])(?:\\+31|0031|0)[\\s().-]*(?:\\d[\\s().-]*){8}\\d(?!\\d)"));
    auto add = [&](const QString &kind, const QString &match) {
        found.push_back({EntityType::Workspace, QString(), QString(), kind, mask(match)});
    };
    QString rest = text;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(QStringLiteral("e-mail"), m.captured());
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    for (auto it = iban.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        if (isIban(m.captured())) {
            add(QStringLiteral("IBAN"), m.captured());
            rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
        }
    }
    for (auto it = phone.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        const QString digits = digitsOf(m.captured());
        const bool national = digits.startsWith(QLatin1Char('0')) && !digits.startsWith("00");
        if ((national && digits.size() == 10) || (!national && digits.size() == 11) ||
            (digits.startsWith("0031") && digits.size() == 13)) {
            add(QStringLiteral("phone"), m.captured());
            rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
        }
    }
    for (auto it = bsn.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        if (isBsn(m.captured()))
            add(QStringLiteral("BSN"), m.captured());
    }
    return found;
}

namespace {

// Ids, references and stored tokens are ours, not the user's. A
// provenance record is ids, a date and the names its source gave itself.
bool isOurs(const char *field) {
    static const QStringList ours{"id",      "journey",     "stage",    "step",     "lane",
                                  "from",    "to",          "target",   "persona",  "counterpart",
                                  "colour",  "kind",        "status",   "evidence", "line_above",
                                  "created", "reviewed_at", "language", "snapshot", "origin"};
    return ours.contains(QLatin1String(field));
}

template <class T>
void scanEntity(const T &object, EntityType type, const QString &id,
                std::vector<PrivacyGuard::Finding> &out) {
    for (const auto &field : T::fields()) {
        if (isOurs(field.name))
            continue;
        QString text;
        if (field.type() == FieldType::Text)
            text = object.*std::get<QString T::*>(field.member);
        else if (field.type() == FieldType::TextList)
            text = (object.*std::get<QStringList T::*>(field.member)).join(QLatin1Char('\n'));
        else
            continue;
        // Longer texts are refused by validation; scanning megabytes would only delay that.
        if (text.size() > limits::kMaxTextLength)
            continue;
        for (PrivacyGuard::Finding finding : PrivacyGuard::scanText(text)) {
            finding.type = type;
            finding.id = id;
            finding.field = QLatin1String(field.name);
            out.push_back(std::move(finding));
        }
    }
}

} // namespace

std::vector<PrivacyGuard::Finding> PrivacyGuard::scan(const Workspace &workspace) {
    std::vector<Finding> all;
    scanEntity(workspace.meta, EntityType::Workspace, QString(), all);
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if constexpr (!std::is_same_v<T, Version>) // a snapshot is checked when restored
            for (const T &object : workspace.items<T>())
                scanEntity(object, T::kType, object.id, all);
    });
    return all;
}

std::vector<PrivacyGuard::Finding> PrivacyGuard::scanObject(const Workspace &workspace,
                                                            EntityType type, const QString &id) {
    std::vector<Finding> found;
    forEachListType([&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        if (T::kType == type)
            if (const T *object = workspace.find<T>(id))
                scanEntity(*object, type, id, found);
    });
    return found;
}

} // namespace blauwdruk
