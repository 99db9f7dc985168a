//! Page detection: language, page kind (with reasons) and the document's effective date.

use crate::lexicon::{self, Cue, Lang};
use crate::text::{tokenize, Token};
use serde::{Deserialize, Serialize};

/// What a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A privacy policy / notice / statement.
    PrivacyPolicy,
    /// Terms of service / use.
    Terms,
    /// A cookie policy.
    CookiePolicy,
    /// An announcement, email or "what's changing" page about a policy change.
    PolicyUpdate,
    /// Anything else (news, shops, recipes, help pages …).
    Other,
}

impl PageKind {
    /// The public id.
    pub fn id(self) -> &'static str {
        match self {
            PageKind::PrivacyPolicy => "privacy_policy",
            PageKind::Terms => "terms",
            PageKind::CookiePolicy => "cookie_policy",
            PageKind::PolicyUpdate => "policy_update",
            PageKind::Other => "other",
        }
    }
    /// Whether ShareWatch analyses this kind without being forced.
    pub fn is_policy(self) -> bool {
        self != PageKind::Other
    }
}

/// The outcome of language identification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangGuess {
    /// The supported language, if the page is in one.
    pub lang: Option<Lang>,
    /// The code to report (`en`, `it`, `und` …).
    pub code: String,
}

/// Identifies the language from the normalised words of the page and the `<html lang>` attribute.
pub fn detect_language<'a>(words: impl Iterator<Item = &'a str>, lang_attr: Option<&str>) -> LangGuess {
    let supported: Vec<(&'static lexicon::Lexicon, usize)> =
        Lang::ALL.iter().map(|&l| (lexicon::lexicon(l), 0)).collect();
    let mut counts: Vec<usize> = vec![0; supported.len()];
    let mut other_counts: Vec<usize> = vec![0; lexicon::OTHER_STOPWORDS.len()];
    let mut n = 0usize;
    // Which lists each function word is on: bit i for supported language i, bit 8 + i for
    // OTHER_STOPWORDS[i]; one lookup per word instead of a set probe per language and a scan per
    // other language.
    static WORD_LISTS: std::sync::OnceLock<crate::fasthash::FxHashMap<&'static str, u16>> = std::sync::OnceLock::new();
    let lists = WORD_LISTS.get_or_init(|| {
        let mut m: crate::fasthash::FxHashMap<&'static str, u16> = Default::default();
        for (i, &l) in Lang::ALL.iter().enumerate() {
            for &w in lexicon::lexicon(l).tables.stopwords {
                *m.entry(w).or_default() |= 1 << i;
            }
        }
        for (i, (_, list)) in lexicon::OTHER_STOPWORDS.iter().enumerate() {
            for &w in list.iter() {
                *m.entry(w).or_default() |= 1 << (8 + i);
            }
        }
        m
    });
    debug_assert!(supported.len() <= 8 && lexicon::OTHER_STOPWORDS.len() <= 8);
    for w in words.take(4000) {
        n += 1;
        let Some(&mask) = lists.get(w) else { continue };
        for (i, c) in counts.iter_mut().enumerate() {
            *c += usize::from(mask >> i & 1 == 1);
        }
        for (i, c) in other_counts.iter_mut().enumerate() {
            *c += usize::from(mask >> (8 + i) & 1 == 1);
        }
    }
    let attr_code = lang_attr.and_then(|a| a.trim().get(..2)).map(|c| c.to_ascii_lowercase());
    let (bi, &best) = counts.iter().enumerate().max_by_key(|(_, c)| **c).expect("four languages");
    let (oi, &obest) = other_counts.iter().enumerate().max_by_key(|(_, c)| **c).unwrap_or((0, &0));
    if n == 0 {
        let lang = attr_code.as_deref().and_then(Lang::from_code).or(Some(Lang::En));
        let code = attr_code.unwrap_or_else(|| "en".into());
        return LangGuess { lang: if Lang::from_code(&code).is_some() { lang } else { None }, code };
    }
    // Too few function words of any language we know: not a language we analyse.
    let ratio = best as f64 / n as f64;
    if obest > best && obest as f64 / n as f64 > 0.08 {
        return LangGuess { lang: None, code: lexicon::OTHER_STOPWORDS[oi].0.to_string() };
    }
    if ratio < 0.08 && n >= 20 {
        // Word-dense pages (cookie tables, lists of names) have few function words; trust a
        // declared language we analyse when its words are the most frequent, or clear evidence.
        let declared = attr_code.as_deref().and_then(Lang::from_code);
        if let Some(l) = declared {
            let li = Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
            if counts[li] == best && ratio >= 0.02 && obest <= best {
                return LangGuess { lang: Some(l), code: l.code().into() };
            }
        }
        if ratio >= 0.04 && best >= 40 && obest * 2 < best {
            let l = Lang::ALL[bi];
            return LangGuess { lang: Some(l), code: l.code().into() };
        }
        let code = attr_code.filter(|c| Lang::from_code(c).is_none()).unwrap_or_else(|| "und".into());
        return LangGuess { lang: None, code };
    }
    // Prefer the declared language when its evidence is close to the best.
    if let Some(l) = attr_code.as_deref().and_then(Lang::from_code) {
        let li = Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
        if counts[li] * 10 >= best * 8 && counts[li] > 0 {
            return LangGuess { lang: Some(l), code: l.code().into() };
        }
    }
    let l = Lang::ALL[bi];
    LangGuess { lang: Some(l), code: l.code().into() }
}

/// The evidence page-kind detection looks at.
#[derive(Debug, Default)]
pub struct KindEvidence<'a> {
    /// The page URL.
    pub url: Option<&'a str>,
    /// The page title.
    pub title: Option<&'a str>,
    /// The first few headings.
    pub headings: Vec<&'a str>,
    /// Number of sentences.
    pub sentences: usize,
    /// Sentences with a first-person pronoun of the organisation.
    pub first_person: usize,
    /// Count of update-notice phrases, weighted by position (early ones count more).
    pub update_cues: f64,
    /// Sentences with a legal-document phrase.
    pub legal_sentences: usize,
    /// A "last updated" / "effective" date was found.
    pub doc_date: bool,
    /// Sentences with news reporting phrases.
    pub news_sentences: usize,
    /// Sentences with shop/recipe/how-to phrases.
    pub commerce_sentences: usize,
    /// Sentences with a sharing verb next to a recipient.
    pub sharing_sentences: usize,
    /// Sharing stated as a standing practice comes before the first sharing announced as a change
    /// (a policy's "How we share information" section, then "we will now share …").
    pub existing_before_announced: bool,
    /// Sentences that promise not to share or sell ("We don't sell or swap our members' list").
    pub promise_sentences: usize,
    /// Sentences near the top that announce sharing as a change ("will transfer … starting").
    pub announced_sharing: usize,
    /// Of those, sentences that name the company receiving specific personal data ("Starting on
    /// 15 September we will share transcripts of your chats … with OpenAI").
    pub announced_named: usize,
    /// A sentence near the top says the policy or terms are changing ("We are updating our
    /// privacy policy").
    pub names_policy_change: bool,
    /// Sentences mentioning cookies.
    pub cookie_sentences: usize,
    /// `og:type=article` / published time.
    pub article_meta: bool,
    /// A byline.
    pub byline: bool,
    /// Headings that are typical privacy-policy sections ("What we collect", "Your rights").
    pub policy_sections: usize,
    /// Numbered headings ("1. Who we are", "§ 3", "Article 4"): the sections of a full document.
    pub numbered_sections: usize,
}

