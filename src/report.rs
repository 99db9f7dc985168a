//! Report stage: findings and promises with statuses (from change framing, or from a diff by
//! meaning against an earlier version), the one-paragraph summary, and the snapshot kept for
//! later comparisons.

use crate::detect::PageKind;
use crate::lexicon::{DataType, Purpose, RecipientKind, LEGAL_SUFFIXES};
use crate::statements::{Framing, Modality, Recipient, Statement};
use serde::{Deserialize, Serialize};

/// Status of a finding or promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Newly shared (or a new promise).
    New,
    /// Stated, not framed as a change (no earlier version given).
    Existing,
    /// Present in the earlier version too.
    Unchanged,
    /// Present in the earlier version, gone now; without an earlier version, a practice the page
    /// says has ended ("has stopped sharing", "will no longer receive").
    Removed,
}

/// Facts about the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageInfo {
    /// What the page is.
    pub kind: PageKind,
    /// 0..1.
    pub confidence: f64,
    /// Title.
    pub title: Option<String>,
    /// Language code.
    pub language: String,
    /// Whether the language is analysed.
    #[serde(default = "yes")]
    pub supported: bool,
    /// "Last updated" / effective date, ISO when it could be parsed ("2025-03-14"; "2025-03" when the
    /// page gives only a month and a year).
    pub effective_date: Option<String>,
    /// Why the kind was chosen.
    pub reasons: Vec<String>,
    /// The page URL, when given.
    #[serde(default)]
    pub url: Option<String>,
}

fn yes() -> bool {
    true
}

/// A recipient as reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientOut {
    /// Name, when the page names it.
    pub name: Option<String>,
    /// Kind id.
    pub kind: RecipientKind,
    /// Display label, e.g. "Facebook (affiliated company)".
    #[serde(default)]
    pub label: String,
}

impl From<&Recipient> for RecipientOut {
    fn from(r: &Recipient) -> Self {
        let label = match &r.name {
            Some(n) if r.kind == RecipientKind::ThirdParty => n.clone(),
            Some(n) => format!("{n} ({})", singular(r.kind)),
            None => r.kind.label().to_string(),
        };
        RecipientOut { name: r.name.clone(), kind: r.kind, label }
    }
}

fn singular(k: RecipientKind) -> &'static str {
    match k {
        RecipientKind::Affiliate => "affiliated company",
        RecipientKind::Advertiser => "advertiser",
        RecipientKind::Analytics => "analytics provider",
        RecipientKind::ServiceProvider => "service provider",
        RecipientKind::BusinessPartner => "business partner",
        RecipientKind::Merchant => "merchant",
        RecipientKind::DataBroker => "data broker",
        RecipientKind::Government => "authority",
        RecipientKind::Acquirer => "acquirer",
        RecipientKind::Public => "public",
        RecipientKind::OtherUsers => "other users",
        RecipientKind::ThirdParty => "third party",
    }
}

/// A sharing practice found on the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Data type ids.
    pub data: Vec<DataType>,
    /// Their labels.
    #[serde(default)]
    pub data_labels: Vec<String>,
    /// Recipients.
    pub recipients: Vec<RecipientOut>,
    /// Purpose ids.
    pub purposes: Vec<Purpose>,
    /// Their labels.
    #[serde(default)]
    pub purpose_labels: Vec<String>,
    /// new / existing / unchanged / removed.
    pub status: Status,
    /// The sentence that says so.
    pub evidence: String,
    /// Its section heading.
    pub section: Option<String>,
    /// The list lead-in, for list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// How to opt out, if the page says.
    pub opt_out: Option<String>,
    /// 0..1.
    pub confidence: f32,
    /// "will" or "may".
    #[serde(default)]
    pub modality: Option<Modality>,
    /// Aggregated / de-identified data.
    #[serde(default)]
    pub deidentified: bool,
}

/// A promise not to share or sell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assurance {
    /// Data type ids.
    pub data: Vec<DataType>,
    /// Their labels.
    #[serde(default)]
    pub data_labels: Vec<String>,
    /// Who it is not shared with.
    pub recipients: Vec<RecipientOut>,
    /// What the promise is about, when it says: `sale` for "we do not sell …", `marketing` for
    /// "… with third parties for their own direct marketing purposes". Empty for a plain "we
    /// never share …".
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// The sentence.
    pub evidence: String,
    /// Its section.
    #[serde(default)]
    pub section: Option<String>,
    /// new / existing / unchanged / removed (a dropped promise).
    pub status: Status,
}

/// The earlier version a report was compared with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparedWith {
    /// Its effective date (or when it was seen).
    pub date: Option<String>,
    /// Its title.
    pub title: Option<String>,
}

/// The result of analysing a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The page.
    pub page: PageInfo,
    /// Sharing practices.
    pub findings: Vec<Finding>,
    /// Promises.
    pub assurances: Vec<Assurance>,
    /// Opt-out instructions found on the page.
    #[serde(default)]
    pub opt_outs: Vec<String>,
    /// One or two plain sentences.
    pub summary: String,
    /// Why there are no findings, when that is not the page's fault.
    #[serde(default)]
    pub notice: Option<String>,
    /// The earlier version, when compared.
    #[serde(default)]
    pub compared_with: Option<ComparedWith>,
}

/// The current snapshot schema version.
pub const SNAPSHOT_SCHEMA: u32 = 1;

/// What is kept of an analysed page to compare a later version with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Schema version ([`SNAPSHOT_SCHEMA`]).
    pub schema: u32,
    /// URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Page kind.
    pub kind: PageKind,
    /// Effective date.
    pub effective_date: Option<String>,
    /// Hash of the main text (hex FNV-1a 64).
    pub text_hash: String,
    /// The statements (evidence shortened).
    pub statements: Vec<Statement>,
}

// ---------------------------------------------------------------------------------------------
// Comparison by meaning
// ---------------------------------------------------------------------------------------------

