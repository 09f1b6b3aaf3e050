#include "privacyguard.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace blauwdruk;

namespace {

QStringList kinds(const QString &text) {
    QStringList found;
    for (const PrivacyGuard::Finding &f : PrivacyGuard::scanText(text))
        found << f.kind;
    return found;
}

} // namespace

TEST_CASE("Privacy: a BSN passes the eleven-test, in any usual notation") {
    CHECK(PrivacyGuard::isBsn(QStringLiteral("111222333")));
    CHECK(PrivacyGuard::isBsn(QStringLiteral("123456782")));
    CHECK_FALSE(PrivacyGuard::isBsn(QStringLiteral("123456789"))); // fails the test
    CHECK_FALSE(PrivacyGuard::isBsn(QStringLiteral("000000000")));
    CHECK(kinds(QStringLiteral("BSN 123456782 staat op de brief")) == QStringList{"BSN"});
    CHECK(kinds(QStringLiteral("bsn: 1234.56.782")) == QStringList{"BSN"});
    CHECK(kinds(QStringLiteral("123 456 782")) == QStringList{"BSN"});
    CHECK(kinds(QStringLiteral("Haar BSN is 123456782.")) == QStringList{"BSN"});
    CHECK(kinds(QStringLiteral("kenmerk 123456789")).isEmpty());
    CHECK(kinds(QStringLiteral("12345678201")).isEmpty()); // part of a longer number
}

TEST_CASE("Privacy: an IBAN needs a valid checksum") {
    CHECK(PrivacyGuard::isIban(QStringLiteral("NL91ABNA0417164300")));
    CHECK(PrivacyGuard::isIban(QStringLiteral("NL91 ABNA 0417 1643 00")));
    CHECK(PrivacyGuard::isIban(QStringLiteral("DE89370400440532013000")));
    CHECK_FALSE(PrivacyGuard::isIban(QStringLiteral("NL92ABNA0417164300")));
    CHECK(kinds(QStringLiteral("Maak over naar NL91 ABNA 0417 1643 00 graag")) ==
          QStringList{"IBAN"});
    CHECK(kinds(QStringLiteral("code NL12ABCD1234567890 in de handleiding")).isEmpty());
}

TEST_CASE("Privacy: e-mail addresses and Dutch phone numbers") {
    CHECK(kinds(QStringLiteral("mail samira.elamrani@example.nl")) == QStringList{"e-mail"});
    CHECK(kinds(QStringLiteral("bel 06-12345678")) == QStringList{"phone"});
    CHECK(kinds(QStringLiteral("bel 06 12 34 56 78")) == QStringList{"phone"});
    CHECK(kinds(QStringLiteral("+31 6 12345678")) == QStringList{"phone"});
    CHECK(kinds(QStringLiteral("(010) 123 4567")) == QStringList{"phone"});
    // Ordinary numbers in workshop texts are no finding.
    for (const char *text : {"Binnen 5 werkdagen, 120% van het minimum", "29-11-2026",
                             "versie 2.4.1", "Zwolle heeft 130000 inwoners", "Postcode 8011 AB",
                             "budget 1500000", "14 050", "tel: 14 038"})
        CHECK(kinds(QLatin1String(text)).isEmpty());
    // The masked match never shows the whole value.
    const auto found = PrivacyGuard::scanText(QStringLiteral("06-12345678"));
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].masked.contains(QStringLiteral("12345678")));
}

TEST_CASE("Privacy: the scan names where each finding is, the example is clean") {
    Workspace ws = test::exampleWorkspace();
    CHECK(PrivacyGuard::scan(ws).empty());
    ws.cards[3].text += QStringLiteral(" BSN 123456782");
    ws.personas[0].story += QStringLiteral(" Haar mail is samira@example.nl.");
    ws.personas[0].tags << QStringLiteral("06-12345678");
    const auto findings = PrivacyGuard::scan(ws);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].type == EntityType::Persona);
    CHECK(findings[0].field == QStringLiteral("story"));
    CHECK(findings[0].kind == QStringLiteral("e-mail"));
    CHECK(findings[1].field == QStringLiteral("tags"));
    CHECK(findings[1].kind == QStringLiteral("phone"));
    CHECK(findings[2].type == EntityType::Card);
    CHECK(findings[2].id == ws.cards[3].id);
    CHECK(findings[2].kind == QStringLiteral("BSN"));
}