/// Whether a sentence is a byline in the text ("By Dana Whitfield, 14 March 2025", "Par Camille
/// Roussel, publié le 18 juin 2025"): a short sentence opening with "by" and a name, then a date
/// or "published".
pub fn text_byline(toks: &[Token], lower: &str) -> bool {
    let w = |k: usize| toks.get(k).filter(|t| t.is_word()).map(|t| t.norm(lower));
    if toks.len() > 24 {
        return false;
    }
    // "Redacción Tecnología | Sevilla | 18 de febrero de 2025": the newsroom as author.
    let newsroom = matches!(w(0), Some("redaccion" | "redaction" | "redaktion" | "newsroom" | "staff"))
        && toks.get(1).is_some_and(|t| !t.is_word() || t.cap);
    if !newsroom && !matches!(w(0), Some("by" | "par" | "von" | "por")) {
        return false;
    }
    let name_words =
        if newsroom { 1 } else { (1..4).take_while(|&k| toks.get(k).is_some_and(|t| t.is_word() && t.cap)).count() };
    if name_words < 2 && !newsroom {
        return false;
    }
    // "Lauscha, 22. April 2025. Von Martin Vogt": the name alone, the date before it.
    let alone = !newsroom && name_words <= 3 && toks[1 + name_words..].iter().all(|t| !t.is_word());
    alone || dates_it(toks, lower, 1 + name_words)
}

/// Whether a newsroom's name stands alone as a sentence ("Redacción.", "Newsroom") — a byline
/// when the dateline follows as its own sentence ("Redacción. Bilbao, 22 de enero de 2025").
pub fn lone_newsroom(toks: &[Token], lower: &str) -> bool {
    let words: Vec<&str> = toks.iter().filter(|t| t.is_word()).map(|t| t.norm(lower)).collect();
    // "Daily Financial Wire staff.": a publication's name and its staff.
    let staff = (2..=6).contains(&words.len())
        && matches!(words.last(), Some(&("staff" | "reporters" | "desk" | "newsroom")))
        && toks.iter().filter(|t| t.is_word()).take(words.len() - 1).all(|t| t.cap);
    staff || matches!(words.as_slice(), ["redaccion" | "redaction" | "redaktion" | "newsroom"])
}

/// Whether a short sentence is a dateline: a place and a date ("Bilbao, 22 de enero de 2025").
pub fn dateline(toks: &[Token], lower: &str) -> bool {
    toks.len() <= 12 && toks.first().is_some_and(|t| t.is_word() && t.cap) && dates_it(toks, lower, 1)
}

/// Whether the words from `from` on give a month, a year or "published".
fn dates_it(toks: &[Token], lower: &str, from: usize) -> bool {
    toks.iter().skip(from).filter(|t| t.is_word()).any(|t| {
        let n = t.norm(lower);
        lexicon::is_month_name(n)
            || matches!(
                n,
                "published"
                    | "updated"
                    | "publie"
                    | "publiee"
                    | "mis"
                    | "veroffentlicht"
                    | "aktualisiert"
                    | "publicado"
                    | "actualizado"
            )
            || n.len() == 4 && n.chars().all(|c| c.is_ascii_digit())
    })
}

/// How many of `headings` are typical sections of a privacy policy ("Who we share it with",
/// "Ihre Rechte"), in English or the page's language.
pub fn policy_sections<'a>(headings: impl Iterator<Item = &'a str>, lang: Option<Lang>) -> usize {
    let mut lex = vec![lexicon::lexicon(Lang::En)];
    if let Some(l) = lang.filter(|l| *l != Lang::En) {
        lex.push(lexicon::lexicon(l));
    }
    headings
        .filter(|h| h.len() <= 120)
        .filter(|h| {
            let t = norm_words(h);
            lex.iter().any(|l| l.kind_keys.has_section_phrase(&t))
        })
        .count()
}

/// How many of `headings` are numbered sections of a document ("1. Who we are", "§ 3
/// Haftung", "Article 4 – Durée").
pub fn numbered_sections<'a>(headings: impl Iterator<Item = &'a str>) -> usize {
    headings
        .filter(|h| {
            let t = h.trim_start();
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            digits > 0 && digits <= 2 && t[digits..].starts_with(['.', ')', ' '])
                || t.starts_with('§')
                || ["Section ", "Article ", "Artículo ", "Abschnitt ", "Art. "].iter().any(|p| t.starts_with(p))
        })
        .count()
}

/// Page kind with confidence and the reasons for it.
#[derive(Debug, Clone)]
pub struct KindGuess {
    /// The kind.
    pub kind: PageKind,
    /// 0..1.
    pub confidence: f64,
    /// Human-readable reasons.
    pub reasons: Vec<String>,
}