/// Normalises an organisation name for comparison: case, punctuation, legal-form suffixes.
pub fn normalize_name(n: &str) -> String {
    let words: Vec<String> =
        n.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
    let mut end = words.len();
    loop {
        if end > 1 && LEGAL_SUFFIXES.contains(&words[end - 1].as_str()) {
            end -= 1;
            continue;
        }
        // "S.A.", "S.L.", "B.V.", "S.A.S.": a company form written as initials.
        let initials = (2..=3).find(|&n| {
            end > n && words[end - n..end].iter().all(|w| w.chars().count() == 1) && {
                let joined: String = words[end - n..end].concat();
                LEGAL_SUFFIXES.contains(&joined.as_str())
                    || matches!(joined.as_str(), "sa" | "sl" | "sas" | "bv" | "nv" | "sarl" | "slu" | "sau")
            }
        });
        match initials {
            Some(n) => end -= n,
            None => break,
        }
    }
    words[..end].join(" ")
}

/// Whether two normalised names are one company written short and long: "paddle" and
/// "paddle com market" ("Paddle.com Market Ltd."), "booking" and "booking com". The short one is
/// a single distinctive word that opens the long one.
fn same_company(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut words = long.split(' ');
    // ("dpd" and "dpd group uk" ("DPD Group UK Ltd"): a three-letter name opens the long one
    // when what follows it is only a group's or a country's word.)
    !short.contains(' ')
        && words.next() == Some(short)
        && (short.len() >= 4
            || short.len() == 3
                && words.all(|w| {
                    matches!(
                        w,
                        "group"
                            | "holdings"
                            | "uk"
                            | "us"
                            | "usa"
                            | "europe"
                            | "eu"
                            | "international"
                            | "deutschland"
                            | "france"
                            | "espana"
                            | "ireland"
                            | "nederland"
                    )
                }))
}

/// Whether an earlier recipient `old` covers `new` (same organisation, or same kind, or a
/// generic "third parties").
#[cfg(test)]
fn covers(old: &Recipient, new: &Recipient) -> bool {
    match (&old.name, &new.name) {
        (Some(a), Some(b)) => normalize_name(a) == normalize_name(b),
        // Unnamed "third parties" cover unnamed recipients and unspecified named ones; a company
        // named with a kind of its own ("LiveRamp, a data broker") is news.
        _ => {
            old.kind == new.kind
                || old.kind == RecipientKind::ThirdParty
                    && old.name.is_none()
                    && (new.name.is_none() || new.kind == RecipientKind::ThirdParty)
        }
    }
}

/// For each (data type, negated) pair of a version: the normalised recipient names and the kinds
/// of named and unnamed recipients, so that comparing two versions takes hash lookups and is
/// linear in their size (even with thousands of distinct names), not the product of the sizes.
#[derive(Default)]
struct PairEntry {
    names: std::collections::HashSet<String>,
    named_kinds: std::collections::HashSet<RecipientKind>,
    unnamed_kinds: std::collections::HashSet<RecipientKind>,
}

struct PairIndex {
    map: std::collections::HashMap<(DataType, bool), PairEntry>,
}

impl PairIndex {
    fn new(sts: &[Statement]) -> Self {
        let mut map: std::collections::HashMap<(DataType, bool), PairEntry> = std::collections::HashMap::new();
        for st in sts {
            for &d in &st.data {
                let e = map.entry((d, st.negated)).or_default();
                for r in &st.recipients {
                    match &r.name {
                        Some(n) => {
                            e.names.insert(normalize_name(n));
                            e.named_kinds.insert(r.kind);
                        }
                        None => {
                            e.unnamed_kinds.insert(r.kind);
                        }
                    }
                }
            }
        }
        PairIndex { map }
    }
    /// Whether some indexed recipient `o` of `d` has `covers(o, r)`.
    fn covered(&self, d: DataType, r: &Recipient, negated: bool) -> bool {
        let Some(e) = self.map.get(&(d, negated)) else {
            return false;
        };
        let generic = e.unnamed_kinds.contains(&r.kind) || e.unnamed_kinds.contains(&RecipientKind::ThirdParty);
        match &r.name {
            Some(n) => {
                e.unnamed_kinds.contains(&r.kind)
                    || e.unnamed_kinds.contains(&RecipientKind::ThirdParty) && r.kind == RecipientKind::ThirdParty
                    || {
                        let n = normalize_name(n);
                        e.names.contains(&n) || e.names.iter().any(|x| same_company(x, &n))
                    }
            }
            None => generic || e.named_kinds.contains(&r.kind),
        }
    }
    /// Whether a promise not to give `d` to `r` is in the index, where a promise about
    /// unspecified "personal information" and one about named data for the same recipient cover
    /// each other ("We do not sell personal data to any other organisation" then, "Nobody else
    /// receives your details: we never sell or rent them" now).
    /// The recipient must be the same one, not one covered by a wider kind: "We do not sell
    /// personal information to third parties" does not keep "We will never share your health
    /// information with advertisers".
    fn promised(&self, d: DataType, r: &Recipient) -> bool {
        let same = |x: DataType| {
            self.map.get(&(x, true)).is_some_and(|e| match &r.name {
                Some(n) => e.names.contains(&normalize_name(n)),
                None => e.unnamed_kinds.contains(&r.kind),
            })
        };
        self.covered(d, r, true)
            || same(DataType::Other)
            || d == DataType::Other && self.map.keys().any(|&(x, negated)| negated && x != DataType::Other && same(x))
    }
    /// Whether the named recipient `r` itself (not a kind) got `d` (stated, not promised).
    fn named_before(&self, d: DataType, r: &Recipient) -> bool {
        let (Some(n), Some(e)) = (r.name.as_deref(), self.map.get(&(d, false))) else {
            return false;
        };
        let n = normalize_name(n);
        e.names.contains(&n) || e.names.iter().any(|x| same_company(x, &n))
    }
    /// Whether the unnamed kind of recipient `r` itself (not "third parties") got `d` (stated,
    /// not promised).
    fn kind_before(&self, d: DataType, r: &Recipient) -> bool {
        r.name.is_none()
            && r.kind != RecipientKind::ThirdParty
            && self.map.get(&(d, false)).is_some_and(|e| e.unnamed_kinds.contains(&r.kind))
    }
    /// Whether some indexed recipient covers `r` for any data type (stated, not promised).
    fn covered_any(&self, r: &Recipient) -> bool {
        // "Google Analytics" then, "Google" now: the same company's product.
        let first = r
            .name
            .as_deref()
            .map(normalize_name)
            .and_then(|n| n.split(' ').next().map(str::to_string))
            .filter(|f| f.len() >= 3);
        self.map.iter().filter(|((_, neg), _)| !neg).any(|(&(d, _), e)| {
            self.covered(d, r, false)
                || first
                    .as_ref()
                    .is_some_and(|f| e.names.iter().any(|n| n == f || n.split(' ').next() == Some(f.as_str())))
        })
    }
    /// Whether some indexed recipient `n` of `d` (stated, not promised) has `covers(n, r)` or
    /// `covers(r, n)`.
    fn related(&self, d: DataType, r: &Recipient) -> bool {
        if self.covered(d, r, false) {
            return true;
        }
        let Some(e) = self.map.get(&(d, false)) else {
            return false;
        };
        match &r.name {
            Some(_) => e.unnamed_kinds.contains(&r.kind),
            None => {
                e.named_kinds.contains(&r.kind)
                    || e.unnamed_kinds.contains(&r.kind)
                    || r.kind == RecipientKind::ThirdParty && !e.unnamed_kinds.is_empty()
            }
        }
    }
}

