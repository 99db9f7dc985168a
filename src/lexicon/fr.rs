//! French word tables (mirrors `en.rs`, category by category).
//!
//! French notes: elisions are separate tokens ("l'adresse" → "l adresse", "n'est" → "n est",
//! "qu'avec" → "qu avec"), so phrases are written that way. "ne … que" is a restriction, not a
//! negation: "qu avec", "qu à", "que pour" … are exceptions, so "nous ne partageons vos données
//! qu'avec nos prestataires" is a sharing with the providers. Over-broad prefixes avoided:
//! `part*` (partie, partout), `vend*` (vendredi), `utilis*` (utilisateurs), `politique*`
//! (politique de confidentialité), bare `mesure` ("dans la mesure où"), bare `communication`
//! as data (in legal French it means disclosure).

use super::{Cue, DataType as D, KindWords, LangTables, Purpose as P, RecipientKind as R, VerbClass as V};

pub(super) static TABLES: LangTables = LangTables {
    data: &[
        // contact
        ("numéro* de téléphone*", D::Phone), ("numéro* de portable", D::Phone), ("numéro* de mobile", D::Phone),
        ("numéro* de téléphone portable", D::Phone), ("numéro* de téléphone mobile", D::Phone),
        ("téléphone", D::Phone), ("numéro* de fax", D::Phone), ("coordonnées téléphoniques", D::Phone),
        ("adresse* e mail", D::Email), ("adresse* email", D::Email), ("adresse* électronique*", D::Email),
        ("adresse* de courriel", D::Email), ("adresse* mail", D::Email), ("courriel*", D::Email), ("e mail*", D::Email),
        ("email*", D::Email), ("coordonnées", D::Email), ("coordonnées de contact", D::Email),
        ("adresse* postale*", D::Postal), ("adresse* de livraison", D::Postal), ("adresse* de facturation", D::Postal),
        ("adresse* du domicile", D::Postal), ("adresse* de domicile", D::Postal), ("adresse* physique*", D::Postal),
        ("adresse* exacte*", D::Postal), ("adresse", D::Postal), ("adresses", D::Postal), ("domicile", D::Postal),
        ("code* postal*", D::CoarseLocation),
        // identity
        ("nom", D::Name), ("liste des passagers", D::Name), ("listes des passagers", D::Name), ("liste de passagers", D::Name), ("noms", D::Name), ("prénom*", D::Name), ("nom de famille", D::Name),
        ("nom et prénom", D::Name), ("nom complet", D::Name), ("votre nom", D::Name), ("ton nom", D::Name),
        ("données d identification", D::Name), ("données d identité", D::Name),
        ("nom d utilisateur", D::Account), ("noms d utilisateur", D::Account), ("identifiant* de connexion", D::Account),
        ("identifiant* de compte", D::Account), ("pseudo", D::Account), ("pseudonyme*", D::Account), ("pseudos", D::Account),
        ("mot de passe", D::Account), ("mots de passe", D::Account), ("votre compte", D::Account),
        ("compte utilisateur", D::Account), ("compte client", D::Account), ("compte personnel", D::Account),
        ("informations de compte", D::Account), ("informations du compte", D::Account),
        ("données de compte", D::Account), ("données du compte", D::Account), ("profil", D::Account),
        ("profils", D::Account), ("données de profil", D::Account), ("informations de profil", D::Account),
        ("numéro* client", D::Account), ("numéro* de client", D::Account), ("numéro* d adhérent", D::Account),
        ("informations d inscription", D::Account), ("données d inscription", D::Account), ("login", D::Account),
        ("identifiant* utilisateur", D::Account), ("compte", D::Account),
        ("pièce* d identité", D::Government), ("carte* d identité", D::Government), ("passeport*", D::Government),
        ("permis de conduire", D::Government), ("permis de chasser", D::Government), ("numéro de permis", D::Government), ("numéros de permis", D::Government), ("numéro* de sécurité sociale", D::Government),
        ("numéro* fiscal*", D::Government), ("numéro* d identification fiscale", D::Government),
        ("document* d identité", D::Government), ("justificatif* d identité", D::Government),
        ("nir", D::Government), ("titre* de séjour", D::Government),
        // identifiers
        ("modèle de téléphone", D::Device), ("modèle du téléphone", D::Device), ("modèle de votre téléphone", D::Device), ("modèle de l appareil", D::Device), ("modèle d appareil", D::Device), ("cv", D::Other), ("curriculum vitae", D::Other), ("lettre* de motivation", D::Other), ("parcours professionnel", D::Other), ("adresse* ip", D::Device), ("ip", D::Device), ("identifiant* de l appareil", D::Device),
        ("identifiant* d appareil", D::Device), ("plaque* d immatriculation", D::Device), ("numéro* d immatriculation", D::Device), ("immatriculation de votre véhicule", D::Device), ("numéro* de série", D::Device), ("identifiant* de votre appareil", D::Device),
        ("identifiant* publicitaire*", D::Device), ("identifiant* unique*", D::Device),
        ("identifiant* en ligne", D::Device), ("identifiants", D::Device), ("identifiant", D::Device),
        ("cookie*", D::Device), ("traceur*", D::Device), ("balise*", D::Device), ("pixel", D::Device), ("pixels", D::Device),
        ("témoins de connexion", D::Device), ("informations sur l appareil", D::Device),
        ("informations sur votre appareil", D::Device), ("données de l appareil", D::Device),
        ("données techniques", D::Device), ("type de navigateur", D::Device), ("navigateur", D::Device),
        ("système* d exploitation", D::Device), ("sdk*", D::Device), ("kit* de développement", D::Device),
        ("adresse* mac", D::Device), ("imei", D::Device), ("idfa", D::Device), ("données de connexion", D::Device),
        ("technologies de suivi", D::Device), ("technologies de traçage", D::Device), ("stockage local", D::Device),
        ("empreinte* numérique*", D::Device), ("empreinte* de l appareil", D::Device),
        ("adresse* e mail hachée*", D::Device), ("identifiant* de trajet", D::Device),
        // location
        ("localisation* précise*", D::PreciseLocation), ("géolocalisation* précise*", D::PreciseLocation),
        ("position* précise*", D::PreciseLocation), ("position* exacte*", D::PreciseLocation), ("gps", D::PreciseLocation),
        ("coordonnées gps", D::PreciseLocation), ("géolocalisation*", D::PreciseLocation),
        ("latitude", D::PreciseLocation), ("localisation*", D::CoarseLocation),
        ("données de localisation", D::CoarseLocation), ("position géographique", D::CoarseLocation),
        ("emplacement*", D::CoarseLocation), ("ville", D::CoarseLocation), ("pays", D::CoarseLocation),
        ("région", D::CoarseLocation), ("localisation approximative", D::CoarseLocation), ("zone géographique", D::CoarseLocation), ("zone géographique approximative", D::CoarseLocation), ("commune de résidence", D::CoarseLocation),
        ("lieu de résidence", D::CoarseLocation), ("où vous vous trouvez", D::CoarseLocation),
        // financial
        ("données de paiement", D::Payment), ("informations de paiement", D::Payment),
        ("coordonnées bancaires", D::Payment), ("données bancaires", D::Payment), ("carte* bancaire*", D::Payment),
        ("carte* de crédit", D::Payment), ("carte* de paiement", D::Payment), ("numéro* de carte", D::Payment),
        ("iban", D::Payment), ("rib", D::Payment), ("compte* bancaire*", D::Payment),
        ("informations bancaires", D::Payment), ("informations financières", D::Payment),
        ("données financières", D::Payment), ("moyen* de paiement", D::Payment), ("paiement", D::Payment),
        ("paiements", D::Payment), ("paiements par carte", D::Payment), ("paiement par carte", D::Payment), ("informations de facturation", D::Payment), ("images de vidéosurveillance", D::Other), ("enregistrements de vidéosurveillance", D::Other), ("images de vidéoprotection", D::Other), ("données de facturation", D::Payment),
        ("factures", D::Transactions), ("vos factures", D::Transactions), ("fiches de paie", D::Transactions), ("bulletins de salaire", D::Transactions), ("relevés bancaires", D::Transactions), ("historique de réservation*", D::Transactions), ("numéro de réservation", D::Transactions), ("numéros de réservation", D::Transactions), ("numéro de commande", D::Transactions), ("numéros de commande", D::Transactions), ("historique des réservations", D::Transactions),
        ("historique* d achat*", D::Transactions), ("historique des achats", D::Transactions), ("opérations par carte", D::Transactions), ("opérations bancaires", D::Transactions), ("vos opérations", D::Transactions), ("données de transaction*", D::Transactions), ("relevés de compte", D::Transactions),
        ("historique* de commande*", D::Transactions), ("historique des commandes", D::Transactions),
        ("achat*", D::Transactions), ("commande", D::Transactions), ("commandes", D::Transactions),
        ("transaction*", D::Transactions), ("ce que vous achetez", D::Transactions),
        ("habitudes d achat", D::Transactions), ("fidélité", D::Transactions), ("montant*", D::Transactions),
        ("produits achetés", D::Transactions), ("que vous avez réservé*", D::Transactions), ("que vous avez achet*", D::Transactions), ("que vous avez commandé*", D::Transactions), ("articles achetés", D::Transactions),
        // activity
        ("progression dans le jeu", D::Usage), ("produits que vous avez consultés", D::Usage), ("produits que vous consultez", D::Usage), ("pages que vous avez consultées", D::Usage), ("articles que vous avez consultés", D::Usage), ("votre progression", D::Usage), ("progression de lecture", D::Usage), ("temps de jeu", D::Usage), ("niveau atteint", D::Usage), ("habitudes de lecture", D::Usage), ("nombre de visites", D::Usage), ("pages consultées", D::Usage), ("pages visitées", D::Usage), ("pages que vous consultez", D::Usage), ("produits consultés", D::Usage), ("produits vus", D::Usage), ("pages et les produits que vous consultez", D::Usage), ("fréquence de visite*", D::Usage), ("fréquence d utilisation", D::Usage), ("historique", D::Usage), ("historique des visites", D::Usage),
        ("données d utilisation", D::Usage), ("données de consommation", D::Usage), ("relevés de consommation", D::Usage), ("relevés de compteur", D::Usage), ("votre consommation", D::Usage), ("index de consommation", D::Usage), ("courbe de charge", D::Usage), ("données d usage", D::Usage), ("informations d utilisation", D::Usage),
        ("utilisation de nos services", D::Usage), ("utilisation du service", D::Usage), ("fonctionnalités utilisées", D::Usage), ("durée des séances", D::Usage), ("durée de session*", D::Usage), ("statistiques d utilisation", D::Usage), ("statistiques sur votre pratique", D::Usage), ("statistiques sur votre utilisation", D::Usage),
        ("utilisation de nos", D::Usage), ("utilisation de la plateforme", D::Usage),
        ("utilisation de l application", D::Usage), ("votre utilisation", D::Usage),
        ("manière dont vous utilisez", D::Usage), ("façon dont vous utilisez", D::Usage),
        ("dont vous utilisez", D::Usage), ("interaction*", D::Usage), ("activité", D::Usage), ("activités", D::Usage),
        ("journaux", D::Usage), ("fichiers journaux", D::Usage), ("logs", D::Usage),
        ("données de journal", D::Usage), ("statistiques d utilisation", D::Usage), ("métriques", D::Usage),
        ("historique de visionnage", D::Usage), ("habitudes de visionnage", D::Usage),
        ("programmes que vous regardez", D::Usage), ("historique d écoute", D::Usage),
        ("comportement de conduite", D::Usage), ("données de conduite", D::Usage), ("habitudes de conduite", D::Usage),
        ("données de trajet*", D::Usage), ("trajets", D::Usage), ("pages consultées", D::Usage), ("quelles pages", D::Usage), ("pages visitées", D::Usage), ("pages que vous consultez", D::Usage), ("pages que vous visitez", D::Usage),
        ("pages visitées", D::Usage), ("temps passé", D::Usage), ("durée de visite", D::Usage), ("clics", D::Usage),
        ("fonctionnalités que vous utilisez", D::Usage), ("lecture", D::Usage), ("rubriques", D::Usage), ("rubriques que vous lisez", D::Usage), ("articles que vous lisez", D::Usage), ("articles consultés", D::Usage),
        ("historique de vos réservations", D::Transactions), ("historique des réservations", D::Transactions), ("réservations", D::Transactions), ("données de réservation", D::Transactions), ("données de la réservation", D::Transactions), ("détails de la réservation", D::Transactions), ("détails de votre réservation", D::Transactions), ("informations de réservation", D::Transactions), ("informations sur votre réservation", D::Transactions), ("que vous avez réservés", D::Transactions), ("que vous avez réservées", D::Transactions), ("que vous avez achetés", D::Transactions),
        ("articles lus", D::Usage),
        ("historique de navigation", D::Browsing), ("données de navigation", D::Browsing), ("comment vous naviguez", D::Browsing), ("comment vous utilisez", D::Usage), ("navigation", D::Browsing),
        ("activité* en ligne", D::Browsing), ("historique* de recherche*", D::Browsing), ("recherches", D::Browsing),
        ("requêtes de recherche", D::Browsing), ("termes de recherche", D::Browsing),
        ("sites que vous visitez", D::Browsing), ("sites web que vous visitez", D::Browsing),
        ("autres sites", D::Browsing), ("sites tiers", D::Browsing), ("autres applications", D::Browsing),
        ("url de provenance", D::Browsing), ("site de provenance", D::Browsing), ("url de référence", D::Browsing),
        ("différents sites", D::Browsing), ("navigation sur d autres sites", D::Browsing),
        // content
        ("message*", D::Messages), ("messagerie*", D::Messages), ("chat", D::Messages), ("chats", D::Messages),
        ("conversation*", D::Messages), ("vos communications", D::Messages), ("contenu de vos communications", D::Messages),
        ("communications privées", D::Messages), ("appels", D::Messages), ("journal des appels", D::Messages),
        ("historique des appels", D::Messages), ("enregistrement* vocal*", D::Messages),
        ("enregistrement* audio", D::Messages), ("enregistrements", D::Messages), ("commandes vocales", D::Messages),
        ("requêtes", D::Messages), ("échanges", D::Messages), ("sms", D::Messages),
        ("publication*", D::Posts), ("messages que vous publiez", D::Posts), ("messages que vous postez", D::Posts), ("messages publiés", D::Posts), ("messages publics", D::Posts), ("photo*", D::Posts), ("vidéo*", D::Posts), ("image*", D::Posts),
        ("fichier*", D::Posts), ("fichiers clients", D::Other), ("fichier de nos clients", D::Other), ("fichier des clients", D::Other), ("fichier client", D::Other), ("fichier de clients", D::Other), ("scans", D::Posts), ("numérisations", D::Posts), ("fichier clients", D::Other), ("fichiers de clients", D::Other), ("fichiers de prospects", D::Other), ("commentaire*", D::Posts), ("vos avis", D::Posts), ("avis clients", D::Posts),
        ("contenu*", D::Posts), ("contenu que vous", D::Posts), ("contenu utilisateur", D::Posts),
        ("contenus publics", D::Posts), ("documents", D::Posts), ("informations publiques", D::Posts),
        ("profil public", D::Posts), ("publications publiques", D::Posts), ("textes", D::Posts),
        ("créations", D::Posts), ("œuvres", D::Posts), ("messages publics", D::Posts),
        ("carnet* d adresses", D::AddressBook), ("répertoire*", D::AddressBook), ("liste* de contacts", D::AddressBook),
        ("contacts", D::AddressBook), ("liste* d amis", D::AddressBook),
        // sensitive
        ("correction visuelle", D::Health), ("empreintes dentaires", D::Health), ("empreinte dentaire", D::Health), ("radiographie*", D::Health), ("plan de traitement", D::Health), ("questionnaire de santé", D::Health), ("questionnaire médical", D::Health), ("dossier médical", D::Health), ("dossier dentaire", D::Health), ("correction optique", D::Health), ("ordonnance*", D::Health), ("correction optique", D::Health), ("correction visuelle", D::Health), ("acuité visuelle", D::Health), ("acuité visuelle", D::Health), ("glycémie", D::Health), ("insuline", D::Health), ("santé", D::Health), ("allergie*", D::Health), ("intolérance* alimentaire*", D::Health), ("données de santé", D::Health), ("médical*", D::Health), ("médicaux", D::Health),
        ("diagnostic*", D::Health), ("fréquence cardiaque", D::Health), ("sommeil", D::Health),
        ("symptôme*", D::Health), ("grossesse", D::Health), ("handicap*", D::Health), ("maladie*", D::Health),
        ("condition physique", D::Health), ("forme physique", D::Health), ("vih", D::Health), ("menstru*", D::Health),
        ("biométrique*", D::Biometric), ("empreinte* digitale*", D::Biometric), ("reconnaissance faciale", D::Biometric),
        ("empreinte* vocale*", D::Biometric), ("géométrie faciale", D::Biometric), ("scan* de l iris", D::Biometric),
        ("génétique*", D::Genetic), ("adn", D::Genetic), ("génome*", D::Genetic),
        ("âge", D::Demographic), ("sexe", D::Demographic), ("genre", D::Demographic),
        ("orientation sexuelle", D::Demographic), ("origine ethnique", D::Demographic),
        ("origine raciale", D::Demographic), ("religion*", D::Demographic), ("convictions religieuses", D::Demographic),
        ("opinions politiques", D::Demographic), ("date de naissance", D::Demographic), ("anniversaire", D::Demographic),
        ("revenu*", D::Demographic), ("situation familiale", D::Demographic), ("quotient familial", D::Demographic), ("nombre d enfants", D::Demographic), ("composition familiale", D::Demographic), ("composition du foyer", D::Demographic), ("liste des adhérents", D::Name), ("liste des familles", D::Name), ("liste des membres", D::Name), ("situation matrimoniale", D::Demographic),
        ("foyer", D::Demographic), ("niveau d études", D::Demographic), ("centres d intérêt*", D::Demographic),
        ("démographique*", D::Demographic), ("nationalité", D::Demographic), ("profession", D::Demographic),
        ("appartenance syndicale", D::Demographic), ("tranche d âge", D::Demographic),
        // generic
        ("données personnelles", D::Other), ("données à caractère personnel", D::Other),
        ("informations personnelles", D::Other), ("renseignements personnels", D::Other),
        ("données vous concernant", D::Other), ("informations vous concernant", D::Other), 
        ("données clients", D::Other), ("données client", D::Other), ("données utilisateur*", D::Other),
        ("données des utilisateurs", D::Other), ("données sensibles", D::Other), ("informations sensibles", D::Other),
        ("données que nous collectons", D::Other), ("catégories particulières de données", D::Other),
        ("données nominatives", D::Other), ("données de nos clients", D::Other),
    ],
    recipients: &[
        // affiliates
        ("sociétés affiliées", R::Affiliate), ("société* affiliée*", R::Affiliate), ("entités affiliées", R::Affiliate),
        ("entreprises affiliées", R::Affiliate), ("affilié*", R::Affiliate), ("filiale*", R::Affiliate),
        ("société mère", R::Affiliate), ("sociétés mères", R::Affiliate), ("maison mère", R::Affiliate),
        ("groupe", R::Affiliate), ("notre groupe", R::Affiliate), ("sociétés du groupe", R::Affiliate), ("autres sociétés du groupe", R::Affiliate), ("autres entités du groupe", R::Affiliate),
        ("entités du groupe", R::Affiliate), ("entreprises du groupe", R::Affiliate), ("sociétés de notre groupe", R::Affiliate),
        ("société* de notre groupe", R::Affiliate), ("sociétés liées", R::Affiliate), ("entités liées", R::Affiliate),
        ("sociétés apparentées", R::Affiliate), ("membres de notre groupe", R::Affiliate),
        ("famille d entreprises", R::Affiliate), ("sociétés sœurs", R::Affiliate),
        // advertisers
        ("service* de publicité", R::Advertiser), ("service* publicitaire*", R::Advertiser), ("partenaire* publicitaire*", R::Advertiser), ("annonceur*", R::Advertiser), ("régie* publicitaire*", R::Advertiser),
        ("réseau* publicitaire*", R::Advertiser), ("réseaux publicitaires", R::Advertiser),
        ("partenaire* marketing", R::Advertiser), ("partenaire* de publicité", R::Advertiser),
        ("prestataire* publicitaire*", R::Advertiser), ("sociétés de publicité", R::Advertiser),
        ("entreprises de publicité", R::Advertiser), ("plateforme* publicitaire*", R::Advertiser),
        ("agence* de publicité", R::Advertiser), ("agence* publicitaire*", R::Advertiser),
        ("partenaires de marketing", R::Advertiser), ("technologies publicitaires", R::Advertiser),
        ("fournisseur* de publicité", R::Advertiser), ("serveur* publicitaire*", R::Advertiser),
        // analytics
        ("prestataire* d analyse*", R::Analytics), ("fournisseur* d analyse*", R::Analytics),
        ("services d analyse*", R::Analytics), ("service* d analyse*", R::Analytics), ("outil* d analyse*", R::Analytics),
        ("partenaire* d analyse*", R::Analytics), ("partenaire* de mesure", R::Analytics),
        ("solution* d analyse*", R::Analytics), ("analytics", R::Analytics), ("prestataire* de mesure d audience", R::Analytics),
        ("outil* de mesure d audience", R::Analytics), ("sociétés de mesure", R::Analytics),
        // service providers
        ("prestataire*", R::ServiceProvider), ("experts", R::ServiceProvider), ("expert", R::ServiceProvider), ("artisans", R::ServiceProvider), ("artisan", R::ServiceProvider), ("réparateur*", R::ServiceProvider), ("sous traitant*", R::ServiceProvider), ("soustraitant*", R::ServiceProvider), ("photographe", R::ServiceProvider), ("photographes", R::ServiceProvider),
        ("fournisseur*", R::ServiceProvider), ("fournisseurs de services", R::ServiceProvider),
        ("prestataires de services", R::ServiceProvider), ("hébergeur*", R::ServiceProvider),
        ("prestataire* d hébergement", R::ServiceProvider), ("prestataire* de paiement", R::ServiceProvider), ("passerelle* de paiement", R::ServiceProvider),
        ("prestataires de services de paiement", R::ServiceProvider), ("transporteur*", R::ServiceProvider),
        ("livreur*", R::ServiceProvider), ("coursier*", R::ServiceProvider), ("coursière*", R::ServiceProvider), ("sociétés de livraison", R::ServiceProvider),
        ("services postaux", R::ServiceProvider), ("sous contractant*", R::ServiceProvider), ("agents", R::ServiceProvider),
        ("consultants", R::ServiceProvider), ("conseillers", R::ServiceProvider), ("avocats", R::ServiceProvider),
        ("auditeurs", R::ServiceProvider), ("commissaires aux comptes", R::ServiceProvider),
        ("experts comptables", R::ServiceProvider), ("pompes funèbres", R::ServiceProvider), ("entreprise de pompes funèbres", R::ServiceProvider), ("officier d état civil", R::Government), ("caisse d allocations familiales", R::Government), ("caisses d allocations familiales", R::Government), ("caisse primaire d assurance maladie", R::Government), ("cpam", R::Government), ("urssaf", R::Government), ("protection maternelle et infantile", R::Government), ("officiers d état civil", R::Government), ("service de l état civil", R::Government), ("notaire*", R::ServiceProvider), ("banque", R::ServiceProvider), ("banques", R::ServiceProvider),
        ("établissement* bancaire*", R::ServiceProvider), ("établissement* de paiement", R::ServiceProvider),
        ("organisme* de recouvrement", R::ServiceProvider), ("société* de recouvrement", R::ServiceProvider),
        ("centre* d appels", R::ServiceProvider), ("fournisseur* de cloud", R::ServiceProvider),
        ("fournisseur* d ia", R::ServiceProvider), ("partenaires techniques", R::ServiceProvider),
        ("partenaires technologiques", R::ServiceProvider), ("prestataires techniques", R::ServiceProvider),
        ("fournisseur* d informatique en nuage", R::ServiceProvider), ("intermédiaires de paiement", R::ServiceProvider),
        ("plateforme* de paiement", R::ServiceProvider), ("partenaires logistiques", R::ServiceProvider),
        ("prestataires tiers", R::ServiceProvider), ("entreprises qui nous aident", R::ServiceProvider),
        // business partners
        ("partenaire*", R::BusinessPartner), ("recruteur*", R::BusinessPartner), ("cabinet* de recrutement", R::BusinessPartner), ("agence* de recrutement", R::BusinessPartner), ("agence* d'intérim", R::BusinessPartner), ("agences d'emploi", R::BusinessPartner), ("chasseur* de têtes", R::BusinessPartner), ("enseignant indépendant", R::BusinessPartner), ("enseignants indépendants", R::BusinessPartner), ("moniteur indépendant", R::BusinessPartner), ("moniteurs indépendants", R::BusinessPartner), ("formateur indépendant", R::BusinessPartner), ("formateurs indépendants", R::BusinessPartner), ("votre enseignant", R::OtherUsers), ("le gardien", R::OtherUsers), ("au gardien", R::OtherUsers), ("gardien que vous", R::OtherUsers), ("gardiens", R::OtherUsers), ("la gardienne", R::OtherUsers), ("votre professeur", R::OtherUsers), ("le professeur", R::OtherUsers), ("au professeur", R::OtherUsers), ("la professeure", R::OtherUsers), ("ton professeur", R::OtherUsers), ("votre tuteur", R::OtherUsers), ("le tuteur", R::OtherUsers), ("votre moniteur", R::OtherUsers), ("le moniteur", R::OtherUsers), ("votre formateur", R::OtherUsers), ("le formateur", R::OtherUsers), ("partenaires commerciaux", R::BusinessPartner),
        ("partenaire* de confiance", R::BusinessPartner), ("partenaires stratégiques", R::BusinessPartner),
        ("partenaires tiers", R::BusinessPartner), ("sponsor*", R::BusinessPartner), ("mécène", R::BusinessPartner), ("mécènes", R::BusinessPartner), ("parrain*", R::BusinessPartner), ("producteurs", R::BusinessPartner), ("assureur*", R::BusinessPartner), ("établissements financiers", R::BusinessPartner), ("établissement financier", R::BusinessPartner), ("organismes de crédit", R::BusinessPartner), ("organisme de crédit", R::BusinessPartner), ("établissements de crédit", R::BusinessPartner), ("courtiers en crédit", R::BusinessPartner), ("réassureur*", R::BusinessPartner),
        ("compagnie* d assurance*", R::BusinessPartner), ("sociétés d assurance", R::BusinessPartner),
        ("mutuelle*", R::BusinessPartner), ("prêteur*", R::BusinessPartner), ("organismes de crédit", R::BusinessPartner),
        ("chercheurs", R::BusinessPartner), ("partenaire* de recherche", R::BusinessPartner),
        ("institutions académiques", R::BusinessPartner), ("universités", R::BusinessPartner),
        ("employeur*", R::BusinessPartner), ("développeur*", R::BusinessPartner), ("applications tierces", R::BusinessPartner),
        ("franchisé*", R::BusinessPartner), ("distributeur*", R::BusinessPartner), ("éditeur*", R::BusinessPartner),
        ("laboratoires", R::BusinessPartner), ("partenaires éditeurs", R::BusinessPartner),
        // merchants
        ("commerçant*", R::Merchant), ("enseigne de", R::Merchant), ("l enseigne", R::Merchant), ("enseignes", R::Merchant), ("le salon", R::Merchant), ("salons", R::Merchant), ("l établissement", R::Merchant), ("l hôtel", R::Merchant), ("hôtels", R::Merchant), ("le restaurant", R::Merchant), ("restaurants", R::Merchant), ("commerçants partenaires", R::Merchant), ("commerçant partenaire", R::Merchant), ("enseignes partenaires", R::Merchant), ("boutiques partenaires", R::Merchant), ("agence immobilière", R::BusinessPartner), ("agences immobilières", R::BusinessPartner), ("agent immobilier", R::BusinessPartner), ("marchand", R::Merchant), ("marchands", R::Merchant), ("vendeur*", R::Merchant),
        ("revendeur*", R::Merchant), ("détaillant*", R::Merchant), ("magasins", R::Merchant), ("boutiques", R::Merchant), ("cette boutique", R::Merchant), ("chaque boutique", R::Merchant), ("ce magasin", R::Merchant), ("chaque magasin", R::Merchant), ("ce commerce", R::Merchant), ("chaque commerce", R::Merchant), ("ce magasin", R::Merchant), ("chaque magasin", R::Merchant), ("cet établissement", R::Merchant), ("chaque établissement", R::Merchant),
        ("enseignes", R::Merchant), ("marques", R::Merchant), ("restaurant", R::Merchant), ("restaurants partenaires", R::Merchant), ("hôtes", R::Merchant), ("régie publicitaire", R::Advertiser), ("régies publicitaires", R::Advertiser), ("la régie", R::Advertiser), ("régies", R::Advertiser), ("compagnies aériennes", R::Merchant), ("compagnie aérienne", R::Merchant), ("hôtels", R::Merchant), ("l'hôtel", R::Merchant), ("hôteliers", R::Merchant), ("voyagistes", R::Merchant), ("tour-opérateurs", R::Merchant), ("compagnies maritimes", R::Merchant), ("loueurs de véhicules", R::Merchant),
        // data brokers
        ("courtier* en données", R::DataBroker), ("courtier* de données", R::DataBroker),
        ("revendeur* de données", R::DataBroker), ("fournisseur* de données", R::DataBroker),
        ("agence* d évaluation du crédit", R::DataBroker), ("agence* de notation", R::DataBroker),
        ("bureau* de crédit", R::DataBroker), ("agrégateur* de données", R::DataBroker),
        ("sociétés de données", R::DataBroker), ("data broker*", R::DataBroker), ("loueur* de fichiers", R::DataBroker),
        ("fichier* de solvabilité", R::DataBroker), ("agences de renseignements", R::DataBroker),
        // government
        ("autorité*", R::Government), ("autorité portuaire", R::Government), ("capitainerie*", R::Government), ("garde côtière", R::Government), ("garde-côtes", R::Government), ("autorités compétentes", R::Government), ("autorités judiciaires", R::Government),
        ("autorités administratives", R::Government), ("forces de l ordre", R::Government), ("police", R::Government),
        ("gendarmerie", R::Government), ("services de police", R::Government), ("administration fiscale", R::Government), ("centre médical", R::ThirdParty), ("centres médicaux", R::ThirdParty), ("direction générale", R::Government), ("ministère", R::Government), ("préfecture", R::Government), ("mairie", R::Government), ("commune", R::Government), ("communes", R::Government),
        ("administrations", R::Government), ("administration* publique*", R::Government), ("pouvoirs publics", R::Government),
        ("organisme* public*", R::Government), ("tribunal", R::Government), ("tribunaux", R::Government),
        ("juridiction*", R::Government), ("cnil", R::Government), ("régulateur*", R::Government),
        ("gouvernement*", R::Government), ("services fiscaux", R::Government), ("fisc", R::Government),
        ("douanes", R::Government), ("autorité de contrôle", R::Government), ("auxiliaires de justice", R::Government),
        ("huissier*", R::Government), ("commissaire* de justice", R::Government), ("organismes sociaux", R::Government),
        ("sécurité nationale", R::Government), ("collectivités", R::Government), ("municipalités", R::Government),
        ("mairies", R::Government), ("services de l état", R::Government), ("service de l état", R::Government), ("direction départementale", R::Government), ("directions départementales", R::Government), ("services vétérinaires", R::Government), ("administrations publiques", R::Government),
        ("organismes gouvernementaux", R::Government), ("autorités publiques", R::Government),
        // acquirers
        ("acquéreur*", R::Acquirer), ("acheteur*", R::Acquirer), ("repreneur*", R::Acquirer), ("successeur*", R::Acquirer),
        ("nouvel acquéreur", R::Acquirer), ("nouveau propriétaire", R::Acquirer), ("nouveaux propriétaires", R::Acquirer),
        ("entité acquérante", R::Acquirer), ("société acquérante", R::Acquirer), ("cessionnaire*", R::Acquirer),
        ("société absorbante", R::Acquirer), ("entité issue", R::Acquirer), ("acquéreurs potentiels", R::Acquirer),
        // public
        ("le public", R::Public), ("grand public", R::Public), ("publiquement", R::Public), ("tout le monde", R::Public),
        ("n importe qui", R::Public), ("moteurs de recherche", R::Public), ("accessible* au public", R::Public),
        ("public", R::Public), ("laboratoire*", R::ServiceProvider), ("université*", R::BusinessPartner), ("équipe de recherche", R::BusinessPartner), ("visible* par tous", R::Public), ("lecteurs", R::Public), ("lectrices", R::Public), ("ensemble des lecteurs", R::Public), ("tous les lecteurs", R::Public), ("autres lecteurs", R::OtherUsers),
        // other users
        ("autres utilisateurs", R::OtherUsers), ("autres parents", R::OtherUsers), ("autres familles", R::OtherUsers), ("familles inscrites", R::OtherUsers), ("une famille", R::OtherUsers), ("aux familles", R::OtherUsers), ("membres inscrits", R::OtherUsers), ("utilisateurs inscrits", R::OtherUsers), ("autres familles", R::OtherUsers), ("autres membres", R::OtherUsers), ("autres joueurs", R::OtherUsers),
        ("autres personnes", R::OtherUsers), ("autres clients", R::OtherUsers), ("vos amis", R::OtherUsers),
        ("vos abonnés", R::OtherUsers), ("abonnés", R::OtherUsers), ("vos contacts", R::OtherUsers),
        ("autres participants", R::OtherUsers), ("personnes avec qui", R::OtherUsers), ("tes amis", R::OtherUsers),
        // third parties
        ("tiers", R::ThirdParty), ("la société concernée", R::ThirdParty), ("l entreprise concernée", R::ThirdParty), ("le prestataire concerné", R::ThirdParty), ("la société correspondante", R::ThirdParty), ("le partenaire concerné", R::ThirdParty), ("tierce* partie*", R::ThirdParty), ("parties tierces", R::ThirdParty),
        ("sociétés tierces", R::ThirdParty), ("entreprises tierces", R::ThirdParty), ("organismes tiers", R::ThirdParty),
        ("entités tierces", R::ThirdParty), ("autres sociétés", R::ThirdParty), ("autres entreprises", R::ThirdParty),
        ("sociétés non affiliées", R::ThirdParty), ("entités non affiliées", R::ThirdParty),
        ("réseaux sociaux", R::ThirdParty), ("plateforme* de réseaux sociaux", R::ThirdParty),
        ("médias sociaux", R::ThirdParty), ("destinataires tiers", R::ThirdParty), ("services tiers", R::ThirdParty),
        ("sociétés extérieures", R::ThirdParty), ("organismes extérieurs", R::ThirdParty),
        ("entreprises extérieures", R::ThirdParty), ("autres organisations", R::ThirdParty),
        ("services de tiers", R::ThirdParty),
    ],
    purposes: &[
        // advertising
        ("publicit*", P::Advertising), ("annonces", P::Advertising), ("annonces ciblées", P::Advertising),
        ("ciblage*", P::Advertising), ("publicité ciblée", P::Advertising), ("publicités personnalisées", P::Advertising),
        ("publicité personnalisée", P::Advertising), ("reciblage", P::Advertising), ("retargeting", P::Advertising),
        ("remarketing", P::Advertising), ("audiences similaires", P::Advertising), ("segments d audience", P::Advertising),
        ("campagne* publicitaire*", P::Advertising), ("pub", P::Advertising), ("réclame", P::Advertising),
        ("annonces personnalisées", P::Advertising), ("mesure de la performance publicitaire", P::Advertising),
        ("centres d intérêt publicitaires", P::Advertising),
        // marketing
        ("marketing", P::Marketing),  ("collecte de fonds", P::Marketing), ("appel aux dons", P::Marketing), ("appels aux dons", P::Marketing), ("appels à dons", P::Marketing), ("solliciter des dons", P::Marketing), ("prospection*", P::Marketing), ("publicité par e mail", P::Marketing), ("publicités par e mail", P::Marketing), ("publicité par courriel", P::Marketing), ("publicités par courriel", P::Marketing), ("fins commerciales", P::Marketing),
        ("communications commerciales", P::Marketing), ("offres commerciales", P::Marketing),
        ("communications marketing", P::Marketing), ("communications promotionnelles", P::Marketing),
        ("promotion*", P::Marketing), ("promotionnel*", P::Marketing), ("offres", P::Marketing), ("leurs offres", P::Marketing), ("envoyer leurs offres", P::Marketing),
        ("offres promotionnelles", P::Marketing), ("vous présenter les", P::Marketing), ("vous presenter les", P::Marketing), ("vous présenter ses", P::Marketing), ("vous presenter ses", P::Marketing), ("vous présenter leurs", P::Marketing), ("vous presenter leurs", P::Marketing), ("vous présenter nos", P::Marketing), ("vous presenter nos", P::Marketing), ("newsletter*", P::Marketing), ("lettre* d information*", P::Marketing),
        ("marketing direct", P::Marketing), ("sollicitations commerciales", P::Marketing),
        ("leurs propres fins marketing", P::Marketing),
        // personalization
        ("personnalis*", P::Personalization), ("recommandation*", P::Personalization), ("recommand*", P::Personalization),
        ("suggestion*", P::Personalization), ("adapté* à vos", P::Personalization), ("sur mesure", P::Personalization),
        ("plus pertinent*", P::Personalization), ("profilage", P::Personalization), ("adapter", P::Personalization),
        // analytics
        ("analys*", P::Analytics), ("analytique*", P::Analytics), ("statistique*", P::Analytics),
        ("mesure d audience", P::Analytics), ("mesure de l audience", P::Analytics), ("mesures d audience", P::Analytics),
        ("mesurer", P::Analytics), ("mesure de la performance", P::Analytics), ("améliorer nos", P::Analytics),
        ("amélioration de nos", P::Analytics), ("amélioration des", P::Analytics), ("améliorer le", P::Analytics),
        ("améliorer la", P::Analytics), ("améliorer les", P::Analytics), ("comprendre comment", P::Analytics),
        ("études d audience", P::Analytics), ("audience", P::Analytics), ("fréquentation", P::Analytics),
        // security
        ("fraude*", P::Security), ("frauduleu*", P::Security), ("sécurité", P::Security), ("spam", P::Security), ("triche", P::Security), ("tricheurs", P::Security),
        ("abus", P::Security), ("protéger", P::Security), ("protection", P::Security), ("prévenir", P::Security),
        ("prévention", P::Security), ("sûreté", P::Security), ("lutte contre la fraude", P::Security),
        ("activités illégales", P::Security), ("activités illicites", P::Security), ("vérifier votre identité", P::Security),
        ("vérification d identité", P::Security), ("vérification de votre identité", P::Security),
        ("intégrité", P::Security), ("solvabilité", P::Security), ("impayés", P::Security),
        // AI training
        ("entraîn*", P::AiTraining), ("apprentissage automatique", P::AiTraining), ("machine learning", P::AiTraining),
        ("intelligence artificielle", P::AiTraining), ("ia", P::AiTraining), ("modèle* d ia", P::AiTraining),
        ("modèle* d intelligence artificielle", P::AiTraining), ("modèle* de langage", P::AiTraining),
        ("ia générative", P::AiTraining), ("modèles", P::AiTraining), ("fonctionnalités d ia", P::AiTraining),
        ("formation des modèles", P::AiTraining), ("former nos modèles", P::AiTraining), ("apprentissage", P::AiTraining),
        // legal
        ("obligation* légale*", P::Legal), ("exigé par la loi", P::Legal), ("requis par la loi", P::Legal),
        ("la loi", P::Legal), ("loi", P::Legal), ("lois", P::Legal), ("légal*", P::Legal), ("légalement", P::Legal),
        ("réglementaire*", P::Legal), ("réglementation*", P::Legal), ("conformément à la loi", P::Legal),
        ("se conformer", P::Legal), ("respecter nos obligations", P::Legal), ("procédure* judiciaire*", P::Legal),
        ("décision* de justice", P::Legal), ("réquisition*", P::Legal), ("injonction*", P::Legal),
        ("ordonnance* du tribunal", P::Legal), ("demandes légales", P::Legal), ("demande* des autorités", P::Legal),
        ("défendre nos droits", P::Legal), ("faire valoir nos droits", P::Legal), ("droits en justice", P::Legal),
        ("contentieux", P::Legal), ("litige*", P::Legal), ("respect des obligations", P::Legal), ("conformité", P::Legal),
        ("obligations fiscales", P::Legal), ("obligations comptables", P::Legal), ("requêtes judiciaires", P::Legal),
        // service
        ("fournir nos services", P::Service), ("fournir le service", P::Service), ("fournir les services", P::Service),
        ("pour notre compte", P::Service), ("en notre nom", P::Service), ("pour le compte de", P::Service),
        ("exécution du contrat", P::Service), ("exécuter le contrat", P::Service), ("exécution de votre commande", P::Service), ("expédier votre commande", P::Service), ("livrer votre commande", P::Service), ("préparer votre commande", P::Service), ("envoyer votre commande", P::Service), ("livraison de votre commande", P::Service), ("expédition de votre commande", P::Service),
        ("livraison*", P::Service), ("livrer", P::Service), ("expédition*", P::Service),
        ("traitement des paiements", P::Service), ("traitement de vos paiements", P::Service),
        ("service client", P::Service), ("service clientèle", P::Service), ("support client", P::Service),
        ("assistance", P::Service), ("hébergement", P::Service), ("héberger", P::Service), ("facturation", P::Service),
        ("gestion de votre compte", P::Service), ("gestion des commandes", P::Service), ("à votre demande", P::Service),
        ("sur vos instructions", P::Service), ("selon nos instructions", P::Service), ("instructions", P::Service),
        ("bon fonctionnement", P::Service), ("fournir", P::Service), ("prestation* de services", P::Service),
        ("gestion de la relation client", P::Service), ("traiter votre commande", P::Service),
        ("sinistre*", P::Service), ("recouvrement", P::Service),
        // research
        ("recherche scientifique", P::Research), ("fins de recherche", P::Research), ("recherches scientifiques", P::Research),
        ("projets de recherche", P::Research), ("étude*", P::Research), ("scientifique*", P::Research),
        ("recherche et développement", P::Research), ("recherche médicale", P::Research),
        // sale
        ("vente de vos", P::Sale), ("vente des données", P::Sale), ("vente de données", P::Sale), ("vendre", P::Sale),
        ("vendons", P::Sale), ("vendrons", P::Sale), ("vendu*", P::Sale), ("louer", P::Sale), ("louons", P::Sale),
        ("contre rémunération", P::Sale), ("en contrepartie d une rémunération", P::Sale), ("moyennant rémunération", P::Sale), ("monétis*", P::Sale), ("monnayer", P::Sale), ("à des fins lucratives", P::Sale),
        // business transfer
        ("fusion*", P::BusinessTransfer), ("fonds de commerce", P::BusinessTransfer), ("changement de propriétaire", P::BusinessTransfer), ("nouveau propriétaire", P::BusinessTransfer), ("accord de cession", P::BusinessTransfer), ("reprise de l activité", P::BusinessTransfer), ("reprise de l'activité", P::BusinessTransfer), ("plan de cession", P::BusinessTransfer), ("actifs cédés", P::BusinessTransfer), ("liquidation judiciaire", P::BusinessTransfer), ("acquisition*", P::BusinessTransfer), ("acquise par", P::BusinessTransfer), ("acquis par", P::BusinessTransfer), ("rachetée par", P::BusinessTransfer), ("racheté par", P::BusinessTransfer), ("rachat*", P::BusinessTransfer),
        ("cession*", P::BusinessTransfer), ("achetée par", P::BusinessTransfer), ("acheté par", P::BusinessTransfer), ("restructuration*", P::BusinessTransfer), ("réorganisation*", P::BusinessTransfer),
        ("faillite", P::BusinessTransfer), ("liquidation*", P::BusinessTransfer), ("redressement judiciaire", P::BusinessTransfer),
        ("procédure collective", P::BusinessTransfer), ("changement de contrôle", P::BusinessTransfer),
        ("vente de tout ou partie", P::BusinessTransfer), ("vente d actifs", P::BusinessTransfer),
        ("transfert d activité", P::BusinessTransfer), ("insolvabilité", P::BusinessTransfer), ("scission*", P::BusinessTransfer),
        ("apport partiel d actifs", P::BusinessTransfer), ("opération* de fusion", P::BusinessTransfer),
        ("opération* capitalistique*", P::BusinessTransfer),
    ],
    cues: &[
        // verbs: give
        ("partag*", Cue::Verb(V::Share)), ("sont destinées", Cue::Verb(V::Share)), ("sont destinés", Cue::Verb(V::Share)), ("seront destinées", Cue::Verb(V::Share)), ("communiqu*", Cue::Verb(V::Share)), ("communication", Cue::Verb(V::Share)),
        ("transmet*", Cue::Verb(V::Share)), ("remettons", Cue::Verb(V::Share)), ("remettre", Cue::Verb(V::Share)), ("remet", Cue::Verb(V::Share)), ("remettent", Cue::Verb(V::Share)), ("remis", Cue::Verb(V::Share)), ("remises", Cue::Verb(V::Share)), ("transmis", Cue::Verb(V::Share)), ("transmise*", Cue::Verb(V::Share)),
        ("transmission*", Cue::Verb(V::Share)), ("divulg*", Cue::Verb(V::Share)), ("transfer*", Cue::Verb(V::Share)),
        ("fourni", Cue::Verb(V::Share)), ("fournie", Cue::Verb(V::Share)), ("fournies", Cue::Verb(V::Share)), ("fournis", Cue::Verb(V::Share)), ("fournit", Cue::Verb(V::Share)), ("fournissons", Cue::Verb(V::Share)), ("fournissent", Cue::Verb(V::Share)), ("fournira", Cue::Verb(V::Share)), ("fourniront", Cue::Verb(V::Share)), ("fournirons", Cue::Verb(V::Share)), ("fournirait", Cue::Verb(V::Share)), ("fourniraient", Cue::Verb(V::Share)), ("fournissez", Cue::Verb(V::Share)), ("fournissant", Cue::Verb(V::Share)), ("fournisse", Cue::Verb(V::Share)), ("fournir", Cue::Verb(V::Share)), ("mettre à disposition", Cue::Verb(V::Share)),
        ("mettons à disposition", Cue::Verb(V::Share)), ("mis à disposition", Cue::Verb(V::Share)),
        ("mises à disposition", Cue::Verb(V::Share)), ("mise à disposition", Cue::Verb(V::Share)),
        ("mettre à la disposition", Cue::Verb(V::Share)), ("mettons à la disposition", Cue::Verb(V::Share)),
        ("rendre accessible*", Cue::Verb(V::Share)), ("rendons accessible*", Cue::Verb(V::Share)),
        ("rendues accessibles", Cue::Verb(V::Share)), ("donner accès", Cue::Verb(V::Share)),
        ("donnons accès", Cue::Verb(V::Share)), ("envoy*", Cue::Verb(V::Share)), ("envoi", Cue::Verb(V::Share)),
        ("dévoil*", Cue::Verb(V::Share)), ("révél*", Cue::Verb(V::Share)), ("publier", Cue::Verb(V::Share)),
        ("publions", Cue::Verb(V::Share)), ("publié*", Cue::Verb(V::Share)), ("affich*", Cue::Verb(V::Share)),
        ("rendre public*", Cue::Verb(V::Share)), ("rendu* public*", Cue::Verb(V::Share)), ("en échange", Cue::Neutral), ("échang*", Cue::Verb(V::Share)),
        ("combin*", Cue::Verb(V::Share)), ("croiser", Cue::Verb(V::Share)), ("croisons", Cue::Verb(V::Share)),
        ("synchronis*", Cue::Verb(V::Share)), ("téléverser", Cue::Verb(V::Share)), ("signaler", Cue::Verb(V::Share)),
        ("signalons", Cue::Verb(V::Share)), ("déclarer", Cue::Verb(V::Share)), ("remettre", Cue::Verb(V::Share)),
        ("remettons", Cue::Verb(V::Share)), ("visible*", Cue::Verb(V::Share)), ("saisies directement auprès", Cue::Verb(V::Share)), ("saisies auprès", Cue::Verb(V::Share)), ("saisie directement auprès", Cue::Verb(V::Share)), ("saisie auprès", Cue::Verb(V::Share)), ("consultable*", Cue::Verb(V::Share)), ("transférer", Cue::Verb(V::Share)),
        ("destinataire*", Cue::Verb(V::Share)), ("est destinataire", Cue::Verb(V::Collect)), ("devient responsable", Cue::Verb(V::Collect)), ("deviendra responsable", Cue::Verb(V::Collect)), ("est devenu responsable", Cue::Verb(V::Collect)), ("est devenue responsable", Cue::Verb(V::Collect)), ("sont destinataires", Cue::Verb(V::Collect)), ("sera destinataire", Cue::Verb(V::Collect)), ("seront destinataires", Cue::Verb(V::Collect)), ("être destinataire*", Cue::Verb(V::Collect)), ("partagerons", Cue::Verb(V::Share)), ("transmettrons", Cue::Verb(V::Share)),
        ("communiquerons", Cue::Verb(V::Share)),
        // sell
        ("vendre", Cue::Verb(V::Sell)), ("vendons", Cue::Verb(V::Sell)), ("vendrons", Cue::Verb(V::Sell)),
        ("vendu", Cue::Verb(V::Sell)), ("vendue", Cue::Verb(V::Sell)), ("vendus", Cue::Verb(V::Sell)),
        ("vendues", Cue::Verb(V::Sell)), ("vend", Cue::Verb(V::Sell)), ("vendent", Cue::Verb(V::Sell)),
        ("vente", Cue::Verb(V::Sell)), ("ventes", Cue::Verb(V::Sell)), ("louer", Cue::Verb(V::Sell)),
        ("louons", Cue::Verb(V::Sell)), ("louerons", Cue::Verb(V::Sell)), ("monnayer", Cue::Verb(V::Sell)),
        ("monnayons", Cue::Verb(V::Sell)), ("commercialis*", Cue::Verb(V::Sell)), ("céder", Cue::Verb(V::Share)),
        ("cédons", Cue::Verb(V::Share)), ("cédé", Cue::Verb(V::Share)), ("cédée", Cue::Verb(V::Share)),
        ("cédés", Cue::Verb(V::Share)), ("cédées", Cue::Verb(V::Share)), ("céderons", Cue::Verb(V::Share)),
        ("cède", Cue::Verb(V::Share)), ("échangeons contre", Cue::Verb(V::Sell)),
        // verbs: the recipient is the subject
        ("collect*", Cue::Verb(V::Collect)), ("reconnaître", Cue::Verb(V::Collect)), ("reconnaitre", Cue::Verb(V::Collect)), ("recueil*", Cue::Verb(V::Collect)), ("obtien*", Cue::Verb(V::Collect)),
        ("obten*", Cue::Verb(V::Collect)), ("obtenu*", Cue::Verb(V::Collect)), ("reçoi*", Cue::Verb(V::Collect)),
        ("recev*", Cue::Verb(V::Collect)), ("reçu", Cue::Verb(V::Collect)), ("reçus", Cue::Verb(V::Collect)),
        ("reçue", Cue::Verb(V::Collect)), ("reçues", Cue::Verb(V::Collect)), ("accès", Cue::Verb(V::Collect)),
        ("accéder", Cue::Verb(V::Collect)), ("accèdent", Cue::Verb(V::Collect)), ("accède", Cue::Verb(V::Collect)),
        ("dépos*", Cue::Verb(V::Collect)), ("placer", Cue::Verb(V::Collect)), ("placent", Cue::Verb(V::Collect)),
        ("installent", Cue::Verb(V::Collect)), ("suivre", Cue::Verb(V::Collect)), ("suivent", Cue::Verb(V::Collect)),
        ("pister", Cue::Verb(V::Collect)), ("traçage", Cue::Verb(V::Collect)), ("tracer", Cue::Verb(V::Collect)),
        ("voient", Cue::Verb(V::Collect)), ("voir", Cue::Verb(V::Collect)), ("consulter", Cue::Verb(V::Collect)),
        ("consultent", Cue::Verb(V::Collect)), ("traiter", Cue::Verb(V::Collect)), ("traitent", Cue::Verb(V::Collect)),
        ("traite", Cue::Verb(V::Collect)), ("traitées", Cue::Verb(V::Collect)), ("traités", Cue::Verb(V::Collect)),
        ("conserv*", Cue::Verb(V::Collect)), ("stocker", Cue::Verb(V::Collect)), ("stockent", Cue::Verb(V::Collect)),
        ("stockées", Cue::Verb(V::Collect)), ("stockées chez", Cue::Verb(V::Share)), ("stockés chez", Cue::Verb(V::Share)), ("stockée chez", Cue::Verb(V::Share)), ("stocké chez", Cue::Verb(V::Share)), ("hébergées chez", Cue::Verb(V::Share)), ("hébergés chez", Cue::Verb(V::Share)), ("hébergé chez", Cue::Verb(V::Share)), ("hébergée chez", Cue::Verb(V::Share)), ("hébergées par", Cue::Verb(V::Share)), ("hébergés par", Cue::Verb(V::Share)), ("hébergée par", Cue::Verb(V::Share)), ("hébergé par", Cue::Verb(V::Share)), ("conservées chez", Cue::Verb(V::Share)), ("conservés chez", Cue::Verb(V::Share)), ("enregistr*", Cue::Verb(V::Collect)), ("lisent", Cue::Verb(V::Collect)),
        ("lire", Cue::Verb(V::Collect)), ("apprennent", Cue::Verb(V::Collect)), ("récupèr*", Cue::Verb(V::Collect)),
        ("récupér*", Cue::Verb(V::Collect)), ("utilisent des cookies", Cue::Verb(V::Collect)), ("utilisent leurs propres cookies", Cue::Verb(V::Collect)), ("utilise des cookies", Cue::Verb(V::Collect)), ("installer des cookies", Cue::Verb(V::Collect)),
        // verbs: we engage a provider
        ("utiliser", Cue::Verb(V::Engage)), ("utilisons", Cue::Verb(V::Engage)), ("utilisent", Cue::Verb(V::Engage)),
        ("utilise", Cue::Verb(V::Engage)), ("utilisé", Cue::Verb(V::Engage)), ("utilisée", Cue::Verb(V::Engage)),
        ("utilisés", Cue::Verb(V::Engage)), ("utilisées", Cue::Verb(V::Engage)), ("utiliserons", Cue::Verb(V::Engage)),
        ("utilisera", Cue::Verb(V::Engage)), ("utiliseront", Cue::Verb(V::Engage)),
        ("s en sert", Cue::Verb(V::Engage)), ("s en servent", Cue::Verb(V::Engage)), ("s en servira", Cue::Verb(V::Engage)), ("s en serviront", Cue::Verb(V::Engage)), ("s en servir", Cue::Verb(V::Engage)), ("avons recours", Cue::Verb(V::Engage)),
        ("recours à", Cue::Verb(V::Engage)), ("recourons", Cue::Verb(V::Engage)), ("faisons appel", Cue::Verb(V::Engage)),
        ("faire appel", Cue::Verb(V::Engage)), ("font appel", Cue::Verb(V::Engage)), ("travaillons avec", Cue::Verb(V::Engage)),
        ("collaborons", Cue::Verb(V::Engage)), ("collaborer", Cue::Verb(V::Engage)), ("intégrer", Cue::Verb(V::Engage)),
        ("intégrons", Cue::Verb(V::Engage)), ("intégré*", Cue::Verb(V::Engage)), ("permettons", Cue::Verb(V::Engage)), ("permettent à", Cue::Verb(V::Engage)), ("permet à", Cue::Verb(V::Engage)),
        ("permettre", Cue::Verb(V::Engage)), ("autoris*", Cue::Verb(V::Engage)), ("employons", Cue::Verb(V::Engage)),
        ("mandatons", Cue::Verb(V::Engage)), ("confions", Cue::Verb(V::Share)), ("confier", Cue::Verb(V::Share)), ("confie", Cue::Verb(V::Share)), ("confié", Cue::Verb(V::Share)), ("confiée", Cue::Verb(V::Share)), ("confiés", Cue::Verb(V::Share)), ("confiées", Cue::Verb(V::Share)), ("confierons", Cue::Verb(V::Share)),
        ("incluent", Cue::Verb(V::Engage)), ("comprennent", Cue::Verb(V::Engage)),
        // negation
        ("ne", Cue::Negation), ("n", Cue::Negation), ("pas", Cue::Negation), ("jamais", Cue::Negation),
        ("aucun*", Cue::Negation), ("ni", Cue::Negation), ("sans", Cue::Negation), ("nullement", Cue::Negation),
        ("rien", Cue::Negation), ("nul", Cue::Negation), ("nulle", Cue::Negation),
        // exceptions ("ne … que" = only)
        ("sauf", Cue::Exception), ("excepté", Cue::Exception), ("à l exception", Cue::Exception),
        ("hormis", Cue::Exception), ("à moins que", Cue::Exception), ("à moins qu", Cue::Exception),
        ("sans votre consentement", Cue::Exception), ("sans votre accord", Cue::Exception),
        ("sans votre autorisation", Cue::Exception), ("sans votre permission", Cue::Exception),
        ("sans votre consentement préalable", Cue::Exception), ("sans ton consentement", Cue::Exception),
        ("sans consentement", Cue::Exception), ("sans votre accord préalable", Cue::Exception),
        ("que si", Cue::Exception), ("qu avec", Cue::Exception), ("qu à", Cue::Exception), ("qu aux", Cue::Exception),
        ("qu au", Cue::Exception), ("que lorsque", Cue::Exception), ("que lorsqu", Cue::Exception),
        ("que dans", Cue::Exception), ("que pour", Cue::Exception), ("que sur", Cue::Exception), ("que par", Cue::Exception),
        ("qu en", Cue::Exception), ("qu après", Cue::Exception),
        ("uniquement avec", Cue::Exception), ("uniquement à", Cue::Exception), ("uniquement aux", Cue::Exception),
        ("uniquement si", Cue::Exception), ("uniquement lorsque", Cue::Exception), ("uniquement dans", Cue::Exception),
        ("uniquement pour", Cue::Exception), ("seulement avec", Cue::Exception), ("seulement si", Cue::Exception),
        ("en dehors de", Cue::Exception), ("autre que", Cue::Exception), ("autres que", Cue::Exception),
        ("exclusivement", Cue::Exception), ("sous réserve", Cue::Exception),
        // modality
        ("pouvons", Cue::Modal), ("pourrons", Cue::Modal), ("pourrions", Cue::Modal), ("peut", Cue::Modal),
        ("peuvent", Cue::Modal), ("pourra", Cue::Modal), ("pourront", Cue::Modal), ("pourrait", Cue::Modal),
        ("pourraient", Cue::Modal), ("susceptible*", Cue::Modal), ("éventuellement", Cue::Modal),
        ("le cas échéant", Cue::Modal), ("de temps à autre", Cue::Modal), ("de temps en temps", Cue::Modal),
        ("dans certains cas", Cue::Modal), ("si", Cue::Modal), ("lorsque", Cue::Modal), ("lorsqu", Cue::Modal),
        ("quand", Cue::Modal), ("dans la mesure où", Cue::Modal), ("selon les cas", Cue::Modal),
        // change framing
        // A definite future event ("When the acquisition closes, your account … will be transferred").
        ("à la finalisation de l acquisition", Cue::Change), ("une fois l acquisition finalisée", Cue::Change), ("dès la finalisation de l acquisition", Cue::Change),
        ("à la clôture de l acquisition", Cue::Change), ("une fois la fusion finalisée", Cue::Change),
        ("à compter du", Cue::Change), ("à compter de la date", Cue::Change), ("à compter de cette date", Cue::Change),
        ("à compter de l entrée en vigueur", Cue::Change), ("à partir du", Cue::Change), ("à partir d avril", Cue::Change), ("à partir d août", Cue::Change), ("à partir d aout", Cue::Change), ("à compter d avril", Cue::Change), ("à compter d août", Cue::Change), ("à compter d aout", Cue::Change), ("à partir d octobre", Cue::Change), ("à compter d octobre", Cue::Change), ("à partir de janvier", Cue::Change), ("à compter de janvier", Cue::Change), ("à partir de février", Cue::Change), ("à compter de février", Cue::Change), ("à partir de fevrier", Cue::Change), ("à compter de fevrier", Cue::Change), ("à partir de mars", Cue::Change), ("à compter de mars", Cue::Change), ("à partir de avril", Cue::Change), ("à compter de avril", Cue::Change), ("à partir de mai", Cue::Change), ("à compter de mai", Cue::Change), ("à partir de juin", Cue::Change), ("à compter de juin", Cue::Change), ("à partir de juillet", Cue::Change), ("à compter de juillet", Cue::Change), ("à partir de août", Cue::Change), ("à compter de août", Cue::Change), ("à partir de aout", Cue::Change), ("à compter de aout", Cue::Change), ("à partir de septembre", Cue::Change), ("à compter de septembre", Cue::Change), ("à partir de octobre", Cue::Change), ("à compter de octobre", Cue::Change), ("à partir de novembre", Cue::Change), ("à compter de novembre", Cue::Change), ("à partir de décembre", Cue::Change), ("à compter de décembre", Cue::Change), ("à partir de decembre", Cue::Change), ("à compter de decembre", Cue::Change),
        ("à partir de maintenant", Cue::Change), ("à partir de cette date", Cue::Change),
        ("à partir de la date", Cue::Change), ("à partir d aujourd hui", Cue::Change),
        ("à partir de l entrée en vigueur", Cue::Change), ("désormais", Cue::Change), ("dorénavant", Cue::Change),
        ("nous modifions", Cue::Change), ("nouveauté*", Cue::Change), ("nouvelle politique", Cue::Change),
        ("nouvelles conditions", Cue::Change), ("nouvelle version", Cue::Change), ("prochainement", Cue::Change),
        ("commencerons", Cue::Change), ("commencer à", Cue::Change), ("allons commencer", Cue::Change),
        ("pour la première fois", Cue::Change), ("introdui*", Cue::Change), ("avons ajouté", Cue::Change),
        ("ajoutons", Cue::Change), ("dès le", Cue::Change), ("dès à présent", Cue::Change), ("à l avenir", Cue::Change),
        ("dans les semaines à venir", Cue::Change), ("à venir", Cue::Change), ("après cette mise à jour", Cue::Change),
        ("avec cette mise à jour", Cue::Change), ("dans le cadre de cette mise à jour", Cue::Change),
        ("nous allons désormais", Cue::Change), ("pourrons désormais", Cue::Change),
        ("allons", Cue::Future), ("vont", Cue::Future), ("va", Cue::Future), ("bientôt", Cue::Future),
        ("prévoyons de", Cue::Future), ("avons l intention", Cue::Future), ("nous allons", Cue::Future),
        ("nos pratiques restent les mêmes", Cue::PracticesUnchanged), ("nos pratiques restent inchangées", Cue::PracticesUnchanged), ("nos pratiques ne changent pas", Cue::PracticesUnchanged), ("nos pratiques n ont pas changé", Cue::PracticesUnchanged), ("ne modifient pas la manière dont nous", Cue::PracticesUnchanged), ("ne modifie pas la manière dont nous", Cue::PracticesUnchanged), ("n avons pas modifié les informations que", Cue::PracticesUnchanged), ("n avons pas modifié la manière dont nous", Cue::PracticesUnchanged), ("n avons pas changé la manière dont nous", Cue::PracticesUnchanged), ("n avons pas modifié les données que", Cue::PracticesUnchanged), ("ne change rien aux données que", Cue::PracticesUnchanged), ("ne changent rien aux données que", Cue::PracticesUnchanged), ("ne changent rien à la manière dont nous", Cue::PracticesUnchanged), ("ne change rien à la manière dont nous", Cue::PracticesUnchanged), ("ne modifient pas la façon dont nous", Cue::PracticesUnchanged),
        ("avons cessé", Cue::Stop), ("cessé de", Cue::Stop), ("auparavant", Cue::Stop), ("jusqu à présent", Cue::Stop),
        ("continuer à", Cue::Continuing), ("continuons à", Cue::Continuing), ("continuons de", Cue::Continuing),
        ("précisé comment nous", Cue::Continuing), ("clarifié comment nous", Cue::Continuing), ("clarifié la manière dont nous", Cue::Continuing), ("clarifié la façon dont nous", Cue::Continuing), ("précisé la manière dont nous", Cue::Continuing), ("précisé la façon dont nous", Cue::Continuing), ("plus clairement comment nous", Cue::Continuing), ("plus en détail comment nous", Cue::Continuing),
        ("continuerons à", Cue::Continuing), ("continuerons de", Cue::Continuing), ("continue de", Cue::Continuing),
        ("continue à", Cue::Continuing), ("continuent de", Cue::Continuing), ("continuent à", Cue::Continuing),
        ("toujours", Cue::Continuing), ("déjà", Cue::Continuing), ("comme auparavant", Cue::Continuing),
        ("comme aujourd hui", Cue::Continuing), ("comme avant", Cue::Continuing), ("comme jusqu à présent", Cue::Continuing),
        ("comme jusqu ici", Cue::Continuing), ("comme d habitude", Cue::Continuing), ("actuellement", Cue::Continuing),
        ("reste", Cue::Continuing), ("restent", Cue::Continuing), ("resteront", Cue::Continuing), ("restera", Cue::Continuing),
        ("demeure*", Cue::Continuing), ("inchangé*", Cue::Continuing), ("ne change pas", Cue::Continuing),
        ("ne changent pas", Cue::Continuing), ("rien ne change", Cue::Continuing), ("ce qui ne change pas", Cue::Continuing),
        ("pas de changement", Cue::Continuing), ("comme toujours", Cue::Continuing), ("aucun changement", Cue::Continuing),
        ("ne changera pas", Cue::Continuing), ("ne changeront pas", Cue::Continuing),
        // opt-out
        ("vous opposer", Cue::OptOut), ("opposer", Cue::OptOut), ("opposez", Cue::OptOut), ("opposiez", Cue::OptOut), ("opposition", Cue::OptOut), ("désactiv*", Cue::OptOut),
        ("retirer votre consentement", Cue::OptOut), ("retirer", Cue::OptOut), ("retrait", Cue::OptOut),
        ("désabonn*", Cue::OptOut), ("désinscri*", Cue::OptOut), ("refuser", Cue::OptOut), ("refus", Cue::OptOut),
        ("gérer vos préférences", Cue::OptOut), ("modifier vos paramètres", Cue::OptOut), ("paramètres", Cue::OptOut),
        ("ne pas vendre", Cue::OptOut), ("ne vendez pas", Cue::OptOut), ("opt out", Cue::OptOut),
        ("vous pouvez choisir", Cue::OptOut), ("décoch*", Cue::OptOut), ("vous pouvez modifier", Cue::OptOut),
        ("révoquer", Cue::OptOut), ("vous pouvez refuser", Cue::OptOut), ("ne plus recevoir", Cue::OptOut),
        // source
        ("de la part de", Cue::Source), ("de la part d", Cue::Source), ("auprès de", Cue::Source),
        ("auprès d", Cue::Source), ("auprès des", Cue::Source), ("auprès du", Cue::Source),
        ("provenant de", Cue::Source), ("provenant d", Cue::Source), ("provenant des", Cue::Source),
        ("provenant du", Cue::Source), ("issues de", Cue::Source), ("issus de", Cue::Source),
        ("en provenance de", Cue::Source), ("obtenues de", Cue::Source), ("reçues de", Cue::Source),
        ("fournies par", Cue::Source),
        // coreference
        ("ces données", Cue::Coref), ("ces informations", Cue::Coref), ("celles ci", Cue::Coref),
        ("ceux ci", Cue::Coref), ("les données", Cue::Coref), ("les informations", Cue::Coref),
        ("ces renseignements", Cue::Coref), ("lesdites données", Cue::Coref), ("ces éléments", Cue::Coref),
        ("elles", Cue::Coref), ("cela", Cue::Coref), ("ceci", Cue::Coref),
        ("ils", Cue::ThirdPerson), ("ces sociétés", Cue::ThirdPerson), ("ces tiers", Cue::ThirdPerson),
        ("ces partenaires", Cue::ThirdPerson), ("ces prestataires", Cue::ThirdPerson), ("ces entreprises", Cue::ThirdPerson),
        ("ces entités", Cue::ThirdPerson), ("ces fournisseurs", Cue::ThirdPerson), ("lesdits tiers", Cue::ThirdPerson),
        ("ces destinataires", Cue::ThirdPerson), ("ces organismes", Cue::ThirdPerson), ("ces sous traitants", Cue::ThirdPerson),
        ("ces annonceurs", Cue::ThirdPerson), ("ces derniers", Cue::ThirdPerson),
        ("nous", Cue::FirstPerson), ("notre", Cue::FirstPerson), ("nos", Cue::FirstPerson),
        ("vous", Cue::SecondPerson), ("tu", Cue::SecondPerson), ("te", Cue::SecondPerson), ("toi", Cue::SecondPerson),
        ("utilisateurs", Cue::SecondPerson), ("utilisatrices", Cue::SecondPerson),
        // news
        ("ce journal", Cue::News), ("notre journal", Cue::News), ("a confirmé à", Cue::News), ("n a pas souhaité", Cue::News), ("avocat spécialisé", Cue::News), ("avocate spécialisée", Cue::News), ("articles liés", Cue::News), ("à lire aussi", Cue::News), ("n a pas souhaité réagir", Cue::News), ("selon le texte", Cue::News), ("interrogés par", Cue::News), ("estime qu", Cue::News), ("contactée", Cue::News), ("contacté", Cue::News), ("réclame", Cue::News), ("selon le groupe", Cue::News), ("indique suivre", Cue::News), ("a commencé à informer", Cue::News), ("interrogé par", Cue::News), ("interrogée par", Cue::News), ("contacté par", Cue::News), ("contactée par", Cue::News), ("notre rédaction", Cue::News), ("peut on lire", Cue::News), ("lire aussi", Cue::News), ("explique l", Cue::News), ("a t elle", Cue::News), ("a t il", Cue::News), ("estime que", Cue::News), ("associations de consommateurs", Cue::News), ("une association de consommateurs", Cue::News), ("publié le", Cue::News), ("avocats spécialisés", Cue::News),
        ("a déclaré", Cue::News), ("a indiqué", Cue::News), ("a affirmé", Cue::News), ("selon lui", Cue::News), ("selon elle", Cue::News), ("selon l entreprise", Cue::News), ("selon la société", Cue::News),
        ("d après", Cue::News), ("porte parole", Cue::News), ("a annoncé", Cue::News), ("critiques", Cue::News), ("association de consommateurs", Cue::News), ("associations de consommateurs", Cue::News), ("a critiqué", Cue::News), ("ont critiqué", Cue::News), ("selon le courriel", Cue::News), ("selon l e-mail", Cue::News),
        ("analystes", Cue::News), ("dans un communiqué", Cue::News), ("journaliste", Cue::News), ("afp", Cue::News),
        ("reuters", Cue::News), ("n a pas répondu", Cue::News), ("a refusé de commenter", Cue::News),
        ("associations de défense", Cue::News), ("ont expliqué", Cue::News), ("l entreprise", Cue::News),
        ("la société a", Cue::News), ("le groupe a", Cue::News), ("défenseurs de la vie privée", Cue::News),
        ("dans un billet de blog", Cue::News), ("abonnez vous à notre newsletter", Cue::News), ("a ajouté", Cue::News), ("a précisé", Cue::News), ("a souligné", Cue::News), ("a rappelé", Cue::News), ("selon le document", Cue::News), ("ce média", Cue::News),
        // update notices
        ("information importante", Cue::UpdateNotice), ("du nouveau sur la confidentialité", Cue::UpdateNotice), ("nouveautés concernant vos données", Cue::UpdateNotice), ("informations importantes", Cue::UpdateNotice), ("nous avons conclu un accord", Cue::UpdateNotice), ("a conclu un accord", Cue::UpdateNotice), ("ont conclu un accord", Cue::UpdateNotice), ("changement de propriétaire", Cue::UpdateNotice), ("chères familles", Cue::UpdateNotice), ("chers parents", Cue::UpdateNotice), ("chers patients", Cue::UpdateNotice), ("chers adhérents", Cue::UpdateNotice), ("devrait être finalisée", Cue::UpdateNotice), ("sera finalisée", Cue::UpdateNotice), ("accepté de vendre", Cue::UpdateNotice), ("conclu la vente", Cue::UpdateNotice), ("que deviennent vos données", Cue::UpdateNotice), ("nous mettons à jour", Cue::UpdateNotice),("chère cliente", Cue::UpdateNotice), ("cher client", Cue::UpdateNotice), ("chers clients", Cue::UpdateNotice), ("chère utilisatrice", Cue::UpdateNotice), ("cher utilisateur", Cue::UpdateNotice), ("chers utilisateurs", Cue::UpdateNotice), ("chers membres", Cue::UpdateNotice), ("chère abonnée", Cue::UpdateNotice), ("cher abonné", Cue::UpdateNotice), ("mettons à jour", Cue::UpdateNotice),
        ("nous avons mis à jour", Cue::UpdateNotice), ("ce qui a changé", Cue::UpdateNotice), ("nous avons modifié", Cue::UpdateNotice), ("à compter d'aujourd'hui", Cue::UpdateNotice), ("avons mis à jour", Cue::UpdateNotice),
        ("mise à jour de notre politique", Cue::UpdateNotice), ("mise à jour de nos", Cue::UpdateNotice),
        ("mises à jour de nos", Cue::UpdateNotice), ("modifications de notre", Cue::UpdateNotice),
        ("modification de notre", Cue::UpdateNotice), ("modifications apportées", Cue::UpdateNotice),
        ("ce qui change", Cue::UpdateNotice), ("change la façon dont nous", Cue::UpdateNotice), ("change la manière dont nous", Cue::UpdateNotice), ("modifie la façon dont nous", Cue::UpdateNotice), ("modifie la manière dont nous", Cue::UpdateNotice), ("ce qui va changer", Cue::UpdateNotice),
        ("ce qui ne change pas", Cue::UpdateNotice), ("principaux changements", Cue::UpdateNotice),
        ("principales modifications", Cue::UpdateNotice), ("résumé des modifications", Cue::UpdateNotice),
        ("entreront en vigueur", Cue::UpdateNotice), ("entrera en vigueur", Cue::UpdateNotice),
        ("prendront effet", Cue::UpdateNotice), ("prendra effet", Cue::UpdateNotice),
        ("nouvelle politique de confidentialité", Cue::UpdateNotice), ("politique de confidentialité mise à jour", Cue::UpdateNotice),
        ("nouvelles conditions générales", Cue::UpdateNotice), ("conditions mises à jour", Cue::UpdateNotice),
        ("changements importants", Cue::UpdateNotice), ("modifications importantes", Cue::UpdateNotice),
        ("en continuant à utiliser", Cue::UpdateNotice), ("en continuant d utiliser", Cue::UpdateNotice),
        ("ce que cela signifie pour vous", Cue::UpdateNotice), ("quoi de neuf", Cue::UpdateNotice),
        ("nous faisons évoluer", Cue::UpdateNotice), ("évolution de notre", Cue::UpdateNotice),
        ("évolutions de nos", Cue::UpdateNotice), ("évolution de nos", Cue::UpdateNotice),
        ("nous apportons des modifications", Cue::UpdateNotice), ("changements à venir", Cue::UpdateNotice),
        ("modifications à venir", Cue::UpdateNotice), ("ce qu il faut savoir", Cue::UpdateNotice), ("a été mise à jour pour", Cue::UpdateNotice), ("ont été mises à jour pour", Cue::UpdateNotice), ("a été modifiée pour", Cue::UpdateNotice), ("nouvelle version s applique", Cue::UpdateNotice), ("nouvelle version s appliquera", Cue::UpdateNotice),
        // document dates
        ("dernière mise à jour", Cue::DocDate), ("mis à jour le", Cue::DocDate), ("mise à jour le", Cue::DocDate),
        ("date de mise à jour", Cue::DocDate), ("en vigueur", Cue::DocDate), ("date d entrée en vigueur", Cue::DocDate),
        ("entrée en vigueur", Cue::DocDate), ("date d effet", Cue::DocDate), ("version du", Cue::DocDate),
        ("dernière modification", Cue::DocDate), ("modifiée le", Cue::DocDate), ("applicable à compter du", Cue::DocDate),
        ("applicable au", Cue::DocDate), ("en date du", Cue::DocDate), ("actualisée le", Cue::DocDate),
        ("mise à jour", Cue::DocDate),
        // legal-document phrases
        ("politique de confidentialité", Cue::LegalDoc), ("cette politique", Cue::LegalDoc),
        ("la présente politique", Cue::LegalDoc), ("politique de protection des données", Cue::LegalDoc),
        ("données personnelles", Cue::LegalDoc), ("données à caractère personnel", Cue::LegalDoc), ("rgpd", Cue::LegalDoc),
        ("cnil", Cue::LegalDoc), ("responsable du traitement", Cue::LegalDoc), ("base légale", Cue::LegalDoc),
        ("bases légales", Cue::LegalDoc), ("intérêt légitime", Cue::LegalDoc), ("vos droits", Cue::LegalDoc),
        ("conditions générales", Cue::LegalDoc), ("cgu", Cue::LegalDoc), ("cgv", Cue::LegalDoc),
        ("mentions légales", Cue::LegalDoc), ("informatique et libertés", Cue::LegalDoc),
        ("délégué à la protection des données", Cue::LegalDoc), ("dpo", Cue::LegalDoc), ("tiers", Cue::LegalDoc),
        ("nous collectons", Cue::LegalDoc), ("durée de conservation", Cue::LegalDoc), ("protection des données", Cue::LegalDoc),
        ("confidentialité", Cue::LegalDoc), ("responsabilité", Cue::LegalDoc), ("droit applicable", Cue::LegalDoc),
        ("juridiction compétente", Cue::LegalDoc), ("arbitrage", Cue::LegalDoc), ("consentement", Cue::LegalDoc),
        ("politique cookies", Cue::LegalDoc), ("politique de cookies", Cue::LegalDoc), ("vie privée", Cue::LegalDoc),
        // commerce and other ordinary pages
        ("postuler", Cue::Commerce), ("vos missions", Cue::Commerce), ("votre profil", Cue::Commerce), ("ce que nous offrons", Cue::Commerce), ("temps plein", Cue::Commerce), ("temps partiel", Cue::Commerce), ("cdi", Cue::Commerce), ("cdd", Cue::Commerce), ("télétravail", Cue::Commerce), ("brut annuel", Cue::Commerce), ("offre d emploi", Cue::Commerce), ("titres restaurant", Cue::Commerce), ("h f", Cue::Commerce), ("ajouter au panier", Cue::Commerce), ("panier", Cue::Commerce), ("en stock", Cue::Commerce),
        ("acheter maintenant", Cue::Commerce), ("livraison gratuite", Cue::Commerce), ("livraison offerte", Cue::Commerce),
        ("ingrédients", Cue::Commerce), ("préchauff*", Cue::Commerce), ("cuillère* à soupe", Cue::Commerce),
        ("cuillère* à café", Cue::Commerce), ("recette*", Cue::Commerce), ("caractéristiques techniques", Cue::Commerce),
        ("fiche technique", Cue::Commerce), ("prix", Cue::Commerce), ("ttc", Cue::Commerce),
        ("temps de préparation", Cue::Commerce), ("portions", Cue::Commerce), ("four", Cue::Commerce),
        ("garantie", Cue::Commerce), ("poids", Cue::Commerce), ("tutoriel", Cue::Commerce), ("étape par étape", Cue::Commerce),
        ("cliquez", Cue::Commerce), ("appuyez", Cue::Commerce), ("exporter vos données", Cue::Commerce),
        ("télécharger vos données", Cue::Commerce), ("dépannage", Cue::Commerce), ("appareil photo", Cue::Commerce),
        ("objectif", Cue::Commerce), ("fiche produit", Cue::Commerce), ("avis clients", Cue::Commerce),
        // data heads
        ("données", Cue::DataHead), ("informations", Cue::DataHead), ("renseignements", Cue::DataHead),
        ("information", Cue::DataHead),
        ("pour notre compte", Cue::OnBehalf), ("que pour notre compte", Cue::OnBehalf), ("sur nos instructions", Cue::OnBehalf), ("sur instruction", Cue::OnBehalf), ("en notre nom", Cue::OnBehalf), ("pour nous", Cue::OnBehalf),
        ("selon nos instructions", Cue::OnBehalf), ("sous-traitant*", Cue::OnBehalf),
        ("anonymis*", Cue::Deidentified), ("anonyme*", Cue::Deidentified), ("pseudonymis*", Cue::Deidentified),
        ("agrégé*", Cue::Deidentified), ("agrégat*", Cue::Deidentified), ("non personnel*", Cue::Deidentified),
        ("non nominati*", Cue::Deidentified), ("non identifiant*", Cue::Deidentified),
        ("ne permettent pas de vous identifier", Cue::Deidentified), ("ne vous identifient pas", Cue::Deidentified),
        ("haché*", Cue::Deidentified), ("hachée*", Cue::Deidentified), ("hashé*", Cue::Deidentified),
        ("mais", Cue::ClauseBreak), ("cependant", Cue::ClauseBreak), ("toutefois", Cue::ClauseBreak),
        ("néanmoins", Cue::ClauseBreak), ("tandis que", Cue::ClauseBreak), ("alors que", Cue::ClauseBreak),
        ("en revanche", Cue::ClauseBreak), ("par contre", Cue::ClauseBreak), ("au lieu de", Cue::ClauseBreak),
        ("cette politique décrit", Cue::Meta), ("la présente politique décrit", Cue::Meta),
        ("cette politique explique", Cue::Meta), ("explique comment nous", Cue::Meta), ("décrit comment nous", Cue::Meta),
        ("décrit la manière", Cue::Meta), ("avec qui nous partageons", Cue::Meta), ("à qui nous", Cue::Meta),
        ("vous pouvez demander", Cue::Meta), ("vous pouvez nous demander", Cue::Meta), ("droit d accès", Cue::Meta),
        ("droit de demander", Cue::Meta), ("nous ne sommes pas responsables", Cue::Meta),
        ("ne sommes pas responsables", Cue::Meta), ("pratiques de confidentialité", Cue::Meta),
        ("liens vers", Cue::Meta), ("lien vers", Cue::Meta), ("leurs propres politiques", Cue::Meta),
        ("leur propre politique", Cue::Meta), ("si vous avez des questions", Cue::Meta), ("pour toute question", Cue::Meta),
        ("contactez nous", Cue::Meta), ("vous disposez d un droit", Cue::Meta), ("vous disposez du droit", Cue::Meta),
        ("vous avez le droit", Cue::Meta), ("cette politique s applique", Cue::Meta),
        ("avec", Cue::RecipientPrep), ("à", Cue::RecipientPrep), ("via", Cue::RecipientPrep), ("aux", Cue::RecipientPrep), ("au", Cue::RecipientPrep),
        ("entre", Cue::RecipientPrep), ("parmi", Cue::RecipientPrep),
        ("non seulement", Cue::Neutral), ("pas seulement", Cue::Neutral), ("pas limité", Cue::Neutral),
        ("sans s y limiter", Cue::Neutral), ("sans toutefois s y limiter", Cue::Neutral), ("sans limitation", Cue::Neutral),
        ("sans préjudice", Cue::Neutral), ("n importe", Cue::Neutral), ("sans délai", Cue::Neutral),
        ("sans frais", Cue::Neutral), ("après vente", Cue::Neutral), ("point* de vente", Cue::Neutral), ("conditions générales de vente", Cue::Neutral), ("prix de vente", Cue::Neutral), ("lieu* de vente", Cue::Neutral), ("non affilié*", Cue::Neutral), ("ne pas confondre", Cue::Neutral),
        ("tels que", Cue::Examples), ("telles que", Cue::Examples), ("tel que", Cue::Examples), ("telle que", Cue::Examples),
        ("comme", Cue::Examples), ("notamment", Cue::Examples), ("par exemple", Cue::Examples), ("y compris", Cue::Examples),
        ("à savoir", Cue::Examples), ("entre autres", Cue::Examples), ("parmi lesquels", Cue::Examples), ("parmi lesquelles", Cue::Examples), ("en particulier", Cue::Examples),
        ("p ex", Cue::Examples), ("ex", Cue::Examples),
    ],
    kinds: KindWords {
        privacy: &[
            "politique de confidentialité", "politique de protection des données",
            "politique de protection des données personnelles", "politique de vie privée",
            "déclaration de confidentialité", "avis de confidentialité", "charte de confidentialité",
            "charte de protection des données", "confidentialité", "protection des données", "données personnelles",
            "vie privée", "politique de données", "politique relative aux données",
        ],
        terms: &[
            "conditions générales d utilisation", "conditions générales", "conditions d utilisation", "cgu", "cgv",
            "règlement intérieur", "statuts de l association", "statuts du club", "règlement du club",
            "conditions générales de vente", "conditions de service", "mentions légales", "contrat d utilisation",
            "accord d utilisation", "contrat de licence", "conditions",
        ],
        cookie: &[
            "politique de cookies", "politique cookies", "politique relative aux cookies", "gestion des cookies",
            "utilisation des cookies", "politique de gestion des cookies", "cookies", "cookie", "traceurs",
        ],
        update: &[
            "mise à jour", "mises à jour", "mis à jour", "modification", "modifications", "changement", "changements", "avenant",
            "évolution", "évolutions", "nouveautés", "nouvelle", "nouvelles", "nouveau", "important", "importante",
            "annonce", "information importante", "ce qui change", "à venir", "cession du fonds", "cession de notre", "cession de la société", "cession de l’entreprise", "cession de l'entreprise", "reprise de notre", "reprise de la société", "liquidation", "rachat", "fusion",
        ],
        sections: &[
            "donnees collectees", "quelles donnees", "donnees que nous collectons", "finalites", "finalite", "base legale", "bases legales", "destinataires", "partage", "duree de conservation", "conservation", "vos droits", "responsable du traitement", "delegue a la protection", "transferts", "securite", "cookies", "nous contacter",
        ],
    },
    stopwords: &[
        "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "par", "sur", "qui", "nous", "vous",
        "vos", "votre", "notre", "nos", "pas", "ne", "ce", "ces", "cette", "sont", "avec", "aux", "au", "leur",
        "leurs", "etre", "peut", "peuvent", "elle", "ils", "lorsque", "aussi", "egalement", "ainsi", "afin",
        "dont", "ete", "tous", "toutes", "chez", "aupres", "ceux", "sous", "donnees", "qu",
    ],
    months: &[
        ("janvier", 1), ("janv", 1), ("fevrier", 2), ("fevr", 2), ("fev", 2), ("mars", 3), ("avril", 4), ("avr", 4),
        ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("aout", 8), ("septembre", 9), ("sept", 9),
        ("octobre", 10), ("oct", 10), ("novembre", 11), ("nov", 11), ("decembre", 12), ("dec", 12),
    ],
    not_names: &[
        "Seront", "Sont", "Sera", "Celui", "Celle", "Ceux", "Celles", "Ceci", "Cela", "Est", "Ont", "Peuvent", "Pourront", "Restent", "Resteront", "Nous", "Notre", "Nos", "Vous", "Votre", "Vos", "Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Ce",
        "Cette", "Ces", "Règlement", "Loi", "Directive", "Si", "Lorsque", "Quand", "Pour", "Par", "Avec", "Sans", "Dans", "Sur", "Et", "Ou",
        "Tiers", "Partenaires", "Partenaire", "Prestataires", "Prestataire", "Fournisseurs", "Annonceurs",
        "Sous", "Traitants", "Filiales", "Filiale", "Groupe", "Société", "Sociétés", "Societe", "Societes",
        "Entreprise", "Entreprises", "Autorités", "Autorites", "Données", "Donnees", "Informations",
        "Utilisateurs", "Utilisateur", "Clients", "Client", "Membres", "Paramètres", "Parametres",
        "Confidentialite", "Politique", "Conditions", "Generales", "Compte", "Profil", "Publicite", "Cookies",
        "Cookie", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Fevrier",
        "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Septembre", "Octobre", "Novembre", "Decembre",
        "Accueil", "Aide", "Contact", "Contactez", "Mentions", "Legales", "Nouveau", "Nouvelle", "Nouveautes",
        "Mise", "Jour", "Important", "Version", "Date", "Bonjour", "Cher", "Chere", "Madame", "Monsieur",
        "France", "Europe", "Union", "Europeenne", "UE", "EEE", "RGPD", "CNIL", "IA", "IP", "GPS", "SDK", "API",
        "Article", "Section", "Finalites", "Finalite", "Destinataires", "Destinataire", "Droits", "Duree",
        "Conservation", "Securite", "Marketing", "Analyse", "Statistiques", "Recherche", "Vente", "Fusion",
        "Acquisition", "Services", "Service", "Site", "Sites", "Application", "Applications", "Plateforme",
        "Produits", "Produit", "Offres", "Contenu", "Contenus", "Messages", "Photos", "Banque", "Banques",
        "Assureur", "Assureurs", "Transporteur", "Transporteurs", "Hebergeur", "Hebergement", "Paiement",
        "Livraison", "Commande", "Commandes", "Tous", "Toutes", "Aucun", "Aucune", "Certains", "Certaines",
        "Autres", "Autre", "Chaque", "Plus", "Lire", "Voir", "Cliquez", "Ici", "Menu", "Oui", "Non",
        "Consentement", "Responsable", "Traitement", "Loi", "Lois", "Justice", "Tribunal", "Police",
        "Selon", "Depuis", "Apres", "Avant", "Des", "Afin", "Modifications", "Changements", "Desormais", "Seul", "Seuls", "Seules", "Uniquement", "Ainsi", "Egalement", "Puis", "Quoi", "Qui", "Que", "Comment", "Pourquoi", "Ceci", "Cela", "Voici", "Il", "Ils", "Elle", "Elles",
        "Comme", "Lors", "Même", "Meme", "Enfin", "Toutefois", "Cependant", "Chez", "Entre", "Pendant", "Durant", "Aux", "Au",
    ],
    data_suffixes: &[],
    recipient_suffixes: &[],
    recipient_suffix_exceptions: &[],
};

