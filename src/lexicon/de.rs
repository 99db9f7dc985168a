//! German word tables (mirrors `en.rs`, category by category).
//!
//! German notes: nouns are capitalised and compounded, so most data and recipient words are
//! written as prefixes (`telefonnummer*` matches "Telefonnummern"); a compound whose head is at
//! the end ("Zahlungsdienstleister") must be listed on its own, because `*` only extends a word
//! to the right. Separable verbs ("geben … weiter") are caught through their finite part
//! ("geben", "gibt"). Over-broad prefixes are avoided: no `daten*`, `teil*`, `dritt*` (would
//! take "Drittland"), `gericht*` (would take "gerichtet"), `außer*` ("außerdem").

use super::{Cue, DataType as D, KindWords, LangTables, Purpose as P, RecipientKind as R, VerbClass as V};

pub(super) static TABLES: LangTables = LangTables {
    data: &[
        // contact
        ("telefonnummer*", D::Phone), ("rufnummer*", D::Phone), ("handynummer*", D::Phone),
        ("mobilnummer*", D::Phone), ("mobilfunknummer*", D::Phone), ("festnetznummer*", D::Phone),
        ("telefon", D::Phone), ("telefonnummern", D::Phone), ("faxnummer*", D::Phone),
        ("e mail adresse*", D::Email), ("email adresse*", D::Email), ("e mail", D::Email), ("e mails", D::Email),
        ("email", D::Email), ("emails", D::Email), ("mailadresse*", D::Email), ("emailadresse*", D::Email),
        ("kontaktdaten", D::Email), ("kontaktinformationen", D::Email), ("kontaktangaben", D::Email),
        ("anschrift*", D::Postal), ("postanschrift*", D::Postal), ("lieferanschrift*", D::Postal),
        ("rechnungsanschrift*", D::Postal), ("lieferadresse*", D::Postal), ("rechnungsadresse*", D::Postal),
        ("wohnadresse*", D::Postal), ("wohnanschrift*", D::Postal), ("postadresse*", D::Postal),
        ("versandadresse*", D::Postal), ("adresse", D::Postal), ("adressen", D::Postal),
        ("adressdaten", D::Postal), ("adressangaben", D::Postal), ("hausanschrift*", D::Postal),
        ("postleitzahl*", D::CoarseLocation), ("plz", D::CoarseLocation),
        // identity
        ("name", D::Name), ("passagierliste*", D::Name), ("fahrgastliste*", D::Name), ("namen", D::Name), ("namens", D::Name), ("vorname*", D::Name), ("nachname*", D::Name),
        ("familienname*", D::Name), ("vor und nachname*", D::Name), ("vollständiger name", D::Name),
        ("vollständigen namen", D::Name), ("ihr name", D::Name), ("ihren namen", D::Name),
        ("benutzername*", D::Account), ("nutzername*", D::Account), ("kundenkonto*", D::Account),
        ("benutzerkonto*", D::Account), ("nutzerkonto*", D::Account), ("mitgliedskonto*", D::Account),
        ("konto", D::Account), ("kontos", D::Account), ("kontoinformationen", D::Account),
        ("kontoangaben", D::Account), ("profilbild", D::Posts), ("profilbilder", D::Posts), ("profilbilds", D::Posts), ("profilfoto*", D::Posts), ("profil", D::Account), ("profile", D::Account),
        ("profils", D::Account), ("profildaten", D::Account), ("profilinformationen", D::Account),
        ("profilangaben", D::Account), ("nutzerprofil*", D::Account), ("benutzerprofil*", D::Account),
        ("kundenprofil*", D::Account), ("passwort*", D::Account), ("kennwort*", D::Account),
        ("zugangsdaten", D::Account), ("anmeldedaten", D::Account), ("login*", D::Account),
        ("registrierungsdaten", D::Account), ("registrierungsangaben", D::Account),
        ("nutzerkennung*", D::Account), ("benutzerkennung*", D::Account), ("kundennummer*", D::Account),
        ("mitgliedsnummer*", D::Account), ("stammdaten", D::Account), ("stamm", D::Account),
        ("vertragsdaten", D::Account), ("vertragsangaben", D::Account), ("vertragsdetails", D::Account), ("vertragsinformationen", D::Account), ("angaben zu ihrem vertrag", D::Account), ("nutzer id*", D::Account), ("konto id*", D::Account),
        ("personalausweis*", D::Government), ("ausweis*", D::Government), ("reisepass*", D::Government),
        ("passnummer*", D::Government), ("passdaten", D::Government), ("führerschein", D::Government), ("führerscheins", D::Government), ("führerscheinnummer*", D::Government), ("führerscheindaten", D::Government), ("führerscheinkopie*", D::Government), ("führerscheinangaben", D::Government), ("steuer id*", D::Government),
        ("steueridentifikationsnummer*", D::Government), ("steuernummer*", D::Government),
        ("sozialversicherungsnummer*", D::Government), ("identitätsnachweis*", D::Government),
        ("lichtbildausweis*", D::Government), ("identitätsdokument*", D::Government),
        ("amtliche* ausweis*", D::Government),
        // identifiers
        ("handymodell*", D::Device), ("telefonmodell*", D::Device), ("gerätemodell*", D::Device), ("smartphone modell*", D::Device), ("lebenslauf", D::Other), ("lebensläufe", D::Other), ("bewerbungsunterlagen", D::Other), ("anschreiben", D::Other), ("ip adresse*", D::Device), ("ip", D::Device), ("geräte id*", D::Device), ("gerätekennung*", D::Device), ("seriennummer*", D::Device), ("sensordaten", D::Usage), ("ausleihdaten", D::Usage), ("ausleihhistorie", D::Usage), ("ausleihen", D::Usage),
        ("geräte kennung*", D::Device), ("kfz kennzeichen", D::Device), ("kennzeichen", D::Device), ("autokennzeichen", D::Device), ("nummernschild*", D::Device), ("fahrzeugkennzeichen", D::Device), ("geräteinformationen", D::Device), ("gerätedaten", D::Device),
        ("geräteangaben", D::Device), ("geräte ids", D::Device), ("werbe id*", D::Device),
        ("werbekennung*", D::Device), ("werbe kennung*", D::Device), ("advertising id*", D::Device),
        ("cookie*", D::Device), ("kennung*", D::Device), ("online kennung*", D::Device),
        ("onlinekennung*", D::Device), ("browsertyp*", D::Device), ("browser typ*", D::Device),
        ("browserinformationen", D::Device), ("browserdaten", D::Device), ("betriebssystem*", D::Device),
        ("pixel", D::Device), ("pixeln", D::Device), ("pixels", D::Device), ("zählpixel*", D::Device), ("tracking pixel*", D::Device),
        ("web beacon*", D::Device), ("sdk*", D::Device), ("tracking technolog*", D::Device),
        ("trackingtechnolog*", D::Device), ("tracking tools", D::Device), ("mac adresse*", D::Device),
        ("imei", D::Device), ("idfa", D::Device), ("aaid", D::Device), ("lokaler speicher", D::Device),
        ("local storage", D::Device), ("fingerprinting", D::Device), ("gerätefingerabdr*", D::Device),
        ("eindeutige* kennung*", D::Device), ("identifikatoren", D::Device), ("kennungen", D::Device),
        ("verbindungsdaten", D::Device), ("gehashte* e mail*", D::Device),
        // location
        ("genaue* standort*", D::PreciseLocation), ("genauen standort*", D::PreciseLocation),
        ("präzise* standort*", D::PreciseLocation), ("exakte* standort*", D::PreciseLocation),
        ("gps*", D::PreciseLocation), ("geolokalisierung*", D::PreciseLocation),
        ("geodaten", D::PreciseLocation), ("koordinaten", D::PreciseLocation),
        ("breitengrad*", D::PreciseLocation), ("standortdaten", D::CoarseLocation),
        ("standort*", D::CoarseLocation), ("ungefähre* standort*", D::CoarseLocation),
        ("aufenthaltsort*", D::CoarseLocation), ("wohnort*", D::CoarseLocation), ("stadt", D::CoarseLocation),
        ("region", D::CoarseLocation), ("ortsangaben", D::CoarseLocation), ("ortungsdaten", D::PreciseLocation),
        ("vorwahl", D::CoarseLocation),
        // financial
        ("zahlungsdaten", D::Payment), ("zahlungsinformationen", D::Payment), ("zahlungsangaben", D::Payment),
        ("zahlungsmittel*", D::Payment), ("zahlungsart*", D::Payment), ("zahlungsweise*", D::Payment),
        ("kreditkarte*", D::Payment), ("debitkarte*", D::Payment), ("kartendaten", D::Payment),
        ("kartennummer*", D::Payment), ("bankverbindung*", D::Payment), ("bankdaten", D::Payment),
        ("bankkonto*", D::Payment), ("iban", D::Payment), ("bic", D::Payment), ("kontonummer*", D::Payment),
        ("kontodaten", D::Payment), ("finanzdaten", D::Payment), ("finanzinformationen", D::Payment),
        ("aufnahmen der videoüberwachung", D::Other), ("videoaufnahmen", D::Other), ("kameraaufnahmen", D::Other), ("videoüberwachungsaufnahmen", D::Other), ("rechnungsdaten", D::Payment), ("zahlung", D::Payment), ("bezahlung", D::Payment), ("zahlungen", D::Payment),
        ("lastschrift*", D::Payment), ("sepa", D::Payment), ("bonitätsdaten", D::Payment),
        ("rechnungen", D::Transactions), ("ihre rechnungen", D::Transactions), ("gehaltsabrechnung*", D::Transactions), ("lohnabrechnung*", D::Transactions), ("kontoauszüge", D::Transactions), ("buchungshistorie", D::Transactions), ("buchungsverlauf", D::Transactions), ("buchungsdaten", D::Transactions),
        ("kaufhistorie", D::Transactions), ("bestellhistorie", D::Transactions), ("offene forderung*", D::Transactions), ("offenen forderung*", D::Transactions), ("mietrückst*", D::Transactions), ("zahlungsrückst*", D::Transactions), ("zahlungsverhalten", D::Transactions), ("bestellverlauf", D::Transactions),
        ("einkaufshistorie", D::Transactions), ("kaufverhalten", D::Transactions), ("bestelldaten", D::Transactions),
        ("welche artikel", D::Usage), ("gelesene artikel", D::Usage), ("artikel und rubriken", D::Usage), ("rubriken", D::Usage),
        ("bisherigen buchungen", D::Transactions), ("bisherigen aufträge*", D::Transactions), ("ihren aufträgen", D::Transactions), ("auftragshistorie", D::Transactions), ("auftragsdaten", D::Transactions), ("beträge sie bezahlt", D::Transactions), ("bezahlten beträge", D::Transactions), ("buchungen", D::Transactions), ("kaufpreis", D::Transactions), ("käufen", D::Transactions), ("einkäufen", D::Transactions), ("ihren käufen", D::Transactions), ("buchungsnummer*", D::Transactions), ("bestellnummer*", D::Transactions), ("kaufpreise", D::Transactions), ("schadensmeldungen", D::Other), ("diebstahlmeldungen", D::Other), ("schadenshistorie", D::Other), ("schadensfälle", D::Other), ("schadensverlauf", D::Other), ("rahmennummer", D::Other), ("gebuchten kurse", D::Transactions), ("die sie gebucht haben", D::Transactions), ("buchungshistorie", D::Transactions), ("buchungsdaten", D::Transactions),
        ("bestellung*", D::Transactions), ("bestellte* artikel", D::Transactions),
        ("gekaufte* produkte", D::Transactions), ("käufe", D::Transactions), ("einkäufe", D::Transactions),
        ("kauf", D::Transactions), ("kreditvertrag*", D::Transactions), ("leasingvertrag*", D::Transactions), ("leasingrate*", D::Transactions), ("kreditrahmen", D::Payment), ("kaufdaten", D::Transactions), ("einkaufsdaten", D::Transactions), ("einkaufsverhalten", D::Transactions), ("kassenbon*", D::Transactions), ("transaktion*", D::Transactions),
        ("bestellwert*", D::Transactions), ("rechnungsbetrag*", D::Transactions), ("kaufbetrag*", D::Transactions),
        ("bestellinformationen", D::Transactions), ("kartenumsätze", D::Transactions), ("kontoumsätze", D::Transactions), ("umsatzdaten", D::Transactions), ("transaktionsdaten", D::Transactions), ("treuepunkte", D::Transactions), ("bonusprogramm*", D::Transactions),
        ("was sie kaufen", D::Transactions),
        // activity
        ("anzahl der besuche", D::Usage), ("besuchshäufigkeit", D::Usage), ("besuchshistorie", D::Usage), ("nutzungshäufigkeit", D::Usage),
        ("nutzungsdaten", D::Usage), ("verbrauchswert*", D::Usage), ("viertelstundenwert*", D::Usage), ("zählerstand*", D::Usage), ("zählerstände*", D::Usage), ("stromverbrauch", D::Usage), ("gasverbrauch", D::Usage), ("ihr verbrauch", D::Usage), ("ihren verbrauch", D::Usage), ("ihres verbrauchs", D::Usage), ("ihrer nutzung", D::Usage), ("ihre nutzung", D::Usage), ("gehörte* titel", D::Usage), ("hördauer", D::Usage), ("nutzungsverhalten*", D::Usage), ("nutzungsinformationen", D::Usage),
        ("nutzungsstatistik*", D::Usage), ("nutzungshistorie", D::Usage), ("nutzungsdauer", D::Usage),
        ("nutzung unserer", D::Usage), ("nutzung der", D::Usage), ("nutzung des", D::Usage),
        ("ihre nutzung", D::Usage), ("wie sie unsere", D::Usage), ("wie sie die app nutzen", D::Usage), ("wie sie die app verwenden", D::Usage), ("welche funktionen", D::Usage), ("interaktion*", D::Usage),
        ("aktivitäten", D::Usage), ("aktivität", D::Usage), ("protokolldaten", D::Usage),
        ("logdaten", D::Usage), ("log dateien", D::Usage), ("logfiles", D::Usage), ("server logfiles", D::Usage),
        ("server log files", D::Usage), ("zugriffsdaten", D::Usage), ("seitenaufrufe", D::Usage),
        ("aufgerufene* seiten", D::Usage), ("welche seiten", D::Usage), ("besuchte* seiten", D::Usage), ("welche produkte", D::Usage), ("klickverhalten", D::Usage), ("klickpfad*", D::Usage),
        ("verweildauer", D::Usage), ("sehgewohnheiten", D::Usage), ("sehverhalten", D::Usage), ("leseverhalten", D::Usage), ("lesegewohnheiten", D::Usage), ("hörverhalten", D::Usage), ("hörgewohnheiten", D::Usage), ("spielverhalten", D::Usage), ("nutzungsverhalten", D::Usage), ("nutzerverhalten", D::Usage),
        ("wiedergabeverlauf", D::Usage), ("hörverlauf", D::Usage), ("fahrtdaten", D::Usage),
        ("fahrverhalten", D::Usage), ("fahrdaten", D::Usage), ("fahrweise", D::Usage),
        ("check in daten", D::Usage), ("app aktivität*", D::Usage), ("metriken", D::Usage),
        ("besuchsdaten", D::Usage), ("gezahlte* betrag", D::Transactions), ("gezahlter betrag", D::Transactions), ("bezahlte* betr*", D::Transactions), ("zahlungshistorie", D::Transactions), ("von ihnen gebucht*", D::Transactions), ("von ihnen gekauft*", D::Transactions), ("von ihnen bestellt*", D::Transactions), ("von dir gebucht*", D::Transactions), ("von dir gekauft*", D::Transactions), ("von dir bestellt*", D::Transactions), ("kaufhistorie", D::Transactions), ("bestellhistorie", D::Transactions), ("studiobesuche", D::Usage), ("trainingsbesuch*", D::Usage), ("von ihnen angesehenen", D::Usage), ("von ihnen aufgerufenen", D::Usage), ("von ihnen besuchten", D::Usage), ("von ihnen gesuchten", D::Usage), ("angesehenen produkte", D::Usage), ("angesehenen artikel", D::Usage), ("kursbesuch*", D::Usage), ("körperanalyse*", D::Health), ("zahnabdr*", D::Health), ("röntgenbild*", D::Health), ("röntgenaufnahme*", D::Health), ("behandlungsplan*", D::Health), ("gesundheitsfragebogen", D::Health), ("anamnesebogen", D::Health), ("anamnesedaten", D::Health), ("patientenakte*", D::Health), ("körperfett*", D::Health), ("körpermaße", D::Health), ("körpergewicht", D::Health),
        ("browserverlauf", D::Browsing), ("browsingverlauf", D::Browsing), ("surfverhalten", D::Browsing),
        ("suchverlauf", D::Browsing), ("suchanfragen", D::Browsing), ("suchbegriffe", D::Browsing),
        ("besuchte* websites", D::Browsing), ("besuchte* webseiten", D::Browsing),
        ("andere* websites", D::Browsing), ("andere* webseiten", D::Browsing), ("andere* apps", D::Browsing),
        ("websiteübergreifend*", D::Browsing), ("webseitenübergreifend*", D::Browsing),
        ("online aktivität*", D::Browsing), ("onlineaktivität*", D::Browsing), ("referrer*", D::Browsing),
        ("verweisende* url*", D::Browsing), ("verweisende* website*", D::Browsing),
        ("online verhalten", D::Browsing), ("onlineverhalten", D::Browsing),
        // content
        ("nachricht*", D::Messages), ("chat*", D::Messages), ("kommunikationsinhalte", D::Messages),
        ("kommunikationsdaten", D::Messages), ("ihre kommunikation", D::Messages), ("private* kommunikation", D::Messages), ("gespräch*", D::Messages), ("anrufe", D::Messages),
        ("anrufliste*", D::Messages), ("anrufprotokoll*", D::Messages), ("anrufverlauf", D::Messages),
        ("telefonate", D::Messages), ("sprachaufnahme*", D::Messages), ("sprachaufzeichnung*", D::Messages),
        ("aufzeichnungen", D::Messages), ("audioaufnahme*", D::Messages), ("sprachbefehl*", D::Messages),
        ("direktnachricht*", D::Messages), ("private* nachrichten", D::Messages),
        ("e mail inhalte", D::Messages), ("chatverläufe", D::Messages),
        ("öffentliche* beiträge", D::Posts), ("veröffentlichte* beiträge", D::Posts), ("forenbeiträge", D::Posts), ("öffentliche* nachrichten", D::Posts), ("veröffentlichte* nachrichten", D::Posts),
        ("forumsbeiträge", D::Posts), ("blogbeiträge", D::Posts), ("ihre beiträge", D::Posts), ("posts", D::Posts),
        ("postings", D::Posts), ("kommentar*", D::Posts), ("bewertungen", D::Posts), ("rezension*", D::Posts),
        ("foto*", D::Posts), ("bilder", D::Posts), ("bildern", D::Posts), ("video*", D::Posts),
        ("datei", D::Posts), ("dateien", D::Posts), ("dokumente", D::Posts), ("dokumenten", D::Posts),
        ("hochgeladene*", D::Posts), ("uploads", D::Posts), ("inhalte", D::Posts), ("ihre inhalte", D::Posts),
        ("nutzerinhalte", D::Posts), ("öffentliche* inhalte", D::Posts), ("nutzergenerierte* inhalte", D::Posts),
        ("öffentliche* profil*", D::Posts), ("öffentlich zugängliche* informationen", D::Posts),
        ("adressbuch*", D::AddressBook), ("kontaktliste*", D::AddressBook), ("kontakte", D::AddressBook),
        ("telefonkontakte", D::AddressBook), ("freundesliste*", D::AddressBook), ("telefonbuch*", D::AddressBook),
        // sensitive
        ("blutzucker*", D::Health), ("blut", D::Health), ("blutes", D::Health), ("blutprobe*", D::Health), ("blutwert*", D::Health), ("blutgruppe", D::Health), ("bluttest*", D::Health), ("blutbild*", D::Health), ("infektion", D::Health), ("infektionen", D::Health), ("laborergebnis*", D::Health), ("testergebnis*", D::Health), ("untersuchungsergebnis*", D::Health), ("insulin*", D::Health), ("gesundheit*", D::Health), ("allergie*", D::Health), ("unverträglichkeit*", D::Health), ("hörtest*", D::Health), ("hörvermögen", D::Health), ("audiogramm*", D::Health), ("medizinisch*", D::Health), ("diagnose*", D::Health), ("fitnessdaten", D::Health),
        ("herzfrequenz*", D::Health), ("schrittzahl*", D::Usage), ("schritte", D::Usage), ("aktivitätsminuten", D::Usage), ("aktivitätsdaten", D::Usage), ("trainingsdaten", D::Usage), ("körperdaten", D::Health), ("schlafdauer", D::Health), ("puls", D::Health), ("schlafdaten", D::Health), ("symptom*", D::Health), ("anamnese*", D::Health), ("befund*", D::Health), ("krankschreibung*", D::Health), ("gesundheitsangaben", D::Health), ("sehwert*", D::Health), ("sehstärke*", D::Health), ("brillenwerte", D::Health), ("brillenpass", D::Health), ("refraktionswerte", D::Health), ("rezept*", D::Health), ("sehstärke*", D::Health), ("sehwerte", D::Health), ("brillenwerte", D::Health), ("brillenpass", D::Health), ("refraktionswerte", D::Health), ("ärztliche verordnung*", D::Health), ("heilmittelverordnung*", D::Health), ("hilfsmittelverordnung*", D::Health), ("krankenkassendaten", D::Health), ("augenuntersuchung*", D::Health), ("e rezept*", D::Health), ("versichertennummer*", D::Government), ("krankenversichertennummer*", D::Government), ("krankenversicherungsnummer*", D::Government),
        ("schwangerschaft*", D::Health), ("menstruation*", D::Health), ("zyklus*", D::Health),
        ("behinderung*", D::Health), ("krankheit*", D::Health), ("erkrankung*", D::Health), ("hiv", D::Health),
        ("psychische* gesundheit", D::Health), ("vitaldaten", D::Health),
        ("biometrisch*", D::Biometric), ("fingerabdr*", D::Biometric), ("gesichtserkennung*", D::Biometric),
        ("gesichtsgeometrie", D::Biometric), ("gesichtsscan*", D::Biometric), ("gesichtsbild*", D::Biometric),
        ("stimmabdr*", D::Biometric), ("iris scan*", D::Biometric), ("irisscan*", D::Biometric),
        ("genetisch*", D::Genetic), ("dna", D::Genetic), ("genom*", D::Genetic), ("erbgut", D::Genetic),
        ("demografisch*", D::Demographic), ("demographisch*", D::Demographic), ("alter", D::Demographic),
        ("altersangabe*", D::Demographic), ("geschlecht", D::Demographic), ("geburtsdatum", D::Demographic),
        ("geburtstag*", D::Demographic), ("geburtsjahr", D::Demographic), ("ethnische* herkunft", D::Demographic),
        ("rassische* herkunft", D::Demographic), ("religi*", D::Demographic), ("weltanschau*", D::Demographic),
        ("politische* meinung*", D::Demographic), ("politische* ansicht*", D::Demographic),
        ("sexuelle* orientierung", D::Demographic), ("familienstand", D::Demographic), ("einkommen", D::Demographic),
        ("haushaltsgröße", D::Demographic), ("bildungsabschluss", D::Demographic), ("beruf", D::Demographic),
        ("interessen", D::Demographic), ("nationalität", D::Demographic), ("staatsangehörigkeit", D::Demographic),
        ("gewerkschaftszugehörigkeit", D::Demographic),
        // generic
        ("personenbezogen* daten", D::Other), ("personenbezogen* informationen", D::Other),
        ("persönlich* daten", D::Other), ("persönlich* informationen", D::Other), ("persönlich* angaben", D::Other),
        ("personendaten", D::Other), ("ihre daten", D::Other), ("ihrer daten", D::Other), ("ihren daten", D::Other),
        ("deine daten", D::Other), ("kundendatei", D::Other), ("kundendateien", D::Other), ("kundenkartei", D::Other), ("kundenliste", D::Other), ("kundendatenbank", D::Other), ("deiner daten", D::Other), ("kundendaten", D::Other), ("nutzerdaten", D::Other),
        ("benutzerdaten", D::Other), ("mitgliederdaten", D::Other), ("mitgliedsdaten", D::Other),
        ("sensible* daten", D::Other), ("sensible* informationen", D::Other),
        ("besondere* kategorien personenbezogener daten", D::Other), ("daten über sie", D::Other),
        ("informationen über sie", D::Other), ("ihre angaben", D::Other), ("ihre informationen", D::Other),
        ("erhobenen daten", D::Other), ("daten die wir erheben", D::Other),
    ],
    recipients: &[
        // affiliates
        ("verbunden* unternehmen", R::Affiliate), ("verbunden* gesellschaft*", R::Affiliate),
        ("konzerngesellschaft*", R::Affiliate), ("konzernunternehmen", R::Affiliate), ("shuttle-unternehmen*", R::ServiceProvider), ("shuttle unternehmen*", R::ServiceProvider), ("shuttleunternehmen*", R::ServiceProvider), ("shuttle-dienst*", R::ServiceProvider), ("shuttledienst*", R::ServiceProvider), ("transportunternehmen*", R::ServiceProvider), ("busunternehmen*", R::ServiceProvider), ("taxiunternehmen*", R::ServiceProvider), ("konzern*", R::Affiliate),
        ("tochtergesellschaft*", R::Affiliate), ("tochterunternehmen*", R::Affiliate),
        ("muttergesellschaft*", R::Affiliate), ("mutterkonzern*", R::Affiliate), ("mutterunternehmen*", R::Affiliate),
        ("schwestergesellschaft*", R::Affiliate), ("schwesterunternehmen*", R::Affiliate),
        ("unternehmensgruppe*", R::Affiliate), ("firmengruppe*", R::Affiliate), ("gruppengesellschaft*", R::Affiliate),
        ("gruppenunternehmen", R::Affiliate), ("unternehmen der gruppe", R::Affiliate),
        ("unternehmen unserer gruppe", R::Affiliate), ("gesellschaften unserer gruppe", R::Affiliate),
        ("unserer gruppe", R::Affiliate), ("gruppe", R::Affiliate), ("unternehmensfamilie", R::Affiliate),
        // advertisers
        ("werbepartner*", R::Advertiser), ("werbetreibende*", R::Advertiser), ("werbekunde*", R::Advertiser),
        ("werbenetzwerk*", R::Advertiser), ("werbedienstleister*", R::Advertiser), ("caterer*", R::ServiceProvider), ("cateringunternehmen", R::ServiceProvider), ("küche des caterers", R::ServiceProvider), ("catering", R::ServiceProvider), ("werbeanbieter*", R::Advertiser), ("fotograf", R::ServiceProvider), ("juwelier", R::Merchant), ("juweliere", R::Merchant), ("juwelieren", R::Merchant), ("florist", R::Merchant), ("floristen", R::Merchant), ("floristin*", R::Merchant), ("fotografen", R::ServiceProvider), ("fotografin*", R::ServiceProvider),
        ("werbefirma", R::Advertiser), ("werbefirmen", R::Advertiser), ("werbeunternehmen", R::Advertiser),
        ("werbeplattform*", R::Advertiser), ("werbebranche", R::Advertiser), ("werbevermarkter*", R::Advertiser),
        ("anzeigenpartner*", R::Advertiser), ("anzeigenkunde*", R::Advertiser), ("marketingpartner*", R::Advertiser),
        ("vermarkter*", R::Advertiser), ("adtech*", R::Advertiser), ("ad netzwerk*", R::Advertiser),
        ("ad server*", R::Advertiser), ("werbetechnologie*", R::Advertiser), ("werbedienste", R::Advertiser),
        ("anbieter von werbung", R::Advertiser), ("werbeagentur*", R::Advertiser),
        // analytics
        ("analysedienst*", R::Analytics), ("analyseanbieter*", R::Analytics), ("analysepartner*", R::Analytics),
        ("analysetool*", R::Analytics), ("analysewerkzeug*", R::Analytics), ("webanalysedienst*", R::Analytics),
        ("webanalyse tool*", R::Analytics), ("webanalysetool*", R::Analytics), ("messdienstleister*", R::Analytics),
        ("statistikdienst*", R::Analytics), ("analyse dienstleister*", R::Analytics),
        ("analysedienstleister*", R::Analytics), ("trackinganbieter*", R::Analytics), ("analytics", R::Analytics),
        // service providers
        ("dienstleister*", R::ServiceProvider), ("gutachter*", R::ServiceProvider), ("handwerker*", R::ServiceProvider), ("handwerksbetrieb*", R::ServiceProvider), ("externe* dienstleister*", R::ServiceProvider),
        ("das unternehmen", R::ThirdParty), ("dem unternehmen", R::ThirdParty), ("andere unternehmen", R::ThirdParty), ("anderen unternehmen", R::ThirdParty), ("auftragsverarbeiter*", R::ServiceProvider), ("auftragsdatenverarbeiter*", R::ServiceProvider),
        ("unterauftragsverarbeiter*", R::ServiceProvider), ("subunternehmer*", R::ServiceProvider),
        ("unterauftragnehmer*", R::ServiceProvider), ("auftragnehmer*", R::ServiceProvider),
        ("zulieferer*", R::ServiceProvider), ("lieferant*", R::ServiceProvider),
        ("hostinganbieter*", R::ServiceProvider), ("hosting anbieter*", R::ServiceProvider),
        ("hosting dienstleister*", R::ServiceProvider), ("hostingdienstleister*", R::ServiceProvider),
        ("hoster", R::ServiceProvider), ("cloud anbieter*", R::ServiceProvider), ("cloudanbieter*", R::ServiceProvider),
        ("cloud dienstleister*", R::ServiceProvider), ("rechenzentrumsbetreiber*", R::ServiceProvider),
        ("zahlungsanbieter*", R::ServiceProvider), ("zahlungsdienstleister*", R::ServiceProvider), ("zahlungsgateway*", R::ServiceProvider), ("payment-gateway*", R::ServiceProvider),
        ("zahlungsdienst*", R::ServiceProvider), ("payment dienstleister*", R::ServiceProvider),
        ("zahlungsabwickler*", R::ServiceProvider), ("zahlungspartner*", R::ServiceProvider),
        ("versanddienstleister*", R::ServiceProvider), ("versandunternehmen*", R::ServiceProvider),
        ("versanddienst*", R::ServiceProvider), ("versandpartner*", R::ServiceProvider),
        ("paketdienst*", R::ServiceProvider), ("logistikdienstleister*", R::ServiceProvider),
        ("logistikunternehmen*", R::ServiceProvider), ("logistikpartner*", R::ServiceProvider),
        ("lieferdienst*", R::ServiceProvider), ("lieferpartner*", R::ServiceProvider),
        ("transportunternehmen*", R::ServiceProvider), ("spediteur*", R::ServiceProvider),
        ("spedition*", R::ServiceProvider), ("kurierdienst*", R::ServiceProvider), ("zusteller*", R::ServiceProvider),
        ("inkasso*", R::ServiceProvider), ("steuerberater*", R::ServiceProvider), ("bestatter*", R::ServiceProvider), ("bestattungsinstitut*", R::ServiceProvider), ("bestattungsunternehm*", R::ServiceProvider), ("standesamt*", R::Government), ("standesämter*", R::Government), ("notar", R::ServiceProvider), ("notare", R::ServiceProvider), ("notariat*", R::ServiceProvider), ("grundbuchamt*", R::Government),
        ("wirtschaftsprüfer*", R::ServiceProvider), ("rechtsanwält*", R::ServiceProvider),
        ("rechtsanwalt", R::ServiceProvider), ("anwälte*", R::ServiceProvider), ("berater*", R::ServiceProvider),
        ("bank", R::ServiceProvider), ("banken", R::ServiceProvider), ("hausbank*", R::ServiceProvider),
        ("kreditinstitut*", R::ServiceProvider), ("callcenter*", R::ServiceProvider),
        ("technologiepartner*", R::ServiceProvider), ("technologieanbieter*", R::ServiceProvider),
        ("technische* dienstleister*", R::ServiceProvider), ("it dienstleister*", R::ServiceProvider),
        ("ki anbieter*", R::ServiceProvider), ("kundenservice dienstleister*", R::ServiceProvider),
        ("support dienstleister*", R::ServiceProvider), ("druckdienstleister*", R::ServiceProvider),
        ("e mail dienstleister*", R::ServiceProvider), ("newsletter dienstleister*", R::ServiceProvider),
        ("versanddienstleistern", R::ServiceProvider), ("auftragsverarbeitern", R::ServiceProvider),
        ("abrechnungsdienstleister*", R::ServiceProvider), ("servicepartner*", R::ServiceProvider),
        // business partners
        ("geschäftspartner*", R::BusinessPartner), ("franchisenehmer*", R::BusinessPartner), ("franchisepartner*", R::BusinessPartner), ("partner*", R::BusinessPartner),
        ("kooperationspartner*", R::BusinessPartner), ("vertriebspartner*", R::BusinessPartner),
        ("versicherungspartner*", R::BusinessPartner), ("versicherer*", R::BusinessPartner), ("rückversicherer*", R::BusinessPartner), ("kreditvermittler*", R::BusinessPartner), ("finanzinstitut*", R::BusinessPartner), ("kreditinstitut*", R::BusinessPartner),
        ("versicherung", R::BusinessPartner), ("versicherungen", R::BusinessPartner),
        ("versicherungsunternehmen*", R::BusinessPartner), ("versicherungsgesellschaft*", R::BusinessPartner),
        ("versicherungs ag", R::BusinessPartner), ("krankenkasse*", R::BusinessPartner), ("arzt", R::BusinessPartner), ("ärzte", R::BusinessPartner), ("ärztin", R::BusinessPartner), ("ärztinnen", R::BusinessPartner), ("ärzten", R::BusinessPartner), ("apotheke*", R::ServiceProvider), ("partnerpraxen", R::BusinessPartner), ("partnerpraxis", R::BusinessPartner),
        ("sponsor*", R::BusinessPartner), ("kreditgeber*", R::BusinessPartner), ("forscher", R::BusinessPartner),
        ("forschungspartner*", R::BusinessPartner), ("forschungseinrichtung*", R::BusinessPartner),
        ("universität*", R::BusinessPartner), ("hochschulen", R::BusinessPartner), ("arbeitgeber*", R::BusinessPartner), ("personaldienstleister*", R::BusinessPartner), ("personalvermittler*", R::BusinessPartner), ("personalvermittlung*", R::BusinessPartner), ("zeitarbeitsfirm*", R::BusinessPartner), ("zeitarbeitsunternehmen", R::BusinessPartner), ("headhunter*", R::BusinessPartner), ("personalberater*", R::BusinessPartner), ("personalberatung*", R::BusinessPartner),
        ("entwickler*", R::BusinessPartner), ("app entwickler*", R::BusinessPartner),
        ("ausgewählte* partner*", R::BusinessPartner), ("plattformpartner*", R::BusinessPartner),
        ("apps von drittanbietern", R::BusinessPartner), ("dienste von drittanbietern", R::ThirdParty),
        // merchants
        ("händler*", R::Merchant), ("immobilienmakler*", R::BusinessPartner), ("makler", R::BusinessPartner), ("maklerbüro*", R::BusinessPartner), ("verkäufer*", R::Merchant), ("einzelhändler*", R::Merchant),
        ("onlinehändler*", R::Merchant), ("online händler*", R::Merchant), ("shops", R::Merchant), ("dieser shop", R::Merchant), ("diesem shop", R::Merchant), ("dieses geschäft", R::Merchant), ("diesem geschäft", R::Merchant), ("partnershop", R::Merchant), ("partnershops", R::Merchant),
        ("geschäfte", R::Merchant), ("marken", R::Merchant), ("restaurant", R::Merchant), ("gastgeber*", R::Merchant), ("fluggesellschaft*", R::Merchant), ("airlines", R::Merchant), ("hotels", R::Merchant), ("das hotel", R::Merchant), ("der salon", R::Merchant), ("salons", R::Merchant), ("den salon", R::Merchant), ("dem salon", R::Merchant), ("friseursalon*", R::Merchant), ("kosmetikstudio*", R::Merchant), ("hotelbetrieb*", R::Merchant), ("reiseveranstalter*", R::Merchant), ("reedereien", R::Merchant), ("autovermieter*", R::Merchant), ("mietwagenanbieter*", R::Merchant),
        ("anbieter bei denen sie", R::Merchant),
        // data brokers
        ("datenhändler*", R::DataBroker), ("datenbroker*", R::DataBroker), ("netzbetreiber*", R::ThirdParty), ("messstellenbetreiber*", R::ThirdParty), ("stromnetzbetreiber*", R::ThirdParty), ("data broker*", R::DataBroker), ("adresshändler*", R::DataBroker),
        ("auskunftei*", R::DataBroker), ("wirtschaftsauskunftei*", R::DataBroker),
        ("kreditauskunftei*", R::DataBroker), ("kreditbüro*", R::DataBroker), ("datenanbieter*", R::DataBroker),
        ("datenlieferant*", R::DataBroker), ("adressverlag*", R::DataBroker), ("scoring anbieter*", R::DataBroker),
        ("scoringanbieter*", R::DataBroker), ("scoringunternehmen", R::DataBroker),
        ("datenaggregator*", R::DataBroker), ("datenunternehmen", R::DataBroker),
        // government
        ("behörde*", R::Government), ("hafenbehörde*", R::Government), ("küstenwache", R::Government), ("wasserschutzpolizei", R::Government), ("bußgeldstelle*", R::Government), ("zulassungsstelle*", R::Government), ("zuständige prüfstelle", R::ThirdParty), ("zuständigen prüfstelle", R::ThirdParty), ("zuständige stelle", R::Government), ("zuständigen stelle", R::Government), ("steuerbüro*", R::ServiceProvider), ("steuerberatung*", R::ServiceProvider), ("amtsgericht*", R::Government), ("landgericht*", R::Government), ("amt", R::Government), ("ämter", R::Government), ("stadtverwaltung", R::Government),
        ("gemeindeverwaltung", R::Government), ("gemeinde", R::Government), ("kurverwaltung*", R::Government), ("meldebehörde*", R::Government), ("einwohnermeldeamt", R::Government), ("einwohnermeldeämter", R::Government), ("bürgeramt", R::Government), ("rathaus", R::Government), ("landratsamt", R::Government), ("ordnungsamt", R::Government), ("hersteller", R::BusinessPartner), ("strafverfolgungsbehörde*", R::Government), ("strafverfolgung*", R::Government),
        ("polizei*", R::Government), ("gesundheitsamt", R::Government), ("gesundheitsämter*", R::Government), ("gesundheitsbehörde*", R::Government), ("bundespolizei", R::Government), ("landespolizei", R::Government), ("kriminalpolizei", R::Government), ("finanzbehörde*", R::Government), ("strafverfolgungsbehörde*", R::Government), ("ermittlungsbehörde*", R::Government), ("staatsanwaltschaft*", R::Government), ("gericht", R::Government),
        ("gerichte", R::Government), ("gerichten", R::Government), ("gerichts", R::Government),
        ("finanzbehörde*", R::Government), ("finanzamt*", R::Government), ("finanzämter*", R::Government),
        ("steuerbehörde*", R::Government), ("aufsichtsbehörde*", R::Government),
        ("datenschutzbehörde*", R::Government), ("regulierungsbehörde*", R::Government),
        ("öffentliche* stellen", R::Government), ("staatliche* stellen", R::Government),
        ("öffentliche* einrichtungen", R::Government), ("stadtverwaltung*", R::Government),
        ("kommunalverwaltung*", R::Government), ("kommunen", R::Government), ("gemeinden", R::Government),
        ("regierung*", R::Government), ("ermittlungsbehörde*", R::Government), ("sicherheitsbehörde*", R::Government),
        ("zollbehörde*", R::Government), ("ämter", R::Government), ("ämtern", R::Government),
        ("bundesamt*", R::Government), ("landesamt*", R::Government), ("sozialversicherungsträger*", R::Government),
        ("nationale* sicherheit", R::Government), ("staatliche* stelle", R::Government),
        ("öffentliche* stelle", R::Government), ("verkehrsbehörde*", R::Government),
        // acquirers
        ("käufer", R::Acquirer), ("erwerber*", R::Acquirer), ("rechtsnachfolger*", R::Acquirer),
        ("nachfolger*", R::Acquirer), ("potenzielle* käufer*", R::Acquirer), ("potenzielle* erwerber*", R::Acquirer),
        ("potentielle* käufer*", R::Acquirer), ("neue* eigentümer*", R::Acquirer),
        ("übernehmende* unternehmen", R::Acquirer), ("übernehmende* gesellschaft", R::Acquirer),
        ("käufer des unternehmens", R::Acquirer), ("neue inhaberin", R::Acquirer), ("neuen inhaberin", R::Acquirer), ("neue inhaber", R::Acquirer), ("neuen inhaber", R::Acquirer), ("erwerberin", R::Acquirer),
        // public
        ("öffentlichkeit", R::Public), ("labor", R::ServiceProvider), ("dentallabor", R::ServiceProvider), ("universität*", R::BusinessPartner), ("forschungseinrichtung*", R::BusinessPartner), ("alle leser", R::Public), ("allen lesern", R::Public), ("leserinnen und leser", R::Public), ("anderen lesern", R::OtherUsers), ("mitfahrende*", R::OtherUsers), ("mitfahrer*", R::OtherUsers), ("fahrer und mitfahrende*", R::OtherUsers), ("fahrer und mitfahrer*", R::OtherUsers), ("ihr fahrer", R::OtherUsers), ("ihre fahrerin", R::OtherUsers), ("ihr lehrer", R::OtherUsers), ("ihre lehrerin", R::OtherUsers), ("ihrem lehrer", R::OtherUsers), ("ihrer lehrerin", R::OtherUsers), ("der lehrkraft", R::OtherUsers), ("die lehrkraft", R::OtherUsers), ("ihre lehrkraft", R::OtherUsers), ("ihrer lehrkraft", R::OtherUsers), ("dem lehrer", R::OtherUsers), ("ihr trainer", R::OtherUsers), ("ihrem trainer", R::OtherUsers), ("dem trainer", R::OtherUsers), ("ihr tutor", R::OtherUsers), ("ihrem tutor", R::OtherUsers), ("öffentlich", R::Public), ("öffentlich zugänglich", R::Public),
        ("öffentlich sichtbar", R::Public), ("jedermann", R::Public), ("alle nutzer", R::Public),
        ("suchmaschinen", R::Public), ("für alle sichtbar", R::Public), ("für jeden sichtbar", R::Public),
        // other users
        ("andere* nutzer*", R::OtherUsers), ("andere* benutzer*", R::OtherUsers), ("andere* mitglieder*", R::OtherUsers), ("verifizierte* mitglieder*", R::OtherUsers), ("alle mitglieder*", R::OtherUsers), ("mitglieder ihrer nachbarschaft", R::OtherUsers), ("ihre nachbarn", R::OtherUsers), ("ihren nachbarn", R::OtherUsers), ("nachbarinnen und nachbarn", R::OtherUsers),
        ("andere* spieler*", R::OtherUsers), ("andere* kunden", R::OtherUsers), ("andere* personen", R::OtherUsers),
        ("andere* teilnehmer*", R::OtherUsers), ("ihre freunde", R::OtherUsers), ("ihren freunden", R::OtherUsers),
        ("deine freunde", R::OtherUsers), ("ihre kontakte", R::OtherUsers), ("ihren kontakten", R::OtherUsers),
        ("ihre follower", R::OtherUsers), ("follower*", R::OtherUsers), ("personen denen sie", R::OtherUsers),
        ("andere* eltern", R::OtherUsers), ("übrige* eltern", R::OtherUsers), ("eltern der anderen", R::OtherUsers), ("eltern der übrigen", R::OtherUsers), ("andere* familien", R::OtherUsers), ("übrige* nutzer*", R::OtherUsers), ("übrige* mitglieder*", R::OtherUsers), ("übrige* teilnehmer*", R::OtherUsers),
        // third parties
        ("dritte", R::ThirdParty), ("das jeweilige unternehmen", R::ThirdParty), ("dem jeweiligen unternehmen", R::ThirdParty), ("den jeweiligen anbieter", R::ThirdParty), ("dem jeweiligen anbieter", R::ThirdParty), ("das betreffende unternehmen", R::ThirdParty), ("dem betreffenden unternehmen", R::ThirdParty), ("den jeweiligen partner", R::ThirdParty), ("dem jeweiligen partner", R::ThirdParty), ("dritten", R::ThirdParty), ("dritter", R::ThirdParty),
        ("drittanbieter*", R::ThirdParty), ("drittunternehmen*", R::ThirdParty), ("drittparteien", R::ThirdParty),
        ("dritte* parteien", R::ThirdParty), ("dritte* stellen", R::ThirdParty), ("drittdienst*", R::ThirdParty),
        ("drittfirmen", R::ThirdParty), ("externe* stellen", R::ThirdParty), ("externe* unternehmen", R::ThirdParty),
        ("externe* empfänger*", R::ThirdParty), ("andere* unternehmen", R::ThirdParty),
        ("nicht verbunden* unternehmen", R::ThirdParty), ("fremde* unternehmen", R::ThirdParty),
        ("soziale* netzwerk*", R::ThirdParty), ("social media plattform*", R::ThirdParty),
        ("soziale* medien", R::ThirdParty), ("social media anbieter*", R::ThirdParty),
        ("plattformbetreiber*", R::ThirdParty), ("dritte* unternehmen", R::ThirdParty),
        ("sonstige* dritte*", R::ThirdParty),
    ],
    purposes: &[
        // advertising
        ("werbung", P::Advertising), ("werbe*", P::Advertising), ("werben", P::Advertising), ("werblich*", P::Advertising),
        ("anzeigen", P::Advertising), ("anzeige", P::Advertising), ("interessenbasiert*", P::Advertising),
        ("interessensbasiert*", P::Advertising), ("zielgruppe*", P::Advertising), ("retargeting", P::Advertising),
        ("remarketing", P::Advertising), ("werbekampagne*", P::Advertising), ("personalisierte* werbung", P::Advertising),
        ("personalisierte* anzeigen", P::Advertising), ("lookalike*", P::Advertising), ("custom audience*", P::Advertising),
        ("ähnliche* zielgruppen", P::Advertising), ("reklame", P::Advertising), ("werbeerfolg*", P::Advertising),
        ("werbewirksamkeit", P::Advertising), ("anzeigenmessung", P::Advertising),
        // marketing
        ("marketing*", P::Marketing), ("spendenaufruf*", P::Marketing), ("spendenwerbung", P::Marketing), ("um spenden zu bitten", P::Marketing), ("spendenbitten", P::Marketing), ("direktmarketing", P::Marketing), ("per e mail werbung", P::Marketing), ("werbung per e mail", P::Marketing), ("e mail werbung", P::Marketing), ("werbe e mails", P::Marketing), ("werbemails", P::Marketing), ("werbe mails", P::Marketing), ("werbung per post", P::Marketing), ("werbung per sms", P::Marketing), ("direktwerbung", P::Marketing),
        ("newsletter*", P::Marketing), ("angebote", P::Marketing), ("mit eigenen angeboten", P::Marketing), ("mit ihren angeboten", P::Marketing), ("mit passenden angeboten", P::Marketing), ("mit angeboten", P::Marketing), ("sonderangebote", P::Marketing),
        ("werbliche* ansprache", P::Marketing), ("eigene* werbezwecke", P::Marketing),
        ("promotion*", P::Marketing), ("gewinnspiel*", P::Marketing), ("produktempfehlungen per e mail", P::Marketing),
        // personalization
        ("personalisier*", P::Personalization), ("individualisier*", P::Personalization),
        ("empfehlung*", P::Personalization), ("empfehlen", P::Personalization), ("vorschläge", P::Personalization),
        ("freundschaftsvorschläge", P::Personalization), ("maßgeschneidert*", P::Personalization),
        ("zugeschnitten*", P::Personalization), ("relevanter*", P::Personalization), ("profiling", P::Personalization),
        ("profilbildung", P::Personalization), ("anpassung*", P::Personalization),
        // analytics
        ("analyse*", P::Analytics), ("analysieren", P::Analytics), ("analysiert", P::Analytics),
        ("auswert*", P::Analytics), ("statistik*", P::Analytics), ("statistisch*", P::Analytics),
        ("messung*", P::Analytics), ("messen", P::Analytics), ("reichweitenmessung*", P::Analytics),
        ("reichweitenanalyse*", P::Analytics), ("webanalyse*", P::Analytics), ("verbesserung*", P::Analytics),
        ("verbessern", P::Analytics), ("optimier*", P::Analytics), ("nutzungsanalyse*", P::Analytics),
        ("erkenntnisse", P::Analytics), ("zu verstehen wie", P::Analytics), ("besser zu verstehen", P::Analytics),
        // security
        ("betrug*", P::Security), ("betrügerisch*", P::Security), ("missbrauch*", P::Security), ("spam", P::Security), ("betrugsversuch*", P::Security), ("schummel*", P::Security),
        ("sicherheit*", P::Security), ("schutz", P::Security), ("schützen", P::Security), ("verhinder*", P::Security),
        ("vorbeug*", P::Security), ("prävention", P::Security), ("betrugsbekämpfung", P::Security),
        ("identitätsprüfung*", P::Security), ("identitätsverifizierung*", P::Security), ("verifizierung*", P::Security),
        ("bonitätsprüfung*", P::Security), ("kreditwürdigkeit*", P::Security), ("bonität", P::Security),
        ("gefahrenabwehr", P::Security), ("rechtswidrig*", P::Security), ("illegale* aktivität*", P::Security),
        ("integrität", P::Security), ("ihre identität zu überprüfen", P::Security),
        // AI training
        // (Not bare "trainiert": "in welchem Studio Sie wann trainiert haben" is a workout.)
        ("zu trainieren", P::AiTraining), ("modelle trainieren", P::AiTraining), ("modelle trainiert", P::AiTraining),
        ("zum training", P::AiTraining), ("für das training", P::AiTraining), ("für das trainieren", P::AiTraining),
        ("training von", P::AiTraining), ("training unserer", P::AiTraining), ("training der", P::AiTraining),
        ("trainingsdaten", P::AiTraining), ("trainiert werden", P::AiTraining), ("zu trainingszwecken", P::AiTraining),
        ("ki", P::AiTraining), ("künstliche* intelligenz", P::AiTraining), ("ki modell*", P::AiTraining),
        ("sprachmodell*", P::AiTraining), ("maschinelle* lernen*", P::AiTraining), ("machine learning", P::AiTraining),
        ("generative* ki", P::AiTraining), ("ki funktionen", P::AiTraining), ("modelle", P::AiTraining),
        ("ki systeme", P::AiTraining), ("ki training", P::AiTraining),
        // legal
        ("gesetzlich*", P::Legal), ("gesetzlich* verpflicht*", P::Legal), ("rechtlich* verpflicht*", P::Legal),
        ("rechtliche* verpflichtung*", P::Legal), ("rechtspflicht*", P::Legal), ("rechtsvorschrift*", P::Legal),
        ("gesetz", P::Legal), ("gesetze", P::Legal), ("gesetzes", P::Legal), ("gesetzen", P::Legal),
        ("rechtliche* anforderungen", P::Legal), ("gerichtliche* anordnung*", P::Legal),
        ("gerichtsbeschluss*", P::Legal), ("behördliche* anordnung*", P::Legal), ("behördliche* anfrage*", P::Legal),
        ("auskunftsersuchen", P::Legal), ("auskunftspflicht*", P::Legal), ("rechtsansprüch*", P::Legal),
        ("rechtsverfolgung", P::Legal), ("durchsetzung*", P::Legal), ("vorschriften", P::Legal),
        ("aufbewahrungspflicht*", P::Legal), ("einhaltung*", P::Legal), ("auflage", P::Legal), ("auflagen", P::Legal),
        ("genehmigungsauflage*", P::Legal), ("rechtsgrundlage", P::Legal), ("erfüllung rechtlicher", P::Legal),
        ("rechtlichen verpflichtungen", P::Legal), ("verteidigung von rechtsansprüchen", P::Legal),
        ("unserer rechte", P::Legal), ("rechtmäßige* anfrage*", P::Legal), ("anordnung*", P::Legal),
        // service
        ("vertragserfüllung", P::Service), ("erfüllung des vertrag*", P::Service), ("erfüllung*", P::Service),
        ("zustellung*", P::Service), ("lieferung*", P::Service), ("versand", P::Service), ("bereitstellung*", P::Service),
        ("in unserem auftrag", P::Service), ("im auftrag", P::Service), ("in unserem namen", P::Service),
        ("im namen", P::Service), ("weisung*", P::Service), ("hosting", P::Service), ("hosten", P::Service),
        ("gehostet", P::Service), ("zahlungsabwicklung", P::Service), ("abwicklung*", P::Service),
        ("kundenservice", P::Service), ("kundensupport", P::Service), ("kundendienst", P::Service),
        ("support", P::Service), ("technische* support", P::Service), ("vertragsabwicklung*", P::Service),
        ("bestellabwicklung", P::Service), ("durchführung des vertrag*", P::Service), ("abrechnung*", P::Service),
        ("rechnungsstellung", P::Service), ("zahlungseinzug*", P::Service), ("einzug", P::Service),
        ("schadensregulierung", P::Service), ("regulier*", P::Service), ("auf ihren wunsch", P::Service),
        ("auf ihre anfrage", P::Service), ("ihre anfrage", P::Service), ("bearbeitung ihrer", P::Service),
        ("unsere dienste bereitzustellen", P::Service), ("zur verfügung zu stellen", P::Service),
        ("betrieb*", P::Service),
        // research
        ("forschung*", P::Research), ("studie*", P::Research), ("wissenschaftlich*", P::Research),
        ("marktforschung*", P::Research), ("verkehrsplanung", P::Research),
        // sale
        ("verkauf", P::Sale), ("verkaufen", P::Sale), ("verkauft", P::Sale), ("datenverkauf", P::Sale), ("vermiet*", P::Sale), ("gegen entgelt", P::Sale),
        ("gegen bezahlung", P::Sale), ("monetarisier*", P::Sale), ("geld verdienen", P::Sale),
        // business transfer
        ("fusion*", P::BusinessTransfer), ("unternehmensverkauf*", P::BusinessTransfer), ("inhaberwechsel*", P::BusinessTransfer), ("eigentümerwechsel*", P::BusinessTransfer), ("betreiberwechsel*", P::BusinessTransfer), ("neuer inhaber", P::BusinessTransfer), ("neuen inhaber", P::BusinessTransfer), ("übernahme*", P::BusinessTransfer),
        ("unternehmensübernahme*", P::BusinessTransfer), ("übernommen von", P::BusinessTransfer), ("gekauft von", P::BusinessTransfer), ("verschmelzung*", P::BusinessTransfer),
        ("insolvenz*", P::BusinessTransfer), ("umstrukturierung*", P::BusinessTransfer),
        ("reorganisation*", P::BusinessTransfer), ("unternehmenstransaktion*", P::BusinessTransfer),
        ("veräußerung*", P::BusinessTransfer), ("verkauf des unternehmens", P::BusinessTransfer), ("verkauf unseres unternehmens", P::BusinessTransfer), ("verkauf unseres geschäfts", P::BusinessTransfer), ("verkauf des geschäfts", P::BusinessTransfer), ("verkauften vermögenswerte*", P::BusinessTransfer), ("übertragenen vermögenswerte*", P::BusinessTransfer), ("geschäftsbetrieb", P::BusinessTransfer), ("geschäftsbetriebs", P::BusinessTransfer), ("geschäftsbetrieb verkauft", P::BusinessTransfer), ("betriebsübergang*", P::BusinessTransfer),
        ("verkauf von unternehmensteilen", P::BusinessTransfer), ("verkauf von vermögenswerten", P::BusinessTransfer),
        ("kontrollwechsel*", P::BusinessTransfer), ("asset deal", P::BusinessTransfer), ("übernommen von", P::BusinessTransfer), ("erworben von", P::BusinessTransfer), ("share deal", P::BusinessTransfer),
        ("liquidation", P::BusinessTransfer), ("auflösung des unternehmens", P::BusinessTransfer),
        ("unternehmenskauf*", P::BusinessTransfer), ("zusammenschluss*", P::BusinessTransfer),
    ],
    cues: &[
        // verbs: give
        ("weitergeben", Cue::Verb(V::Share)), ("freigegeben", Cue::Verb(V::Share)), ("freigeben", Cue::Verb(V::Share)), ("freigibt", Cue::Verb(V::Share)), ("weitergegeben", Cue::Verb(V::Share)), ("weitergibt", Cue::Verb(V::Share)),
        ("weiterzugeben", Cue::Verb(V::Share)), ("weitergabe*", Cue::Verb(V::Share)), ("weitergeleitet", Cue::Verb(V::Share)),
        ("weiterleit*", Cue::Verb(V::Share)), ("geben", Cue::Verb(V::Share)), ("gibt", Cue::Verb(V::Share)), ("gehen", Cue::Verb(V::Share)), ("geht", Cue::Verb(V::Share)), ("gingen", Cue::Verb(V::Share)), ("ging", Cue::Verb(V::Share)),
        ("gaben", Cue::Verb(V::Share)), ("teilen", Cue::Verb(V::Share)), ("teilt", Cue::Verb(V::Share)),
        ("geteilt", Cue::Verb(V::Share)), ("zu teilen", Cue::Verb(V::Share)), ("teilten", Cue::Verb(V::Share)),
        ("übermitt*", Cue::Verb(V::Share)), ("offenleg*", Cue::Verb(V::Share)), ("offengelegt", Cue::Verb(V::Share)),
        ("offenzulegen", Cue::Verb(V::Share)), ("offenbar*", Cue::Verb(V::Share)), ("preisgeben", Cue::Verb(V::Share)),
        ("preisgegeben", Cue::Verb(V::Share)), ("preisgabe", Cue::Verb(V::Share)), ("bereitstellen", Cue::Verb(V::Share)),
        ("bereitgestellt", Cue::Verb(V::Share)), ("bereitzustellen", Cue::Verb(V::Share)),
        ("stellen", Cue::Verb(V::Share)), ("stellt", Cue::Verb(V::Share)), ("zur verfügung gestellt", Cue::Verb(V::Share)),
        ("zugänglich machen", Cue::Verb(V::Share)), ("zugänglich gemacht", Cue::Verb(V::Share)),
        ("zugänglich", Cue::Verb(V::Share)), ("zugang gewähr*", Cue::Verb(V::Share)), ("zugriff gewähr*", Cue::Verb(V::Share)),
        ("übertrag*", Cue::Verb(V::Share)), ("übertragen", Cue::Verb(V::Share)), ("übergeben", Cue::Verb(V::Share)),
        ("übergabe", Cue::Verb(V::Share)), ("überlassen", Cue::Verb(V::Share)), ("überlassung", Cue::Verb(V::Share)),
        ("senden", Cue::Verb(V::Share)), ("sendet", Cue::Verb(V::Share)), ("gesendet", Cue::Verb(V::Share)),
        ("schicken", Cue::Verb(V::Share)), ("übersenden", Cue::Verb(V::Share)), ("melden", Cue::Verb(V::Share)), ("mitzuteilen", Cue::Verb(V::Share)), ("mitteilen", Cue::Verb(V::Share)), ("zu melden", Cue::Verb(V::Share)), ("zugriff auf", Cue::Verb(V::Collect)), ("erfolgt über", Cue::Verb(V::Share)), ("erfolgen über", Cue::Verb(V::Share)), ("läuft über", Cue::Verb(V::Share)), ("laufen über", Cue::Verb(V::Share)), ("einsicht in", Cue::Verb(V::Collect)),
        ("gemeldet", Cue::Verb(V::Share)), ("veröffentlich*", Cue::Verb(V::Share)), ("austausch*", Cue::Verb(V::Share)),
        ("tauschen", Cue::Verb(V::Share)), ("ausgetauscht", Cue::Verb(V::Share)), ("zusammenführ*", Cue::Verb(V::Share)),
        ("verknüpf*", Cue::Verb(V::Share)), ("hochladen", Cue::Verb(V::Share)), ("synchronisier*", Cue::Verb(V::Share)),
        ("leiten", Cue::Verb(V::Share)), ("liefern", Cue::Verb(V::Share)), ("offenlegung*", Cue::Verb(V::Share)),
        ("weiterzuleiten", Cue::Verb(V::Share)), ("sichtbar", Cue::Verb(V::Share)), ("angezeigt", Cue::Verb(V::Share)), ("einsehbar", Cue::Verb(V::Share)), ("anzeigen lassen", Cue::Verb(V::Share)),
        // sell
        ("verkaufen", Cue::Verb(V::Sell)), ("verkauft", Cue::Verb(V::Sell)), ("verkaufte", Cue::Verb(V::Sell)), ("verkauften", Cue::Verb(V::Sell)), ("verkauf", Cue::Verb(V::Sell)), ("zu verkaufen", Cue::Verb(V::Sell)), ("veräußer*", Cue::Verb(V::Sell)),
        ("vermiet*", Cue::Verb(V::Sell)), ("vermarkten", Cue::Verb(V::Sell)), ("handeln mit", Cue::Verb(V::Sell)),
        ("zu geld machen", Cue::Verb(V::Sell)),
        // verbs: the recipient is the subject
        ("erheb*", Cue::Verb(V::Collect)), ("erhoben", Cue::Verb(V::Collect)), ("sammel*", Cue::Verb(V::Collect)),
        ("sammeln", Cue::Verb(V::Collect)), ("gesammelt", Cue::Verb(V::Collect)), ("erfass*", Cue::Verb(V::Collect)),
        ("erhalten", Cue::Verb(V::Collect)), ("bekommt", Cue::Verb(V::Collect)), ("bekommen", Cue::Verb(V::Collect)), ("erhält", Cue::Verb(V::Collect)), ("erfährt", Cue::Verb(V::Collect)), ("empfangen", Cue::Verb(V::Collect)),
        ("zugriff", Cue::Verb(V::Collect)), ("zugreifen", Cue::Verb(V::Collect)), ("zugang", Cue::Verb(V::Collect)),
        ("einsehen", Cue::Verb(V::Collect)), ("einsicht", Cue::Verb(V::Collect)), ("platzier*", Cue::Verb(V::Collect)),
        ("speicher*", Cue::Verb(V::Collect)), ("gespeichert", Cue::Verb(V::Collect)), ("verarbeit*", Cue::Verb(V::Collect)),
        ("nachverfolg*", Cue::Verb(V::Collect)), ("tracken", Cue::Verb(V::Collect)), ("getrackt", Cue::Verb(V::Collect)),
        ("auslesen", Cue::Verb(V::Collect)), ("ausgelesen", Cue::Verb(V::Collect)), ("sehen", Cue::Verb(V::Collect)),
        ("erfahren", Cue::Verb(V::Collect)), ("abrufen", Cue::Verb(V::Collect)), ("protokollier*", Cue::Verb(V::Collect)),
        ("aufzeichn*", Cue::Verb(V::Collect)), ("aufgezeichnet", Cue::Verb(V::Collect)), ("erlangen", Cue::Verb(V::Collect)),
        ("bekommen", Cue::Verb(V::Collect)), ("setzen cookies", Cue::Verb(V::Collect)), ("setzt cookies", Cue::Verb(V::Collect)), ("setzen eigene cookies", Cue::Verb(V::Collect)), ("verwenden cookies", Cue::Verb(V::Collect)), ("verwendet cookies", Cue::Verb(V::Collect)), ("nutzen cookies", Cue::Verb(V::Collect)), ("nutzt cookies", Cue::Verb(V::Collect)), ("cookies setzen", Cue::Verb(V::Collect)), ("cookies gesetzt", Cue::Verb(V::Collect)), ("bekommt", Cue::Verb(V::Collect)),
        // verbs: we engage a provider
        ("nutzen", Cue::Verb(V::Engage)), ("nutzt", Cue::Verb(V::Engage)), ("genutzt", Cue::Verb(V::Engage)),
        ("verwenden", Cue::Verb(V::Engage)), ("verwendet", Cue::Verb(V::Engage)), ("benutzen", Cue::Verb(V::Engage)),
        ("einsetzen", Cue::Verb(V::Engage)), ("eingesetzt", Cue::Verb(V::Engage)), ("setzen", Cue::Verb(V::Engage)),
        ("setzt", Cue::Verb(V::Engage)), ("beauftrag*", Cue::Verb(V::Engage)), ("zusammenarbeit*", Cue::Verb(V::Engage)),
        ("arbeiten mit", Cue::Verb(V::Engage)), ("arbeiten zusammen", Cue::Verb(V::Engage)), ("kooperier*", Cue::Verb(V::Engage)),
        ("einbind*", Cue::Verb(V::Engage)), ("eingebunden", Cue::Verb(V::Engage)), ("binden", Cue::Verb(V::Engage)),
        ("integrier*", Cue::Verb(V::Engage)), ("erlauben", Cue::Verb(V::Engage)), ("erlaubt", Cue::Verb(V::Engage)),
        ("gestatten", Cue::Verb(V::Engage)), ("ermöglich*", Cue::Verb(V::Engage)), ("bedienen uns", Cue::Verb(V::Engage)),
        ("greifen auf", Cue::Verb(V::Engage)), ("setzen wir", Cue::Verb(V::Engage)),
        // negation
        ("nicht", Cue::Negation), ("kein*", Cue::Negation), ("niemals", Cue::Negation), ("nie", Cue::Negation),
        ("weder", Cue::Negation), ("nichts", Cue::Negation), ("niemand*", Cue::Negation), ("ohne", Cue::Negation),
        ("keinesfalls", Cue::Negation), ("ist ausgeschlossen", Cue::Negation), ("sind ausgeschlossen", Cue::Negation), ("bleibt ausgeschlossen", Cue::Negation), ("wird ausgeschlossen", Cue::Negation), ("keinerlei", Cue::Negation), ("nicht mehr", Cue::Stop), ("keine mehr", Cue::Stop), ("bislang haben wir", Cue::Stop), ("bisher haben wir", Cue::Stop), ("eingestellt", Cue::Stop), ("beendet", Cue::Stop), ("früher", Cue::Stop),
        // exceptions
        ("außer", Cue::Exception), ("ausgenommen", Cue::Exception), ("es sei denn", Cue::Exception),
        ("mit ausnahme", Cue::Exception), ("ausnahmen", Cue::Exception), ("ausnahme", Cue::Exception),
        ("ohne ihre einwilligung", Cue::Exception), ("ohne ihre zustimmung", Cue::Exception),
        ("ohne ihre ausdrückliche", Cue::Exception), ("ohne ihre vorherige", Cue::Exception),
        ("ohne deine einwilligung", Cue::Exception), ("ohne einwilligung", Cue::Exception),
        ("ohne ihr einverständnis", Cue::Exception), ("nur an", Cue::Exception), ("nur mit", Cue::Exception),
        ("nur wenn", Cue::Exception), ("nur soweit", Cue::Exception), ("nur sofern", Cue::Exception),
        ("nur im rahmen", Cue::Exception), ("nur zu", Cue::Exception), ("nur nach", Cue::Exception),
        ("nur dann", Cue::Exception), ("nur falls", Cue::Exception), ("lediglich", Cue::Exception),
        ("abgesehen von", Cue::Exception), ("ausschließlich", Cue::Exception), ("über das hinaus", Cue::Exception),
        // modality
        ("können", Cue::Modal), ("kann", Cue::Modal), ("könnten", Cue::Modal), ("könnte", Cue::Modal),
        ("dürfen", Cue::Modal), ("darf", Cue::Modal), ("gegebenenfalls", Cue::Modal), ("ggf", Cue::Modal),
        ("unter umständen", Cue::Modal), ("von zeit zu zeit", Cue::Modal), ("in einigen fällen", Cue::Modal),
        ("in bestimmten fällen", Cue::Modal), ("wenn", Cue::Modal), ("falls", Cue::Modal), ("sofern", Cue::Modal),
        ("soweit", Cue::Modal), ("möglicherweise", Cue::Modal), ("eventuell", Cue::Modal), ("je nach", Cue::Modal),
        // change framing
        // A definite future event ("When the acquisition closes, your account … will be transferred").
        ("mit abschluss der übernahme", Cue::Change), ("nach abschluss der übernahme", Cue::Change), ("mit vollzug der übernahme", Cue::Change),
        ("nach vollzug der übernahme", Cue::Change), ("mit abschluss der fusion", Cue::Change), ("nach abschluss der fusion", Cue::Change),
        ("ab dem", Cue::Change), ("ab sofort", Cue::Change), ("ab jetzt", Cue::Change), ("ab heute", Cue::Change),
        ("ab diesem", Cue::Change), ("ab inkrafttreten", Cue::Change), ("künftig", Cue::Change), ("zukünftig", Cue::Change),
        ("in zukunft", Cue::Change), ("neu", Cue::Change), ("neu ist", Cue::Change), ("neuerdings", Cue::Change),
        ("erstmals", Cue::Change), ("zum ersten mal", Cue::Change), ("beginnend", Cue::Change), ("beginnen", Cue::Change),
        ("beginnen wir", Cue::Change), ("nunmehr", Cue::Change), ("nun auch", Cue::Change), ("jetzt auch", Cue::Change),
        ("von nun an", Cue::Change), ("mit wirkung zum", Cue::Change), ("mit wirkung ab", Cue::Change),
        ("mit wirkung vom", Cue::Change), ("werden nun", Cue::Change),
        ("werden jetzt", Cue::Change), ("werden künftig", Cue::Change), ("einführ*", Cue::Change),
        ("führen ein", Cue::Change), ("hinzugefügt", Cue::Change), ("nach inkrafttreten", Cue::Change),
        ("mit inkrafttreten", Cue::Change), ("neue datenschutz*", Cue::Change), ("neuen datenschutz*", Cue::Change),
        ("in den kommenden wochen", Cue::Change), ("ab 1", Cue::Change), ("ab 2", Cue::Change), ("ab 3", Cue::Change),
        ("ab 4", Cue::Change), ("ab 5", Cue::Change), ("ab 6", Cue::Change), ("ab 7", Cue::Change), ("ab 8", Cue::Change),
        ("ab 9", Cue::Change), ("ab 10", Cue::Change), ("ab 11", Cue::Change), ("ab 12", Cue::Change), ("ab 13", Cue::Change),
        ("ab 14", Cue::Change), ("ab 15", Cue::Change), ("ab 16", Cue::Change), ("ab 17", Cue::Change), ("ab 18", Cue::Change),
        ("ab 19", Cue::Change), ("ab 20", Cue::Change), ("ab 21", Cue::Change), ("ab 22", Cue::Change), ("ab 23", Cue::Change),
        ("ab 24", Cue::Change), ("ab 25", Cue::Change), ("ab 26", Cue::Change), ("ab 27", Cue::Change), ("ab 28", Cue::Change),
        ("ab 29", Cue::Change), ("ab 30", Cue::Change), ("ab 31", Cue::Change), ("ab januar", Cue::Change),
        ("ab februar", Cue::Change), ("ab märz", Cue::Change), ("ab april", Cue::Change), ("ab mai", Cue::Change),
        ("ab juni", Cue::Change), ("ab juli", Cue::Change), ("ab august", Cue::Change), ("ab september", Cue::Change),
        ("ab oktober", Cue::Change), ("ab november", Cue::Change), ("ab dezember", Cue::Change),
        ("werden", Cue::Future), ("wird", Cue::Future), ("werden wir", Cue::Future), ("wir werden", Cue::Future),
        ("bald", Cue::Future), ("demnächst", Cue::Future), ("in kürze", Cue::Future), ("planen", Cue::Future),
        ("beabsichtigen", Cue::Future),
        ("unsere praktiken bleiben gleich", Cue::PracticesUnchanged), ("unsere praktiken bleiben unverändert", Cue::PracticesUnchanged), ("unsere praktiken ändern sich nicht", Cue::PracticesUnchanged), ("ändert nichts daran", Cue::PracticesUnchanged), ("haben nicht geändert, welche", Cue::PracticesUnchanged), ("haben nicht geändert welche", Cue::PracticesUnchanged), ("ändert sich nichts daran", Cue::PracticesUnchanged), ("ändert sich nichts an der art", Cue::PracticesUnchanged), ("haben nichts daran geändert", Cue::PracticesUnchanged), ("haben nichts an der art", Cue::PracticesUnchanged), ("ändern nichts daran", Cue::PracticesUnchanged), ("ändert nichts an der art", Cue::PracticesUnchanged), ("ändern nichts an der art", Cue::PracticesUnchanged),
        ("weiterhin", Cue::Continuing), ("nach wie vor", Cue::Continuing), ("wie bisher", Cue::Continuing),
        ("präzisiert, wie wir", Cue::Continuing), ("verdeutlicht, wie wir", Cue::Continuing), ("genauer erklärt, wie wir", Cue::Continuing), ("genauer beschrieben, wie wir", Cue::Continuing), ("klarer beschrieben, wie wir", Cue::Continuing), ("ausführlicher beschrieben, wie wir", Cue::Continuing), ("ausführlicher erklärt, wie wir", Cue::Continuing),
        ("wie gewohnt", Cue::Continuing), ("bereits", Cue::Continuing), ("schon", Cue::Continuing),
        ("bleibt", Cue::Continuing), ("bleiben", Cue::Continuing), ("gleich bleibt", Cue::Continuing),
        ("unverändert", Cue::Continuing), ("erhalten bleibt", Cue::Neutral), ("erhalten bleiben", Cue::Neutral), ("ändert sich nicht", Cue::Continuing), ("was sich nicht ändert", Cue::Continuing), ("was gleich bleibt", Cue::Continuing), ("was bleibt", Cue::Continuing), ("ändert sich nichts", Cue::Continuing),
        ("ändern sich nicht", Cue::Continuing), ("derzeit", Cue::Continuing), ("aktuell", Cue::Continuing),
        ("wie immer", Cue::Continuing), ("wie schon", Cue::Continuing), ("immer noch", Cue::Continuing),
        ("noch immer", Cue::Continuing), ("auch weiterhin", Cue::Continuing), ("wie heute", Cue::Continuing),
        ("wie bislang", Cue::Continuing), ("bisher schon", Cue::Continuing), ("gleich", Cue::Continuing),
        // opt-out
        ("widersprechen", Cue::OptOut), ("widersprochen", Cue::OptOut), ("widerspruch*", Cue::OptOut), ("widerruf*", Cue::OptOut),
        ("abmelden", Cue::OptOut), ("abmeldung", Cue::OptOut), ("abbestell*", Cue::OptOut), ("opt out", Cue::OptOut),
        ("deaktivier*", Cue::OptOut), ("ausschalten", Cue::OptOut), ("abschalten", Cue::OptOut),
        ("abwählen", Cue::OptOut), ("häkchen entfernen", Cue::OptOut), ("austragen", Cue::OptOut),
        ("ablehnen", Cue::OptOut), ("einstellungen ändern", Cue::OptOut), ("in den einstellungen", Cue::OptOut),
        ("zurückziehen", Cue::OptOut), ("sie können wählen", Cue::OptOut), ("nicht einverstanden", Cue::OptOut),
        ("schalten sie", Cue::OptOut), ("sie können dieser", Cue::OptOut), ("sie können der", Cue::OptOut), ("können sie dieser", Cue::OptOut), ("dieser weitergabe können", Cue::OptOut), ("dieser übermittlung können", Cue::OptOut), ("der weitergabe können", Cue::OptOut), ("verwalten sie", Cue::OptOut), ("datenschutzeinstellungen", Cue::OptOut),
        // source
        ("von", Cue::Source), ("erhalten von", Cue::Source), ("stammen von", Cue::Source), ("stammen aus", Cue::Source),
        ("aus öffentlich", Cue::Source), ("aus anderen quellen", Cue::Source), ("seitens", Cue::Source),
        // coreference
        ("diese daten", Cue::Coref), ("diese informationen", Cue::Coref), ("solche daten", Cue::Coref),
        ("solche informationen", Cue::Coref), ("die daten", Cue::Coref), ("die informationen", Cue::Coref),
        ("dies", Cue::Coref), ("diese", Cue::Coref), ("dieser daten", Cue::Coref), ("diese angaben", Cue::Coref),
        ("derartige daten", Cue::Coref), ("entsprechende* daten", Cue::Coref), ("es", Cue::Coref),
        ("diese unternehmen", Cue::ThirdPerson), ("diese dritten", Cue::ThirdPerson), ("diese partner", Cue::ThirdPerson),
        ("diese anbieter", Cue::ThirdPerson), ("diese dienstleister", Cue::ThirdPerson), ("solche dritten", Cue::ThirdPerson),
        ("diese empfänger", Cue::ThirdPerson), ("diese stellen", Cue::ThirdPerson), ("diese parteien", Cue::ThirdPerson),
        ("die anbieter", Cue::ThirdPerson), ("diese drittanbieter", Cue::ThirdPerson), ("die partner", Cue::ThirdPerson),
        ("diese firmen", Cue::ThirdPerson), ("diese werbepartner", Cue::ThirdPerson),
        ("wir", Cue::FirstPerson), ("uns", Cue::FirstPerson), ("unser*", Cue::FirstPerson),
        ("sie", Cue::SecondPerson), ("du", Cue::SecondPerson), ("dich", Cue::SecondPerson), ("dir", Cue::SecondPerson),
        ("nutzer", Cue::SecondPerson), ("nutzerinnen", Cue::SecondPerson), ("benutzer", Cue::SecondPerson),
        // news
        ("dieser zeitung", Cue::News), ("gegenüber dieser", Cue::News), ("nicht geantwortet", Cue::News), ("fachanwalt", Cue::News), ("fachanwältin", Cue::News), ("verwandte artikel", Cue::News), ("wollte sich nicht äußern", Cue::News), ("wollte sich nicht", Cue::News), ("veröffentlicht am", Cue::News), ("lesen sie auch", Cue::News), ("auf nachfrage", Cue::News), ("gegenüber unserer redaktion", Cue::News), ("verbraucherzentrale", Cue::News), ("so ein sprecher", Cue::News), ("hieß es", Cue::News),
        ("sagte", Cue::News), ("sagt", Cue::News), ("laut", Cue::News), ("zufolge", Cue::News), ("berichtet*", Cue::News),
        ("sprecher*", Cue::News), ("erklärte", Cue::News), ("kritiker*", Cue::News), ("kritisieren", Cue::News), ("kritisiert", Cue::News), ("kritisierte", Cue::News), ("verbraucherverband", Cue::News), ("laut der e-mail", Cue::News), ("laut der mail", Cue::News),
        ("verbraucherschützer*", Cue::News), ("datenschützer", Cue::News), ("datenschützerin", Cue::News), ("datenschützerinnen", Cue::News), ("datenschützern", Cue::News), ("nach angaben", Cue::News),
        ("auf anfrage", Cue::News), ("ratgeber", Cue::News), ("redaktion", Cue::News), ("dpa", Cue::News),
        ("reuters", Cue::News), ("das unternehmen", Cue::News), ("der konzern", Cue::News), ("teilte mit", Cue::News),
        ("in einer mitteilung", Cue::News), ("in einem blogbeitrag", Cue::News), ("mehrerer hersteller", Cue::News),
        ("die hersteller", Cue::News), ("newsletter abonnieren", Cue::News), ("meistgelesen", Cue::News), ("fügte hinzu", Cue::News), ("betonte", Cue::News), ("so die", Cue::News),
        // update notices
        ("wichtige information", Cue::UpdateNotice), ("wichtige informationen", Cue::UpdateNotice), ("wichtiger hinweis", Cue::UpdateNotice), ("haben eine vereinbarung", Cue::UpdateNotice), ("hat eine vereinbarung", Cue::UpdateNotice), ("inhaberwechsel", Cue::UpdateNotice), ("eigentümerwechsel", Cue::UpdateNotice), ("betreiberwechsel", Cue::UpdateNotice), ("liebe eltern", Cue::UpdateNotice), ("liebe familien", Cue::UpdateNotice), ("liebe patientinnen", Cue::UpdateNotice), ("was passiert mit ihren daten", Cue::UpdateNotice), ("wir aktualisieren", Cue::UpdateNotice), ("neuigkeiten zum datenschutz", Cue::UpdateNotice), ("neues zum datenschutz", Cue::UpdateNotice), ("neuigkeiten zu ihren daten", Cue::UpdateNotice),("liebe kundin", Cue::UpdateNotice), ("lieber kunde", Cue::UpdateNotice), ("liebe kundinnen", Cue::UpdateNotice), ("liebe nutzerin", Cue::UpdateNotice), ("lieber nutzer", Cue::UpdateNotice), ("liebe nutzerinnen", Cue::UpdateNotice), ("liebe mitglieder", Cue::UpdateNotice), ("sehr geehrte kundin", Cue::UpdateNotice), ("sehr geehrter kunde", Cue::UpdateNotice), ("sehr geehrte kundinnen", Cue::UpdateNotice), ("zum 1", Cue::Change), ("zum 2", Cue::Change), ("zum 3", Cue::Change), ("zum 4", Cue::Change), ("zum 5", Cue::Change), ("zum 6", Cue::Change), ("zum 7", Cue::Change), ("zum 8", Cue::Change), ("zum 9", Cue::Change), ("zum 10", Cue::Change), ("zum 11", Cue::Change), ("zum 12", Cue::Change), ("zum 13", Cue::Change), ("zum 14", Cue::Change), ("zum 15", Cue::Change), ("zum 16", Cue::Change), ("zum 17", Cue::Change), ("zum 18", Cue::Change), ("zum 19", Cue::Change), ("zum 20", Cue::Change), ("zum 21", Cue::Change), ("zum 22", Cue::Change), ("zum 23", Cue::Change), ("zum 24", Cue::Change), ("zum 25", Cue::Change), ("zum 26", Cue::Change), ("zum 27", Cue::Change), ("zum 28", Cue::Change), ("zum 29", Cue::Change), ("zum 30", Cue::Change), ("zum 31", Cue::Change), ("wir aktualisieren unsere", Cue::UpdateNotice), ("aktualisieren unsere", Cue::UpdateNotice),
        ("haben unsere datenschutz*", Cue::UpdateNotice), ("aktualisierung unserer", Cue::UpdateNotice),
        ("aktualisierte* datenschutz*", Cue::UpdateNotice), ("änderungen unserer", Cue::UpdateNotice),
        ("änderung unserer", Cue::UpdateNotice), ("änderungen der datenschutz*", Cue::UpdateNotice),
        ("wichtige änderungen", Cue::UpdateNotice), ("wichtigsten änderungen", Cue::UpdateNotice),
        ("was sich ändert", Cue::UpdateNotice), ("ändert sich, wie wir", Cue::UpdateNotice), ("ändert, wie wir", Cue::UpdateNotice), ("was sich ändern wird", Cue::UpdateNotice), ("was wird sich ändern", Cue::UpdateNotice), ("was ändert sich", Cue::UpdateNotice), ("was ist neu", Cue::UpdateNotice),
        ("was bleibt gleich", Cue::UpdateNotice), ("was gleich bleibt", Cue::UpdateNotice),
        ("treten in kraft", Cue::UpdateNotice), ("tritt in kraft", Cue::UpdateNotice), ("in kraft treten", Cue::UpdateNotice),
        ("neue nutzungsbedingungen", Cue::UpdateNotice), ("neuen nutzungsbedingungen", Cue::UpdateNotice),
        ("neue agb", Cue::UpdateNotice), ("neuen agb", Cue::UpdateNotice), ("im überblick", Cue::UpdateNotice),
        ("ändern unsere", Cue::UpdateNotice), ("wir ändern", Cue::UpdateNotice), ("wir passen", Cue::UpdateNotice),
        ("passen unsere", Cue::UpdateNotice), ("anpassung unserer", Cue::UpdateNotice),
        ("weiterhin nutzen", Cue::UpdateNotice), ("weitere nutzung", Cue::UpdateNotice),
        ("überarbeitet", Cue::UpdateNotice), ("aktualisierte fassung", Cue::UpdateNotice),
        ("was das für sie bedeutet", Cue::UpdateNotice), ("was bedeutet das für sie", Cue::UpdateNotice),
        ("bevorstehende* änderungen", Cue::UpdateNotice), ("wir führen", Cue::UpdateNotice),
        ("was sich geändert hat", Cue::UpdateNotice), ("was hat sich geändert", Cue::UpdateNotice), ("ab heute", Cue::UpdateNotice), ("wurde aktualisiert um", Cue::UpdateNotice), ("wurden aktualisiert um", Cue::UpdateNotice), ("neue fassung gilt", Cue::UpdateNotice), ("neue version gilt", Cue::UpdateNotice),
        // document dates
        ("stand", Cue::DocDate), ("zuletzt aktualisiert", Cue::DocDate), ("zuletzt geändert", Cue::DocDate),
        ("letzte aktualisierung", Cue::DocDate), ("letzte änderung", Cue::DocDate), ("gültig ab", Cue::DocDate),
        ("gültig seit", Cue::DocDate), ("gültig vom", Cue::DocDate), ("in kraft seit", Cue::DocDate),
        ("inkrafttreten", Cue::DocDate), ("datum des inkrafttretens", Cue::DocDate), ("wirksam ab", Cue::DocDate),
        ("version vom", Cue::DocDate), ("fassung vom", Cue::DocDate), ("aktualisiert am", Cue::DocDate),
        ("gilt ab", Cue::DocDate), ("aktualisiert", Cue::DocDate), ("geändert am", Cue::DocDate),
        ("tritt am", Cue::DocDate), ("treten am", Cue::DocDate),
        // legal-document phrases
        ("datenschutzerklärung", Cue::LegalDoc), ("diese datenschutzerklärung", Cue::LegalDoc),
        ("datenschutzhinweise*", Cue::LegalDoc), ("datenschutzrichtlinie*", Cue::LegalDoc),
        ("datenschutzbestimmungen", Cue::LegalDoc), ("datenschutzinformation*", Cue::LegalDoc),
        ("datenschutz", Cue::LegalDoc), ("personenbezogen* daten", Cue::LegalDoc), ("dsgvo", Cue::LegalDoc),
        ("ds gvo", Cue::LegalDoc), ("bdsg", Cue::LegalDoc), ("tdddg", Cue::LegalDoc), ("ttdsg", Cue::LegalDoc),
        ("verantwortliche*", Cue::LegalDoc), ("rechtsgrundlage*", Cue::LegalDoc), ("berechtigte* interesse*", Cue::LegalDoc),
        ("ihre rechte", Cue::LegalDoc), ("betroffenenrechte", Cue::LegalDoc), ("nutzungsbedingungen", Cue::LegalDoc),
        ("agb", Cue::LegalDoc), ("allgemeine* geschäftsbedingungen", Cue::LegalDoc), ("haftung*", Cue::LegalDoc),
        ("gerichtsstand", Cue::LegalDoc), ("anwendbares recht", Cue::LegalDoc), ("datenschutzbeauftragte*", Cue::LegalDoc),
        ("widerrufsrecht", Cue::LegalDoc), ("speicherdauer", Cue::LegalDoc), ("einwilligung*", Cue::LegalDoc),
        ("aufsichtsbehörde*", Cue::LegalDoc), ("cookie richtlinie", Cue::LegalDoc), ("dritte", Cue::LegalDoc),
        ("wir erheben", Cue::LegalDoc), ("wir verarbeiten", Cue::LegalDoc), ("art", Cue::LegalDoc),
        ("auftragsverarbeitung*", Cue::LegalDoc), ("privatsphäre", Cue::LegalDoc),
        // commerce and other ordinary pages
        ("ihre aufgaben", Cue::Commerce), ("ihr profil", Cue::Commerce), ("wir bieten", Cue::Commerce), ("jetzt bewerben", Cue::Commerce), ("vollzeit", Cue::Commerce), ("teilzeit", Cue::Commerce), ("unbefristet", Cue::Commerce), ("m w d", Cue::Commerce), ("stellenangebot", Cue::Commerce), ("urlaubstage", Cue::Commerce), ("berufserfahrung", Cue::Commerce), ("in den warenkorb", Cue::Commerce), ("warenkorb", Cue::Commerce), ("jetzt kaufen", Cue::Commerce),
        ("auf lager", Cue::Commerce), ("lieferbar", Cue::Commerce), ("versandkostenfrei", Cue::Commerce),
        ("kostenloser versand", Cue::Commerce), ("zutaten", Cue::Commerce), ("rezept*", Cue::Commerce),
        ("backofen", Cue::Commerce), ("vorheizen", Cue::Commerce), ("esslöffel", Cue::Commerce), ("teelöffel", Cue::Commerce),
        ("zubereitungszeit", Cue::Commerce), ("portionen", Cue::Commerce), ("preis", Cue::Commerce),
        ("inkl mwst", Cue::Commerce), ("mwst", Cue::Commerce), ("technische daten", Cue::Commerce),
        ("garantie", Cue::Commerce), ("gewicht", Cue::Commerce), ("anleitung", Cue::Commerce),
        ("schritt für schritt", Cue::Commerce), ("so geht", Cue::Commerce), ("so schalten sie", Cue::Commerce),
        ("tipp", Cue::Commerce), ("klicken", Cue::Commerce), ("tippen", Cue::Commerce), ("kundenbewertungen", Cue::Commerce),
        ("produktbeschreibung", Cue::Commerce), ("daten exportieren", Cue::Commerce), ("daten herunterladen", Cue::Commerce),
        ("im test", Cue::Commerce), ("fernseher", Cue::Commerce), ("kamera", Cue::Commerce), ("objektiv", Cue::Commerce),
        ("datenblatt", Cue::Commerce), ("fehlerbehebung", Cue::Commerce),
        // data heads
        ("daten", Cue::DataHead), ("informationen", Cue::DataHead), ("angaben", Cue::DataHead),
        ("einzelheiten", Cue::DataHead),
        ("anonymisiert*", Cue::Deidentified), ("anonym*", Cue::Deidentified), ("pseudonymisiert*", Cue::Deidentified),
        ("pseudonym*", Cue::Deidentified), ("aggregiert*", Cue::Deidentified), ("zusammengefasst*", Cue::Deidentified),
        ("gehasht*", Cue::Deidentified), ("nicht personenbezogen*", Cue::Deidentified),
        ("ohne personenbezug", Cue::Deidentified), ("keinen rückschluss", Cue::Deidentified),
        ("keine rückschlüsse", Cue::Deidentified), ("nicht identifizier*", Cue::Deidentified),
        ("zufällige* kennung*", Cue::Deidentified), ("zufällige* fahrtkennung*", Cue::Deidentified),
        ("aber", Cue::ClauseBreak), ("jedoch", Cue::ClauseBreak), ("allerdings", Cue::ClauseBreak),
        ("während", Cue::ClauseBreak), ("wohingegen", Cue::ClauseBreak), ("sondern", Cue::ClauseBreak),
        ("stattdessen", Cue::ClauseBreak), ("hingegen", Cue::ClauseBreak), ("dagegen", Cue::ClauseBreak),
        ("diese datenschutzerklärung beschreibt", Cue::Meta), ("diese datenschutzerklärung erläutert", Cue::Meta),
        ("diese datenschutzerklärung gilt", Cue::Meta), ("diese hinweise erklären", Cue::Meta),
        ("diese hinweise gelten", Cue::Meta), ("erläutert", Cue::Meta), ("beschreibt", Cue::Meta),
        ("informieren wir sie", Cue::Meta), ("informiert sie", Cue::Meta), ("an wen wir", Cue::Meta),
        ("mit wem wir", Cue::Meta), ("sie haben das recht", Cue::Meta), ("recht auf auskunft", Cue::Meta),
        ("auskunft verlangen", Cue::Meta), ("auskunft über", Cue::Meta), ("links zu", Cue::Meta),
        ("verlinkt*", Cue::Meta), ("nicht verantwortlich", Cue::Meta), ("keinen einfluss", Cue::Meta),
        ("datenschutzbestimmungen der", Cue::Meta), ("datenschutzerklärung des", Cue::Meta),
        ("wenn sie fragen haben", Cue::Meta), ("bei fragen", Cue::Meta), ("kontaktieren sie uns", Cue::Meta),
        ("wenden sie sich", Cue::Meta), ("können sie verlangen", Cue::Meta), ("eigenen datenschutz*", Cue::Meta),
        ("an", Cue::RecipientPrep), ("mit", Cue::RecipientPrep), ("gegenüber", Cue::RecipientPrep),
        ("zwischen", Cue::RecipientPrep), ("bei", Cue::RecipientPrep), ("unter", Cue::RecipientPrep),
        ("nicht nur", Cue::Neutral), ("nicht abschließend", Cue::Neutral), ("nicht verbunden*", Cue::Neutral),
        ("nicht mit uns verbunden*", Cue::Neutral), ("es gibt", Cue::Neutral), ("gibt es", Cue::Neutral),
        ("von uns", Cue::Neutral), ("nicht zuletzt", Cue::Neutral), ("teilen wir ihnen mit", Cue::Neutral), ("teilen sich", Cue::Neutral), ("teilt sich", Cue::Neutral), ("teilten sich", Cue::Neutral), ("teilte sich", Cue::Neutral),
        ("teilen sie uns mit", Cue::Neutral), ("auskunft geben", Cue::Neutral),
        ("im auftrag von", Cue::Neutral), ("im namen von", Cue::Neutral),
        ("in unserem auftrag", Cue::OnBehalf), ("im auftrag von uns", Cue::OnBehalf), ("für uns", Cue::OnBehalf),
        ("nach unseren weisungen", Cue::OnBehalf), ("auftragsverarbeit*", Cue::OnBehalf),
        ("wie", Cue::Examples), ("wie etwa", Cue::Examples), ("wie beispielsweise", Cue::Examples),
        ("beispielsweise", Cue::Examples), ("bspw", Cue::Examples), ("zum beispiel", Cue::Examples), ("z", Cue::Examples),
        ("etwa", Cue::Examples), ("insbesondere", Cue::Examples), ("einschließlich", Cue::Examples),
        ("inklusive", Cue::Examples), ("namentlich", Cue::Examples), ("darunter", Cue::Examples),
        ("unter anderem", Cue::Examples), ("nämlich", Cue::Examples),
    ],
    kinds: KindWords {
        privacy: &[
            "datenschutzerklärung", "datenschutzhinweise", "datenschutzhinweis", "datenschutzrichtlinie",
            "datenschutzrichtlinien", "datenschutzbestimmungen", "datenschutzinformationen", "datenschutzinformation",
            "datenschutz", "privatsphäre", "informationen zum datenschutz", "hinweise zum datenschutz",
            "datenschutzcenter", "datenschutzerklarung", "datenschutzmitteilung", "datenrichtlinie",
        ],
        terms: &[
            "nutzungsbedingungen", "beförderungsbedingungen", "allgemeine geschäftsbedingungen", "agb", "geschäftsbedingungen",
            "nutzervereinbarung", "nutzungsvereinbarung", "servicebedingungen", "teilnahmebedingungen",
            "vertragsbedingungen", "lizenzbedingungen", "endbenutzer lizenzvertrag", "bedingungen",
            "mietbedingungen", "reisebedingungen", "buchungsbedingungen", "verkaufsbedingungen", "lieferbedingungen",
            "mitgliedsbedingungen", "vermietbedingungen", "beförderungsbedingungen", "kursbedingungen", "mietvertrag",
            "satzung", "vereinssatzung", "platzordnung", "hausordnung", "vereinsordnung", "benutzungsordnung", "nutzungsordnung", "gartenordnung", "spielordnung", "hallenordnung",
        ],
        cookie: &[
            "cookie richtlinie", "cookierichtlinie", "cookie hinweise", "cookie hinweis", "cookie erklärung",
            "cookie policy", "verwendung von cookies", "einsatz von cookies", "cookies", "cookie",
            "cookie einstellungen",
        ],
        update: &[
            "aktualisierung", "aktualisierungen", "nachtrag", "aktualisiert", "aktualisierte", "aktualisierten", "änderungen",
            "änderung", "neue", "neuen", "neu", "was ist neu", "was sich ändert", "wichtige", "wichtiger hinweis",
            "mitteilung", "ankündigung", "überarbeitung", "überarbeitete", "wir aktualisieren",
        ],
        sections: &[
            "welche daten", "erhobene daten", "verarbeitete daten", "zwecke", "zweck der verarbeitung", "rechtsgrundlage", "rechtsgrundlagen", "empfanger", "weitergabe", "ubermittlung", "speicherdauer", "dauer der speicherung", "ihre rechte", "betroffenenrechte", "verantwortlicher", "verantwortliche stelle", "datenschutzbeauftragter", "widerspruchsrecht", "cookies",
        ],
    },
    stopwords: &[
        "der", "die", "das", "und", "ist", "nicht", "sie", "wir", "ihre", "ihrer", "ihren", "zu", "den", "dem",
        "mit", "von", "auf", "fur", "eine", "einer", "einen", "eines", "auch", "werden", "wird", "sind", "oder",
        "diese", "dieser", "dass", "sich", "uns", "unsere", "unserer", "bei", "nach", "wenn", "zur", "zum",
        "durch", "uber", "konnen", "kann", "nur", "wie", "im", "um", "aus", "noch", "haben", "hat", "ihnen",
        "einem", "daten",
    ],
    months: &[
        ("januar", 1), ("janner", 1), ("jan", 1), ("februar", 2), ("feber", 2), ("feb", 2), ("marz", 3),
        ("mar", 3), ("mrz", 3), ("april", 4), ("apr", 4), ("mai", 5), ("juni", 6), ("jun", 6), ("juli", 7),
        ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("oktober", 10),
        ("okt", 10), ("november", 11), ("nov", 11), ("dezember", 12), ("dez", 12),
    ],
    not_names: &[
        "Innerhalb", "Ausserhalb", "Andernfalls", "Ebenfalls", "Gegebenenfalls", "Jedenfalls", "Keinesfalls", "Allenfalls",
        "Außerdem", "Ausserdem", "Zudem", "Dabei", "Hierbei", "Hierzu", "Darüber", "Lediglich", "Insbesondere", "Selbstverständlich",
        "Grundsätzlich", "Zusätzlich", "Ausschließlich", "Anschließend", "Sodann", "Daher", "Deshalb", "Folglich", "Manche", "Einige", "Viele", "Alle", "Jede", "Jeder", "Jedes", "Keine", "Mehrere", "Bestimmte", "Sonstige", "Weitere", "Andere",
        "Wir", "Sie", "Verordnung", "Datenschutz-Grundverordnung", "Gesetz", "Richtlinie", "Ihr", "Ihre", "Ihren", "Ihrer", "Ihrem", "Ihres", "Ihnen", "Du", "Dein", "Deine", "Unser",
        "Unsere", "Unseren", "Unserer", "Unserem", "Unseres", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein",
        "Eine", "Einer", "Einem", "Einen", "Eines", "Diese", "Dieser", "Diesen", "Dieses", "Diesem", "Wenn",
        "Falls", "Sofern", "Deshalb", "Daher", "Darum", "Somit", "Folglich", "Hierbei", "Dafur", "Ferner", "Weiterhin", "Zusatzlich", "Anschliessend", "Danach", "Jedoch", "Allerdings", "Auch", "Nur", "Insbesondere", "Gegebenenfalls", "Selbstverstandlich", "Grundsatzlich", "Naturlich", "Derzeit", "Aktuell", "Kunftig", "Bisher", "Weiterhin", "Soweit", "Damit", "Dazu", "Dabei", "Hierzu", "Hierfur", "Zudem", "Ausserdem",
        "Dritte", "Dritten", "Dritter", "Drittanbieter", "Drittanbietern", "Partner", "Partnern",
        "Partnerunternehmen", "Partnerfirmen", "Werbepartner", "Werbepartnern", "Werbetreibende", "Dienstleister",
        "Dienstleistern", "Auftragsverarbeiter", "Auftragsverarbeitern", "Unternehmen", "Daten", "Informationen",
        "Angaben", "Nutzer", "Nutzern", "Nutzerinnen", "Kunden", "Kundinnen", "Mitglieder", "Mitgliedern",
        "Behorden", "Behorde", "Einstellungen", "Datenschutz", "Datenschutzerklarung", "Datenschutzhinweise",
        "Konto", "Kundenkonto", "Profil", "Werbung", "Anzeigen", "Cookies", "Cookie", "Zweck", "Zwecke", "Zwecken",
        "Rechte", "Recht", "Gesetz", "Einwilligung", "Zustimmung", "Verantwortlicher", "Verantwortliche", "Stand",
        "Gultig", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar",
        "Februar", "Marz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember", "Ab", "Seit", "Bis", "Mit", "An", "Fur", "Von", "Bei", "Zur", "Zum", "Im", "In", "Auf", "Aus",
        "Nach", "Uber", "Und", "Oder", "Sowie", "Hilfe", "Startseite", "Impressum", "Kontakt", "Hinweis",
        "Hinweise", "Anderungen", "Anderung", "Neu", "Neue", "Stadtverwaltungen", "Stadtverwaltung", "Stadte",
        "Stadt", "Stadten", "Banken", "Bank", "Hausbank", "Inkassounternehmen", "Versandunternehmen",
        "Zahlungsdienstleister", "Zahlungsdienstleistern", "Versanddienstleister", "Handler", "Handlern",
        "Anbieter", "Anbietern", "Hersteller", "Herstellern", "Plattform", "Plattformen", "Website", "Webseite",
        "Websites", "Webseiten", "App", "Apps", "Dienste", "Diensten", "Dienst", "Service", "Services", "Produkte",
        "Angebote", "Funktionen", "Gerate", "Gerat", "Standort", "Standortdaten", "Telefonnummer", "Name", "Namen",
        "Anschrift", "Adresse", "Mail", "Geburtsdatum", "Zahlungsdaten", "Bestellung", "Bestellungen",
        "Vertrag", "Vertrage", "Analyse", "Statistik", "Sicherheit", "Betrug", "Forschung", "Versicherungspartner",
        "Versicherung", "Versicherer", "Konzern", "Konzerngesellschaften", "Gruppe", "Muttergesellschaft",
        "Tochtergesellschaften", "Grundlage", "Rechtsgrundlage", "Art", "Abs", "DSGVO", "BDSG", "EU", "EWR",
        "USA", "Deutschland", "Osterreich", "Schweiz", "Europa", "Europaischen", "Union", "Rahmen", "Zeit", "Fall",
        "Fallen", "Beispiel", "Weitergabe", "Ubermittlung", "Verarbeitung", "Nutzung", "Zugriff", "Zugang",
        "Auskunft", "Auskunfteien", "Wirtschaftsauskunfteien", "Kreditwurdigkeit", "Fahrtdaten", "Fahrt", "Unfall",
        "Schaden", "Menschen", "Personen", "Freunde", "Kontakte", "Follower", "Offentlichkeit", "Suchmaschinen",
        "Netzwerke", "Medien", "Kreditkarte", "Lastschrift", "Rechnung", "Kauf", "Zahlung", "Zahlungen", "Versand",
        "Lieferung", "Zustellung", "Newsletter", "Hosting", "Server", "Rechenzentren", "Anfrage", "Anfragen",
        "Alle", "Keine", "Kein", "Nicht", "Nur", "Auch", "Bitte", "Mehr", "Weitere", "Hier", "Jetzt", "Erfahren",
        "Lesen", "Sehen", "Klicken", "Aktualisiert", "Zuletzt", "Wirksam", "Version", "Fassung", "Datum", "Hallo",
        "Liebe", "Lieber", "Viele", "Einige", "Andere", "Anderen", "Jede", "Jeder", "Jedes", "Allgemeine",
        "Geschaftsbedingungen", "AGB", "Nutzungsbedingungen", "Ziffer", "Abschnitt", "Kapitel", "Fragen",
        "Zielgruppen", "Form", "Mitgliedschaft", "Mitgliedschaften", "Empfanger", "Kategorien", "Speicherdauer",
        "Widerspruch", "Widerruf", "Loschung", "Berichtigung", "Einschrankung", "Datenubertragbarkeit", "Inhalte",
        "Fotos", "Bilder", "Videos", "Nachrichten", "Kommunikation", "Gesundheitsdaten", "Interessen", "Kaufer",
        "Erwerber", "Fusion", "Ubernahme", "Insolvenz", "Gericht", "Gerichte", "Polizei", "Staatsanwaltschaft",
        "Strafverfolgungsbehorden", "Finanzbehorden", "Aufsichtsbehorde", "Werbezwecke", "Werbezwecken",
        "Marketing", "Marketingzwecke", "Personalisierung", "Empfehlungen", "KI", "Modelle", "Training",
        "Mitgliederverwaltung", "Zahlungsabwicklung", "Bonitatsprufung", "Webanalyse", "Verantwortlich",
        "Rechtliches", "Profil", "Einzug", "Beitrage", "Betrag", "Forderung", "Mahnung", "Anbietern", "Betreiber",
        "Tarif", "Laufzeit", "Vertragsende", "Sender", "Fernseher", "Smart", "Tipp", "Startbildschirm",
        "Schutz", "Zustelltermin", "Wer", "Was", "Warum", "Welche", "Welcher", "Wofur", "Zudem", "Ebenfalls", "Es", "Er", "Hallo", "Sendungsverfolgung", "Kreditkartenzahlungen", "Rechnungskauf", "Kauf",
    ],
    data_suffixes: &[
        ("nutzungsdaten", D::Usage),
        ("verbrauchsdaten", D::Usage),
        ("standortdaten", D::PreciseLocation),
        ("zahlungsdaten", D::Payment),
        ("gesundheitsdaten", D::Health),
        ("herzfrequenz", D::Health),
        ("schrittzahl", D::Usage),
        ("schrittzahlen", D::Usage),
        ("verlauf", D::Usage),
        ("historie", D::Usage),
        ("messwerte", D::Usage),
        ("messdaten", D::Usage),
        ("seriennummer", D::Device),
        ("seriennummern", D::Device),
        ("sensorwerte", D::Usage),
        ("mailadresse", D::Email),
        ("mailadressen", D::Email),
        ("ipadresse", D::Device),
        ("ipadressen", D::Device),
        ("webadresse", D::Other),
        ("internetadresse", D::Other),
        ("adresse", D::Postal),
        ("adressen", D::Postal),
        ("daten", D::Other),
        ("angaben", D::Other),
        ("informationen", D::Other),
    ],
    // Singular and dative plural of each ending, one kind per line.
    recipient_suffixes: &[
        ("partner", R::BusinessPartner), ("partnern", R::BusinessPartner),
        ("dienstleister", R::ServiceProvider), ("dienstleistern", R::ServiceProvider),
        ("auftragsverarbeiter", R::ServiceProvider), ("auftragsverarbeitern", R::ServiceProvider),
        ("behorde", R::Government), ("behorden", R::Government), ("polizei", R::Government), ("gericht", R::Government),
        ("amt", R::Government), ("amter", R::Government), ("amtern", R::Government),
        ("handler", R::Merchant), ("handlern", R::Merchant), ("geschafte", R::Merchant), ("geschaften", R::Merchant),
        ("praxis", R::BusinessPartner), ("arztpraxis", R::BusinessPartner), ("betrieb", R::BusinessPartner), ("betriebe", R::BusinessPartner), ("betrieben", R::BusinessPartner),
    ],
    recipient_suffix_exceptions: &["rechtsgeschafte", "bankgeschafte", "handelsgeschafte", "gesamt", "insgesamt", "samt", "ehrenamt", "ansprechpartner", "ansprechpartnern", "vertragspartner", "vertragspartnern", "kooperationspartner",
        "geschaftsbetrieb", "spielbetrieb", "regelbetrieb", "testbetrieb", "dauerbetrieb", "websitebetrieb", "webseitenbetrieb", "plattformbetrieb", "serverbetrieb", "probebetrieb", "echtbetrieb", "normalbetrieb", "netzbetrieb", "weiterbetrieb"],
};