fn labels_d(d: &[DataType]) -> Vec<String> {
    d.iter().map(|x| x.label().to_string()).collect()
}

/// The recipients as reported, each (name, kind) once: later stages may give two mentions the
/// same kind ("Google AdMob, the advertising service of Google").
fn recipients_out(recips: &[Recipient]) -> Vec<RecipientOut> {
    let mut out: Vec<RecipientOut> = Vec::with_capacity(recips.len());
    for r in recips {
        if !out.iter().any(|o| o.name == r.name && o.kind == r.kind) {
            out.push(RecipientOut::from(r));
        }
    }
    out
}

fn finding(st: &Statement, data: Vec<DataType>, recips: &[Recipient], status: Status) -> Finding {
    Finding {
        data_labels: labels_d(&data),
        data,
        recipients: recipients_out(recips),
        purpose_labels: st.purposes.iter().map(|p| p.label().to_string()).collect(),
        purposes: st.purposes.clone(),
        status,
        evidence: st.evidence.clone(),
        section: st.section.clone(),
        context: st.context.clone(),
        opt_out: st.opt_out.clone(),
        confidence: st.confidence,
        modality: Some(st.modality),
        deidentified: st.deidentified,
    }
}

fn assurance(st: &Statement, status: Status) -> Assurance {
    Assurance {
        data_labels: labels_d(&st.data),
        data: st.data.clone(),
        recipients: recipients_out(&st.recipients),
        purposes: st.purposes.clone(),
        evidence: st.evidence.clone(),
        section: st.section.clone(),
        status,
    }
}

/// Findings and promises from framing alone (no earlier version).
pub fn from_framing(sts: &[Statement]) -> (Vec<Finding>, Vec<Assurance>) {
    let status = |f: Framing| match f {
        Framing::New => Status::New,
        Framing::Removed => Status::Removed,
        Framing::Existing => Status::Existing,
    };
    // Repeated statements are dropped before findings and promises are made of them (not
    // after): what [`dedupe_findings`] and [`dedupe_assurances`] compare — status, data,
    // purposes, evidence, recipients' names and kinds — is the statement's own.
    let (promises, practices): (Vec<&Statement>, Vec<&Statement>) = sts.iter().partition(|st| st.negated);
    let practices = dedupe_by(
        practices,
        |st, h| {
            use std::hash::Hash;
            (status(st.framing) as u8, &st.data, &st.purposes, &st.evidence, &st.recipients).hash(h);
        },
        |a, b| {
            status(a.framing) == status(b.framing)
                && a.data == b.data
                && a.purposes == b.purposes
                && a.evidence == b.evidence
                && a.recipients == b.recipients
        },
    );
    let promises = dedupe_by(
        promises,
        |st, h| {
            use std::hash::Hash;
            (status(st.framing) as u8, &st.data, &st.evidence, &st.recipients).hash(h);
        },
        |a, b| {
            status(a.framing) == status(b.framing)
                && a.data == b.data
                && a.evidence == b.evidence
                && a.recipients == b.recipients
        },
    );
    let findings = dedupe_findings(
        practices.into_iter().map(|st| finding(st, st.data.clone(), &st.recipients, status(st.framing))).collect(),
    );
    let assurances = promises.into_iter().map(|st| assurance(st, status(st.framing))).collect();
    (findings, assurances)
}

/// The former names a version gives its recipients ("Quillon Learning (formerly EduCloud
/// Systems)", "Nordwind GmbH (vormals Südwind AG)"), normalised, each with the current name.
fn former_names(sts: &[Statement]) -> Vec<(String, String)> {
    const MARKS: &[&str] = &[
        " (formerly ", ", formerly ", " (previously ", " (formerly known as ", " (anciennement ", " (ex-",
        " (ehemals ", " (vormals ", " (früher ", " (antes ", " (anteriormente ", " (antiguamente ",
    ];
    let mut out = Vec::new();
    for st in sts {
        for r in &st.recipients {
            let Some(n) = &r.name else { continue };
            let Some(at) = st.evidence.find(n.as_str()) else { continue };
            let rest = &st.evidence[at + n.len()..];
            for m in MARKS {
                // (The name may stop before its company form: "Acme Ltd. (formerly …)".)
                let found = rest.find(m).filter(|&k| k <= 8 && !rest[..k].contains(['(', ')', ';']));
                if let Some(tail) = found.map(|k| &rest[k + m.len()..]) {
                    let tail = tail.strip_prefix("known as ").unwrap_or(tail);
                    let end = tail.find([')', ',', ';']).unwrap_or(tail.len()).min(80);
                    let old = normalize_name(tail[..end].trim());
                    if !old.is_empty() && old != normalize_name(n) {
                        out.push((old, n.clone()));
                    }
                }
            }
        }
    }
    out
}

/// `previous` with its recipients renamed as `current` says they were renamed, if any were.
fn renamed_previous(current: &[Statement], previous: &[Statement]) -> Option<Vec<Statement>> {
    let names = former_names(current);
    if names.is_empty() {
        return None;
    }
    let mut out = previous.to_vec();
    for st in &mut out {
        for r in &mut st.recipients {
            if let Some(n) = &r.name {
                let key = normalize_name(n);
                if let Some((_, new)) = names.iter().find(|(old, _)| *old == key || same_company(old, &key)) {
                    r.name = Some(new.clone());
                }
            }
        }
    }
    Some(out)
}