/// The words of `s`, normalised, each with a space before and after (for whole-word search).
pub(crate) fn norm_words(s: &str) -> String {
    let (lower, toks) = tokenize(s);
    let mut out = String::from(" ");
    for t in toks.iter().filter(|t| t.is_word()) {
        out.push_str(t.norm(&lower));
        out.push(' ');
    }
    out
}

/// Which families (privacy, terms, cookie, update) a short text names.
/// Whether a sentence that says "cookie" speaks of the web (browsers, sites, devices, tracking,
/// consent, in the four languages), not of baking.
pub fn web_cookie_context(lower: &str) -> bool {
    [
        "browser", "website", "site", "device", "track", "consent", "analytic", "advertis", "pixel", "third",
        "session", "website", "web ", "online", "identif", "ip address", "navigat", "navega", "endgerät", "einwillig",
        "consentement", "consentimiento", "fichier", "archivo", "datei", " app", "server", "domain", "http", " tags",
        "beacon", "opt out", "opt-out", "opt in", "opt-in", "preference", "setting", "einstellung", "paramètre",
        "configuración", "banner", "partner", "data", "daten", "donnée", "dato", "information", "informa", "technolog",
        "technik", "técnic", "stocké", "gespeichert", "almacena", "visit", "page", "seite", "página", "service",
        "dienst", "servicio", "privacy", "datenschutz", "confidentialit", "privacidad", "polic", "richtlinie",
        "politique", "política", "necessary", "essential", "erforderlich", "nécessaire", "necesari", "functional",
        "funktional", "fonctionnel", "funcional",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn families(text: &str, lex: &[&lexicon::Lexicon]) -> [bool; 4] {
    // Names of a policy that contain a notice word: "Aviso de privacidad" (the Spanish and
    // Mexican name of a privacy policy), HIPAA's "Notice of Privacy Practices", "Avis de
    // confidentialité".
    // (Each replaced only where it occurs: `str::replace` copies the text even when it does not.)
    let mut t = norm_words(text);
    for (from, to) in [
        (" aviso de privacidad ", " privacidad "),
        (" notice of privacy practices ", " privacy practices "),
        (" avis de confidentialite ", " confidentialite "),
    ] {
        if t.contains(from) {
            t = t.replace(from, to);
        }
    }
    let has = |list: &[String]| list.iter().any(|p| t.contains(p.as_str()));
    // A family already found needs no further search.
    let mut f = [false; 4];
    for l in lex {
        let k = &l.kind_keys;
        f[0] = f[0] || has(&k.privacy);
        f[1] = f[1] || has(&k.terms);
        f[2] = f[2] || has(&k.cookie);
        f[3] = f[3] || has(&k.update);
    }
    // "How we use members' information", "How we handle customer data": a privacy notice's
    // name, whoever's information it is.
    if !f[0] {
        let w: Vec<&str> = t.split_whitespace().collect();
        f[0] = (0..w.len().saturating_sub(2)).any(|i| {
            w[i] == "how"
                && w[i + 1] == "we"
                && matches!(w[i + 2], "use" | "handle" | "process" | "protect" | "treat" | "manage" | "store")
                && w[i + 3..w.len().min(i + 7)].iter().any(|x| matches!(*x, "information" | "data" | "details"))
        });
    }
    f
}

fn url_families(url: &str) -> [bool; 3] {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.split_once('/').map_or("", |(_, p)| p).to_ascii_lowercase();
    // Whole path words ("tos" must not match "photos"); long stems may prefix a word.
    let words: Vec<&str> = path.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let any = |ws: &[&str]| {
        ws.iter().any(|w| words.iter().any(|p| p == w || w.len() >= 5 && p.starts_with(w.trim_end_matches('-'))))
    };
    [
        any(&[
            "privacy", "datenschutz", "confidentialite", "privacidad", "privacite", "data-policy", "datapolicy",
            "gdpr", "dsgvo",
        ]),
        any(&[
            "terms", "tos", "agb", "nutzungsbedingungen", "cgu", "cgv", "conditions", "condiciones", "terminos",
            "legal", "user-agreement", "eula",
        ]),
        any(&["cookie"]),
    ]
}

/// Whether a title is the name of a terms document: a terms phrase of several words ("terms and
/// conditions", "hire agreement") within the first three words of its first part (before " - "
/// or " | "), and no privacy name in it.
fn terms_title(title: &str, lex: &[&lexicon::Lexicon]) -> bool {
    let first = title.split(['|', '\u{2013}', '\u{2014}']).next().unwrap_or(title);
    let first = first.split(" - ").next().unwrap_or(first);
    let t = norm_words(first);
    let words: Vec<&str> = t.split_whitespace().collect();
    let f = families(first, lex);
    !f[0]
        && lex.iter().any(|l| {
            l.kind_keys.terms.iter().filter(|k| k.trim().contains(' ')).any(|k| {
                let kw: Vec<&str> = k.split_whitespace().collect();
                (0..words.len().min(4)).any(|i| words.len() >= i + kw.len() && words[i..i + kw.len()] == kw[..])
            })
        })
}

/// The company a news article is about: the first name in its first sentence of prose, its lede
/// ("Purrfect Brew, which runs twelve cat cafés …", "La cadena de furgonetas de pizza Forno
/// Rodante …"), normalised. Each item is a sentence's (tokens, lower-case text, is a heading).
pub fn lede_subject<'a>(
    sents: impl Iterator<Item = (&'a [Token], &'a str, bool)>,
    lex: &lexicon::Lexicon,
) -> Option<String> {
    let (toks, lower, _) = sents.take(12).find(|&(toks, lower, heading)| {
        !heading
            && toks.iter().filter(|t| t.is_word()).count() >= 10
            && !text_byline(toks, lower)
            && !dateline(toks, lower)
    })?;
    let en = lexicon::lexicon(Lang::En);
    toks.iter()
        .filter(|t| t.is_word())
        .take(12)
        .find(|t| t.cap && !lex.is_not_name(t.norm(lower)) && !en.is_not_name(t.norm(lower)))
        .map(|t| t.norm(lower).to_string())
}

/// Whether lower-case `text` holds `phrase` as whole words.
pub fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a page reads as news reporting: reporting phrases ("said in a statement", "according
/// to"), a byline or article metadata. A page that is no policy and reads so is an article about
/// a company's practice.
pub fn reads_as_news(ev: &KindEvidence<'_>) -> bool {
    ev.news_sentences >= 2 || ev.byline || ev.article_meta
}

/// Decides the page kind.
pub fn detect_kind(ev: &KindEvidence<'_>, lang: Option<Lang>) -> KindGuess {
    let mut lex = vec![lexicon::lexicon(Lang::En)];
    if let Some(l) = lang.filter(|l| *l != Lang::En) {
        lex.push(lexicon::lexicon(l));
    }
    let mut reasons = Vec::new();
    let title_f = ev.title.map(|t| families(t, &lex)).unwrap_or_default();
    // The first three headings' families, each computed once (the first heading's are read
    // again below).
    let heads_f: Vec<[bool; 4]> = ev.headings.iter().take(3).map(|h| families(h, &lex)).collect();
    let mut head_f = [false; 4];
    for f in &heads_f {
        for i in 0..4 {
            head_f[i] |= f[i];
        }
    }
    let url_f = ev.url.map(url_families).unwrap_or_default();
    let n = ev.sentences.max(1) as f64;
    let fp_ratio = ev.first_person as f64 / n;

    // Strength of "this is a legal document of some family".
    let mut fam_score = [0.0f64; 3];
    for i in 0..3 {
        fam_score[i] = 3.0 * title_f[i] as u8 as f64 + 2.0 * head_f[i] as u8 as f64 + 2.0 * url_f[i] as u8 as f64;
    }
    if title_f[0] || title_f[1] || title_f[2] {
        reasons.push(format!("title: \u{201c}{}\u{201d}", ev.title.unwrap_or("")));
    }
    if head_f[..3].iter().any(|b| *b) {
        reasons.push("headings name a policy or terms".into());
    }
    if url_f.iter().any(|b| *b) {
        reasons.push("URL path names a policy or terms".into());
    }
    let mut legal = fam_score.iter().cloned().fold(0.0, f64::max);
    legal += (ev.legal_sentences as f64 / 4.0).min(4.0);
    if ev.doc_date {
        legal += 2.0;
        reasons.push("has a \u{201c}last updated\u{201d} / effective date".into());
    }
    legal += (ev.sharing_sentences as f64).min(4.0);
    // "What we collect", "Who we share it with", "Your choices": a policy by its sections, even
    // when no heading names it ("How we use supporters' information").
    if ev.policy_sections >= 3 {
        legal += 2.0 + (ev.policy_sections - 3).min(2) as f64 * 0.5;
        reasons.push(format!("{} headings typical of a privacy policy", ev.policy_sections));
    }
    if ev.sharing_sentences > 0 {
        reasons.push(format!("{} sentence(s) about sharing data", ev.sharing_sentences));
    }
    // Shop, recipe and how-to wording weighs against a policy only when it is a real share of
    // the page: a grocery app's long privacy policy talks about orders and deliveries too.
    // (A page that itself announces a change to sharing — "your customer records will be
    // transferred to Helion" — is a notice, whatever it says of panels and warranties.)
    let announces = ev.announced_sharing > 0 && ev.news_sentences == 0 && !ev.byline && !ev.article_meta;
    if !announces && ev.commerce_sentences >= 3 && ev.commerce_sentences * 2 > ev.legal_sentences + ev.sharing_sentences
    {
        // (A page that is mostly shop or job-ad wording — "Vos missions", "Postuler" — is that,
        // even when its title names data protection, as a data protection officer's job ad does.)
        let dominant = ev.commerce_sentences >= ev.legal_sentences + ev.sharing_sentences;
        let (per, cap) = if dominant { (1.2, 8.0) } else { (2.0, 5.0) };
        legal -= (ev.commerce_sentences as f64 / per).min(cap);
        reasons.push(format!("{} sentence(s) typical of shop, recipe or how-to pages", ev.commerce_sentences));
    }

    // News articles about a policy are not policies.
    let mut news = (ev.news_sentences as f64 / 1.5).min(4.0);
    if ev.article_meta {
        news += 1.0;
    }
    if ev.byline {
        news += 1.0;
    }
    if fp_ratio < 0.2 {
        news += 1.0;
    }
    if news >= 3.5 && fp_ratio < 0.3 {
        reasons.push(format!(
            "reads like a news article ({} reporting phrases, few first-person sentences)",
            ev.news_sentences
        ));
        return KindGuess { kind: PageKind::Other, confidence: (0.5 + news / 10.0).min(0.95), reasons };
    }

    // The page's own title or first heading announces the change; a later "What's new in this
    // version" section of a full policy counts for less.
    let head0_update = heads_f.first().is_some_and(|f| f[3]);
    // ("Service provider update" + "Mixpanel will receive your device identifier …": an update
    // that itself announces sharing needs not name a policy.)
    let named_family = title_f[..3].iter().any(|b| *b)
        || head_f[..3].iter().any(|b| *b)
        || ev.update_cues > 0.0
        || ev.announced_sharing > 0 && ev.news_sentences == 0 && !ev.byline;
    let head0_policy = heads_f.first().is_some_and(|f| f[..3].iter().any(|b| *b));
    let policy_document = (title_f[..3].iter().any(|b| *b) || head0_policy) && !title_f[3] && !head0_update;
    let update_title = (title_f[3] || head0_update || head_f[3] && !policy_document) && named_family;
    let update_section = !update_title && head_f[3] && named_family;
    if ev.names_policy_change {
        legal += 1.0;
    }
    // A change the page itself announces to a practice of sharing data ("When the acquisition
    // closes, your account information will be transferred to Harbor") is legal content too;
    // reported in an article, it is news.
    if ev.news_sentences <= 1 && !ev.byline && !ev.article_meta {
        legal += ev.announced_sharing.min(2) as f64;
    }
    // (A first-person page that names who will newly get which data is announcing a change,
    // whatever its title: "Our new cheese assistant and your messages".)
    let named_announcement =
        ev.announced_named > 0 && ev.news_sentences == 0 && !ev.byline && !ev.article_meta && fp_ratio >= 0.2;
    if named_announcement {
        legal += 1.0;
    }
    let update = 3.0 * update_title as u8 as f64
        + 1.0 * update_section as u8 as f64
        + ev.update_cues.min(4.5)
        + (ev.announced_sharing as f64 * if ev.news_sentences == 0 { 1.5 } else { 1.0 }).min(3.0)
        + if named_announcement { 1.5 } else { 0.0 }
        + if ev.names_policy_change { 1.0 } else { 0.0 };
    // Notices in the third person ("the Company will transfer …") announce sharing themselves.
    // A notice that opens by saying "We are updating the … Privacy Statement" speaks for itself
    // too, unless it reads like reporting.
    // (A page with a byline and no first-person sentence reports the sharing it names.)
    let speaks_for_itself = fp_ratio >= 0.1
        || ev.announced_sharing > 0 && !ev.byline && !ev.article_meta
        || (ev.names_policy_change || update_title) && ev.news_sentences == 0 && !ev.byline;
    // A full policy or terms document — named so by its title or first heading, with its own
    // numbered or typical sections — that opens with a "Summary of changes" is that document.
    // ("# … Privacy Notice" + "Last updated …" + "## How we share information" (standing
    // sharing) + "## Offers from our family partners: … we will now share …": a dated policy
    // whose change comes after its standing practices is the policy.)
    let full_document = policy_document
        && !update_title
        && (ev.numbered_sections >= 4
            || ev.policy_sections >= 4
            || ev.doc_date && ev.existing_before_announced && ev.update_cues == 0.0 && !ev.names_policy_change);
    if update >= 3.0 && speaks_for_itself && legal >= 2.0 && !full_document {
        reasons.push("announces a change to a policy or terms".into());
        return KindGuess {
            kind: PageKind::PolicyUpdate,
            confidence: (0.55 + update / 15.0 + legal / 40.0).min(0.97),
            reasons,
        };
    }
    // A page that names no policy (title, headings, URL), has no effective date and no policy
    // sections is a policy only by weight of legal wording, not by a few sentences that mention
    // sharing (a job ad for a "data partnerships manager", an article about a festival's sponsors).
    // (A bare fragment of a policy about sharing is about sharing throughout.)
    let unnamed = !title_f[..3].iter().any(|b| *b)
        && !head_f[..3].iter().any(|b| *b)
        && !url_f.iter().any(|b| *b)
        && !ev.doc_date
        && ev.policy_sections < 3
        // (Unless it reports: "… Cobaltex said in a statement", over a page about sharing.)
        && (ev.sharing_sentences * 4 < ev.sentences || ev.news_sentences >= 2);
    // "Seven fast-growing hedges for privacy": a title or heading that names privacy, over a
    // page of ordinary prose that never speaks of data, dates or policy sections, is no policy.
    let named_only = !unnamed
        && ev.sharing_sentences == 0
        // ("We don't sell or swap our members' list": a promise about data is about data.)
        && ev.promise_sentences == 0
        && ev.cookie_sentences == 0
        && !ev.doc_date
        && ev.policy_sections == 0
        && ev.update_cues == 0.0
        // (A terms document with its own numbered sections is that, though it never speaks
        // of data: "Membership Terms" + "1. Membership", "2. Booking" ….)
        && !(ev.numbered_sections >= 4 && (title_f[1] || head_f[1]))
        // (Nor is a page whose title is a terms document's name: "Booking Terms and Conditions
        // - Basement Sound Rooms" sets out deposits and cancellations, no data.)
        && !ev.title.is_some_and(|t| terms_title(t, &lex))
        // (… or whose first heading is: "# Marquee Hire Terms and Conditions".)
        && !ev.headings.first().is_some_and(|h| terms_title(h, &lex))
        && ev.sentences >= 10
        && ev.legal_sentences * 4 < ev.sentences
        && !url_f.iter().any(|b| *b);
    if named_only {
        legal -= 3.0;
        reasons.push("names privacy but its text is not about personal data".into());
    }
    let legal = if unnamed {
        legal - ((ev.sharing_sentences as f64).min(4.0) - (ev.sharing_sentences as f64).min(2.0))
    } else {
        legal
    };
    if legal < 4.0 {
        if reasons.is_empty() {
            reasons.push("no sign of a policy, terms or policy-change notice".into());
        }
        return KindGuess { kind: PageKind::Other, confidence: (0.9 - legal / 10.0).clamp(0.5, 0.95), reasons };
    }
    // Which family: the strongest named one; otherwise by content.
    let fam = if fam_score.iter().any(|s| *s > 0.0) {
        let best = fam_score.iter().cloned().fold(0.0, f64::max);
        // Cookie beats privacy when both named equally (a "Cookie Policy" often says "privacy").
        if fam_score[2] >= best && fam_score[2] > 0.0 {
            2
        } else if fam_score[0] >= best {
            0
        } else {
            1
        }
    } else if ev.cookie_sentences as f64 > n * 0.3 {
        2
    } else {
        0
    };
    let kind = [PageKind::PrivacyPolicy, PageKind::Terms, PageKind::CookiePolicy][fam];
    KindGuess { kind, confidence: (0.5 + legal / 20.0).min(0.98), reasons }
}

/// Parses a date starting at or after token `from` (within a few tokens). Returns ISO `YYYY-MM-DD`.
pub fn parse_date(toks: &[Token], lower: &str, orig: &str, from: usize, lex: &lexicon::Lexicon) -> Option<String> {
    let num = |i: usize| -> Option<u32> {
        let t = toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        let s = t.norm(lower);
        let s = s
            .strip_suffix("st")
            .or(s.strip_suffix("nd"))
            .or(s.strip_suffix("rd"))
            .or(s.strip_suffix("th"))
            .or(s.strip_suffix("er"))
            .unwrap_or(s);
        if s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let month = |i: usize| -> Option<u32> {
        toks.get(i)
            .filter(|t| t.is_word())
            .and_then(|t| lex.month(t.norm(lower)).or_else(|| lexicon::lexicon(Lang::En).month(t.norm(lower))))
            .map(u32::from)
    };
    let is_p = |i: usize, c: char| toks.get(i).is_some_and(|t| t.punct == Some(c));
    let is_w = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.norm(lower) == w);
    let ok = |y: u32, m: u32, d: u32| (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d);
    let fmt = |y: u32, m: u32, d: u32| format!("{y:04}-{m:02}-{d:02}");
    for i in from..(from + 10).min(toks.len()) {
        // Month D, YYYY
        if let (Some(m), Some(d)) = (month(i), num(i + 1)) {
            let yi = if is_p(i + 2, ',') { i + 3 } else { i + 2 };
            if let Some(y) = num(yi) {
                if ok(y, m, d) {
                    return Some(fmt(y, m, d));
                }
            }
        }
        if let Some(d) = num(i) {
            // D Month YYYY / D. Month YYYY / D de Month de YYYY
            let mut j = i + 1;
            if is_p(j, '.') || is_w(j, "de") {
                j += 1;
            }
            if let Some(m) = month(j) {
                let mut k = j + 1;
                if is_w(k, "de") || is_p(k, ',') {
                    k += 1;
                }
                if let Some(y) = num(k) {
                    if ok(y, m, d) {
                        return Some(fmt(y, m, d));
                    }
                }
            }
            // Numeric: YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY (en) or DD/MM/YYYY.
            if d >= 1000 {
                if let (Some(m), Some(dd)) = (num(i + 1), num(i + 2)) {
                    let span = &orig[toks[i].orig.0 as usize..toks[i + 2].orig.1 as usize];
                    if span.contains('-') && ok(d, m, dd) {
                        return Some(fmt(d, m, dd));
                    }
                }
            } else {
                for sep in ['.', '/'] {
                    if is_p(i + 1, sep) && is_p(i + 3, sep) {
                        if let (Some(b), Some(y)) = (num(i + 2), num(i + 4)) {
                            let y = if y < 100 { 2000 + y } else { y };
                            let (m, dd) = if sep == '/' && lex.lang == Lang::En { (d, b) } else { (b, d) };
                            if ok(y, m, dd) {
                                return Some(fmt(y, m, dd));
                            }
                        }
                    }
                }
            }
        }
    }
    // "Last reviewed: March 2025": a month and a year, as a partial ISO date ("2025-03").
    for i in from..(from + 10).min(toks.len()) {
        if let (Some(m), Some(y)) = (month(i), num(i + 1)) {
            if ok(y, m, 1) && !toks.get(i + 2).is_some_and(|t| t.is_word() && num(i + 2).is_some()) {
                return Some(format!("{y:04}-{m:02}"));
            }
        }
    }
    None
}

/// The publisher's own name, normalised: the site name from the URL host, else a name in a title
/// that also names a policy ("Kindred Privacy Policy", "An update to Natter's Terms").
pub fn brand(title: Option<&str>, url: Option<&str>, lex: &lexicon::Lexicon) -> Option<String> {
    if let Some(u) = url {
        let host = u.split_once("://").map_or(u, |(_, r)| r).split(['/', ':', '?', '#']).next().unwrap_or("");
        let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && *l != "www").collect();
        // An IP address or a local host names no publisher.
        let numeric = labels.iter().all(|l| l.chars().all(|c| c.is_ascii_digit()));
        if labels.len() >= 2 && !numeric && !host.starts_with('[') {
            return Some(labels[labels.len() - 2].to_lowercase());
        }
    }
    let title = title?;
    let f = families(title, &[lex, lexicon::lexicon(Lang::En)]);
    if !(f[0] || f[1] || f[2]) {
        // "Expanding our partnership with Google - Threadline Blog": a site section after the
        // last separator names the publisher.
        let last = [" | ", " - ", " \u{2014} ", " \u{2013} "]
            .iter()
            .filter_map(|sep| title.rsplit_once(sep).map(|(_, l)| l))
            .min_by_key(|l| l.len())?;
        let (lower, toks) = tokenize(last);
        let words: Vec<&str> = toks.iter().filter(|t| t.is_word()).map(|t| t.norm(&lower)).collect();
        let section = words.iter().any(|w| {
            matches!(
                *w,
                "blog"
                    | "newsroom"
                    | "news"
                    | "help"
                    | "support"
                    | "community"
                    | "press"
                    | "team"
                    | "magazin"
                    | "presse"
                    | "actualites"
                    | "noticias"
            )
        });
        // "Event organisers will soon receive your contact details | Gatehouse": a short, all
        // capitalised last part is the site's name too.
        let site_name = words.len() <= 3
            && toks.iter().filter(|t| t.is_word()).all(|t| t.cap || t.norm(&lower).chars().all(|c| c.is_ascii_digit()));
        if !(section || site_name) || words.len() > 4 {
            return None;
        }
        return toks
            .iter()
            .find(|t| t.is_word() && t.cap && !lex.is_not_name(t.norm(&lower)))
            .map(|t| t.norm(&lower).to_string());
    }
    // "Cookie-Richtlinie - Bergsicht Reisen": the part of the title that is not the document's name.
    let mut parts: Vec<&str> = vec![title];
    for sep in [" | ", " - ", " \u{2014} ", " \u{2013} ", ": ", " \u{b7} "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let pick = parts.iter().find(|p| {
        let f = families(p, &[lex, lexicon::lexicon(Lang::En)]);
        !(f[0] || f[1] || f[2] || f[3])
    });
    let first_name = |text: &str| {
        let (lower, toks) = tokenize(text);
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word()).collect();
        let (k, t) = words.iter().enumerate().find(|&(k, t)| {
            t.cap
                && !lex.is_not_name(t.norm(&lower))
                && !lexicon::lexicon(Lang::En).is_not_name(t.norm(&lower))
                // ("Notice to Customers: Sale of Fennick Home Assets": the event, then whose.)
                && !(words.get(k + 1).is_some_and(|n| n.norm(&lower) == "of")
                    && matches!(
                        t.norm(&lower),
                        "sale" | "acquisition" | "transfer" | "closure" | "merger" | "purchase" | "update"
                            | "changes" | "change" | "notice" | "administration" | "liquidation"
                    ))
        })?;
        // "Privacy update: joining the Horologia group", "… partnership with Pawsure": a company
        // the title relates the publisher to is not the publisher.
        let mut j = k;
        while j > 0 && matches!(words[j - 1].norm(&lower), "the" | "a" | "an") {
            j -= 1;
        }
        let other = j > 0
            && matches!(
                words[j - 1].norm(&lower),
                "joining"
                    | "joins"
                    | "joined"
                    | "join"
                    | "with"
                    | "by"
                    | "to"
                    | "into"
                    | "acquires"
                    | "acquired"
                    | "welcomes"
                    | "welcoming"
                    // ("Update to our Privacy Policy: advertising on Pinterest": where.)
                    | "on"
                    | "via"
                    | "through"
            );
        (!other).then(|| t.norm(&lower).to_string())
    };
    // "Barkridge Kennels privacy update: partnership with Pawsure": the name before the words
    // that name the document is its publisher, whoever another part of the title names.
    let named_before = parts.iter().find_map(|p| {
        let ends: Vec<usize> = p.match_indices(' ').map(|(i, _)| i).chain(std::iter::once(p.len())).collect();
        let at = ends.iter().position(|&e| {
            let f = families(&p[..e], &[lex, lexicon::lexicon(Lang::En)]);
            f[0] || f[1] || f[2] || f[3]
        })?;
        let start = if at == 0 { 0 } else { ends[at - 1] };
        // (Only a name: every word of it capitalised, not "Protection des données".)
        let prefix = &p[..start];
        let all_cap = prefix.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        (start > 0 && all_cap).then(|| first_name(prefix)).flatten()
    });
    named_before.or_else(|| pick.and_then(|p| first_name(p))).or_else(|| first_name(title))
}

/// The publisher's name from its self-definition near the top of the text, as in
/// `Waze Mobile Limited ("Waze", "we", "us")` or `Google LLC (“Google,” “we,” and “us”)`:
/// a parenthesis that quotes a first-person pronoun names the publisher (its first quoted
/// capitalised word, or else the capitalised word just before the parenthesis). Normalised.
pub fn self_name<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    const PRONOUNS: &[&str] =
        &["we", "us", "our", "nous", "notre", "nos", "wir", "uns", "unser", "nosotros", "nuestro", "nuestra"];
    let is_quote = |c: char| {
        matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' | '\'' | '\u{2018}' | '\u{2019}')
    };
    for text in texts.take(80) {
        // "We are Booking.com and this privacy notice is intended for …", "Wir sind die Muster
        // GmbH": the publisher names itself.
        if let Some(n) = we_are(text) {
            return Some(n);
        }

        let mut rest = text;
        while let Some(open) = rest.find('(') {
            let after = &rest[open + 1..];
            let inner = &after[..after.find(')').unwrap_or(after.len().min(120))];
            let quoted: Vec<&str> = inner
                .split(is_quote)
                .skip(1)
                .step_by(2)
                .map(|q| q.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|q| !q.is_empty())
                .collect();
            // "Welcome to Zillow (operated by Zillow, Inc. and its affiliates, collectively,
            // “Zillow Group”)": the name just before the brackets, defined as a group inside them.
            let before_word = rest[..open]
                .split_whitespace()
                .last()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 2);
            if let Some(b) = before_word.filter(|_| inner.contains("collectively")) {
                if quoted.iter().any(|q| q.split_whitespace().next() == Some(b) && q.contains(' ')) {
                    let (lower, toks) = tokenize(b);
                    if let Some(t) = toks.iter().find(|t| t.is_word()) {
                        return Some(t.norm(&lower).to_string());
                    }
                }
            }
            if quoted.iter().any(|q| PRONOUNS.contains(&q.to_lowercase().as_str())) {
                let name = quoted
                    .iter()
                    .find(|q| {
                        q.chars().next().is_some_and(char::is_uppercase)
                            && !PRONOUNS.contains(&q.to_lowercase().as_str())
                    })
                    .map(|q| q.to_string())
                    .or_else(|| {
                        // The capitalised words just before the parenthesis: take the first.
                        let before = &rest[..open];
                        let words: Vec<&str> = before
                            .split_whitespace()
                            .rev()
                            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                            .collect();
                        words.last().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                    });
                if let Some(n) = name.filter(|n| n.chars().count() >= 2) {
                    let first = n.split_whitespace().next().unwrap_or(&n).to_lowercase();
                    return Some(first);
                }
            }
            rest = &after[inner.len().min(after.len())..];
        }
    }
    None
}

