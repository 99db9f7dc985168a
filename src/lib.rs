//! # ShareWatch engine
//!
//! ShareWatch reads a privacy policy, terms-of-service page or an announcement that such a policy
//! is changing, and reports **what personal data is (newly) shared, with whom, and for what
//! purpose**, each finding with the sentence that says so.
//!
//! The engine is a chain of pure stages, each a module with its own types and tests:
//!
//! 1. [`extract`] — main text out of HTML / Markdown / text (drops navigation, banners, scripts).
//! 2. [`statements::sentences`] — sentences and tokens ([`text`]).
//! 3. [`detect`] — language, page kind with reasons, effective date.
//! 4. [`statements`] — data types × recipients × purposes per sentence, with negation, modality,
//!    exceptions, change framing, third-party collection and back-references.
//! 5. [`report`] — statuses (from framing, or a diff by meaning against an earlier version),
//!    summary, snapshot.
//! 6. [`render`] — JSON, Markdown and plain text.
//!
//! All words live in one place, [`lexicon`]. The CLI (`src/main.rs`) and the WebAssembly
//! bindings (`wasm` module, on `wasm32` only) only wire these stages together.
//!
//! ```
//! use sharewatch::{analyze, Options, Previous};
//! let page = "<title>Update to our Privacy Policy</title><h1>We are updating our privacy policy</h1>\
//!             <p>Starting March 1, we will share your phone number with Facebook, our parent company, \
//!             for more relevant ads.</p><p>We will never share your messages with Facebook.</p>";
//! let a = analyze(page, &Options::default(), Previous::None).unwrap();
//! let f = &a.report.findings[0];
//! assert_eq!(f.data[0].id(), "contact.phone");
//! assert_eq!(f.recipients[0].name.as_deref(), Some("Facebook"));
//! assert_eq!(a.report.assurances[0].data[0].id(), "content.messages");
//! ```

#![warn(missing_docs)]

pub mod detect;
pub mod extract;
mod fasthash;
pub mod lexicon;
mod par;
pub mod render;
pub mod report;
pub mod statements;
pub mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use detect::PageKind;
pub use extract::InputType;
pub use render::{render, Format};
pub use report::{Report, Snapshot, Status};

use detect::{detect_kind, detect_language, parse_date, KindEvidence};
use lexicon::{Cue, Lang};
use statements::{extract_statements, match_cues, sentences, Context, Statement};

/// The largest input analysed (bytes). Larger inputs get [`Error::TooLarge`].
pub const MAX_INPUT: usize = 32 * 1024 * 1024;

/// Errors the engine reports instead of a report.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than [`MAX_INPUT`].
    #[error("input is {0} bytes; the limit is {MAX_INPUT} bytes")]
    TooLarge(usize),
    /// The input is not text (binary data).
    #[error("input is not text (it looks like binary data)")]
    NotText,
    /// A snapshot of an unknown schema was given as the previous version.
    #[error("previous snapshot has schema {0}; this engine reads schema {expected}", expected = report::SNAPSHOT_SCHEMA)]
    SnapshotSchema(u32),
}

/// Options for [`analyze`].
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// The page URL (helps page-kind detection; reported back).
    pub url: Option<&'a str>,
    /// The input's markup; sniffed from the content when `None`.
    pub input_type: Option<InputType>,
    /// Analyse even when the page does not look like a policy ("Analyse anyway").
    pub force: bool,
}

/// An earlier version to compare with.
#[derive(Debug, Clone, Copy, Default)]
pub enum Previous<'a> {
    /// No earlier version: statuses come from change framing.
    #[default]
    None,
    /// The earlier page's content (same markup rules as the current one).
    Page(&'a str, Option<InputType>),
    /// A snapshot kept from an earlier analysis.
    Snapshot(&'a Snapshot),
}

/// The result of [`analyze`].
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The report.
    pub report: Report,
    /// A compact snapshot to compare a later version with.
    pub snapshot: Snapshot,
}