/// "Payments are handled by our payment processor" then "Our payment processor, to process
/// your pass purchase": to whoever takes the payment, what is paid and the payment are one
/// practice told two ways (to an advertiser, purchases are news).
fn payment_sibling(d: DataType, r: &Recipient) -> Option<DataType> {
    if !matches!(r.kind, RecipientKind::ServiceProvider | RecipientKind::Merchant) {
        return None;
    }
    match d {
        DataType::Payment => Some(DataType::Transactions),
        DataType::Transactions => Some(DataType::Payment),
        _ => None,
    }
}

/// The clauses of a page's sentences, to tell whether an earlier version's evidence is still
/// on the page word for word.
#[derive(Debug, Default)]
pub struct Wording(std::collections::HashSet<String>);

/// A sentence cut at `;`, `:` and line breaks, each clause lower-cased with its words joined by
/// single spaces (punctuation inside words kept, trailing punctuation dropped).
fn clauses(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split([';', ':', '\n']).filter_map(|c| {
        let words: Vec<String> = c
            .split_whitespace()
            .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    })
}

impl Wording {
    /// The clauses of these sentences.
    pub fn new<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Self {
        Wording(sentences.into_iter().flat_map(clauses).collect())
    }

    /// Every clause of `evidence` (a snapshot's evidence may be cut, ending in "…": its last,
    /// cut clause is not asked for) is on the page, and together they are more than a few words:
    /// the page still says what the evidence said, though a sentence boundary or an inserted
    /// clause may now split it ("… including their content; Interactions with Meta's AI …").
    pub fn still_says(&self, evidence: &str) -> bool {
        let (text, cut) = match evidence.strip_suffix('\u{2026}') {
            Some(t) => (t, true),
            None => (evidence, false),
        };
        let mut cl: Vec<String> = clauses(text).collect();
        if cut {
            cl.pop();
        }
        !self.0.is_empty()
            && cl.iter().map(|c| c.split(' ').count()).sum::<usize>() >= 6
            && cl.iter().all(|c| self.0.contains(c))
    }
}

