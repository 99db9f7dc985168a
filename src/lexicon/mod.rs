//! The one lexicon: the taxonomy (data types, recipient kinds, purposes), their display labels,
//! and every word the engine looks for, per language.
//!
//! Nothing outside this module hard-codes a data, recipient or purpose word. Each language has
//! a [`LangTables`] in its own file (`en.rs`, `de.rs`, `fr.rs`, `es.rs`); they are compiled once
//! into a [`Lexicon`] with two phrase matchers: one for *entities* (data types, recipients,
//! purposes) and one for *cues* (verbs, negation, modality, change framing, page-kind phrases).
//!
//! Phrase syntax: words separated by spaces; a trailing `*` on a word matches any word with that
//! prefix (at least three letters before the `*`). Words are matched against the lower-cased,
//! hyphen-split tokens produced by [`crate::text::tokenize`].

// The language tables are laid out by hand, several short entries to a line.
#[rustfmt::skip]
mod de;
#[rustfmt::skip]
mod en;
#[rustfmt::skip]
mod es;
#[rustfmt::skip]
mod fr;

use crate::fasthash::{FxHashMap, FxHashSet};
use crate::text::Token;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

macro_rules! id_enum {
    ($(#[$m:meta])* $name:ident { $($var:ident => $id:literal, $label:literal;)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $id)] #[doc = $label] $var,)*
        }
        impl $name {
            /// Every value, in vocabulary order.
            pub const ALL: &'static [$name] = &[$($name::$var,)*];
            /// The public id (part of the JSON contract).
            pub fn id(self) -> &'static str { match self { $($name::$var => $id,)* } }
            /// A short English label for people.
            pub fn label(self) -> &'static str { match self { $($name::$var => $label,)* } }
            /// Parses a public id.
            pub fn from_id(s: &str) -> Option<Self> { match s { $($id => Some($name::$var),)* _ => None } }
        }
    };
}

id_enum!(
    /// A category of personal data.
    DataType {
        Phone => "contact.phone", "phone number";
        Email => "contact.email", "email address";
        Postal => "contact.postal", "postal address";
        Name => "identity.name", "name";
        Account => "identity.account", "account and profile details";
        Government => "identity.government", "government ID";
        Device => "identifiers.device", "device identifiers (cookies, IP, ad IDs)";
        PreciseLocation => "location.precise", "precise location";
        CoarseLocation => "location.coarse", "approximate location";
        Payment => "financial.payment", "payment details";
        Transactions => "financial.transactions", "purchase history";
        Usage => "activity.usage", "usage data";
        Browsing => "activity.browsing", "browsing and search activity";
        Messages => "content.messages", "message contents";
        Posts => "content.posts", "posts, photos and files";
        AddressBook => "contacts.address_book", "address book contacts";
        Health => "health", "health data";
        Biometric => "biometric", "biometric data";
        Genetic => "genetic", "genetic data";
        Demographic => "demographic", "demographic data";
        Other => "personal.other", "personal information";
    }
);

id_enum!(
    /// A kind of recipient of personal data.
    RecipientKind {
        Affiliate => "affiliate", "affiliated company";
        Advertiser => "advertiser", "advertisers";
        Analytics => "analytics", "analytics providers";
        ServiceProvider => "service_provider", "service providers";
        BusinessPartner => "business_partner", "business partners";
        Merchant => "merchant", "merchants";
        DataBroker => "data_broker", "data brokers";
        Government => "government", "law enforcement and authorities";
        Acquirer => "acquirer", "buyer in a merger or sale";
        Public => "public", "the public";
        OtherUsers => "other_users", "other users";
        ThirdParty => "third_party", "third parties";
    }
);

id_enum!(
    /// Why data is shared.
    Purpose {
        Advertising => "advertising", "advertising";
        Marketing => "marketing", "marketing";
        Personalization => "personalization", "personalization";
        Analytics => "analytics", "analytics";
        Security => "security", "security and fraud prevention";
        AiTraining => "ai_training", "AI training";
        Legal => "legal", "legal obligations";
        Service => "service", "providing the service";
        Research => "research", "research";
        Sale => "sale", "sale of data";
        BusinessTransfer => "business_transfer", "business transfer";
    }
);

/// A language the engine analyses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
}

impl Lang {
    /// All supported languages.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Fr, Lang::Es];
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }
    /// Parses an ISO 639-1 code (or a tag such as `de-AT`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().get(..2)?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == c)
    }
}

/// What a sharing verb means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// We give data to someone ("share", "disclose", "transfer", "provide … to").
    Share,
    /// We sell / rent / trade data.
    Sell,
    /// A third party collects on our site or receives data ("collect", "place cookies",
    /// "receive", "access"): the recipient must be the subject.
    Collect,
    /// We use / engage a provider ("we use Google Analytics"): weaker evidence.
    Engage,
}

/// A cue found in text (verbs, negation, framing, page-kind phrases).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// A verb of sharing.
    Verb(VerbClass),
    /// "not", "never", "no" … (negates a following verb in the same clause).
    Negation,
    /// "except", "unless", "other than", "without your consent".
    Exception,
    /// "may", "might", "can", "could".
    Modal,
    /// A change framing ("starting", "beginning on", "will now", "we are updating").
    Change,
    /// Future tense ("will", "we'll"): a change only on a policy-update page.
    Future,
    /// Marks a practice as continuing ("continue to", "still", "already").
    Continuing,
    /// "These updates don't change how we share your personal information": the notice says data
    /// practices stay as they were.
    PracticesUnchanged,
    /// "This practice is not changing", "stay exactly as they are": what was just described
    /// (or the practices named as the subject) stays as it is.
    Stays,
    /// A practice that ended ("has stopped sharing", "no longer", "previously we shared").
    Stop,
    /// "opt out", "turn off", "unsubscribe", "withdraw consent".
    OptOut,
    /// A preposition marking a source, not a recipient ("from").
    Source,
    /// A word referring back to data in the previous sentence ("this information", "it").
    Coref,
    /// A first-person pronoun of the organisation ("we", "our", "us").
    FirstPerson,
    /// Second person ("you") — used to spot the user as the subject.
    SecondPerson,
    /// A reporting phrase typical of news articles ("said", "according to").
    News,
    /// A phrase announcing a policy update ("we are updating our privacy policy").
    UpdateNotice,
    /// "last updated", "effective date" and similar document-date phrases.
    DocDate,
    /// A phrase typical of a legal document ("this privacy policy", "personal data").
    LegalDoc,
    /// A phrase of shops, recipes and other ordinary pages.
    Commerce,
    /// A generic word for data ("information", "data", "details").
    DataHead,
    /// "aggregated", "de-identified", "anonymous".
    Deidentified,
    /// A clause boundary word ("but", "however", "whereas").
    ClauseBreak,
    /// "such as", "including", "like" — introduces examples.
    Examples,
    /// Subject pronoun of a third party ("they", "these partners").
    ThirdPerson,
    /// A preposition introducing a recipient ("with", "to").
    RecipientPrep,
    /// A sentence about the policy itself, the user's rights or other sites' practices, not a
    /// practice ("this policy describes", "you may request a list", "links to other websites").
    Meta,
    /// "on our behalf", "in unserem Auftrag": a named company acting for the publisher
    /// (a service provider, unless the text says otherwise).
    OnBehalf,
    /// A phrase with no role, listed so that a longer phrase shadows a shorter cue
    /// ("not only" is not a negation).
    Neutral,
}

/// An entity: what a phrase denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// A category of personal data.
    Data(DataType),
    /// A kind of recipient.
    Recipient(RecipientKind),
    /// A purpose.
    Purpose(Purpose),
}

/// Phrases that classify a page, matched against title, headings and URL.
pub struct KindWords {
    /// Privacy policy names ("privacy policy", "datenschutzerklärung").
    pub privacy: &'static [&'static str],
    /// Terms names.
    pub terms: &'static [&'static str],
    /// Cookie policy names.
    pub cookie: &'static [&'static str],
    /// Update words in a title or heading ("update", "changes", "what's new").
    pub update: &'static [&'static str],
    /// Section headings typical of a privacy policy ("What we collect", "Who we share it with",
    /// "Ihre Rechte"), normalised; several of them make a policy even when no heading names it.
    pub sections: &'static [&'static str],
}

/// The word tables of one language. Each list is a set of phrases (see module docs).
pub struct LangTables {
    /// Data type phrases.
    pub data: &'static [(&'static str, DataType)],
    /// Recipient phrases.
    pub recipients: &'static [(&'static str, RecipientKind)],
    /// Purpose phrases.
    pub purposes: &'static [(&'static str, Purpose)],
    /// Cue phrases.
    pub cues: &'static [(&'static str, Cue)],
    /// Page-kind words for title/headings/URL.
    pub kinds: KindWords,
    /// Frequent function words, for language identification.
    pub stopwords: &'static [&'static str],
    /// Month names (index 0 = January); several spellings may share an index via repeats.
    pub months: &'static [(&'static str, u8)],
    /// Capitalised words that are never an organisation name (sentence starters, UI words).
    pub not_names: &'static [&'static str],
    /// Word endings that make a compound a data word when no phrase matched it (German
    /// "Verbrauchsdaten", "Vertragsdaten"): never an organisation name either.
    pub data_suffixes: &'static [(&'static str, DataType)],
    /// Word endings that make a compound a recipient noun when no phrase matched it (German
    /// "Finanzierungspartner", "Versanddienstleister"), with words that end so but are none
    /// ("Ansprechpartner": a contact person).
    pub recipient_suffixes: &'static [(&'static str, RecipientKind)],
    /// See [`LangTables::recipient_suffixes`].
    pub recipient_suffix_exceptions: &'static [&'static str],
}