struct Core {
    page: report::PageInfo,
    statements: Vec<Statement>,
    opt_outs: Vec<String>,
    notice: Option<String>,
    /// The page is no policy but a news article reporting one: its statements stand, beside the
    /// notice that says so.
    news: bool,
    text_hash: String,
    /// The page says its sharing is as it was ("nos pratiques restent les mêmes").
    practices_unchanged: bool,
    /// The clauses of the page's sentences (built only to compare with an earlier version),
    /// leaving out sentences that say a practice has ended.
    wording: report::Wording,
}

fn check_input(content: &str) -> Result<(), Error> {
    if content.len() > MAX_INPUT {
        return Err(Error::TooLarge(content.len()));
    }
    let sample = content.chars().take(65536);
    let (mut n, mut bad) = (0usize, 0usize);
    for c in sample {
        n += 1;
        bad += usize::from(c == '\u{fffd}' || c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'));
    }
    if n > 0 {
        if bad * 10 > n {
            return Err(Error::NotText);
        }
    }
    Ok(())
}

fn core(content: &str, opts: &Options<'_>, force: bool, wording: bool) -> Result<Core, Error> {
    check_input(content)?;
    let cleaned;
    let content = if content.contains('\0') {
        cleaned = content.replace('\0', "");
        cleaned.as_str()
    } else {
        content
    };
    let ty = opts.input_type.unwrap_or_else(|| InputType::sniff(content));
    let doc = extract::extract(content, ty);
    let mut sents = sentences(&doc);
    let guess = detect_language(
        sents.iter().flat_map(|s| s.toks.iter().filter(|t| t.is_word()).map(|t| t.norm(&s.lower))),
        doc.meta.lang_attr.as_deref(),
    );
    let lang = guess.lang.unwrap_or(Lang::En);
    match_cues(&mut sents, lexicon::lexicon(lang));
    let brand = detect::brand(doc.meta.title.as_deref(), opts.url, lexicon::lexicon(lang))
        .or_else(|| detect::self_name(sents.iter().map(|s| s.text.as_str())))
        .or_else(|| {
            sents
                .iter()
                .enumerate()
                .filter(|(i, s)| *i < 6 || s.heading)
                .find_map(|(_, s)| detect::policy_owner(&s.text))
        });

    let mut statements = if guess.lang.is_some() {
        extract_statements(&sents, &Context { brand: brand.clone(), ..Context::plain(&doc, lang) })
    } else {
        Vec::new()
    };

    // Page kind.
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, extract::BlockKind::Heading(_)))
        .take(3)
        .map(|b| b.text.as_str())
        .collect();
    let mut ev = KindEvidence {
        url: opts.url,
        title: doc.meta.title.as_deref(),
        headings,
        sentences: sents.len(),
        article_meta: doc.meta.article_meta,
        byline: doc.meta.byline,
        ..Default::default()
    };
    ev.numbered_sections = detect::numbered_sections(
        doc.blocks.iter().filter(|b| matches!(b.kind, extract::BlockKind::Heading(_))).map(|b| b.text.as_str()),
    );
    ev.policy_sections = detect::policy_sections(
        doc.blocks.iter().filter(|b| matches!(b.kind, extract::BlockKind::Heading(_))).map(|b| b.text.as_str()),
        guess.lang,
    );
    // ("Kiln & Clay is becoming a maker marketplace - what changes for your data": a title
    // that is not also the first heading is read for change cues too.)
    if let Some(t) = doc.meta.title.as_deref() {
        if !sents.first().is_some_and(|s| s.heading && s.text == t)
            && statements::says_update(t, lexicon::lexicon(lang))
        {
            ev.update_cues += 1.5;
        }
    }
    let mut effective_date = None;
    // The heading that only dates the page ("<h3>Updated September 18, 2024</h3>").
    let mut date_heading: Option<String> = None;
    let mut datelines = 0;
    // Which sentences have a statement naming its recipient (read per sentence below; one pass
    // here, as a scan of all statements per sentence would be quadratic).
    let mut names_recipient = vec![false; sents.len()];
    for st in statements.iter().filter(|st| st.recipients.iter().any(|r| r.name.is_some())) {
        if let Some(x) = names_recipient.get_mut(st.sentence) {
            *x = true;
        }
    }
    // One searcher for all sentences (`str::contains` sets one up per call).
    let cookie = memchr::memmem::Finder::new("cookie");
    for (i, s) in sents.iter().enumerate() {
        if s.has(Cue::FirstPerson) {
            ev.first_person += 1;
        }
        let upd = s.cues.iter().filter(|m| m.value == Cue::UpdateNotice).count() as f64;
        ev.update_cues += upd * if i < 15 { 1.5 } else { 0.5 };
        // A heading "What isn't changing" / "Was gleich bleibt" only stands on a change notice.
        if s.heading && s.cues.iter().any(|m| matches!(m.value, Cue::Continuing | Cue::Stays | Cue::PracticesUnchanged))
        {
            ev.update_cues += 1.5;
        }
        // ("Update to our privacy notice, effective 10 March 2026": the update's words take in
        // "privacy", so the document's name is the word after them.)
        // (The publisher's own document: "Selon sa nouvelle politique de confidentialité" in an
        // article names someone else's.)
        // ("This notice explains what will happen to your information": or the sentence's
        // subject is the document.)
        let this_doc = s.toks.len() > 2
            && s.toks[0].norm(&s.lower) == "this"
            && lexicon::POLICY_DOCUMENT_NOUNS.contains(&s.toks[1].norm(&s.lower));
        let names_doc = || {
            this_doc && s.has(Cue::UpdateNotice)
                || s.cues.iter().filter(|m| m.value == Cue::UpdateNotice).any(|m| {
                    (m.start == 0 || s.has(Cue::FirstPerson))
                        && (m.start..(m.end + 1).min(s.toks.len())).any(|k| {
                            s.toks[k].is_word() && lexicon::POLICY_DOCUMENT_NOUNS.contains(&s.toks[k].norm(&s.lower))
                        })
                })
        };
        if upd > 0.0 && i < 15 && (s.has(Cue::LegalDoc) || names_doc()) {
            ev.names_policy_change = true;
            // A short line just under the title that names the change is the notice's
            // subtitle: "# Straps and parts from partner sellers" + "Update to our privacy
            // notice, effective 10 March 2026".
            if i < 4 && !s.heading && s.toks.iter().filter(|t| t.is_word()).count() <= 12 {
                ev.update_cues += 1.5;
            }
        }
        if s.has(Cue::LegalDoc) {
            ev.legal_sentences += 1;
        }
        // ("… if you do not want your payments reported": a report about the reader is a
        // disclosure, not reporting news.)
        // ("… certain assets of the company to Verdance", "the company's customer database": a
        // notice's own third-person wording, not reporting.)
        let w = |k: usize| s.toks.get(k).filter(|t| t.is_word()).map_or("", |t| t.norm(&s.lower));
        // ("… geben wir die Fotos … an die Pixelstein KI GmbH weiter. Das Unternehmen trainiert
        // damit …": "the company" opening the sentence after one that names who receives is
        // that company.)
        let names_recipient_before = || i > 0 && sents[i - 1].block == s.block && names_recipient[i - 1];
        if s.cues.iter().any(|m| {
            m.value == Cue::News
                && !(m.start == 0 && m.end == 2 && names_recipient_before())
                && !(s.has(Cue::SecondPerson) && w(m.start) == "reported")
                && !(m.end - m.start == 2
                    && w(m.start) == "the"
                    && w(m.start + 1) == "company"
                    && (m.start > 0 && w(m.start - 1) == "of"
                        || matches!(w(m.end), "s" | "'s")
                        || s.text
                            .get(s.toks[m.end - 1].orig.1 as usize..)
                            .is_some_and(|r| r.starts_with("'s") || r.starts_with("\u{2019}s"))))
        }) {
            // ("Publicado el 27 de enero de 2026" over a first-person announcement: a dateline
            // is news only beside other signs of reporting.)
            if s.cues.first().is_some_and(|m| m.value == Cue::News && m.start == 0)
                && s.toks.iter().filter(|t| t.is_word()).count() <= 8
            {
                datelines += 1;
            } else {
                ev.news_sentences += 1;
            }
        }
        let split_byline = || {
            !s.heading
                && detect::lone_newsroom(&s.toks, &s.lower)
                && sents.get(i + 1).is_some_and(|n| n.block == s.block && detect::dateline(&n.toks, &n.lower))
        };
        if i < 6 && !ev.byline && (detect::text_byline(&s.toks, &s.lower) || split_byline()) {
            ev.byline = true;
        }
        if s.has(Cue::Commerce) {
            ev.commerce_sentences += 1;
        }
        // (A sentence about browser cookies, not "the cookies I make every December".)
        if cookie.find(s.lower.as_bytes()).is_some() && detect::web_cookie_context(&s.lower) {
            ev.cookie_sentences += 1;
        }
        if effective_date.is_none() && i < 60 {
            if let Some(m) = s.cues.iter().find(|m| m.value == Cue::DocDate) {
                effective_date = parse_date(&s.toks, &s.lower, &s.text, m.end, lexicon::lexicon(lang));
                if effective_date.is_some() && s.heading && s.toks.len() <= 12 {
                    date_heading = Some(doc.blocks[s.block].text.clone());
                }
            }
        }
    }
    if ev.news_sentences > 0 || ev.byline || ev.article_meta {
        ev.news_sentences += datelines;
    }
    ev.doc_date = effective_date.is_some();
    // A date heads the policy's text but names no section: what follows it has none.
    if let Some(h) = date_heading {
        for st in statements.iter_mut().filter(|st| st.section.as_deref() == Some(h.as_str())) {
            st.section = None;
        }
    }
    let mut seen: Vec<usize> = statements.iter().filter(|s| !s.negated).map(|s| s.sentence).collect();
    seen.sort_unstable();
    seen.dedup();
    ev.sharing_sentences = seen.len();
    let mut promised: Vec<usize> = statements.iter().filter(|s| s.negated).map(|s| s.sentence).collect();
    promised.dedup();
    ev.promise_sentences = promised.len();
    // Sharing announced as a change near the top ("the Company will transfer … to Calder" on a
    // dated notice) is evidence of a change notice.
    let mut announced: Vec<usize> = statements
        .iter()
        .filter(|s| {
            !s.negated
                && s.sentence < 15
                && (s.framing == statements::Framing::New
                    // ("The administrators have agreed to sell the business … to Brimworth
                    // Millinery Ltd": a firm transfer to a named buyer is an event, which no
                    // standing policy states.)
                    || s.modality == statements::Modality::Will
                        && s.purposes.contains(&lexicon::Purpose::BusinessTransfer)
                        && s.recipients
                            .iter()
                            .any(|r| r.kind == lexicon::RecipientKind::Acquirer && r.name.is_some()))
        })
        .map(|s| s.sentence)
        .collect();
    announced.dedup();
    ev.announced_sharing = announced.len();
    let mut named: Vec<usize> = statements
        .iter()
        .filter(|s| {
            announced.contains(&s.sentence)
                && s.framing == statements::Framing::New
                && s.recipients.iter().any(|r| r.name.is_some())
                && s.data.iter().any(|d| *d != lexicon::DataType::Other)
                && sents[s.sentence].has(Cue::FirstPerson)
        })
        .map(|s| s.sentence)
        .collect();
    named.dedup();
    ev.announced_named = named.len();
    let first_existing = statements
        .iter()
        .filter(|s| !s.negated && s.framing == statements::Framing::Existing)
        .map(|s| s.sentence)
        .min();
    ev.existing_before_announced = first_existing.is_some_and(|e| announced.first().is_some_and(|&a| e < a));
    let kind = detect_kind(&ev, guess.lang);
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("SHAREWATCH_DEBUG_KIND").is_some() {
        eprintln!("{ev:?} -> {kind:?} brand={brand:?}");
    }
    if kind.kind == PageKind::PolicyUpdate {
        statements::reframe(
            &mut statements,
            &sents,
            &Context {
                doc: &doc,
                lang,
                update_page: true,
                brand: brand.clone(),
                practices_unchanged: sents.iter().any(statements::says_sharing_unchanged),
                change_section: None,
            },
        );
        if effective_date.is_none() {
            effective_date =
                sents.iter().take(8).find_map(|s| parse_date(&s.toks, &s.lower, &s.text, 0, lexicon::lexicon(lang)));
        }
    }

    let mut notice = None;
    let mut news = false;
    if guess.lang.is_none() {
        notice = Some(format!("Language \u{201c}{}\u{201d} is not supported yet: ShareWatch analyses English, German, French and Spanish pages.", guess.code));
    } else if !kind.kind.is_policy()
        && !force
        && detect::reads_as_news(&ev)
        // (What it reports is a change: sharing that starts, or ends. A how-to article on what
        // smart TVs send to advertisers reports no one company's step.)
        && statements.iter().any(|st| {
            !st.negated
                && (st.framing != statements::Framing::Existing
                    || sents.get(st.sentence).is_some_and(|s| {
                        // (German "werden" is the passive's too: "werden … weitergegeben".)
                        s.cues.iter().any(|m| {
                            matches!(m.value, Cue::Change | Cue::Stop) || m.value == Cue::Future && lang != Lang::De
                        })
                    }))
        })
    {
        // A news article about a company's policy change is no policy, but what it reports the
        // company does is what a reader opened it for. Its findings are what the article says,
        // as standing practice: the article announces no change of its own publisher's.
        // The company its lede names first is the reported policy's publisher: the statements
        // are read again with it as the brand, so that it never receives its own data ("Forno
        // Rodante … ha comunicado a los usuarios", "Foliant said the group would use …").
        let subject = detect::lede_subject(
            sents.iter().map(|s| (s.toks.as_slice(), s.lower.as_str(), s.heading)),
            lexicon::lexicon(lang),
        );
        if subject.is_some() && subject != brand {
            statements = extract_statements(&sents, &Context { brand: subject, ..Context::plain(&doc, lang) });
        }
        // ("Locksmith drops plan to share addresses with alarm company": what it reports has
        // ended or never began.)
        let dropped = doc.meta.title.as_deref().into_iter().chain(sents.iter().map(|s| s.text.as_str())).any(|t| {
            let t = t.to_lowercase();
            lexicon::NEWS_DROPPED_PLAN.iter().any(|p| detect::has_phrase(&t, p))
        });
        // ("A spokesperson declined to say whether Parley would receive money …": a question
        // the article leaves open is no practice.)
        statements.retain(|st| {
            sents.get(st.sentence).is_none_or(|s| {
                let t = s.text.to_lowercase().replace(['\'', '\u{2019}'], " ");
                !lexicon::NEWS_OPEN_QUESTION.iter().any(|p| detect::has_phrase(&t, p))
            })
        });
        for st in statements.iter_mut() {
            st.framing =
                if dropped && !st.negated { statements::Framing::Removed } else { statements::Framing::Existing };
        }
        news = true;
        notice = Some(
            "This page reads like a news article, not a policy: the findings are what it reports; the company's own policy is the authority."
                .into(),
        );
    } else if !kind.kind.is_policy() && !force {
        statements.clear();
        notice = Some("This page does not look like a privacy policy, terms or a policy-change notice.".into());
    }
    let mut opt_outs: Vec<String> = Vec::new();
    if guess.lang.is_some() && (kind.kind.is_policy() || force || news) {
        for s in sents.iter().filter(|s| statements::is_opt_out(s, lexicon::lexicon(lang))) {
            if !opt_outs.contains(&s.text) && opt_outs.len() < 8 {
                opt_outs.push(s.text.clone());
            }
        }
    }
    let page = report::PageInfo {
        kind: kind.kind,
        confidence: (kind.confidence * 100.0).round() / 100.0,
        title: doc.meta.title.clone(),
        language: guess.code.clone(),
        supported: guess.lang.is_some(),
        effective_date,
        reasons: kind.reasons,
        url: opts.url.map(str::to_string),
    };
    // Blocks are whitespace-squashed and non-empty: this is the hash of the squashed full text.
    let text_hash = report::text_hash_parts(doc.blocks.iter().map(|b| b.text.as_str()));
    let practices_unchanged = sents.iter().any(statements::says_sharing_unchanged);
    let wording = if wording {
        let ended: std::collections::HashSet<usize> =
            statements.iter().filter(|s| s.framing == statements::Framing::Removed).map(|s| s.sentence).collect();
        report::Wording::new(sents.iter().enumerate().filter(|(i, _)| !ended.contains(i)).map(|(_, s)| s.text.as_str()))
    } else {
        report::Wording::default()
    };
    Ok(Core { page, statements, opt_outs, notice, news, text_hash, practices_unchanged, wording })
}