/// Findings and promises of `current` compared by meaning with `previous`. `practices_unchanged`:
/// the current version says its sharing is as it was, so a recipient that got data before gets
/// nothing new unless a sentence frames it as a change. `wording`: the current version's clauses;
/// an earlier finding whose sentence is still there word for word is not reported as removed.
pub fn diff(
    current: &[Statement],
    previous: &[Statement],
    practices_unchanged: bool,
    wording: &Wording,
) -> (Vec<Finding>, Vec<Assurance>) {
    // What a version says has ended is not a current practice of that version.
    let ended = |sts: &[Statement]| -> Option<Vec<Statement>> {
        sts.iter()
            .any(|s| s.framing == Framing::Removed)
            .then(|| sts.iter().filter(|s| s.framing != Framing::Removed).cloned().collect())
    };
    let (cur_owned, prev_owned) = (ended(current), ended(previous));
    // … but it is a promise the version makes now ("As of this update, we no longer sell or
    // share your wash history … with data brokers").
    let stopped_now: Vec<&Statement> = current.iter().filter(|s| s.framing == Framing::Removed && !s.negated).collect();
    let current = cur_owned.as_deref().unwrap_or(current);
    let previous = prev_owned.as_deref().unwrap_or(previous);
    // "Quillon Learning (formerly EduCloud Systems)": the earlier version's EduCloud Systems is
    // the company the current one names Quillon Learning.
    let renamed = renamed_previous(current, previous);
    let previous = renamed.as_deref().unwrap_or(previous);
    let prev_index = PairIndex::new(previous);
    // Anonymous, aggregated statistics before do not cover identifiable data now ("statistiques
    // anonymes" to publishers, then "votre historique de lecture").
    let prev_identified: Vec<Statement> = previous.iter().filter(|s| !s.deidentified).cloned().collect();
    let prev_ident_index = PairIndex::new(&prev_identified);
    let cur_index = PairIndex::new(current);
    // A named recipient's data includes what its paragraph names: versions that split "we use
    // your name and phone number to remind you" and "Reminders are sent through Weave" across two
    // sentences, or join them in one, say the same.
    let nearby = |sts: &[Statement]| {
        let mut m: std::collections::HashMap<String, Vec<DataType>> = std::collections::HashMap::new();
        for st in sts.iter().filter(|s| !s.negated) {
            for r in &st.recipients {
                if let Some(n) = &r.name {
                    let e = m.entry(normalize_name(n)).or_default();
                    for d in st.data.iter().chain(&st.nearby_data) {
                        if !e.contains(d) {
                            e.push(*d);
                        }
                    }
                }
            }
        }
        m
    };
    let (prev_nearby, cur_nearby) = (nearby(previous), nearby(current));
    let near = |m: &std::collections::HashMap<String, Vec<DataType>>, d: DataType, r: &Recipient| {
        r.name.as_deref().is_some_and(|n| m.get(&normalize_name(n)).is_some_and(|v| v.contains(&d)))
    };
    // "Wir geben Temperatur- und Heizdaten sowie die Seriennummer … an unseren Hosting-Dienstleister
    // weiter" then "Die Messwerte … sowie die Seriennummer werden bei einem Auftragsverarbeiter
    // gespeichert": a statement to the same recipient that names some of the same data (and
    // does not itself say it is a change) is a rewording; what else it names in ordinary data
    // ("Heizdaten" then, "Messwerte" now) was said before in other words. Sensitive data is
    // never assumed to have been there.
    let vague_before = |st: &Statement, d: DataType, r: &Recipient| {
        let sensitive = matches!(
            d,
            DataType::Health
                | DataType::Biometric
                | DataType::Genetic
                | DataType::Demographic
                | DataType::PreciseLocation
                | DataType::Messages
                | DataType::Government
                | DataType::Browsing
                | DataType::AddressBook
        );
        // ("Utilizamos proveedores de alojamiento … que tratan tus datos" then "Nuestros
        // proveedores de servicios … tratan los datos" read with the name and phone just listed:
        // the same kind of recipient got "your data" before.)
        !sensitive
            && st.framing != crate::statements::Framing::New
            && (prev_index.kind_before(DataType::Other, r)
                || previous.iter().filter(|p| !p.negated).any(|p| {
                    p.data.iter().any(|x| *x != DataType::Other && st.data.contains(x))
                        && p.recipients.iter().any(|o| match (&o.name, &r.name) {
                            (Some(a), Some(b)) => normalize_name(a) == normalize_name(b),
                            (None, None) => o.kind == r.kind,
                            _ => false,
                        })
                }))
    };
    // "Emergency assistance (Assistline International, …): name, location and medical condition"
    // read with unspecified "third parties": a vaguer recipient for data the earlier version
    // shared too is no evidence of new sharing, unless the statement says it is a change.
    let vague_now = |st: &Statement, d: DataType, r: &Recipient| {
        r.name.is_none()
            && r.kind == RecipientKind::ThirdParty
            && st.framing != crate::statements::Framing::New
            && previous.iter().any(|p| !p.negated && (d == DataType::Other || p.data.contains(&d)))
    };
    let mut findings = Vec::new();
    for st in current.iter().filter(|s| !s.negated) {
        let prev_index = if st.deidentified { &prev_index } else { &prev_ident_index };
        // Group recipients by the set of data that is new for them.
        let mut groups: Vec<(Vec<DataType>, Vec<Recipient>)> = Vec::new();
        let mut old_part: Vec<Recipient> = Vec::new();
        let mut old_data: Vec<DataType> = Vec::new();
        for r in &st.recipients {
            // Unspecified "personal information" is news only if the recipient got nothing before.
            let new_d: Vec<DataType> = st
                .data
                .iter()
                .copied()
                .filter(|d| {
                    !prev_index.covered(*d, r, false)
                        && !(*d == DataType::Other && prev_index.covered_any(r))
                        // ("Technical Data is disclosed to Mixpanel" then, "Mixpanel gets the
                        // information about your device" now: what the earlier version left
                        // unspecified is no evidence of new data, unless the page says so.)
                        && !(st.framing != crate::statements::Framing::New
                            && prev_index.named_before(DataType::Other, r))
                        && !near(&prev_nearby, *d, r)
                        && !(st.framing != crate::statements::Framing::New
                            && payment_sibling(*d, r).is_some_and(|o| prev_index.covered(o, r, false)))
                        && !vague_before(st, *d, r)
                        && !vague_now(st, *d, r)
                        // ("Cette politique a été réécrite pour être plus lisible ; nos pratiques
                        // restent les mêmes": a recipient that got data before gets what the
                        // rewording names, unless a sentence says it is a change.)
                        && !(practices_unchanged
                            && st.framing != crate::statements::Framing::New
                            && prev_index.covered_any(r))
                })
                .collect();
            for d in st.data.iter().filter(|d| !new_d.contains(d)) {
                if !old_data.contains(d) {
                    old_data.push(*d);
                }
                if !old_part.contains(r) {
                    old_part.push(r.clone());
                }
            }
            if new_d.is_empty() {
                continue;
            }
            match groups.iter_mut().find(|(d, _)| *d == new_d) {
                Some((_, rs)) => rs.push(r.clone()),
                None => groups.push((new_d, vec![r.clone()])),
            }
        }
        for (d, rs) in groups {
            findings.push(finding(st, d, &rs, Status::New));
        }
        if !old_part.is_empty() {
            old_data.sort();
            findings.push(finding(st, old_data, &old_part, Status::Unchanged));
        }
    }
    let mut seen_removed: std::collections::HashSet<(Vec<DataType>, Recipient)> = std::collections::HashSet::new();
    for st in previous.iter().filter(|s| !s.negated && !wording.still_says(&s.evidence)) {
        for r in &st.recipients {
            // Unspecified "personal information" is gone only if the recipient gets nothing now.
            let gone: Vec<DataType> = st
                .data
                .iter()
                .copied()
                .filter(|d| {
                    !cur_index.related(*d, r)
                        && !payment_sibling(*d, r).is_some_and(|o| cur_index.covered(o, r, false))
                        && !(*d == DataType::Other && cur_index.covered_any(r))
                        && !near(&cur_nearby, *d, r)
                })
                .collect();
            if gone.is_empty() {
                continue;
            }
            if !seen_removed.insert((gone.clone(), r.clone())) {
                continue;
            }
            findings.push(finding(st, gone, std::slice::from_ref(r), Status::Removed));
        }
    }
    let mut assurances = Vec::new();
    for st in current.iter().filter(|s| s.negated) {
        let kept = st.data.iter().all(|d| st.recipients.iter().all(|r| prev_index.promised(*d, r)));
        assurances.push(assurance(st, if kept { Status::Unchanged } else { Status::New }));
    }
    for st in stopped_now {
        assurances.push(assurance(st, Status::New));
    }
    for st in previous.iter().filter(|s| s.negated) {
        let still = st.data.iter().all(|d| st.recipients.iter().all(|r| cur_index.promised(*d, r)));
        if !still {
            assurances.push(assurance(st, Status::Removed));
        }
    }
    (dedupe_findings(findings), dedupe_assurances(assurances))
}