/// The name in a sentence that opens "We are X" (or "Wir sind", "Nous sommes", "Somos"), skipping
/// an article: X's first word when it is capitalised. Normalised.
/// The company whose policy opens `text`: "The Apple Privacy Policy was updated on …", "Apple’s
/// Privacy Policy describes …" (one capitalised name word, then the policy's name). Normalised.
/// Asked of the first sentences and the headings near the top, where a page without a titled
/// brand names its own policy.
pub fn policy_owner(text: &str) -> Option<String> {
    let rest = text.strip_prefix("The ").unwrap_or(text);
    let (name, after) = rest.split_once(' ')?;
    let name = name.strip_suffix("\u{2019}s").or_else(|| name.strip_suffix("'s")).unwrap_or(name);
    const POLICIES: &[&str] =
        &["Privacy Policy", "Privacy Notice", "Privacy Statement", "Terms of Service", "Terms of Use", "Cookie Policy"];
    if !POLICIES.iter().any(|p| after.starts_with(p)) || !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (lower, toks) = tokenize(name);
    let word = toks.iter().find(|t| t.is_word()).map(|t| t.norm(&lower))?;
    let en = lexicon::lexicon(Lang::En);
    (word.chars().count() >= 2
        && !en.is_not_name(word)
        && !matches!(word, "this" | "our" | "your" | "the" | "a" | "its"))
    .then(|| word.to_string())
}

