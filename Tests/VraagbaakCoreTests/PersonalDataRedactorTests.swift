import Foundation
import Testing
@testable import VraagbaakCore

struct PersonalDataRedactorTests {
    private let redactor = PersonalDataRedactor()

    @Test(arguments: [
        ("Mijn BSN is 111222333, klopt dat?", "Mijn BSN is [BSN], klopt dat?"),
        ("BSN 123456782", "BSN [BSN]"),
        ("bsn: 111.222.333.", "bsn: [BSN]."),
        ("bsn 111 222 333 graag", "bsn [BSN] graag"),
        ("nummer 1112.22.333", "nummer [BSN]"),
    ])
    func aBSNPassingTheElevenTestIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test(arguments: [
        ("Bel me op 06-12345678.", "Bel me op [telefoon]."),
        ("Bel 06 1234 5678 na vijven", "Bel [telefoon] na vijven"),
        ("Mijn nummer is 0612345678", "Mijn nummer is [telefoon]"),
        ("Vast: 020-1234567", "Vast: [telefoon]"),
        ("Vast: 020 123 45 67", "Vast: [telefoon]"),
        ("Vast: (020) 1234567", "Vast: [telefoon]"),
        ("Bel +31 6 12345678", "Bel [telefoon]"),
        ("Bel +31612345678", "Bel [telefoon]"),
        ("Bel +31 (0)20 1234567", "Bel [telefoon]"),
        ("Bel 0031 6 12345678", "Bel [telefoon]"),
        ("Bel 0031612345678 nu", "Bel [telefoon] nu"),
    ])
    func aDutchPhoneNumberIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test(arguments: [
        ("Mail naar jan.jansen@example.nl svp", "Mail naar [e-mail] svp"),
        ("Mijn adres: j_de-vries+vraag@mail.gemeente.nl.", "Mijn adres: [e-mail]."),
    ])
    func anEmailAddressIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test(arguments: [
        ("Rekening NL91ABNA0417164300 klopt?", "Rekening [IBAN] klopt?"),
        ("Rekening NL91 ABNA 0417 1643 00.", "Rekening [IBAN]."),
        ("iban nl91abna0417164300", "iban [IBAN]"),
        ("NL91 ABNA 0417 1643 00 12 euro", "[IBAN] 12 euro"),
        ("Duits: DE89 3704 0044 0532 0130 00", "Duits: [IBAN]"),
    ])
    func anIBANWithAValidChecksumIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test func anIBANWithAWrongChecksumStays() {
        #expect(redactor.redact("code NL92ABNA0417164300") == "code NL92ABNA0417164300")
    }

    @Test(arguments: [
        ("Ik woon op 1234 AB 12", "Ik woon op [adres]"),
        ("Adres 1234AB 12a, Leerdam", "Adres [adres], Leerdam"),
        ("postcode 1234ab 7", "postcode [adres]"),
        ("op 3511 LX 101-B.", "op [adres]."),
    ])
    func aPostcodeWithHouseNumberIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test(arguments: [
        ("Geboren op 12-03-1985, kan ik", "Geboren op [datum], kan ik"),
        ("geboren 12/3/1985", "geboren [datum]"),
        ("geboortedatum 1.3.2001", "geboortedatum [datum]"),
        ("Ik ben van 12 maart 1985.", "Ik ben van [datum]."),
        ("sinds 3 sept. 1999", "sinds [datum]"),
        ("datum 1985-03-12", "datum [datum]"),
    ])
    func aFullDateIsReplaced(question: String, redacted: String) {
        #expect(redactor.redact(question) == redacted)
    }

    @Test(arguments: [
        "Ongeveer 140.000 mensen zitten in de bijstand.",
        "Wat gebeurde er in 2007?",
        "Bel 0800-2000 voor de Kindertelefoon.",
        "Bel 113 of 0800-0113 als je aan zelfmoord denkt.",
        "Bij nood bel je 112.",
        "Bel 0900-8844 voor de politie.",
        "Bel 0800 1234567 gratis.",
        "Het gaat om 12,5% van de huishoudens.",
        "Het kost € 1.250,50 per maand.",
        "Een toeslag van 1.234.567 euro.",
        "Het budget is € 123.456.782.",
        "Het gaat om 123456789 mensen.",
        "Van 2019 tot 2023 en in week 12.",
        "Regeling 3.4.1 geldt tot maart 2025.",
        "Meer dan 1,2 miljoen mensen en 30 procent.",
        "Is 1234 een pincode?",
        "In 2007 en 2008 was het anders.",
        "Om 9.30 uur op 12 maart.",
    ])
    func numbersThatAreNotPersonalStay(question: String) {
        #expect(redactor.redact(question) == question)
    }

    @Test func severalKindsInOneQuestion() {
        let question = "Ik (BSN 111222333, tel. 06-12345678, jan@example.nl) woon op 1234 AB 12 en ben geboren op 12-03-1985."
        #expect(redactor.redact(question)
            == "Ik (BSN [BSN], tel. [telefoon], [e-mail]) woon op [adres] en ben geboren op [datum].")
    }

    @Test func emptyAndOddTextComesBackUnchanged() {
        for text in ["", "   ", "🙂 hallo", "\u{202E}مرحبا", "\u{0}\u{7}"] {
            #expect(redactor.redact(text) == text)
        }
    }
}