/// Drops repeated findings and merges findings of one sentence: the same status, sentence and
/// recipients (and de-identification) make one finding whose data and purposes are the union
/// ("we give the buyer the seller's name …, and we give the seller the buyer's name …"). A page
/// that repeats a sentence states one practice, not several.
fn dedupe_findings(v: Vec<Finding>) -> Vec<Finding> {
    use std::hash::Hasher;
    let mut buckets: crate::fasthash::FxHashMap<u64, Vec<usize>> = crate::fasthash::FxHashMap::default();
    let mut out: Vec<Finding> = Vec::with_capacity(v.len());
    for f in v {
        let mut h = crate::fasthash::FxHasher::default();
        {
            use std::hash::Hash;
            (f.status as u8, f.deidentified, &f.evidence).hash(&mut h);
            f.recipients.iter().for_each(|r| (&r.name, r.kind).hash(&mut h));
        }
        let bucket = buckets.entry(h.finish()).or_default();
        let same = bucket.iter().copied().find(|&i| {
            let o = &out[i];
            o.status == f.status
                && o.deidentified == f.deidentified
                && o.evidence == f.evidence
                && same_recipients(&o.recipients, &f.recipients)
        });
        match same {
            Some(i) => {
                let o = &mut out[i];
                if f.data.iter().any(|d| !o.data.contains(d)) {
                    o.data.extend(f.data.iter().filter(|d| !o.data.contains(d)).copied().collect::<Vec<_>>());
                    o.data.sort();
                    o.data_labels = labels_d(&o.data);
                }
                if f.purposes.iter().any(|p| !o.purposes.contains(p)) {
                    o.purposes
                        .extend(f.purposes.iter().filter(|p| !o.purposes.contains(p)).copied().collect::<Vec<_>>());
                    o.purposes.sort();
                    o.purpose_labels = o.purposes.iter().map(|p| p.label().to_string()).collect();
                }
                o.confidence = o.confidence.max(f.confidence);
                if o.opt_out.is_none() {
                    o.opt_out = f.opt_out;
                }
            }
            None => {
                bucket.push(out.len());
                out.push(f);
            }
        }
    }
    drop_contained(out)
}

/// Drops a finding that another finding on the same sentence, with the same status and data,
/// already says in full (its recipients and purposes all among the other's): one table row with
/// two verbs ("Sharing data with law enforcement or partners …" and "The categories of data
/// shared will vary …") is one finding.
fn drop_contained(v: Vec<Finding>) -> Vec<Finding> {
    use std::hash::{Hash, Hasher};
    let mut groups: crate::fasthash::FxHashMap<u64, Vec<usize>> = crate::fasthash::FxHashMap::default();
    for (i, f) in v.iter().enumerate() {
        let mut h = crate::fasthash::FxHasher::default();
        (f.status as u8, f.deidentified, &f.evidence).hash(&mut h);
        groups.entry(h.finish()).or_default().push(i);
    }
    let contains = |o: &Finding, f: &Finding| {
        o.status == f.status
            && o.deidentified == f.deidentified
            && o.evidence == f.evidence
            && f.data == o.data
            && f.purposes.iter().all(|p| o.purposes.contains(p))
            && f.recipients.iter().all(|r| o.recipients.iter().any(|x| x.name == r.name && x.kind == r.kind))
    };
    let mut gone = vec![false; v.len()];
    for idx in groups.values().filter(|g| g.len() > 1) {
        for &i in idx {
            // (Of two equal findings the first stays.)
            if idx.iter().any(|&j| j != i && !gone[j] && contains(&v[j], &v[i]) && (j < i || !contains(&v[i], &v[j]))) {
                gone[i] = true;
            }
        }
    }
    v.into_iter().zip(gone).filter(|(_, g)| !g).map(|(f, _)| f).collect()
}

fn dedupe_assurances(v: Vec<Assurance>) -> Vec<Assurance> {
    let same = |a: &Assurance, b: &Assurance| {
        a.status == b.status
            && a.data == b.data
            && a.evidence == b.evidence
            && same_recipients(&a.recipients, &b.recipients)
    };
    dedupe_by(
        v,
        |a, h| {
            use std::hash::Hash;
            (a.status as u8, &a.data, &a.evidence).hash(h);
            a.recipients.iter().for_each(|r| (&r.name, r.kind).hash(h));
        },
        same,
    )
}

fn same_recipients(a: &[RecipientOut], b: &[RecipientOut]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.name == y.name && x.kind == y.kind)
}