#[cfg(test)]
mod tests {
    use crate::lexicon::{Cue, DataType as D, Entity, Lang, Purpose as P, RecipientKind as R, VerbClass as V};
    use crate::text::tokenize;

    fn ents(s: &str) -> Vec<Entity> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::De).entities.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    fn cues(s: &str) -> Vec<Cue> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::De).cues.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn data_compounds_and_inflections() {
        let e = ents("Wir übermitteln Ihre E-Mail-Adresse, Ihre Telefonnummern und Ihre Lieferanschrift.");
        assert_eq!(e, vec![Entity::Data(D::Email), Entity::Data(D::Phone), Entity::Data(D::Postal)]);
        let e = ents("Ihre IP-Adresse, Gerätekennungen und Standortdaten sowie GPS-Koordinaten");
        assert_eq!(
            e,
            vec![
                Entity::Data(D::Device),
                Entity::Data(D::Device),
                Entity::Data(D::CoarseLocation),
                Entity::Data(D::PreciseLocation),
                Entity::Data(D::PreciseLocation)
            ]
        );
        let e = ents("Ihre personenbezogenen Daten, Ihre Bankverbindung und Ihre Bestellhistorie");
        assert_eq!(e, vec![Entity::Data(D::Other), Entity::Data(D::Payment), Entity::Data(D::Transactions)]);
        assert!(ents("Gesundheitsdaten und Fingerabdrücke").contains(&Entity::Data(D::Biometric)));
        assert!(ents("Gesundheitsdaten").contains(&Entity::Data(D::Health)));
    }

    #[test]
    fn recipients_and_purposes() {
        let e = ents("an unsere Werbepartnern und Zahlungsdienstleister für personalisierte Werbung");
        assert_eq!(
            e,
            vec![
                Entity::Recipient(R::Advertiser),
                Entity::Recipient(R::ServiceProvider),
                Entity::Purpose(P::Advertising)
            ]
        );
        let e = ents("an verbundene Unternehmen, Strafverfolgungsbehörden und Wirtschaftsauskunfteien");
        assert_eq!(
            e,
            vec![Entity::Recipient(R::Affiliate), Entity::Recipient(R::Government), Entity::Recipient(R::DataBroker)]
        );
        let e = ents("an Dritte zur Betrugsprävention, wenn wir gesetzlich dazu verpflichtet sind");
        assert_eq!(e, vec![Entity::Recipient(R::ThirdParty), Entity::Purpose(P::Security), Entity::Purpose(P::Legal)]);
        assert!(ents("im Falle einer Fusion oder Übernahme an den Erwerber")
            .ends_with(&[Entity::Purpose(P::BusinessTransfer), Entity::Purpose(P::BusinessTransfer), Entity::Recipient(R::Acquirer)]));
        assert_eq!(ents("nicht verbundene Unternehmen"), vec![Entity::Recipient(R::ThirdParty)]);
        // "jeder Fahrt" is not "the public"; "Verkaufspreis" is no sale.
        assert!(ents("bei jeder Fahrt").is_empty());
        assert!(!cues("Verkaufspreis").contains(&Cue::Verb(V::Sell)));
    }

    #[test]
    fn negative_cases() {
        // "Drittland", "gerichtet", "außerdem", "teilnehmen" are no recipients, verbs or exceptions.
        assert!(ents("Übermittlung in ein Drittland").is_empty());
        assert!(ents("an uns gerichtet").is_empty());
        assert!(!cues("Außerdem können Sie teilnehmen").contains(&Cue::Exception));
        assert!(!cues("Sie können teilnehmen").iter().any(|c| matches!(c, Cue::Verb(_))));
        // "Zahlungsdienstleister" is a recipient, not payment data.
        assert_eq!(ents("Zahlungsdienstleister"), vec![Entity::Recipient(R::ServiceProvider)]);
        // "nicht nur" is not a negation.
        assert!(!cues("nicht nur").contains(&Cue::Negation));
    }

    #[test]
    fn cues_of_sharing_sentences() {
        let c = cues("Wir verkaufen Ihre Daten nicht und geben sie nicht an Dritte weiter.");
        assert!(c.contains(&Cue::Verb(V::Sell)));
        assert!(c.contains(&Cue::Verb(V::Share)));
        assert!(c.contains(&Cue::Negation));
        assert!(c.contains(&Cue::FirstPerson));
        let c = cues("Ab dem 1. August 2025 übermitteln wir Fahrtdaten an die Stadtverwaltungen.");
        assert_eq!(c[0], Cue::Change);
        assert!(c.contains(&Cue::Verb(V::Share)));
        assert!(c.contains(&Cue::RecipientPrep));
        let c = cues("Eine Weitergabe an Werbepartner findet nicht statt, außer mit Ihrer Einwilligung.");
        assert!(c.contains(&Cue::Verb(V::Share)) && c.contains(&Cue::Negation) && c.contains(&Cue::Exception));
        let c = cues("Google setzt Cookies und erhebt Nutzungsdaten.");
        assert_eq!(c.iter().filter(|c| **c == Cue::Verb(V::Collect)).count(), 2);
        assert!(cues("Wir setzen Google Analytics ein.").contains(&Cue::Verb(V::Engage)));
        assert!(cues("Stand: 12. Februar 2025").contains(&Cue::DocDate));
        assert!(cues("Wir aktualisieren unsere Datenschutzhinweise").contains(&Cue::UpdateNotice));
        assert!(cues("Zahlungen wickeln wir wie bisher über Adyen ab.").contains(&Cue::Continuing));
        assert!(cues("Sie können der Weitergabe jederzeit widersprechen.").contains(&Cue::OptOut));
        assert!(cues("Daten, die wir von Auskunfteien erhalten").contains(&Cue::Source));
        // A third party sets cookies: the recipient is the subject.
        assert!(cues("Unsere Werbepartner setzen Cookies").contains(&Cue::Verb(V::Collect)));
        // "Wie bisher" is continuing, "Weitergabe" (noun) is still a sharing cue.
        assert!(cues("Die Weitergabe an Dritte erfolgt wie bisher.").contains(&Cue::Verb(V::Share)));
    }

    #[test]
    fn months_and_stopwords() {
        let l = super::super::lexicon(Lang::De);
        assert_eq!(l.month("marz"), Some(3));
        assert_eq!(l.month("dezember"), Some(12));
        assert!(l.is_stopword("und") && !l.is_stopword("the"));
        assert!(l.is_not_name("dritte") && l.is_not_name("werbepartnern"));
    }
}