fn we_are(text: &str) -> Option<String> {
    let rest =
        ["We are ", "We're ", "Wir sind ", "Nous sommes ", "Somos "].iter().find_map(|p| text.strip_prefix(p))?;
    let mut words = rest.split_whitespace();
    let mut w = words.next()?;
    if matches!(w, "the" | "die" | "der" | "la" | "le" | "el" | "los" | "las") {
        w = words.next()?;
    }
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // The first word token, normalised as a title's or host's brand is ("Booking.com" → "booking").
    let (lower, toks) = tokenize(w);
    toks.iter().find(|t| t.is_word()).map(|t| t.norm(&lower).to_string()).filter(|n| n.chars().count() >= 2)
}

/// Whether a sentence's cue list contains `cue`.
pub fn has_cue(cues: &[crate::lexicon::Match<Cue>], cue: Cue) -> bool {
    cues.iter().any(|m| m.value == cue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_owner_names_the_company_whose_policy_opens_the_text() {
        assert_eq!(
            policy_owner("The Apple Privacy Policy was updated on December 31, 2019.").as_deref(),
            Some("apple")
        );
        assert_eq!(policy_owner("Acme\u{2019}s Terms of Service apply to all apps").as_deref(), Some("acme"));
        assert_eq!(policy_owner("This Privacy Policy explains how we use data."), None);
        assert_eq!(policy_owner("Our Privacy Policy was updated."), None);
        assert_eq!(policy_owner("Read the Google Privacy Policy."), None);
    }

    fn lang_of(s: &str, attr: Option<&str>) -> LangGuess {
        let (lower, toks) = tokenize(s);
        let words: Vec<&str> = toks.iter().filter(|t| t.is_word()).map(|t| t.norm(&lower)).collect();
        detect_language(words.into_iter(), attr)
    }

    #[test]
    fn ip_hosts_name_no_publisher() {
        let lex = lexicon::lexicon(Lang::En);
        assert_eq!(
            brand(Some("WhatsApp Legal Info - Privacy Policy"), Some("http://127.0.0.1:8080/legal"), lex).as_deref(),
            Some("whatsapp")
        );
        assert_eq!(brand(None, Some("https://www.whatsapp.com/legal"), lex).as_deref(), Some("whatsapp"));
        // Issue 2 (blind set DB): the event a notice's title names is not the publisher.
        assert_eq!(
            brand(Some("Notice to Customers: Sale of Fennick Home Assets and Your Personal Information"), None, lex)
                .as_deref(),
            Some("fennick")
        );
        let texts = ["Privacy Notice", "We are Booking.com and this privacy notice is intended for travellers."];
        assert_eq!(self_name(texts.into_iter()).as_deref(), Some("booking"));
        assert_eq!(self_name(["We are committed to your privacy."].into_iter()), None);
        assert_eq!(
            self_name(["Wir sind die Kletterwerk GmbH, Am Hang 3."].into_iter()).as_deref(),
            Some("kletterwerk")
        );
    }

    #[test]
    fn self_definition_names_the_publisher() {
        let t = ["Welcome.", "Waze Mobile Limited (\"Waze\", \"we\", \"us\" or \"our\") respects your privacy."];
        assert_eq!(self_name(t.iter().copied()).as_deref(), Some("waze"));
        let t = ["This policy is provided by Acme Corp. (“we,” “us”)."];
        assert_eq!(self_name(t.iter().copied()).as_deref(), Some("acme"));
        let t = ["We share data with partners (such as \"Google\")."];
        assert_eq!(self_name(t.iter().copied()), None);
    }

    #[test]
    fn identifies_languages() {
        assert_eq!(
            lang_of("We share your information with our partners and we do not sell it to anyone.", None).lang,
            Some(Lang::En)
        );
        let it = lang_of("Condividiamo i tuoi dati con i nostri partner per la pubblicità e non li vendiamo. Il titolare del trattamento è la società che gestisce il sito, e questo è quanto.", Some("it"));
        assert_eq!(it.lang, None);
        assert_eq!(it.code, "it");
    }

    fn date(s: &str, lang: Lang) -> Option<String> {
        let (lower, toks) = tokenize(s);
        parse_date(&toks, &lower, s, 0, lexicon::lexicon(lang))
    }

    #[test]
    fn parses_dates() {
        assert_eq!(date("Last updated: August 19, 2024", Lang::En).as_deref(), Some("2024-08-19"));
        assert_eq!(date("Effective 1 March 2023", Lang::En).as_deref(), Some("2023-03-01"));
        assert_eq!(date("Updated 2025-09-01.", Lang::En).as_deref(), Some("2025-09-01"));
        assert_eq!(date("Updated 09/01/2025.", Lang::En).as_deref(), Some("2025-09-01"));
        assert_eq!(date("nothing here 42", Lang::En), None);
    }

    #[test]
    fn kind_from_evidence() {
        let ev = KindEvidence {
            title: Some("Acme Privacy Policy"),
            sentences: 40,
            first_person: 30,
            legal_sentences: 10,
            doc_date: true,
            ..Default::default()
        };
        assert_eq!(detect_kind(&ev, Some(Lang::En)).kind, PageKind::PrivacyPolicy);
        let news = KindEvidence {
            title: Some("Chat app will share phone numbers with its parent"),
            sentences: 30,
            first_person: 2,
            news_sentences: 8,
            legal_sentences: 6,
            sharing_sentences: 4,
            article_meta: true,
            ..Default::default()
        };
        assert_eq!(detect_kind(&news, Some(Lang::En)).kind, PageKind::Other);
        let recipe =
            KindEvidence { title: Some("Lemon cake"), sentences: 20, commerce_sentences: 6, ..Default::default() };
        assert_eq!(detect_kind(&recipe, Some(Lang::En)).kind, PageKind::Other);
    }
}