/// Keeps the first of equal items, in order: items are bucketed by a hash of `key` and compared
/// with `same` only within a bucket. (The hash only groups candidates, so the fast
/// [`FxHasher`](crate::fasthash::FxHasher) does instead of SipHash: a collision costs a
/// comparison, never a wrong result.)
fn dedupe_by<T>(v: Vec<T>, key: impl Fn(&T, &mut crate::fasthash::FxHasher), same: impl Fn(&T, &T) -> bool) -> Vec<T> {
    use std::hash::Hasher;
    let mut buckets: crate::fasthash::FxHashMap<u64, Vec<usize>> = crate::fasthash::FxHashMap::default();
    let mut out: Vec<T> = Vec::with_capacity(v.len());
    for item in v {
        let mut h = crate::fasthash::FxHasher::default();
        key(&item, &mut h);
        let bucket = buckets.entry(h.finish()).or_default();
        if bucket.iter().any(|&i| same(&out[i], &item)) {
            continue;
        }
        bucket.push(out.len());
        out.push(item);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

fn join_list(items: &[String], and: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        _ => format!("{} {and} {}", items[..items.len() - 1].join(", "), items[items.len() - 1]),
    }
}

fn uniq(v: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in v {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let t: String = s.chars().take(n).collect();
        format!("{}\u{2026}", t.trim_end())
    }
}

/// The one-paragraph summary.
pub fn summary(findings: &[Finding], assurances: &[Assurance]) -> String {
    let mut parts = Vec::new();
    let sentence_for = |fs: &[&Finding], lead: &str| -> Option<String> {
        if fs.is_empty() {
            return None;
        }
        // Group by recipient label.
        let mut by_r: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
        for f in fs {
            for r in &f.recipients {
                let e = match by_r.iter_mut().find(|(l, _, _)| *l == r.label) {
                    Some(e) => e,
                    None => {
                        by_r.push((r.label.clone(), Vec::new(), Vec::new()));
                        by_r.last_mut().expect("pushed")
                    }
                };
                for d in &f.data {
                    let l = d.label().to_string();
                    if !e.1.contains(&l) {
                        e.1.push(l);
                    }
                }
                for p in &f.purposes {
                    let l = p.label().to_string();
                    if !e.2.contains(&l) {
                        e.2.push(l);
                    }
                }
            }
        }
        by_r.sort_by_key(|(_, d, _)| std::cmp::Reverse(d.len()));
        let n = by_r.len();
        let clauses: Vec<String> = by_r
            .iter()
            .take(3)
            .map(|(r, d, p)| {
                let d: Vec<String> = d.iter().take(4).cloned().collect();
                let mut c = format!("{} \u{2192} {}", join_list(&d, "and"), r);
                if !p.is_empty() {
                    let p: Vec<String> = p.iter().take(3).cloned().collect();
                    c.push_str(&format!(" for {}", join_list(&p, "and")));
                }
                c
            })
            .collect();
        let more = if n > 3 {
            format!(" (and {} more recipient{})", n - 3, if n - 3 == 1 { "" } else { "s" })
        } else {
            String::new()
        };
        Some(format!("{lead}: {}{more}.", clauses.join("; ")))
    };
    let new: Vec<&Finding> = findings.iter().filter(|f| f.status == Status::New).collect();
    let removed: Vec<&Finding> = findings.iter().filter(|f| f.status == Status::Removed).collect();
    let live: Vec<&Finding> =
        findings.iter().filter(|f| matches!(f.status, Status::Existing | Status::Unchanged)).collect();
    if let Some(s) = sentence_for(&new, "New") {
        parts.push(s);
    } else if let Some(s) = sentence_for(&live, "Shared") {
        parts.push(s);
    }
    if let Some(s) = sentence_for(&removed, "No longer shared") {
        parts.push(s);
    }
    // Data the page also shares with someone is "not shared" only with the parties promised
    // ("Not shared: health data with other users", not a bare "health data" beside its sharing).
    let shared_now = |d: DataType| findings.iter().any(|f| f.status != Status::Removed && f.data.contains(&d));
    // "We don't sell your personal information" promises no sale, not that nothing is shared:
    // "Not sold: personal information", beside whatever the page does share.
    let sold: Vec<&Assurance> =
        assurances.iter().filter(|a| a.status != Status::Removed && a.purposes.contains(&Purpose::Sale)).collect();
    let not_sold = uniq(sold.iter().flat_map(|a| a.data_labels.iter().cloned()));
    // ("… with third parties for their own direct marketing purposes": the purpose limits the
    // promise, and says so where the data is shared otherwise.)
    let mut per_data: Vec<(DataType, String, Vec<String>, Vec<String>)> = Vec::new();
    for a in assurances.iter().filter(|a| a.status != Status::Removed && !a.purposes.contains(&Purpose::Sale)) {
        for (d, l) in a.data.iter().zip(&a.data_labels) {
            let k = match per_data.iter().position(|(x, _, _, _)| x == d) {
                Some(k) => k,
                None => {
                    per_data.push((*d, l.clone(), Vec::new(), Vec::new()));
                    per_data.len() - 1
                }
            };
            for r in &a.recipients {
                if !per_data[k].2.contains(&r.label) {
                    per_data[k].2.push(r.label.clone());
                }
            }
            // (Only purposes that narrow a promise: "except as required by law" or "in a
            // merger" are its exceptions, not what it is about.)
            for p in a.purposes.iter().filter(|p| {
                matches!(
                    p,
                    Purpose::Advertising
                        | Purpose::Marketing
                        | Purpose::Personalization
                        | Purpose::Analytics
                        | Purpose::AiTraining
                        | Purpose::Research
                )
            }) {
                let l = p.label().to_string();
                if !per_data[k].3.contains(&l) {
                    per_data[k].3.push(l);
                }
            }
        }
    }
    let not_shared: Vec<String> = per_data
        .into_iter()
        .map(|(d, l, whom, why)| {
            if shared_now(d) && !whom.is_empty() {
                let why = if why.is_empty() { String::new() } else { format!(" for {}", join_list(&why, "or")) };
                format!("{l} with {}{why}", join_list(&whom, "or"))
            } else {
                l
            }
        })
        .collect();
    if !not_shared.is_empty() {
        parts.push(format!("Not shared: {}.", join_list(&not_shared, "and")));
    }
    if !not_sold.is_empty() {
        parts.push(format!("Not sold: {}.", join_list(&not_sold, "and")));
    }
    let dropped =
        uniq(assurances.iter().filter(|a| a.status == Status::Removed).flat_map(|a| a.data_labels.iter().cloned()));
    if !dropped.is_empty() {
        parts.push(format!("Promise dropped: no longer says it will not share {}.", join_list(&dropped, "and")));
    }
    // The opt-out of the news first; of findings for other purposes before those for marketing,
    // whose opt-out may be an unsubscribe link for the company's own mailings.
    fn opt_of<'a>(fs: &[&'a Finding]) -> Option<&'a str> {
        let first = |mail: bool| {
            fs.iter().filter(|f| f.purposes.contains(&Purpose::Marketing) == mail).find_map(|f| f.opt_out.as_deref())
        };
        first(false).or_else(|| first(true))
    }
    let opt = opt_of(&new).or_else(|| opt_of(&live));
    if let Some(o) = opt {
        parts.push(format!("Opt-out: {}", short(o, 160)));
    }
    if parts.is_empty() {
        "No sharing of personal data with third parties found on this page.".to_string()
    } else {
        parts.join(" ")
    }
}

/// FNV-1a 64 of the text, hex.
pub fn text_hash(s: &str) -> String {
    text_hash_parts(std::iter::once(s))
}