/// Named organisations that appear as recipients, with their usual kind. Language-independent.
/// The kind is only a default: an apposition in the text ("Facebook, our parent company") wins.
pub const KNOWN_ORGS: &[(&str, RecipientKind)] = &[
    ("Google Analytics", RecipientKind::Analytics),
    ("NHS", RecipientKind::Government),
    ("Adobe Analytics", RecipientKind::Analytics),
    ("Mixpanel", RecipientKind::Analytics),
    ("Amplitude", RecipientKind::Analytics),
    ("Hotjar", RecipientKind::Analytics),
    ("Nielsen", RecipientKind::Analytics),
    ("comScore", RecipientKind::Analytics),
    ("AppsFlyer", RecipientKind::Analytics),
    ("Adjust", RecipientKind::Analytics),
    ("Firebase", RecipientKind::Analytics),
    ("Segment", RecipientKind::Analytics),
    ("DoubleClick", RecipientKind::Advertiser),
    ("Google Ads", RecipientKind::Advertiser),
    ("AdSense", RecipientKind::Advertiser),
    ("Criteo", RecipientKind::Advertiser),
    ("The Trade Desk", RecipientKind::Advertiser),
    ("Taboola", RecipientKind::Advertiser),
    ("Outbrain", RecipientKind::Advertiser),
    ("AppNexus", RecipientKind::Advertiser),
    ("Experian", RecipientKind::DataBroker),
    ("Equifax", RecipientKind::DataBroker),
    ("TransUnion", RecipientKind::DataBroker),
    ("LexisNexis", RecipientKind::DataBroker),
    ("Verisk", RecipientKind::DataBroker),
    ("Acxiom", RecipientKind::DataBroker),
    ("Epsilon", RecipientKind::DataBroker),
    ("Oracle", RecipientKind::DataBroker),
    ("LiveRamp", RecipientKind::DataBroker),
    ("Arity", RecipientKind::DataBroker),
    ("Schufa", RecipientKind::DataBroker),
    ("OpenAI", RecipientKind::ServiceProvider),
    ("Anthropic", RecipientKind::ServiceProvider),
    ("Mistral", RecipientKind::ServiceProvider),
    ("Cohere", RecipientKind::ServiceProvider),
    ("Stripe", RecipientKind::ServiceProvider),
    ("Plaid", RecipientKind::ServiceProvider),
    ("PayPal", RecipientKind::ServiceProvider),
    ("Braintree", RecipientKind::ServiceProvider),
    ("Adyen", RecipientKind::ServiceProvider),
    ("Salesforce", RecipientKind::ServiceProvider),
    ("Zendesk", RecipientKind::ServiceProvider),
    ("Mailchimp", RecipientKind::ServiceProvider),
    ("Twilio", RecipientKind::ServiceProvider),
    ("Cloudflare", RecipientKind::ServiceProvider),
    ("Amazon Web Services", RecipientKind::ServiceProvider),
    ("AWS", RecipientKind::ServiceProvider),
    ("Microsoft Azure", RecipientKind::ServiceProvider),
    ("La Poste", RecipientKind::ServiceProvider),
    ("Colissimo", RecipientKind::ServiceProvider),
    ("Chronopost", RecipientKind::ServiceProvider),
    ("Royal Mail", RecipientKind::ServiceProvider),
    ("DHL", RecipientKind::ServiceProvider),
    ("DPD", RecipientKind::ServiceProvider),
    ("GLS", RecipientKind::ServiceProvider),
    ("Square", RecipientKind::ServiceProvider),
    ("SumUp", RecipientKind::ServiceProvider),
    ("Shopify", RecipientKind::ServiceProvider),
    ("Klarna", RecipientKind::ServiceProvider),
    ("GoCardless", RecipientKind::ServiceProvider),
    ("Worldpay", RecipientKind::ServiceProvider),
    ("Mollie", RecipientKind::ServiceProvider),
    ("Squarespace", RecipientKind::ServiceProvider),
    ("Correos", RecipientKind::ServiceProvider),
    ("UPS", RecipientKind::ServiceProvider),
    ("FedEx", RecipientKind::ServiceProvider),
    ("Evri", RecipientKind::ServiceProvider),
    ("Parcelforce", RecipientKind::ServiceProvider),
    ("Facebook", RecipientKind::ThirdParty),
    ("Meta", RecipientKind::ThirdParty),
    ("Instagram", RecipientKind::ThirdParty),
    ("WhatsApp", RecipientKind::ThirdParty),
    ("Google", RecipientKind::ThirdParty),
    ("Microsoft", RecipientKind::ThirdParty),
    ("Amazon", RecipientKind::ThirdParty),
    ("Apple", RecipientKind::ThirdParty),
    ("Twitter", RecipientKind::ThirdParty),
    ("TikTok", RecipientKind::ThirdParty),
    ("ByteDance", RecipientKind::ThirdParty),
    ("Snap", RecipientKind::ThirdParty),
    ("LinkedIn", RecipientKind::ThirdParty),
    ("Pinterest", RecipientKind::ThirdParty),
    ("Yahoo", RecipientKind::ThirdParty),
    ("Baidu", RecipientKind::ThirdParty),
    ("Tencent", RecipientKind::ThirdParty),
];

/// Distinctive function words of languages the engine does NOT analyse, so that such pages get
/// a clear "not supported" instead of guesses from a neighbouring language.
pub const OTHER_STOPWORDS: &[(&str, &[&str])] = &[
    (
        "it",
        &[
            "il", "di", "che", "della", "delle", "degli", "gli", "sono", "questo", "questa", "nostri", "nostro",
            "nostra", "vostri", "tuoi", "dati", "per", "non", "alla", "nel", "nella", "anche", "come", "essere",
            "viene", "vengono",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "van", "zijn", "wij", "niet", "voor", "worden", "uw", "onze", "met", "deze", "gegevens",
            "wordt", "ook", "bij", "naar", "dat", "als", "kunnen",
        ],
    ),
    (
        "pt",
        &[
            "voce", "seus", "suas", "nao", "sao", "dados", "nossos", "nossa", "nosso", "pelo", "pela", "uma", "com",
            "isso", "tambem", "quando", "ou", "mais", "seu", "sua",
        ],
    ),
    ("pl", &["nie", "jest", "sie", "oraz", "przez", "dla", "twoje", "danych", "lub", "ktore", "jak", "tak", "takze"]),
    (
        "sv",
        &[
            "och", "att", "det", "som", "vi", "inte", "med", "dina", "din", "av", "till", "har", "kan", "eller",
            "uppgifter",
        ],
    ),
];

/// Known organisation names that are also ordinary words: only taken as names mid-sentence.
pub const COMMON_WORD_ORGS: &[&str] = &[
    "adjust", "segment", "amplitude", "meta", "snap", "apple", "amazon", "oracle", "epsilon", "arity", "mistral",
    "stripe", "braintree", "cohere", "nielsen", "square",
];

/// Legal-form suffixes removed when comparing organisation names ("WhatsApp Inc." = "WhatsApp LLC").
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "sarl", "srl",
    "spa", "bv", "nv", "plc", "lp", "llp", "pty", "pte", "kg", "se", "ab", "oy", "as", "ulc", "group", "ggmbh", "mbh",
];

// ---------------------------------------------------------------------------------------------
// Phrase matcher
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum WordPat {
    Exact(Box<str>),
    Prefix(Box<str>),
}

impl WordPat {
    fn matches(&self, w: &str) -> bool {
        match self {
            WordPat::Exact(e) => &**e == w,
            WordPat::Prefix(p) => w.starts_with(&**p),
        }
    }
}

struct Pattern<T> {
    words: Box<[WordPat]>,
    /// Per word, a hash a matching token must have (see [`word_check`]): compared before the
    /// words, so most candidates that fail are ruled out without comparing strings.
    checks: Box<[(u8, u64)]>,
    value: T,
}

impl<T> Pattern<T> {
    /// The order in which patterns matching at one token are preferred: more words first, then
    /// the more specific first word ("photographer*" over "photo*", an exact word over a prefix),
    /// then the one listed first.
    fn rank(&self, idx: u32) -> (std::cmp::Reverse<usize>, std::cmp::Reverse<usize>, u32) {
        let first = match self.words.first() {
            Some(WordPat::Prefix(p)) => p.len(),
            _ => usize::MAX,
        };
        (std::cmp::Reverse(self.words.len()), std::cmp::Reverse(first), idx)
    }
}

/// What a token matching `wp` must hash to: `(0, h)`, its word's hash is `h` (an exact word);
/// `(1, h)`, the hash of its first three characters is `h` (a prefix of three characters or
/// more, which the token's first three characters are); `(2, 0)`, no test (a shorter prefix).
fn word_check(wp: &WordPat) -> (u8, u64) {
    match wp {
        WordPat::Exact(e) => (0, word_hash(e)),
        WordPat::Prefix(p) if p.chars().count() >= 3 => (1, word_hash(key_of(p))),
        WordPat::Prefix(_) => (2, 0),
    }
}

/// A match of a phrase over a token range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match<T> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What the phrase denotes.
    pub value: T,
}

/// Matches many phrases over a token sequence. Patterns whose first word is exact are indexed by
/// that word, prefix patterns (`person*`) by their first three characters, so each token costs
/// at most two hash lookups and only patterns that can match are tried.
pub struct Matcher<T> {
    patterns: Vec<Pattern<T>>,
    /// Patterns of one exact word, or whose second word is a prefix: by the hash of the first
    /// word. All three maps are keyed by hashes; a candidate's words are always compared in
    /// full, so a collision costs a comparison, never a wrong match.
    exact: FxHashMap<u64, Vec<u32>>,
    /// Patterns whose first two words are exact: by the hash of both.
    exact2: FxHashMap<u64, Vec<u32>>,
    /// Patterns whose first word is a prefix: by the hash of its first three characters.
    prefix: FxHashMap<u64, Vec<u32>>,
    /// One bit per key of each map above (by the key's top bits): a clear bit means the map has
    /// no such key, so most words cost three bit tests instead of three table probes.
    bits: Box<[u64]>,
}

/// Bits per map in [`Matcher::bits`].
const KEY_BITS: u32 = 15;

/// The bit of key `h` of map `map` (0 exact, 1 exact2, 2 prefix) in [`Matcher::bits`].
#[inline]
fn key_bit(map: usize, h: u64) -> (usize, u64) {
    let b = (map << KEY_BITS) | (h >> (64 - KEY_BITS)) as usize;
    (b >> 6, 1u64 << (b & 63))
}

/// A word's hash for the matcher's tables.
#[inline]
fn word_hash(w: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::fasthash::FxHasher::default();
    h.write(w.as_bytes());
    h.finish()
}

/// The two words' hash (from their hashes).
#[inline]
fn pair_hash(a: u64, b: u64) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::fasthash::FxHasher::default();
    h.write_u64(a);
    h.write_u64(b);
    h.finish()
}

/// Per token: the hash of the word and of its first three characters, as the matchers' tables
/// use them; compute once per sentence and pass to [`Matcher::find_all_hashed`]. A punctuation
/// mark is hashed as a word, so that a phrase spelled with it ("präzisiert, wie wir") matches;
/// no phrase starts with one.
pub fn token_hashes(toks: &[Token], text: &str) -> Vec<(u64, u64)> {
    toks.iter()
        .map(|t| {
            let w = t.norm(text);
            let h = word_hash(w);
            if !t.is_word() {
                return (h, h);
            }
            let k = key_of(w);
            (h, if k.len() == w.len() { h } else { word_hash(k) })
        })
        .collect()
}