#[cfg(test)]
mod tests {
    use crate::lexicon::{Cue, DataType as D, Entity, Lang, Purpose as P, RecipientKind as R, VerbClass as V};
    use crate::text::tokenize;

    fn ents(s: &str) -> Vec<Entity> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::Fr).entities.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    fn cues(s: &str) -> Vec<Cue> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        super::super::lexicon(Lang::Fr).cues.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn data_with_elisions_and_accents() {
        let e = ents("votre adresse e-mail, votre numéro de téléphone et l'adresse IP de votre appareil");
        assert_eq!(e, vec![Entity::Data(D::Email), Entity::Data(D::Phone), Entity::Data(D::Device)]);
        let e = ents("vos données de localisation précise, votre historique d'achats et vos coordonnées bancaires");
        assert!(e.contains(&Entity::Data(D::Transactions)));
        assert!(e.contains(&Entity::Data(D::Payment)));
        let e = ents("les données d'utilisation et l'historique de navigation");
        assert_eq!(e, vec![Entity::Data(D::Usage), Entity::Data(D::Browsing)]);
        assert_eq!(ents("vos données à caractère personnel"), vec![Entity::Data(D::Other)]);
        // A possessive must not swallow the head of a longer data phrase.
        assert_eq!(ents("vos données de localisation"), vec![Entity::Data(D::CoarseLocation)]);
        assert_eq!(ents("votre pseudonyme"), vec![Entity::Data(D::Account)]);
    }

    #[test]
    fn recipients_and_purposes() {
        let e = ents("avec nos partenaires publicitaires, nos sous-traitants et nos sociétés affiliées à des fins de publicité ciblée");
        assert_eq!(
            e,
            vec![
                Entity::Recipient(R::Advertiser),
                Entity::Recipient(R::ServiceProvider),
                Entity::Recipient(R::Affiliate),
                Entity::Purpose(P::Advertising)
            ]
        );
        let e = ents("aux autorités compétentes pour respecter nos obligations légales et lutter contre la fraude");
        assert_eq!(e[0], Entity::Recipient(R::Government));
        assert!(e.contains(&Entity::Purpose(P::Legal)) && e.contains(&Entity::Purpose(P::Security)));
        let e = ents("à des courtiers en données ou à l'acquéreur en cas de fusion");
        assert_eq!(
            e,
            vec![Entity::Recipient(R::DataBroker), Entity::Recipient(R::Acquirer), Entity::Purpose(P::BusinessTransfer)]
        );
        assert!(ents("pour entraîner nos modèles d'intelligence artificielle").contains(&Entity::Purpose(P::AiTraining)));
    }

    #[test]
    fn negative_cases() {
        // "politique de confidentialité" is no political opinion; "partie", "vendredi" no verbs.
        assert!(ents("notre politique de confidentialité").is_empty());
        assert!(!cues("une partie du vendredi").iter().any(|c| matches!(c, Cue::Verb(_))));
        // "dans la mesure où" is not a purpose.
        assert!(ents("dans la mesure où").is_empty());
        // "les utilisateurs" is not a verb of use.
        assert!(!cues("les utilisateurs").iter().any(|c| matches!(c, Cue::Verb(_))));
        // "service après-vente" is no sale.
        assert!(!cues("le service après-vente").contains(&Cue::Verb(V::Sell)));
    }

    #[test]
    fn cues_of_sharing_sentences() {
        let c = cues("Nous ne vendons jamais vos données et ne les partageons pas avec des tiers.");
        assert!(c.contains(&Cue::Verb(V::Sell)) && c.contains(&Cue::Verb(V::Share)));
        assert!(c.contains(&Cue::Negation) && c.contains(&Cue::FirstPerson) && c.contains(&Cue::RecipientPrep));
        let c = cues("Nous ne partageons vos données qu'avec nos prestataires.");
        assert!(c.contains(&Cue::Exception));
        let c = cues("À compter du 1er octobre 2025, nous partagerons votre adresse e-mail avec Meta.");
        assert_eq!(c[0], Cue::Change);
        assert!(c.contains(&Cue::Verb(V::Share)));
        assert!(cues("Dernière mise à jour : 3 mars 2025").contains(&Cue::DocDate));
        assert!(cues("Nous mettons à jour notre politique de confidentialité").contains(&Cue::UpdateNotice));
        assert!(cues("Vous pouvez vous opposer à ce partage dans les paramètres.").contains(&Cue::OptOut));
        assert!(cues("des informations obtenues auprès de nos partenaires").contains(&Cue::Source));
        assert!(cues("Comme aujourd'hui, nous continuons à utiliser").contains(&Cue::Continuing));
        assert!(cues("Google dépose des cookies").contains(&Cue::Verb(V::Collect)));
    }

    #[test]
    fn months_and_stopwords() {
        let l = super::super::lexicon(Lang::Fr);
        assert_eq!(l.month("aout"), Some(8));
        assert_eq!(l.month("decembre"), Some(12));
        assert!(l.is_stopword("nous") && !l.is_stopword("the") && !l.is_stopword("que"));
        assert!(l.is_not_name("tiers") && l.is_not_name("partenaires"));
    }
}