/// Analyses a page, optionally against an earlier version.
pub fn analyze(content: &str, opts: &Options<'_>, previous: Previous<'_>) -> Result<Analysis, Error> {
    let c = core(content, opts, opts.force, !matches!(previous, Previous::None))?;
    let (prev_statements, compared_with) = match previous {
        Previous::None => (None, None),
        Previous::Page(old, ty) => {
            let o =
                core(old, &Options { url: opts.url, input_type: ty.or(opts.input_type), force: true }, true, false)?;
            let cw = report::ComparedWith { date: o.page.effective_date.clone(), title: o.page.title.clone() };
            (Some(o.statements), Some(cw))
        }
        Previous::Snapshot(s) => {
            if s.schema != report::SNAPSHOT_SCHEMA {
                return Err(Error::SnapshotSchema(s.schema));
            }
            (
                Some(s.statements.clone()),
                Some(report::ComparedWith { date: s.effective_date.clone(), title: s.title.clone() }),
            )
        }
    };
    let analysed = c.notice.is_none() || c.news || opts.force && c.page.supported;
    let (findings, assurances) = match (&prev_statements, analysed) {
        (_, false) => (Vec::new(), Vec::new()),
        (Some(p), true) => report::diff(&c.statements, p, c.practices_unchanged, &c.wording),
        (None, true) => report::from_framing(&c.statements),
    };
    let summary = match (&c.notice, analysed) {
        (Some(n), false) => n.clone(),
        _ => report::summary(&findings, &assurances),
    };
    let snapshot = Snapshot {
        schema: report::SNAPSHOT_SCHEMA,
        url: opts.url.map(str::to_string),
        title: c.page.title.clone(),
        kind: c.page.kind,
        effective_date: c.page.effective_date.clone(),
        text_hash: c.text_hash,
        // The statements are moved in (nothing below reads them again), field by field: the
        // evidence cut at 400 bytes, no context, the opt-out cut at 200 characters.
        statements: c
            .statements
            .into_iter()
            .map(|s| {
                let evidence = if s.evidence.len() > 400 {
                    let mut cut = 400;
                    while !s.evidence.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    let mut e = String::with_capacity(cut + 3);
                    e.push_str(&s.evidence[..cut]);
                    e.push('\u{2026}');
                    e
                } else {
                    s.evidence
                };
                let opt_out = s.opt_out.map(|o| match o.char_indices().nth(200) {
                    Some((cut, _)) => o[..cut].to_string(),
                    None => o,
                });
                Statement {
                    data: s.data,
                    recipients: s.recipients,
                    purposes: s.purposes,
                    negated: s.negated,
                    evidence,
                    section: s.section,
                    context: None,
                    framing: s.framing,
                    modality: s.modality,
                    opt_out,
                    confidence: s.confidence,
                    deidentified: s.deidentified,
                    nearby_data: s.nearby_data.clone(),
                    sentence: s.sentence,
                }
            })
            .collect(),
    };
    let report = Report {
        page: c.page,
        findings,
        assurances,
        opt_outs: c.opt_outs,
        summary,
        notice: c.notice.filter(|_| !analysed || c.news),
        compared_with,
    };
    Ok(Analysis { report, snapshot })
}