fn key_of(w: &str) -> &str {
    // Three ASCII bytes are three characters.
    if w.len() > 3 && w.as_bytes()[..3].is_ascii() {
        return &w[..3];
    }
    match w.char_indices().nth(3) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

impl<T: Copy> Matcher<T> {
    fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, T)>) -> Self {
        let mut m = Matcher {
            patterns: Vec::new(),
            exact: FxHashMap::default(),
            exact2: FxHashMap::default(),
            prefix: FxHashMap::default(),
            bits: Box::new([]),
        };
        for (phrase, value) in phrases {
            let words: Vec<WordPat> = crate::text::normalize_phrase(phrase)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| match w.strip_suffix('*') {
                    Some(p) => WordPat::Prefix(p.into()),
                    None => WordPat::Exact(w.into()),
                })
                .collect();
            let Some(first) = words.first() else { continue };
            let idx = m.patterns.len() as u32;
            match (first, words.get(1)) {
                (WordPat::Exact(e), Some(WordPat::Exact(e2))) => {
                    m.exact2.entry(pair_hash(word_hash(e), word_hash(e2))).or_default().push(idx)
                }
                (WordPat::Exact(e), _) => m.exact.entry(word_hash(e)).or_default().push(idx),
                (WordPat::Prefix(p), _) => {
                    debug_assert!(p.chars().count() >= 3, "prefix too short: {phrase}");
                    m.prefix.entry(word_hash(key_of(p))).or_default().push(idx)
                }
            }
            let checks = words.iter().map(word_check).collect();
            m.patterns.push(Pattern { words: words.into_boxed_slice(), checks, value });
        }
        // Longest patterns first (then in lexicon order), so the first full match in a list is
        // that list's longest.
        let pats = &m.patterns;
        for list in m.exact.values_mut().chain(m.exact2.values_mut()).chain(m.prefix.values_mut()) {
            list.sort_by_key(|&i| pats[i as usize].rank(i));
        }
        let mut bits = vec![0u64; (3usize << KEY_BITS) / 64];
        for (map, keys) in [(0, &m.exact), (1, &m.exact2), (2, &m.prefix)] {
            for &h in keys.keys() {
                let (w, bit) = key_bit(map, h);
                bits[w] |= bit;
            }
        }
        m.bits = bits.into_boxed_slice();
        m
    }

    /// The patterns under key `h` of map `map` (see [`key_bit`]).
    #[inline]
    fn candidates(&self, map: usize, h: u64) -> Option<&Vec<u32>> {
        let (w, bit) = key_bit(map, h);
        if self.bits[w] & bit == 0 {
            return None;
        }
        match map {
            0 => self.exact.get(&h),
            1 => self.exact2.get(&h),
            _ => self.prefix.get(&h),
        }
    }

    /// The first of `cands` that matches at token `i`; `hashes[k]` are the [`token_hashes`] of
    /// token `i + k` (as far as given).
    fn first_match(&self, cands: &[u32], toks: &[Token], text: &str, hashes: &[(u64, u64)], i: usize) -> Option<u32> {
        cands.iter().copied().find(|&pi| {
            let p = &self.patterns[pi as usize];
            i + p.words.len() <= toks.len()
                && p.checks.iter().zip(hashes).all(|(&(kind, h), &(h1, hk))| match kind {
                    0 => h1 == h,
                    1 => hk == h,
                    _ => true,
                })
                && p.words.iter().enumerate().all(|(k, wp)| {
                    let t = &toks[i + k];
                    (t.is_word() || matches!(wp, WordPat::Exact(_))) && wp.matches(t.norm(text))
                })
        })
    }

    /// The longest match starting at token `i`, if any (on equal length, the phrase listed
    /// first in the lexicon).
    pub fn longest_at(&self, toks: &[Token], text: &str, i: usize) -> Option<Match<T>> {
        let hashes = token_hashes(&toks[i..(i + 2).min(toks.len())], text);
        self.longest_at_hashed(toks, text, &hashes, 0, i)
    }

    /// `longest_at` with the tokens' hashes from `offset` on precomputed.
    #[inline]
    fn longest_at_hashed(
        &self,
        toks: &[Token],
        text: &str,
        hashes: &[(u64, u64)],
        hi: usize,
        offset: usize,
    ) -> Option<Match<T>> {
        let i = hi + offset;
        let (h1, hk) = hashes[hi];
        // The best of the three maps' first matches: the longest, then the first listed (no
        // pattern is in two maps, so there are no ties).
        let mut best: Option<u32> = None;
        let mut consider = |found: Option<u32>| {
            if let Some(pi) = found {
                let rank = |pi: u32| self.patterns[pi as usize].rank(pi);
                if best.is_none_or(|b| rank(pi) < rank(b)) {
                    best = Some(pi);
                }
            }
        };
        if let (Some(_), Some(&(h2, _))) = (toks.get(i + 1), hashes.get(hi + 1)) {
            if !self.exact2.is_empty() {
                if let Some(c) = self.candidates(1, pair_hash(h1, h2)) {
                    consider(self.first_match(c, toks, text, &hashes[hi..], i));
                }
            }
        }
        if let Some(c) = self.candidates(0, h1) {
            consider(self.first_match(c, toks, text, &hashes[hi..], i));
        }
        if !self.prefix.is_empty() {
            if let Some(c) = self.candidates(2, hk) {
                consider(self.first_match(c, toks, text, &hashes[hi..], i));
            }
        }
        let p = &self.patterns[best? as usize];
        Some(Match { start: i, end: i + p.words.len(), value: p.value })
    }

    /// The value of a pattern that matches exactly `words` (lower-case, normalised), if any: for
    /// phrases the text spells only in part, as "delivery companies" in "delivery and assembly
    /// companies".
    pub fn exact_phrase(&self, words: &[&str]) -> Option<T> {
        let first = *words.first()?;
        let h1 = word_hash(first);
        let mut maps: Vec<(usize, u64)> = vec![(0, h1), (2, word_hash(key_of(first)))];
        if let Some(w2) = words.get(1) {
            maps.push((1, pair_hash(h1, word_hash(w2))));
        }
        maps.into_iter().filter_map(|(map, h)| self.candidates(map, h)).flatten().find_map(|&pi| {
            let p = &self.patterns[pi as usize];
            (p.words.len() == words.len() && p.words.iter().zip(words).all(|(wp, w)| wp.matches(w))).then_some(p.value)
        })
    }

    /// Greedy left-to-right, longest-first, non-overlapping matches.
    pub fn find_all(&self, toks: &[Token], text: &str, out: &mut Vec<Match<T>>) {
        self.find_all_hashed(toks, text, &token_hashes(toks, text), out);
    }

    /// [`Matcher::find_all`] with the tokens' [`token_hashes`] computed by the caller.
    pub fn find_all_hashed(&self, toks: &[Token], text: &str, hashes: &[(u64, u64)], out: &mut Vec<Match<T>>) {
        debug_assert_eq!(hashes.len(), toks.len());
        let mut i = 0;
        while i < toks.len() {
            if toks[i].is_word() {
                if let Some(m) = self.longest_at_hashed(toks, text, hashes, i, 0) {
                    out.push(m);
                    i = m.end;
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// The phrases of [`KindWords`] as [`crate::text::normalize_phrase`] normalises them, with one
/// space on each side (" who we share it with "): ready to look for in words joined by single
/// spaces with a space at each end. Built once per lexicon instead of once per heading.
pub struct KindKeys {
    /// [`KindWords::privacy`].
    pub privacy: Vec<String>,
    /// [`KindWords::terms`].
    pub terms: Vec<String>,
    /// [`KindWords::cookie`].
    pub cookie: Vec<String>,
    /// [`KindWords::update`].
    pub update: Vec<String>,
    /// [`KindWords::sections`].
    pub sections: Vec<String>,
    /// The indices in [`KindKeys::sections`] by the phrase's first word.
    sections_by_first: FxHashMap<String, Vec<usize>>,
}

impl KindKeys {
    fn new(k: &KindWords) -> Self {
        let keys = |list: &[&str]| list.iter().map(|p| format!(" {} ", crate::text::normalize_phrase(p))).collect();
        let sections: Vec<String> = keys(k.sections);
        let mut sections_by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, p) in sections.iter().enumerate() {
            sections_by_first.entry(p[1..].split(' ').next().unwrap_or("").to_string()).or_default().push(i);
        }
        KindKeys {
            privacy: keys(k.privacy),
            terms: keys(k.terms),
            cookie: keys(k.cookie),
            update: keys(k.update),
            sections,
            sections_by_first,
        }
    }

    /// Whether `t` — words joined by single spaces, with a space at each end — contains one of
    /// the [`KindKeys::sections`] phrases. (A phrase, " w1 … ", can only start at the space
    /// before a word of `t` that is its first word: those are the only places tried.)
    pub fn has_section_phrase(&self, t: &str) -> bool {
        let mut at = 0; // the space before the word
        while let Some(len) = t.get(at + 1..).and_then(|r| r.find(' ')) {
            let w = &t[at + 1..at + 1 + len];
            if self
                .sections_by_first
                .get(w)
                .is_some_and(|list| list.iter().any(|&k| t[at..].starts_with(self.sections[k].as_str())))
            {
                return true;
            }
            at += 1 + len;
        }
        false
    }
}

/// A language's compiled lexicon.
pub struct Lexicon {
    /// The language.
    pub lang: Lang,
    /// The raw tables.
    pub tables: &'static LangTables,
    /// Data types, recipients and purposes.
    pub entities: Matcher<Entity>,
    /// Verbs, negation, framing and page-kind cues.
    pub cues: Matcher<Cue>,
    /// The page-kind phrases of [`LangTables::kinds`], normalised once (see [`KindKeys`]).
    pub kind_keys: KindKeys,
    stop: FxHashSet<&'static str>,
    not_names: FxHashSet<String>,
}

impl Lexicon {
    /// Whether `w` (lower-case) is a function word of this language.
    pub fn is_stopword(&self, w: &str) -> bool {
        self.stop.contains(w)
    }
    /// Whether `w` (lower-case) looks like a first-person-plural verb form, which in a pro-drop
    /// language can open a sentence ("Seguimos utilizando …", "Compartimos …").
    pub fn is_first_person_verb(&self, w: &str) -> bool {
        let endings: &[&str] = match self.lang {
            Lang::Es => &["amos", "emos", "imos"],
            Lang::Fr => &["ons"],
            _ => &[],
        };
        w.chars().count() > 5 && endings.iter().any(|e| w.ends_with(e))
    }
    /// Whether a capitalised word can never start an organisation name.
    pub fn is_not_name(&self, lower: &str) -> bool {
        self.not_names.contains(lower)
            || PLACE_WORDS.contains(&lower)
            || self.stop.contains(lower)
            || self.data_suffix(lower).is_some()
            || self.recipient_suffix(lower).is_some()
            || common_noun_ending(lower)
    }
    /// The data type of a compound word by its ending ("verbrauchsdaten" → other personal data).
    pub fn data_suffix(&self, lower: &str) -> Option<DataType> {
        self.tables.data_suffixes.iter().find(|(suf, _)| lower.ends_with(suf)).map(|&(_, d)| d)
    }
    /// The recipient kind of a compound word by its ending ("finanzierungspartner" → business
    /// partner).
    pub fn recipient_suffix(&self, lower: &str) -> Option<RecipientKind> {
        if self.tables.recipient_suffix_exceptions.contains(&lower) {
            return None;
        }
        self.tables
            .recipient_suffixes
            .iter()
            .find(|(suf, _)| lower.len() > suf.len() && lower.ends_with(suf))
            .map(|&(_, k)| k)
    }
    /// Month number (1–12) for a lower-case month name.
    pub fn month(&self, w: &str) -> Option<u8> {
        self.tables.months.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
    }
}

fn tables(lang: Lang) -> &'static LangTables {
    match lang {
        Lang::En => &en::TABLES,
        Lang::De => &de::TABLES,
        Lang::Fr => &fr::TABLES,
        Lang::Es => &es::TABLES,
    }
}

fn build(lang: Lang) -> Lexicon {
    let t = tables(lang);
    let entities = Matcher::new(
        t.data
            .iter()
            .map(|&(p, d)| (p, Entity::Data(d)))
            .chain(t.recipients.iter().map(|&(p, r)| (p, Entity::Recipient(r))))
            .chain(t.purposes.iter().map(|&(p, u)| (p, Entity::Purpose(u)))),
    );
    let cues = Matcher::new(t.cues.iter().copied());
    Lexicon {
        lang,
        tables: t,
        entities,
        cues,
        kind_keys: KindKeys::new(&t.kinds),
        stop: t.stopwords.iter().copied().collect(),
        not_names: t.not_names.iter().map(|s| s.to_lowercase()).collect(),
    }
}

/// The compiled lexicon of a language (built once, then shared).
pub fn lexicon(lang: Lang) -> &'static Lexicon {
    static CELLS: [OnceLock<Lexicon>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CELLS[i].get_or_init(|| build(lang))
}

/// "other Tempo users", "andere Strava-Nutzer": a service's name between "other" and a word for
/// its users still means other users. (first word, user nouns) per language.
pub const OTHER_BRAND_USERS: &[(&str, &[&str])] = &[
    ("other", &["users", "members", "customers", "players", "riders", "subscribers", "listeners", "readers"]),
    ("andere", &["nutzer", "nutzerinnen", "mitglieder", "kunden"]),
    ("anderen", &["nutzer", "nutzerinnen", "mitgliedern", "kunden"]),
    ("autres", &["utilisateurs", "membres", "clients"]),
    ("otros", &["usuarios", "miembros", "clientes"]),
];

/// Nouns for exchanges with someone ("your chats with support", "Gespräche mit"): who is after
/// "with" took part in them and receives nothing. Lower case, accents folded.
pub const CONVERSATION_NOUNS: &[&str] = &[
    "chats", "chat", "conversations", "conversation", "emails", "calls", "call", "messages", "correspondence",
    "interactions", "communications", "exchanges", "gesprache", "gespraech", "chatverlauf", "korrespondenz",
    "echanges", "conversaciones", "llamadas", "mensajes",
];

/// Verbs of taking data out ("Before it is sent, we remove your name and email address"): data
/// that is their object is kept back, not shared. Lower case, accents folded.
pub const REMOVAL_WORDS: &[&str] = &[
    "remove", "removes", "removed", "removing", "strip", "strips", "stripped", "stripping", "delete", "deletes",
    "deleted", "deleting", "redact", "redacts", "redacted", "redacting", "erase", "erases", "erased", "omit", "omits",
    "omitted", "entfernen", "entfernt", "loschen", "geloscht", "schwarzen", "geschwarzt", "supprimons", "supprime",
    "supprimes", "supprimee", "supprimees", "retirons", "retire", "retiree", "retirees", "retires", "eliminamos",
    "elimina", "eliminan", "eliminado", "eliminados", "eliminadas", "suprimimos", "suprime", "retiramos", "quitamos",
    "destroy", "supprimer", "effacer", "eliminar", "borrar", "suprimir",
];
/// Phrases by which a document says that it is itself new ("This supplement is new and applies
/// only if you join SafeMiles"): everything it states is new. Lower case.
pub const NEW_DOCUMENT_PHRASES: &[&str] = &[
    "supplement is new", "addendum is new", "notice is new", "this new supplement", "this new addendum",
    "ce complément est nouveau", "dieser nachtrag ist neu", "diese ergänzung ist neu", "este anexo es nuevo",
];

/// French auxiliaries before a participle ("sont partagées", "seront transmises"): the verb's
/// passive, not an adjective. Lower case.
pub const FRENCH_AUXILIARIES: &[&str] = &[
    "est", "sont", "sera", "seront", "soit", "soient", "serait", "seraient", "était", "étaient", "etait", "etaient",
    "ont", "a", "avons", "avez", "avait", "avaient", "aura", "auront", "peuvent", "peut", "être", "etre", "été", "ete",
];

/// Words that can follow English "trade" as its object ("trade your personal data"); before any
/// other word "trade" is a noun or an adjective ("trade customers", "trade shows").
pub const TRADE_OBJECT_WORDS: &[&str] = &[
    "your", "personal", "data", "information", "it", "them", "the", "this", "such", "our", "user", "customer", "any",
    "in", "with",
];

/// German genitive determiners: "während" before one is the preposition "during" ("während
/// Ihres Aufenthalts"), not the conjunction "while". Lower case.
pub const GERMAN_GENITIVE_DETERMINERS: &[&str] =
    &["des", "der", "ihres", "ihrer", "eines", "einer", "dieses", "dieser", "unseres", "unserer", "seines", "seiner"];

/// Countries and regions, lower case with accents folded, in the four languages: where data is
/// kept or sent ("y sont transférés … aux États-Unis"), never who receives it.
pub const PLACE_WORDS: &[&str] = &[
    "etats", "quebec", "québec", "ontario", "california", "californie", "kalifornien", "bayern", "bavaria", "cataluña",
    "catalunya", "catalogne", "andalucía", "madrid", "barcelona", "paris", "london", "londres", "berlin", "münchen",
    "wien", "zürich", "bruxelles", "brussels", "montreal", "montréal", "toronto", "irlanda", "argentina", "chile",
    "colombia", "perú", "peru", "royaume", "usa", "europe", "suisse", "irlande", "allemagne", "espagne", "ireland",
    "germany", "spain", "switzerland", "india", "japan", "china", "brazil", "brasil", "mexico", "mexique", "estados",
    "reino", "vereinigte", "vereinigten", "irland", "schweiz", "deutschland", "frankreich", "spanien", "kanada",
    "indien", "singapur", "singapore", "singapour", "australia", "australie", "australien", "japon", "chine", "inde",
    "eeuu", "ee", "uu", // (Cities where a business has its sites: "à Lyon et à Grenoble".)
    "lyon", "grenoble", "marseille", "toulouse", "bordeaux", "lille", "nantes", "strasbourg", "montpellier", "rennes",
    "hamburg", "köln", "frankfurt", "stuttgart", "düsseldorf", "leipzig", "dresden", "sevilla", "valencia", "bilbao",
    "málaga", "zaragoza", "manchester", "birmingham", "glasgow", "edinburgh", "dublin", "amsterdam", "rotterdam",
    "lisboa", "lisbon", "milano", "roma", "vienna", "genève", "geneva",
];

/// Words of a rule for users ("a ban on selling accounts", "Verbot, Konten zu verkaufen",
/// "interdiction de revendre"): a verb of selling or sharing right after one is what the user
/// must not do, not a practice of the publisher. Lower case, accents folded.
pub const RULE_WORDS: &[&str] = &[
    "ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "prohibiting", "prohibition", "forbid",
    "forbids", "forbidden", "forbidding", "against", "verbot", "verbietet", "verboten", "untersagt", "interdit",
    "interdiction", "interdisons", "prohibido", "prohibicion", "prohibimos",
];

/// Whether a word with this hash (as [`token_hashes`] gives it) may be the first word of a
/// [`PARENT_CUES`] entry. A hash is only a candidate: the words are still to be compared.
pub fn may_start_parent_cue(h: u64) -> bool {
    static FIRST: OnceLock<FxHashSet<u64>> = OnceLock::new();
    FIRST.get_or_init(|| PARENT_CUES.iter().map(|c| word_hash(c[0])).collect()).contains(&h)
}

/// Words that say the publisher belongs to a group ("ParkFix is now part of Mobilis", "gehört
/// ParkFix zur Mobilis Gruppe", "fait partie du groupe Mobilis"): the company named right after
/// is its parent. Lower case, accents folded; each entry a run of words.
pub const PARENT_CUES: &[&[&str]] = &[
    &["part", "of"],
    &["acquired", "by"],
    &["subsidiary", "of"],
    &["owned", "by"],
    &["joined"],
    &["member", "of"],
    &["gehort"],
    &["gehoren"],
    &["teil", "der"],
    &["teil", "des"],
    &["tochtergesellschaft", "der"],
    &["tochtergesellschaft", "von"],
    &["fait", "partie"],
    &["font", "partie"],
    &["rachete", "par"],
    &["rachetee", "par"],
    &["acquis", "par"],
    &["acquise", "par"],
    &["filiale", "de"],
    &["filiale", "du"],
    &["rejoint"],
    &["forma", "parte"],
    &["forman", "parte"],
    &["pertenece"],
    &["pertenecen"],
    &["adquirida", "por"],
    &["adquirido", "por"],
    &["filial", "de"],
    &["filial", "del"],
];

/// Verbs of the user's wish ("Customers who do not wish their information to be transferred",
/// "if you don't want us to share"): a negation before them is the user's, not a promise.
/// Lower case, accents folded.
pub const WISH_WORDS: &[&str] = &[
    "wish", "want", "prefer", "souhaitez", "souhaitent", "voulez", "desea", "desean", "quieres", "mochten", "wunschen",
    "wollen",
];
/// Verbs of asking someone to act ("We have asked the data brokers … to delete the information we
/// gave them"): with a [`REMOVAL_WORDS`] verb after them, the sentence asks for deletion and its
/// sharing verb ("we gave them") is past, not a practice. Lower case, accents folded.
pub const REQUEST_WORDS: &[&str] = &[
    "asked", "requested", "instructed", "ask", "request", "instruct", "gebeten", "aufgefordert", "bitten", "demande",
    "demandons", "demandé", "pedido", "pedimos", "solicitado", "solicitamos",
];

/// Plural or abstract noun endings no company name starts with ("Measurements include …",
/// "Messungen", "Notificaciones"), for a capitalised word opening a sentence. Lower case.
const COMMON_NOUN_ENDINGS: &[&str] =
    &["ments", "tions", "sions", "ings", "ities", "nesses", "ungen", "heiten", "keiten", "ciones", "mientos"];

/// Whether a word ends like a plural or abstract common noun (see [`COMMON_NOUN_ENDINGS`]).
fn common_noun_ending(lower: &str) -> bool {
    lower.len() >= 8 && COMMON_NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Lower-case words that link the capitalised words of one name ("Federación Madrileña de
/// Natación", "Bundesamt für Migration", "Bank of Ireland", "Caisse des Dépôts").
pub const NAME_LINKS: &[&str] = &["de", "del", "des", "du", "of", "fur", "für"];

/// Words with which news reports that a company dropped or ended a sharing plan ("drops plan
/// to share", "has abandoned a plan", "reversed course", "ends customer-list deal"), in every
/// language, lower case: an article that says so reports no live practice.
pub const NEWS_DROPPED_PLAN: &[&str] = &[
    "drops plan", "dropped plan", "drops plans", "dropped plans", "dropped the plan", "dropped its plan",
    "abandons plan", "abandoned plan", "abandoned a plan", "abandoned the plan", "abandoned its plan",
    "abandons a plan", "scraps plan", "scrapped plan", "scrapped a plan", "has been scrapped", "had been scrapped",
    "was scrapped", "shelves plan", "shelved plan", "shelved a plan", "shelved the plan", "reversed course",
    "reverses course", "u-turn", "backed down", "backs down", "calls off", "called off", "ends deal", "ended deal",
    "ends customer-list deal", "has ended an arrangement", "ended an arrangement", "ended the arrangement",
    "ended its arrangement", "stopped sending", "stopped sharing", "stopped selling", "stops sharing", "stops selling",
    "no longer share", "no longer sell", "will no longer", "verzichtet auf", "stoppt pläne", "stoppt plane",
    "plan gestoppt", "pläne gestoppt", "plane gestoppt", "zurückgezogen", "zuruckgezogen", "rudert zurück",
    "rudert zuruck", "aufgegeben", "nicht mehr weiter", "renonce à", "renonce a", "a renoncé", "a renonce",
    "renoncé à", "abandonne son projet", "abandonné son projet", "abandonne le projet", "a abandonné", "a abandonne",
    "fait marche arrière", "fait marche arriere", "ne transmettra plus", "ne partagera plus", "ne vendra plus",
    "renuncia a", "ha renunciado", "renunció a", "renuncio a", "abandona el plan", "ha abandonado", "da marcha atrás",
    "da marcha atras", "dado marcha atrás", "dado marcha atras", "dio marcha atrás", "dio marcha atras",
    "ya no compartirá", "ya no compartira", "dejará de compartir", "dejara de compartir", "deja de compartir",
    "ha dejado de",
];

/// Words with which news reports a question left open ("A spokesperson declined to say whether
/// Parley would receive money …"): the sentence claims nothing. Lower case, every language.
pub const NEWS_OPEN_QUESTION: &[&str] = &[
    "declined to say", "declined to comment", "would not say", "did not say whether", "refused to say",
    "did not respond", "has not responded", "have not responded", "did not confirm", "would not confirm",
    "it is unclear whether", "it is not clear whether", "it remains unclear", "unclear whether", "wollte nicht sagen",
    "ließ offen", "liess offen", "ist unklar", "unklar ist", "äußerte sich nicht", "ausserte sich nicht",
    "n a pas souhaité", "n a pas voulu", "n a pas répondu", "n a pas precise", "n a pas précisé", "on ignore si",
    "reste flou", "no ha respondido", "no quiso", "no ha querido", "no aclaró", "no ha aclarado", "no precisó",
    "no está claro", "no esta claro",
];

/// Things whose sale carries the users' data with it ("The assets being sold include our
/// customer records"): a sentence selling them stays a statement. Lower case.
pub const SOLD_WITH_DATA: &[&str] = &[
    "assets", "asset", "business", "company", "database", "databases", "customers", "actifs", "entreprise", "societe",
    "vermogenswerte", "unternehmen", "activos", "empresa", "negocio",
];

/// The last word of an unknown company name that says its trade ("Messpunkt Analytics",
/// "Brightline Ads", "Orbel Payments", "Deepcover Insurance"), in every language, normalised.
pub const NAME_TRADE_WORDS: &[(&str, RecipientKind)] = &[
    ("analytics", RecipientKind::Analytics),
    ("ads", RecipientKind::Advertiser),
    ("advertising", RecipientKind::Advertiser),
    ("payments", RecipientKind::ServiceProvider),
    ("auskunftei", RecipientKind::DataBroker),
    ("insurance", RecipientKind::BusinessPartner),
    ("insurers", RecipientKind::BusinessPartner),
    ("wirtschaftsauskunftei", RecipientKind::DataBroker),
    ("inkasso", RecipientKind::ServiceProvider),
    ("versicherung", RecipientKind::BusinessPartner),
    ("assurances", RecipientKind::BusinessPartner),
    ("seguros", RecipientKind::BusinessPartner),
    ("logistics", RecipientKind::ServiceProvider),
];

/// Head words of an organisation's name besides [`OFFICIAL_NAME_WORDS`] ("Health Security
/// Executive", "National Health Service"): capitalised data or purpose words before them name it.
pub const BODY_HEAD_WORDS: &[&str] =
    &["executive", "service", "institute", "board", "office", "trust", "inspectorate", "foundation", "registry"];

/// Words that make an unknown capitalised name a public body ("the Internal Revenue Service",
/// "Millbrook County Animal Services", "HM Coastguard", "Bundespolizei"), lower case.
pub const OFFICIAL_NAME_WORDS: &[&str] = &[
    "revenue", "enforcement", "police", "polizei", "bundespolizei", "ministry", "ministerium", "commission", "court",
    "gericht", "tribunal", "agency", "authority", "behorde", "department", "gendarmerie", "policia", "ministerio",
    "ministere", "county", "council", "municipality", "coastguard", "customs", "border", "sheriff", "finanzamt",
    "landratsamt", "bundesamt", "zoll", "ordnungsamt", "gesundheitsamt", "prefecture", "mairie", "douane",
    "ayuntamiento", "hacienda", "guardia", "administration", "bureau", "consejeria", "generalitat", "municipal",
];

/// Column headers of a disclosure table ("Recipient — Data — Purpose", "Category of personal
/// information — Categories of recipients — Business purpose"), normalised: which column names
/// the recipients, the data and the purpose.
pub const TABLE_RECIPIENT_HEADERS: &[&str] = &[
    "recipient", "recipients", "categories of recipients", "category of recipients", "shared with", "disclosed to",
    "partner", "partners", "company", "companies", "provider", "providers", "service provider", "service providers",
    "vendor", "vendors", "processor", "processors", "sub processor", "sub processors", "subprocessor", "subprocessors",
    "auftragsverarbeiter", "dienstleister", "sous traitant", "sous traitants", "prestataire", "prestataires",
    "encargado", "encargados", "proveedor", "proveedores", "categories of third parties", "third parties", "empfanger",
    "empfangerkategorien", "kategorien von empfangern", "destinataire", "destinataires", "categories de destinataires",
    "destinatario", "destinatarios", "cesionarios", "who receives it", "who receives them", "who receives",
    "who we share it with", "who we share with", "shared with whom", "an wen", "wer erhalt die daten",
    "wer erhalt sie", "qui les recoit", "avec qui", "quien los recibe", "con quien",
];
/// Words that make a statement hypothetical ("in the event of a merger", "were we to be
/// acquired"), in every language; matched in the lower-cased sentence.
pub const HYPOTHETICAL: &[&str] = &[
    "in the event", "in case", "would", "were to", "should we", "should our", "im falle", "im fall", "falls", "sollte",
    "würde", "en cas", "au cas", "si nous", "pourrait", "pourraient", "en caso", "si nosotros", "podría", "podrían",
];

/// Words that open a condition ("if", "unless", "wenn", "si", "cuando"), in every language.
pub const CONDITION_WORDS: &[&str] = &[
    "if", "unless", "whether", "when", "once", "si", "lorsque", "quand", "cuando", "aunque", "wenn", "falls", "sofern",
];

/// Country codes written before an authority ("US law enforcement", "UK tax authorities"):
/// whose authority, not a name.
pub const COUNTRY_CODES: &[&str] = &["us", "u.s", "uk", "eu", "eea", "usa", "prc", "uae"];

/// Words that make the noun after them any one, not a known one ("a merger", "any sale",
/// "einer Fusion", "une fusion", "una fusión").
pub const INDEFINITE_ARTICLES: &[&str] =
    &["a", "an", "any", "ein", "eine", "einer", "eines", "einem", "un", "une", "una", "cualquier", "toute", "tout"];

/// Beginnings of words for a complaint ("the right to complain to a data protection authority",
/// "das Recht, sich bei einer Aufsichtsbehörde zu beschweren", "le droit d'introduire une
/// réclamation", "derecho a presentar una reclamación"), in every language; after one of
/// [`RIGHT_WORDS`], a right of the reader.
pub const COMPLAINT_WORDS: &[&str] =
    &["complain", "beschwer", "reclamation", "réclamation", "reclamacion", "reclamación", "plainte"];
/// Words for a right ("the right to …", "das Recht", "le droit", "el derecho"), in every language.
pub const RIGHT_WORDS: &[&str] = &["right", "rights", "recht", "rechte", "droit", "droits", "derecho", "derechos"];

/// Verbs that keep a party from doing something ("designed to prevent Netflix Marketing
/// Providers from accessing …", "we prohibit our vendors from selling …"): the party named right
/// after one, then "from", is kept from the data; so is data "kept from being revealed". English.
pub const PREVENT_WORDS: &[&str] = &[
    "prevent", "prevents", "prohibit", "prohibits", "forbid", "forbids", "bar", "bars", "keep", "keeps", "stop",
    "stops", "protect", "protects",
];

/// Words that open a reported question ("ask whether we pass …", "fragen, ob wir …", "demandent
/// si nous …"), in every language; see [`ASKING_WORDS`].
pub const WHETHER_WORDS: &[&str] = &["whether", "if", "ob", "si"];
/// Beginnings of verbs of asking before [`WHETHER_WORDS`], in every language.
pub const ASKING_WORDS: &[&str] = &["ask", "wonder", "frag", "demand", "pregunt"];

/// Words before an age that limit a statement to the people under it ("under the age of 18",
/// "less than 16 years", "younger than 13", "unter 16 Jahren", "moins de 15 ans", "menores de
/// 14 años"), in every language.
pub const AGE_LIMIT_WORDS: &[&str] = &["under", "below", "younger", "less", "unter", "moins", "menores", "menos"];

/// See [`TABLE_RECIPIENT_HEADERS`].
pub const TABLE_DATA_HEADERS: &[&str] = &[
    "data", "personal data", "personal information", "category of personal information",
    "categories of personal information", "information", "data shared", "daten", "ubermittelte daten",
    "datenkategorien", "kategorien personenbezogener daten", "donnees", "donnees transmises", "categories de donnees",
    "datos", "datos cedidos", "categorias de datos", "category of personal data", "categories of personal data",
    "category of data", "categories of data", "data category", "data categories", "type of data", "types of data",
    "what we share", "welche daten", "art der daten", "quelles donnees", "type de donnees", "que datos",
    "tipo de datos", "what they receive", "what they get", "what is shared", "what we share with them",
    "information shared", "data received", "was sie erhalten", "was erhalten sie", "ce qu ils recoivent",
    "lo que reciben", "que reciben",
];
/// Column headers that hold the data of a disclosure table only beside a recipient column and a
/// [`TABLE_DATA_HEADERS`] column or with one another ("Category — Examples — Who receives it").
/// Normalised.
pub const TABLE_DATA_DETAIL_HEADERS: &[&str] = &[
    "category", "categories", "examples", "example", "details", "beispiele", "kategorie", "exemples", "categorie",
    "ejemplos", "categoria",
];
/// A recipient cell that names no one ("Nobody; kept internally", "Not shared"): the row
/// discloses nothing. Normalised first words.
pub const TABLE_NO_RECIPIENT: &[&str] = &[
    "nobody", "none", "no one", "not shared", "not disclosed", "n a", "niemand", "keine", "keiner", "personne",
    "aucun", "aucune", "nadie", "ninguno", "ninguna",
];
/// Words of a table caption or header that make the table a list of where data comes from
/// ("Third party sources that we receive your data from"), not of who receives it. Normalised.
pub const TABLE_SOURCE_WORDS: &[&str] = &[
    "source", "sources", "quelle", "quellen", "herkunft", "provenance", "origine", "fuente", "fuentes", "origen",
    "procedencia",
];
/// Header cells of a glossary table ("Term — Meaning", "Begriff — Bedeutung"): its rows define
/// words and state no practice. The first column's header, then the second's. Normalised.
pub const GLOSSARY_TERM_HEADERS: &[&str] =
    &["term", "terms", "defined term", "word", "begriff", "begriffe", "terme", "termes", "termino", "terminos"];
/// See [`GLOSSARY_TERM_HEADERS`].
pub const GLOSSARY_MEANING_HEADERS: &[&str] = &[
    "meaning", "definition", "description", "what it means", "bedeutung", "erklarung", "erlauterung", "definition",
    "beschreibung", "signification", "description", "significado", "definicion", "descripcion",
];
/// See [`TABLE_RECIPIENT_HEADERS`].
pub const TABLE_PURPOSE_HEADERS: &[&str] = &[
    "purpose", "purposes", "business purpose", "zweck", "zwecke", "finalite", "finalites", "finalidad", "finalidades",
    "why", "what for", "reason", "warum", "wozu", "pourquoi", "por que", "para que", "reason for disclosing",
    "reasons for disclosing", "reason for sharing", "reasons for sharing", "why we share", "why we disclose",
    "business purposes", "purpose of disclosure", "purpose of sharing", "grund", "motivo",
];

/// Sentence openings that state a legal basis or a right of the user ("Rechtsgrundlagen dieser
/// Übermittlungen sind Art. 6 …", "The legal basis for this is …", "The right to data
/// portability …"): about the law, not a practice. Normalised words.
#[rustfmt::skip]
pub const LEGAL_BASIS_OPENERS: &[&[&str]] = &[
    &["rechtsgrundlage"], &["rechtsgrundlagen"], &["the", "legal", "basis"], &["legal", "basis"],
    &["la", "base", "legale"], &["la", "base", "juridique"], &["base", "legale"],
    &["la", "base", "juridica"], &["la", "base", "legal"], &["base", "juridica"], &["legitimacion"],
    // A right of the user ("The right to data portability, which enables you to ask us to
    // transmit information … to a third party"), no practice of sharing either.
    &["the", "right", "to"], &["right", "to"], &["the", "right", "of"], &["these", "rights"], &["this", "right"],
    &["your", "rights"], &["das", "recht", "auf"], &["recht", "auf"],
    &["le", "droit", "de"], &["le", "droit", "a"], &["droit", "de"],
    &["el", "derecho", "a"], &["el", "derecho", "de"], &["derecho", "a"], &["derecho", "de"],
];

/// "You can unsubscribe from our marketing emails …": words of an opt-out from the company's own
/// mailings, which is no way out of sharing with others. Lower case, single words.
pub const MAILING_OPT_OUT_WORDS: &[&str] = &[
    "unsubscribe", "unsubscribing", "newsletter", "newsletters", "emails", "e-mails", "mailings", "mailing",
    "abmelden", "abbestellen", "newslettern", "désabonner", "desabonner", "désinscrire", "desinscrire",
    "désabonnement", "desabonnement", "baja", "boletín", "boletin", "correos",
];

/// Words that make an opt-out about sharing after all ("unsubscribe … or opt out of the sale"):
/// a mailing opt-out that names any of these is kept for sharing. Lower case, single words.
pub const SHARING_OPT_OUT_WORDS: &[&str] = &[
    "sale", "sell", "selling", "share", "sharing", "cookies", "cookie", "advertising", "ads", "tracking", "partners",
    "third", "verkauf", "weitergabe", "werbung", "vente", "partage", "publicité", "publicite", "venta", "compartir",
    "publicidad", "terceros", "tiers", "dritte", "dritten",
];

/// Assets sold with a business ("the brand, website, stock and customer database will be sold
/// to …"): customer data sold alongside them is a business transfer, not a sale of data.
pub const BUSINESS_ASSETS: &[&str] = &[
    "business", "businesses", "brand", "brands", "goodwill", "stock", "assets", "marke", "geschaftsbetrieb", "fonds",
    "negocio", "marca",
];

/// Participles of giving: their agent ("information added … by third-party accounts",
/// "details provided by your employer") is where data comes from, not who receives it.
pub const GIVING_PARTICIPLES: &[&str] = &[
    "added", "provided", "supplied", "sent", "shared", "given", "submitted", "uploaded", "imported", "posted",
    "entered", "transferred", "disclosed",
];

/// "information about your transactions and experiences with us", "your billing history with
/// Hive & Desk": nouns of the reader's dealings, after which "with X" is not where data goes.
/// Lower case.
pub const DEALINGS: &[&str] = &[
    "experiences", "experience", "transactions", "transaction", "relationship", "relationships", "account", "accounts",
    "interactions", "interaction", "dealings", "history", "communications", "correspondence", "orders", "bookings",
    "purchases", "purchase", "order", "booking", "reservations", "reservation", "stays", "subscriptions",
    "subscription", "visits",
];

/// 'may be considered a "sale"': the law's word for selling data, in quotes. Lower case,
/// normalised.
pub const QUOTED_SALE: &[&str] = &["sale", "sell", "selling", "sold", "verkauf", "vente", "venta"];

/// "this disclosure may be considered a sale", "constitutes a sale": words that say what the
/// law counts a practice as. Lower case, normalised.
pub const DEEMED: &[&str] = &[
    "considered", "deemed", "constitute", "constitutes", "qualify", "qualifies", "treated", "counts", "gilt", "gelten",
    "considere", "consideree", "constitue", "considerada", "considerado", "constituye",
];

/// "employers can … send you messages": verbs before "you" whose object goes to the reader,
/// so it is not the reader's data going out. Lower case.
pub const SENT_TO_READER: &[&str] =
    &["send", "sends", "sending", "sent", "email", "emails", "text", "texts", "message", "show", "shows", "showing"];

/// "sending Snapchatters communications through Snapchat, email, SMS": what a business sends
/// the people it serves; the verb contacts them, it hands no data on. Lower case, English.
pub const MESSAGES_TO_PEOPLE: &[&str] = &[
    "communications", "notifications", "reminders", "alerts", "newsletters", "updates", "offers", "promotions",
    "invitations", "invites", "surveys", "receipts",
];

/// "Snapchat" of Snap, "Venmopay"-style one-word products: endings that make the publisher's brand
/// the name of one of its own products. Lower case, letters only.
pub const PRODUCT_ENDINGS: &[&str] =
    &["chat", "app", "apps", "pay", "mail", "talk", "cast", "hub", "store", "play", "messenger", "tv", "music", "plus"];

/// "third-party apps", "third-party marketplace products": nouns after "third-party" that make
/// it a product made by others, not a party receiving data. Lower case.
pub const THIRD_PARTY_PRODUCTS: &[&str] = &[
    "marketplace", "products", "product", "offerings", "offering", "apps", "app", "applications", "application",
    "plugins", "plugin", "extensions", "extension", "integrations", "software", "games", "links", "websites", "sites",
    "account", "accounts", "login", "logins",
];

/// "the group", "le groupe", "der Konzern": a company group named as the subject of a sentence
/// after data went to one of its companies. Lower case, normalised.
pub const GROUP_WORDS: &[&str] = &["group", "groupe", "gruppe", "konzern", "grupo"];

/// "When you delete your account, …": the reader's ways of leaving a service or ending a
/// choice, whose effects ("no longer visible") are no change of practice. Lower case, normalised.
pub const ACCOUNT_END_VERBS: &[&str] = &[
    "delete", "deletes", "close", "closes", "deactivate", "deactivates", "cancel", "cancels", "terminate", "remove",
    "unsubscribe", "withdraw", "leave", "loschen", "loscht", "kundigen", "kundigt", "schliessen", "supprimez",
    "supprimer", "fermez", "resiliez", "desactivez", "retirez", "elimina", "eliminas", "elimines", "cierras",
    "cierres", "cancelas", "canceles", "borras", "borres",
];

/// "we do not control how third parties collect data", "nous ne contrôlons pas la manière dont
/// …": verbs whose negation is about the publisher's knowledge or control of what others do,
/// told in a clause after one of [`WH_WORDS`]. Lower case, normalised.
pub const NO_CONTROL_VERBS: &[&str] = &[
    "control", "controls", "know", "guarantee", "determine", "dictate", "kontrollieren", "wissen", "garantieren",
    "controlons", "controle", "savons", "garantissons", "controlamos", "controla", "sabemos", "garantizamos",
];

/// "how", "what", "whether": words opening a clause that a verb of [`NO_CONTROL_VERBS`] governs.
/// Lower case, normalised.
pub const WH_WORDS: &[&str] = &[
    "how", "what", "whether", "which", "wie", "was", "ob", "welche", "comment", "dont", "quelles", "quels", "si",
    "como", "que", "cuales",
];

/// Capitalised words that open a sentence in the languages read (a pronoun, a possessive, a
/// conjunction): where a heading's label ends when a page put its paragraph into the heading.
pub const SENTENCE_OPENERS: &[&str] = &[
    "We", "Our", "You", "Your", "If", "When", "Where", "This", "These", "It", "They", "Wir", "Unsere", "Unser", "Ihre",
    "Wenn", "Nous", "Vous", "Nos", "Vos", "Lorsque", "Nosotros", "Nuestra", "Nuestro", "Nuestros", "Cuando",
];

/// English common nouns for a business or practice that, followed by "that" and a clause,
/// are someone receiving data ("the workshop that makes it", "the practice that referred you").
pub const ORG_HEAD_NOUNS: &[&str] = &[
    "workshop", "practice", "surgery", "studio", "firm", "business", "school", "club", "venue", "shop", "store",
    "garage", "lab", "laboratory", "printer", "printers", "engraver", "supplier", "contractor", "breeder", "vet",
    "charity", "organisation", "organization", "agency", "institution", "centre", "center", "hotel", "restaurant",
    "bakery", "pharmacy", "dentist", "optician", "manufacturer", "maker", "carrier", "operator", "company",
];

/// English nouns for whoever provides a service, after the data word that names the service
/// ("email support", "SMS provider", "chat vendors").
pub const PROVIDER_NOUNS: &[&str] = &["support", "provider", "providers", "vendor", "vendors"];

/// Words after which English "access" is a noun ("paid access to posts", "the access"), not a
/// recipient's verb.
pub const ACCESS_NOUN_AFTER: &[&str] = &[
    "paid", "free", "early", "exclusive", "unlimited", "premium", "full", "limited", "restricted", "unauthorized",
    "unauthorised", "the", "a", "an", "of", "secure", "easy", "instant", "remote", "public", "private", "priority",
];

/// "## Shared spaces and tools", "a shared kitchen": after "shared", these nouns make it an
/// adjective (English, lower case).
pub const SHARED_THINGS: &[&str] = &[
    "spaces", "space", "areas", "area", "kitchen", "kitchens", "facilities", "tools", "equipment", "rooms", "room",
    "bathroom", "bathrooms", "office", "offices", "workspace", "workspaces", "desks", "desk", "garden", "gardens",
    "cars", "vehicles", "bikes", "rides", "ride", "housing", "values", "responsibility", "goals", "ownership",
    "storage", "hosting", "costs",
];

/// "… or address misleading activity", "to address your concerns": after "address", these
/// words make it a verb (English, lower case).
pub const ADDRESSED_THINGS: &[&str] = &[
    "the", "any", "a", "an", "misleading", "concerns", "issues", "complaints", "questions", "it", "them", "this",
    "these", "those", "such", "potential", "problems", "fraud", "abuse", "violations", "illegal", "harmful",
    "inquiries", "enquiries", "requests", "security", "technical", "our", "their",
];

/// "suspicious activity", "illegal activities": activity of wrongdoers, not a user's usage data
/// (English, lower case).
pub const WRONGFUL_WORDS: &[&str] = &[
    "misleading", "illegal", "suspicious", "fraudulent", "criminal", "unlawful", "harmful", "prohibited", "malicious",
    "unauthorized", "unauthorised", "abusive", "terrorist", "deceptive", "spam", "inauthentic",
];

/// Verbs whose subject buys a business ("Beauté Rivage SAS rachète …", "Halden acquires …"),
/// in the four languages (lower case, folded and unfolded).
pub const BUY_VERBS: &[&str] = &[
    "acquires", "buys", "rachete", "rachète", "rachetera", "rachètera", "acquiert", "reprend", "reprendra", "kauft",
    "erwirbt", "ubernimmt", "übernimmt", "adquiere", "adquirira", "adquirirá", "compra", "comprara", "comprará",
];

/// Endings of German nouns of activities or qualities ("Rücktransport", "Zahlung", "Sicherheit"):
/// a one-word list label with one of these names a topic, not a company (lower case).
pub const GERMAN_TOPIC_SUFFIXES: &[&str] = &[
    "transport", "ung", "heit", "keit", "schaft", "versand", "verkehr", "tion", "tät", "dienste", "fälle", "falle",
    "nahme", "gabe", "dauer", "ziel", "zeit", "frist", "pflicht", "recht", "preis", "preise",
];

/// "Linked Services", "Reddit Ads Users", "Program Participants": a heading whose capitalised
/// phrase ends in one of these names a topic or a group of readers, not a company that receives
/// data. Lower case.
pub const TOPIC_HEADING_NOUNS: &[&str] = &[
    "services", "users", "user", "participants", "members", "customers", "subscribers", "visitors", "features",
    "offerings", "programs", "programmes", "products", "tools", "settings", "choices", "rights", "integrations",
    "accounts", "nutzer", "nutzerinnen", "kunden", "mitglieder", "teilnehmer", "utilisateurs", "membres", "usuarios",
    "miembros", "participantes", "clientes", // ("Updates to our Membership Terms": a document.)
    "terms", "policy", "notice", "agreement", "conditions", "statement", "bedingungen", "agb", "datenschutzerklärung",
    "politique", "condiciones", "términos", "política", // ("Cross-Border Data Transfers": a practice.)
    "transfers", "transfer", "übermittlungen", "übermittlung", "transferts", "transfert", "transferencias",
    "transferencia", // ("Contractual Necessity", "Legitimate Interests": a legal basis.)
    "necessity", "interests", "obligation", "obligations", "consent",
    // ("Personalized Ads", "Brazilian Requirements": a topic of the policy.)
    "ads", "advertising", "requirements", "disclosures", "residents", "jurisdictions",
    // ("Recent Versions", "Previous Updates": the policy's own history.)
    "versions", "version", "updates", "changes", "revisions", "history",
    // ("Authentication and Account Administration:": an activity.)
    "administration", "management", "authentication", "verification", "purposes", "operations",
    // ("Table of Contents", "#### Social Action" over a definition: the page's own apparatus.)
    "contents", "action", "actions",
];

/// "the Council's allotments officer", "the insurer's claims team": people or units of an
/// organisation, who receive for it. Lower case, English.
pub const STAFF_NOUNS: &[&str] = &[
    "officer", "officers", "official", "officials", "staff", "team", "teams", "department", "departments", "office",
    "representative", "representatives", "agent", "agents", "inspector", "inspectors", "clerk", "clerks", "employees",
    "auditor", "auditors", "lawyers", "adviser", "advisers", "advisor", "advisors", "manager", "managers", "secretary",
    "warden", "wardens", "unit", "desk", "panel", "committee", "board",
];

/// "We return the certificate to the Registrar and notify HM Coroner. These notices include your
/// name …": verbs of handing a document to someone, whose data the next sentence names.
/// Lower case, English.
pub const FILING_VERBS: &[&str] = &[
    "return", "returns", "submit", "submits", "file", "files", "lodge", "lodges", "notify", "notifies", "report",
    "reports", "send", "sends", "forward", "forwards", "deliver", "delivers", "register", "registers",
];

/// "These notices include …": what a document handed over is called. Lower case, English.
pub const FILED_DOCUMENTS: &[&str] = &[
    "notice", "notices", "notification", "notifications", "report", "reports", "return", "returns", "form", "forms",
    "certificate", "certificates", "filing", "filings", "submission", "submissions", "list", "lists", "register",
    "records", "record", "documents", "document", "application", "applications",
];

/// Words of data named only generically ("personal information", "Ihre Daten", "vos données"):
/// a data phrase with none of them names a specific kind the taxonomy has no type for ("your CV",
/// "CCTV footage"). Lower case, normalised; German compounds ending in them count too.
pub const GENERIC_DATA_WORDS: &[&str] = &[
    "information", "informations", "info", "data", "details", "personal", "personally", "identifiable", "identifying",
    "pii", "sensitive", "daten", "angaben", "informationen", "personendaten", "donnees", "renseignements",
    "personnelles", "personnels", "datos", "informacion", "personales",
];

/// "This includes …": verbs that introduce a list of what was just mentioned.
pub const INCLUDES: &[&str] = &[
    "include", "includes", "including", "comprises", "covers", "umfasst", "umfassen", "beinhaltet", "gehoren",
    "comprend", "comprennent", "inclut", "incluent", "incluye", "incluyen", "comprende", "consists", "consist",
    "consiste", "consisten", "besteht", "bestehen", "contains", "contain", "enthält", "enthalt", "enthalten",
    "contient", "contiennent", "contiene", "contienen", "figurar", "figuran",
];

/// "The data concerned are the following:", "Les données concernées sont les suivantes :": a
/// lead-in whose list names the data of the sentence before. Lower case, normalised.
pub const FOLLOWING: &[&str] = &[
    "following", "below", "concerned", "involved", "suivantes", "suivants", "ci", "vises", "visees", "concernes",
    "concernees", "folgende", "folgenden", "betroffenen", "betroffene", "siguientes", "continuacion", "afectados",
    "implicados", "afectada", "afectadas", "implicadas", "implicada",
];

/// What a business sells when it sells goods, not data ("we sell children's products").
pub const SOLD_GOODS: &[&str] = &[
    "products", "product", "goods", "things", "stuff", "items", "merchandise", "tickets", "subscriptions", "gift",
    "books", "advertising", "ads", "ad", "space", "produkte", "waren", "artikel", "produits", "articles", "productos",
    "artículos", "articulos", "billets", "entradas", "assets", "lines", "courses", "course", "cursos", "cours",
    "kurse", // ("People who buy or sell a home from/to us")
    "home", "homes", "house", "houses", "property", "properties", "car", "cars", "vehicle", "vehicles", "vehículos",
    "vehiculos", "coches", "véhicules", "vehicules", "voitures", "fahrzeuge", "autos",
    // ("Hirers selling food must be registered …")
    "food", "foods", "meals", "meal", "drinks", "alcohol", "produce", "cakes", "plants", "crafts", "artwork", "wine",
    "beer", "cider", "lebensmittel", "speisen", "getranke", "nourriture", "aliments", "boissons", "comida",
    "alimentos", "bebidas",
];

/// Companies that renamed themselves: the old and the new name are one first party
/// (Facebook's policy calling itself "Meta" is not sharing with Meta).
const RENAMED: &[(&str, &str)] =
    &[("facebook", "meta"), ("meta platforms", "facebook"), ("twitter", "x"), ("x corp", "twitter")];

/// Whether the normalised names `a` and `b` denote the same company (equal, or a rename).
pub fn same_company(a: &str, b: &str) -> bool {
    a == b || RENAMED.iter().any(|(x, y)| (a == *x && b == *y) || (a == *y && b == *x))
}

/// Whether `folded` (lower-case, accents folded as by the tokenizer) is a month name in any
/// supported language ("märz" → "marz").
pub fn is_month_name(folded: &str) -> bool {
    Lang::ALL.iter().any(|&l| tables(l).months.iter().any(|(m, _)| *m == folded))
}

/// A known organisation: its tokenised words, display name and default kind.
pub type KnownOrg = (Vec<String>, &'static str, RecipientKind);

/// Known organisation names, tokenised for matching, indexed by first word.
pub struct KnownOrgs {
    all: Vec<KnownOrg>,
    by_first: FxHashMap<String, Vec<usize>>,
}

impl KnownOrgs {
    /// The organisations whose name starts with the normalised word `w`, longest name first.
    pub fn starting_with(&self, w: &str) -> impl Iterator<Item = &KnownOrg> {
        self.by_first.get(w).into_iter().flatten().map(move |&i| &self.all[i])
    }
    /// Whether some known organisation's name starts with the normalised word `w`.
    pub fn is_first_word(&self, w: &str) -> bool {
        self.by_first.contains_key(w)
    }
}

/// Known organisation names, tokenised for matching, with their default kind.
pub fn known_orgs() -> &'static KnownOrgs {
    static ORGS: OnceLock<KnownOrgs> = OnceLock::new();
    ORGS.get_or_init(|| {
        let mut all: Vec<KnownOrg> = KNOWN_ORGS
            .iter()
            .map(|&(name, kind)| {
                let words: Vec<String> = crate::text::normalize_phrase(name)
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                (words, name, kind)
            })
            .filter(|(w, _, _)| !w.is_empty())
            .collect();
        all.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, (w, _, _)) in all.iter().enumerate() {
            by_first.entry(w[0].clone()).or_default().push(i);
        }
        KnownOrgs { all, by_first }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn ents(lang: Lang, s: &str) -> Vec<Entity> {
        let (text, toks) = tokenize(s);
        let mut out = Vec::new();
        lexicon(lang).entities.find_all(&toks, &text, &mut out);
        out.into_iter().map(|m| m.value).collect()
    }

    #[test]
    fn issue2_datenschutzerklaerung_is_no_news_cue() {
        // "datenschützer*" (privacy campaigners) once matched every "Datenschutzerklärung".
        let (text, toks) = tokenize("Diese Datenschutzerklärung gilt. Datenschützer kritisieren das.");
        let mut out = Vec::new();
        lexicon(Lang::De).cues.find_all(&toks, &text, &mut out);
        let news: Vec<usize> = out.iter().filter(|m| m.value == Cue::News).map(|m| m.start).collect();
        assert_eq!(news.len(), 2, "{out:?}");
        assert!(news.iter().all(|&k| k >= 4), "{out:?}");
    }

    #[test]
    fn issue2_exact_phrase_matches_whole_patterns_only() {
        let lex = lexicon(Lang::En);
        assert_eq!(
            lex.entities.exact_phrase(&["delivery", "companies"]),
            Some(Entity::Recipient(RecipientKind::ServiceProvider))
        );
        assert_eq!(lex.entities.exact_phrase(&["assembly", "companies"]), None);
        assert_eq!(lex.entities.exact_phrase(&[]), None);
    }

    #[test]
    fn section_phrases_are_found_as_by_substring_search() {
        let joined = crate::detect::norm_words;
        for lang in [Lang::En, Lang::De, Lang::Fr, Lang::Es] {
            let k = &lexicon(lang).kind_keys;
            let mut texts: Vec<String> = vec![
                String::new(),
                " ".into(),
                "Contact us".into(),
                "1. Who we share your data with".into(),
                "Sharing".into(),
            ];
            for (i, p) in k.sections.iter().enumerate() {
                let next = &k.sections[(i + 1) % k.sections.len()];
                texts.push(p.trim().to_string());
                texts.push(format!("{} and {}", p.trim(), next.trim()));
                texts.push(format!("About {}", p.trim()));
                // A phrase missing its first or last word, or run into the next.
                texts.push(p.trim().split_once(' ').map_or(String::new(), |(_, r)| r.to_string()));
                texts.push(p.trim().rsplit_once(' ').map_or(String::new(), |(l, _)| l.to_string()));
                texts.push(format!("{}{}", p.trim(), next.trim()));
            }
            for t in texts {
                let t = joined(&t);
                assert_eq!(
                    k.has_section_phrase(&t),
                    k.sections.iter().any(|p| t.contains(p.as_str())),
                    "{lang:?} {t:?}"
                );
            }
        }
    }

    #[test]
    fn ids_round_trip() {
        for d in DataType::ALL {
            assert_eq!(DataType::from_id(d.id()), Some(*d));
        }
        for r in RecipientKind::ALL {
            assert_eq!(RecipientKind::from_id(r.id()), Some(*r));
        }
        for p in Purpose::ALL {
            assert_eq!(Purpose::from_id(p.id()), Some(*p));
        }
    }

    #[test]
    fn longest_match_wins() {
        let e = ents(Lang::En, "your IP address and email address and postal address");
        assert_eq!(
            e,
            vec![Entity::Data(DataType::Device), Entity::Data(DataType::Email), Entity::Data(DataType::Postal)]
        );
        let e = ents(Lang::En, "with our advertising partners for advertising");
        assert_eq!(e, vec![Entity::Recipient(RecipientKind::Advertiser), Entity::Purpose(Purpose::Advertising)]);
    }

    #[test]
    fn english_verbs_match_their_inflections() {
        for w in [
            "share", "shares", "shared", "sharing", "disclose", "disclosing", "sell", "selling", "sold", "receive",
            "receiving", "placing", "transferring", "providing", "releasing",
        ] {
            let (text, toks) = tokenize(w);
            let m = lexicon(Lang::En).cues.longest_at(&toks, &text, 0);
            assert!(matches!(m.map(|m| m.value), Some(Cue::Verb(_))), "{w} is not a verb cue");
        }
    }

    #[test]
    fn every_language_compiles_and_matches() {
        assert!(ents(Lang::De, "Ihre Telefonnummer").contains(&Entity::Data(DataType::Phone)));
        assert!(ents(Lang::Fr, "votre numéro de téléphone").contains(&Entity::Data(DataType::Phone)));
        assert!(ents(Lang::Es, "su número de teléfono").contains(&Entity::Data(DataType::Phone)));
    }
}

/// Words that join a kind of company to the group it belongs to ("companies of the group",
/// "Unternehmen der Gruppe", "sociétés du groupe", "empresas del grupo").
pub const GROUP_LINKS: &[&str] =
    &["of", "in", "within", "the", "our", "der", "des", "unserer", "du", "de", "la", "notre", "del", "nuestro"];

/// Nouns that say what kind of body a recipient is ("Data brokers are companies that …"). English.
pub const ORGANISATION_NOUNS: &[&str] = &[
    "company", "companies", "business", "businesses", "firm", "firms", "organisation", "organisations", "organization",
    "organizations", "entity", "entities", "service", "services", "people", "agencies", "agency",
];

/// First words of the sentences of an enumeration ("They use it in two ways. First, to … Second,
/// to …"). Lower case, all languages, accents folded.
pub const ENUMERATION_OPENINGS: &[&str] = &[
    "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "erstens", "zweitens", "drittens",
    "premierement", "deuxiemement", "ensuite", "enfin", "primero", "segundo", "tercero", "finalmente",
];

/// Openings of a sentence that point back to an aim the sentence before states ("To do that,
/// we will upload …"): lower case, accents folded, as a sentence's normalised text begins.
pub const FOR_THAT_OPENINGS: &[&str] = &[
    "to do that", "to do this", "to make that work", "to make this work", "to make this possible",
    "to make that possible", "for this purpose", "for that purpose", "to that end", "to this end", "para ello",
    "para hacerlo", "para esto", "con este fin", "pour cela", "pour ce faire", "a cette fin", "dans ce but", "dafur",
    "hierfur", "zu diesem zweck", "zu diesem zwecke",
];

/// The last words of an organisation's name ("Wessex County Bowls Association"), lower case.
pub const ORG_LAST_WORDS: &[&str] = &[
    "association", "society", "federation", "council", "club", "union", "league", "trust", "foundation", "agency",
    "authority", "board", "institute", "academy", "guild", "commission", "network", "cooperative", "co-operative",
    "verband", "verein", "gesellschaft", "stiftung", "fédération", "federation", "asociación", "federación",
    "fundación", "sociedad",
];

/// A card's number named without its kind ("le numéro de carte"). Lower case and without
/// accents, as a sentence's normalised text is; all languages.
pub const BARE_CARD_NUMBERS: &[&str] = &["card number", "numero de carte", "numero de tarjeta", "kartennummer"];

/// Words that make a card a means of payment. Lower case, without accents; all languages.
pub const PAYMENT_CARD_WORDS: &[&str] = &[
    "credit", "debit", "bank", "payment", "expiry", "expiration", "cvv", "bancaire", "paiement", "debito", "bancari",
    "pago", "kredit", "zahlung", "iban",
];

/// Words that name a loyalty or membership card. Lower case, without accents; all languages.
pub const LOYALTY_CARD_WORDS: &[&str] = &[
    "loyalty", "rewards", "club card", "membership card", "fidelite", "fidelidad", "fidelizacion", "treuekarte",
    "kundenkarte", "bonuskarte", "mitgliedskarte",
];

/// The last parts of German compounds that name a firm ("Gerüstbau|unternehmen",
/// "Werbe|agentur"), by the kind of recipient the compound is. Lower case.
pub const DE_FIRM_ENDINGS: &[(RecipientKind, &[&str])] = &[
    (RecipientKind::ThirdParty, &["unternehmen", "firma"]),
    (
        RecipientKind::ServiceProvider,
        &["dienstleister", "dienstleistern", "agentur", "druckerei", "kanzlei", "spedition"],
    ),
];

/// Words with the ending of a trade's noun ("painter", "installer") that name no one who could
/// receive data: things, places and the people whose data it is. Lower case, English.
pub const NOT_AGENT_NOUNS: &[&str] = &[
    "order", "number", "other", "others", "customer", "consumer", "computer", "server", "servers", "browser",
    "container", "register", "letter", "newsletter", "counter", "center", "centre", "winner", "holder", "reader",
    "viewer", "caller", "listener", "visitor", "creator", "error", "colour", "color", "floor", "interior", "exterior",
    "monitor", "behavior", "behaviour", "factor", "sector", "matter", "manner", "chapter", "master", "remainder",
    "minister", "shelter", "cluster", "parameter", "character", "register", "cylinder", "calendar", "partner",
    "provider", "processor", "subscriber", "advertiser", "publisher", "developer", "operator", "offer", "answer",
    "cover", "paper", "ledger", "folder", "header", "footer", "banner", "trailer", "container", "scanner", "router",
    "charger", "sticker", "voucher", "poster", "player", "sender", "recipient", "owner", "member", "borrower",
    "learner", "teenager", "stranger", "neighbour", "neighbor", "sponsor", "organiser", "organizer", "employer",
    "insurer", "retailer", "supplier", "carrier", "lender", "auditor", "regulator", "legislator", "investor",
    "acquirer", "purchaser", "buyer", "seller", "vendor", "contractor", "distributor", "wholesaler", "manufacturer",
    "broker", "controller", "administrator", "liquidator", "receiver", "successor", "competitor", "collector",
    "tracker", "identifier", "computer", "smartphone", "register", "website", "further", "either", "neither",
    "together", "whether", "rather", "after", "before", "under", "whatever", "however", "whoever", "another", "proper",
    "major", "minor", "senior", "junior", "prior", "superior", "inferior", "former", "latter", "better", "greater",
    "larger", "smaller", "higher", "lower", "longer", "shorter", "bigger", "faster", "easier", "member", "gender",
    "tender", "border", "corner", "dinner", "summer", "winter", "weather", "water", "mirror", "visitor", "actor",
];

/// Nouns for people using a service, told of something the reader did ("we let senders know
/// when you act on their message", "let a Member know when you view their profile").
pub const PEOPLE_NOUNS: &[&str] = &[
    "sender", "senders", "member", "members", "user", "users", "person", "people", "recipient", "recipients",
    "followers", "connections", "friends", "contacts", "viewers", "owner", "owners", "author", "authors", "poster",
    "host", "hosts", "guest", "guests", "buyer", "buyers", "seller", "sellers", "players", "participants",
];

/// Plain nouns for the companies of a group ("companies of the Kubo group").
pub const GROUP_MEMBERS: &[&str] = &[
    "companies", "entities", "unternehmen", "gesellschaften", "firmen", "societes", "entites", "entreprises",
    "empresas", "entidades", "sociedades",
];

/// Words that take data out of what is shared ("after removing names and email addresses",
/// "nach Entfernen Ihres Namens", "en supprimant votre nom", "eliminando tu nombre").
pub const REMOVING: &[&str] = &[
    "removing", "stripping", "stripped", "excluding", "redacting", "redacted", "omitting", "minus", "entfernen",
    "entfernung", "supprimant", "suppression", "retirant", "eliminando", "eliminacion", "quitando", "suprimiendo",
];

/// Words in "-ing" before "data"/"history" that name no activity of the user's ("marketing data",
/// "training data", "billing history").
pub const NOT_ACTIVITY_GERUNDS: &[&str] = &[
    "marketing", "advertising", "training", "processing", "billing", "shipping", "mailing", "banking", "pricing",
    "accounting", "messaging", "onboarding", "profiling", "hosting", "sharing", "matching", "ranking", "testing",
    "reporting", "remaining", "existing", "following", "resulting", "underlying", "including", "regarding",
    "concerning", "incoming", "outgoing", "missing", "pending", "corresponding", "identifying", "targeting",
    "tracking", "something", "anything", "everything", "nothing", "housing", "funding", "lending", "booking",
    // What is done to data ("Preserving data to comply with the law").
    "preserving", "storing", "collecting", "deleting", "using", "retaining", "sending", "receiving", "transferring",
    "disclosing", "protecting", "securing", "handling", "managing", "analyzing", "analysing", "combining", "providing",
    "obtaining", "gathering", "accessing", "updating", "correcting", "exporting", "importing", "encrypting",
    "anonymizing", "anonymising", "aggregating", "selling", "buying", "requesting", "submitting", "uploading",
    "downloading", "linking", "verifying", "enriching", "cleaning", "licensing", "leasing", "renting",
];

/// "Our website uses Google Analytics and Hotjar. These services place cookies … and receive
/// …": nouns for the tools named just before, after a demonstrative subject. Lower case.
pub const TOOL_NOUNS: &[&str] = &[
    "services", "tools", "providers", "companies", "platforms", "plugins", "plug-ins", "apps", "vendors", "networks",
    "dienste", "anbieter", "outils", "prestataires", "servicios", "herramientas", "proveedores",
];

/// A policy document's own nouns ("… products that do not display this Statement"): showing
/// or sending one shares no personal data. Lower case.
pub const POLICY_DOCUMENT_NOUNS: &[&str] =
    &["statement", "policy", "notice", "terms", "agreement", "datenschutzerklärung", "politique", "politica"];

/// What a user visits online ("the pages you visit"), not a place.
pub const VISITED_ONLINE: &[&str] = &[
    "pages", "sites", "websites", "webpages", "apps", "links", "urls", "screens", "features", "services", "products",
    "articles", "listings", "profiles", "ads", "advertisements", "domains", "sections", "platforms", "channels",
    "videos", "posts", "forums", "groups", "communities", "stores", "shops",
];

/// People whose data it is ("give the user access to …"), never its recipients by that word.
pub const DATA_SUBJECTS: &[&str] = &[
    "user", "users", "child", "children", "member", "members", "customer", "customers", "parent", "parents", "person",
    "people", "individual", "individuals", "player", "players", "subscriber", "subscribers", "visitor", "visitors",
];