/// [`text_hash`] of the parts joined by single spaces, without building the joined string.
pub fn text_hash_parts<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for (i, part) in parts.into_iter().enumerate() {
        for b in (i > 0).then_some(b' ').into_iter().chain(part.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_parts_is_the_hash_of_the_joined_text() {
        assert_eq!(text_hash_parts(["a b", "c", "d e"]), text_hash("a b c d e"));
        assert_eq!(text_hash_parts(std::iter::empty::<&str>()), text_hash(""));
        assert_ne!(text_hash_parts(["ab", "c"]), text_hash_parts(["a", "bc"]));
    }

    fn st(data: &[DataType], r: Recipient, negated: bool, ev: &str) -> Statement {
        Statement {
            data: data.to_vec(),
            recipients: vec![r],
            purposes: vec![],
            negated,
            evidence: ev.into(),
            section: None,
            context: None,
            framing: Framing::Existing,
            modality: Modality::Will,
            opt_out: None,
            confidence: 0.8,
            deidentified: false,
            nearby_data: vec![],
            sentence: 0,
        }
    }
    fn named(n: &str, k: RecipientKind) -> Recipient {
        Recipient { name: Some(n.into()), kind: k }
    }
    fn kind(k: RecipientKind) -> Recipient {
        Recipient { name: None, kind: k }
    }

    /// The hashed index answers exactly what the pairwise `covers` rule says.
    #[test]
    fn pair_index_matches_pairwise_rule() {
        let pool = [
            named("Acme Inc.", RecipientKind::Advertiser),
            named("Acme", RecipientKind::ThirdParty),
            named("Globex", RecipientKind::Analytics),
            kind(RecipientKind::ThirdParty),
            kind(RecipientKind::Advertiser),
            kind(RecipientKind::Analytics),
            kind(RecipientKind::Government),
        ];
        // Every subset of the pool as one version; every pool member as the probe.
        for mask in 0u32..(1 << pool.len()) {
            let members: Vec<Recipient> =
                pool.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, r)| r.clone()).collect();
            let version: Vec<Statement> =
                members.iter().map(|r| st(&[DataType::Email], r.clone(), false, "x")).collect();
            let idx = PairIndex::new(&version);
            for r in &pool {
                let brute = members.iter().any(|o| covers(o, r));
                assert_eq!(idx.covered(DataType::Email, r, false), brute, "covered {r:?} by {members:?}");
                let brute_rel = members.iter().any(|n| covers(n, r) || covers(r, n));
                assert_eq!(idx.related(DataType::Email, r), brute_rel, "related {r:?} to {members:?}");
                assert!(!idx.covered(DataType::Phone, r, false));
            }
        }
    }

    #[test]
    fn names_ignore_legal_suffixes() {
        assert_eq!(normalize_name("WhatsApp Inc."), normalize_name("WhatsApp LLC"));
        assert_eq!(normalize_name("Meta Platforms, Inc."), "meta platforms");
    }

    #[test]
    fn diff_new_unchanged_removed() {
        let old = vec![
            st(&[DataType::Account], kind(RecipientKind::ServiceProvider), false, "old sp"),
            st(&[DataType::Email], named("Acme Inc.", RecipientKind::Advertiser), false, "old acme"),
            st(&[DataType::Other], kind(RecipientKind::ThirdParty), true, "we do not sell"),
        ];
        let new = vec![
            st(&[DataType::Account], kind(RecipientKind::ServiceProvider), false, "new sp"),
            st(&[DataType::Health], kind(RecipientKind::Analytics), false, "new health"),
        ];
        let (f, a) = diff(&new, &old, false, &Wording::default());
        let status_of = |ev: &str| f.iter().find(|x| x.evidence == ev).map(|x| x.status);
        assert_eq!(status_of("new sp"), Some(Status::Unchanged));
        assert_eq!(status_of("new health"), Some(Status::New));
        assert_eq!(status_of("old acme"), Some(Status::Removed));
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].status, Status::Removed);
    }

    #[test]
    fn removed_needs_the_old_sentence_gone_from_the_page() {
        let ev = "It could include the following: your device identifiers; your messages and posts";
        let old = vec![st(&[DataType::Device], kind(RecipientKind::Government), false, ev)];
        let new = vec![st(&[DataType::Other], kind(RecipientKind::Government), false, "b")];
        // The new version splits the sentence with an inserted clause; every clause is still there.
        let wording = Wording::new([
            "It could include the following: your device identifiers; your messages and posts; your AI chats.",
            "For example, messages you send to our assistant.",
        ]);
        let (f, _) = diff(&new, &old, false, &wording);
        assert!(f.iter().all(|x| x.status != Status::Removed), "{f:?}");
        // Without the clause that named the data, the sharing is gone.
        let wording = Wording::new(["It could include the following: your messages and posts."]);
        let (f, _) = diff(&new, &old, false, &wording);
        assert!(f.iter().any(|x| x.status == Status::Removed), "{f:?}");
        // A snapshot's cut evidence asks only for its whole clauses.
        assert!(
            Wording::new([ev]).still_says("It could include the following: your device identifiers; your mes\u{2026}")
        );
        // A few words are no evidence that a sentence is still there.
        assert!(!Wording::new(["Cookies."]).still_says("Cookies"));
    }

    #[test]
    fn three_letter_name_opens_its_long_form() {
        assert!(same_company("dpd", "dpd group uk"));
        assert!(!same_company("ups", "ups and downs"));
        assert!(same_company("paddle", "paddle com market"));
    }

    #[test]
    fn rename_of_company_is_not_new() {
        let old = vec![st(&[DataType::Phone], named("WhatsApp Inc.", RecipientKind::Affiliate), false, "a")];
        let new = vec![st(&[DataType::Phone], named("WhatsApp LLC", RecipientKind::Affiliate), false, "b")];
        let (f, _) = diff(&new, &old, false, &Wording::default());
        assert!(f.iter().all(|x| x.status == Status::Unchanged), "{f:?}");
    }

    #[test]
    fn summary_reads_well() {
        let mut s = st(&[DataType::Phone, DataType::Usage], named("Facebook", RecipientKind::Affiliate), false, "x");
        s.purposes = vec![Purpose::Advertising];
        s.opt_out = Some("You can opt out within 30 days in Settings.".into());
        let (mut f, _) = from_framing(&[s]);
        f[0].status = Status::New;
        let a = vec![assurance(
            &st(&[DataType::Messages], named("Facebook", RecipientKind::Affiliate), true, "y"),
            Status::Existing,
        )];
        assert_eq!(
            summary(&f, &a),
            "New: phone number and usage data \u{2192} Facebook (affiliated company) for advertising. Not shared: message contents. Opt-out: You can opt out within 30 days in Settings."
        );
    }

    #[test]
    fn issue2_user_test_instacart_not_shared_names_whom_when_the_data_is_shared_too() {
        // "We will not disclose your Personal Health Information … with other people … unless …
        // required by law": a bare "Not shared: health data" beside health data going to the
        // authorities contradicted the findings.
        let (f, _) = from_framing(&[st(&[DataType::Health], kind(RecipientKind::Government), false, "x")]);
        let a = vec![
            assurance(&st(&[DataType::Health], kind(RecipientKind::OtherUsers), true, "y"), Status::Existing),
            assurance(&st(&[DataType::Messages], kind(RecipientKind::ThirdParty), true, "z"), Status::Existing),
        ];
        let s = summary(&f, &a);
        assert!(s.contains("Not shared: health data with other users and message contents."), "{s}");
    }
}
