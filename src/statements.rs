//! Sharing statements: per sentence (with its section, list lead-in and neighbours), which data
//! types go to which recipients for which purposes — with negation, modality, exceptions, change
//! framing, third parties collecting on the site, and back-references ("this information",
//! "they").

use crate::extract::{BlockKind, Document};
use crate::lexicon::{self, Cue, DataType, Entity, Lang, Lexicon, Match, Purpose, RecipientKind, VerbClass};
use crate::text::{split_sentences, tokenize, Token};
use serde::{Deserialize, Serialize};

/// A sentence of the main text, tokenised, with its cues.
#[derive(Debug)]
pub struct Sentence {
    /// The original text.
    pub text: String,
    /// Index of the block it comes from.
    pub block: usize,
    /// The block is a heading.
    pub heading: bool,
    /// Index of the sentence that introduces the list this list item belongs to.
    pub lead: Option<usize>,
    /// The lead-in says the listed parties act on the publisher's behalf (set with the cues).
    pub lead_on_behalf: bool,
    /// Normalised text.
    pub lower: String,
    /// Tokens.
    pub toks: Vec<Token>,
    /// The tokens' hashes for the lexicon's matchers ([`lexicon::token_hashes`]).
    pub hashes: Vec<(u64, u64)>,
    /// Cues (filled once the language is known), as [`lexicon::Matcher::find_all`] finds them:
    /// sorted by start and non-overlapping.
    pub cues: Vec<Match<Cue>>,
}

impl Sentence {
    /// Whether the sentence has this cue.
    pub fn has(&self, cue: Cue) -> bool {
        self.cues.iter().any(|m| m.value == cue)
    }
}

/// Whether the capitalised word at `k` is joined by "&" to a neighbouring capitalised word
/// ("Petal & Post"): part of a company's name.
fn ampersand_name(s: &Sentence, k: usize) -> bool {
    let gap = |a: usize, b: usize| {
        let (ta, tb) = (&s.toks[a], &s.toks[b]);
        ta.cap && tb.cap && s.text.get(ta.orig.1 as usize..tb.orig.0 as usize).is_some_and(|g| g.trim() == "&")
    };
    (k > 0 && gap(k - 1, k)) || (k + 1 < s.toks.len() && gap(k, k + 1))
}

/// Whether the entity `start..end` is one word out of `words`, right after one of `before`
/// ("fitting notes", "head measurements", "the transaction").
fn one_word_after(s: &Sentence, start: usize, end: usize, words: &[&str], before: &[&str]) -> bool {
    end == start + 1 && start > 0 && words.contains(&word_at(s, start)) && before.contains(&word_at(s, start - 1))
}

/// Whether the entity `start..end` is the one word `word`, right before one of `after`
/// ("loyalty scheme", "community standards").
fn one_word_before(s: &Sentence, start: usize, end: usize, word: &str, after: &[&str]) -> bool {
    end == start + 1 && word_at(s, start) == word && after.contains(&word_at(s, end))
}

/// Words before "notes" that make them a record the business keeps ("fitting notes", "case
/// notes"), not content the reader posts.
const KEPT_NOTES: &[&str] = &[
    "fitting", "case", "clinical", "staff", "internal", "consultation", "treatment", "session", "appointment", "visit",
    "therapy", "progress", "medical", "care", "assessment", "job", "survey", "inspection", "repair", "workshop",
    "lesson", "coaching", "teacher", "trainer", "tutor",
];

/// Words before "measurements" that make them the reader's size ("head measurements"), not
/// audience measurement.
const BODY_MEASURED: &[&str] = &[
    "head", "body", "chest", "waist", "hip", "foot", "feet", "ring", "neck", "bust", "leg", "inside", "arm", "shoe",
    "hat", "collar", "fitting", "your", "their", "his", "her",
];

/// Splits the document into tokenised sentences (cues not yet matched).
pub fn sentences(doc: &Document) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(doc.blocks.len() + doc.blocks.len() / 2);
    let mut last_para_sentence: Option<usize> = None;
    for (bi, b) in doc.blocks.iter().enumerate() {
        let heading = matches!(b.kind, BlockKind::Heading(_));
        let ranges = if heading { vec![(0, b.text.len())] } else { split_sentences(&b.text) };
        // A list item's first sentence continues the paragraph sentence that introduces the list,
        // when that sentence reads as a lead-in ("We share your data with:", "… such as").
        // … or a sentence of that paragraph that announces "the following companies".
        let lead = if b.kind == BlockKind::ListItem {
            last_para_sentence.filter(|&l| is_lead_in(&out[l].text)).or_else(|| {
                let l = last_para_sentence?;
                (0..=l).rev().take_while(|&k| out[k].block == out[l].block).find(|&k| {
                    let t = &out[k].lower;
                    [
                        "the following companies", "the following partners", "the following providers",
                        "the following third parties", "folgende unternehmen", "folgenden unternehmen",
                        "folgende partner", "les sociétés suivantes", "les partenaires suivants",
                        "las siguientes empresas",
                    ]
                    .iter()
                    .any(|p| t.contains(p))
                })
            })
        } else {
            None
        };
        for (k, (a, e)) in ranges.into_iter().enumerate() {
            let lead = if k == 0 { lead } else { None };
            let text = b.text[a..e].to_string();
            let (lower, toks) = tokenize(&text);
            let hashes = lexicon::token_hashes(&toks, &lower);
            out.push(Sentence {
                text,
                block: bi,
                heading,
                lead,
                lead_on_behalf: false,
                lower,
                toks,
                hashes,
                cues: Vec::new(),
            });
        }
        match b.kind {
            BlockKind::Paragraph => last_para_sentence = out.len().checked_sub(1),
            BlockKind::Heading(_) => last_para_sentence = None,
            BlockKind::ListItem => {}
        }
    }
    out
}

/// Where the text after a short label ends ("Criteo: Criteo SA sets cookies …" → the token after
/// the colon), or 0 when the sentence has no such label.
/// ("Dirección General de Tráfico (DGT): …": a bracketed short form may end the label.)
fn label_end(s: &Sentence) -> usize {
    let colon = s.toks.iter().take(11).position(|t| t.punct == Some(':'));
    match colon {
        Some(i) if i < 7 || s.toks[i - 1].punct == Some(')') && i - 3 < 7 && s.toks[i - 3].punct == Some('(') => i + 1,
        _ => 0,
    }
}

/// Whether the verb at `p` offers choices rather than data ("… self-regulatory programs, which
/// provide additional privacy choices"), looking no further than `end`.
/// ("These Supplemental Privacy Disclosures provide additional examples", "the following
/// provides additional examples of the personal information we may collect:": a text that
/// gives the reader information shares nothing either.)
fn offers_choices(s: &Sentence, p: usize, end: usize) -> bool {
    document_provides(s, p, end)
        || matches!(word_at(s, p), "provide" | "provides" | "offer" | "offers")
            && (p + 1..(p + 5).min(end)).any(|k| {
                matches!(word_at(s, k), "choices" | "options" | "controls" | "tools" | "mechanisms" | "settings")
            })
}

/// Whether a document or a part of it is what provides at `p` ("These Disclosures provide
/// additional examples and information", "the following provides …"), with no receiver after.
fn document_provides(s: &Sentence, p: usize, end: usize) -> bool {
    matches!(word_at(s, p), "provide" | "provides" | "offer" | "offers")
        && p > 0
        && matches!(
            word_at(s, p - 1),
            "following"
                | "below"
                | "section"
                | "sections"
                | "policy"
                | "notice"
                | "statement"
                | "disclosures"
                | "table"
                | "chart"
                | "document"
                | "page"
        )
        && !(p + 2..end).any(|k| {
            cue_at(s, k) == Some(Cue::RecipientPrep)
                && word_at(s, k + 1) != "you"
                && !matches!(word_at(s, k - 1), "applicable" | "relevant" | "related" | "specific" | "according")
        })
}

/// Whether the word at `p` is one of a list of practices named as nouns, after "about",
/// "regarding" … ("their own rules about information collection, use, storage, and sharing").
fn practice_noun_list(s: &Sentence, p: usize) -> bool {
    let practice = |k: usize| {
        matches!(
            word_at(s, k),
            "collection"
                | "use"
                | "storage"
                | "retention"
                | "processing"
                | "deletion"
                | "handling"
                | "sharing"
                | "disclosure"
                | "disclosures"
                | "transfer"
                | "transfers"
        )
    };
    let joiner = |k: usize| s.toks[k].punct == Some(',') || matches!(word_at(s, k), "and" | "or");
    if !practice(p) {
        return false;
    }
    let mut first = p;
    while first > 0 && (joiner(first - 1) || practice(first - 1)) {
        first -= 1;
    }
    let mut last = p;
    while last + 1 < s.toks.len() && (joiner(last + 1) || practice(last + 1)) {
        last += 1;
    }
    let count = (first..=last).filter(|&k| practice(k)).count();
    count >= 3
        && first > 0
        && matches!(
            word_at(s, first - 1),
            "about" | "regarding" | "concerning" | "governing" | "govern" | "information" | "data"
        )
}

/// Text that is data or code shown as text (a scraped page's JSON configuration,
/// `{"text":"Payments","href":"/renter-hub/payments/"}`), not prose: it states nothing.
fn code_like(text: &str) -> bool {
    let marks = text.bytes().filter(|b| matches!(b, b'{' | b'}' | b'[' | b']' | b'"')).count();
    marks >= 12 && marks * 12 >= text.len()
}

/// "Sell with Zillow Offers", "Rent with Acme": a short menu label for selling or renting a
/// home or goods through a service, not a sale of anyone's data.
fn trade_label(s: &Sentence) -> bool {
    let words = s.toks.iter().filter(|t| t.is_word()).count();
    words <= 6
        && matches!(word_at(s, 0), "sell" | "buy" | "rent" | "shop" | "book")
        && matches!(word_at(s, 1), "with" | "on" | "through" | "via")
}

/// "… will be transferred to Hornby Lane Models when the sale completes": "when" before the
/// completion of a sale or merger dates a settled event; it is no condition.
fn event_when(s: &Sentence, k: usize) -> bool {
    matches!(word_at(s, k), "when" | "once")
        && (k + 1..(k + 4).min(s.toks.len())).any(|j| {
            matches!(
                word_at(s, j),
                "sale" | "transaction" | "merger" | "acquisition" | "deal" | "transfer" | "takeover" | "purchase"
            ) && matches!(
                word_at(s, j + 1),
                "completes" | "closes" | "is" | "has" | "takes" | "goes" | "complete" | "close" | "becomes"
            ) && (word_at(s, j + 1) != "is" && word_at(s, j + 1) != "has"
                || matches!(
                    word_at(s, j + 2),
                    "completed" | "closed" | "finalised" | "finalized" | "done" | "effective"
                ))
        })
}

/// Whether a sentence tells the reader how to opt out of sharing: an opt-out phrase in a sentence
/// that is about sharing (a sharing verb, a recipient or a purpose), so that "You can change the
/// language in your account settings" is not one.
pub fn is_opt_out(s: &Sentence, lex: &Lexicon) -> bool {
    if s.heading || !s.has(Cue::OptOut) {
        return false;
    }
    // "You can opt out of the former, but not the latter.": a way out of something named only
    // in the sentence before, which the reader of the finding does not see.
    if (1..s.toks.len()).any(|k| matches!(word_at(s, k), "former" | "latter") && word_at(s, k - 1) == "the") {
        return false;
    }
    // "The lawfulness of processing before you withdraw your consent will not be affected":
    // the GDPR's reminder, no way out.
    if (0..s.toks.len()).any(|k| {
        matches!(word_at(s, k), "lawfulness" | "licéité" | "liceite" | "licitud" | "rechtmäßigkeit" | "rechtmassigkeit")
    }) {
        return false;
    }
    // "Information may be collected to remember your opt-out preferences": the reader's
    // recorded choice, no way to make it.
    if s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        o.start > 0
            && word_at(s, o.start - 1) == "your"
            && matches!(word_at(s, o.end), "preference" | "preferences" | "choice" | "choices" | "status" | "signal")
    }) {
        return false;
    }
    // "If we disable an account for violating our Terms, …": what we switch off is no choice
    // of the reader's.
    if s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        let we = |k: usize| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros");
        // ("Where legally permitted, we may decline to process requests …": a modal between.)
        o.start > 0 && we(o.start - 1)
            || o.start > 1
                && we(o.start - 2)
                && matches!(word_at(s, o.start - 1), "may" | "can" | "will" | "might" | "could" | "also" | "then")
    }) {
        return false;
    }
    // "… the separate opt-out address is no longer needed", "you cannot opt out of …": no way
    // out on offer.
    // ("which you may not be able to opt-out from receiving": "be able to" between them.)
    let denied = s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        s.cues.iter().any(|m| {
            matches!(m.value, Cue::Negation | Cue::Stop)
                && (m.start >= o.end && m.start - o.end <= 4
                    || m.end <= o.start
                        && (o.start - m.end <= 1
                            || (m.end..o.start).all(|k| matches!(word_at(s, k), "be" | "able" | "to"))))
        })
    });
    if denied {
        return false;
    }
    // "However, if you choose to disable cookies, many of the features will not operate
    // properly": a warning about the consequence, not the way out.
    let caveat = s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        (o.start.saturating_sub(4)..o.start).any(|k| word_at(s, k) == "if")
            && s.cues.iter().any(|m| m.value == Cue::Negation && m.start > o.end)
            && (o.end..s.toks.len()).any(|k| {
                matches!(
                    word_at(s, k),
                    "work"
                        | "operate"
                        | "function"
                        | "properly"
                        | "available"
                        | "correctly"
                        | "able"
                        | "fonctionner"
                        | "funktionieren"
                        | "funcionar"
                )
            })
    });
    if caveat {
        return false;
    }
    // "If you opt out, we may still collect and use the information for other purposes", "When
    // you choose to opt out …, you will still see Advertisements": what stays after opting out.
    let aftermath = s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        (o.start.saturating_sub(5)..o.start).any(|k| matches!(word_at(s, k), "if" | "when" | "once" | "after"))
            && (o.end..s.toks.len()).any(|k| word_at(s, k) == "still")
    });
    if aftermath {
        return false;
    }
    // "… depending on where you live, we may require your consent or you may be able to opt out
    // of such activities": a right some readers may have, with no way to use it.
    let hedged = lex.lang == Lang::En
        && (0..s.toks.len()).any(|k| {
            matches!(word_at(s, k), "may" | "might") && word_at(s, k + 1) == "be" && word_at(s, k + 2) == "able"
                || word_at(s, k) == "depending" && matches!(word_at(s, k + 1), "on" | "where")
        });
    let instructed = (0..s.toks.len()).any(|k| {
        matches!(
            word_at(s, k),
            "by" | "via"
                | "visit"
                | "visiting"
                | "click"
                | "clicking"
                | "settings"
                | "contact"
                | "contacting"
                | "email"
                | "emailing"
                | "using"
                | "here"
                | "link"
                | "page"
                | "form"
                | "toggle"
                | "unsubscribe"
                | "call"
                | "write"
        )
    }) || s.text.contains('@')
        || s.text.contains("http");
    if hedged && !instructed {
        return false;
    }
    // "You should explain this to others with access to your account, and if you do not want
    // them to use or change your profile, be sure to let them know": a word with other people,
    // no choice the service offers.
    let between_people = s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        (o.end..(o.end + 3).min(s.toks.len())).any(|k| matches!(word_at(s, k), "them" | "others" | "him" | "her"))
            && (0..s.toks.len()).any(|k| matches!(word_at(s, k), "tell" | "let" | "explain" | "ask"))
    });
    if between_people && !s.text.contains("http") && !s.text.contains('@') {
        return false;
    }
    // "Voici ce qui change, et comment vous y opposer", "Here is how to opt out:": announces the
    // way out, which a later sentence gives.
    let announced = s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|o| {
        (o.start.saturating_sub(4)..o.start)
            .any(|k| matches!(word_at(s, k), "how" | "comment" | "wie" | "cómo" | "como"))
    });
    if announced && !instructed {
        return false;
    }
    // "opt out", "turn off", "unsubscribe" are opt-outs; "you can change", "manage your
    // preferences" only in a sentence about sharing.
    // ("… comply with regional laws (for example, consent/opt-out prompts and notices)": an
    // opt-out named inside brackets is an example, not the way out.)
    let bracketed = |k: usize| {
        let open = s.toks[..k].iter().filter(|t| t.punct == Some('(')).count();
        let close = s.toks[..k].iter().filter(|t| t.punct == Some(')')).count();
        open > close
    };
    if s.cues.iter().filter(|m| m.value == Cue::OptOut).all(|m| bracketed(m.start)) {
        return false;
    }
    let strong = s.cues.iter().filter(|m| m.value == Cue::OptOut && !bracketed(m.start)).any(|m| {
        !matches!(
            word_at(s, m.start),
            "you" | "manage" | "adjust" | "decline" | "choose" | "disable" | "if" | "vous" | "sie" | "puedes" | "puede"
        // "Unsubscribe from product news": an e-mail's footer, unless about sharing.
        | "unsubscribe" | "abmelden" | "desabonner" | "desinscrire" | "darse" | "darte"
        )
    });
    if strong {
        return true;
    }
    if s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Collect))) {
        return true;
    }
    let e = entities(s, lex);
    !e.purposes.is_empty() || !e.recips.is_empty()
}

/// Whether a sentence introduces a list: it ends with a colon or dash, or without a full stop.
fn is_lead_in(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([':', '-', '\u{2013}', '\u{2014}', ',', ';']) || t.chars().last().is_some_and(char::is_alphanumeric)
}

/// Matches the cues of every sentence with the language's lexicon.
pub fn match_cues(sents: &mut [Sentence], lex: &Lexicon) {
    // Each sentence's cues are its own: a long page matches its two halves on two threads.
    let parallel = crate::par::worth_it(sents.len());
    let (a, b) = sents.split_at_mut(sents.len() / 2);
    crate::par::join(parallel, || match_cues_in(a, lex), || match_cues_in(b, lex));
    // "We share personal information with the following companies, which act on our behalf:"
    // speaks for every item of its list.
    for i in 0..sents.len() {
        if let Some(l) = sents[i].lead {
            sents[i].lead_on_behalf = l < i && sents[l].has(Cue::OnBehalf);
        }
    }
}

/// Whether the data at `start` is taken out of what is shared: "after removing names and email
/// addresses" (a removing word before it, across other data and the words that join them).
fn removed_data(s: &Sentence, all: &[Match<Entity>], start: usize) -> bool {
    let mut k = start;
    while k > 0 && start - k < 12 {
        k -= 1;
        let w = word_at(s, k);
        if lexicon::REMOVING.contains(&w) {
            return true;
        }
        let joins = matches!(s.toks[k].punct, Some(','))
            || matches!(
                w,
                "and"
                    | "or"
                    | "your"
                    | "the"
                    | "any"
                    | "all"
                    | "of"
                    | "des"
                    | "de"
                    | "du"
                    | "la"
                    | "le"
                    | "les"
                    | "tu"
                    | "tus"
                    | "su"
                    | "sus"
                    | "los"
                    | "las"
                    | "ihres"
                    | "ihrer"
                    | "ihren"
                    | "ihre"
                    | "und"
                    | "et"
                    | "y"
                    | "votre"
                    | "vos"
            );
        let data = all.iter().any(|m| matches!(m.value, Entity::Data(_)) && m.start <= k && k < m.end);
        if !(joins || data) {
            break;
        }
    }
    // "Your name and email address are removed before anything is sent": the subject of a
    // passive of removing (across the data and the words that join them).
    let mut k = start;
    while k < s.toks.len() && k - start < 16 {
        let w = word_at(s, k);
        let data = all.iter().any(|m| matches!(m.value, Entity::Data(_)) && m.start <= k && k < m.end);
        if !data && matches!(w, "is" | "are" | "will" | "get" | "gets") {
            let mut j = k + 1;
            while matches!(word_at(s, j), "be" | "always" | "first" | "then" | "also") {
                j += 1;
            }
            let v = word_at(s, j);
            return matches!(v, "removed" | "deleted" | "stripped" | "erased" | "redacted" | "taken" | "blanked")
                && (j + 1..(j + 4).min(s.toks.len())).any(|i| matches!(word_at(s, i), "before" | "prior" | "from"));
        }
        let joins = matches!(s.toks[k].punct, Some(','))
            || matches!(w, "and" | "or" | "your" | "the" | "any" | "all" | "of" | "their");
        if !(joins || data) {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether the recipient at `start` is named as someone at risk: "threats to the public", "risks
/// to other users", "harm to third parties", "the safety of our users".
fn harmed_party(s: &Sentence, start: usize) -> bool {
    let mut k = start;
    while k > 0 && matches!(word_at(s, k - 1), "the" | "our" | "other" | "any") {
        k -= 1;
    }
    k >= 2
        && matches!(word_at(s, k - 1), "to" | "of")
        && matches!(
            word_at(s, k - 2),
            "threat" | "threats" | "risk" | "risks" | "harm" | "danger" | "dangers" | "damage" | "injury" | "safety"
        )
}

/// Whether the recipient noun at `start` names a role the publisher plays: "as a manufacturer",
/// "acting as a processor", "we are a regulated virtual asset service provider" (a few
/// modifiers may come between the article and the noun).
fn publisher_role(s: &Sentence, start: usize) -> bool {
    let Some(art) = (start.saturating_sub(5)..start)
        .rev()
        .take_while(|&k| s.toks[k].is_word() && !matches!(word_at(s, k), "and" | "or" | "with" | "to" | "by" | "of"))
        .find(|&k| matches!(word_at(s, k), "a" | "an"))
    else {
        return false;
    };
    art >= 1
        && (word_at(s, art - 1) == "as" && !(art >= 2 && word_at(s, art - 2) == "such")
            || matches!(word_at(s, art - 1), "are" | "re") && art >= 2 && word_at(s, art - 2) == "we")
}

/// Whether `word` has a capital after a small letter ("ShareProgress", "eBay"): a name.
fn camel_case(word: &str) -> bool {
    let mut prev_lower = false;
    for c in word.chars() {
        if prev_lower && c.is_uppercase() {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// The cues of each of `sents`, on their own.
fn match_cues_in(sents: &mut [Sentence], lex: &Lexicon) {
    for s in sents.iter_mut() {
        // About one cue per three tokens: one allocation instead of several regrowths.
        let mut cues = Vec::with_capacity(s.toks.len() / 3 + 1);
        lex.cues.find_all_hashed(&s.toks, &s.lower, &s.hashes, &mut cues);
        // "ShareProgress", "TransferWise": a name spelt in camel case is no verb.
        cues.retain(|m| !(matches!(m.value, Cue::Verb(_)) && camel_case(s.toks[m.start].orig(&s.text))));
        // "Sie speichert Ihren Namen …": "sie" before a verb in the third person singular is the
        // company just named ("she"/"it"), not the formal "you" ("Sie erhalten", "Sie können").
        if lex.lang == Lang::De {
            let verb_at: Vec<usize> =
                cues.iter().filter(|c| matches!(c.value, Cue::Verb(_))).map(|c| c.start).collect();
            for m in cues.iter_mut() {
                if m.value == Cue::SecondPerson
                    && s.toks[m.start].norm(&s.lower) == "sie"
                    && s.toks.get(m.end).is_some_and(|t| {
                        let w = t.norm(&s.lower);
                        t.is_word() && w.len() > 3 && w.ends_with('t') && !w.ends_with("en")
                    })
                    && verb_at.contains(&m.end)
                {
                    m.value = Cue::Coref;
                }
            }
        }
        // "## Shared spaces and tools", "a shared kitchen": "shared" before a plain noun is an
        // adjective, no verb.
        if lex.lang == Lang::En {
            cues.retain(|m| {
                !(matches!(m.value, Cue::Verb(_))
                    && m.end == m.start + 1
                    && s.toks[m.start].norm(&s.lower) == "shared"
                    && s.toks
                        .get(m.end)
                        .is_some_and(|t| t.is_word() && lexicon::SHARED_THINGS.contains(&t.norm(&s.lower))))
            });
        }
        // "your “For You” feed", "the news feed": a feed after a determiner or a name is a noun.
        if lex.lang == Lang::En {
            cues.retain(|m| {
                !(matches!(m.value, Cue::Verb(_))
                    && m.start > 0
                    && s.toks[m.start].norm(&s.lower) == "feed"
                    && (s.toks[m.start - 1].punct.is_some_and(|p| p != ',')
                        || matches!(
                            s.toks[m.start - 1].norm(&s.lower),
                            "your"
                                | "the"
                                | "a"
                                | "our"
                                | "their"
                                | "news"
                                | "home"
                                | "activity"
                                | "social"
                                | "rss"
                                | "live"
                                | "main"
                                | "personalised"
                                | "personalized"
                                | "video"
                                | "content"
                                | "data"
                        )))
            });
        }
        // "… we post some of them, with your first name, on our public Instagram and Facebook
        // pages": "post" after "we" (and a modal or adverb) and before its object is the verb of
        // publishing, not posts.
        if lex.lang == Lang::En {
            let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
            for k in 1..s.toks.len() {
                if !matches!(w(k), "post" | "posts") || cues.iter().any(|m| m.start <= k && k < m.end) {
                    continue;
                }
                let we = w(k - 1) == "we"
                    || k >= 2
                        && w(k - 2) == "we"
                        && matches!(
                            w(k - 1),
                            "may" | "will" | "also" | "sometimes" | "might" | "then" | "can" | "occasionally"
                        );
                let object = matches!(
                    w(k + 1),
                    "them"
                        | "it"
                        | "some"
                        | "your"
                        | "these"
                        | "those"
                        | "the"
                        | "selected"
                        | "photos"
                        | "photographs"
                        | "pictures"
                        | "images"
                        | "videos"
                        | "reviews"
                        | "results"
                );
                if we && object {
                    let at = cues.partition_point(|m| m.start < k);
                    cues.insert(at, Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Share) });
                }
            }
        }
        // "creators are able to offer paid access to posts", "the access to your data": "access"
        // after a determiner or an adjective of price or scope is a noun, no one receiving.
        if lex.lang == Lang::En {
            cues.retain(|m| {
                !(matches!(m.value, Cue::Verb(_))
                    && m.end == m.start + 1
                    && m.start > 0
                    && s.toks[m.start].norm(&s.lower) == "access"
                    && lexicon::ACCESS_NOUN_AFTER.contains(&s.toks[m.start - 1].norm(&s.lower)))
            });
        }
        // "to trade and domestic customers", "trade shows", "trade secrets": "trade" before
        // anything but its object is a noun or an adjective.
        if lex.lang == Lang::En {
            cues.retain(|m| {
                !(matches!(m.value, Cue::Verb(_))
                    && m.end == m.start + 1
                    && matches!(s.toks[m.start].norm(&s.lower), "trade" | "trades")
                    && s.toks
                        .get(m.end)
                        .is_some_and(|t| t.is_word() && !lexicon::TRADE_OBJECT_WORDS.contains(&t.norm(&s.lower))))
            });
        }
        // "l'accès aux espaces de travail partagés exploités par …", "un agenda partagé": a
        // participle right after a noun, with no auxiliary and no one it goes to, is an adjective
        // ("les données partagées avec nos partenaires" still shares).
        if lex.lang == Lang::Fr {
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(matches!(m.value, Cue::Verb(_))
                    && m.end == m.start + 1
                    && m.start > 0
                    && matches!(w(m.start), "partagé" | "partagés" | "partagée" | "partagées")
                    && s.toks[m.start - 1].is_word()
                    && !lexicon::FRENCH_AUXILIARIES.contains(&w(m.start - 1))
                    && !matches!(w(m.end), "avec" | "à" | "a" | "au" | "aux" | "par" | "entre" | "auprès" | "")
                    && !matches!(w(m.start - 1), "pas" | "jamais" | "plus"))
            });
        }
        // "… die die App während Ihres Aufenthalts erfasst": "während" before a genitive is
        // "during", no clause of its own ("while").
        if lex.lang == Lang::De {
            cues.retain(|m| {
                !(m.value == Cue::ClauseBreak
                    && matches!(s.toks[m.start].norm(&s.lower), "während" | "wahrend")
                    && s.toks
                        .get(m.start + 1)
                        .is_some_and(|t| lexicon::GERMAN_GENITIVE_DETERMINERS.contains(&t.norm(&s.lower))))
            });
        }
        // "Unsere Buchhaltung wird von einem Steuerberater erledigt, der …": "von" after a
        // passive auxiliary names who does it (the agent), not where data comes from.
        if lex.lang == Lang::De {
            cues.retain(|m| {
                !(m.value == Cue::Source
                    && m.end == m.start + 1
                    && m.start > 0
                    && s.toks[m.start].norm(&s.lower) == "von"
                    && matches!(s.toks[m.start - 1].norm(&s.lower), "wird" | "werden" | "wurde" | "wurden" | "worden"))
            });
        }
        // "ClearSkin uses IT companies that host …": information technology, not the pronoun.
        if lex.lang == Lang::En {
            cues.retain(|m| {
                !(m.value == Cue::Coref
                    && m.end == m.start + 1
                    && s.toks[m.start].orig(&s.text) == "IT"
                    && s.toks.get(m.end).is_some_and(|t| t.is_word() && !t.cap))
            });
        }
        // "facilitamos los datos de matrícula del alumnado", "les données de facturation": data
        // named by what follows ("of enrolment") refers back to nothing.
        if matches!(lex.lang, Lang::Es | Lang::Fr) {
            for m in cues.iter_mut().filter(|m| m.value == Cue::Coref && m.end - m.start == 2) {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                if matches!(w(m.start), "los" | "las" | "les")
                    && matches!(w(m.end), "de" | "del" | "du" | "des" | "d")
                    && !matches!(
                        w(m.end + 1),
                        "este" | "esta" | "estos" | "estas" | "ce" | "cet" | "cette" | "ces" | "ese" | "esos" | "esas"
                    )
                {
                    m.value = Cue::DataHead;
                }
            }
        }
        // "we now share", "they will now receive": "now" right before a verb frames a change
        // (the verb stays a verb).
        if lex.lang == Lang::En {
            // "US government agencies", "servers in the US": the country, not "us" — unless the
            // words around it are shouted too ("CONTACT US").
            cues.retain(|m: &Match<Cue>| !(m.value == Cue::FirstPerson && country_us(s, m.start)));
            // "kept in one place", "a safe place": "place" after a determiner is a noun.
            cues.retain(|m: &Match<Cue>| {
                !(matches!(m.value, Cue::Verb(_))
                    && m.end - m.start == 1
                    && matches!(s.toks[m.start].norm(&s.lower), "place" | "places")
                    && m.start > 0
                    && matches!(
                        s.toks[m.start - 1].norm(&s.lower),
                        "a" | "an"
                            | "the"
                            | "one"
                            | "any"
                            | "this"
                            | "that"
                            | "same"
                            | "safe"
                            | "secure"
                            | "each"
                            | "every"
                            | "some"
                            | "first"
                            | "other"
                            | "no"
                    ))
            });
            // "Hotjar records clicks, scrolling and the pages you visit": after a capitalised
            // name inside the sentence, "records" is the company's verb, not the noun.
            for k in 1..s.toks.len().saturating_sub(1) {
                if s.toks[k].is_word()
                    && s.toks[k].norm(&s.lower) == "records"
                    && s.toks[k - 1].is_word()
                    && s.toks[k - 1].cap
                    && s.toks[k + 1].is_word()
                    && !matches!(
                        s.toks[k + 1].norm(&s.lower),
                        "of" | "are" | "is" | "and" | "or" | "to" | "for" | "that" | "which"
                    )
                    && !cues.iter().any(|m: &Match<Cue>| m.start <= k && k < m.end)
                {
                    let at = cues.partition_point(|m: &Match<Cue>| m.start < k);
                    cues.insert(at, Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Collect) });
                }
            }
            // "trade account records", "our trade website", "pipeline-trade.example": "trade" as
            // a noun or inside an address sells nothing; as a verb it has an object ("trade your
            // information", "sell or trade it").
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                if !(m.value == Cue::Verb(VerbClass::Sell)
                    && m.end - m.start == 1
                    && matches!(w(m.start), "trade" | "trades" | "trading" | "traded"))
                {
                    return true;
                }
                let (o0, o1) = (s.toks[m.start].orig.0 as usize, s.toks[m.start].orig.1 as usize);
                let glued = s.text[..o0].ends_with(['-', '.', '@', '/'])
                    || s.text[o1..].starts_with(['-', '.', '@', '/'])
                        && !s.text[o1..].starts_with(". ")
                        && o1 + 1 < s.text.len();
                let object = matches!(
                    w(m.end),
                    "your"
                        | "personal"
                        | "customer"
                        | "customers"
                        | "user"
                        | "users"
                        | "data"
                        | "information"
                        | "it"
                        | "them"
                        | "this"
                        | "that"
                        | "such"
                        | "or"
                        | "and"
                        | "any"
                        | "their"
                        | "our"
                        | "the"
                        | "with"
                        | "in"
                        | ""
                ) || s.toks.get(m.end).is_some_and(|t| !t.is_word());
                object && !glued
            });
            // "get the information they need to do their job": a restrictive clause says which
            // information; it refers back to nothing.
            for m in cues.iter_mut().filter(|m| m.value == Cue::Coref && m.end - m.start == 2) {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                if w(m.start) == "the"
                    && (matches!(w(m.end), "needed" | "necessary" | "required")
                        || matches!(w(m.end), "they" | "we" | "it")
                            && matches!(w(m.end + 1), "need" | "needs" | "require" | "requires"))
                {
                    m.value = Cue::DataHead;
                }
            }
            let mut extra = Vec::new();
            for m in cues.iter().filter(|m| matches!(m.value, Cue::Verb(_)) && m.start > 0) {
                let k = m.start - 1;
                if s.toks[k].is_word()
                    && s.toks[k].norm(&s.lower) == "now"
                    && !cues.iter().any(|c| c.start <= k && k < c.end)
                {
                    extra.push(Match { start: k, end: k + 1, value: Cue::Change });
                }
            }
            // "We are required by law to report details of your treatment … to the Human
            // Fertilisation and Embryology Authority": "report" with a receiver after "to" passes
            // data on (the phrases "report to", "reported to" are in the lexicon).
            for k in 1..s.toks.len() {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                if matches!(w(k), "report" | "reports" | "reported")
                    && matches!(
                        w(k - 1),
                        "to" | "we"
                            | "will"
                            | "must"
                            | "may"
                            | "shall"
                            | "also"
                            | "and"
                            | "or"
                            | "is"
                            | "are"
                            | "be"
                            | "been"
                    )
                    && !matches!(w(k + 1), "to" | "on" | "of" | "it" | "that" | "this" | "a" | "an")
                    && !cues.iter().any(|c| c.start <= k && k < c.end)
                    && (k + 2..(k + 16).min(s.toks.len()))
                        .any(|j| w(j) == "to" && (s.toks.get(j + 1).is_some_and(|t| t.cap) || w(j + 1) == "the"))
                {
                    extra.push(Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Share) });
                }
            }
            if !extra.is_empty() {
                cues.extend(extra);
                cues.sort_by_key(|m| m.start);
            }
            // "at the beginning of a call", "the starting point", "Introduction" (a heading): no
            // change framing.
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(m.value == Cue::Change
                    && m.end - m.start == 1
                    && (matches!(w(m.start), "beginning" | "starting")
                        && (m.start > 0 && matches!(w(m.start - 1), "the" | "a" | "its" | "their")
                            || matches!(w(m.start + 1), "of" | "point" | "price" | "prices"))
                        // ("at the beginning of March 2026": a date.)
                        && !(w(m.start + 1) == "of"
                            && (lexicon::is_month_name(w(m.start + 2))
                                || w(m.start + 2) == "next"
                                || w(m.start + 2).starts_with(|c: char| c.is_ascii_digit())))
                        || matches!(w(m.start), "introduction" | "introductory" | "introductions")
                            && w(m.start + 1) != "of"))
            });
            // "features used to Statwise": a participle before "to" and its receiver, not "used
            // to share" (a past habit).
            for m in cues.iter_mut() {
                if m.value == Cue::Stop
                    && m.end - m.start == 2
                    && s.toks[m.start].norm(&s.lower) == "used"
                    && s.toks.get(m.end).is_some_and(|t| {
                        t.cap
                            || matches!(
                                t.norm(&s.lower),
                                "the" | "our" | "a" | "an" | "your" | "their" | "its" | "third"
                            )
                    })
                {
                    *m = Match { start: m.start + 1, end: m.end, value: Cue::RecipientPrep };
                }
            }
            // "Sightings you submit … are published on public hotspot pages": a passive "published
            // on" a place makes data public (a byline's "Published on March 3" stays news).
            for m in cues.iter_mut() {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                if m.value == Cue::News
                    && m.end - m.start == 2
                    && w(m.start) == "published"
                    && m.start > 0
                    && {
                        let be = |k: usize| {
                            matches!(w(k), "are" | "is" | "be" | "been" | "being" | "were" | "was" | "get" | "gets")
                        };
                        // ("are now published on": an adverb between.)
                        be(m.start - 1)
                            || m.start > 1
                                && matches!(w(m.start - 1), "now" | "also" | "then" | "usually" | "normally" | "always")
                                && be(m.start - 2)
                    }
                    && !lexicon::is_month_name(w(m.end))
                    && !w(m.end).starts_with(|c: char| c.is_ascii_digit())
                {
                    *m = Match { start: m.start, end: m.start + 1, value: Cue::Verb(VerbClass::Share) };
                }
            }
            // "We're writing to let carriers, brokers and shippers know that …": telling people,
            // not letting them at data.
            let lets_know: Vec<usize> = cues
                .iter()
                .filter(|m| {
                    m.value == Cue::Verb(VerbClass::Engage)
                        && s.toks[m.start].norm(&s.lower) == "let"
                        && (m.end..(m.end + 10).min(s.toks.len()))
                            .take_while(|&k| !cues.iter().any(|c| c.start == k && matches!(c.value, Cue::Verb(_))))
                            .any(|k| s.toks[k].is_word() && s.toks[k].norm(&s.lower) == "know")
                })
                .map(|m| m.start)
                .collect();
            cues.retain(|m| !(m.value == Cue::Verb(VerbClass::Engage) && lets_know.contains(&m.start)));
            // "their own privacy and data collection policies", "our disclosure practices": a
            // noun naming rules, not a practice.
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(matches!(m.value, Cue::Verb(_))
                    && m.end == m.start + 1
                    && matches!(w(m.start), "collection" | "disclosure" | "sharing")
                    && matches!(
                        w(m.end),
                        "policies" | "policy" | "practices" | "notice" | "notices" | "statement" | "statements"
                    ))
            });
            // "Pass Protection", "a season pass", "Passes may be suspended": the noun, not "pass on".
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(w(m.start), "pass" | "passes")
                    && (m.start > 0 && s.toks[m.start].cap
                        || m.start > 0
                            && matches!(
                                w(m.start - 1),
                                "a" | "the"
                                    | "each"
                                    | "every"
                                    | "your"
                                    | "our"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "its"
                                    | "this"
                                    | "that"
                                    | "season"
                                    | "day"
                                    | "annual"
                                    | "boarding"
                                    | "ski"
                                    | "bus"
                                    | "guest"
                                    | "visitor"
                                    | "backstage"
                                    | "digital"
                                    | "mobile"
                            )
                        || matches!(
                            w(m.start + 1),
                            "holder"
                                | "holders"
                                | "card"
                                | "cards"
                                | "may"
                                | "will"
                                | "can"
                                | "are"
                                | "is"
                                | "must"
                                | "protection"
                                | "terms"
                                | "page"
                                | "price"
                                | "prices"
                                | "type"
                                | "types"
                                | "purchase"
                                | "purchases"
                        )))
            });
            // "a real estate broker license", "License Grant.", "the licence agreement": the noun.
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(matches!(m.value, Cue::Verb(_))
                    && matches!(w(m.start), "license" | "licence" | "licenses" | "licences")
                    && (m.start > 0
                        && (matches!(
                            w(m.start - 1),
                            "a" | "an"
                                | "the"
                                | "this"
                                | "that"
                                | "your"
                                | "our"
                                | "its"
                                | "their"
                                | "broker"
                                | "limited"
                                | "software"
                                | "driver's"
                                | "driving"
                                | "business"
                                | "open"
                                | "source"
                        ) || s.toks[m.start].cap)
                        || matches!(
                            w(m.start + 1),
                            "grant"
                                | "agreement"
                                | "agreements"
                                | "number"
                                | "key"
                                | "keys"
                                | "fee"
                                | "fees"
                                | "plate"
                                | "terms"
                        )))
            });
            // "We send an annual report to the Charity Commission": the noun, not reporting data.
            cues.retain(|m| {
                let w = |k: usize| if k < s.toks.len() && s.toks[k].is_word() { s.toks[k].norm(&s.lower) } else { "" };
                !(matches!(m.value, Cue::Verb(_))
                    && matches!(w(m.start), "report" | "reports")
                    && m.start > 0
                    && matches!(
                        w(m.start - 1),
                        "a" | "an"
                            | "the"
                            | "this"
                            | "that"
                            | "our"
                            | "annual"
                            | "yearly"
                            | "monthly"
                            | "quarterly"
                            | "weekly"
                            | "transparency"
                            | "final"
                            | "written"
                            | "financial"
                    ))
            });
            // "Our accountants see members' share and payment records": a member's share in a
            // co-operative, not sharing.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(s.toks[m.start].norm(&s.lower), "share" | "shares")
                    && m.start > 0
                    && possessive_at(s, m.start - 1))
            });
            // "the products you view and add to your basket": what is added to a basket or a list
            // goes to no one.
            if lex.lang == Lang::En {
                cues.retain(|m| {
                    !(m.value == Cue::RecipientPrep
                        && m.start > 0
                        && word_at(s, m.start) == "to"
                        && matches!(word_at(s, m.start - 1), "add" | "adds" | "added" | "adding"))
                });
            }
            // "to interact with other users and their content": meeting people on the service
            // hands them nothing.
            cues.retain(|m| {
                !(m.value == Cue::RecipientPrep
                    && m.start > 0
                    && word_at(s, m.start) == "with"
                    && matches!(word_at(s, m.start - 1), "interact" | "interacts" | "interacted" | "interacting"))
            });
            // "More detail is provided below", "as given above": a pointer within the document.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(word_at(s, m.end), "below" | "above" | "hereunder" | "hereafter")
                    && (m.end + 1 >= s.toks.len()
                        || s.toks[m.end + 1].punct.is_some_and(|c| matches!(c, '.' | ':' | ';'))))
            });
            // "the times at which your pass passes through our gates": going through a place.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(word_at(s, m.start), "pass" | "passes" | "passed" | "passing")
                    && word_at(s, m.end) == "through"
                    && word_at(s, m.end + 1) != "to")
            });
            // "pay rent", "your rent payment history": the rent of a home, not renting data out.
            cues.retain(|m| !(m.value == Cue::Verb(VerbClass::Sell) && rent_noun(s, m.start)));
            // "your name appears in the printed programme": what of the reader's appears somewhere
            // ("Ads … may appear in Apple News" is no sharing).
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(s.toks[m.start].norm(&s.lower), "appear" | "appears")
                    && word_at(s, m.start + 1) == "in"
                    && !(m.start.saturating_sub(4)..m.start)
                        .any(|k| matches!(word_at(s, k), "your" | "their" | "members" | "players")))
            });
            // "to show these records to the Agency": showing something to someone ("what ads to
            // show on Waze", "show you ads" show nothing of the reader's to anyone).
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && m.end == m.start + 1
                    && matches!(s.toks[m.start].norm(&s.lower), "show" | "shows")
                    && (matches!(word_at(s, m.start + 1), "you" | "them" | "him" | "her" | "us")
                        || !(m.end..(m.end + 8).min(s.toks.len())).any(|k| word_at(s, k) == "to")))
            });
            // "we apply to the local planning authority for you. The application includes your
            // name …": an application we make to someone hands them its contents.
            if lex.lang == Lang::En && s.lower.contains("apply to") {
                for k in 1..s.toks.len().saturating_sub(2) {
                    // ("we apply", "we'll apply", "we will / must / may apply", "we have /
                    // need to apply".)
                    let we = matches!(word_at(s, k - 1), "we" | "ll")
                        || k >= 2
                            && matches!(word_at(s, k - 1), "will" | "must" | "may" | "can")
                            && word_at(s, k - 2) == "we"
                        || k >= 3
                            && word_at(s, k - 1) == "to"
                            && matches!(word_at(s, k - 2), "have" | "need")
                            && word_at(s, k - 3) == "we";
                    if we
                        && matches!(word_at(s, k), "apply" | "applied")
                        && word_at(s, k + 1) == "to"
                        && matches!(word_at(s, k + 2), "the" | "your" | "a" | "an")
                        && !cues.iter().any(|m| m.start <= k && k < m.end)
                    {
                        cues.push(Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Share) });
                        cues.sort_by_key(|m| m.start);
                    }
                }
            }
            // "we register your name, date of birth and result with the Royal Yachting
            // Association": what we register with a body, we hand to it.
            // ("we enter the pupil's name and date of birth with the Examinations Board": the same.)
            if lex.lang == Lang::En && (s.lower.contains("register") || s.lower.contains("enter")) {
                for k in 1..s.toks.len().saturating_sub(2) {
                    let we = matches!(word_at(s, k - 1), "we" | "ll")
                        || k >= 2
                            && matches!(word_at(s, k - 1), "will" | "must" | "may" | "then")
                            && word_at(s, k - 2) == "we";
                    if we
                        && matches!(word_at(s, k), "register" | "registered" | "enter" | "entered")
                        && word_at(s, k + 1) != "with"
                        && (k + 2..s.toks.len().min(k + 16)).any(|j| word_at(s, j) == "with")
                        && !cues.iter().any(|m| m.start <= k && k < m.end)
                    {
                        cues.push(Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Share) });
                        cues.sort_by_key(|m| m.start);
                    }
                }
            }
            // "the Pinterest Tag lets Pinterest know which pages you looked at": letting someone
            // know is telling them.
            if lex.lang == Lang::En && s.lower.contains(" know") {
                for k in 0..s.toks.len().saturating_sub(2) {
                    if matches!(word_at(s, k), "lets" | "let" | "letting")
                        && !matches!(word_at(s, k + 1), "us" | "you" | "me" | "them" | "him" | "her")
                        && (k + 2..(k + 5).min(s.toks.len())).any(|j| word_at(s, j) == "know")
                        && (k + 1..(k + 5).min(s.toks.len()))
                            .take_while(|&j| word_at(s, j) != "know")
                            .all(|j| s.toks[j].is_word())
                        && !cues.iter().any(|m| m.start <= k && k < m.end)
                    {
                        cues.push(Match { start: k, end: k + 1, value: Cue::Verb(VerbClass::Share) });
                        cues.sort_by_key(|m| m.start);
                    }
                }
            }
            // "Paper Petal Crafts is a small family business selling papers, stamps …": what a
            // business trades in, not a sale of data.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Sell)
                    && m.start > 0
                    && matches!(s.toks[m.start].norm(&s.lower), "selling" | "sells")
                    && {
                        let before = word_at(s, m.start - 1);
                        lexicon::ORGANISATION_NOUNS.contains(&before)
                            || matches!(
                                before,
                                "shop" | "shops" | "store" | "stores" | "retailer" | "retailers" | "stall" | "bakery"
                            )
                    }
                    && !matches!(
                        word_at(s, m.start + 1),
                        "your"
                            | "personal"
                            | "data"
                            | "information"
                            | "user"
                            | "users"
                            | "customer"
                            | "customers"
                            | "consumer"
                    ))
            });
            // "we will contribute your name … to Northmark": ours to give; "allow you to …
            // contribute funds", "If you contribute to Bugzilla": the user's gift, not data shared.
            let first_person = cues.iter().filter(|m| m.value == Cue::FirstPerson).map(|m| m.start).collect::<Vec<_>>();
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && s.toks[m.start].norm(&s.lower).starts_with("contribut")
                    && !first_person.iter().any(|&f| f < m.start && m.start - f <= 3))
            });
            // "your audio, video, chat, screen sharing, attachments": a feature's name, no verb.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && m.start > 0
                    && s.toks[m.start].norm(&s.lower) == "sharing"
                    && matches!(
                        s.toks[m.start - 1].norm(&s.lower),
                        "screen" | "file" | "desktop" | "ride" | "car" | "bike" | "social"
                    ))
            });
            // "whether you visited a store", "the stores near you": a shop, not keeping data.
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Collect)
                    && m.start > 0
                    && matches!(s.toks[m.start].norm(&s.lower), "store" | "stores")
                    && matches!(
                        s.toks[m.start - 1].norm(&s.lower),
                        "a" | "the"
                            | "each"
                            | "every"
                            | "any"
                            | "our"
                            | "their"
                            | "nearby"
                            | "local"
                            | "retail"
                            | "physical"
                    ))
            });
            // "Quillon Learning (formerly EduCloud Systems) hosts …": a former name, not a
            // practice that ended.
            cues.retain(|m| {
                !(m.value == Cue::Stop
                    && m.start > 0
                    && s.toks[m.start - 1].punct == Some('(')
                    && matches!(
                        s.toks[m.start].norm(&s.lower),
                        "formerly" | "previously" | "früher" | "anteriormente" | "auparavant"
                    ))
            });
            // "No cookie is used to pass …": the passive of "use", not the past habit "used to".
            cues.retain(|m| {
                !(m.value == Cue::Stop
                    && s.toks[m.start].norm(&s.lower) == "used"
                    && m.start > 0
                    && matches!(
                        s.toks[m.start - 1].norm(&s.lower),
                        "is" | "are" | "be" | "been" | "being" | "was" | "were" | "only" | "not"
                    ))
            });
        }
        // "Ihre Kontodaten gehen dabei direkt an PayPal": data that goes to someone ("an") is
        // passed on; "Das geht aus … hervor", "gehen Sie zu …" pass nothing.
        if lex.lang == Lang::De {
            cues.retain(|m| {
                !(m.value == Cue::Verb(VerbClass::Share)
                    && matches!(word_at(s, m.start), "gehen" | "geht" | "ging" | "gingen")
                    && !(m.end..m.end + 4).any(|k| word_at(s, k) == "an"))
            });
        }
        s.cues = cues;
    }
}

/// A public-sharing verb at `p` inside a relative clause right after data ("We collect
/// information that is publicly available", "… data that you have made public"): it describes the
/// data, and the sentence's own verb says what happens to it.
fn public_source_clause(s: &Sentence, ents: &Ents, p: usize) -> bool {
    let mut k = p;
    while k > 0
        && matches!(
            word_at(s, k - 1),
            "is" | "are" | "was" | "were" | "been" | "has" | "have" | "you" | "already" | "otherwise" | "publicly"
        )
    {
        k -= 1;
    }
    if k == p || k == 0 || !matches!(word_at(s, k - 1), "that" | "which") {
        return false;
    }
    let rel = k - 1;
    ents.data.iter().any(|m| m.end == rel)
        || s.cues.iter().any(|m| m.end == rel && matches!(m.value, Cue::DataHead | Cue::Coref))
}

/// The verb of a relative clause without "that" describing data ("the messages they exchanged
/// with DJs through the platform", "the photos you share with friends") whose party is at
/// `pos`: that party is part of what the data is, and receives nothing from us.
fn data_relative_verb(s: &Sentence, ents: &Ents, pos: usize) -> Option<usize> {
    (pos.saturating_sub(5)..pos).find(|&k| {
        k >= 2
            && matches!(word_at(s, k - 1), "they" | "you")
            && ents.data.iter().any(|m| m.end == k - 1)
            && s.cues.iter().any(|m| m.start == k && m.value == Cue::Verb(VerbClass::Share))
            && matches!(word_at(s, k + 1), "with" | "to")
            && pos <= k + 4
    })
}

/// "you can choose to build, access, use, purchase, or integrate agents …": a verb late in a
/// list of verbs whose subject is the reader is the reader's act too. The list runs back from
/// the verb over commas, "and"/"or" and other words, with no other subject and no recipient in
/// between.
fn coordinated_user_verb(s: &Sentence, p: usize, ents: &Ents) -> bool {
    // ("We collect the content you create, import, upload or publish through the Platform": what
    // the reader publishes is public, which the publishing verb's own reading reports.)
    if p == 0
        || !(s.toks[p - 1].punct == Some(',') || matches!(word_at(s, p - 1), "or" | "and"))
        || word_at(s, p).starts_with("publish")
    {
        return false;
    }
    let from = p.saturating_sub(14);
    let Some(you) = (from..p).rev().find(|&k| word_at(s, k) == "you") else { return false };
    let mut listed = false;
    let mut commas = 0;
    for k in you + 1..p {
        let t = &s.toks[k];
        if t.punct == Some(',') {
            listed = true;
            commas += 1;
            continue;
        }
        if !t.is_word()
            || matches!(cue_at(s, k), Some(Cue::FirstPerson | Cue::Coref | Cue::Negation))
            || ents.recips.iter().any(|r| r.start == k)
            || matches!(word_at(s, k), "we" | "they" | "it" | "he" | "she" | "who" | "which" | "that" | "if" | "when")
            // ("If you pay online, PayPal processes the payment and receives …": a name after the
            // comma is the new subject.)
            || t.cap && s.toks[k - 1].punct == Some(',')
        {
            return false;
        }
    }
    // ("Enable you to post and share your User Submitted Content … on our communities": two
    // verbs of the reader's joined by "and", a few words after "you".)
    // (Not "It tells Pinterest which of our pages you visited and passes a cookie identifier":
    // a verb in the third person has another subject; nor "data that can identify you and share
    // anonymized data": "you" the object, with no verb of its own before "and".)
    // ("Its cookies collect … the pages you visit, and send them to Google": one comma, then
    // "and", goes back to the sentence's subject; a list of the reader's verbs has more.)
    let back_to_subject = commas == 1 && p >= 2 && word_at(s, p - 1) == "and" && s.toks[p - 2].punct == Some(',');
    !back_to_subject
        && (listed
            || matches!(word_at(s, p - 1), "and" | "or")
                && (3..=5).contains(&(p - you))
                && !(word_at(s, p).ends_with('s') && !word_at(s, p).ends_with("ss")))
}

/// "Using our online marketplace, you can …": a participle opening the sentence has the main
/// clause's subject, here the reader.
fn user_participle(s: &Sentence, p: usize) -> bool {
    let w = word_at(s, p);
    (p == 0 || p == 1 && matches!(word_at(s, 0), "by" | "when" | "while" | "after" | "before"))
        && w.len() > 4
        && w.ends_with("ing")
        && (p + 1..s.toks.len().min(p + 12))
            .find(|&k| s.toks[k].punct == Some(','))
            .is_some_and(|k| word_at(s, k + 1) == "you")
}

/// Whether a recipient opens the sentence as the subject of sharing and the sentence holds
/// nothing of the reader's but content ("Estate agents may now sublicense images to the property
/// portals they use"): a client passing on content of its own, not our sharing.
fn client_passes_own_content(s: &Sentence, ents: &Ents) -> bool {
    !ents.data.is_empty()
        && ents.data.iter().all(|d| d.value == DataType::Posts)
        && !s.cues.iter().any(|m| m.value == Cue::SecondPerson)
        && ents.recips.iter().any(|r| {
            (r.start == 0 || r.start == 1 && word_at(s, 0) == "the")
                && s.cues.iter().any(|m| {
                    m.start >= r.end
                        && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                        && (r.end..m.start)
                            .all(|k| matches!(cue_at(s, k), Some(Cue::Modal | Cue::Change | Cue::Future)))
                })
        })
}

/// Whether the verb at `p` is a participle right after a noun ("legal process sent to this
/// mailbox") in a clause starting at `a` whose negation governs another verb ("We will not
/// accept …"): it describes the noun, and states neither sharing nor a promise.
fn participle_after_noun(s: &Sentence, a: usize, p: usize) -> bool {
    let w = word_at(s, p);
    let participle = w.ends_with("ed") || matches!(w, "sent" | "sold" | "given" | "shown" | "made" | "passed");
    if !participle || p == 0 || !s.toks[p - 1].is_word() {
        return false;
    }
    let prev = word_at(s, p - 1);
    // "any content generated or shared as part of other features": the second of two joined
    // participles describes the noun as the first does.
    if matches!(prev, "or" | "and") && p >= 3 && word_at(s, p - 2).ends_with("ed") && participle_after_noun(s, a, p - 2)
    {
        return true;
    }
    // "… client contact information that is uploaded by agents": a relative clause.
    let relative = p >= 2
        && matches!(prev, "is" | "are" | "was" | "were")
        && matches!(word_at(s, p - 2), "that" | "which" | "who");
    if !relative && prev.ends_with("ly")
        || !relative
            && matches!(
                prev,
                "is" | "are"
                    | "be"
                    | "been"
                    | "being"
                    | "was"
                    | "were"
                    | "have"
                    | "has"
                    | "had"
                    | "get"
                    | "gets"
                    | "got"
                    | "not"
                    | "never"
                    | "or"
                    | "and"
                    | "nor"
                    | "also"
                    | "only"
                    | "ever"
                    | "we"
                    | "they"
                    | "it"
            )
    {
        return false;
    }
    // The negation's own verb: the first word after it (past "be", "ever") is no sharing verb.
    s.cues.iter().any(|m| {
        m.value == Cue::Negation && m.start >= a && m.end + 1 < p && {
            let mut k = m.end;
            while k < p && matches!(word_at(s, k), "ever" | "knowingly" | "be" | "directly") {
                k += 1;
            }
            k + 1 < p
                && s.toks[k].is_word()
                && !matches!(cue_at(s, k), Some(Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Collect)))
        }
    })
}

/// Whether a sentence is written in capitals (eight words or more, nine in ten letters upper
/// case) about warranties, liability or arbitration: legal boilerplate shouted for
/// conspicuousness. (A shouted "WE DO NOT SELL …" is still read.)
fn shouted(text: &str) -> bool {
    // Counted a byte at a time for ASCII (most of every page), with a way out as soon as the
    // lower-case letters seen already rule out nine in ten upper case: each byte still to come
    // adds at most one upper-case letter, and `upper * 10 >= letters * 9` is `upper >= 9 * lower`.
    let (mut upper, mut lower) = (0usize, 0usize);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_uppercase() {
                upper += 1;
            } else if c.is_ascii_lowercase() {
                lower += 1;
                if 9 * lower > upper + (b.len() - i) {
                    return false;
                }
            }
            i += 1;
        } else {
            let ch = text[i..].chars().next().expect("char boundary");
            if ch.is_alphabetic() {
                if ch.is_uppercase() {
                    upper += 1;
                } else {
                    lower += 1;
                }
            }
            i += ch.len_utf8();
        }
    }
    let letters = upper + lower;
    letters >= 40
        && upper * 10 >= letters * 9
        && text.split_whitespace().count() >= 8
        && ["WARRANT", "LIABLE", "LIABILITY", "DAMAGES", "AS IS", "MERCHANTABILITY", "INDEMNIF", "ARBITRAT", "DISCLAIM"]
            .iter()
            .any(|w| text.contains(w))
}

/// Whether a list's lead-in sets rules for the user: "You agree not to:", "You must not:",
/// "Users may not:", "Sie verpflichten sich, nicht:".
fn user_rule_lead(l: &Sentence) -> bool {
    let w = |k: usize| word_at(l, k);
    // ("BY USING THE SERVICES, YOU AGREE NOT TO:": the subject after an opening phrase.)
    let Some(j) = (0..l.toks.len().min(7)).find(|&k| matches!(w(k), "you" | "users" | "members" | "customers")) else {
        return false;
    };
    (j == 0 || l.toks[..j].iter().any(|t| t.punct == Some(',')))
        && l.toks.len() <= 12 + j
        && (j + 1..l.toks.len().min(j + 6)).any(|k| {
            matches!(w(k), "agree" | "must" | "shall")
                || matches!((w(k), w(k + 1)), ("may", "not") | ("will", "not") | ("cannot", _) | ("may", "only"))
        })
        && !l.cues.iter().any(|m| m.value == Cue::FirstPerson)
}

/// "Other than as set out in this Privacy Notice, you will receive notice when personal
/// information about you might be shared with third parties and you will have an opportunity to
/// choose not to share the information": sharing the policy does not describe, announced only as
/// a procedure. It is no practice, and no way out of the practices the policy does describe. (A
/// negation after the opener — "Except as described in this policy, we do not share …" — is a
/// promise.)
fn beyond_policy(s: &Sentence) -> bool {
    matches!((word_at(s, 0), word_at(s, 1), word_at(s, 2)), ("other", "than", "as") | ("except", "as", _))
        && (2..6.min(s.toks.len())).any(|k| {
            matches!(
                word_at(s, k),
                "set" | "described" | "provided" | "stated" | "outlined" | "disclosed" | "explained"
            )
        })
        && (0..s.toks.len()).any(|k| {
            matches!(
                word_at(s, k),
                "notice" | "notify" | "notified" | "inform" | "informed" | "consent" | "opportunity"
            )
        })
        && !s.has(Cue::Negation)
}

/// Whether the sentence says what the policy does not cover: "Apple's Privacy Policy does not
/// apply to how third parties define personal data or how they use it", "This notice does not
/// cover the practices of other companies". It states no practice of the publisher's.
fn outside_scope(s: &Sentence) -> bool {
    s.cues.iter().any(|m| {
        m.value == Cue::LegalDoc
            && m.start < 6
            && (m.end..(m.end + 4).min(s.toks.len())).any(|k| {
                matches!(word_at(s, k), "not" | "n't")
                    && matches!(
                        word_at(s, k + 1),
                        "apply" | "applies" | "cover" | "covers" | "govern" | "governs" | "address" | "addresses"
                    )
            })
    }) && !s.has(Cue::FirstPerson)
        // ("This privacy notice does not cover any use of information that such third parties
        // may have collected from you": that they collect on the site is still said.)
        && !s.has(Cue::Verb(VerbClass::Collect))
}

/// Whether a list's lead-in lists the reader's rights over their data: "If these rights apply to
/// you, they may permit you to request that we:" + "- Transfer your personal information to a
/// third-party provider of services.", "You have the right to:", "Vous avez le droit de :". The
/// items are what the reader may ask for, no practice of ours. (A lead that itself shares or
/// sells — "You have the right to opt out of the sale of your data to:" — lists recipients.)
fn user_rights_lead(l: &Sentence) -> bool {
    let w = |k: usize| word_at(l, k);
    let n = l.toks.len();
    let reader = (0..n).any(|k| {
        matches!(w(k), "you" | "your" | "vous" | "votre" | "vos" | "sie" | "ihre" | "usted" | "tu" | "tus" | "du")
    });
    let right = (0..n).any(|k| lexicon::RIGHT_WORDS.contains(&w(k)));
    // "request that we:", "ask us to:", "verlangen, dass wir:", "demander que nous :".
    let request = (0..n).any(|k| {
        matches!(
            w(k),
            "request" | "ask" | "demand" | "require" | "verlangen" | "demander" | "solicitar" | "pedir" | "pedirnos"
        ) && (k + 1..(k + 4).min(n)).any(|j| matches!(w(j), "we" | "us" | "wir" | "uns" | "nous" | "nos" | "que"))
    });
    reader
        && (right || request)
        && n <= 40
        && !l.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Collect)))
}

/// Whether "rent" at `k` is the noun ("pay rent", "rent payments", "the monthly rent").
fn rent_noun(s: &Sentence, k: usize) -> bool {
    let w = |i: usize| if i < s.toks.len() && s.toks[i].is_word() { s.toks[i].norm(&s.lower) } else { "" };
    w(k) == "rent"
        && (k > 0
            && matches!(
                w(k - 1),
                "pay" | "pays" | "paying" | "paid" | "the" | "your" | "monthly" | "of" | "on-time" | "late" | "collects"
                    | "collect" | "collecting" | "unpaid" | "overdue"
                    // "If you rent from a franchised location": the reader rents a car.
                    | "you" | "renters"
            )
            || matches!(
                w(k + 1),
                "payment"
                    | "payments"
                    | "history"
                    | "roll"
                    | "due"
                    | "amount"
                    | "ledger"
                    | "is"
                    | "was"
                    | "reporting"
                    | "reported"
                    | "reports"
                    | "you"
                    | "paid"
                    | "from"
                    | "a"
                    | "an"
            ))
}

/// A recipient of data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Recipient {
    /// The organisation's name when the text names it.
    pub name: Option<String>,
    /// What kind of recipient it is.
    pub kind: RecipientKind,
}

/// How firmly a practice is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// "we share", "we will share".
    Will,
    /// "we may share", "if …".
    May,
}

/// Whether the page frames a statement as a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Framing {
    /// Framed as a change ("starting", "will now", on an update notice).
    New,
    /// A practice stated as it is.
    Existing,
    /// A practice the page says has ended ("has stopped sharing", "no longer receive").
    Removed,
}

/// One extracted statement: data × recipients × purposes, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Data types.
    pub data: Vec<DataType>,
    /// Recipients.
    pub recipients: Vec<Recipient>,
    /// Purposes.
    pub purposes: Vec<Purpose>,
    /// A promise not to share ("we never sell …").
    pub negated: bool,
    /// The sentence that says so.
    pub evidence: String,
    /// Its section heading.
    pub section: Option<String>,
    /// The list lead-in sentence, for list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Change framing on this page.
    pub framing: Framing,
    /// Modality.
    pub modality: Modality,
    /// How to opt out, when the page says.
    pub opt_out: Option<String>,
    /// 0..1.
    pub confidence: f32,
    /// The data is said to be aggregated / de-identified.
    #[serde(default)]
    pub deidentified: bool,
    /// Data types named anywhere in the statement's paragraph or list item, so that a version
    /// that names the data one sentence before the recipient ("We use your name and phone number
    /// to remind you. Reminders are sent through Weave.") compares with one that names both in
    /// one sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nearby_data: Vec<DataType>,
    /// Index of the sentence (not serialised).
    #[serde(skip)]
    pub sentence: usize,
}

/// Page-level context the extractor needs.
pub struct Context<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The language.
    pub lang: Lang,
    /// The page is a policy-update notice (statements default to `new`).
    pub update_page: bool,
    /// The publisher's own name, normalised (never a recipient of its own data).
    pub brand: Option<String>,
    /// The notice says its changes leave data practices as they were ("These updates don't
    /// change how we share your personal information"): only a sentence that frames itself as a
    /// change is new.
    pub practices_unchanged: bool,
    /// The first section heading (block index) that names a change ("## What is new in this
    /// version"), found once per page by the statement passes; `None` elsewhere.
    pub change_section: Option<usize>,
}

impl<'a> Context<'a> {
    /// The context of an ordinary page in `lang`: no update notice, no known publisher.
    pub fn plain(doc: &'a Document, lang: Lang) -> Self {
        Context { doc, lang, update_page: false, brand: None, practices_unchanged: false, change_section: None }
    }
}

#[derive(Clone)]
struct Ents {
    data: Vec<Match<DataType>>,
    recips: Vec<Match<RecipientKind>>,
    purposes: Vec<Match<Purpose>>,
    lang: Lang,
}

/// "We pass the photos to the freelance painter who takes on your order": a person named by
/// their trade ("painter", "photographer", "installer", "technician") after "to" + a determiner,
/// following a verb of giving, receives the data, as a third party. English; the trade's noun
/// is read by its ending, as no list could hold every trade.
fn agent_noun_recipients(s: &Sentence, all: &mut Vec<Match<Entity>>) {
    let Some(verb) = s.cues.iter().find(|m| m.value == Cue::Verb(VerbClass::Share)).map(|m| m.end) else {
        return;
    };
    let mut k = verb;
    while k + 2 < s.toks.len() && k < verb + 10 {
        if !s.toks[k].is_word() && s.toks[k].punct != Some(',') {
            break;
        }
        if word_at(s, k) != "to" || !matches!(word_at(s, k + 1), "the" | "a" | "an" | "our" | "your") {
            k += 1;
            continue;
        }
        // The noun: right after the determiner, or after one lower-case word ("freelance").
        let noun = [k + 2, k + 3].into_iter().find(|&j| {
            let w = word_at(s, j);
            s.toks.get(j).is_some_and(|t| t.is_word() && !t.cap)
                && w.len() >= 6
                && (w.ends_with("er") || w.ends_with("or") || w.ends_with("ist") || w.ends_with("ian"))
                && !lexicon::NOT_AGENT_NOUNS.contains(&w)
                && !lexicon::DATA_SUBJECTS.contains(&w)
                && !lexicon::PEOPLE_NOUNS.contains(&w)
                // (After the adjective only if the word before is no noun of its own: "to the
                // tax adviser", but not "to the order number".)
                && (j == k + 2 || s.toks[k + 2].is_word() && !s.toks[k + 2].cap)
        });
        let Some(j) = noun else { break };
        // Not where the lexicon already read the words ("to our payment processor"), nor a noun
        // that goes on ("to the printer cartridge").
        let next_word = s.toks.get(j + 1).is_some_and(|t| t.is_word())
            && !matches!(
                word_at(s, j + 1),
                "who"
                    | "that"
                    | "which"
                    | "we"
                    | "for"
                    | "and"
                    | "or"
                    | "so"
                    | "to"
                    | "in"
                    | "at"
                    | "on"
                    | "when"
                    | "if"
                    | "as"
                    | "with"
                    | "by"
            );
        if next_word || all.iter().any(|m| m.start <= j && k + 1 < m.end) {
            break;
        }
        let at = all.partition_point(|m| m.start < k + 1);
        all.insert(at, Match { start: k + 1, end: j + 1, value: Entity::Recipient(RecipientKind::ThirdParty) });
        break;
    }
}

/// A sentence's entities from the cache (matched again only if the cache lacks them).
fn cached<'a>(cache: &'a [Option<Ents>], sents: &[Sentence], i: usize, lex: &Lexicon) -> std::borrow::Cow<'a, Ents> {
    match cache.get(i).and_then(Option::as_ref) {
        Some(e) => std::borrow::Cow::Borrowed(e),
        None => std::borrow::Cow::Owned(entities(&sents[i], lex)),
    }
}

/// Whether data ending at token `end` names the trade of a recipient noun that follows, at once
/// or after one more modifier ("health record vendor", "email delivery provider").
fn trade_of_recipient(s: &Sentence, lex: &Lexicon, recip_start: impl Fn(usize) -> bool, end: usize) -> bool {
    // English compounds put the trade first; Romance languages after ("proveedor de correo").
    if lex.lang != Lang::En {
        return false;
    }
    let head = |k: usize| {
        s.toks.get(k).is_some_and(|t| t.is_word())
            && !lex.is_stopword(word_at(s, k))
            && (recip_start(k)
                || matches!(
                    word_at(s, k),
                    "vendor" | "vendors" | "provider" | "providers" | "processor" | "processors"
                ))
    };
    let modifier = |k: usize| {
        s.toks.get(k).is_some_and(|t| t.is_word())
            && !lex.is_stopword(word_at(s, k))
            && !matches!(
                word_at(s, k),
                "with"
                    | "to"
                    | "for"
                    | "by"
                    | "such"
                    | "including"
                    | "like"
                    | "between"
                    | "among"
                    | "from"
                    | "about"
                    | "of"
                    | "on"
                    | "in"
                    | "and"
                    | "or"
            )
    };
    // ("messages between creators and listeners": a preposition opens no compound.)
    head(end) || modifier(end) && head(end + 1)
}

/// Which tokens belong to a menu path ("Konto > Datenschutz", "Settings › Privacy › Contacts"):
/// the capitalised words (up to three) on each side of a path separator.
fn menu_path_tokens(s: &Sentence) -> Vec<bool> {
    let n = s.toks.len();
    let mut path = vec![false; n];
    let sep_after = |k: usize| -> bool {
        // A separator token, or one the tokenizer dropped between two words.
        k + 1 < n && {
            let gap = &s.text[s.toks[k].orig.1 as usize..s.toks[k + 1].orig.0 as usize];
            gap.contains(['>', '\u{203a}', '\u{2192}', '\u{bb}'])
        }
    };
    for k in 0..n {
        let is_sep_tok = s.toks[k].punct == Some('>');
        let (left, right) = if is_sep_tok {
            (k.checked_sub(1), k + 1)
        } else if sep_after(k) && s.toks[k].is_word() {
            (Some(k), k + 1)
        } else {
            continue;
        };
        let mut j = left;
        let mut taken = 0;
        while let Some(x) = j {
            if !(s.toks[x].is_word() && s.toks[x].cap) || taken == 3 {
                break;
            }
            path[x] = true;
            taken += 1;
            j = x.checked_sub(1);
        }
        let mut x = right;
        taken = 0;
        while x < n && s.toks[x].is_word() && s.toks[x].cap && taken < 3 {
            path[x] = true;
            taken += 1;
            x += 1;
        }
    }
    path
}

/// "the delivery and assembly companies": a generic head ("companies") after two coordinated
/// modifiers takes the kind the first modifier gives it ("delivery companies" → service
/// providers); the match then starts at that modifier.
fn coordinated_recipient(
    s: &Sentence,
    lex: &Lexicon,
    start: usize,
    end: usize,
    r: RecipientKind,
) -> Option<(usize, RecipientKind)> {
    if r != RecipientKind::ThirdParty || end - start != 1 || start < 3 {
        return None;
    }
    let (first, conj, second) = (&s.toks[start - 3], &s.toks[start - 2], &s.toks[start - 1]);
    if !(first.is_word() && conj.is_word() && second.is_word())
        || !matches!(conj.norm(&s.lower), "and" | "or")
        || lex.is_stopword(first.norm(&s.lower))
        || lex.is_stopword(second.norm(&s.lower))
    {
        return None;
    }
    match lex.entities.exact_phrase(&[first.norm(&s.lower), s.toks[start].norm(&s.lower)])? {
        Entity::Recipient(k) if k != RecipientKind::ThirdParty => Some((start - 3, k)),
        _ => None,
    }
}

/// The kind of a recipient whose noun a coordinated modifier borrows: in "analytics or advertising
/// partners", "analytics partners" (read as one phrase) for the mention `start..end`
/// ("advertising partners", kind `r`).
fn shared_head_recipient(
    s: &Sentence,
    lex: &Lexicon,
    start: usize,
    end: usize,
    r: RecipientKind,
) -> Option<RecipientKind> {
    if lex.lang != Lang::En || end - start != 2 || start < 2 {
        return None;
    }
    let (first, conj) = (&s.toks[start - 2], &s.toks[start - 1]);
    if !(first.is_word() && conj.is_word()) || !matches!(conj.norm(&s.lower), "and" | "or") {
        return None;
    }
    match lex.entities.exact_phrase(&[first.norm(&s.lower), s.toks[end - 1].norm(&s.lower)])? {
        Entity::Recipient(k) if k != r && k != RecipientKind::ThirdParty => Some(k),
        _ => None,
    }
}

/// Adds `extra` matches to `all`, kept in order of their start.
fn add_matches(all: &mut Vec<Match<Entity>>, extra: Vec<Match<Entity>>) {
    if !extra.is_empty() {
        all.extend(extra);
        all.sort_by_key(|m| m.start);
    }
}

/// Whether the party at `start` is the agent of a judging or overseeing participle ("deemed
/// adequate by the European Commission", "regulated by the Financial Conduct Authority"):
/// the body that judges or oversees receives nothing (English).
fn judged_by(s: &Sentence, start: usize) -> bool {
    let Some(by) = (start.saturating_sub(8)..start)
        .rev()
        .take_while(|&k| s.toks[k].is_word() || s.toks[k].punct == Some(','))
        .find(|&k| word_at(s, k) == "by")
    else {
        return false;
    };
    by > 0
        && matches!(
            word_at(s, by - 1),
            "deemed"
                | "adequate"
                | "considered"
                | "approved"
                | "recognised"
                | "recognized"
                | "regulated"
                | "authorised"
                | "authorized"
                | "supervised"
                | "licensed"
                | "licenced"
                | "certified"
                | "accredited"
                | "issued"
                | "adopted"
        )
}

/// Whether the mention at `start` is whose interests are served ("based on the legitimate
/// interests of Booking.com or a third-party", "berechtigte Interessen Dritter", "l'intérêt
/// légitime d'un tiers"): a lawful basis, no one receiving.
fn interests_of(s: &Sentence, start: usize) -> bool {
    (start.saturating_sub(9)..start).rev().any(|k| {
        matches!(
            word_at(s, k),
            "interest"
                | "interests"
                | "interessen"
                | "interesse"
                | "intérêt"
                | "intérêts"
                | "interet"
                | "interets"
                | "interés"
                | "interes"
                | "intereses"
        ) && (k + 1..start).all(|j| {
            let t = &s.toks[j];
            t.cap && t.is_word()
                || matches!(t.punct, Some('.' | '-' | '\'' | '\u{2019}'))
                || matches!(
                    word_at(s, j),
                    "of" | "the"
                        | "a"
                        | "an"
                        | "any"
                        | "our"
                        | "us"
                        | "or"
                        | "and"
                        | "com"
                        | "von"
                        | "eines"
                        | "einer"
                        | "uns"
                        | "oder"
                        | "und"
                        | "de"
                        | "d"
                        | "du"
                        | "des"
                        | "un"
                        | "une"
                        | "ou"
                        | "et"
                        | "légitime"
                        | "légitimes"
                        | "legitime"
                        | "del"
                        | "o"
                        | "y"
                        | "legítimo"
                        | "legítimos"
                        | "legitimo"
                        | "legitimos"
                )
        })
    })
}

/// Whether `m` is the one word `word` read as `value`, right after one of the words `before`
/// ("those of others", "to message", "a protected tree").
fn lone_entity_after(s: &Sentence, m: &Match<Entity>, value: Entity, word: &str, before: &[&str]) -> bool {
    m.value == value
        && m.end == m.start + 1
        && word_at(s, m.start) == word
        && m.start > 0
        && before.contains(&word_at(s, m.start - 1))
}

fn entities(s: &Sentence, lex: &Lexicon) -> Ents {
    let mut all = Vec::with_capacity(s.toks.len() / 4 + 1);
    lex.entities.find_all_hashed(&s.toks, &s.lower, &s.hashes, &mut all);
    let mut e = Ents { data: Vec::new(), recips: Vec::new(), purposes: Vec::new(), lang: lex.lang };
    // "We may share your publicly accessible information with researchers": an adverb of the
    // data's kind, not the public receiving it.
    all.retain(|m| {
        !(m.value == Entity::Recipient(RecipientKind::Public)
            && m.end == m.start + 1
            && word_at(s, m.start) == "publicly"
            && matches!(word_at(s, m.start + 1), "accessible" | "available" | "visible")
            && matches!(
                word_at(s, m.start + 2),
                "information"
                    | "data"
                    | "content"
                    | "profile"
                    | "profiles"
                    | "posts"
                    | "sources"
                    | "records"
                    | "details"
            ))
    });
    // "We still do not allow third-party banner ads on our Services": "third-party" describes a
    // thing shown, no one who receives.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(m.value == Entity::Recipient(RecipientKind::ThirdParty)
                && word_at(s, m.end - 1) == "party"
                && matches!(
                    word_at(s, m.end),
                    "banner" | "banners" | "ad" | "ads" | "adverts" | "advertisements" | "links" | "websites" | "sites"
                ))
        });
    }
    // "to protect your vital interests, or those of others", "the rights of others": whose
    // interests, not who receives.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(lone_entity_after(s, m, Entity::Recipient(RecipientKind::OtherUsers), "others", &["of"])
                && m.start >= 2
                && matches!(
                    word_at(s, m.start - 2),
                    "those" | "that" | "rights" | "interests" | "safety" | "privacy" | "property"
                ))
        });
        // ("a threat to your life or someone else's", "our (or others') legitimate interests":
        // a possessive owns something; it receives nothing.)
        all.retain(|m| {
            !(m.value == Entity::Recipient(RecipientKind::OtherUsers)
                && (possessive_at(s, m.end - 1) || word_at(s, m.end) == "else" && possessive_at(s, m.end)))
        });
    }
    // "Hornby Lane Models Ltd", "Dear modellers": a capitalised "Models" after another capitalised
    // word (not the sentence's first) is part of a company's name, no AI model.
    all.retain(|m| {
        !(m.value == Entity::Purpose(Purpose::AiTraining)
            && m.end == m.start + 1
            && s.toks[m.start].cap
            && matches!(word_at(s, m.start), "models" | "model" | "modelle" | "modeles" | "modelos")
            && m.start > 1
            && s.toks[m.start - 1].is_word()
            && s.toks[m.start - 1].cap
            && !matches!(word_at(s, m.start - 1), "ai" | "ki" | "ia" | "language" | "foundation"))
    });
    // "MRW, nuestra mensajería, recibe …": Spanish "mensajería" is mostly the courier; only
    // "mensajería instantánea" is messaging.
    if lex.lang == Lang::Es {
        all.retain(|m| {
            !(m.value == Entity::Data(DataType::Messages)
                && m.end == m.start + 1
                && word_at(s, m.start).starts_with("mensajer")
                && !word_at(s, m.start + 1).starts_with("instant"))
        });
    }
    // "works to a protected tree": an adjective after a determiner names a kind of thing, not
    // the purpose of protecting.
    all.retain(|m| {
        !lone_entity_after(
            s,
            m,
            Entity::Purpose(Purpose::Security),
            "protected",
            &["a", "an", "the", "any", "your", "our", "their", "its"],
        )
    });
    // "the people you are more likely to message", "lets you message other users": "message"
    // after "to" and before no noun is the verb, no message contents.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(lone_entity_after(s, m, Entity::Data(DataType::Messages), "message", &["to"])
                && s.toks.get(m.end).is_none_or(|t| !t.is_word() || lex.is_stopword(&t.norm(&s.lower))))
        });
    }
    // "… and Telegram has no way to prevent this": a purpose the sentence says cannot be served
    // is none.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(matches!(m.value, Entity::Purpose(_))
                && m.start >= 3
                && word_at(s, m.start - 1) == "to"
                && (matches!((word_at(s, m.start - 3), word_at(s, m.start - 2)), ("no", "way") | ("not", "able"))
                    || word_at(s, m.start - 2) == "unable"))
        });
    }
    // "a third party, Google LLC, subsidiary of Alphabet Inc, for …": an apposition that says
    // whose subsidiary a named company is tells nothing of how it relates to us.
    if lex.lang == Lang::En {
        all.retain(|m| {
            if m.value != Entity::Recipient(RecipientKind::Affiliate) || m.start < 2 {
                return true;
            }
            let mut k = m.start;
            while k > 0 && matches!(word_at(s, k - 1), "a" | "an" | "the" | "wholly" | "owned" | "indirect" | "direct")
            {
                k -= 1;
            }
            let after_name = k >= 2
                && s.toks[k - 1].punct == Some(',')
                && s.toks[k - 2].is_word()
                && (s.toks[k - 2].cap || lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k - 2)));
            let of_name = word_at(s, m.end) == "of" && s.toks.get(m.end + 1).is_some_and(|t| t.is_word() && t.cap);
            !(after_name && of_name)
        });
    }
    // "we try to protect our community from baseless legal demands": the people a practice
    // protects are no one receiving.
    if lex.lang == Lang::En {
        all.retain(|m| {
            if !matches!(m.value, Entity::Recipient(_)) {
                return true;
            }
            let mut k = m.start;
            while k > 0 && matches!(word_at(s, k - 1), "our" | "the" | "your" | "its" | "their" | "all" | "other") {
                k -= 1;
            }
            !(k > 0
                && matches!(word_at(s, k - 1), "protect" | "protects" | "protecting" | "safeguard" | "safeguarding"))
        });
    }
    // "In addition to the data sharing related to our ads program, sometimes Tumblr shares your
    // information with our … service providers to provide our services": the purpose of the
    // other sharing, named in the opening phrase, is not this one's.
    if lex.lang == Lang::En && word_at(s, 0) == "in" && word_at(s, 1) == "addition" && word_at(s, 2) == "to" {
        if let Some(comma) = s.toks.iter().position(|t| t.punct == Some(',')) {
            all.retain(|m| !(matches!(m.value, Entity::Purpose(_)) && m.start < comma));
        }
    }
    // "customer chat and email support services", "email service providers": data words that
    // name what a provider does are no data shared.
    if lex.lang == Lang::En {
        let provider_after = |k: usize| {
            lexicon::PROVIDER_NOUNS.contains(&word_at(s, k))
                || matches!(word_at(s, k), "service" | "services")
                    && lexicon::PROVIDER_NOUNS.contains(&word_at(s, k + 1))
        };
        let drop: Vec<bool> = all
            .iter()
            .map(|m| {
                if !matches!(m.value, Entity::Data(_)) {
                    return false;
                }
                let mut e = m.end;
                // ("chat and email support": the first of two coordinated data words too.)
                if matches!(word_at(s, e), "and" | "or") {
                    if let Some(o) = all.iter().find(|o| matches!(o.value, Entity::Data(_)) && o.start == e + 1) {
                        e = o.end;
                    }
                }
                provider_after(e)
            })
            .collect();
        let mut it = drop.iter();
        all.retain(|_| !*it.next().unwrap_or(&false));
    }
    // "Anyone with this access is subject to strict … confidentiality obligations": the staff who
    // have access, not the public.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(m.value == Entity::Recipient(RecipientKind::Public)
                && matches!(word_at(s, m.start), "anyone" | "everyone" | "anybody")
                && word_at(s, m.end - 1) == "with"
                && (m.end..(m.end + 2).min(s.toks.len())).any(|k| word_at(s, k) == "access"))
        });
    }
    // "Der Mieter muss Mängel … anzeigen": the lower-case German verb (to report), not
    // "Anzeigen" (adverts).
    if lex.lang == Lang::De {
        all.retain(|m| {
            !(m.value == Entity::Purpose(Purpose::Advertising)
                && m.end == m.start + 1
                && m.start > 0
                && !s.toks[m.start].cap
                && matches!(word_at(s, m.start), "anzeigen" | "anzeige"))
        });
    }
    // "Please study their relevant privacy policies": a request to the reader names no purpose.
    if lex.lang == Lang::En {
        all.retain(|m| !(matches!(m.value, Entity::Purpose(_)) && m.start > 0 && word_at(s, m.start - 1) == "please"));
        // ("we will perform a legal analysis of the request": a lawyer's reading, no analytics.)
        all.retain(|m| {
            !(m.value == Entity::Purpose(Purpose::Analytics)
                && m.start > 0
                && word_at(s, m.start - 1) == "legal"
                && word_at(s, m.start).starts_with("analys"))
        });
    }
    // "before syncing your contacts", "upload your contacts": the reader's contacts right after a
    // sharing verb are its object, the address book, not people receiving ("share … with your
    // contacts" still are).
    if lex.lang == Lang::En {
        for m in all.iter_mut() {
            if m.value == Entity::Recipient(RecipientKind::OtherUsers)
                && word_at(s, m.end - 1) == "contacts"
                && s.cues.iter().any(|c| matches!(c.value, Cue::Verb(_)) && c.end == m.start)
            {
                m.value = Entity::Data(DataType::AddressBook);
            }
        }
    }
    // "countries whose data protection laws have been deemed adequate by the European Commission
    // or other competent governmental bodies", "regulated by the Financial Conduct Authority": the
    // body that judges or oversees is no one receiving (English).
    if lex.lang == Lang::En {
        all.retain(|m| !(matches!(m.value, Entity::Recipient(_)) && judged_by(s, m.start)));
    }
    all.retain(|m| !(matches!(m.value, Entity::Recipient(_)) && interests_of(s, m.start)));
    // "Your raw sleep study recordings are sent to SomnoScore, … that scores the recordings":
    // "the" + the last word of data named before is that data again, not another kind.
    {
        let again: Vec<usize> = all
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                matches!(m.value, Entity::Data(_))
                    && m.end == m.start + 1
                    && m.start > 0
                    && word_at(s, m.start - 1) == "the"
                    && all.iter().any(|o| {
                        matches!(o.value, Entity::Data(_))
                            && o.value != m.value
                            && o.end < m.start
                            && o.end > o.start + 1
                            && word_at(s, o.end - 1) == word_at(s, m.start)
                    })
            })
            .map(|(i, _)| i)
            .collect();
        for i in again.into_iter().rev() {
            all.remove(i);
        }
    }
    // "Account Data, Profile Data, … Third Party Data": data that came from third parties is a
    // kind of data, no one receiving it ("to any third party data about you" still is).
    // ("Business Partners Data", "Advertisers Data": a capitalised category of data named
    // after whom it is about.)
    all.retain(|m| {
        !(matches!(m.value, Entity::Recipient(_))
            && s.toks.get(m.end).is_some_and(|t| t.is_word() && t.cap)
            && word_at(s, m.end) == "data"
            && (m.start..m.end).all(|k| s.toks[k].is_word() && s.toks[k].cap))
    });
    all.retain(|m| {
        !(m.value == Entity::Recipient(RecipientKind::ThirdParty)
            && word_at(s, m.end) == "data"
            && !(m.start > 0 && matches!(word_at(s, m.start - 1), "to" | "with" | "any" | "a" | "no" | "an")))
    });
    // "… a Grupo Lumen Salud, S.L.", "to Northwind Health Partners": a capitalised data word
    // inside a company's name (after a capitalised word mid-sentence, before another one or a
    // company form) names no data. (Not German, which capitalises every noun.)
    if lex.lang != Lang::De && !s.heading {
        let cap = |k: usize| s.toks.get(k).is_some_and(|t| t.is_word() && t.cap);
        // ("Ltd", "GmbH", or dotted initials: "S.L.", "B.V.")
        let legal_at = |k: usize| {
            lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))
                || word_at(s, k).len() == 1
                    && s.toks.get(k + 1).is_some_and(|t| t.punct == Some('.'))
                    && word_at(s, k + 2).len() == 1
        };
        all.retain(|m| {
            !(matches!(m.value, Entity::Data(_))
                && m.start >= 2
                && (m.start..m.end).all(cap)
                && cap(m.start - 1)
                && !s.toks[m.start - 2].punct.is_some_and(|c| matches!(c, '.' | ':' | '!' | '?'))
                && !lex.is_stopword(word_at(s, m.start - 1))
                && (cap(m.end)
                    || s.toks.get(m.end).is_some_and(|t| t.punct == Some(',')) && legal_at(m.end + 1)
                    || legal_at(m.end)))
        });
        // "a la Consejería de Educación del Gobierno de Aragón", "the Department of Health": a
        // public body's name, not education or health data.
        let body_at = |k: usize| {
            cap(k)
                && (lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, k))
                    || all.iter().any(|r| matches!(r.value, Entity::Recipient(_)) && r.start <= k && k < r.end))
        };
        let data_in_body = |m: &lexicon::Match<Entity>| {
            matches!(m.value, Entity::Data(_))
                && m.start >= 2
                && (m.start..m.end).all(cap)
                && lexicon::NAME_LINKS.contains(&word_at(s, m.start - 1))
                && body_at(m.start - 2)
        };
        let drop: Vec<usize> = all.iter().enumerate().filter(|(_, m)| data_in_body(m)).map(|(i, _)| i).collect();
        for i in drop.into_iter().rev() {
            all.remove(i);
        }
        // "to the UK Health Security Agency", "the Health and Safety Executive": capitalised data
        // or purpose words before a body's head word are part of its name.
        let body_head = |k: usize| {
            cap(k)
                && (lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, k))
                    || lexicon::BODY_HEAD_WORDS.contains(&word_at(s, k)))
        };
        all.retain(|m| {
            !(matches!(m.value, Entity::Data(_) | Entity::Purpose(_))
                && m.start > 0
                && (m.start..m.end).all(cap)
                && (m.end..(m.end + 3).min(s.toks.len()))
                    .take_while(|&k| cap(k) || word_at(s, k) == "and")
                    .any(body_head))
        });
        // "the Centers for Disease Control and Prevention (CDC)": capitalised words inside a name
        // that its bracketed acronym follows.
        let acronym_at = |k: usize| {
            s.toks.get(k).is_some_and(|t| t.punct == Some('('))
                && s.toks.get(k + 2).is_some_and(|t| t.punct == Some(')'))
                && s.toks.get(k + 1).is_some_and(|t| {
                    let a = t.orig(&s.text);
                    t.is_word() && a.chars().count() >= 3 && a.chars().all(|c| c.is_ascii_uppercase())
                })
        };
        all.retain(|m| {
            if !(matches!(m.value, Entity::Data(_) | Entity::Purpose(_)) && m.start > 0 && (m.start..m.end).all(cap)) {
                return true;
            }
            let inside = cap(m.start - 1) || matches!(word_at(s, m.start - 1), "for" | "and" | "of" | "on");
            let mut k = m.end;
            while k < s.toks.len()
                && k < m.end + 6
                && s.toks[k].is_word()
                && (cap(k) || matches!(word_at(s, k), "for" | "and" | "of" | "on" | "the" | "in"))
            {
                k += 1;
            }
            !(inside && acronym_at(k))
        });
    }
    // "After your fit we email you a PDF report": the verb, not an email address.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(m.value == Entity::Data(DataType::Email)
                && m.end == m.start + 1
                && matches!(word_at(s, m.start), "email" | "e-mail" | "emails" | "emailed")
                && matches!(word_at(s, m.end), "you" | "us" | "them" | "him" | "her")
                && m.start > 0
                && matches!(
                    word_at(s, m.start - 1),
                    "we" | "i" | "will" | "ll" | "may" | "to" | "then" | "also" | "can"
                ))
        });
    }
    // "When your browser opens a webpage or email that contains a web beacon, it connects to the
    // web server that hosts the image", "third-party content (such as embedded videos …)": an
    // email that is opened, what a server hosts and what a page embeds are no data of the reader.
    if lex.lang == Lang::En {
        all.retain(|m| {
            let opened = m.value == Entity::Data(DataType::Email)
                && m.end == m.start + 1
                && matches!(word_at(s, m.start), "email" | "e-mail")
                && (m.start.saturating_sub(4)..m.start)
                    .any(|k| matches!(word_at(s, k), "open" | "opens" | "opened" | "opening"));
            let hosted = m.value == Entity::Data(DataType::Posts)
                && m.start >= 1
                && (word_at(s, m.start - 1) == "embedded"
                    || m.start >= 2
                        && matches!(word_at(s, m.start - 1), "the" | "that" | "this" | "its" | "their")
                        && matches!(word_at(s, m.start - 2), "hosts" | "host" | "hosting" | "serves" | "embeds"));
            !(opened || hosted)
        });
    }
    // "se entrega a Correos Express": the Spanish post office, not e-mails.
    if lex.lang == Lang::Es {
        all.retain(|m| {
            !(m.value == Entity::Data(DataType::Email)
                && m.start > 0
                && s.toks[m.start].cap
                && word_at(s, m.start) == "correos"
                && !matches!(s.toks[m.start - 1].punct, Some('.' | ':' | '-' | '\u{2013}')))
        });
    }
    // "so it can show you our adverts on other websites": where the ads appear, not what the
    // reader does elsewhere.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(m.value == Entity::Data(DataType::Browsing)
                && m.start >= 2
                && word_at(s, m.start) == "other"
                && matches!(word_at(s, m.start - 1), "on" | "across")
                && (m.start.saturating_sub(4)..m.start - 1)
                    .any(|k| matches!(word_at(s, k), "ads" | "adverts" | "advertisements" | "advert" | "ad")))
        });
    }
    // "Netflix supports the following self-regulatory programs": industry bodies, not regulators.
    all.retain(|m| {
        !(m.value == Entity::Recipient(RecipientKind::Government)
            && word_at(s, m.start).starts_with("regulat")
            && (m.start >= 1 && word_at(s, m.start - 1) == "self" || m.start >= 2 && word_at(s, m.start - 2) == "self"))
    });
    // "the transcriptions you upload publicly", "chats posted in the forum": what the user
    // publishes is a post.
    if lex.lang == Lang::En {
        for m in all.iter_mut() {
            if m.value == Entity::Data(DataType::Messages) {
                let published =
                    |w: &str| matches!(w, "upload" | "uploaded" | "post" | "posted" | "publish" | "published");
                if published(word_at(s, m.end)) || word_at(s, m.end) == "you" && published(word_at(s, m.end + 1)) {
                    m.value = Entity::Data(DataType::Posts);
                }
            }
        }
    }
    // "which photos they view", "the videos you watch": what the user looks at is activity.
    if lex.lang == Lang::En {
        for m in all.iter_mut() {
            if m.value == Entity::Data(DataType::Posts) {
                let viewed = |w: &str| {
                    matches!(w, "view" | "viewed" | "watch" | "watched" | "browse" | "browsed" | "open" | "opened")
                };
                let k =
                    m.end + usize::from(matches!(word_at(s, m.end), "you" | "they" | "users" | "guests" | "visitors"));
                if k > m.end && viewed(word_at(s, k)) {
                    m.value = Entity::Data(DataType::Usage);
                }
            }
        }
    }
    // Compounds no phrase matched, known by their ending ("Verbrauchsdaten").
    if !lex.tables.data_suffixes.is_empty() || !lex.tables.recipient_suffixes.is_empty() {
        let mut covered = all.iter().map(|m| (m.start, m.end)).peekable();
        let mut extra = Vec::new();
        for (i, t) in s.toks.iter().enumerate() {
            while covered.peek().is_some_and(|&(_, e)| e <= i) {
                covered.next();
            }
            if t.is_word() && !covered.peek().is_some_and(|&(a, _)| a <= i) {
                if let Some(d) = lex.data_suffix(t.norm(&s.lower)) {
                    extra.push(Match { start: i, end: i + 1, value: Entity::Data(d) });
                } else if let Some(k) = lex.recipient_suffix(t.norm(&s.lower)) {
                    extra.push(Match { start: i, end: i + 1, value: Entity::Recipient(k) });
                }
            }
        }
        add_matches(&mut all, extra);
    }
    // "Gesundheitsamt", "Gesundheitsdienstleister": a German compound is what its last part
    // names (an office, a provider), not the data its first part names.
    if !lex.tables.recipient_suffixes.is_empty() {
        for m in all.iter_mut() {
            if matches!(m.value, Entity::Data(_)) && m.end == m.start + 1 && s.toks[m.start].is_word() {
                if let Some(k) = lex.recipient_suffix(s.toks[m.start].norm(&s.lower)) {
                    m.value = Entity::Recipient(k);
                }
            }
        }
    }
    // 'this disclosure may be considered a "sale"': the law's word in quotes names a sale.
    let quote = |t: Option<&Token>| {
        t.is_some_and(|t| {
            matches!(
                t.punct,
                Some('"' | '\u{201c}' | '\u{201d}' | '\'' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}')
            )
        })
    };
    for k in 1..s.toks.len().saturating_sub(1) {
        if lexicon::QUOTED_SALE.contains(&word_at(s, k)) && quote(s.toks.get(k - 1)) && quote(s.toks.get(k + 1)) {
            all.push(Match { start: k, end: k + 1, value: Entity::Purpose(Purpose::Sale) });
            all.sort_by_key(|m| m.start);
        }
    }
    // "we share your name … with the farrier you choose": the professional the reader picks,
    // whatever the trade's name. "… to the local florist who takes it on": the one who takes
    // the order.
    if lex.lang == Lang::En && (s.lower.contains(" you ") || s.lower.contains(" who ") || s.lower.contains(" that ")) {
        for j in 0..s.toks.len().saturating_sub(4) {
            if !matches!(word_at(s, j), "with" | "to") || !matches!(word_at(s, j + 1), "the" | "your") {
                continue;
            }
            let n = if matches!(word_at(s, j + 2), "local" | "nearest" | "independent" | "partner") {
                j + 3
            } else {
                j + 2
            };
            let rel = matches!(word_at(s, n + 1), "that" | "who" | "whom");
            let y = if rel { n + 2 } else { n + 1 };
            let chosen = word_at(s, y) == "you"
                && matches!(
                    word_at(s, y + 1),
                    "choose"
                        | "chose"
                        | "select"
                        | "selected"
                        | "book"
                        | "booked"
                        | "hire"
                        | "hired"
                        | "pick"
                        | "picked"
                );
            let takes_order = rel
                && word_at(s, n + 1) != "whom"
                && matches!(
                    word_at(s, y),
                    "takes" | "accepts" | "handles" | "fulfils" | "fulfills" | "prepares" | "delivers" | "carries"
                );
            if n < s.toks.len()
                && s.toks[n].is_word()
                && !s.toks[n].cap
                && (chosen || takes_order)
                && !all.iter().any(|m| m.start <= n && m.end > n)
                && !lex.is_stopword(word_at(s, n))
            {
                // (The business that takes or fulfils the reader's order sells to them.)
                let seller = takes_order
                    && !chosen
                    && s.lower.contains("order")
                    && !matches!(word_at(s, y), "delivers" | "carries" | "handles");
                let kind = if seller { RecipientKind::Merchant } else { RecipientKind::ThirdParty };
                all.push(Match { start: n, end: n + 1, value: Entity::Recipient(kind) });
                all.sort_by_key(|m| m.start);
            }
        }
    }
    // "without sharing either party's phone number with the other": the other of two users.
    if lex.lang == Lang::En && (s.lower.contains("either party") || s.lower.contains("each party")) {
        for j in 0..s.toks.len().saturating_sub(2) {
            if word_at(s, j) == "with"
                && word_at(s, j + 1) == "the"
                && word_at(s, j + 2) == "other"
                && !s.toks.get(j + 3).is_some_and(|t| t.is_word() && !matches!(t.norm(&s.lower), "party" | "one"))
            {
                all.push(Match { start: j + 1, end: j + 3, value: Entity::Recipient(RecipientKind::OtherUsers) });
                all.sort_by_key(|m| m.start);
            }
        }
    }
    // "Harbourline companies may use these details to contact you about life insurance,
    // memorial stones and will-writing services": contacting the reader about offers is
    // marketing (about "your account" or "changes" it is not).
    if lex.lang == Lang::En {
        for j in 0..s.toks.len().saturating_sub(3) {
            // ("Pennine Stone Group will use this information to tell you about stone supplies".)
            if matches!(word_at(s, j), "contact" | "approach" | "call" | "email" | "tell" | "inform")
                && word_at(s, j + 1) == "you"
                && word_at(s, j + 2) == "about"
                && s.toks[j + 3].is_word()
                && !matches!(
                    word_at(s, j + 3),
                    "your"
                        | "the"
                        | "this"
                        | "that"
                        | "it"
                        | "any"
                        | "changes"
                        | "updates"
                        | "issues"
                        | "problems"
                        | "questions"
                        | "requests"
                        | "a"
                        | "an"
                        | "how"
                        | "what"
                        | "when"
                        | "why"
                        | "where"
                        | "whether"
                        | "important"
                        | "significant"
                        | "material"
                        // ("so that the vet can call you about treatment", "tell you about
                        // cancellations": the service itself.)
                        | "treatment"
                        | "cancellations"
                        | "cancellation"
                        | "delays"
                        | "delay"
                        | "appointments"
                        | "appointment"
                        | "bookings"
                        | "booking"
                        | "orders"
                        | "order"
                        | "deliveries"
                        | "delivery"
                        | "lessons"
                        | "repairs"
                        | "progress"
                        | "results"
                        | "emergencies"
                        | "availability"
                        | "arrangements"
                        | "collection"
                )
                && !all.iter().any(|m| matches!(m.value, Entity::Purpose(_)) && m.start <= j + 3 && j + 3 < m.end)
            {
                all.push(Match { start: j, end: j + 1, value: Entity::Purpose(Purpose::Marketing) });
                all.sort_by_key(|m| m.start);
            }
        }
    }
    // "damit sie Sie per Post über Glockenkonzerte … informieren kann", "pour vous informer de
    // nos stages", "para informarte de nuestros cursos": telling the reader about things on
    // offer is marketing (not about changes, the reader's own order or rights).
    if lex.lang != Lang::En {
        let not_offer = |w: &str| {
            matches!(
                w,
                "ihre"
                    | "ihren"
                    | "ihr"
                    | "ihres"
                    | "ihrer"
                    | "den"
                    | "die"
                    | "das"
                    | "dem"
                    | "der"
                    | "wichtige"
                    | "votre"
                    | "vos"
                    | "la"
                    | "le"
                    | "l"
                    | "les"
                    | "toute"
                    | "tout"
                    | "tu"
                    | "tus"
                    | "su"
                    | "sus"
                    | "el"
                    | "los"
                    | "las"
                    | "cualquier"
                    | "cambios"
                    | "changements"
                    | "modifications"
                    | "status"
                    | "statut"
                    | "estado"
            ) || w.starts_with("änderung")
                || w.starts_with("anderung")
                || w.starts_with("aktualisierung")
                || w.starts_with("modific")
        };
        for j in 0..s.toks.len().saturating_sub(2) {
            let w = word_at(s, j);
            let hit = match lex.lang {
                Lang::De => {
                    matches!(w, "über" | "uber" | "ueber")
                        && (j.saturating_sub(3)..j).any(|k| matches!(word_at(s, k), "sie" | "dich" | "euch"))
                        && (j + 2..(j + 12).min(s.toks.len()))
                            .find(|&k| {
                                matches!(
                                    word_at(s, k),
                                    "informieren" | "informiert" | "benachrichtigen" | "unterrichten"
                                )
                            })
                            .is_some_and(|v| !(j + 1..v).any(|k| s.toks[k].punct.is_some_and(|c| c != ',')))
                }
                Lang::Fr => {
                    w == "informer"
                        && j > 0
                        && word_at(s, j - 1) == "vous"
                        && matches!(word_at(s, j + 1), "de" | "des" | "sur" | "d")
                }
                Lang::Es => {
                    matches!(w, "informarte" | "informarle" | "informarles" | "informaros")
                        && matches!(word_at(s, j + 1), "de" | "sobre" | "del")
                }
                Lang::En => false,
            };
            let next = if lex.lang == Lang::De { j + 1 } else { j + 2 };
            if hit
                && s.toks.get(next).is_some_and(|t| t.is_word())
                && !not_offer(word_at(s, next))
                && !all.iter().any(|m| matches!(m.value, Entity::Purpose(_)) && m.start <= next && next < m.end)
            {
                all.push(Match { start: j, end: j + 1, value: Entity::Purpose(Purpose::Marketing) });
                all.sort_by_key(|m| m.start);
            }
        }
    }
    // "we send your name … to the campsite you have booked": the business the reader booked
    // with is a merchant, whatever its trade.
    if lex.lang == Lang::En {
        for j in 0..s.toks.len().saturating_sub(4) {
            if !(matches!(word_at(s, j), "to" | "with") && matches!(word_at(s, j + 1), "the" | "each" | "any")) {
                continue;
            }
            let n = j + 2;
            let mut k = n + 1 + usize::from(matches!(word_at(s, n + 1), "that" | "which"));
            if word_at(s, k) != "you" {
                continue;
            }
            k += 1;
            if matches!(word_at(s, k), "have" | "had") {
                k += 1;
            }
            if s.toks[n].is_word()
                && matches!(word_at(s, k), "booked" | "reserved" | "chose" | "chosen" | "selected" | "book" | "reserve")
                && !all.iter().any(|m| m.start <= n && n < m.end)
            {
                all.push(Match { start: n, end: n + 1, value: Entity::Recipient(RecipientKind::Merchant) });
                all.sort_by_key(|m| m.start);
            }
        }
    }
    // "device and diagnostic information": the first modifier shares the head noun.
    {
        let mut extra = Vec::new();
        for m in &all {
            if !matches!(m.value, Entity::Data(_)) || m.start < 2 || !matches!(word_at(s, m.start - 1), "and" | "or") {
                continue;
            }
            let k = m.start - 2;
            let is_head = |w: &str| matches!(w, "information" | "data" | "details" | "info" | "history" | "records");
            let head = if is_head(word_at(s, m.end - 1)) { word_at(s, m.end - 1) } else { word_at(s, m.end) };
            if !s.toks[k].is_word() || !is_head(head) || all.iter().any(|o| o.start <= k && k < o.end) {
                continue;
            }
            let phrase = format!("{} {}", word_at(s, k), head);
            let (lower, toks) = tokenize(&phrase);
            let hashes = lexicon::token_hashes(&toks, &lower);
            let mut found = Vec::new();
            lex.entities.find_all_hashed(&toks, &lower, &hashes, &mut found);
            if let Some(f) =
                found.iter().find(|f| f.start == 0 && f.end == toks.len() && matches!(f.value, Entity::Data(_)))
            {
                extra.push(Match { start: k, end: k + 1, value: f.value });
            }
        }
        add_matches(&mut all, extra);
    }
    // "in der App unter Konto > Datenschutz", "Settings › Privacy › Contacts": the words of a
    // menu path are labels on screen, not data or recipients.
    if crate::text::contains_any_char(&s.text, &['>', '\u{203a}', '\u{2192}', '\u{bb}']) {
        let path = menu_path_tokens(s);
        all.retain(|m| !(m.start..m.end).any(|k| path[k]) || matches!(m.value, Entity::Purpose(_)));
    }
    // "employers can … send you messages", "we will email you a receipt": what is sent to the
    // reader is not the reader's data going out.
    if lex.lang == Lang::En {
        all.retain(|m| {
            let mut k = m.start;
            while k > 0 && matches!(word_at(s, k - 1), "a" | "an" | "the" | "some" | "any") {
                k -= 1;
            }
            !(matches!(m.value, Entity::Data(_))
                && k >= 2
                && word_at(s, k - 1) == "you"
                && lexicon::SENT_TO_READER.contains(&word_at(s, k - 2)))
        });
    }
    // "integrate third-party marketplace products", "third-party apps": a product made by others,
    // not a party that receives data.
    if lex.lang == Lang::En {
        all.retain(|m| {
            // ("… from Snapchat to the third-party app": the app receives.)
            let mut k = m.start;
            while k > 0 && matches!(word_at(s, k - 1), "a" | "an" | "the" | "any" | "other") {
                k -= 1;
            }
            let receiving = k > 0 && matches!(word_at(s, k - 1), "to" | "with" | "into" | "by");
            !(m.value == Entity::Recipient(RecipientKind::ThirdParty)
                && !receiving
                && word_at(s, m.start).starts_with("third")
                && s.toks.get(m.end).is_some_and(|t| t.is_word())
                && lexicon::THIRD_PARTY_PRODUCTS.contains(&word_at(s, m.end)))
        });
    }
    // "Brushing data collected by the app", "your rowing history": data named by the activity
    // it records is usage data.
    if lex.lang == Lang::En {
        let extra: Vec<Match<Entity>> = (1..s.toks.len())
            .filter(|&k| {
                let g = word_at(s, k - 1);
                s.toks[k - 1].is_word()
                    && matches!(
                        word_at(s, k),
                        "data" | "history" | "habits" | "behavior" | "behaviour" | "sessions" | "stats" | "statistics"
                    )
                    && g.len() >= 6
                    && g.ends_with("ing")
                    && !lexicon::NOT_ACTIVITY_GERUNDS.contains(&g)
                    && !all.iter().any(|m| m.start <= k && k - 1 < m.end)
            })
            .map(|k| Match { start: k - 1, end: k + 1, value: Entity::Data(DataType::Usage) })
            .collect();
        add_matches(&mut all, extra);
    }
    // "Subscribing gives its writer access to your email address": whoever is given access
    // receives, though the lexicon has no word for them.
    if lex.lang == Lang::En {
        let extra: Vec<Match<Entity>> = (0..s.toks.len().saturating_sub(3))
            .filter_map(|v| {
                if !matches!(word_at(s, v), "give" | "gives" | "giving" | "grant" | "grants" | "granting") {
                    return None;
                }
                let acc = (v + 2..(v + 5).min(s.toks.len() - 1)).find(|&k| word_at(s, k) == "access")?;
                let head = acc - 1;
                let np_ok = (v + 1..acc).all(|k| {
                    s.toks[k].is_word()
                        && !matches!(
                            word_at(s, k),
                            "you"
                                | "us"
                                | "me"
                                | "them"
                                | "it"
                                | "others"
                                | "anyone"
                                | "someone"
                                | "everyone"
                                | "somebody"
                                | "anybody"
                        )
                });
                // (… to data: "to give the user access to the Service" lets the user in.)
                let mut d = acc + 2;
                while matches!(word_at(s, d), "your" | "the" | "their" | "his" | "her" | "all" | "some") {
                    d += 1;
                }
                let to_data = all.iter().any(|m| m.start == d && matches!(m.value, Entity::Data(_)));
                (word_at(s, acc + 1) == "to"
                    && np_ok
                    && to_data
                    && !lexicon::DATA_SUBJECTS.contains(&word_at(s, head))
                    && !all.iter().any(|m| m.start < acc && v < m.end))
                .then_some(Match { start: head, end: acc, value: Entity::Recipient(RecipientKind::ThirdParty) })
            })
            .collect();
        add_matches(&mut all, extra);
    }
    // "the tuner who will visit gets your name, address and phone number": a person the
    // lexicon has no word for, who receives data, is a recipient.
    if lex.lang == Lang::En {
        // ("the veterinary practice that referred you receives …", "we pass your name … to the
        // workshop that makes it": a business's common noun with "that" and one adjective.)
        let determiner = |k: usize| matches!(word_at(s, k), "the" | "your" | "our" | "each" | "every");
        let org_head = |k: usize| lexicon::ORG_HEAD_NOUNS.contains(&word_at(s, k));
        // ("the veterinary practice": one lower-case adjective between the determiner and the noun.)
        let adjective_before = |k: usize| {
            k >= 2
                && determiner(k - 2)
                && org_head(k)
                && s.toks[k - 1].is_word()
                && !s.toks[k - 1].cap
                && !lex.is_stopword(word_at(s, k - 1))
                && !all.iter().any(|m| m.start <= k - 1 && k - 1 < m.end)
        };
        let extra: Vec<Match<Entity>> = (1..s.toks.len().saturating_sub(2))
            .filter(|&k| {
                let n = word_at(s, k);
                let adjective = adjective_before(k);
                let relative = word_at(s, k + 1) == "who" || word_at(s, k + 1) == "that" && org_head(k);
                let start = if adjective { k - 1 } else { k };
                let given_to = start >= 2
                    && matches!(word_at(s, start - 2), "to" | "with")
                    && org_head(k)
                    && s.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Share) && m.end <= start - 2)
                    && all.iter().any(|m| m.end <= start && matches!(m.value, Entity::Data(_)));
                (determiner(k - 1) || adjective)
                    && relative
                    && s.toks[k].is_word()
                    && !s.toks[k].cap
                    && n.len() >= 4
                    && !lex.is_stopword(n)
                    && !lexicon::DATA_SUBJECTS.contains(&n)
                    && !matches!(
                        n,
                        "person" | "people" | "persons" | "individual" | "individuals" | "someone" | "anyone"
                    )
                    && !all.iter().any(|m| m.start <= k && k < m.end)
                    && (given_to
                        || (k + 2..(k + 10).min(s.toks.len())).any(|j| {
                            matches!(word_at(s, j), "gets" | "get" | "receives" | "receive" | "sees" | "see")
                                && (all
                                    .iter()
                                    .any(|m| m.start > j && m.start <= j + 4 && matches!(m.value, Entity::Data(_)))
                                    // ("receives confirmation and your details")
                                    || (j + 1..(j + 6).min(s.toks.len()))
                                        .any(|d| cue_at(s, d) == Some(Cue::DataHead) && word_at(s, d - 1) == "your"))
                        }))
            })
            .map(|k| {
                let adjective = adjective_before(k);
                let start = if adjective { k - 1 } else { k };
                Match { start, end: k + 1, value: Entity::Recipient(RecipientKind::ThirdParty) }
            })
            .collect();
        add_matches(&mut all, extra);
    }
    // "the list of marinas you visit", "the stores you visit": places the user goes to, where
    // a page, site or app would be browsing.
    if lex.lang == Lang::En {
        let extra: Vec<Match<Entity>> = (1..s.toks.len().saturating_sub(1))
            .filter(|&k| {
                let n = word_at(s, k - 1);
                s.toks[k - 1].is_word()
                    && word_at(s, k) == "you"
                    && matches!(word_at(s, k + 1), "visit" | "visited" | "frequent")
                    // (The data itself, "the list of marinas you visit"; not "ads relevant to
                    // places you visit".)
                    && k >= 2
                    && matches!(word_at(s, k - 2), "the" | "of" | "which" | "what")
                    && n.len() >= 4
                    && n.ends_with('s')
                    && !lexicon::VISITED_ONLINE.contains(&n)
                    && !all.iter().any(|m| m.start <= k + 1 && k - 1 < m.end)
            })
            .map(|k| Match { start: k - 1, end: k + 2, value: Entity::Data(DataType::CoarseLocation) })
            .collect();
        add_matches(&mut all, extra);
    }
    // "andere Unternehmen der RadWerk Gruppe", "other companies in the Kubo group", "les autres
    // sociétés du groupe Kubo": companies of a group are its affiliates.
    {
        let affiliate_at =
            |j: usize| all.iter().any(|o| o.start == j && o.value == Entity::Recipient(RecipientKind::Affiliate));
        let of_group = |m: &Match<Entity>| {
            let mut k = m.end;
            while k < s.toks.len() && k < m.end + 3 && lexicon::GROUP_LINKS.contains(&word_at(s, k)) {
                k += 1;
            }
            if k == m.end {
                return false;
            }
            let mut j = k;
            while j < s.toks.len() && j < k + 3 && s.toks[j].is_word() && s.toks[j].cap && !affiliate_at(j) {
                j += 1;
            }
            affiliate_at(j)
        };
        let group: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].value == Entity::Recipient(RecipientKind::ThirdParty) && of_group(&all[i]))
            .collect();
        // ("Unternehmen der Kubo Gruppe": a plain noun for companies.)
        let extra: Vec<Match<Entity>> = (0..s.toks.len())
            .filter(|&i| {
                s.toks[i].is_word()
                    && lexicon::GROUP_MEMBERS.contains(&word_at(s, i))
                    && !all.iter().any(|m| m.start <= i && i < m.end)
            })
            .map(|i| Match { start: i, end: i + 1, value: Entity::Recipient(RecipientKind::Affiliate) })
            .filter(|m| of_group(m))
            .collect();
        for i in group {
            all[i].value = Entity::Recipient(RecipientKind::Affiliate);
        }
        add_matches(&mut all, extra);
    }
    // "the mailing house that prints and posts the members' magazine", "which will review your
    // application": "posts", "reviews" before a determiner is the verb, not published content.
    if lex.lang == Lang::En {
        all.retain(|m| {
            !(m.value == Entity::Data(DataType::Posts)
                && m.end == m.start + 1
                && matches!(word_at(s, m.start), "posts" | "post" | "review" | "reviews" | "reviewed")
                && s.toks.get(m.end).is_some_and(|t| t.is_word())
                && matches!(
                    word_at(s, m.end),
                    "the" | "a" | "an" | "our" | "your" | "their" | "its" | "it" | "them" | "this" | "these"
                ))
        });
    }
    // "other Tempo users can see that route".
    for i in 0..s.toks.len().saturating_sub(2) {
        // Most words open no such phrase: a cheap length test before the list (on the token's
        // byte range, before the word is sliced out).
        let t = &s.toks[i];
        if !(5..=7).contains(&((t.lo.1 - t.lo.0) as usize)) {
            continue;
        }
        let w = word_at(s, i);
        let Some((_, nouns)) = lexicon::OTHER_BRAND_USERS.iter().find(|(o, _)| *o == w) else {
            continue;
        };
        let brand = s.toks[i + 1];
        if brand.is_word()
            && brand.cap
            && !lex.is_stopword(word_at(s, i + 1))
            && nouns.contains(&word_at(s, i + 2))
            && !all.iter().any(|m| m.start < i + 3 && i < m.end)
        {
            all.push(Match { start: i, end: i + 3, value: Entity::Recipient(RecipientKind::OtherUsers) });
            all.sort_by_key(|m| m.start);
        }
    }
    if lex.lang == Lang::En {
        agent_noun_recipients(s, &mut all);
    }
    // "ein Gerüstbauunternehmen", "die Werbeagentur": a German compound whose last part names a
    // kind of firm is a firm of that kind, whatever its trade (no list holds every trade).
    if lex.lang == Lang::De {
        for k in 0..s.toks.len() {
            let w = word_at(s, k);
            let Some(kind) = lexicon::DE_FIRM_ENDINGS
                .iter()
                .find(|(_, ends)| ends.iter().any(|e| w.len() >= e.len() + 4 && w.ends_with(e)))
                .map(|&(kind, _)| kind)
            else {
                continue;
            };
            if !s.toks[k].is_word() || all.iter().any(|m| m.start <= k && k < m.end) {
                continue;
            }
            let at = all.partition_point(|m| m.start < k);
            all.insert(at, Match { start: k, end: k + 1, value: Entity::Recipient(kind) });
        }
    }
    // "our electronic health record vendor", "an email delivery provider": data naming a
    // recipient's trade, right before the recipient noun.
    // (Where recipients and data start: looked up in `all`, a handful of matches, without
    // collecting them.)
    let recip_start = |k: usize| all.iter().any(|m| m.start == k && matches!(m.value, Entity::Recipient(_)));
    let recip_end = |k: usize| all.iter().any(|m| m.end == k && matches!(m.value, Entity::Recipient(_)));
    let data_start_in =
        |a: usize, b: usize| all.iter().any(|m| a < m.start && m.start <= b && matches!(m.value, Entity::Data(_)));
    let all_data_at = |k: usize| all.iter().any(|m| m.start == k && matches!(m.value, Entity::Data(_)));
    let quoted = if s.toks.iter().any(|t| matches!(t.punct, Some('"' | '\u{201c}' | '\u{ab}'))) {
        quoted_spans(s)
    } else {
        Vec::new()
    };
    for &m in &all {
        match m.value {
            Entity::Data(_) if trade_of_recipient(s, lex, recip_start, m.end) => {}
            // "Each seller … and their contact details are shown on their storefront page": the
            // third party's own details, not the user's.
            // ("… we do not share their location": where we act, "their" is the users'.)
            Entity::Data(DataType::Email | DataType::Phone | DataType::Postal | DataType::Name)
                if m.start > 0
                    && matches!(word_at(s, m.start - 1), "their" | "its")
                    && lex.lang == Lang::En
                    && !s.has(Cue::FirstPerson)
                    // ("Season-ticket holders … have been told that their names and email
                    // addresses will be passed to Hopstone Brewery": "their" is the people the
                    // sentence opened with, no party named between.)
                    && !(0..m.start - 1).any(|k| {
                        let w = word_at(s, k);
                        (lexicon::DATA_SUBJECTS.contains(&w)
                            || w.ends_with("holders")
                            || matches!(w, "fans" | "clients" | "patients" | "students" | "supporters" | "guests"))
                            && !all.iter().any(|r| {
                                r.start > k && r.start < m.start && matches!(r.value, Entity::Recipient(_))
                            })
                    }) => {}
            // "the Financial Transactions Reports and Analysis Centre of Canada": a word of an
            // institution's name, not the purpose of sharing.
            Entity::Purpose(_) if in_institution_name(s, m.start, m.end) => {}
            // "the company that collects rent and processes payments for us": what a provider does
            // for us, not the reader's data.
            Entity::Data(DataType::Payment | DataType::Transactions)
                if lex.lang == Lang::En
                    && m.start >= 2
                    && matches!(
                        word_at(s, m.start - 1),
                        "processes" | "process" | "handles" | "handle" | "collects" | "collect" | "takes" | "take"
                    )
                    && (m.start.saturating_sub(8)..m.start - 1)
                        .any(|k| matches!(word_at(s, k), "that" | "which" | "who"))
                    && (m.end..(m.end + 4).min(s.toks.len())).any(|k| matches!(word_at(s, k), "us" | "behalf")) => {}
            // "an die Fahrerlaubnisbehörde Ihres Wohnorts": a genitive that says which office, not
            // data it gets.
            Entity::Data(_)
                if lex.lang == Lang::De
                    && m.start >= 2
                    && matches!(word_at(s, m.start - 1), "ihres" | "ihrer" | "deines" | "deiner")
                    && recip_end(m.start - 1) => {}
            // "… und möchte die Obstbauern gezielt anschreiben": the verb (to write to), not a
            // cover letter ("Ihr Anschreiben").
            Entity::Data(DataType::Other)
                if lex.lang == Lang::De && word_at(s, m.start) == "anschreiben" && !s.toks[m.start].cap => {}
            // "so that they can post you their brochure": the verb (to mail), not posts.
            Entity::Data(DataType::Posts)
                if lex.lang == Lang::En
                    && m.end == m.start + 1
                    && word_at(s, m.start) == "post"
                    && matches!(word_at(s, m.end), "you" | "them" | "it" | "out") => {}
            // "- Correos, que recibe su nombre …": the Spanish post office, not "correos" (emails).
            Entity::Data(_)
                if m.end == m.start + 1
                    && s.toks[m.start].cap
                    && lexicon::KNOWN_ORGS.iter().any(|(n, _)| *n == s.toks[m.start].orig(&s.text)) => {}
            // "Petal & Post", "Ink & Contacts": a capitalised word joined by "&" to another is
            // part of a name.
            Entity::Data(_) if m.end == m.start + 1 && s.toks[m.start].cap && ampersand_name(s, m.start) => {}
            Entity::Purpose(Purpose::Sale) if lex.lang == Lang::En && rent_noun(s, m.start) => {}
            Entity::Purpose(Purpose::Sale) if lex.lang == Lang::En && thing_sold_before(s, m.start) => {}
            Entity::Purpose(Purpose::Sale) if goods_relative(s, m.start) => {}
            // "the town you're selling in", "if you sell": the reader's own selling.
            Entity::Purpose(Purpose::Sale) if lex.lang == Lang::En && m.start > 0 && reader_acts_at(s, m.start) => {}
            // "… our emails, marketing, and marketing on third party services": where marketing
            // shows, not who receives data.
            Entity::Recipient(RecipientKind::ThirdParty)
                if lex.lang == Lang::En
                    && m.start > 0
                    && word_at(s, m.start - 1) == "on"
                    && [m.end - 1, m.end].iter().any(|&k| {
                        matches!(
                            word_at(s, k),
                            "services"
                                | "service"
                                | "sites"
                                | "site"
                                | "websites"
                                | "platforms"
                                | "apps"
                                | "properties"
                        )
                    }) => {}
            // "sending transactional communications to you": the kind of message, not purchases.
            Entity::Data(DataType::Transactions)
                if word_at(s, m.start) == "transactional"
                    && matches!(
                        word_at(s, m.start + 1),
                        "communications" | "messages" | "emails" | "email" | "notifications" | "notices" | "sms"
                    ) => {}
            // "an order that includes items sold by a Partner Store": goods for sale, not data.
            Entity::Purpose(Purpose::Sale)
                if lex.lang == Lang::En
                    && m.end == m.start + 1
                    && word_at(s, m.start) == "sold"
                    && (matches!(word_at(s, m.end), "by" | "through")
                        || m.start > 0
                            && matches!(
                                word_at(s, m.start - 1),
                                "items" | "products" | "goods" | "tickets" | "merchandise" | "articles"
                            )) => {}
            // "we sell tickets", "apps who sell us advertising space": goods or space for sale,
            // not data.
            Entity::Purpose(Purpose::Sale)
                if lex.lang == Lang::En
                    && matches!(word_at(s, m.start), "sell" | "sells" | "selling")
                    && (m.end..(m.end + 3).min(s.toks.len())).any(|k| {
                        lexicon::SOLD_GOODS.contains(&word_at(s, k))
                            || matches!(word_at(s, k), "ticket" | "memberships")
                    }) => {}
            // "we send offers to selected groups of users on behalf of other businesses": whom a
            // mailing is for, not whom data goes to.
            Entity::Recipient(_)
                if lex.lang == Lang::En && {
                    let mut k = m.start;
                    while k > 0
                        && matches!(
                            word_at(s, k - 1),
                            "other" | "our" | "the" | "a" | "an" | "selected" | "certain" | "third"
                        )
                    {
                        k -= 1;
                    }
                    k >= 2 && word_at(s, k - 1) == "of" && word_at(s, k - 2) == "behalf"
                } => {}
            // "the name of the property owner", "the name and address of the landlord": whose
            // details they are, not who receives them.
            Entity::Recipient(_)
                if lex.lang == Lang::En && {
                    let mut k = m.start;
                    while k > 0 && matches!(word_at(s, k - 1), "the" | "a" | "an" | "each" | "every" | "any" | "your") {
                        k -= 1;
                    }
                    k >= 2
                        && word_at(s, k - 1) == "of"
                        && matches!(
                            word_at(s, k - 2),
                            "name" | "names" | "address" | "addresses" | "details" | "identity" | "identities"
                        )
                        && all.iter().any(|o| o.end == k - 1 && matches!(o.value, Entity::Data(_)))
                        // (One person, not "the names of the providers we may use": companies.)
                        && !word_at(s, m.end - 1).ends_with('s')
                } => {}
            // "protect … the rights, property or safety of you, third parties, or the public": the
            // people protected, not recipients.
            Entity::Recipient(_) if lex.lang == Lang::En && protected_party(s, m.start) => {}
            // "network activity information, such as your IP address, type of browser, carrier and/or
            // manufacturer": an item in a list of data examples is data about the user (their
            // carrier), not a party that receives it.
            Entity::Recipient(_) if lex.lang == Lang::En && in_data_examples(s, &all, m.start) => {}
            // "Rider statistics (like number of rides)", "your statistics": statistics about a
            // person are data, not the purpose analytics.
            Entity::Purpose(Purpose::Analytics)
                if lex.lang == Lang::En
                    && word_at(s, m.start).starts_with("statistic")
                    && m.start > 0
                    && (matches!(
                        word_at(s, m.start - 1),
                        "your"
                            | "their"
                            | "his"
                            | "her"
                            | "my"
                            | "rider"
                            | "riders"
                            | "driver"
                            | "drivers"
                            | "user"
                            | "users"
                            | "player"
                            | "players"
                            | "member"
                            | "members"
                            | "customer"
                            | "customers"
                            | "host"
                            | "hosts"
                            | "guest"
                            | "guests"
                            | "seller"
                            | "sellers"
                            | "creator"
                            | "creators"
                            | "account"
                            | "profile"
                            | "profiles"
                            | "s"
                    ) || matches!(s.toks[m.start - 1].punct, Some('\'' | '\u{2019}'))) => {}
            // "fraud and unsafe activity", "conduct or activity that … may violate the law": acts to
            // prevent or report, not the user's usage data.
            Entity::Data(DataType::Usage)
                if lex.lang == Lang::En
                    && matches!(word_at(s, m.start), "activity" | "activities")
                    && m.end == m.start + 1
                    && m.start > 0
                    && (matches!(
                        word_at(s, m.start - 1),
                        "unsafe"
                            | "illegal"
                            | "unlawful"
                            | "fraudulent"
                            | "suspicious"
                            | "criminal"
                            | "prohibited"
                            | "malicious"
                            | "harmful"
                            | "abusive"
                            | "unauthorized"
                            | "unauthorised"
                            | "dangerous"
                            | "illicit"
                            | "improper"
                            | "wrongful"
                            | "infringing"
                            | "terrorist"
                    ) || m.start > 1
                        && word_at(s, m.start - 1) == "or"
                        && word_at(s, m.start - 2) == "conduct") => {}
            // "to improve our advertising services, ad targeting …", "our ad platform": the
            // publisher's own business, not a company that receives data.
            Entity::Recipient(_)
                if lex.lang == Lang::En
                    && m.start > 0
                    && matches!(word_at(s, m.start - 1), "our" | "own")
                    && matches!(
                        word_at(s, m.end - 1),
                        "service" | "services" | "platform" | "platforms" | "product" | "products"
                    )
                    && !matches!(
                        word_at(s, m.end),
                        "provider"
                            | "providers"
                            | "partner"
                            | "partners"
                            | "vendor"
                            | "vendors"
                            | "company"
                            | "companies"
                    )
                    // ("our booking platform, Slotwise": a company's platform, named.)
                    && !{
                        let k = if matches!(s.toks.get(m.end).and_then(|t| t.punct), Some(',' | '(')) {
                            m.end + 1
                        } else {
                            m.end
                        };
                        s.toks.get(k).is_some_and(|t| t.is_word() && t.cap)
                            && !matches!(word_at(s, k), "we" | "which" | "who" | "and" | "or" | "our")
                    }
                    // ("Slotwise, our booking platform, …": the same, the name first.)
                    && !(m.start >= 3
                        && s.toks[m.start - 2].punct == Some(',')
                        && s.toks[m.start - 3].is_word()
                        && s.toks[m.start - 3].cap
                        && m.start - 3 > 0) => {}
            // "members of its Whisker Club loyalty scheme": the scheme, not the purchases it
            // records.
            Entity::Data(DataType::Transactions)
                if lex.lang == Lang::En
                    && one_word_before(
                        s,
                        m.start,
                        m.end,
                        "loyalty",
                        &["scheme", "schemes", "programme", "programmes", "program", "programs", "club", "clubs"],
                    ) => {}
            // "We will disclose information if a court orders us to": what a court orders is a
            // command, not the user's purchases.
            Entity::Data(DataType::Transactions)
                if lex.lang == Lang::En
                    && one_word_after(
                        s,
                        m.start,
                        m.end,
                        &["orders", "order", "ordered"],
                        &["court", "courts", "judge", "tribunal", "regulator", "law"],
                    ) => {}
            // "… with that company before and after the transaction closes": the merger, not the
            // user's purchases.
            Entity::Data(DataType::Transactions)
                if lex.lang == Lang::En
                    && one_word_after(
                        s,
                        m.start,
                        m.end,
                        &["transaction"],
                        &["the", "such", "that", "any", "ownership", "corporate"],
                    )
                    && (0..s.toks.len()).any(|k| {
                        matches!(
                            word_at(s, k),
                            "merger"
                                | "mergers"
                                | "merged"
                                | "acquisition"
                                | "acquisitions"
                                | "acquired"
                                | "bankruptcy"
                                | "reorganization"
                                | "divestiture"
                                | "financing"
                        )
                    }) => {}
            // "your credit file", "your case file": a record kept about the user, not files the
            // user uploaded.
            Entity::Data(DataType::Posts)
                if lex.lang == Lang::En
                    && matches!(word_at(s, m.end - 1), "file" | "files")
                    && m.end >= 2
                    && matches!(
                        word_at(s, m.end - 2),
                        "credit" | "case" | "personnel" | "tax" | "claim" | "claims"
                    ) => {}
            // "the address of the pages you view", "the address of the website you came from": a
            // web address, not a postal one.
            Entity::Data(DataType::Postal)
                if lex.lang == Lang::En
                    && word_at(s, m.end - 1) == "address"
                    && word_at(s, m.end) == "of"
                    && (m.end + 1..(m.end + 4).min(s.toks.len())).any(|k| {
                        matches!(
                            word_at(s, k),
                            "page" | "pages" | "website" | "websites" | "site" | "sites" | "webpage" | "webpages"
                        )
                    }) => {}
            // "your third-party liability insurance", "third party cover": a kind of insurance, no
            // one receives anything.
            Entity::Recipient(RecipientKind::ThirdParty)
                if lex.lang == Lang::En
                    && matches!(word_at(s, m.end - 1), "party" | "third-party")
                    && matches!(word_at(s, m.end), "liability" | "insurance" | "cover" | "claims" | "claim") => {}
            // "avisarte por SMS de catas", "vous prévenir par SMS": the channel a message goes
            // by, not the user's messages.
            Entity::Data(DataType::Messages)
                if word_at(s, m.start) == "sms"
                    && m.end - m.start == 1
                    && m.start > 0
                    && matches!(word_at(s, m.start - 1), "por" | "par" | "per" | "by" | "via") => {}
            // "des fichiers de prospection qu'ils louent": mailing lists, not files the user
            // uploaded.
            Entity::Data(DataType::Posts)
                if lex.lang == Lang::Fr
                    && matches!(word_at(s, m.end - 1), "fichier" | "fichiers")
                    && (matches!(
                        word_at(s, m.end),
                        "clients" | "client" | "marketing" | "commerciaux" | "commercial"
                    ) || matches!(word_at(s, m.end), "de" | "d")
                        && matches!(
                            word_at(s, m.end + 1),
                            "prospection" | "prospects" | "clients" | "adresses" | "marketing" | "clientele"
                        )) => {}
            // "to offer loyalty discounts": what is offered, not the user's purchases.
            Entity::Data(DataType::Transactions)
                if lex.lang == Lang::En
                    && word_at(s, m.end - 1) == "loyalty"
                    && matches!(
                        word_at(s, m.end),
                        "discount"
                            | "discounts"
                            | "reward"
                            | "rewards"
                            | "bonus"
                            | "bonuses"
                            | "perks"
                            | "benefits"
                            | "offers"
                    ) => {}
            // "through a court-supervised sale": the court oversees, it receives nothing.
            Entity::Recipient(RecipientKind::Government)
                if matches!(word_at(s, m.end - 1), "court" | "courts")
                    && matches!(word_at(s, m.end), "supervised" | "approved" | "ordered" | "appointed") => {}
            // "your year of study", "field of study": a stage of education, not research.
            Entity::Purpose(Purpose::Research)
                if word_at(s, m.start) == "study"
                    && m.start >= 2
                    && word_at(s, m.start - 1) == "of"
                    && matches!(
                        word_at(s, m.start - 2),
                        "year" | "field" | "course" | "area" | "program" | "programme" | "level"
                    ) => {}
            // "your name, the university you attend and your year of study": the school is data
            // about the user, it receives nothing.
            Entity::Recipient(_)
                if lex.lang == Lang::En
                    && word_at(s, m.end) == "you"
                    && matches!(word_at(s, m.end + 1), "attend" | "attended" | "attends") => {}
            // "die von Ihnen angesehenen Reiseziele und Hotels", "the hotels and restaurants you
            // viewed": what the user looked at, not whom data goes to.
            Entity::Recipient(_)
                if (m.start.saturating_sub(5)..m.start).any(|k| {
                    [
                        "angesehen", "aufgerufen", "gesucht", "besucht", "vues", "consultés", "consultées",
                        "consultad", "vistos", "vistas",
                    ]
                    .iter()
                    .any(|x| word_at(s, k).starts_with(x))
                }) || word_at(s, m.end) == "you"
                    && matches!(
                        word_at(s, m.end + 1),
                        "viewed" | "view" | "searched" | "browsed" | "visited" | "visit" | "looked" | "search"
                    ) => {}
            // "by using the contact details below": a pointer to the page, not data.
            Entity::Data(_) if lex.lang == Lang::En && matches!(word_at(s, m.end), "below" | "above") => {}
            // "excerpts of your writing, after removing names and email addresses": data taken out.
            Entity::Data(_) if removed_data(s, &all, m.start) => {}
            // "Vantra receives payment from these companies for this data": money, not payment data.
            Entity::Data(DataType::Payment)
                if lex.lang == Lang::En
                    && m.end == m.start + 1
                    && matches!(word_at(s, m.start), "payment" | "payments")
                    && m.start > 0
                    && matches!(
                        word_at(s, m.start - 1),
                        "receive" | "receives" | "received" | "receiving" | "accept" | "accepts"
                    ) => {}
            // "we may be required to provide relevant information, including health readings, to
            // … regulators": "to provide" with data as its object is the sharing verb, not the
            // purpose "to provide the service".
            Entity::Purpose(Purpose::Service)
                if m.end - m.start == 2
                    && word_at(s, m.start) == "to"
                    && matches!(word_at(s, m.start + 1), "provide" | "disclose" | "give")
                    && (all_data_at(m.end)
                        || all_data_at(m.end + 1)
                        || (m.end..(m.end + 3).min(s.toks.len())).any(|k| cue_at(s, k) == Some(Cue::DataHead))) => {}
            // "our obligations as a manufacturer of medical devices", "acting as a processor":
            // a role the publisher plays, not a recipient.
            // ("Because we are a regulated virtual asset service provider, …": so is "we are".)
            Entity::Recipient(_) if lex.lang == Lang::En && publisher_role(s, m.start) => {}
            // "threats to the public", "risks to other users", "harm to others": those protected,
            // not those who receive data.
            Entity::Recipient(_) if lex.lang == Lang::En && harmed_party(s, m.start) => {}
            // "cuando … presentes tu tarjeta o la app del Club": a bare "your card" is a payment
            // card only where the sentence speaks of paying (else a member or loyalty card).
            Entity::Data(DataType::Payment)
                if lex.lang == Lang::Es
                    && m.end - m.start == 2
                    && word_at(s, m.start + 1) == "tarjeta"
                    && !(0..s.toks.len()).any(|k| {
                        let w = word_at(s, k);
                        ["pag", "cobr", "credit", "debit", "bancari", "banco", "visa", "mastercard"]
                            .iter()
                            .any(|x| w.starts_with(x))
                    }) => {}
            // "news about its education programmes": a field of business, not the user's education.
            Entity::Data(DataType::Demographic)
                if lex.lang == Lang::En
                    && word_at(s, m.start) == "education"
                    && m.end == m.start + 1
                    && matches!(
                        word_at(s, m.end),
                        "programme"
                            | "programmes"
                            | "program"
                            | "programs"
                            | "products"
                            | "courses"
                            | "providers"
                            | "provider"
                            | "sector"
                            | "services"
                            | "apps"
                            | "partners"
                    ) => {}
            // "the brands whose products are sold on Crateful": goods sold, not data.
            Entity::Purpose(Purpose::Sale)
                if m.start >= 2
                    && matches!(word_at(s, m.start - 1), "are" | "is" | "be" | "being" | "were" | "was")
                    && (m.start.saturating_sub(4)..m.start - 1)
                        .any(|k| lexicon::SOLD_GOODS.contains(&word_at(s, k)))
                    // ("partner brands whose products we sell": the same with a subject.)
                    || m.start >= 2
                        && matches!(word_at(s, m.start - 1), "we" | "you" | "they" | "i")
                        && lexicon::SOLD_GOODS.contains(&word_at(s, m.start - 2)) => {}
            // "der Installationsbetrieb aus Ihrer Region", "a technician in your region": where
            // someone is, not a location shared.
            Entity::Data(DataType::CoarseLocation)
                if m.start >= 2
                    && matches!(word_at(s, m.start), "region" | "area" | "nahe")
                    && matches!(word_at(s, m.start - 2), "in" | "aus" | "from" | "within" | "near" | "across")
                    && matches!(word_at(s, m.start - 1), "ihrer" | "your" | "the" | "der") => {}
            // "the mobile advertising identifier of the phone used to unlock the scooter", "your
            // phone's location": the phone as a device, not its number.
            Entity::Data(DataType::Phone)
                if m.end == m.start + 1
                    && word_at(s, m.start) == "phone"
                    && (possessive_at(s, m.start)
                        || matches!(
                            word_at(s, m.end),
                            "used"
                                | "that"
                                | "which"
                                | "you"
                                | "screen"
                                | "settings"
                                | "camera"
                                | "model"
                                | "app"
                                | "apps"
                                | "os"
                        )
                        || m.start >= 2
                            && matches!(word_at(s, m.start - 1), "the" | "a" | "each" | "any" | "their" | "your")
                            && matches!(word_at(s, m.start - 2), "of" | "on" | "from" | "to")
                            // ("the advertising identifier of your phone or tablet": a device.)
                            && (word_at(s, m.start - 1) != "your"
                                || matches!(word_at(s, m.end), "or" | "and")
                                    && matches!(word_at(s, m.end + 1), "tablet" | "computer" | "device" | "laptop"))) =>
                {}
            // "Ihre Kontodaten, also Benutzername, E-Mail-Adresse …", "account data, i.e. your
            // username": a category defined by the list after it is that list.
            Entity::Data(_)
                if s.toks.get(m.end).is_some_and(|t| t.punct == Some(','))
                    && matches!(
                        word_at(s, m.end + 1),
                        "also" | "namlich" | "namely" | "i" | "d" | "that" | "es" | "c" | "meaning" | "sprich"
                    )
                    && data_start_in(m.end, m.end + 6) => {}
            // "Dirección General de Tráfico", "Department of Health": a capitalised word after
            // "of" in a name is part of the name, not data.
            Entity::Data(_)
                if m.start >= 2
                    && s.toks[m.start].cap
                    && s.toks[m.start - 2].cap
                    && s.toks[m.start - 2].is_word()
                    && matches!(word_at(s, m.start - 1), "de" | "del" | "of" | "fur" | "du" | "des") => {}
            // "… who combine it with other information to build consumer profiles": profiles
            // built are what is done with data (profiling), not account data.
            Entity::Data(DataType::Account)
                if word_at(s, m.end - 1).starts_with("profil")
                    && (m.start.saturating_sub(2)..m.start).any(|k| {
                        matches!(
                            word_at(s, k),
                            "build"
                                | "create"
                                | "compile"
                                | "develop"
                                | "construct"
                                | "erstellen"
                                | "construire"
                                | "crear"
                                | "elaborar"
                        )
                    }) => {}
            // "your email address will not be visible to others through any reports or user posts":
            // after other data, what it would show through is the channel, not more data.
            Entity::Data(_)
                if lex.lang == Lang::En
                    && (m.start.saturating_sub(6)..m.start).any(|k| {
                        matches!(word_at(s, k), "through" | "via")
                            && (k + 1..m.start).all(|j| {
                                matches!(
                                    word_at(s, j),
                                    "any"
                                        | "the"
                                        | "our"
                                        | "user"
                                        | "users"
                                        | "your"
                                        | "public"
                                        | "reports"
                                        | "or"
                                        | "and"
                                )
                            })
                            && all.iter().any(|d| matches!(d.value, Entity::Data(_)) && d.end <= k)
                    }) => {}
            // "head measurements and fitting notes kept for bespoke orders": notes the business
            // keeps about the reader are no content the reader posts.
            Entity::Data(DataType::Posts)
                if lex.lang == Lang::En && one_word_after(s, m.start, m.end, &["notes"], KEPT_NOTES) =>
            {
                e.data.push(Match { start: m.start, end: m.end, value: DataType::Other })
            }
            Entity::Data(d) => {
                // "proveedores de alojamiento, envío de SMS y pago", "prestataires (hébergement,
                // SMS, paiement)", "providers of hosting, SMS and payment services": what kind of
                // provider, not data handed to it.
                let provider_kind = all.iter().any(|r| {
                    matches!(r.value, Entity::Recipient(RecipientKind::ServiceProvider))
                        && r.end < m.start
                        && m.start - r.end <= 7
                        && (matches!(word_at(s, r.end), "de" | "of" | "von" | "für" | "pour" | "para")
                            || s.toks[r.end].punct == Some('(')
                            // ("proveedores de alojamiento, envío de SMS y pago")
                            || s.toks[r.end].punct == Some(',') && r.end - r.start > 1)
                        && (r.end + 1..m.start).all(|k| {
                            let t = &s.toks[k];
                            if all.iter().any(|o| matches!(o.value, Entity::Data(_)) && o.start <= k && k < o.end) {
                                true
                            } else if t.is_word() {
                                matches!(
                                    word_at(s, k),
                                    "y" | "e"
                                        | "and"
                                        | "et"
                                        | "und"
                                        | "o"
                                        | "or"
                                        | "ou"
                                        | "oder"
                                        | "de"
                                        | "of"
                                        | "des"
                                        | "del"
                                        | "la"
                                        | "le"
                                        | "les"
                                        | "los"
                                        | "las"
                                        | "el"
                                        | "envío"
                                        | "envio"
                                        | "envoi"
                                        | "sending"
                                        | "hosting"
                                        | "alojamiento"
                                        | "hébergement"
                                        | "hosting-"
                                )
                            } else {
                                t.punct == Some(',')
                            }
                        })
                });
                if provider_kind {
                    continue;
                }
                // "providers to host Vowly, send emails and text messages": a task, not the user's
                // messages. ("send your messages to …" keeps them.)
                // ("send your name, email address … to the campsite": an address is data.)
                if matches!(d, DataType::Messages | DataType::Email)
                    && m.start > 0
                    && !matches!(word_at(s, m.end - 1), "address" | "addresses")
                {
                    let mut k = m.start;
                    while k > 0
                        && m.start - k < 5
                        && (matches!(word_at(s, k - 1), "and" | "or")
                            || s.toks[k - 1].punct == Some(',')
                            || all
                                .iter()
                                .any(|o| matches!(o.value, Entity::Data(_)) && o.start <= k - 1 && k - 1 < o.end))
                    {
                        k -= 1;
                    }
                    if k > 0
                        && matches!(
                            word_at(s, k - 1),
                            "send" | "sending" | "sends" | "deliver" | "delivering" | "delivers"
                        )
                    {
                        continue;
                    }
                }
                // "service providers in locations around the world", "at our store locations":
                // places where someone is, not the user's location.
                if d == DataType::CoarseLocation
                    && m.end - m.start == 1
                    && word_at(s, m.start) == "locations"
                    && (m.start > 0
                        && matches!(
                            word_at(s, m.start - 1),
                            "our"
                                | "store"
                                | "office"
                                | "retail"
                                | "in"
                                | "other"
                                | "various"
                                | "multiple"
                                | "different"
                        )
                        || matches!(word_at(s, m.end), "around" | "outside" | "worldwide" | "where"))
                {
                    continue;
                }
                // "notice by email", "contact us by phone": a channel, not data that is shared.
                // ("Klaviyo, Inc.: envío de la newsletter por correo electrónico", "Brevo – envoi
                // des rappels par e-mail": a company whose role in a list is to send by that
                // channel has the address.)
                let company_label = s.toks.first().is_some_and(|t| t.cap)
                    && s.toks.iter().take(10).any(|t| matches!(t.punct, Some(':' | '\u{2013}' | '\u{2014}')));
                if m.start > 0
                    && !company_label
                    && matches!(word_at(s, m.start - 1), "by" | "via" | "per" | "par" | "por")
                    && (matches!(d, DataType::Email | DataType::Phone | DataType::Postal)
                        // ("offers by post": the mail, not the user's posts.)
                        || d == DataType::Posts && m.end - m.start == 1 && word_at(s, m.start) == "post")
                {
                    continue;
                }
                // "… de parafarmacia y cosmética (no medicamentos)", "(not your messages)": data
                // excluded in brackets.
                if m.start >= 2
                    && s.toks[m.start - 2].punct == Some('(')
                    && matches!(
                        word_at(s, m.start - 1),
                        "no" | "not"
                            | "nicht"
                            | "keine"
                            | "kein"
                            | "pas"
                            | "sin"
                            | "sans"
                            | "ohne"
                            | "excluding"
                            | "except"
                            | "hors"
                    )
                {
                    continue;
                }
                // "Finished pieces that we post are sent by a specialist courier": the publisher
                // posting a parcel, not a post of the user's.
                if d == DataType::Posts
                    && m.end - m.start == 1
                    && word_at(s, m.start) == "post"
                    && m.start >= 1
                    && (matches!(word_at(s, m.start - 1), "we" | "i")
                        || m.start >= 2
                            && matches!(word_at(s, m.start - 1), "will" | "shall" | "then" | "also")
                            && matches!(word_at(s, m.start - 2), "we" | "i"))
                {
                    continue;
                }
                // "under the age of 18", "age-restricted gigs": a rule about age, not data.
                if d == DataType::Demographic
                    && m.end - m.start == 1
                    && word_at(s, m.start) == "age"
                    && (matches!(
                        word_at(s, m.end),
                        "restricted"
                            | "limit"
                            | "limits"
                            | "rating"
                            | "ratings"
                            | "requirement"
                            | "requirements"
                            | "gate"
                            | "group"
                            | "groups"
                    ) || word_at(s, m.end) == "of"
                        && s.toks.get(m.end + 1).is_some_and(|t| t.norm(&s.lower).chars().all(|c| c.is_ascii_digit()))
                        || m.start >= 2
                            && matches!(
                                word_at(s, m.start - 2),
                                "under"
                                    | "over"
                                    | "above"
                                    | "below"
                                    | "reach"
                                    | "reached"
                                    | "reaches"
                                    | "minimum"
                                    | "legal"
                                    | "digital"
                            )
                        // "users under 16 years of age"
                        || m.start >= 3
                            && word_at(s, m.start - 1) == "of"
                            && matches!(word_at(s, m.start - 2), "years" | "year")
                            && s.toks[m.start - 3].norm(&s.lower).chars().all(|c| c.is_ascii_digit()))
                {
                    continue;
                }
                // "essential messages about the event", "marketing messages": what we send the
                // user, not the user's messages. ("text chat transcripts from tutoring
                // sessions" are the user's.)
                let sent_word =
                    ["messag", "communicat", "notification"].iter().any(|x| word_at(s, m.start).starts_with(x));
                if d == DataType::Messages
                    && m.end - m.start == 1
                    && (sent_word && matches!(word_at(s, m.end), "about" | "from")
                        || m.start > 0
                            && (matches!(
                                word_at(s, m.start - 1),
                                "essential"
                                    | "service"
                                    | "marketing"
                                    | "promotional"
                                    | "transactional"
                                    | "important"
                                    | "operational"
                                    | "informational"
                                    | "administrative"
                            ) || sent_word
                                && matches!(word_at(s, m.start - 1), "text" | "sms" | "provide" | "providing")))
                {
                    continue;
                }
                // "In such transactions", "corporate transactions": a deal, not purchase history.
                if d == DataType::Transactions
                    && m.end - m.start == 1
                    && word_at(s, m.start).starts_with("transaction")
                    && m.start > 0
                    && matches!(
                        word_at(s, m.start - 1),
                        "such"
                            | "corporate"
                            | "business"
                            | "strategic"
                            | "similar"
                            | "these"
                            | "those"
                            | "that"
                            | "this"
                            | "financing"
                            | "merger"
                            | "m&a"
                    )
                {
                    continue;
                }
                // "address fraud, security, or technical issues": the verb, not a postal address.
                let w = word_at(s, m.start);
                // "support in your region", "available in your country": where, not location data.
                if d == DataType::CoarseLocation
                    && m.end - m.start == 1
                    && matches!(w, "region" | "country" | "area" | "state" | "city")
                    && m.start > 0
                    && matches!(word_at(s, m.start - 1), "your" | "the")
                    && m.start > 1
                    && matches!(word_at(s, m.start - 2), "in" | "within" | "throughout" | "across")
                {
                    continue;
                }
                // "to any other country in which Instagram … maintain facilities": a place where
                // something happens, not the user's location.
                if d == DataType::CoarseLocation
                    && m.end - m.start == 1
                    && matches!(w, "country" | "countries" | "region" | "regions" | "state" | "states")
                    && (word_at(s, m.end) == "where" || word_at(s, m.end) == "in" && word_at(s, m.end + 1) == "which")
                {
                    continue;
                }
                // "which articles and videos you watch", "welche Artikel und Videos Sie aufrufen":
                // what the user views is usage, not content the user posted.
                let viewed = |k: usize| {
                    [
                        "watch", "view", "read", "open", "listen", "aufruf", "ansieh", "ansehen", "anseh", "lesen",
                        "lies", "anschau", "hor", "regard", "consult", "lis", "ecout", "ves", "lees", "consulta",
                        "escucha", "mira",
                    ]
                    .iter()
                    .any(|x| word_at(s, k).starts_with(x))
                };
                let d = if d == DataType::Posts
                    && (m.end..(m.end + 6).min(s.toks.len())).any(|k| {
                        matches!(word_at(s, k), "you" | "sie" | "vous" | "tu" | "usted" | "du")
                            && (k + 1..(k + 3).min(s.toks.len())).any(viewed)
                    }) {
                    DataType::Usage
                } else {
                    d
                };
                // "public episode transcripts", "öffentliche Chats": what is public is published
                // content, not private messages.
                let d = if d == DataType::Messages
                    && (m.start.saturating_sub(2)..m.start).any(|k| {
                        ["public", "publish", "offentlich", "publique", "publica", "publico"]
                            .iter()
                            .any(|x| word_at(s, k).starts_with(x))
                    }) {
                    DataType::Posts
                } else {
                    d
                };
                // "the documents, emails and snippets you paste": emails listed with content are
                // content (the user's messages), not email addresses.
                let d = if d == DataType::Email
                    && m.end - m.start == 1
                    && w == "emails"
                    && all.iter().any(|o| {
                        matches!(o.value, Entity::Data(DataType::Posts | DataType::Messages))
                            && (o.end + 2 >= m.start && o.end <= m.start || o.start <= m.end + 2 && o.start >= m.end)
                    }) {
                    DataType::Messages
                } else {
                    d
                };
                // "If you subscribe to an ad-supported plan", "when you booked": a condition, not
                // "the titles you subscribe to".
                if d == DataType::Transactions
                    && w == "you"
                    && m.start > 0
                    && matches!(
                        word_at(s, m.start - 1),
                        "if" | "when" | "whenever" | "once" | "after" | "before" | "until" | "as" | "because" | "where"
                    )
                {
                    continue;
                }
                // "Wenn Sie am Bonusprogramm teilnehmen", "if you join our loyalty programme", "si
                // vous participez au programme": taking part is the condition, not data.
                if (m.start..m.end).any(|k| word_at(s, k).contains("progra"))
                    && (m.start.saturating_sub(5)..m.start).any(|k| {
                        matches!(word_at(s, k), "if" | "when" | "wenn" | "falls" | "sobald" | "si" | "cuando")
                            && matches!(word_at(s, k + 1), "you" | "sie" | "du" | "vous" | "tu" | "usted")
                    })
                    && (m.start.saturating_sub(3)..(m.end + 2).min(s.toks.len())).any(|k| {
                        ["teilnehm", "teilnimm", "participat", "particip", "join", "enrol", "anmeld", "inscri"]
                            .iter()
                            .any(|x| word_at(s, k).starts_with(x))
                    })
                {
                    continue;
                }
                // "Ihren hochgeladenen Lebenslauf", "your uploaded CV": the adjective says how the
                // data came, the noun after it what it is.
                if d == DataType::Posts
                    && m.end - m.start == 1
                    && (w.starts_with("hochgeladen") || w == "uploaded")
                    && all_data_at(m.end)
                {
                    continue;
                }
                // "to file reports with FinCEN": the verb.
                if d == DataType::Posts
                    && m.end - m.start == 1
                    && w == "file"
                    && m.start > 0
                    && word_at(s, m.start - 1) == "to"
                {
                    continue;
                }
                // "a profile of your shopping": what the profile is of is the data.
                if d == DataType::Account
                    && w == "profile"
                    && word_at(s, m.end) == "of"
                    && (m.end + 1..(m.end + 4).min(s.toks.len())).any(|k| all_data_at(k))
                {
                    continue;
                }
                // "task names and due dates", "file names": the name of a thing, not a person's.
                if d == DataType::Name
                    && m.start > 0
                    && matches!(
                        word_at(s, m.start - 1),
                        "task"
                            | "file"
                            | "project"
                            | "product"
                            | "domain"
                            | "brand"
                            | "merchant"
                            | "store"
                            | "shop"
                            | "vendor"
                            | "category"
                            | "model"
                            | "company"
                            | "business"
                            | "channel"
                            | "group"
                            | "folder"
                            | "document"
                            | "event"
                            | "trade"
                            | "place"
                            | "street"
                            | "app"
                            | "device"
                            | "network"
                            | "host"
                            | "server"
                            | "team"
                            | "workspace"
                            | "playlist"
                            | "character"
                    )
                {
                    continue;
                }
                // "zieht Ihre Beiträge per SEPA-Lastschrift ein": membership fees, not posts.
                if d == DataType::Posts
                    && (m.start..m.end).any(|k| matches!(word_at(s, k), "beitrage" | "beitrag" | "beitragen"))
                    && s.toks.iter().any(|t| {
                        ["lastschrift", "zahl", "mahnung", "einzieh", "zieht", "gebuhr", "mitglied", "sepa"]
                            .iter()
                            .any(|x| t.norm(&s.lower).starts_with(x))
                    })
                {
                    continue;
                }
                // "your precise trip locations": the qualifier makes it precise.
                let d = if d == DataType::CoarseLocation
                    && (m.start.saturating_sub(3)..m.start).any(|k| {
                        matches!(
                            word_at(s, k),
                            "precise" | "exact" | "gps" | "genaue" | "genauen" | "precisa" | "exacta"
                        )
                    }) {
                    DataType::PreciseLocation
                } else {
                    d
                };
                // "an empty "wake up" message", "a confirmation message": one message of the
                // service's own, not the user's messages.
                if d == DataType::Messages
                    && w == "message"
                    && (m.start.saturating_sub(6)..m.start).any(|k| {
                        matches!(
                            word_at(s, k),
                            "a" | "an" | "empty" | "confirmation" | "verification" | "automated" | "one"
                        )
                    })
                {
                    continue;
                }
                // "the new Trading Post", "Location Services": part of a product or setting name.
                let cap_word =
                    |k: usize| s.toks.get(k).is_some_and(|t| t.is_word() && t.cap && !lex.is_stopword(word_at(s, k)));
                // Not a defined term ("your Driving Behavior Data") nor a tracker ("Meta Pixel").
                if lex.lang == Lang::En
                    && d != DataType::Device
                    && m.start > 0
                    && (m.start..m.end).all(cap_word)
                    && (cap_word(m.start - 1) && m.start > 1 || cap_word(m.end))
                {
                    let mut end = m.end;
                    while cap_word(end) {
                        end += 1;
                    }
                    if !matches!(
                        word_at(s, end - 1),
                        "data" | "information" | "info" | "details" | "records" | "history"
                    ) {
                        continue;
                    }
                }
                if m.end - m.start == 1
                    && (m.start == 0 || word_at(s, m.start - 1) == "to")
                    && (w == "address" || w == "adresser")
                    && s.toks.get(1).is_some_and(|t| {
                        t.is_word()
                            && !matches!(
                                word_at(s, 1),
                                "and" | "or" | "book" | "books" | "information" | "details" | "data"
                            )
                    })
                {
                    continue;
                }
                // "pay for parking using a mobile phone", "on your phone": the device, not its
                // number.
                let det = if m.start >= 1 && matches!(word_at(s, m.start - 1), "mobile" | "cell" | "smart") {
                    m.start - 1
                } else {
                    m.start
                };
                if d == DataType::Phone
                    && matches!(word_at(s, m.end - 1), "phone" | "telephone" | "smartphone")
                    && det >= 1
                    && (matches!(word_at(s, det - 1), "a" | "an")
                        || det >= 2
                            && matches!(word_at(s, det - 1), "your" | "their" | "his" | "her")
                            && matches!(word_at(s, det - 2), "on" | "from" | "using" | "via" | "through"))
                {
                    continue;
                }
                // "photos and audio recordings you post publicly": recordings the user publishes
                // are posts, not calls.
                let published = |k: usize| {
                    matches!(word_at(s, k), "publicly" | "posted" | "uploaded" | "published")
                        || word_at(s, k) == "you"
                            && matches!(word_at(s, k + 1), "post" | "upload" | "publish" | "share" | "add")
                };
                let d = if d == DataType::Messages
                    && word_at(s, m.end - 1).starts_with("recording")
                    && (m.end..m.end + 2).any(published)
                {
                    DataType::Posts
                } else {
                    d
                };
                e.data.push(Match { start: m.start, end: m.end, value: d })
            }
            // "the public posts and comments": an adjective, not the public as a recipient.
            Entity::Recipient(RecipientKind::Public)
                if word_at(s, m.end - 1) == "public"
                    && s.toks.get(m.end).is_some_and(|t| t.is_word())
                    && !matches!(
                        word_at(s, m.end),
                        "and" | "or" | "if" | "when" | "unless" | "by" | "through" | "on" | "in" | "at"
                    ) => {}
            // "Grupo Nutrial S.L.", "Brandt Group": part of a company's name, not "our group".
            Entity::Recipient(RecipientKind::Affiliate)
                if m.end - m.start == 1
                    && matches!(word_at(s, m.start), "grupo" | "group" | "gruppe" | "groupe")
                    && s.toks[m.start].cap
                    && (s.toks.get(m.end).is_some_and(|t| t.is_word() && t.cap)
                        || m.start > 0
                            && s.toks[m.start - 1].is_word()
                            && s.toks[m.start - 1].cap
                            && !lex.is_stopword(word_at(s, m.start - 1))) => {}
            // "die Allianz Versicherungs-AG": a trade word inside a company's name.
            Entity::Recipient(_)
                if m.start > 0
                    && s.toks[m.start - 1].is_word()
                    && s.toks[m.start - 1].cap
                    && s.toks[m.start].cap
                    && (s
                        .toks
                        .get(m.end)
                        .is_some_and(|t| t.is_word() && lexicon::LEGAL_SUFFIXES.contains(&word_at(s, m.end)))
                        || m.end - m.start >= 2 && lexicon::LEGAL_SUFFIXES.contains(&word_at(s, m.end - 1))) => {}
            // "offer segments such as "frequent fuel buyer"": a label in quotes, not a buyer.
            Entity::Recipient(RecipientKind::Acquirer | RecipientKind::Merchant | RecipientKind::OtherUsers)
                if quoted.iter().any(|&(qa, qb)| qa < m.start && m.end <= qb) => {}
            // "card payments and seller payouts", "partner points": a recipient noun that
            // modifies another noun names no recipient.
            Entity::Recipient(_)
                if lex.lang == Lang::En
                    && m.end - m.start == 1
                    && matches!(
                        word_at(s, m.end),
                        "payouts"
                            | "payout"
                            | "points"
                            | "fees"
                            | "fee"
                            | "portal"
                            | "dashboard"
                            | "onboarding"
                            | "ratings"
                            | "listings"
                            | "programme"
                            | "program"
                    ) => {}
            // "la tarjeta de socio", "el número de socio", "l'espace partenaire": the card, number
            // or area of a member or partner names no recipient.
            Entity::Recipient(_)
                if matches!(lex.lang, Lang::Es | Lang::Fr)
                    && m.start >= 2
                    && matches!(word_at(s, m.start - 1), "de" | "d")
                    && matches!(
                        word_at(s, m.start - 2),
                        "tarjeta"
                            | "numero"
                            | "carne"
                            | "carnet"
                            | "cuota"
                            | "area"
                            | "zona"
                            | "ventajas"
                            | "contrato"
                            | "condicion"
                            | "codigo"
                            | "carte"
                            | "espace"
                            | "cotisation"
                            | "statut"
                            | "compte"
                            | "cuenta"
                    ) => {}
            // "third parties who are not affiliated with and not controlled by us": no affiliate.
            Entity::Recipient(RecipientKind::Affiliate)
                if m.start > 0
                    && matches!(word_at(s, m.start - 1), "not" | "non")
                    && word_at(s, m.start).starts_with("affiliat") => {}
            // "for providing community standards and customer support services", "our community
            // team": the service's rules or staff, not its users.
            Entity::Recipient(RecipientKind::OtherUsers)
                if lex.lang == Lang::En
                    && one_word_before(
                        s,
                        m.start,
                        m.end,
                        "community",
                        &[
                            "standards", "guidelines", "rules", "management", "support", "team", "teams", "manager",
                            "managers", "moderation", "operations",
                        ],
                    ) => {}
            // "the following details of each donkey sponsor": whose details they are.
            Entity::Recipient(_)
                if lex.lang == Lang::En
                    && (m.start.saturating_sub(3)..m.start).any(|k| {
                        k >= 2
                            && matches!(word_at(s, k), "each" | "every")
                            && word_at(s, k - 1) == "of"
                            && matches!(word_at(s, k - 2), "details" | "information" | "data" | "records" | "record")
                            && (k + 1..m.start).all(|j| s.toks[j].is_word())
                    }) => {}
            // "cualquiera de nuestros servicios": any of our services, not anyone.
            Entity::Recipient(RecipientKind::Public)
                if word_at(s, m.start) == "cualquiera" && word_at(s, m.end) == "de" => {}
            // "personal data which are manifestly made public by the individual": what the user
            // published, not us.
            Entity::Recipient(RecipientKind::Public)
                if word_at(s, m.end) == "by"
                    && (matches!(word_at(s, m.end + 1), "you" | "yourself" | "users" | "individuals")
                        || word_at(s, m.end + 1) == "the"
                            && matches!(word_at(s, m.end + 2), "individual" | "user" | "data" | "person")) => {}
            // "The table below lists everyone outside Hearth who receives personal information
            // from us": the recipients to come, not the public.
            Entity::Recipient(RecipientKind::Public)
                if matches!(word_at(s, m.start), "everyone" | "anyone")
                    && (word_at(s, m.end) == "outside"
                        || word_at(s, m.end) == "who"
                            && matches!(word_at(s, m.end + 1), "receives" | "gets" | "obtains" | "we")) => {}
            // "en nuestras tiendas", "in our stores": the publisher's own shops. ("nos
            // commerçants partenaires", "our merchants": other businesses.)
            Entity::Recipient(RecipientKind::Merchant)
                if m.start > 0
                    && !(m.start..m.end).any(|k| {
                        let w = word_at(s, k);
                        [
                            "partenaire", "partner", "asociad", "adherid", "colaborador", "commercant", "comerciante",
                            "handler", "merchant", "vendeur", "marchand", "seller",
                        ]
                        .iter()
                        .any(|x| w.starts_with(x))
                    })
                    && matches!(
                        word_at(s, m.start - 1),
                        "our"
                            | "nuestras"
                            | "nuestros"
                            | "nuestra"
                            | "nuestro"
                            | "unsere"
                            | "unseren"
                            | "unserer"
                            | "unseres"
                            | "nos"
                            | "notre"
                    ) => {}
            // "Community Sift processes chat messages", "Partner Hub Ltd": a capitalised recipient
            // word that runs on into a capitalised word no entity covers begins a company's name.
            Entity::Recipient(_)
                if lex.lang == Lang::En
                    && (m.start..m.end).all(|k| s.toks[k].cap)
                    && s.toks.get(m.end).is_some_and(|t| t.is_word() && t.cap)
                    && !lex.is_stopword(word_at(s, m.end))
                    && !lex.is_not_name(word_at(s, m.end))
                    && !all.iter().any(|o| o.start <= m.end && m.end < o.end)
                    && word_at(s, m.end).len() > 2 => {}
            Entity::Recipient(r) => {
                let (start, value) = coordinated_recipient(s, lex, m.start, m.end, r).unwrap_or((m.start, r));
                // "If you sell items, we share your name with buyers": the buyers of what the
                // reader sells are other users, not buyers of the business.
                let value = if value == RecipientKind::Acquirer
                    && lex.lang == Lang::En
                    && word_at(s, m.start).starts_with("buyer")
                    && (1..s.toks.len())
                        .any(|k| matches!(cue_at(s, k), Some(Cue::Verb(VerbClass::Sell))) && reader_acts_at(s, k))
                {
                    RecipientKind::OtherUsers
                } else {
                    value
                };
                // "our analytics or advertising partners": the first modifier shares the head.
                if let Some(k) = shared_head_recipient(s, lex, start, m.end, value) {
                    e.recips.push(Match { start: start - 2, end: start - 1, value: k });
                }
                // ("Anyone can see the public content you post": "can see" is the verb.)
                let end = if m.end > start + 1
                    && word_at(s, m.end - 1) == "can"
                    && s.cues.iter().any(|c| c.start == m.end - 1 && matches!(c.value, Cue::Verb(_)))
                {
                    m.end - 1
                } else {
                    m.end
                };
                e.recips.push(Match { start, end, value })
            }
            // "is analysed by Helixa Labs": a passive verb with its agent, not a purpose.
            Entity::Purpose(_)
                if word_at(s, m.end) == "by"
                    && s.cues.iter().any(|c| c.start == m.start && matches!(c.value, Cue::Verb(_))) => {}
            // "the Pemberton family has sold Lockside Narrowboat Hire to Waterways Holidays Ltd",
            // "we have sold the business to …": a sale of the business, not of data.
            Entity::Purpose(Purpose::Sale) if lex.lang == Lang::En && business_sold_at(s, m.end) => {
                e.purposes.push(Match { start: m.start, end: m.end, value: Purpose::BusinessTransfer })
            }
            // "Where a tree is protected by a Tree Preservation Order", "protected characteristics":
            // a state, not protecting anyone ("… protected against fraud" is).
            Entity::Purpose(Purpose::Security)
                if lex.lang == Lang::En
                    && m.end == m.start + 1
                    && word_at(s, m.start) == "protected"
                    && !matches!(word_at(s, m.end), "against" | "from") => {}
            // "les selles sur mesure" (bespoke saddles): made to measure, not tailored content
            // ("des publicités sur mesure" is).
            Entity::Purpose(Purpose::Personalization)
                if lex.lang == Lang::Fr
                    && m.end == m.start + 2
                    && word_at(s, m.start) == "sur"
                    && m.start > 0
                    && !matches!(
                        word_at(s, m.start - 1).trim_end_matches('s'),
                        "publicite"
                            | "contenu"
                            | "offre"
                            | "recommandation"
                            | "experience"
                            | "annonce"
                            | "message"
                            | "communication"
                            | "suggestion"
                            | "service"
                            | "conseil"
                    ) => {}
            // "head measurements", "your body measurements": the reader's size, not audience
            // measurement.
            Entity::Purpose(Purpose::Analytics)
                if lex.lang == Lang::En
                    && one_word_after(s, m.start, m.end, &["measurements", "measurement"], BODY_MEASURED) =>
            {
                e.data.push(Match { start: m.start, end: m.end, value: DataType::Other })
            }
            // "they will process it in accordance with applicable law", "within the limits of the
            // law", "as permitted by law": the manner of a practice, not a legal purpose.
            Entity::Purpose(Purpose::Legal)
                if lex.lang == Lang::En && m.start >= 2 && {
                    let k = if matches!(word_at(s, m.start - 1), "the" | "all") { m.start - 1 } else { m.start };
                    k >= 2
                        && matches!(
                            (word_at(s, k - 2), word_at(s, k - 1)),
                            ("accordance", "with")
                                | ("limits", "of")
                                | ("permitted", "by")
                                | ("allowed", "by")
                                | ("authorized", "by")
                                | ("authorised", "by")
                                | ("consistent", "with")
                        )
                } => {}
            Entity::Purpose(p) => e.purposes.push(Match { start: m.start, end: m.end, value: p }),
        }
    }
    // "we give the buyer the seller's full name, … and we give the seller the buyer's …": a buyer
    // and a seller in one sentence are the two sides of a sale between users, not the buyer of
    // our business and a shop.
    if e.recips.len() >= 2 {
        let side = |m: &Match<RecipientKind>, stems: &[&str]| {
            (m.start..m.end).any(|k| stems.iter().any(|x| word_at(s, k).starts_with(x)))
        };
        let buyer = e.recips.iter().any(|m| {
            m.value == RecipientKind::Acquirer && side(m, &["buyer", "kaufer", "käufer", "acheteur", "comprador"])
        });
        let seller = e.recips.iter().any(|m| {
            m.value == RecipientKind::Merchant && side(m, &["seller", "verkaufer", "verkäufer", "vendeur", "vendedor"])
        });
        if buyer && seller {
            for m in e.recips.iter_mut() {
                if matches!(m.value, RecipientKind::Acquirer | RecipientKind::Merchant) {
                    m.value = RecipientKind::OtherUsers;
                }
            }
        }
    }
    // "our guarantee now covers the original purchaser and anyone they pass the map to": the
    // customer who first bought an item, not the buyer of a business.
    e.recips.retain(|m| {
        !(m.value == RecipientKind::Acquirer
            && m.start > 0
            && matches!(word_at(s, m.start - 1), "original" | "first")
            && (m.start..m.end).any(|k| matches!(word_at(s, k), "purchaser" | "purchasers" | "buyer" | "buyers")))
    });
    // "The buyer sees your first name and the seat details", "the buyer of your ticket": a buyer
    // on a marketplace, not of the business, when the sentence names no business transfer.
    if e.recips.iter().any(|m| m.value == RecipientKind::Acquirer)
        && !e.purposes.iter().any(|m| m.value == Purpose::BusinessTransfer)
    {
        let words = || (0..s.toks.len()).map(|k| word_at(s, k));
        let market = words().any(|w| {
            matches!(
                w,
                "sees"
                    | "see"
                    | "ticket"
                    | "tickets"
                    | "resale"
                    | "listing"
                    | "listings"
                    | "sieht"
                    | "sehen"
                    | "weiterverkauf"
                    | "voit"
                    | "voient"
                    | "billet"
                    | "billets"
                    | "revente"
                    | "ve"
                    | "ven"
                    | "entrada"
                    | "entradas"
                    | "reventa"
            )
        });
        if market {
            for m in e.recips.iter_mut() {
                let buyer = (m.start..m.end).any(|k| {
                    ["buyer", "kaufer", "käufer", "acheteur", "comprador"].iter().any(|x| word_at(s, k).starts_with(x))
                });
                if m.value == RecipientKind::Acquirer && buyer {
                    m.value = RecipientKind::OtherUsers;
                }
            }
        }
    }
    // "à nos prestataires (hébergement, routage des newsletters, paiement en ligne)", "service
    // providers (hosting, payment processing)": the brackets say what they do, not what data
    // they get.
    if !e.data.is_empty() && !e.recips.is_empty() {
        let mut spans = Vec::new();
        for r in &e.recips {
            if s.toks.get(r.end).is_some_and(|t| t.punct == Some('(')) {
                if let Some(c) = (r.end + 1..(r.end + 20).min(s.toks.len())).find(|&k| s.toks[k].punct == Some(')')) {
                    spans.push((r.end, c));
                }
            }
        }
        let described = |m: &Match<DataType>| {
            spans.iter().any(|&(a, b)| a < m.start && m.end <= b)
                && !(m.start.saturating_sub(3)..m.start)
                    .any(|k| matches!(word_at(s, k), "your" | "vos" | "votre" | "ihre" | "ihren" | "tus" | "sus"))
        };
        if spans.iter().any(|_| true) {
            e.data.retain(|m| !described(m));
        }
    }
    // "Compártelo con tu grupo de juego", "share it with your group": the reader's group is
    // people, not the company's.
    e.recips.retain(|m| {
        !(m.value == RecipientKind::Affiliate
            && m.start > 0
            && matches!(
                word_at(s, m.start - 1),
                "your" | "tu" | "ton" | "ta" | "votre" | "dein" | "deine" | "deiner" | "deinem"
            ))
    });
    // "… prevent, or address misleading activity", "to protect health or life", "health and
    // safety": a verb, an activity of wrongdoers and a good to protect are no personal data.
    if s.toks.len() > 1 {
        let w = |k: usize| if k < s.toks.len() { word_at(s, k) } else { "" };
        e.data.retain(|m| {
            if m.end != m.start + 1 {
                return true;
            }
            match (m.value, w(m.start)) {
                (DataType::Postal, "address") => !lexicon::ADDRESSED_THINGS.contains(&w(m.start + 1)),
                // "Cuando reservas un curso", "si compras": the reader's verb, not their bookings.
                (DataType::Transactions, "reservas" | "compras") => {
                    m.start == 0 || !matches!(w(m.start - 1), "cuando" | "si" | "tu" | "que" | "mientras")
                }
                (DataType::Usage, "activity" | "activities") => {
                    m.start == 0 || !lexicon::WRONGFUL_WORDS.contains(&w(m.start - 1))
                }
                (DataType::Health, "health") => {
                    !(matches!(w(m.start + 1), "or" | "and")
                        && matches!(w(m.start + 2), "life" | "lives" | "safety" | "wellbeing" | "well"))
                }
                _ => true,
            }
        });
    }
    // "Our dance demonstration videos are hosted by Vidstream", "our product photos": content
    // the publisher owns is no one's personal data. ("our users' photos", "our members' posts"
    // are the people's.)
    let data_spans: Vec<(usize, usize)> = e.data.iter().map(|d| (d.start, d.end)).collect();
    e.data.retain(|m| {
        if m.value != DataType::Posts {
            return true;
        }
        let mut k = m.start;
        while k > 0 && m.start - k < 3 {
            let w = word_at(s, k - 1);
            if matches!(
                w,
                "our"
                    | "unsere"
                    | "unseren"
                    | "unserer"
                    | "nos"
                    | "notre"
                    | "nuestros"
                    | "nuestras"
                    | "nuestro"
                    | "nuestra"
            ) {
                return false;
            }
            if !s.toks[k - 1].is_word()
                || s.toks[k - 1].cap && k - 1 > 0
                || possessive_at(s, k - 1)
                || w.ends_with("s'")
                || matches!(
                    w,
                    "users"
                        | "members"
                        | "customers"
                        | "clients"
                        | "community"
                        | "players"
                        | "students"
                        | "your"
                        | "the"
                        | "a"
                        | "and"
                        | "or"
                        | "of"
                )
                || data_spans.iter().any(|&(a, b)| a <= k - 1 && k - 1 < b && a != m.start)
            {
                return true;
            }
            k -= 1;
        }
        true
    });
    // "messages sent to Everyone in a meeting", "… sent to Everyone, messages sent to meeting
    // group chats": "Everyone" capitalised inside a sentence is the chat's audience (a product's
    // name for all participants), not the public.
    for m in e.recips.iter_mut() {
        if m.value == RecipientKind::Public
            && m.end == m.start + 1
            && m.start > 0
            && s.toks[m.start].cap
            && word_at(s, m.start) == "everyone"
            && s.toks[m.start - 1].is_word()
        {
            m.value = RecipientKind::OtherUsers;
        }
    }
    // "the Driver and Vehicle Standards Agency": a capitalised recipient word that opens an
    // institution's name ("X and Y … Agency") is part of the name.
    e.recips.retain(|m| {
        let w = |k: usize| if k < s.toks.len() { word_at(s, k) } else { "" };
        let article = |k: usize| matches!(w(k), "the" | "la" | "le" | "el" | "die" | "der");
        !(s.toks[m.end - 1].cap
            && (m.start > 0 && article(m.start - 1) || m.end - m.start == 2 && article(m.start))
            && matches!(w(m.end), "and" | "&" | "und" | "et" | "y")
            && (m.end + 2..(m.end + 6).min(s.toks.len())).any(|j| {
                (m.end + 1..=j).all(|q| s.toks[q].is_word() && s.toks[q].cap)
                    && (lexicon::OFFICIAL_NAME_WORDS.contains(&w(j)) || matches!(w(j), "service" | "office" | "board"))
            }))
    });
    // "… or to protect our users, our Service or the public": whom the sharing protects.
    e.recips.retain(|m| {
        !(m.value == RecipientKind::Public
            && (m.start.saturating_sub(8)..m.start).any(|k| {
                word_at(s, k).starts_with("protect")
                    && !(k + 1..m.start).any(|j| matches!(word_at(s, j), "with" | "to") || s.toks[j].punct == Some(';'))
            }))
    });
    // "… and the names of the providers we may use": the names of companies are no personal data.
    {
        let recip_at = |k: usize| e.recips.iter().any(|r| r.start == k);
        let of_company = |m: &Match<DataType>| {
            m.value == DataType::Name
                && matches!(word_at(s, m.end - 1), "names" | "name")
                && word_at(s, m.end) == "of"
                && (recip_at(m.end + 1)
                    || matches!(word_at(s, m.end + 1), "the" | "our" | "these" | "those" | "its" | "their")
                        && recip_at(m.end + 2))
        };
        e.data.retain(|m| !of_company(m));
    }
    // "… an event conducted or sponsored by us": a participle, not the sponsors.
    e.recips.retain(|m| !(m.end == m.start + 1 && word_at(s, m.start) == "sponsored"));
    // "… aux seules fins de l'établissement et du versement de votre rémunération": after "fins
    // de" (for the purpose of) the noun names an act, not a place that receives.
    e.recips.retain(|m| {
        !(m.start >= 2
            && (m.start.saturating_sub(4)..m.start - 1)
                .any(|k| matches!(word_at(s, k), "fins" | "fin") && matches!(word_at(s, k + 1), "de" | "d")))
    });
    // "Protection of your vital interests and that of other members", "to protect ourselves, our
    // members and others": the people protected receive nothing.
    e.recips.retain(|m| {
        !(matches!(m.value, RecipientKind::OtherUsers)
            && (m.start.saturating_sub(6)..m.start).any(|k| {
                let w = word_at(s, k);
                // (Not "protected Tweets with someone else": an adjective of the data.)
                (matches!(w, "protect" | "protects" | "protecting" | "protection")
                    || w == "interests"
                    || w == "safety" && word_at(s, k + 1) == "of")
                    && !s.cues.iter().any(|c| matches!(c.value, Cue::Verb(_)) && c.start > k && c.start < m.start)
            }))
    });
    // "für die Eltern der übrigen Kinder der Gruppe", "the service providers of our group": a
    // group in the genitive after another recipient says whose they are; it receives nothing.
    if e.recips.len() >= 2 {
        let genitive = |k: usize| matches!(word_at(s, k), "der" | "des" | "of" | "du" | "del" | "de");
        let owner = |m: &Match<RecipientKind>| {
            m.value == RecipientKind::Affiliate
                && e.recips.iter().any(|h| {
                    h.value != RecipientKind::Affiliate
                        && h.end < m.start
                        && m.start - h.end <= 5
                        && (h.end..m.start).all(|k| s.toks[k].is_word())
                        && (h.end..m.start).any(genitive)
                })
        };
        let owners: Vec<usize> = e.recips.iter().filter(|m| owner(m)).map(|m| m.start).collect();
        e.recips.retain(|m| !owners.contains(&m.start));
    }
    // Events, buttons and settings in quotes ("events such as "opened Class Story" or "sent
    // message""): labels, not data, when the sentence names its data outside the quotes too.
    if e.data.len() > 1 {
        let quoted = quoted_spans(s);
        if !quoted.is_empty() {
            let inside = |m: &Match<DataType>| quoted.iter().any(|&(a, b)| a < m.start && m.end <= b);
            if e.data.iter().any(|m| !inside(m)) {
                e.data.retain(|m| !inside(m));
            }
        }
    }
    // "to the contract shearer booked for your flock": a contractor; "to the florist you
    // choose": a business the reader picks. Both receive what is passed to them.
    if lex.lang == Lang::En && s.cues.iter().any(|c| matches!(c.value, Cue::Verb(VerbClass::Share))) {
        for k in 1..s.toks.len().saturating_sub(1) {
            let w = word_at(s, k);
            if e.recips.iter().any(|m| m.start <= k + 1 && k < m.end)
                || e.data.iter().any(|m| m.start <= k && k < m.end)
            {
                continue;
            }
            let kind = if word_at(s, k - 1) == "contract"
                && w.len() > 4
                && ["er", "ers", "or", "ors"].iter().any(|x| w.ends_with(x))
                && !matches!(w, "other" | "others" | "number" | "numbers" | "order" | "orders")
            {
                Some((k - 1, RecipientKind::ServiceProvider))
            } else if word_at(s, k + 1) == "you"
                && matches!(
                    word_at(s, k + 2),
                    "choose" | "chose" | "select" | "selected" | "pick" | "picked" | "nominate"
                )
                && matches!(word_at(s, k - 1), "the" | "a" | "any")
                && k >= 2
                && matches!(word_at(s, k - 2), "to" | "with")
                && w.len() > 3
                && !lex.is_stopword(w)
                && !matches!(
                    w,
                    "option" | "options" | "plan" | "setting" | "settings" | "time" | "date" | "way" | "method"
                )
            {
                Some((k, RecipientKind::ThirdParty))
            } else {
                None
            };
            if let Some((start, value)) = kind {
                e.recips.push(Match { start, end: k + 1, value });
                e.recips.sort_by_key(|m| m.start);
            }
        }
    }
    // "so that we can show you our candles in your feeds", "show you offers for pots on social
    // media": showing the business's own goods on other platforms is advertising.
    if lex.lang == Lang::En
        && s.lower.contains("show you")
        && !e.purposes.iter().any(|m| m.value == Purpose::Advertising)
    {
        for k in 0..s.toks.len().saturating_sub(3) {
            if matches!(word_at(s, k), "show" | "shows" | "showing") && word_at(s, k + 1) == "you" {
                let stop = (k + 16).min(s.toks.len());
                let elsewhere = (k + 2..stop).any(|j| {
                    matches!((word_at(s, j), word_at(s, j + 1)), ("social", "media") | ("social", "networks"))
                        && word_at(s, j - 1) == "on"
                        || word_at(s, j) == "your"
                            && matches!(word_at(s, j + 1), "feed" | "feeds")
                            && word_at(s, j - 1) == "in"
                        || word_at(s, j) == "other"
                            && matches!(word_at(s, j + 1), "websites" | "sites" | "apps" | "platforms")
                            && word_at(s, j - 1) == "on"
                });
                if elsewhere {
                    e.purposes.push(Match { start: k, end: k + 2, value: Purpose::Advertising });
                    e.purposes.sort_by_key(|m| m.start);
                    break;
                }
            }
        }
    }
    // "a list of the trees and tools you buy from us", "the products you look at on our site":
    // things named by what the reader does with them are the reader's purchases or viewing.
    // ("the genres and titles they buy from us": the customers' purchases, in the third person.)
    if lex.lang == Lang::En && (s.lower.contains("you ") || s.lower.contains("they ")) {
        for k in 2..s.toks.len().saturating_sub(1) {
            if !matches!(word_at(s, k), "you" | "they") || e.data.iter().any(|m| m.start <= k && k < m.end) {
                continue;
            }
            let verb = word_at(s, k + 1);
            let value = if matches!(verb, "buy" | "bought" | "purchase" | "purchased" | "order" | "ordered") {
                DataType::Transactions
            } else if matches!(verb, "look" | "looked") && word_at(s, k + 2) == "at"
                || matches!(verb, "view" | "viewed" | "browse" | "browsed")
            {
                DataType::Usage
            } else {
                continue;
            };
            let noun = word_at(s, k - 1);
            if noun.len() > 3
                && noun.ends_with('s')
                && !noun.ends_with("ss")
                && !s.toks[k - 1].cap
                && !lex.is_stopword(noun)
                && !matches!(noun, "always" | "perhaps" | "unless" | "whereas" | "times" | "days" | "years")
                && s.cues.iter().any(|c| matches!(c.value, Cue::Verb(_)) && c.start < k - 1)
            {
                let end = if verb.starts_with("look") { k + 3 } else { k + 2 };
                e.data.push(Match { start: k - 1, end, value });
                e.data.sort_by_key(|m| m.start);
            }
        }
    }
    // "We let senders know when you act on their message", "we let a Member know when you view
    // their profile", "letting organizations know when you've viewed their Page": the people or
    // organisations told are the recipients, whatever the sentence before named.
    if lex.lang == Lang::En {
        for c in s.cues.iter().filter(|c| {
            c.value == Cue::Verb(VerbClass::Share) && matches!(word_at(s, c.start), "let" | "lets" | "letting")
        }) {
            let Some(know) = (c.start + 2..(c.start + 5).min(s.toks.len())).find(|&j| word_at(s, j) == "know") else {
                continue;
            };
            if !e.recips.iter().any(|m| m.start > c.start && m.start < know) {
                if (c.start + 1..know).any(|j| s.toks[j].cap && !matches!(word_at(s, j), "member" | "members"))
                    && !(c.start + 1..know).any(|j| word_at(s, j) == "a" || word_at(s, j) == "the")
                {
                    continue;
                }
                let head = word_at(s, know - 1);
                let kind = if lexicon::ORGANISATION_NOUNS.contains(&head) && head != "people" {
                    RecipientKind::ThirdParty
                } else if lexicon::PEOPLE_NOUNS.contains(&head)
                    // ("let writers know", "let readers know": people named by what they do.)
                    || head.len() > 5 && (head.ends_with("ers") || head.ends_with("ors")) && !s.toks[know - 1].cap
                {
                    RecipientKind::OtherUsers
                } else {
                    continue;
                };
                let start = (c.start + 1..know)
                    .find(|&j| !matches!(word_at(s, j), "a" | "an" | "the" | "other" | "those"))
                    .unwrap_or(know - 1);
                e.recips.push(Match { start, end: know, value: kind });
            }
            // ("… when you act on their message": what they learn is what the reader did, not
            // their own message.)
            for m in e.data.iter_mut().filter(|m| m.start > know && m.start > 0 && word_at(s, m.start - 1) == "their") {
                m.value = DataType::Usage;
            }
        }
        e.recips.sort_by_key(|m| m.start);
    }
    // "We give them your name, address and phone number so the driver can call you": after a
    // pronoun that receives, the one who acts in the purpose clause is theirs, not a second
    // recipient ("them" is whom the sentence before named).
    if lex.lang == Lang::En && s.lower.contains("so ") {
        let pronoun_object = |k: usize| {
            s.cues.iter().any(|c| {
                c.value == Cue::Verb(VerbClass::Share)
                    && c.end < k
                    && matches!(word_at(s, c.end), "them" | "him" | "her")
            })
        };
        e.recips.retain(|m| {
            let mut k = m.start;
            while k > 0 && matches!(word_at(s, k - 1), "the" | "their" | "its" | "a") {
                k -= 1;
            }
            if k > 0 && word_at(s, k - 1) == "that" {
                k -= 1;
            }
            !(k > 0
                && word_at(s, k - 1) == "so"
                && matches!(word_at(s, m.end), "can" | "could" | "will" | "may" | "might")
                && pronoun_object(k))
        });
    }
    // "el nombre de cada niño o niña socio", "las familias socias": a member, said of people,
    // not a business partner.
    if lex.lang == Lang::Es {
        e.recips.retain(|m| {
            !(m.end == m.start + 1
                && matches!(word_at(s, m.start), "socio" | "socia" | "socios" | "socias")
                && m.start > 0
                && matches!(
                    word_at(s, m.start - 1),
                    "niño"
                        | "niña"
                        | "niños"
                        | "niñas"
                        | "nino"
                        | "nina"
                        | "ninos"
                        | "ninas"
                        | "familia"
                        | "familias"
                        | "persona"
                        | "personas"
                        | "usuario"
                        | "usuarios"
                        | "usuaria"
                        | "usuarias"
                        | "jugador"
                        | "jugadores"
                        | "deportista"
                        | "deportistas"
                        | "alumno"
                        | "alumnos"
                        | "alumna"
                        | "alumnas"
                        | "vecino"
                        | "vecinos"
                        | "hijo"
                        | "hijos"
                        | "hija"
                        | "hijas"
                        | "miembro"
                        | "miembros"
                ))
        });
    }
    // "to the reserve authority", "the port authority": a lower-case noun before "authority"
    // names a public body (a capitalised one is a name, read as such).
    if lex.lang == Lang::En {
        for k in 2..s.toks.len() {
            let t = &s.toks[k];
            if !(t.is_word() && !t.cap && matches!(word_at(s, k), "authority" | "authorities")) {
                continue;
            }
            let q = k - 1;
            let plain = s.toks[q].is_word()
                && !s.toks[q].cap
                && !e.data.iter().any(|m| m.start <= q && q < m.end)
                && !e.recips.iter().any(|m| m.start <= k && k < m.end)
                && matches!(word_at(s, q - 1), "the" | "a" | "an" | "our" | "your" | "their" | "local")
                && !matches!(
                    word_at(s, q),
                    "legal"
                        | "necessary"
                        | "full"
                        | "lawful"
                        | "sole"
                        | "final"
                        | "ultimate"
                        | "express"
                        | "apparent"
                        | "actual"
                        | "requisite"
                        | "proper"
                        | "written"
                        | "same"
                        | "such"
                        | "any"
                        | "no"
                        | "moral"
                        | "delegated"
                        | "statutory"
                        | "relevant"
                        | "appropriate"
                        | "competent"
                );
            if plain {
                e.recips.push(Match { start: q, end: k + 1, value: RecipientKind::Government });
                e.recips.sort_by_key(|m| m.start);
            }
        }
    }
    // "We give each tutor the parent's email address and mobile number": a plain noun between a
    // verb of giving and the data is who gets it, whatever the noun.
    if lex.lang == Lang::En {
        for v in s.cues.iter().filter(|c| c.value == Cue::Verb(VerbClass::Share)) {
            if !matches!(word_at(s, v.start), "give" | "gives" | "gave" | "giving" | "send" | "sends" | "sending") {
                continue;
            }
            let d = v.end;
            if !matches!(word_at(s, d), "each" | "every" | "the" | "our" | "their" | "a" | "an") {
                continue;
            }
            let noun = d + 1;
            let plain = |k: usize| {
                s.toks.get(k).is_some_and(|t| t.is_word() && !t.cap)
                    && !e.data.iter().any(|m| m.start <= k && k < m.end)
                    && !e.recips.iter().any(|m| m.start <= k && k < m.end)
                    && cue_at(s, k).is_none()
            };
            if !plain(noun) {
                continue;
            }
            let obj = noun + 1;
            // (A determiner before the data: not "send a confirming email", "sends the
            // corresponding image", "send their own cookies" — words of one noun phrase; and not
            // a bare "the email", a message: "to send the friend the email or card".)
            let data_next = e.data.iter().any(|m| {
                m.start > obj
                    && m.start <= obj + 2
                    && !(m.end == m.start + 1 && matches!(word_at(s, m.start), "email" | "e-mail" | "emails"))
                    && (obj..m.start).all(|k| matches!(word_at(s, k), "the" | "your" | "their" | "his" | "her" | "its"))
            }) || matches!(word_at(s, obj), "the" | "your" | "their")
                && e.data.iter().any(|m| m.start > obj && m.start <= obj + 3)
                && (obj + 1..obj + 3).any(|k| possessive_at(s, k));
            if data_next {
                e.recips.push(Match { start: noun, end: noun + 1, value: RecipientKind::ThirdParty });
                e.recips.sort_by_key(|m| m.start);
            }
        }
    }
    // "the name, phone number and booking records of the drivers involved": the people the data
    // is about, after "of", are not whom it goes to.
    if lex.lang == Lang::En {
        // ("the names and mobile numbers of everyone booked on a reserve tour": "everyone" too.)
        e.recips.retain(|m| {
            let everyone = m.value == RecipientKind::Public
                && matches!(word_at(s, m.start), "everyone" | "everybody" | "anyone" | "anybody");
            if m.value != RecipientKind::OtherUsers && !everyone || m.start < 2 {
                return true;
            }
            let mut k = m.start;
            while k > 0
                && matches!(word_at(s, k - 1), "the" | "those" | "these" | "any" | "all" | "other" | "our" | "its")
            {
                k -= 1;
            }
            !(k >= 2
                && word_at(s, k - 1) == "of"
                && (e.data.iter().any(|d| d.end == k - 1)
                    || s.cues.iter().any(|c| c.value == Cue::DataHead && c.end == k - 1)
                    || matches!(
                        word_at(s, k - 2),
                        "records" | "details" | "names" | "numbers" | "data" | "information" | "profiles" | "addresses"
                    )))
        });
    }
    e
}

/// Token ranges `(open quote, close quote)` of short quotations (up to six words).
fn quoted_spans(s: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in s.toks.iter().enumerate() {
        match t.punct {
            Some('"') => match open.take() {
                Some(a) => out.push((a, i)),
                None => open = Some(i),
            },
            Some('\u{201c}') | Some('\u{ab}') => open = Some(i),
            Some('\u{201d}') | Some('\u{bb}') => {
                if let Some(a) = open.take() {
                    out.push((a, i));
                }
            }
            _ => {}
        }
    }
    out.retain(|&(a, b)| b - a <= 7);
    out
}

#[derive(Debug, Clone)]
struct NameMention {
    start: usize,
    end: usize,
    name: String,
    default_kind: RecipientKind,
    known: bool,
}

/// Whether the word at `i` carries a possessive ending in the original ("Apple's", "users'").
fn possessive_at(s: &Sentence, i: usize) -> bool {
    let Some(t) = s.toks.get(i) else { return false };
    let w = t.orig(&s.text);
    let rest = &s.text[t.orig.1 as usize..];
    w.ends_with("'s") || w.ends_with("\u{2019}s") || rest.starts_with('\'') || rest.starts_with('\u{2019}')
}

/// Whether the recipient starting at `k` is among those whose rights or safety are protected:
/// "the rights, property, or safety of you, third parties, or the public".
fn protected_party(s: &Sentence, k: usize) -> bool {
    let mut j = k;
    let stop = k.saturating_sub(12);
    while j > stop {
        j -= 1;
        let w = word_at(s, j);
        if w == "of" {
            return j > 0
                && matches!(
                    word_at(s, j - 1),
                    "rights"
                        | "property"
                        | "safety"
                        | "interests"
                        | "security"
                        | "privacy"
                        | "welfare"
                        | "lives"
                        | "well-being"
                        | "wellbeing"
                        | "protection"
                );
        }
        let t = &s.toks[j];
        // ("the rights, property or safety of Netflix, its users or the public")
        let ok = matches!(t.punct, Some(','))
            || matches!(
                w,
                "and"
                    | "or"
                    | "you"
                    | "the"
                    | "other"
                    | "others"
                    | "our"
                    | "any"
                    | "a"
                    | "an"
                    | "all"
                    | "its"
                    | "their"
                    | "us"
            )
            || t.is_word() && t.cap && j > 0 && !s.toks[j - 1].punct.is_some_and(|c| c == '.' || c == ':');
        if !ok && !t.is_word() {
            return false;
        }
        if !ok
            && !matches!(w, "third" | "parties" | "party" | "public" | "users" | "employees" | "customers" | "members")
        {
            return false;
        }
    }
    false
}

/// Whether the recipient at `k` is an item of a list of data examples ("information, such as your
/// IP address, type of browser, carrier and/or manufacturer") with no "to"/"with" or sharing verb
/// in between.
fn in_data_examples(s: &Sentence, all: &[Match<Entity>], k: usize) -> bool {
    // ("seller" is both a verb's word and a party: left to the verb's rules.)
    if s.cues.iter().any(|c| c.start == k && matches!(c.value, Cue::Verb(_))) {
        return false;
    }
    let Some(ex) = s.cues.iter().rev().find(|c| c.value == Cue::Examples && c.end <= k) else {
        return false;
    };
    if s.cues.iter().any(|c| {
        c.start >= ex.end
            && c.start < k
            && matches!(c.value, Cue::RecipientPrep | Cue::Verb(_) | Cue::Examples)
            // ("seller and buyer information": a verb's word that names a party is a noun.)
            && !(matches!(c.value, Cue::Verb(_)) && all.iter().any(|m| m.start == c.start))
    }) {
        return false;
    }
    // What the examples illustrate: data right before "such as".
    let mut b = ex.start;
    while b > 0 && matches!(s.toks[b - 1].punct, Some(',' | '(')) {
        b -= 1;
    }
    let data_before = b > 0
        && (all.iter().any(|m| m.end == b && matches!(m.value, Entity::Data(_)))
            || s.cues.iter().any(|c| c.end == b && c.value == Cue::DataHead));
    // …and data among the examples before the recipient.
    data_before && all.iter().any(|m| m.start >= ex.end && m.end <= k && matches!(m.value, Entity::Data(_)))
}

/// Whether the capitalised words `a..b` sit inside the name of an institution ("… Reports and
/// Analysis Centre", "Marketing Research Society"): capitalised mid-sentence and followed by a
/// capitalised institutional noun (in any of the four languages).
fn in_institution_name(s: &Sentence, a: usize, b: usize) -> bool {
    if a == 0 || !(a..b).all(|k| s.toks.get(k).is_some_and(|t| t.cap)) {
        return false;
    }
    // ("Grupo Seguridad Ibérica", "Iberia Security Group Ltd": a company group's name.)
    if s.toks[a - 1].cap && matches!(word_at(s, a - 1), "grupo" | "group" | "gruppe" | "groupe") {
        return true;
    }
    let mut k = b;
    while s.toks.get(k).is_some_and(|t| t.cap && t.is_word()) && k < b + 3 {
        if matches!(
            word_at(s, k),
            "centre"
                | "center"
                | "commission"
                | "institute"
                | "council"
                | "board"
                | "foundation"
                | "association"
                | "society"
                | "bureau"
                | "university"
                | "college"
                | "institut"
                | "zentrum"
                | "verband"
                | "stiftung"
                | "centro"
                | "instituto"
                | "fundacion"
                | "asociacion"
                | "fondation"
                | "group"
                | "grupo"
                | "gruppe"
                | "groupe"
        ) || lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))
        {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether the purpose at `k` follows "not/never … use(d) … for" in its clause ("will not use
/// it for advertising"), which rules that purpose out.
fn purpose_ruled_out(s: &Sentence, k: usize) -> bool {
    s.cues.iter().any(|n| {
        n.value == Cue::Negation
            && n.end <= k
            && k - n.end <= 12
            && (n.end..k).all(|j| !s.toks[j].punct.is_some_and(|c| matches!(c, '.' | ';' | ':')))
            && (n.end..k).any(|j| matches!(word_at(s, j), "use" | "used" | "using" | "uses"))
            && (n.end..k).any(|j| word_at(s, j) == "for")
            && !(n.end..k).any(|j| matches!(word_at(s, j), "but" | "except" | "unless" | "than" | "only"))
    })
}

/// Whether the reader is the subject of the word at `k` ("you sell", "you're selling", "you are
/// selling"). English.
fn reader_acts_at(s: &Sentence, k: usize) -> bool {
    k > 0
        && (matches!(word_at(s, k - 1), "you" | "you're" | "you\u{2019}re")
            || k > 1 && word_at(s, k - 1) == "are" && word_at(s, k - 2) == "you")
}

/// The verb at `v` is in a clause that says which data is meant by what the person does with
/// it: "(pictures) that you share", "(things) which you write, upload … or share" (English;
/// a few verbs and commas between "you" and `v`, no "we").
fn users_own_act(s: &Sentence, v: usize) -> bool {
    let Some(you) = (v.saturating_sub(10)..v).rev().find(|&j| word_at(s, j) == "you") else {
        return false;
    };
    you >= 1
        && matches!(word_at(s, you - 1), "that" | "which")
        && (you + 1..v).all(|j| {
            s.toks[j].punct == Some(',')
                || matches!(word_at(s, j), "or" | "and")
                || s.toks[j].is_word() && matches!(cue_at(s, j), None | Some(Cue::Verb(_)))
        })
}

fn word_at<'a>(s: &'a Sentence, i: usize) -> &'a str {
    match s.toks.get(i).map_or("", |t| t.norm(&s.lower)) {
        "us" if country_us(s, i) => "u.s",
        w => w,
    }
}

/// Whether the word at `i` is "US" the country ("US government agencies", "servers in the US"),
/// not "us" in capitals among other shouted words ("CONTACT US").
/// (A block read as one cell keeps its sentences' tokens, not their text: no spelling, no country.)
fn country_us(s: &Sentence, i: usize) -> bool {
    let orig = |k: usize| s.toks.get(k).and_then(|t| s.text.get(t.orig.0 as usize..t.orig.1 as usize));
    let caps = |k: usize| {
        s.toks[k].is_word()
            && orig(k).is_some_and(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
    };
    orig(i) == Some("US") && !(i > 0 && caps(i - 1) || i + 1 < s.toks.len() && caps(i + 1))
}

/// The cue covering token `i`, if any. A sentence's cues are sorted by start and do not
/// overlap (see [`Sentence::cues`]), so the only candidate is the last one starting at or before
/// `i`: a binary search instead of a scan.
fn cue_at(s: &Sentence, i: usize) -> Option<Cue> {
    let k = s.cues.partition_point(|m| m.start <= i);
    k.checked_sub(1).map(|k| &s.cues[k]).filter(|m| i < m.end).map(|m| m.value)
}

/// Whether the name at `start` (or the list of names it closes) follows "people/users on"
/// ("show our adverts to people on Facebook and Instagram").
fn audience_on(s: &Sentence, names: &[NameMention], start: usize) -> bool {
    let mut k = start;
    while let Some(prev) = names.iter().filter(|o| o.end < k && k - o.end <= 2).max_by_key(|o| o.end) {
        if !(prev.end..k).all(|j| matches!(word_at(s, j), "and" | "or") || s.toks[j].punct == Some(',')) {
            break;
        }
        k = prev.start;
    }
    k >= 2
        && word_at(s, k - 1) == "on"
        && (matches!(word_at(s, k - 2), "people" | "users" | "audiences" | "members" | "customers" | "viewers")
            // ("… so that Meta can show you our ads on Facebook and Instagram": where the ads of
            // a company named before appear.)
            || matches!(word_at(s, k - 2), "ads" | "adverts" | "advertisements")
                && names.iter().any(|o| o.end + 2 <= k - 1))
}

/// Finds organisation names: known ones anywhere (capitalised), unknown capitalised sequences
/// only where a recipient is expected (after "with"/"to", in "such as" lists, in appositions).
fn names(s: &Sentence, lex: &Lexicon, ents: &Ents) -> Vec<NameMention> {
    names_in(s, lex, ents, false)
}

/// `relaxed`: in headings, a name after "with"/"to" needs no verb ("Coordinating with Corvane").
fn names_in(s: &Sentence, lex: &Lexicon, ents: &Ents, relaxed: bool) -> Vec<NameMention> {
    names_in_mode(s, lex, ents, relaxed, false, false)
}

/// After a legal name ending before token `e` ("Functional Software" + ", Inc."), the brand in
/// the brackets that follow ("(Sentry)", "(\u{201c}Sentry\u{201d})"), if any.
fn bracketed_brand(s: &Sentence, lex: &Lexicon, e: usize) -> Option<String> {
    let toks = &s.toks;
    let mut k = e;
    if toks.get(k).is_some_and(|t| t.punct == Some(',')) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.is_word() && lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))) {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|t| t.punct == Some('.')) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| t.punct == Some('(')) {
        return None;
    }
    k += 1;
    while toks.get(k).is_some_and(|t| matches!(t.punct, Some('"' | '\u{201c}'))) {
        k += 1;
    }
    let a = k;
    while k < toks.len()
        && k - a < 3
        && toks[k].is_word()
        && toks[k].cap
        && !lex.is_stopword(word_at(s, k))
        && !lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))
    {
        k += 1;
    }
    while toks.get(k).is_some_and(|t| matches!(t.punct, Some('"' | '\u{201d}'))) {
        k += 1;
    }
    if k == a || !toks.get(k).is_some_and(|t| t.punct == Some(')')) {
        return None;
    }
    let end = (a..k).rev().find(|&j| toks[j].is_word())?;
    Some(s.text[toks[a].orig.0 as usize..toks[end].orig.1 as usize].to_string())
}

/// `item_label`: a list item under a lead-in, whose opening name is what the item is about
/// ("- Chartbeat, Inc. – real-time analytics").
/// `lead_shares`: the item continues a lead-in with a sharing verb ("we will share:"), so a
/// name after "with"/"con" in it is a recipient although the item has no verb of its own.
fn names_in_mode(
    s: &Sentence,
    lex: &Lexicon,
    ents: &Ents,
    relaxed: bool,
    item_label: bool,
    lead_shares: bool,
) -> Vec<NameMention> {
    let mut out: Vec<NameMention> = Vec::new();
    let toks = &s.toks;
    let label_end = label_end(s);
    let orgs = lexicon::known_orgs();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        // ("an die telc gGmbH": a lower-case brand before a company form, read below.)
        let lower_brand_next = || {
            toks.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && matches!(word_at(s, i + 1), "gmbh" | "ggmbh" | "ag" | "se")
                    && s.text[n.orig.0 as usize..n.orig.1 as usize].chars().filter(|c| c.is_uppercase()).count() >= 2
            })
        };
        if !t.is_word() || !t.cap && !lower_brand_next() {
            i += 1;
            continue;
        }
        // Known organisations.
        let mut matched = false;
        for (words, name, kind) in orgs.starting_with(word_at(s, i)) {
            if i + words.len() <= toks.len()
                && words.iter().enumerate().all(|(k, w)| toks[i + k].is_word() && word_at(s, i + k) == w)
            {
                let verb_next = s
                    .cues
                    .iter()
                    .any(|m| m.start == i + words.len() && matches!(m.value, Cue::Verb(_) | Cue::Modal | Cue::Future));
                // ("Mistral AI utilisera …": an acronym after the word makes it the company.)
                let acronym_next = toks.get(i + 1).is_some_and(|t| {
                    let w = &s.text[t.orig.0 as usize..t.orig.1 as usize];
                    t.is_word() && w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())
                });
                if words.len() == 1
                    && i == 0
                    && lexicon::COMMON_WORD_ORGS.contains(&words[0].as_str())
                    // ("Stripe cobra los pagos": an English word is no word of another language.)
                    && (lex.lang == Lang::En || matches!(words[0].as_str(), "meta" | "segment" | "amplitude" | "oracle"))
                    && !verb_next
                    && !acronym_next
                {
                    break;
                }
                // "Meta Platforms", "Google Ireland Limited": the capitalised words that follow are
                // part of the same mention (the name stays the known one).
                let mut e = i + words.len();
                // ("la société Mistral AI": an acronym stays in the name, even one that is a word
                // of the language, as French "ai".)
                let acronym = |e: usize| {
                    let t = &s.text[toks[e].orig.0 as usize..toks[e].orig.1 as usize];
                    t.chars().count() >= 2 && t.chars().all(|c| c.is_ascii_uppercase())
                };
                while e < toks.len()
                    && toks[e].is_word()
                    && toks[e].cap
                    && !possessive_at(s, e - 1)
                    && (!lex.is_stopword(word_at(s, e)) && !orgs.is_first_word(word_at(s, e))
                        || acronym(e) && e == i + words.len())
                {
                    e += 1;
                }
                out.push(NameMention { start: i, end: e, name: (*name).to_string(), default_kind: *kind, known: true });
                i = e;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        // Unknown capitalised run.
        let in_entity = |k: usize| {
            ents.recips.iter().any(|m| m.start <= k && k < m.end) || ents.data.iter().any(|m| m.start <= k && k < m.end)
        };
        // "el Servicio Andaluz de Salud", "le Service public fédéral": a public body's name that
        // opens with the word for a service.
        let public_service = |k: usize| {
            matches!(lex.lang, Lang::Es | Lang::Fr)
                && matches!(word_at(s, k), "servicio" | "service")
                && toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap)
        };
        // "the UK Health Security Agency", "the US Department of Labor": a country's code opens
        // the name of its body.
        let country_body = |k: usize| {
            lexicon::COUNTRY_CODES.contains(&word_at(s, k))
                && toks[k].orig(&s.text).chars().all(|c| c.is_ascii_uppercase() || c == '.')
                && toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap)
                && (k + 1..toks.len().min(k + 6))
                    .take_while(|&j| toks[j].is_word() && (toks[j].cap || lexicon::NAME_LINKS.contains(&word_at(s, j))))
                    .any(|j| lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, j)))
        };
        // "the Financial Conduct Authority": a word that alone names no one ("Financial:") opens
        // the name of a public body whose capitalised words end in an official word.
        let official_body = |k: usize| {
            k > 0
                && matches!(word_at(s, k - 1), "the" | "die" | "der" | "la" | "le" | "el")
                && !lex.is_stopword(word_at(s, k))
                && (k + 1..toks.len().min(k + 5))
                    .take_while(|&j| toks[j].is_word() && toks[j].cap && !lex.is_stopword(word_at(s, j)))
                    .any(|j| lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, j)))
        };
        let startable = |k: usize| {
            let tk = toks[k];
            let group_name = matches!(word_at(s, k), "grupo" | "group" | "gruppe" | "groupe")
                && toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap);
            // "Vor- und Nachname", "Rechnungs- und Lieferanschriften": half of a compound.
            let rest = &s.text[tk.orig.1 as usize..];
            let suspended = rest.starts_with('-') && rest[1..].starts_with(char::is_whitespace);
            // "They'll use it": a contracted pronoun or verb is no company.
            let w = word_at(s, k);
            let contraction =
                ["'ll", "'re", "'ve", "'d", "n't", "'m", "\u{2019}ll", "\u{2019}re", "\u{2019}ve", "n\u{2019}t"]
                    .iter()
                    .any(|x| w.ends_with(x));
            // "an die telc gGmbH", "eBay GmbH": a lower-case brand before a company form.
            let lower_brand = !tk.cap
                && toks.get(k + 1).is_some_and(|t| {
                    t.is_word()
                        && matches!(word_at(s, k + 1), "gmbh" | "ggmbh" | "ag" | "se")
                        && s.text[t.orig.0 as usize..t.orig.1 as usize].chars().filter(|c| c.is_uppercase()).count()
                            >= 2
                })
                && word_at(s, k).chars().count() >= 3
                && !lex.is_stopword(word_at(s, k));
            // "Information Shared with and Received from our Corporate Parents": a title-case
            // heading's "Received from" says where data comes from; it is no company.
            let source_verb = s.cues.iter().any(|m| m.start == k && m.value == Cue::Source);
            // "Personalization using this information may include …": a purpose's one word that
            // opens the sentence is the topic, not a company.
            let opening_purpose = (k == 0 || k == label_end)
                && ents.purposes.iter().any(|m| m.start == k && m.end == k + 1)
                && toks.get(k + 1).is_none_or(|t| !(t.is_word() && t.cap));
            tk.is_word()
                && (tk.cap || lower_brand)
                && !contraction
                && !source_verb
                && !opening_purpose
                && !in_entity(k)
                && !suspended
                && (group_name
                    || public_service(k)
                    || !lex.is_not_name(word_at(s, k))
                    || country_body(k)
                    || official_body(k))
                // "an der Altmühl", "am Zielpunkt": German "an" with the dative says where.
                && !(lex.lang == Lang::De
                    && (k >= 1 && matches!(word_at(s, k - 1), "am" | "beim")
                        || k >= 2 && word_at(s, k - 2) == "an" && matches!(word_at(s, k - 1), "der" | "dem")))
                // "- Rücktransport: Für Streckentouren …": a German item's label that is a noun
                // of an activity names a topic.
                && !(lex.lang == Lang::De
                    && toks.get(k + 1).is_some_and(|t| t.punct == Some(':'))
                    && lexicon::GERMAN_TOPIC_SUFFIXES.iter().any(|x| word_at(s, k).ends_with(x)))
                && word_at(s, k) != "u.s"
                && tk.orig.1 - tk.orig.0 > 1
        };
        // "Übermittelt werden Name, IBAN …": a sentence that opens with its verb (German
        // capitalises it there) opens with no company.
        let opening_verb = (i == 0 || i == label_end)
            && s.cues.iter().any(|m| m.start == i && matches!(m.value, Cue::Verb(_)))
            && toks.get(i + 1).is_some_and(|t| !t.cap);
        // "Specifically, account owners may have access to:": an English adverb and its comma
        // open the sentence; it names no one.
        let opening_adverb = lex.lang == Lang::En
            && (i == 0 || i == label_end)
            && word_at(s, i).len() > 5
            && word_at(s, i).ends_with("ly")
            && toks.get(i + 1).is_some_and(|t| t.punct == Some(','))
            && toks.get(i + 2).is_some_and(|t| t.is_word() && !t.cap);
        // ("the U.S. Department of Commerce": a dot of an abbreviation ends no sentence.)
        let after_abbreviation = i >= 2
            && toks[i - 1].punct == Some('.')
            && toks[i - 2].is_word()
            && toks[i - 2].orig.1 - toks[i - 2].orig.0 == 1
            && toks[i - 2].orig.1 == toks[i - 1].orig.0;
        // "certain of our features like Photo Verification, or Photo and ID Verification": a
        // product's feature named after "features like" is no one.
        let feature_name = lex.lang == Lang::En && {
            let mut k = i;
            while k > 0
                && i - k < 8
                && (toks[k - 1].cap
                    || in_entity(k - 1)
                    || matches!(word_at(s, k - 1), "or" | "and")
                    || toks[k - 1].punct == Some(','))
            {
                k -= 1;
            }
            let j = if k >= 2 && word_at(s, k - 1) == "as" && word_at(s, k - 2) == "such" { k - 2 } else { k - 1 };
            k >= 2
                && matches!(word_at(s, k - 1), "like" | "as" | "called" | "named")
                && j >= 1
                && matches!(
                    word_at(s, j - 1),
                    "feature" | "features" | "tool" | "tools" | "functionality" | "functionalities" | "function"
                )
        };
        // "Temporary workers are paid …", "Registered users can …": one capitalised word that
        // opens an English sentence before a lower-case noun is an adjective, not a company.
        let opening_adjective = lex.lang == Lang::En
            && (i == 0 || i == label_end)
            && toks.get(i + 1).is_some_and(|t| t.is_word() && !t.cap)
            && !matches!(
                word_at(s, i + 1),
                "and" | "or" | "of" | "is" | "are" | "was" | "has" | "have" | "will" | "may"
            )
            && !s.cues.iter().any(|m| m.start == i + 1 && matches!(m.value, Cue::Verb(_) | Cue::Modal | Cue::Future))
            && !in_entity(i + 1);
        if startable(i)
            && !opening_verb
            && !opening_adverb
            && !opening_adjective
            && !feature_name
            && (i == 0
                || i == label_end
                || after_abbreviation
                || !toks[i - 1].punct.is_some_and(|p| p == '.' || p == ':'))
        {
            let mut e = i + 1;
            loop {
                while e < toks.len()
                    && toks[e].is_word()
                    && toks[e].cap
                    && !possessive_at(s, e - 1)
                    && !in_entity(e)
                    && !lex.is_stopword(word_at(s, e))
                {
                    e += 1;
                }
                // "Federación Madrileña de Natación", "Bundesamt für Migration", "Bank of
                // Ireland": a linking word between capitalised words stays inside the name.
                // ("Hedgerow Crafts Ltd of Taunton": a company form ends the name; the town
                // after it is where the company is.)
                let linked = e + 1 < toks.len()
                    && toks[e].is_word()
                    && !toks[e].cap
                    && lexicon::NAME_LINKS.contains(&word_at(s, e))
                    && !(lexicon::LEGAL_SUFFIXES.contains(&word_at(s, e - 1))
                        && !matches!(word_at(s, e - 1), "company" | "group" | "corporation" | "co"))
                    && toks[e + 1].is_word()
                    && toks[e + 1].cap
                    && !in_entity(e + 1)
                    && !lex.is_stopword(word_at(s, e + 1))
                    && !lex.is_not_name(word_at(s, e + 1));
                // ("the Human Fertilisation and Embryology Authority": "and" inside a public
                // body's name, whose capitalised words after it end in an official word.)
                let linked = linked
                    || e + 2 < toks.len() && matches!(word_at(s, e), "and" | "&") && {
                        let run = (e + 1..toks.len().min(e + 5))
                            .take_while(|&k| toks[k].is_word() && toks[k].cap && !lex.is_stopword(word_at(s, k)))
                            .count();
                        // ("the Disclosure and Barring Service" too.)
                        run >= 1
                            && (lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, e + run))
                                || word_at(s, e + run) == "service")
                    };
                if !linked {
                    break;
                }
                e += 2;
            }
            // "the National Center for Missing and Exploited Children (NCMEC)": linking words inside
            // a name whose acronym, in brackets after it, spells its capitalised words' initials.
            {
                let mut k = e;
                let mut initials: String =
                    (i..e).filter(|&j| toks[j].cap).filter_map(|j| word_at(s, j).chars().next()).collect();
                while k < toks.len()
                    && k < e + 8
                    && toks[k].is_word()
                    && (toks[k].cap || matches!(word_at(s, k), "for" | "and" | "of" | "on" | "the" | "in"))
                {
                    if toks[k].cap {
                        initials.extend(word_at(s, k).chars().next());
                    }
                    k += 1;
                }
                let acronym = k > e
                    && toks.get(k).is_some_and(|t| t.punct == Some('('))
                    && toks.get(k + 2).is_some_and(|t| t.punct == Some(')'))
                    && toks.get(k + 1).is_some_and(|t| {
                        let a = t.orig(&s.text);
                        t.is_word()
                            && a.chars().count() >= 3
                            && a.chars().all(|c| c.is_ascii_uppercase())
                            // ("Centers for Disease Control and Prevention (CDC)": all but the last.)
                            && initials.starts_with(&a.to_lowercase())
                            && a.chars().count() + 1 >= initials.chars().count()
                    });
                if acronym && toks[k - 1].cap {
                    e = k;
                }
            }
            // "Velora Mobility Group plc": a company form in lower case ends the name.
            if e < toks.len()
                && toks[e].is_word()
                && !toks[e].cap
                && matches!(
                    word_at(s, e),
                    "plc" | "inc" | "ltd" | "llc" | "gmbh" | "ggmbh" | "ag" | "sa" | "sas" | "bv" | "nv"
                )
            {
                e += 1;
            }
            // A domain-style name: "iSpot.tv", "Booking.com".
            if e + 1 < toks.len()
                && toks[e].punct == Some('.')
                && toks[e + 1].is_word()
                && toks[e].orig.0 == toks[e - 1].orig.1
                && toks[e + 1].orig.0 == toks[e].orig.1
                && word_at(s, e + 1).len() <= 4
            {
                e += 2;
                // "Paddle.com Market Ltd.": the company's legal name goes on after the domain.
                while e < toks.len()
                    && toks[e].is_word()
                    && (toks[e].cap && !in_entity(e) && !lex.is_stopword(word_at(s, e))
                        || matches!(word_at(s, e), "plc" | "inc" | "ltd" | "llc" | "gmbh" | "ag" | "sa" | "sas" | "bv"))
                    && toks[e].orig.0 > toks[e - 1].orig.1
                {
                    e += 1;
                }
            }
            // "an die Firma Orbel": German capitalises the word for a company; the name follows it.
            if lex.lang == Lang::De && e > i + 1 && matches!(word_at(s, i), "firma" | "unternehmen") {
                i += 1;
            }
            let mut name = s.text[toks[i].orig.0 as usize..toks[e - 1].orig.1 as usize].to_string();
            // "Functional Software, Inc. (Sentry)": a legal name with the brand in brackets is
            // reported by the brand, as the page also writes "Sentry (Functional Software, Inc.)".
            if let Some(brand) = bracketed_brand(s, lex, e) {
                name = brand;
            }
            // "the Internal Revenue Service", "Financial Crimes Enforcement Network", "Bundespolizei".
            // ("Kestrel Parking Enforcement Ltd" is a company: its legal form says so.)
            let company_form = e > i + 1
                && matches!(
                    word_at(s, e - 1),
                    "ltd" | "limited" | "inc" | "llc" | "gmbh" | "plc" | "sas" | "sarl" | "corp" | "sl" | "srl"
                );
            let official = !company_form
                && ((i..e).any(|k| lexicon::OFFICIAL_NAME_WORDS.contains(&word_at(s, k)))
                    || public_service(i) && e > i + 1);
            // "all Snapchatters", "other Redditors", "any Snapchatter": a service's name for its
            // users (one unknown word ending like a person noun) names other users.
            let users_word = lex.lang == Lang::En
                && e == i + 1
                && i > 0
                && matches!(word_at(s, i - 1), "all" | "other" | "fellow" | "any" | "another")
                && ["ers", "ors", "er", "or", "ians", "ites"].iter().any(|x| word_at(s, i).ends_with(x));
            // "Messpunkt Analytics": a name whose last word says the trade.
            // ("Bonitas Auskunftei GmbH": the word before the company form.)
            let trade = (e > i + 1)
                .then(|| {
                    (i..e).rev().find(|&k| {
                        toks[k].is_word()
                            && !matches!(
                                word_at(s, k),
                                "gmbh"
                                    | "ag"
                                    | "se"
                                    | "kg"
                                    | "ltd"
                                    | "limited"
                                    | "inc"
                                    | "llc"
                                    | "plc"
                                    | "sa"
                                    | "sas"
                                    | "sarl"
                                    | "sl"
                                    | "bv"
                                    | "corp"
                            )
                    })
                })
                .flatten()
                .and_then(|k| lexicon::NAME_TRADE_WORDS.iter().find(|(w, _)| *w == word_at(s, k)))
                .map(|&(_, kind)| kind);
            let default_kind = if official {
                RecipientKind::Government
            } else if users_word {
                RecipientKind::OtherUsers
            } else if let Some(kind) = trade {
                kind
            } else if i > 0
                && matches!(word_at(s, i - 1), "through" | "via")
                && matches!(cue_at(s, i - 1), Some(Cue::Verb(VerbClass::Share)))
            {
                // "… which we run through Buttondown", "sent via Textlocal": the tool we do it
                // with works for us.
                RecipientKind::ServiceProvider
            } else {
                RecipientKind::ThirdParty
            };
            // "PARENTAL DISCRETION No one under age 13 …", "SATISFACTORY QUALITY": a run of two
            // or more shouted words is a heading or boilerplate, not a company.
            let shouted_run = e - i >= 2
                && (i..e).all(|k| {
                    let t = &s.text[toks[k].orig.0 as usize..toks[k].orig.1 as usize];
                    !toks[k].is_word()
                        || t.chars().filter(|c| c.is_alphabetic()).count() >= 4
                            && t.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                });
            if shouted_run {
                i = e;
                continue;
            }
            // "Chinese government agencies", "German tax authorities", "US law enforcement": one
            // word of a country before an authority says whose it is; it names no one.
            let country_word = e == i + 1
                && ents.recips.iter().any(|m| m.start == e && m.value == RecipientKind::Government)
                && (toks[i].orig(&s.text).chars().any(char::is_lowercase)
                    || lexicon::COUNTRY_CODES.contains(&word_at(s, i)));
            if country_word {
                i = e;
                continue;
            }
            if lex.lang == Lang::En && judged_by(s, i) || interests_of(s, i) {
                i = e;
                continue;
            }
            out.push(NameMention { start: i, end: e, name, default_kind, known: false });
            i = e;
            continue;
        }
        i += 1;
    }
    // "your billing and invoice history with Hive & Desk": the reader's dealings with a company
    // (the publisher, as a rule) do not go to it.
    // ("we will share your listening history with Harbourline": after a sharing verb, "with"
    // is where it goes.)
    out.retain(|n| {
        !(n.start >= 2
            && word_at(s, n.start - 1) == "with"
            && lexicon::DEALINGS.contains(&word_at(s, n.start - 2))
            && !s.cues.iter().any(|m| m.start < n.start && matches!(m.value, Cue::Verb(_))))
    });
    // "when you save or upload Pins, photos, or other content, interact with Pins": what the
    // reader uploads, saves or interacts with is the content, not whom it goes to ("upload to
    // Dropbox" says that with "to").
    if lex.lang == Lang::En {
        // (Most sentences name no one: no allocation for them.)
        let audience: Vec<usize> = out.iter().filter(|n| audience_on(s, &out, n.start)).map(|n| n.start).collect();
        out.retain(|n| {
            !(n.start > 0
                && matches!(
                    word_at(s, n.start - 1),
                    "upload"
                        | "uploads"
                        | "uploading"
                        | "uploaded"
                        | "save"
                        | "saves"
                        | "saving"
                        | "post"
                        | "posts"
                        | "posting"
                        | "create"
                        | "creates"
                        | "creating"
                )
                || n.start > 1
                    && word_at(s, n.start - 1) == "with"
                    && matches!(word_at(s, n.start - 2), "interact" | "interacts" | "interacting" | "interacted")
                // "to show our adverts to people on Facebook and Instagram": where an audience is
                // reached, not whom data goes to (nor the next name of its list).
                || audience.contains(&n.start))
        });
    }
    // "If Snap Inc. gets involved in a merger …", "Should Acme be acquired …": the company the
    // condition is about is the publisher, not whom data goes to.
    if lex.lang == Lang::En {
        out.retain(|n| {
            let mut e = n.end;
            while toks.get(e).is_some_and(|t| !t.is_word()) || matches!(word_at(s, e), "inc" | "llc" | "ltd" | "corp") {
                e += 1;
                if e > n.end + 3 {
                    break;
                }
            }
            !(n.start > 0
                && matches!(word_at(s, n.start - 1), "if" | "should" | "when")
                && matches!(
                    word_at(s, e),
                    "gets"
                        | "is"
                        | "becomes"
                        | "undergoes"
                        | "goes"
                        | "merges"
                        | "sells"
                        | "enters"
                        | "files"
                        | "be"
                        | "were"
                        | "was"
                        | "transfers"
                        | "reorganizes"
                ))
        });
    }
    // "content you submit to an inherently public service, like Spotlight, Snap Map", "our
    // products, such as Lenses": examples of the publisher's own features are no companies.
    if lex.lang == Lang::En {
        let feature_examples = |n: &NameMention| {
            let mut k = n.start;
            while k > 0
                && (matches!(s.toks[k - 1].punct, Some(','))
                    || matches!(word_at(s, k - 1), "and" | "or")
                    || out.iter().any(|o| !o.known && o.start <= k - 1 && k - 1 < o.end))
            {
                k -= 1;
            }
            if k == 0 || cue_at(s, k - 1) != Some(Cue::Examples) {
                return false;
            }
            let mut h = s.cues.iter().find(|m| m.value == Cue::Examples && m.end == k).map_or(k - 1, |m| m.start);
            if h > 0 && s.toks[h - 1].punct == Some(',') {
                h -= 1;
            }
            h > 0
                && matches!(
                    word_at(s, h - 1),
                    "service" | "services" | "feature" | "features" | "product" | "products" | "tool" | "tools"
                )
                && (h.saturating_sub(5)..h - 1).any(|j| matches!(word_at(s, j), "our" | "public"))
                && !(h.saturating_sub(5)..h - 1)
                    .any(|j| matches!(word_at(s, j), "third" | "party" | "partner" | "partners"))
        };
        // "(such as Public Story content, … Community Stories, Spotlight or Snap Map
        // submissions)" after "public content that is accessible to everyone": examples of what
        // is shown, in brackets after the data or the audience, are no companies.
        let bracket_examples = |n: &NameMention| {
            let Some(o) = (0..n.start).rev().find(|&k| matches!(s.toks[k].punct, Some('(' | ')'))) else {
                return false;
            };
            s.toks[o].punct == Some('(')
                && o > 0
                && cue_at(s, o + 1) == Some(Cue::Examples)
                && (ents
                    .recips
                    .iter()
                    .any(|m| m.end == o && matches!(m.value, RecipientKind::Public | RecipientKind::OtherUsers))
                    || ents.data.iter().any(|m| m.end == o)
                    || cue_at(s, o - 1) == Some(Cue::DataHead))
        };
        // "Snap Map submissions", "Public Profile information": a name modifying a kind of
        // content is a feature.
        let content_modifier = |n: &NameMention| {
            matches!(
                word_at(s, n.end),
                "content"
                    | "submissions"
                    | "submission"
                    | "posts"
                    | "information"
                    | "profile"
                    | "profiles"
                    | "feature"
                    | "features"
                    | "details"
            ) && s.toks.get(n.end).is_some_and(|t| !t.cap)
                // ("It sends Meta Platforms information about the pages you visit": the indirect
                // object of a verb of giving, with no "to"/"with" after it, is who receives.)
                && !(n.start > 0
                    && matches!(
                        word_at(s, n.start - 1),
                        "send" | "sends" | "sent" | "sending" | "give" | "gives" | "gave" | "giving" | "show" | "shows"
                            | "tell" | "tells"
                    )
                    && cue_at(s, n.start - 1).is_some_and(|c| matches!(c, Cue::Verb(VerbClass::Share)))
                    && !(n.end..s.toks.len())
                        .take_while(|&k| !matches!(s.toks[k].punct, Some(',' | ';' | ':')))
                        .any(|k| cue_at(s, k) == Some(Cue::RecipientPrep)))
        };
        let drop: Vec<bool> =
            out.iter().map(|n| !n.known && feature_examples(n) || bracket_examples(n) || content_modifier(n)).collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
    // "Avis : les avis publiés …": a word the sentence also writes in lower case is a common noun
    // capitalised as a label, not a company.
    out.retain(|n| {
        n.known
            || n.end != n.start + 1
            || !(0..toks.len())
                .any(|k| k != n.start && toks[k].is_word() && !toks[k].cap && word_at(s, k) == word_at(s, n.start))
    });
    // "our Facebook and Instagram ads", "your Google account": a name used as a modifier after a
    // possessive is a product or place, not a party that receives data.
    {
        let possessive = |k: usize| {
            matches!(
                word_at(s, k),
                "our"
                    | "your"
                    | "their"
                    | "its"
                    | "unsere"
                    | "unseren"
                    | "ihre"
                    | "ihren"
                    | "ihr"
                    | "ihrem"
                    | "ihres"
                    | "ihrer"
                    | "unser"
                    | "unserem"
                    | "unseres"
                    | "unserer"
                    | "dein"
                    | "deine"
                    | "deinen"
                    | "deinem"
                    | "nos"
                    | "vos"
                    | "notre"
                    | "votre"
                    | "nuestros"
                    | "nuestras"
                    | "nuestro"
                    | "nuestra"
                    | "tus"
                    | "tu"
                    | "sus"
                    | "su"
            )
        };
        let mut drop = vec![false; out.len()];
        let mut i = 0;
        while i < out.len() {
            if out[i].start == 0 || !possessive(out[i].start - 1) {
                i += 1;
                continue;
            }
            // The coordinated run of names: "Facebook and Instagram".
            let mut j = i;
            while j + 1 < out.len()
                && out[j + 1].start == out[j].end + 1
                && matches!(word_at(s, out[j].end), "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o")
            {
                j += 1;
            }
            let after = out[j].end;
            // German capitalises every noun: "Ihr Warenkorb", "unseres Shops" are things.
            let noun = lex.lang == Lang::De
                && i == j
                && out[i].end == out[i].start + 1
                && word_at(s, out[i].start - 1).starts_with(['i', 'u', 'd'])
                && !out[i].name.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
            let modifier = noun
                || toks.get(after).is_some_and(|t| t.is_word() && !t.cap && t.punct.is_none())
                    && !ents.recips.iter().any(|m| m.start == after)
                    && !matches!(
                        word_at(s, after),
                        "and" | "or" | "to" | "with" | "for" | "which" | "who" | "that" | "und" | "et" | "y"
                    );
            if modifier {
                for d in drop.iter_mut().take(j + 1).skip(i) {
                    *d = true;
                }
            }
            i = j + 1;
        }
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
    // "bei Verkehrsverstößen", "nach Rückgabe": a single unknown capitalised German word with a
    // noun ending is a noun, not a company.
    if lex.lang == Lang::De {
        out.retain(|n| {
            let w = n.name.to_lowercase();
            // "bei Kreditanträgen", "mit Partnerunternehmen": a dative plural after a
            // preposition.
            let dative = n.start > 0
                && matches!(
                    word_at(s, n.start - 1),
                    "bei"
                        | "mit"
                        | "von"
                        | "zu"
                        | "nach"
                        | "aus"
                        | "in"
                        | "im"
                        | "beim"
                        | "zum"
                        | "zur"
                        | "vor"
                        | "seit"
                )
                && (w.ends_with("en") || w.ends_with("ern"));
            n.known
                || !(dative && n.end - n.start == 1)
                    && (n.end - n.start > 1
                        || ![
                            "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
                            "tät", "täten", "nis", "nisse", "ßen", "stößen", "ität", "ismus", "ment", "mente",
                            "beiträge", "beitrag", "gebühren", "zahlungen", "kosten", "angaben", "daten",
                        ]
                        .iter()
                        .any(|x| w.ends_with(x)))
        });
    }
    // "Apple's App Store terms", "Google's API Services User Data Policy": the owner of a named
    // product or document is not thereby a recipient.
    out.retain(|n| !(possessive_at(s, n.end - 1) && toks.get(n.end).is_some_and(|t| t.is_word() && t.cap)));
    // "Meta, the company behind Facebook and Instagram, receives …", "Quill Ltd, the owner of
    // Inkwell": products named to say who a company is receive nothing themselves.
    if lex.lang == Lang::En && out.len() >= 2 {
        let firsts: Vec<(usize, usize)> = out.iter().map(|n| (n.start, n.end)).collect();
        out.retain(|n| {
            // Walk back over the names and "and"/"," coordinated before this one.
            let mut k = n.start;
            while k > 0 {
                let p = k - 1;
                if matches!(word_at(s, p), "and" | "or") || toks[p].punct == Some(',') {
                    k = p;
                } else if let Some(&(a, _)) = firsts.iter().find(|&&(a, e)| e == k && a < k) {
                    k = a;
                } else {
                    break;
                }
            }
            let w = |j: usize| if j < k { word_at(s, k - 1 - j) } else { "" };
            let described = w(0) == "behind"
                || w(0) == "of"
                    && matches!(w(1), "owner" | "maker" | "makers" | "operator" | "publisher" | "developer" | "owners")
                || matches!(w(0), "owns" | "operates" | "runs" | "publishes")
                    && matches!(w(1), "which" | "that" | "who");
            // (Only inside an apposition after another name.)
            !(described
                && (k.saturating_sub(8)..k).any(|j| toks[j].punct == Some(','))
                && firsts.iter().any(|&(_, e)| e < k))
        });
    }
    // "whether you have agreed to Gift Aid", "if you signed up for Plus": a scheme or plan the
    // reader joined, not someone who receives.
    if lex.lang == Lang::En {
        out.retain(|n| {
            !(n.start >= 2
                && !n.known
                && matches!(word_at(s, n.start - 1), "to" | "for" | "into" | "in")
                && matches!(
                    word_at(s, n.start - 2),
                    "agreed" | "agree" | "signed" | "subscribed" | "subscribe" | "opted" | "consented" | "enrolled"
                ))
        });
    }
    // Unknown names must stand where a recipient is expected.
    let all = out.clone();
    // Names coordinated at the start of the sentence ("AppLovin and Unity Ads show ads"): where
    // the list ends, and whether a verb follows it.
    // ("However, Helix Biobank will also receive …", "In addition, …": after an opening adverbial
    // and its comma — a few words naming no data, no party and no verb.)
    let opening = toks.iter().take(4).position(|t| t.punct == Some(',')).filter(|&c| {
        c > 0
            && (0..c).all(|k| {
                matches!(
                    word_at(s, k),
                    "however"
                        | "also"
                        | "in"
                        | "addition"
                        | "additionally"
                        | "moreover"
                        | "furthermore"
                        | "then"
                        | "meanwhile"
                        | "likewise"
                        | "similarly"
                        | "finally"
                        | "separately"
                        | "besides"
                        | "particular"
                        | "therefore"
                        | "now"
                        | "today"
                        | "in addition"
                        | "ademas"
                        | "asimismo"
                        | "sin"
                        | "embargo"
                        | "toutefois"
                        | "cependant"
                        | "en"
                        | "outre"
                        | "par"
                        | "ailleurs"
                        | "zudem"
                        | "ausserdem"
                        | "allerdings"
                        | "jedoch"
                )
            })
            && !s.cues.iter().any(|m| m.start < c && matches!(m.value, Cue::Verb(_)))
            && !ents.recips.iter().any(|m| m.start < c)
            && !ents.data.iter().any(|m| m.start < c)
            && !all.iter().any(|n| n.start < c)
    });
    let mut chain_end = opening.map_or(0, |c| c + 1);
    let mut chain_len = 0;
    while let Some(n) = all.iter().find(|o| o.start == chain_end) {
        chain_end = n.end;
        chain_len += 1;
        let mut k = chain_end;
        while k < toks.len()
            && (toks[k].punct == Some(',')
                || matches!(word_at(s, k), "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o"))
        {
            k += 1;
        }
        if k == chain_end || !all.iter().any(|o| o.start == k) {
            break;
        }
        chain_end = k;
    }
    let words_total = toks.iter().filter(|t| t.is_word()).count();
    let chain_has_verb = chain_end > 0
        && s.cues.iter().any(|m| m.start == chain_end && matches!(m.value, Cue::Verb(_) | Cue::Modal | Cue::Future));
    out.retain(|n| {
        if n.known {
            return true;
        }
        // "- eSIM data: For eSIM services, we receive …": a label naming a kind of data.
        if n.start == 0
            && matches!(word_at(s, n.end), "data" | "information" | "details" | "identifiers")
            && toks.get(n.end + 1).is_some_and(|t| t.punct == Some(':'))
        {
            return false;
        }
        // "- Seeing if our Products are working correctly …": an item that opens with a gerund
        // names an activity, no company.
        if ents.lang == Lang::En
            && n.start == 0
            && n.end == 1
            && word_at(s, 0).len() >= 6
            && word_at(s, 0).ends_with("ing")
            && toks.get(1).is_some_and(|t| t.is_word() && !t.cap)
        {
            return false;
        }
        // "Vouchers held by people who object will still be honoured": a sentence's first words
        // before a participle with "by" are the thing acted on, no company.
        if ents.lang == Lang::En
            && (n.start == 0 || n.start == label_end)
            && word_at(s, n.end + 1) == "by"
            && (word_at(s, n.end).ends_with("ed")
                || matches!(word_at(s, n.end), "held" | "kept" | "sent" | "given" | "shown" | "made" | "sold" | "seen" | "taken" | "known"))
        {
            return false;
        }
        // 'Each time you click "Apply"': a button's label in quotes, not a company.
        let quote = |t: Option<&Token>| t.is_some_and(|t| matches!(t.punct, Some('"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\'' | '\u{2018}' | '\u{2019}')));
        if n.start >= 2
            && quote(toks.get(n.start - 1))
            && quote(toks.get(n.end))
            && matches!(
                word_at(s, n.start - 2),
                "click" | "clicking" | "clicks" | "tap" | "tapping" | "taps" | "press" | "pressing" | "select" | "selecting" | "choose" | "choosing" | "button" | "hit" | "cliquez" | "cliquer" | "appuyez" | "klicken" | "klickst" | "tippen" | "pulsa" | "pulsar" | "pulse" | "clic"
            )
        {
            return false;
        }
        // "Technical Data", "Profile Information": a category of data in a table cell, not a
        // company ("Audiencia Plus Data S.L." has its company form).
        let company_form = (n.start..(n.end + 2).min(toks.len())).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k)));
        // ("data brokers, including Alliant Data": an example of a recipient noun is a company.)
        let example_of_recipient = n.start >= 2
            && cue_at(s, n.start - 1) == Some(Cue::Examples)
            && toks[n.start - 2].punct == Some(',')
            && ents.recips.iter().any(|m| m.end + 1 == n.start - 1 && m.value != RecipientKind::ThirdParty)
            && n.end - n.start >= 2;
        // ("… à Audiencia Data, un courtier en données", "… available to TrailLink Marketing
        // Data": a name that follows the word for "to" and opens with a word that is no
        // category of data is a company's.)
        let to_company = n.start >= 1
            && n.end - n.start >= 2
            && matches!(word_at(s, n.start - 1), "to" | "with" | "a" | "à" | "au" | "an" | "con" | "mit")
            && !lex.is_not_name(word_at(s, n.start))
            && !matches!(
                word_at(s, n.start),
                "technical" | "personal" | "profile" | "usage" | "account" | "contact" | "location" | "device"
                    | "financial" | "health" | "identity" | "customer" | "user" | "transaction" | "transactional"
                    | "payment" | "aggregate" | "aggregated" | "anonymous" | "sensitive" | "marketing"
                    | "social" | "biometric" | "behavioural" | "behavioral" | "special" | "other" | "your"
            );
        if !company_form && !example_of_recipient && !to_company && matches!(word_at(s, n.end - 1), "data" | "information" | "info" | "details" | "daten" | "donnees" | "datos" | "informations") {
            return false;
        }
        // ("network providers such as eSIM identifier data": a word before a lower-case data
        // noun qualifies the data.)
        if ents.lang == Lang::En
            && !company_form
            && n.start > 0
            && cue_at(s, n.start - 1) == Some(Cue::Examples)
            && !word_at(s, n.end).starts_with("cookie")
            && toks.get(n.end).is_some_and(|t| t.is_word() && !t.cap)
            && (ents.data.iter().any(|d| d.start == n.end) || cue_at(s, n.end) == Some(Cue::DataHead))
        {
            return false;
        }
        // "the Cobalt Card Privacy Notice" names a document, not a company.
        if s.cues.iter().any(|m| m.value == Cue::LegalDoc && m.start < n.end && n.start < m.end) {
            return false;
        }
        // A heading or label that is only a name ("Plaid.", "Mixpanel") — not a heading's first
        // word ("Why we use it", "Summary of changes") nor a gerund ("Sharing").
        // ("Managing Events.": a label that opens with a gerund names an activity.)
        let gerund = word_at(s, n.start).len() > 5 && word_at(s, n.start).ends_with("ing");
        // A list item's label name is set off: "Chartbeat, Inc. – real-time analytics".
        let set_off = toks.get(n.end).is_none_or(|t| matches!(t.punct, Some(',' | ':' | '(' | '\u{2013}' | '\u{2014}' | '-' | '.')));
        // A heading that is only a name is one word ("Mixpanel"), a company form ("Chartbeat,
        // Inc.") or a web address — not a title-cased phrase ("Public Forums").
        let heading_name = n.end - n.start == 1 || (n.start..n.end).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))) || n.name.contains('.');
        // "- Die Brevo GmbH (vormals Sendinblue) für …": an article may open the item.
        let item_start = n.start == 0 || n.start == label_end || n.start == label_end + 1 && matches!(word_at(s, label_end), "die" | "der" | "das" | "the" | "la" | "le" | "el" | "los" | "las" | "les");
        // … or a company form: "Hosting: Die Hetzner Online GmbH betreibt …".
        let company_form = (n.start..(n.end + 2).min(toks.len())).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k)));
        let set_off = set_off || item_start && (company_form || toks.get(n.end).is_some_and(|t| t.is_word() && matches!(word_at(s, n.end), "als" | "as" | "zur" | "zum" | "fur" | "for" | "pour" | "para" | "como")));
        // "Authentication, Integrity, Security, and Safety: To authenticate …", "Intelligent
        // Features: Zoom provides intelligent features …": a topic label — one that names a
        // purpose or data in capitals beside the name, or whose words the text after it uses in lower case —
        // is no company.
        // (A long label too: the colon may come late.)
        let topic_end = toks.iter().take(12).position(|t| t.punct == Some(':')).map_or(0, |i| i + 1);
        // ("We will share the following with Meridian Lists:": a sentence with its verb before
        // the name is a lead-in, not a label.)
        let verb_before = s.cues.iter().any(|m| m.start < n.start && matches!(m.value, Cue::Verb(_)));
        if topic_end > 0 && n.end < topic_end && !company_form && !verb_before {
            let other_topic = ents.purposes.iter().map(|m| (m.start, m.end)).chain(ents.data.iter().map(|m| (m.start, m.end)))
                .any(|(a, b)| b < topic_end && (b <= n.start || a >= n.end) && toks[a].cap);
            let lower = n.end - n.start >= 2 && {
                let after = &s.text[toks[topic_end.min(toks.len() - 1)].orig.0 as usize..];
                after.contains(n.name.to_lowercase().as_str())
            };
            // ("Participant List:", "Account Usage:", "In-Meeting Features:": a category.)
            let category = matches!(
                word_at(s, n.end - 1),
                "list" | "lists" | "features" | "feature" | "settings" | "reasons" | "controls" | "usage" | "recordings"
                    | "content" | "overview" | "summary"
            );
            if other_topic || lower || category {
                return false;
            }
        }
        // "- alx_uid, alx_sync (AdLattice Exchange): programmatic advertising …": a cookie
        // list item names its company in brackets before the colon.
        if item_label && n.start > 0 && n.start <= 10 && toks[n.start - 1].punct == Some('(') && toks.get(n.end).is_some_and(|t| t.punct == Some(')')) && toks.get(n.end + 1).is_some_and(|t| matches!(t.punct, Some(':' | '\u{2013}' | '\u{2014}' | '-'))) {
            return true;
        }
        // "- Research" in a list of reasons: a purpose, not a company.
        let purpose_word = n.end == n.start + 1 && ents.purposes.iter().any(|m| m.start <= n.start && n.end <= m.end);
        if (relaxed && n.end >= words_total && heading_name && n.start == 0 || item_label && set_off && item_start)
            && !gerund
            && !purpose_word
        {
            return true;
        }
        if n.end <= chain_end && (chain_has_verb || relaxed && (chain_end >= words_total || chain_len >= 2)) {
            return true;
        }
        let mut k = n.start;
        // ("with the U.S. Department of Commerce": over the letters of an abbreviation.)
        while k >= 2
            && toks[k - 1].punct == Some('.')
            && toks[k - 2].is_word()
            && toks[k - 2].orig.1 - toks[k - 2].orig.0 == 1
            && toks[k - 2].orig.1 == toks[k - 1].orig.0
        {
            k -= 2;
        }
        while k > 0 && matches!(word_at(s, k - 1), "our" | "the" | "its" | "their" | "unser" | "unsere" | "unseren" | "notre" | "nos" | "nuestro" | "nuestra" | "nuestros" | "nuestras" | "der" | "die" | "den" | "dem" | "das" | "le" | "la" | "les" | "l" | "el" | "los" | "las") {
            k -= 1;
        }
        // "with the firm Orbel", "avec la société Orbel AI", "an die Firma Orbel": a plain word
        // for a company before the name, with its article.
        if k >= 2
            && k == n.start
            && matches!(
                word_at(s, k - 1),
                "company" | "firm" | "startup" | "societe" | "entreprise" | "firme" | "firma" | "unternehmen"
                    | "gesellschaft" | "empresa" | "compania" | "sociedad" | "entidad"
            )
            && matches!(word_at(s, k - 2), "the" | "la" | "le" | "l" | "die" | "der" | "dem" | "den" | "el" | "a" | "an" | "une" | "un" | "una")
        {
            k -= 2;
        }
        let share_verb_before = s.cues.iter().any(|m| m.start < n.start && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)));
        // German puts the verb last: "… an Adobe übermittelt" (the verb in the same clause).
        let german_final = ents.lang == Lang::De
            && n.start > 0
            && (word_at(s, n.start - 1) == "an" || k > 0 && k < n.start && word_at(s, k - 1) == "an")
            && s.cues.iter().any(|m| {
                m.start >= n.end
                    && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                    // "an die Libra Retail Group AG, Frankfurt am Main, verkauft": a place in
                    // commas may stand between the name and the verb.
                    && (!(n.end..m.start).any(|k| s.toks[k].punct == Some(',')) || m.start - n.end <= 7 && (n.end..m.start).all(|k| s.toks[k].punct == Some(',') || s.toks[k].cap || matches!(word_at(s, k), "am" | "an" | "der" | "bei" | "im")))
            });
        if german_final {
            return true;
        }
        // "with our ad network Adversa Media", "au réseau Adversa Media", "an unseren Dienstleister
        // Helpora": a name right after the noun of a recipient names it.
        // (The recipient noun has its own determiner: not "our Terms and Community Standards".)
        if n.start > 0
            && ents.recips.iter().any(|m| {
                m.end == n.start
                    && m.start > 0
                    && matches!(
                        word_at(s, m.start - 1),
                        "our" | "the" | "a" | "an" | "your" | "notre" | "nos" | "au" | "le" | "la" | "un" | "une" | "unser" | "unseren" | "unserem" | "unsere" | "den" | "dem" | "der" | "einen" | "einem" | "nuestro" | "nuestra" | "el" | "al" | "una"
                    )
            })
        {
            return true;
        }
        // "… and the Automattic family of companies", "the Meridian group companies": a name
        // between an article and the noun for a corporate family is the family's name.
        if n.start > 0
            && matches!(word_at(s, n.start - 1), "the" | "la" | "le" | "el" | "die" | "der")
            && ents.recips.iter().any(|m| m.start == n.end && m.value == RecipientKind::Affiliate)
            && s.cues.iter().any(|m| m.start < n.start && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
        {
            return true;
        }
        // ("A partir del 1 de marzo compartiremos:" + "- tu ubicación precisa con InMobi Pte.
        // Ltd."): a list item without a sharing verb of its own continues its lead-in's.
        let lead_verb = lead_shares && !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)));
        // "we give the Harbour Authority the name, address and phone number of …": the party
        // between a verb of giving and the data is who gets it (English).
        let given_to = ents.lang == Lang::En
            && k > 0
            && s.cues.iter().any(|m| {
                m.end == k
                    && m.value == Cue::Verb(VerbClass::Share)
                    && matches!(word_at(s, m.start), "give" | "gives" | "send" | "sends" | "provide" | "provides" | "pass" | "passes")
            })
            && (ents.data.iter().any(|d| {
                // (A determiner between: "Sony Entertainment Network account holders" is one phrase.)
                d.start > n.end
                    && d.start <= n.end + 2
                    && (n.end..d.start).all(|j| matches!(word_at(s, j), "the" | "your" | "their" | "its" | "his" | "her"))
            })
                // ("the Meta Pixel sends Meta information about the products you view": the
                // word for data, with what it is about after it.)
                || s.cues.iter().any(|m| m.value == Cue::DataHead && m.start == n.end && word_at(s, m.end) == "about"));
        if given_to {
            return true;
        }
        // ("… will be licensed to Aurelian Labs", "submitted to …": the verb's own "to"; "which we
        // run through Buttondown": its own "through".)
        // "pictures that you share with friends via Photos", "emails that you send and receive
        // through Gmail": what the person sends through a product, in a clause that says which
        // data is meant, is their own doing; the product is the channel, not a recipient.
        let users_channel = ents.lang == Lang::En
            && k > 0
            && matches!(word_at(s, k - 1), "through" | "via")
            && s.cues.iter().any(|m| {
                m.end < k
                    && matches!(m.value, Cue::Verb(VerbClass::Share))
                    && users_own_act(s, m.start)
                    && !s.cues.iter().any(|f| f.value == Cue::FirstPerson && f.start > m.start && f.start < k)
            });
        // "We sell by the bottle … and through our Wine Club": what goes through something of
        // ours stays with us.
        let own_channel = k > 0 && k < n.start && matches!(word_at(s, k - 1), "through" | "via") && word_at(s, k) == "our";
        if users_channel || own_channel {
            return false;
        }
        // "C'est HelloAsso qui traite vos données de paiement", "It is Paddle that processes
        // your card": the name a cleft sentence puts first is who does the verb.
        let cleft = n.start >= 2
            && (matches!(word_at(s, n.start - 1), "est" | "sont") && matches!(word_at(s, n.start - 2), "c" | "ce")
                || word_at(s, n.start - 1) == "is" && word_at(s, n.start - 2) == "it")
            && matches!(word_at(s, n.end), "qui" | "that" | "which" | "who")
            && matches!(cue_at(s, n.end + 1), Some(Cue::Verb(_)));
        if cleft {
            return true;
        }
        // "we give your name and phone number to the duty vet at Brookside Veterinary Surgery":
        // the person at a named firm, after "to"/"with", stands for the firm.
        let person_at = ents.lang == Lang::En
            && k == n.start
            && k >= 3
            && word_at(s, k - 1) == "at"
            && share_verb_before
            && {
                let mut j = k - 1;
                while j > 0 && toks[j - 1].is_word() && !toks[j - 1].cap && k - 1 - j < 3 && cue_at(s, j - 1).is_none() {
                    j -= 1;
                }
                j < k - 1
                    && j >= 1
                    && cue_at(s, j - 1) == Some(Cue::RecipientPrep)
                    && matches!(word_at(s, j), "the" | "a" | "an" | "our" | "your")
            };
        if person_at {
            return true;
        }
        // "su correo electrónico se guarda en Brevo", "stockées chez Brevo", "gespeichert bei
        // Hetzner", "stored with Mailchimp": who stores the data holds it.
        let stored_at = k == n.start
            && k >= 2
            && matches!(word_at(s, k - 1), "en" | "chez" | "bei" | "with")
            && matches!(
                word_at(s, k - 2),
                "guarda" | "guardan" | "guardarán" | "guardara" | "almacena" | "almacenan" | "aloja" | "alojan"
                    | "guardados" | "guardadas" | "almacenados" | "almacenadas" | "alojados" | "alojadas"
                    | "stockées" | "stockés" | "stockée" | "stocké" | "stockees" | "stockes" | "hébergées"
                    | "hébergés" | "hebergees" | "heberges" | "conservées" | "conservees" | "gespeichert"
                    | "gehostet" | "stored" | "hosted" | "kept"
            );
        if stored_at {
            return true;
        }
        let verb_to = k > 0
            && matches!(cue_at(s, k - 1), Some(Cue::Verb(VerbClass::Share | VerbClass::Sell)))
            && matches!(word_at(s, k - 1), "to" | "with" | "through" | "via");
        if k > 0 && (cue_at(s, k - 1) == Some(Cue::RecipientPrep) || verb_to) && (share_verb_before || relaxed || lead_verb) {
            return true;
        }
        // "… with the relevant exam board, such as Lexis International Examinations", "a la
        // entidad examinadora correspondiente, como Lexis …": an example of the noun phrase the
        // data goes to (back over the examples cue, a comma and a few words to "with"/"to").
        if k > 0 && cue_at(s, k - 1) == Some(Cue::Examples) && (share_verb_before || lead_verb) {
            let mut j = k - 1;
            while j > 0 && cue_at(s, j - 1) == Some(Cue::Examples) {
                j -= 1;
            }
            if j > 0 && toks[j - 1].punct == Some(',') {
                j -= 1;
            }
            let phrase_start = (j.saturating_sub(6)..j).rev().find(|&q| cue_at(s, q) == Some(Cue::RecipientPrep));
            // (A noun phrase with its article: not "communicate with you in other ways, like SMS".)
            if phrase_start.is_some_and(|q| {
                matches!(
                    word_at(s, q + 1),
                    "the" | "a" | "an" | "la" | "el" | "le" | "les" | "los" | "las" | "der" | "die" | "den" | "dem" | "un" | "une" | "una" | "des" | "unos" | "unas"
                ) && (q + 1..j).all(|x| {
                    toks[x].is_word()
                        && !toks[x].cap
                        && s.cues.iter().all(|m| {
                            !(m.start <= x && x < m.end)
                                // ("à des courtiers en données": a data word inside the noun.)
                                || m.value == Cue::DataHead && ents.recips.iter().any(|r| r.start <= x && x < r.end)
                        })
                })
                    && !ents.data.iter().any(|d| d.start > q && d.start < j)
            }) {
                return true;
            }
        }
        // "… are handled by Helpdeskly Ltd.", "collected by Pageglass Analytics Ltd.": the agent
        // of a passive verb.
        // ("the driving data collected by Smart Driver, the optional feature": no auxiliary and
        // no company form — a product.)
        if n.start > 0 && matches!(word_at(s, n.start - 1), "by" | "durch" | "par" | "por") {
            // ("collected on our behalf by GoCardless": an adverbial between verb and agent.)
            let verb = s.cues.iter().find(|m| {
                matches!(m.value, Cue::Verb(_)) && (m.end == n.start || m.end + 1 == n.start || m.end + 1 < n.start && n.start - 1 - m.end <= 4 && (m.end..n.start - 1).all(|k| s.toks[k].is_word() && !matches!(cue_at(s, k), Some(Cue::Verb(_)))))
            });
            let aux = verb.is_some_and(|m| (m.start.saturating_sub(3)..m.start).any(|k| matches!(word_at(s, k), "is" | "are" | "was" | "were" | "be" | "been" | "sont" | "est" | "son" | "es" | "wird" | "werden")));
            let company_form = (n.start..(n.end + 2).min(toks.len())).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k)));
            if verb.is_some() && (aux || company_form) {
                return true;
            }
        }
        // "We use Metricly (Analytics) to collect information about how visitors use our
        // website": a company engaged to collect on the site.
        if n.start > 0 && s.cues.iter().any(|m| m.end == n.start && m.value == Cue::Verb(VerbClass::Engage)) {
            let mut e = n.end;
            while ents.purposes.iter().any(|m| m.start == e) || ents.recips.iter().any(|m| m.start == e) {
                e += 1;
            }
            // ("We use Python to process your data": a tool processes; a collector collects.)
            if word_at(s, e) == "to"
                && s.cues.iter().any(|m| m.start == e + 1 && m.value == Cue::Verb(VerbClass::Collect))
                && ["collect", "gather", "track", "measur", "record", "monitor", "analy", "sammel", "erfass", "collect", "recueill", "recopil", "recog"]
                    .iter()
                    .any(|x| word_at(s, e + 1).starts_with(x))
            {
                return true;
            }
        }
        // "nutzen wir CleverReach (CleverReach GmbH, Rastede), an die wir Ihre E-Mail-Adresse
        // übermitteln", "we use Postino, to whom we send …": a relative clause with a
        // preposition makes the name before it the receiver of a later sharing verb.
        {
            let mut e = n.end;
            if toks.get(e).is_some_and(|t| t.punct == Some('(')) {
                while e < toks.len() && e < n.end + 16 && toks[e].punct != Some(')') {
                    e += 1;
                }
                e += 1;
            }
            if toks.get(e).is_some_and(|t| t.punct == Some(',')) {
                let fused = matches!(word_at(s, e + 1), "auxquels" | "auxquelles" | "auquel" | "denen");
                let prep = matches!(word_at(s, e + 1), "to" | "with" | "an" | "mit" | "à" | "a" | "avec" | "con" | "al");
                let mut q = e + 2;
                if matches!(word_at(s, q), "las" | "los" | "la" | "el" | "les") {
                    q += 1;
                }
                let pronoun = matches!(
                    word_at(s, q),
                    "whom" | "which" | "die" | "den" | "welche" | "qui" | "lesquels" | "lesquelles" | "lequel" | "laquelle" | "quien" | "quienes" | "que" | "cuales"
                );
                if (fused || prep && pronoun)
                    && s.cues.iter().any(|m| m.start > e && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
                {
                    return true;
                }
            }
        }
        // "we will provide Northwind Labs with public forum threads": the indirect object of a
        // verb of giving.
        if n.start > 0 && s.cues.iter().any(|m| m.end == n.start && m.value == Cue::Verb(VerbClass::Share)) && toks.get(n.end).is_some_and(|t| t.is_word() && matches!(word_at(s, n.end), "with" | "access" | "your" | "the" | "our" | "a" | "an" | "copies" | "data" | "information")) {
            return true;
        }
        // A subject at the start of the sentence, right before a verb ("Paddle collects …"),
        // unless the capitalised word is itself a first-person verb ("Seguimos utilizando").
        let first_person_verb = n.end - n.start == 1 && lex.is_first_person_verb(word_at(s, n.start));
        // "nous utilisons le service Audiens pour mesurer la fréquentation", "we use Plausor to
        // measure visits": a tool the publisher uses for analytics or advertising, named right
        // after the verb (or after "the … service"), with that purpose just after the name.
        {
            let mut j = n.start;
            if j >= 2
                && matches!(
                    word_at(s, j - 1),
                    "service" | "tool" | "outil" | "dienst" | "servicio" | "herramienta" | "platform" | "plateforme"
                        | "plataforma"
                )
                && matches!(word_at(s, j - 2), "the" | "le" | "l" | "la" | "den" | "das" | "el" | "a" | "an" | "un")
            {
                j -= 2;
            } else if j >= 1 && matches!(word_at(s, j - 1), "the" | "le" | "la" | "el") {
                j -= 1;
            }
            let used = j >= 2
                && s.cues.iter().any(|m| {
                    m.end == j
                        && m.value == Cue::Verb(VerbClass::Engage)
                        && ["use", "utilis", "nutz", "verwend", "usamos", "utiliz", "emplo"].iter().any(|x| word_at(s, m.start).starts_with(x))
                })
                && s.cues.iter().any(|m| m.value == Cue::FirstPerson && m.start + 3 >= j.saturating_sub(1) && m.start < j);
            let for_trade = ents.purposes.iter().any(|m| {
                m.start >= n.end
                    && m.start <= n.end + 4
                    && matches!(m.value, Purpose::Analytics | Purpose::Advertising | Purpose::Marketing)
            });
            if used && for_trade && n.end - n.start <= 3 && !first_person_verb {
                return true;
            }
            // "Les cookies d'Audiens collectent …", "Plausor's cookies collect …": the company
            // whose cookies collect.
            let cookie_word = |k: usize| matches!(word_at(s, k), "cookies" | "cookie" | "pixel" | "pixels" | "tags" | "sdk");
            let owner_before = n.start >= 2
                && cookie_word(n.start - 2)
                && matches!(word_at(s, n.start - 1), "d" | "de" | "von" | "of")
                && s.cues.iter().any(|m| m.start == n.end && m.value == Cue::Verb(VerbClass::Collect));
            let owner_after = possessive_at(s, n.end - 1)
                && (n.end..n.end + 3).any(cookie_word)
                && s.cues.iter().any(|m| m.start > n.end && m.start <= n.end + 3 && m.value == Cue::Verb(VerbClass::Collect));
            if owner_before || owner_after {
                return true;
            }
        }
        // "The data Meridian receives includes …": a name right before a verb of receiving.
        // ("Zapline has become the controller of this information": the buyer now holds it.)
        let controller = |m: &lexicon::Match<Cue>| (m.start..m.end).any(|k| word_at(s, k) == "controller");
        // ("Breakwater Marine will receive:", "Acme will also get …": auxiliaries between.)
        let mut rv = n.end;
        while rv < n.end + 3
            && matches!(
                word_at(s, rv),
                "will" | "would" | "may" | "might" | "can" | "could" | "shall" | "also" | "now" | "then" | "only" | "soon"
            )
        {
            rv += 1;
        }
        let receives_next = s.cues.iter().any(|m| m.start == rv && m.value == Cue::Verb(VerbClass::Collect))
            && ["receiv", "obtain", "get", "erhalt", "erhält", "recoi", "recib", "speicher", "verarbeit"].iter().any(|x| word_at(s, rv).starts_with(x));
        if receives_next && !first_person_verb {
            return true;
        }
        // "the duty vet at Brookside Veterinary Surgery will be given your name and telephone
        // number": the subject of a passive verb of giving, with the data as its object.
        let mut pv = rv;
        while pv < rv + 2 && matches!(word_at(s, pv), "be" | "been" | "is" | "are" | "was" | "were") {
            pv += 1;
        }
        if ents.lang == Lang::En
            && pv > rv
            && matches!(word_at(s, pv), "given" | "sent" | "shown" | "told" | "handed")
            && ents.data.iter().any(|d| d.start > pv && d.start <= pv + 3)
            && !(pv + 1..pv + 3).any(|k| matches!(word_at(s, k), "to" | "by"))
            && !first_person_verb
        {
            return true;
        }
        // "la société Beauté Rivage SAS rachète l'ensemble du fonds de commerce": the buyer.
        if lexicon::BUY_VERBS.contains(&word_at(s, n.end)) && !first_person_verb {
            return true;
        }
        // "you will be redirected to Affirm, which will receive your name …": a name whose
        // relative clause receives.
        // ("Donorbox, a fundraising platform that collects these details": or the relative
        // clause of a noun in apposition.)
        let rel = if matches!(word_at(s, n.end + 1), "a" | "an") {
            (n.end + 2..(n.end + 6).min(toks.len()))
                .take_while(|&k| toks[k].is_word())
                .find(|&k| matches!(word_at(s, k), "which" | "who" | "that"))
                .unwrap_or(n.end + 1)
        } else {
            n.end + 1
        };
        let relative_receives = toks.get(n.end).is_some_and(|t| t.punct == Some(','))
            && matches!(word_at(s, rel), "which" | "who" | "that")
            && s.cues.iter().any(|m| {
                m.value == Cue::Verb(VerbClass::Collect)
                    && m.start > rel
                    && m.start <= rel + 3
                    && ["receiv", "obtain", "get", "collect", "process"].iter().any(|x| word_at(s, m.start).starts_with(x))
            });
        if relative_receives {
            return true;
        }
        // "Zusätzlich erhält Sonexa Angaben zu …": German puts the subject right after the verb
        // when the sentence opens with another part.
        let at = if n.start > 0 && matches!(word_at(s, n.start - 1), "der" | "die" | "das" | "unser" | "unsere") { n.start - 1 } else { n.start };
        if lex.lang == Lang::De
            && at > 1
            && s.cues.iter().any(|m| {
                m.end == at && m.value == Cue::Verb(VerbClass::Collect) && ["erhalt", "erhält", "bekomm", "empfang", "empfäng"].iter().any(|x| word_at(s, m.start).starts_with(x))
            })
        {
            return true;
        }
        // "GoCardless Ltd. zieht Ihre Beiträge ein und erhält dafür Name, IBAN …": the opening
        // name is the subject of a later verb of receiving in the same clause.
        if (n.start == 0 || n.start == label_end) && !first_person_verb {
            let receiver = s.cues.iter().find(|m| {
                m.start > n.end
                    && m.value == Cue::Verb(VerbClass::Collect)
                    && (["receiv", "erhalt", "erhält", "recoi", "recib"].iter().any(|x| word_at(s, m.start).starts_with(x))
                        || controller(m))
            });
            if let Some(m) = receiver {
                let clear = (n.end..m.start).all(|k| !matches!(toks[k].punct, Some(';' | '.' | ':')) || k == n.end && toks[k].punct == Some('.'))
                    && !(n.end..m.start).any(|k| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros" | "you" | "sie" | "vous" | "usted") || all.iter().any(|o| o.start == k))
                    // ("Temporary workers are paid through our payroll provider, which receives
                    // …": the recipient noun in between is who receives.)
                    && !ents.recips.iter().any(|r| r.start >= n.end && r.end <= m.start);
                if clear {
                    return true;
                }
            }
        }
        // "Postmark (operated by ActiveCampaign, LLC) sends …": the verb after an aside.
        // ("Vimeo, which is owned by Bending Spoons, receives …": or after a relative clause or
        // an apposition between commas.)
        let mut after = n.end;
        if toks.get(after).is_some_and(|t| t.punct == Some('(')) {
            if let Some(c) = (after + 1..(after + 12).min(toks.len())).find(|&k| toks[k].punct == Some(')')) {
                after = c + 1;
            }
        } else if ents.lang == Lang::En
            && toks.get(after).is_some_and(|t| t.punct == Some(','))
            && matches!(word_at(s, after + 1), "which" | "who" | "a" | "an" | "owned" | "run" | "operated" | "part")
        {
            if let Some(c) = (after + 2..(after + 14).min(toks.len()))
                .take_while(|&k| toks[k].is_word() || matches!(toks[k].punct, Some(',' | '&' | '-' | '.')))
                .find(|&k| toks[k].punct == Some(','))
            {
                after = c + 1;
            }
        }
        // ("When you buy a ticket, TicketSource processes your name …": the main clause's subject
        // after an opening subordinate clause.)
        let after_opening_clause = ents.lang == Lang::En
            && n.start >= 3
            && toks[n.start - 1].punct == Some(',')
            && matches!(word_at(s, 0), "when" | "if" | "once" | "after" | "before" | "whenever" | "where" | "as")
            && !(1..n.start - 1).any(|k| toks[k].punct.is_some())
            // (One who receives, or handles data on our behalf: not the publisher's own "Stride
            // collects …" nor "Fennick Home will transfer …".)
            && (s.has(Cue::OnBehalf)
                || word_at(s, n.end).starts_with("receiv")
                || after > n.end + 1 && word_at(s, after).starts_with("receiv")
                // ("If you pay online, PayPal processes the payment and receives your payment
                // details": its verb, then "and receives" in the same clause.)
                || (n.end + 1..toks.len())
                    .take_while(|&k| toks[k].punct.is_none())
                    .any(|k| word_at(s, k).starts_with("receiv") && word_at(s, k - 1) == "and"));
        let clause_start =
            n.start == 0 || n.start == label_end || toks[n.start - 1].punct == Some(';') || after_opening_clause;
        if clause_start && !first_person_verb && s.cues.iter().any(|m| (m.start == n.end || m.start == after) && matches!(m.value, Cue::Verb(_) | Cue::Modal | Cue::Future)) {
            return true;
        }
        // Acronyms of a few letters are mostly technology names (SSL, HTTP, API), unless listed
        // as examples of a recipient ("carriers (UPS and DPD)").
        let letters: Vec<char> = n.name.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym = n.end - n.start == 1 && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase());
        // "Our anti-cheat provider, Sentinel Guard, receives …": an apposition right after a
        // specific recipient noun.
        if n.start >= 2 && toks[n.start - 1].punct == Some(',') && ents.recips.iter().any(|m| m.end == n.start - 1 && m.value != RecipientKind::ThirdParty) && toks.get(n.end).is_some_and(|t| matches!(t.punct, Some(',' | ')'))) {
            return true;
        }
        // "… a nuestro servicio de comedor, Cocina Sana S.L., que …", "to our catering service,
        // Fresh Kitchen Ltd.": a name set off after "to our …" is who "our …" is.
        if n.start >= 3 && toks[n.start - 1].punct == Some(',') && share_verb_before {
            let c = n.start - 1;
            let prep = (c.saturating_sub(7)..c).rev().take_while(|&k| toks[k].is_word()).find(|&k| cue_at(s, k) == Some(Cue::RecipientPrep));
            let ours = prep.is_some_and(|k| {
                k + 2 < c
                    && matches!(
                        word_at(s, k + 1),
                        "our" | "nuestro" | "nuestra" | "nuestros" | "nuestras" | "notre" | "nos" | "unser" | "unsere" | "unseren" | "unserem" | "unserer"
                    )
            });
            let set_off = n.end >= toks.len() || toks.get(n.end).is_some_and(|t| matches!(t.punct, Some(',' | '.' | ')' | ';')));
            // ("to our carrier, DHL.": an acronym right after a recipient noun names it.)
            if ours
                && set_off
                && (!acronym || ents.recips.iter().any(|m| m.end == c && m.value != RecipientKind::ThirdParty))
            {
                return true;
            }
        }
        // In a list after "such as" / "including" or after a recipient noun and a comma.
        let mut k = n.start;
        while k > 0 {
            let p = k - 1;
            let t = toks[p];
            // ("nos partenaires publicitaires, dont la régie Pubnova": an article and a recipient
            // noun before the name.)
            let noun_before_name = ents.recips.iter().any(|m| {
                m.end == n.start && m.start > 0 && {
                    let mut b = m.start - 1;
                    if matches!(word_at(s, b), "la" | "le" | "l" | "the") && b > 0 {
                        b -= 1;
                    }
                    word_at(s, b) == "dont" || cue_at(s, b) == Some(Cue::Examples)
                }
            });
            if t.punct == Some(',')
                || matches!(word_at(s, p), "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o")
                || all.iter().any(|o| o.start <= p && p < o.end)
                || noun_before_name && (ents.recips.iter().any(|m| m.end == n.start && m.start <= p && p < m.end) || matches!(word_at(s, p), "la" | "le" | "l") && ents.recips.iter().any(|m| m.start == p + 1 && m.end == n.start))
            {
                k -= 1;
                continue;
            }
            if cue_at(s, p) == Some(Cue::Examples) || t.punct == Some('(') || word_at(s, p) == "dont" {
                // The list must follow a recipient noun ("partners such as X", "companies in
                // the Acme group, including X").
                let mut q = p;
                while q > 0 && cue_at(s, q - 1) == Some(Cue::Examples) {
                    q -= 1;
                }
                // ("retail partners whose products are sold on Crateful, including X": a relative
                // clause may stand between.)
                return q > 0
                    && ents.recips.iter().any(|m| {
                        m.end <= q
                            && (q - m.end <= 5
                                || q - m.end <= 12
                                    && matches!(word_at(s, m.end), "whose" | "who" | "that" | "which" | "whom")
                                    && !(m.end..q).any(|j| matches!(toks[j].punct, Some(';' | ':' | '(' | ')'))))
                    });
            }
            // A list continuing after "with X, Y and Z".
            if cue_at(s, p) == Some(Cue::RecipientPrep) && share_verb_before && !acronym {
                return true;
            }
            // An apposition after a specific recipient noun: "our parent company, the Nordhafen
            // Group", "unsere Muttergesellschaft, die Nordhafen Holding AG".
            // ("our parent company, Velora Mobility Group plc": the comma is where the list
            // scan stopped.)
            let article = matches!(word_at(s, p), "the" | "die" | "der" | "das" | "la" | "le" | "el");
            let comma = if article { p.checked_sub(1) } else { Some(k) };
            if comma.is_some_and(|c| c >= 1 && toks[c].punct == Some(',') && ents.recips.iter().any(|m| m.end == c && m.value != RecipientKind::ThirdParty)) {
                return true;
            }
            break;
        }
        // "…, Brevo, qui reçoit votre adresse e-mail", "Plaid, which receives": the subject of a
        // relative clause whose verb gives or receives data.
        let rel_subject = toks.get(n.end).is_some_and(|t| t.punct == Some(','))
            && matches!(word_at(s, n.end + 1), "which" | "who" | "qui" | "die" | "der" | "que" | "quien")
            && s.cues.iter().any(|m| m.start == n.end + 2 && matches!(m.value, Cue::Verb(VerbClass::Collect | VerbClass::Share)));
        if rel_subject {
            return true;
        }
        // "We use Google Analytics and Chartbeat": coordinated with a known organisation, in a
        // run of names joined by commas and "and"/"or".
        let joiner = |k: usize| {
            toks.get(k).is_some_and(|t| t.punct == Some(','))
                || matches!(word_at(s, k), "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o")
        };
        let mut run = vec![n];
        for dir in [false, true] {
            let mut cur = n.clone();
            loop {
                let next = if dir {
                    let mut k = cur.end;
                    while k < toks.len() && joiner(k) && k < cur.end + 2 {
                        k += 1;
                    }
                    (k > cur.end).then(|| all.iter().find(|o| o.start == k)).flatten()
                } else {
                    let mut k = cur.start;
                    while k > 0 && joiner(k - 1) && k + 2 > cur.start {
                        k -= 1;
                    }
                    (k < cur.start).then(|| all.iter().find(|o| o.end == k)).flatten()
                };
                match next {
                    Some(o) => {
                        run.push(o);
                        cur = o.clone();
                    }
                    None => break,
                }
            }
        }
        // (The run is the object of a verb of sharing or engaging, or of a recipient
        // preposition: not "ads may appear in Apple News, Stocks or Weather".)
        let run_start = run.iter().map(|o| o.start).min().unwrap_or(n.start);
        let mut q = run_start;
        while q > 0 && matches!(word_at(s, q - 1), "our" | "the" | "your" | "unsere" | "nos" | "vos" | "sus" | "tus") {
            q -= 1;
        }
        let governed = q > 0
            && s.cues.iter().any(|m| {
                m.end == q && matches!(m.value, Cue::RecipientPrep | Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Engage))
            });
        if !acronym && governed && run.iter().any(|o| o.known) {
            return true;
        }
        // Followed by an apposition naming a recipient kind (", a data company").
        !acronym && apposition_after(s, n.end, ents).is_some()
    });
    // "(with an option to use 'Sign in With Google' / 'Sign in with Apple')": a way to log in,
    // no one the data goes to.
    if s.lower.contains("sign in with") || s.lower.contains("log in with") || s.lower.contains("sign up with") {
        out.retain(|n| {
            !(n.start >= 3
                && matches!(word_at(s, n.start - 1), "with")
                && matches!(word_at(s, n.start - 2), "in" | "up")
                && matches!(word_at(s, n.start - 3), "sign" | "log"))
        });
    }
    // "Resellers: If an account owner licensed … from a third-party reseller, the reseller may …",
    // "Livestreams: Meeting hosts can choose to livestream …": a one-word plural label whose
    // singular the sentence goes on to use as a common noun names a kind of party or an activity.
    if label_end > 0 {
        out.retain(|n| {
            let w = word_at(s, n.start);
            !(n.start == 0
                && n.end == 1
                && label_end <= 2
                && !n.known
                && w.len() > 4
                && w.ends_with('s')
                && (label_end..toks.len()).any(|k| {
                    !toks[k].cap && toks[k].is_word() && (word_at(s, k) == &w[..w.len() - 1] || word_at(s, k) == w)
                }))
        });
    }
    out
}

fn apposition_after(s: &Sentence, end: usize, ents: &Ents) -> Option<usize> {
    let mut k = end;
    let mut steps = 0;
    let mut in_paren = false;
    // "Catalina Marketing, our coupon partner, receives": a modifier or two before the noun.
    let mut comma = false;
    let mut modifiers = 0;
    while k < s.toks.len() && steps < 12 {
        let t = s.toks[k];
        if let Some(ei) = ents.recips.iter().position(|m| m.start == k) {
            return if steps > 0 { Some(ei) } else { None };
        }
        let w = word_at(s, k);
        match t.punct {
            Some('(') => in_paren = true,
            Some(')') => in_paren = false,
            _ => {}
        }
        let filler = matches!(t.punct, Some(',' | '(' | ')' | '\u{2014}' | '"' | '\u{201c}' | '\u{201d}' | '.'))
            || in_paren && t.cap
            || lexicon::LEGAL_SUFFIXES.contains(&w)
            || matches!(w, "a" | "our" | "the" | "its" | "which" | "is" | "who" | "are" | "unsere" | "unserer" | "unser" | "eine" | "ein" | "einem" | "einer" | "notre" | "une" | "un" | "la" | "le" | "nuestra" | "nuestro" | "una" | "uno" | "el" | "de")
            // English "an"; in German it is "to" ("Verbrauchsdaten an unsere Muttergesellschaft").
            || w == "an" && ents.lang != Lang::De;
        comma |= t.punct == Some(',');
        let modifier = !filler
            && comma
            && modifiers < 2
            && t.is_word()
            && !t.cap
            && cue_at(s, k).is_none()
            && !ents.data.iter().any(|m| m.start <= k && k < m.end);
        if !filler && !modifier {
            return None;
        }
        modifiers += usize::from(modifier);
        k += 1;
        steps += 1;
    }
    None
}

/// "obligar a las compañías aéreas a comunicar …", "autoriser les partenaires à transmettre …":
/// a party followed by "a"/"à" and a sharing verb is made to share, not given the data.
fn made_to_share(s: &Sentence, end: usize) -> bool {
    word_at(s, end) == "a"
        && s.cues.iter().any(|c| c.start == end + 1 && matches!(c.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
}

/// Whether recipient noun `m` is an example ("such as an airline") of a nearby recipient noun
/// of another specific kind ("the rewards partner you choose").
fn example_of_other(s: &Sentence, ents: &Ents, m: &Match<RecipientKind>) -> bool {
    let mut k = m.start;
    while k > 0
        && matches!(
            word_at(s, k - 1),
            "a" | "an" | "the" | "un" | "une" | "des" | "el" | "la" | "los" | "las" | "ein" | "eine"
        )
    {
        k -= 1;
    }
    let Some(ex) = s.cues.iter().find(|c| c.end == k && c.value == Cue::Examples) else {
        return false;
    };
    ents.recips.iter().any(|r| {
        r.end <= ex.start
            && ex.start - r.end <= 6
            && r.value != m.value
            && !matches!(r.value, RecipientKind::ThirdParty | RecipientKind::OtherUsers)
            && !s.cues.iter().any(|c| c.start >= r.end && c.start < ex.start && matches!(c.value, Cue::Verb(_)))
    })
}

/// Resolves the recipients of a clause: names (with kinds from appositions or lists) plus
/// recipient nouns not used to classify a name.
/// Whether the mention at `start`, in a list item whose lead-in names who receives the items, is
/// the other side of a conversation the item is about: "we will share with Corvid AI: -
/// transcripts of your chats and emails with Helio support". (Other users in a chat do see it:
/// "text chat with other players" is not this.)
fn conversation_partner(s: &Sentence, ents: &Ents, start: usize) -> bool {
    if s.lead.is_none() || ents.recips.iter().any(|m| m.start == start && m.value == RecipientKind::OtherUsers) {
        return false;
    }
    // "- we share your messages with our partners": the item's own verb gives to them.
    if s.cues.iter().any(|m| m.start < start && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))) {
        return false;
    }
    let mut k = start;
    while k > 0 && matches!(word_at(s, k - 1), "the" | "our" | "a" | "an" | "unserem" | "unserer" | "notre" | "nuestro")
    {
        k -= 1;
    }
    k >= 2
        && matches!(word_at(s, k - 1), "with" | "mit" | "avec" | "con")
        && (lexicon::CONVERSATION_NOUNS.contains(&word_at(s, k - 2))
            || ents.data.iter().any(|m| m.end == k - 1 && m.value == DataType::Messages))
}

fn recipients_in(
    s: &Sentence,
    ents: &Ents,
    names: &[NameMention],
    range: (usize, usize),
    keep: impl Fn(usize) -> bool,
) -> Vec<(usize, Recipient)> {
    let (a, b) = range;
    let mut consumed = vec![false; ents.recips.len()];
    let mut out: Vec<(usize, Recipient)> = Vec::new();
    for n in names
        .iter()
        .filter(|n| n.start >= a && n.end <= b && keep(n.start) && !made_to_share(s, n.end))
        .filter(|n| !conversation_partner(s, ents, n.start) && data_relative_verb(s, ents, n.start).is_none())
    {
        // ("all Snapchatters": the service's users, whatever the list around them.)
        if n.default_kind == RecipientKind::OtherUsers && !n.known {
            out.push((n.start, Recipient { name: None, kind: RecipientKind::OtherUsers }));
            continue;
        }
        let mut kind = None;
        // Where the mention stands: a name listed after its noun ("bei Auskunfteien wie der
        // SCHUFA") stands where the noun does.
        let mut pos = n.start;
        // Overlap with a recipient noun ("Facebook Companies").
        // Not a noun inside a longer name ("Calder Home Brands LLC").
        if let Some(ei) = ents.recips.iter().position(|m| m.start < n.end && n.start < m.end && m.end >= n.end) {
            kind = Some(ents.recips[ei].value);
            consumed[ei] = true;
        }
        // "the Meridian family of companies", "Acme affiliates": the noun says what the name is.
        if kind.is_none() {
            if let Some(ei) = ents.recips.iter().position(|m| {
                m.start == n.end && m.value != RecipientKind::ThirdParty && m.value != RecipientKind::OtherUsers
            }) {
                kind = Some(ents.recips[ei].value);
                consumed[ei] = true;
            }
        }
        // "la Consejería de Educación del Gobierno de Aragón": the body the name belongs to is
        // part of the name, no second recipient.
        if lexicon::NAME_LINKS.contains(&word_at(s, n.end)) {
            if let Some(ei) = ents.recips.iter().position(|m| {
                m.start == n.end + 1
                    && m.value == RecipientKind::Government
                    && n.default_kind == RecipientKind::Government
            }) {
                consumed[ei] = true;
            }
        }
        if kind.is_none() {
            if let Some(ei) = apposition_after(s, n.end, ents) {
                kind = Some(ents.recips[ei].value);
                consumed[ei] = true;
            }
        }
        // "a nuestro proveedor de comedor, Cocina Sana S.L.", "to our catering service, Fresh
        // Kitchen Ltd.": the noun phrase after "our" says what the name set off after it is.
        if kind.is_none() && n.start >= 3 && s.toks[n.start - 1].punct == Some(',') {
            let c = n.start - 1;
            let our = (c.saturating_sub(6)..c).rev().take_while(|&k| s.toks[k].is_word()).find(|&k| {
                matches!(
                    word_at(s, k),
                    "our"
                        | "nuestro"
                        | "nuestra"
                        | "nuestros"
                        | "nuestras"
                        | "notre"
                        | "nos"
                        | "unser"
                        | "unsere"
                        | "unseren"
                        | "unserem"
                        | "unserer"
                )
            });
            if let Some(o) = our {
                if let Some(ei) =
                    ents.recips.iter().position(|m| m.start > o && m.end <= c && m.value != RecipientKind::ThirdParty)
                {
                    kind = Some(ents.recips[ei].value);
                    consumed[ei] = true;
                } else if (o + 1..c).any(|k| {
                    matches!(
                        word_at(s, k),
                        "service" | "servicio" | "provider" | "proveedor" | "prestataire" | "dienstleister"
                    )
                }) {
                    kind = Some(RecipientKind::ServiceProvider);
                }
            }
        }
        if kind.is_none() {
            // Walk back over a list to "such as" and the noun before it, or to a noun + comma.
            let mut k = n.start;
            let mut passed_examples = false;
            let mut abbreviation = false;
            while k > a {
                let p = k - 1;
                let t = s.toks[p];
                if let Some(ei) = ents.recips.iter().position(|m| m.end == k) {
                    let generic = matches!(ents.recips[ei].value, RecipientKind::ThirdParty);
                    if passed_examples || !generic && n.start - k <= 2 {
                        kind = Some(ents.recips[ei].value);
                        consumed[ei] = true;
                        pos = ents.recips[ei].start;
                    }
                    break;
                }
                // "such as X, Y", "carriers (X and Y)": a list of examples of the noun.
                if cue_at(s, p) == Some(Cue::Examples) || t.punct == Some('(') {
                    passed_examples = true;
                    abbreviation = t.punct == Some('(') && p + 1 == n.start;
                    k -= 1;
                    continue;
                }
                let w = word_at(s, p);
                // "Dirección General de Tráfico (DGT)": a short form after the noun's name.
                if abbreviation
                    && (t.cap && t.is_word() || matches!(w, "de" | "del" | "of" | "du" | "des" | "fur" | "la"))
                {
                    k -= 1;
                    continue;
                }
                if t.punct == Some(',')
                    || t.punct == Some('(')
                    || t.punct == Some(':')
                    || matches!(
                        w,
                        "and"
                            | "or"
                            | "our"
                            | "the"
                            | "namely"
                            | "und"
                            | "oder"
                            | "et"
                            | "ou"
                            | "y"
                            | "o"
                            | "wie"
                            | "comme"
                            | "como"
                            | "die"
                            | "der"
                            | "das"
                            | "la"
                            | "le"
                            | "el"
                            // ("notamment la société Datalys": a plain word for a company.)
                            | "societe"
                            | "entreprise"
                            | "company"
                            | "firm"
                            | "empresa"
                            | "sociedad"
                            | "firma"
                            | "unternehmen"
                    )
                    || names.iter().any(|o| o.start <= p && p < o.end)
                {
                    k -= 1;
                    continue;
                }
                break;
            }
        }
        // An unknown company that acts "on our behalf" is a service provider.
        // ("we use Postino, to whom we send …", "nutzen wir CleverReach": a company we use works
        // for us.)
        let used = s.cues.iter().any(|m| {
            m.value == Cue::Verb(VerbClass::Engage)
                && ["use", "nutz", "verwend", "utilis", "utiliz", "usamos", "employ", "engage", "beauftrag"]
                    .iter()
                    .any(|x| word_at(s, m.start).starts_with(x))
                && (m.end == n.start
                    || m.end + 1 == n.start && s.cues.iter().any(|f| f.value == Cue::FirstPerson && f.start == m.end))
        }) && s.has(Cue::FirstPerson)
            // (Not the maker of a product we use: "we use the LinkedIn Insight Tag".)
            && !s.toks.get(n.end).is_some_and(|t| t.is_word() && t.cap);
        let kind = kind.unwrap_or(
            if n.default_kind == RecipientKind::ThirdParty && (s.has(Cue::OnBehalf) || s.lead_on_behalf || used) {
                RecipientKind::ServiceProvider
            } else {
                n.default_kind
            },
        );
        // Every mention is kept with its position (a label "Advertising partners:" before the
        // verb and "with advertising partners" after it are different roles); statements
        // de-duplicate their recipients.
        out.push((pos, Recipient { name: Some(n.name.clone()), kind }));
    }
    for (ei, m) in ents.recips.iter().enumerate() {
        if consumed[ei]
            || m.start < a
            || m.end > b
            || !keep(m.start)
            || made_to_share(s, m.end)
            || conversation_partner(s, ents, m.start)
            || data_relative_verb(s, ents, m.start).is_some()
        {
            continue;
        }
        // "the rewards partner you choose, such as an airline or hotel chain": examples of a
        // recipient noun are that recipient, not others.
        if example_of_other(s, ents, m) {
            continue;
        }
        // "other users' public links": whose links, not who receives them.
        // ("the Council's allotments officer": its staff receive for it.)
        let staff = (m.end..(m.end + 3).min(s.toks.len()))
            .take_while(|&k| s.toks[k].is_word())
            .any(|k| lexicon::STAFF_NOUNS.contains(&word_at(s, k)));
        if possessive_at(s, m.end - 1) && s.toks.get(m.end).is_some_and(|t| t.is_word()) && !staff {
            continue;
        }
        // A noun inside a name span was handled above.
        if names.iter().any(|n| n.start <= m.start && m.end <= n.end) {
            continue;
        }
        // "el anunciante (la agencia inmobiliaria o el particular …)": a recipient noun followed
        // by a bracket naming a more specific one is said once, by the bracket's.
        // ("Los proveedores que prestan los servicios que usted ha contratado (compañías aéreas,
        // …)": after the noun's relative clause too.)
        let bracket = if s.toks.get(m.end).is_some_and(|t| t.punct == Some('(')) {
            Some(m.end)
        } else if matches!(word_at(s, m.end), "that" | "who" | "which" | "die" | "qui" | "que") {
            (m.end + 1..(m.end + 14).min(s.toks.len()))
                .take_while(|&k| s.toks[k].is_word() || s.toks[k].punct == Some('('))
                .find(|&k| s.toks[k].punct == Some('('))
                .filter(|&k| !ents.recips.iter().any(|r| r.start > m.end && r.start < k))
        } else {
            None
        };
        if let Some(o) = bracket {
            if ents
                .recips
                .iter()
                .any(|r| r.start > o && r.start <= o + 3 && r.value != m.value && r.value != RecipientKind::ThirdParty)
            {
                continue;
            }
        }
        // "the companies that run our servers, deliver our emails and handle billing": generic
        // recipients described by a relative clause about serving us are service providers.
        let mut kind = m.value;
        // "our weather data provider, which processes it on our behalf" is a processor.
        // ("stored for us by our booking platform": a partner that keeps data for us, too.)
        if kind == RecipientKind::DataBroker
            && s.cues.iter().any(|c| c.value == Cue::OnBehalf && c.start >= m.end && c.start <= m.end + 10)
            || kind == RecipientKind::BusinessPartner
                && s.cues.iter().any(|c| c.value == Cue::OnBehalf && c.end <= m.start && c.end + 4 >= m.start)
        {
            kind = RecipientKind::ServiceProvider;
        }
        if kind == RecipientKind::ThirdParty
            && matches!(word_at(s, m.end), "that" | "who" | "which" | "die" | "qui" | "que")
        {
            let window = m.end..(m.end + 20).min(s.toks.len());
            let serves_us = ents.purposes.iter().any(|p| p.value == Purpose::Service && window.contains(&p.start))
                || s.cues.iter().any(|c| c.value == Cue::OnBehalf && window.contains(&c.start));
            if serves_us {
                kind = RecipientKind::ServiceProvider;
            }
        }
        out.push((m.start, Recipient { name: None, kind }));
    }
    out.sort_by_key(|(p, _)| *p);
    // "Meta Platforms, Inc. and its other companies": the named company heads a group.
    for m in ents.recips.iter().filter(|m| {
        m.value == RecipientKind::Affiliate
            && matches!(word_at(s, m.start), "its" | "their" | "seine" | "ihre" | "ses" | "sus")
    }) {
        if let Some(n) = names.iter().filter(|n| n.end <= m.start && m.start - n.end <= 6).max_by_key(|n| n.end) {
            for (_, r) in
                out.iter_mut().filter(|(p, r)| *p == n.start && r.name.is_some() && r.kind == RecipientKind::ThirdParty)
            {
                r.kind = RecipientKind::Affiliate;
            }
        }
    }
    out
}

fn clauses(s: &Sentence) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Where clause-break cues start (usually nowhere): one pass over the cues, not one per token.
    // ("… which contain the device model but no browsing information, are disclosed": "but no"
    // opens a negated noun phrase, no clause of its own.)
    let breaks: Vec<usize> = s
        .cues
        .iter()
        .filter(|m| {
            m.value == Cue::ClauseBreak
                && !(word_at(s, m.start) == "but"
                    && matches!(word_at(s, m.end), "no" | "never" | "not")
                    && !s
                        .cues
                        .iter()
                        .any(|x| matches!(x.value, Cue::Verb(_)) && x.start > m.end && x.start <= m.end + 3))
        })
        .map(|m| m.start)
        .collect();
    // "We rely on your consent to process your Personal Data to participate in features such as
    // syncing your contact list to your account, providing biometric data, … or connecting to a
    // third-party platform": where no sharing verb comes before "such as", each gerund of the list
    // is an activity of its own, and a recipient in one item takes no data from another. (After
    // a sharing verb, "for purposes such as providing …, improving …" stay with that verb.)
    // (A gerund with an object or a preposition after it: "advertising and improving" are nouns.)
    let gerund = |k: usize| {
        let w = word_at(s, k);
        w.len() > 4
            && w.ends_with("ing")
            && s.toks.get(k).is_some_and(|t| t.is_word() && !t.cap && t.punct.is_none())
            && s.toks.get(k + 1).is_some_and(|t| t.is_word() && t.punct.is_none())
            && !matches!(word_at(s, k + 1), "and" | "or")
    };
    let gerund_list = s.cues.iter().find(|m| m.value == Cue::Examples).is_some_and(|ex| {
        gerund(ex.end) && !s.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Share) && m.start < ex.start)
    });
    let list_from = s.cues.iter().find(|m| m.value == Cue::Examples).map_or(usize::MAX, |ex| ex.end);
    let gerund_item = |i: usize| {
        gerund_list
            && i > list_from
            && gerund(i)
            && (s.toks[i - 1].punct == Some(',') || matches!(word_at(s, i - 1), "or" | "and"))
    };
    let mut a = 0;
    for (i, t) in s.toks.iter().enumerate() {
        // "…, and we do not sell your data": a new clause with its own subject.
        // ("We do not sell your personal data and we do not disclose it to advertisers": without
        // the comma too, when a verb came before and a negation, modal or verb follows.)
        let and_we = i > 0
            && matches!(word_at(s, i), "and" | "und" | "et" | "y")
            && matches!(word_at(s, i + 1), "we" | "wir" | "nous" | "nosotros")
            && (s.toks[i - 1].punct == Some(',')
                || s.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && m.start >= a && m.start < i)
                    && s.cues.iter().any(|m| {
                        (m.start == i + 2 || m.start == i + 3)
                            && matches!(m.value, Cue::Negation | Cue::Modal | Cue::Verb(_) | Cue::Future)
                    }));
        // "… we may supply your Personal Data to credit reference agencies (CRAs) and they will
        // give us information about you, such as your financial history": what they give us is
        // another clause's data, coming to us.
        let and_they_give_us = i > 0
            && word_at(s, i) == "and"
            && word_at(s, i + 1) == "they"
            && s.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && m.start >= a && m.start < i)
            && (i + 2..(i + 6).min(s.toks.len())).any(|k| {
                matches!(word_at(s, k), "give" | "provide" | "send" | "share" | "tell" | "return")
                    && word_at(s, k + 1) == "us"
            });
        let and_we = and_we || and_they_give_us;
        // "Les données de votre carte restent traitées par notre prestataire de paiement, et les
        // informations de passeport ne sont communiquées qu'aux autorités": after a comma, "and"
        // with an article opens a new subject when verbs come before and after it.
        let and_the = i > 1
            && s.toks[i - 1].punct == Some(',')
            && matches!(word_at(s, i), "and" | "et" | "und" | "y")
            && matches!(
                word_at(s, i + 1),
                "the" | "les" | "la" | "le" | "l" | "die" | "der" | "das" | "los" | "las" | "el"
            )
            && s.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && m.start >= a && m.start < i)
            && s.cues.iter().any(|m| {
                // (A finite verb: "… ne sont communiquées", "… are sent"; not a participle after
                // a noun: "…, and the public username shown next to each contribution".)
                matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                    && m.start > i + 2
                    && m.start <= i + 10
                    && (matches!(
                        word_at(s, m.start - 1),
                        "is" | "are"
                            | "will"
                            | "be"
                            | "sont"
                            | "est"
                            | "seront"
                            | "sera"
                            | "werden"
                            | "wird"
                            | "son"
                            | "es"
                            | "seran"
                            | "se"
                    ) || s.cues.iter().any(|c| {
                        matches!(c.value, Cue::Negation | Cue::Modal | Cue::Future)
                            && c.end + 1 >= m.start
                            && c.start < m.start
                    }))
            });
        // "Seules ces informations lui sont communiquées : votre certificat médical … ne fait
        // l'objet d'aucune transmission": after a colon, a clause of its own that negates its
        // own sharing verb (not a list of what the verb before it shares).
        let colon_clause = t.punct == Some(':') && {
            let verb_at = |lo: usize, hi: usize| {
                s.cues.iter().any(|m| m.start >= lo && m.start < hi && matches!(m.value, Cue::Verb(VerbClass::Share)))
            };
            let neg_after = s.cues.iter().any(|m| m.value == Cue::Negation && m.start > i);
            verb_at(a, i)
                && verb_at(i + 1, s.toks.len())
                && neg_after
                && !s.cues.iter().any(|m| m.value == Cue::Negation && m.start < i && m.start >= a)
        };
        let brk = t.punct == Some(';') || breaks.contains(&i) || and_we || and_the || colon_clause || gerund_item(i);
        if brk && i > a {
            out.push((a, i));
            a = i;
        }
    }
    out.push((a, s.toks.len()));
    // "… will transfer: account information; the genetic data …; your order history": a clause
    // without a verb continues the one before it.
    // A clause with a subject of its own ("; we strip health details …") stands alone.
    let has_verb = |c: &(usize, usize)| {
        gerund_item(c.0)
            || s.cues.iter().any(|m| {
                m.start >= c.0
                    && m.start < c.1
                    && (matches!(m.value, Cue::Verb(_) | Cue::FirstPerson | Cue::ThirdPerson)
                        || m.value == Cue::SecondPerson
                            && m.start <= c.0 + 1
                            && matches!(word_at(s, m.start), "you" | "vous" | "sie" | "du" | "tu" | "usted"))
            })
            || (c.0..c.1).any(|k| {
                matches!(
                    word_at(s, k),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "ist"
                        | "sind"
                        | "war"
                        | "hat"
                        | "haben"
                        | "est"
                        | "sont"
                        | "ont"
                        | "es"
                        | "son"
                        | "ha"
                        | "han"
                )
            })
    };
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for c in out {
        match merged.last_mut() {
            Some(last) if !has_verb(&c) => last.1 = c.1,
            _ => merged.push(c),
        }
    }
    merged
}

/// Whether negation `m` of the verb at `verb` states no promise: it sits with the verb inside a
/// condition ("If the required personal data is not provided, Booking.com cannot finalise …":
/// what happens otherwise), or it is the user's way of sharing ("… experiences you choose to
/// share without disclosing your identity"). Either way the verb states no practice at all.
fn aside_negation(s: &Sentence, clause: (usize, usize), verb: usize, m: &Match<Cue>) -> bool {
    if m.value != Cue::Negation || m.start >= verb || m.start < clause.0 {
        return false;
    }
    // The condition ends at a comma (or a table cell's dash).
    let stop = |k: usize| matches!(s.toks[k].punct, Some(',' | ':' | '\u{2014}' | '\u{2013}'));
    let from = (clause.0..m.start).rev().find(|&k| stop(k)).map_or(clause.0, |c| c + 1);
    let conditional = (from..m.start).any(|k| matches!(word_at(s, k), "if" | "wenn" | "falls" | "sofern" | "si"))
        && !(m.end..verb).any(stop);
    let users_without =
        matches!(word_at(s, m.start), "without" | "ohne" | "sans" | "sin") && user_shares_before(s, m.start);
    // "If you are under the age of 18, please do not provide any personal information": a request
    // to the reader.
    let request = (m.start.saturating_sub(2)..m.start).any(|k| matches!(word_at(s, k), "please" | "bitte" | "merci"))
        // "We encourage you to use a unique password and to not share it with others."
        || (m.start.saturating_sub(22)..m.start).any(|k| {
            matches!(word_at(s, k), "encourage" | "recommend" | "advise" | "urge" | "ask")
                && matches!(word_at(s, k + 1), "you" | "that")
        });
    // "We could not provide our services … without transferring your personal information": a
    // "without" after another negation makes the transfer necessary, not excluded.
    let double = word_at(s, m.start) == "without"
        && s.cues.iter().any(|n| n.value == Cue::Negation && n.start >= clause.0 && n.start < m.start);
    // "Reddit does not control how third-party services collect data": the negation is the
    // publisher's control; the clause after "how" says what others do, no promise of ours.
    let governed = (m.end..verb).any(|k| {
        lexicon::NO_CONTROL_VERBS.contains(&word_at(s, k))
            && (k + 1..verb).any(|j| lexicon::WH_WORDS.contains(&word_at(s, j)))
    });
    conditional || users_without || request || double || governed
}

/// Whether the data mention starting at `start` is negated as a noun phrase, not through a verb:
/// "crash reports, which contain the device model but no browsing information", "device model
/// (never your browsing)". The negation stands right before the data (a determiner or two
/// between) with no verb of its own.
/// Whether the data at `start` is the object of a negated verb ("… Plausible Analytics, which
/// does not use cookies", "ne dépose aucun cookie"): a list item's data that is said not to be
/// taken.
fn negated_verb_object(s: &Sentence, start: usize) -> bool {
    s.cues.iter().any(|v| {
        matches!(v.value, Cue::Verb(_))
            && v.start < start
            && start <= v.end + 2
            && (v.end..start).all(|k| s.toks[k].is_word())
            && s.cues.iter().any(|n| {
                n.value == Cue::Negation
                    && n.end <= v.start
                    && v.start - n.end <= 1
                    && word_at(s, v.start.saturating_sub(1)) != "to"
                    // ("any request not to receive marketing email": a wish, not a refusal.)
                    && (word_at(s, n.start) != "not"
                        || n.start > 0
                            && matches!(
                                word_at(s, n.start - 1),
                                "does" | "do" | "did" | "will" | "would" | "can" | "may" | "is" | "are" | "was" | "were"
                                    | "should" | "shall"
                            ))
            })
    })
}

fn negated_noun_phrase(s: &Sentence, start: usize) -> bool {
    s.cues.iter().any(|n| {
        n.value == Cue::Negation
            && n.end <= start
            && start - n.end <= 2
            && matches!(
                word_at(s, n.start),
                "no" | "never"
                    | "not"
                    | "nor"
                    | "kein"
                    | "keine"
                    | "keinen"
                    | "keiner"
                    | "jamais"
                    | "aucun"
                    | "aucune"
                    | "nunca"
                    | "ningun"
                    | "ninguna"
                    | "ningún"
            )
            && (n.end..start).all(|k| s.toks[k].is_word())
            && !s.cues.iter().any(|x| matches!(x.value, Cue::Verb(_)) && x.start >= n.start && x.start <= start + 1)
    })
}

/// Whether negation `m`, before the verb at `verb`, only negates the noun phrase it opens inside
/// an aside ("Crash reports, which contain … but no browsing information, are disclosed to …";
/// "(never your browsing)"): the aside closes before the verb.
fn aside_noun_negation(s: &Sentence, m: &Match<Cue>, verb: usize) -> bool {
    if m.start >= verb || !(m.end..(m.end + 3).min(verb)).any(|k| negated_noun_phrase(s, k)) {
        return false;
    }
    let closes = (m.end..verb).any(|k| matches!(s.toks[k].punct, Some(',' | ')')));
    let opened = (m.start.saturating_sub(10)..m.start)
        .rev()
        .take_while(|&k| !matches!(s.toks[k].punct, Some(',' | ';' | ':')))
        .any(|k| matches!(word_at(s, k), "but" | "which" | "that" | "who") || s.toks[k].punct == Some('('))
        || m.start > 0 && s.toks[m.start - 1].punct == Some('(');
    closes && opened
}

fn negated_before(s: &Sentence, lang: Lang, clause: (usize, usize), verb: usize) -> bool {
    // "No, we continue to share …": an answer, not a negation of the verb.
    let interjection = |m: &Match<Cue>| {
        m.end - m.start == 1
            && matches!(word_at(s, m.start), "no" | "nein" | "non")
            && s.toks.get(m.end).is_some_and(|t| matches!(t.punct, Some(',' | '.' | '!' | ':' | ';')))
    };
    // "Customers who do not wish their information to be transferred may …": the user's wish.
    // ("You don't have to post or upload personal data": what the reader need not do.)
    let wish = |m: &Match<Cue>| {
        (m.end..verb.min(m.end + 3)).any(|k| {
            lexicon::WISH_WORDS.contains(&word_at(s, k))
                || matches!(word_at(s, k), "like" | "agree" | "consent")
                || matches!(word_at(s, k), "have" | "need" | "required" | "obliged" | "obligated")
                    && (m.start.saturating_sub(2)..m.start).any(|j| word_at(s, j) == "you")
        })
    };
    // "When you choose to earn airline miles instead of Marlowe points, we share …": "instead
    // of" / "rather than" negates what follows it, not a verb further on.
    let phrase_negation = |m: &Match<Cue>| {
        m.end - m.start == 2
            && matches!((word_at(s, m.start), word_at(s, m.start + 1)), ("instead", "of") | ("rather", "than"))
            && verb > m.end + 1
    };
    // "Chaque commerçant ne reçoit que l'historique de vos achats", "no compartimos más que tu
    // nombre": "ne … que", "no … más que / sino" mean "only", a limit and not a denial.
    let restrictive = |m: &Match<Cue>| {
        matches!(word_at(s, m.start), "ne" | "n" | "no")
            && m.start < verb
            && (verb + 1..(verb + 7).min(s.toks.len()))
                .take_while(|&k| {
                    !matches!(word_at(s, k), "pas" | "jamais" | "plus" | "aucun" | "aucune" | "rien" | "nunca" | "nada")
                        && !matches!(s.toks[k].punct, Some(',' | ';' | ':'))
                })
                .any(|k| {
                    // "only" a thing or a purpose ("que l'historique", "que pour l'organisation"), or only
                    // after or once something happened ("n'est communiqué à une famille qu'après
                    // acceptation", "qu'une fois la réservation acceptée"): a condition, not a denial.
                    let object = matches!(
                        word_at(s, k + 1),
                        "le" | "la"
                            | "les"
                            | "l"
                            | "des"
                            | "du"
                            | "vos"
                            | "votre"
                            | "un"
                            | "une"
                            | "ces"
                            | "cette"
                            | "ce"
                            | "el"
                            | "los"
                            | "las"
                            | "tu"
                            | "tus"
                            | "su"
                            | "sus"
                            | "pour"
                            | "para"
                            | "apres"
                            | "lorsque"
                            | "despues"
                            | "cuando"
                            // ("ne sont communiquées qu'aux autorités": only to them.)
                            | "aux"
                            | "au"
                            | "a"
                            | "al"
                    );
                    object
                        && match word_at(s, k) {
                            "que" | "qu" => lang == Lang::Fr || word_at(s, k - 1) == "mas",
                            "sino" => lang == Lang::Es,
                            _ => false,
                        }
                })
    };
    let neg = |m: &&Match<Cue>| {
        m.value == Cue::Negation
            && m.start >= clause.0
            && m.end <= clause.1
            && !interjection(m)
            && !wish(m)
            && !phrase_negation(m)
            && !aside_negation(s, clause, verb, m)
            && !aside_noun_negation(s, m, verb)
            && !restrictive(m)
    };
    match lang {
        // German places "nicht" after the verb; French "ne … pas" brackets it. Not German
        // negations: an attributive "nicht" ("nicht vertragsgemäßes Verhalten") and one inside a
        // relative clause after the verb (", die … nicht beglichen wurden").
        // ("Wird ein Fahrzeug … nicht zurückgegeben, geben wir …": the negation of a clause before
        // the comma, and the main verb after it.)
        Lang::De => s
            .cues
            .iter()
            .filter(neg)
            .filter(|m| {
                !(m.start < verb
                    && (m.end..verb)
                        .any(|k| s.toks[k].punct == Some(',') && matches!(cue_at(s, k + 1), Some(Cue::Verb(_)))))
            })
            .any(|m| {
                let attributive = word_at(s, m.start) == "nicht"
                    && s.toks.get(m.end).is_some_and(|t| {
                        t.is_word()
                            && !t.cap
                            && !lexicon::lexicon(Lang::De).is_stopword(word_at(s, m.end))
                            && !matches!(
                                word_at(s, m.end),
                                "an" | "mit"
                                    | "zu"
                                    | "fur"
                                    | "ohne"
                                    | "in"
                                    | "bei"
                                    | "von"
                                    | "aus"
                                    | "nach"
                                    | "uber"
                                    | "unter"
                                    | "gegenuber"
                                    | "zum"
                                    | "zur"
                                    | "im"
                                    | "ins"
                                    | "beim"
                                    | "vom"
                            )
                    })
                    && s.toks.get(m.end + 1).is_some_and(|t| t.is_word() && t.cap);
                let in_relative = (verb..m.start).rev().find(|&k| s.toks[k].punct == Some(',')).is_some_and(|c| {
                    matches!(
                        word_at(s, c + 1),
                        "die" | "der" | "das" | "denen" | "deren" | "welche" | "welcher" | "welches"
                    )
                });
                // "(sofern Sie nicht widersprochen haben)": a bracketed condition after the verb.
                let bracketed = m.start > verb
                    && (verb..m.start)
                        .rev()
                        .find(|&k| matches!(s.toks[k].punct, Some('(' | ')')))
                        .is_some_and(|k| s.toks[k].punct == Some('('));
                // "Diese erhalten Ihre Kaufhistorie, in der Regel ohne Ihren Namen": "ohne" after
                // the verb leaves a thing out, it does not deny the verb.
                let without_after = m.start > verb && word_at(s, m.start) == "ohne";
                !attributive && !in_relative && !bracketed && !without_after
            }),
        // "We do not tell them … or share any information": a verb coordinated with "or" keeps
        // the negation of the first.
        // ("Even if your country is not Japan, your information may be shared …", "Si vous ne
        // vous y opposez pas, nous …": a negation inside a condition before the comma is the
        // condition's.)
        _ => s.cues.iter().filter(neg).filter(|m| !negated_condition(s, clause, m, verb)).any(|m| {
            m.start < verb && verb - m.start <= 7
                // "No cookie on our site is used to pass …": a negated subject opening the clause.
                || m.start == clause.0
                    && matches!(word_at(s, m.start), "no" | "none" | "neither")
                    && m.start < verb
                    && verb - m.start <= 12
                    && !(m.end..verb).any(|k| matches!(s.toks[k].punct, Some(',' | ';' | ':')))
                || lang == Lang::Fr && m.start > verb && m.start - verb <= 2
                // "we do not allow advertising networks or data brokers to place tracking cookies":
                // what we do not permit others to do.
                || lang == Lang::En
                    && m.start < verb
                    && verb - m.start <= 14
                    && matches!(word_at(s, m.end), "allow" | "permit" | "let" | "authorize" | "authorise")
                    && word_at(s, verb - 1) == "to"
                    && !(m.end..verb).any(|k| matches!(s.toks[k].punct, Some(';' | ':' | '.')))
                || m.start < verb
                    && verb - m.start <= 16
                    && verb > 0
                    && (matches!(word_at(s, verb - 1), "or" | "nor")
                        // ("We will never use your health information for marketing, sell it, or
                        // share it with advertisers": the middle verb of a list that "or" closes.)
                        // (Not a list of means after "by": "in a form that does not enable the
                        // identification of a user, by posting, disseminating … or making
                        // available such information to …" negates none of them.)
                        || s.toks[verb - 1].punct == Some(',')
                            && s.cues.iter().any(|c| matches!(c.value, Cue::Verb(_)) && c.start >= m.end && c.start <= m.end + 1)
                            && !(m.end..verb).any(|k| word_at(s, k) == "by")
                            && (verb + 1..clause.1.min(verb + 8)).any(|k| {
                                matches!(word_at(s, k), "or" | "nor")
                                    && s.cues.iter().any(|c| c.start == k + 1 && matches!(c.value, Cue::Verb(_)))
                            }))
                    && !(m.end..verb).any(|k| {
                        s.toks[k].punct == Some(';')
                            || matches!(
                                word_at(s, k),
                                "how" | "way" | "what" | "whether" | "comment" | "wie" | "como" | "cómo"
                            )
                    })
        }),
    }
}

/// Whether the negation `m` before `verb` lies in a condition that a comma closes before the
/// verb ("if you do not opt out, we share …").
fn negated_condition(s: &Sentence, clause: (usize, usize), m: &Match<Cue>, verb: usize) -> bool {
    m.start < verb
        && (m.end..verb).any(|k| s.toks[k].punct == Some(','))
        && (clause.0..m.start)
            .rev()
            .take_while(|&k| !matches!(s.toks[k].punct, Some(',' | ';' | ':')))
            .any(|k| lexicon::CONDITION_WORDS.contains(&word_at(s, k)))
}

/// Whether tokens `start..end`, capitalised and not opening the sentence, lie inside a run of
/// capitalised words for which `is` holds ("Banque" in "Banque Clairvie").
fn inside_name(s: &Sentence, start: usize, end: usize, is: impl Fn(&str) -> bool) -> bool {
    if start == 0 || !(start..end).all(|k| s.toks[k].is_word() && s.toks[k].cap) {
        return false;
    }
    let mut lo = start;
    while lo > 0 && s.toks[lo - 1].is_word() && s.toks[lo - 1].cap {
        lo -= 1;
    }
    let mut hi = end;
    while hi < s.toks.len() && s.toks[hi].is_word() && s.toks[hi].cap {
        hi += 1;
    }
    let text = |x: usize, y: usize| &s.text[s.toks[x].orig.0 as usize..s.toks[y - 1].orig.1 as usize];
    // The whole run, or the rest of it on one side ("Clairvie" of "Banque Clairvie").
    // ("Dermacare Partners Privacy Policy": the words before the noun, inside a longer run.)
    hi - lo > end - start && (is(text(lo, hi)) || lo == start && is(text(end, hi)) || lo < start && is(text(lo, start)))
}

/// Whether the normalised name `n` is the publisher `brand` (normalised; from the page's host or
/// title): the same company, or the same letters run together ("Wayfarer Stays" on
/// wayfarerstays.com, "Caribou Coffee" on cariboucoffee.com), or the brand
/// with a product ending ("Snapchat" on a page of Snap).
fn is_brand(n: &str, brand: &str) -> bool {
    if lexicon::same_company(n, brand) {
        return true;
    }
    // "Sci-News.com", "Washingtonian.com": the site's own address.
    let n = ["com", "org", "net", "co", "uk", "de", "fr", "es", "io"]
        .iter()
        .fold(n, |n, tld| n.strip_suffix(tld).and_then(|r| r.strip_suffix(' ')).unwrap_or(n));
    if n.is_empty() {
        return false;
    }
    let joined: String = n.chars().filter(|c| c.is_alphanumeric()).collect();
    let b: String = brand.chars().filter(|c| c.is_alphanumeric()).collect();
    if joined == b {
        return true;
    }
    // "Snapchat" on a page of Snap: the brand's own product.
    if b.len() >= 4
        && !n.contains(' ')
        && joined.strip_prefix(b.as_str()).is_some_and(|rest| lexicon::PRODUCT_ENDINGS.contains(&rest))
    {
        return true;
    }
    // (The name's words only when a test below needs them.)
    let words = || -> Vec<String> {
        crate::text::normalize_phrase(n).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
    };
    // "Barnes & Noble" on barnesandnoble.com.
    let b_no_and = b.replace("and", "");
    joined == b_no_and && words().len() >= 2
        || joined.len() >= 6 && b.len() >= 6 && n.contains(' ') && b.starts_with(&joined)
        || b.len() >= 6 && {
            let words = words();
            words.len() >= 2 && abbreviates(&b, &words)
                // "Food Allergy Research & Education" on foodallergy.org: the name's first words.
                // ("Acme Bank Europe" on acmebank.com is another company of the group.)
                || words.len() >= 3
                    && (2..words.len()).any(|k| {
                        words[..k].concat() == b
                            && !words[k..].iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "europe" | "uk" | "ireland" | "international" | "us" | "usa" | "america"
                                        | "americas" | "asia" | "pacific" | "emea" | "global" | "germany"
                                        | "deutschland" | "france" | "spain" | "espana" | "canada" | "australia"
                                        | "india" | "japan" | "china" | "holdings" | "group" | "foundation"
                                )
                            })
                    })
        }
}

/// Whether `host` is made of prefixes of `words` in order ("velomagsud" from "velo magazine
/// sud"); every word gives its first three letters or more ("Tasklane Europe" is a group company
/// on tasklane.com, not the publisher).
fn abbreviates(host: &str, words: &[String]) -> bool {
    let Some((w, rest)) = words.split_first() else {
        return host.is_empty();
    };
    let common = w.chars().zip(host.chars()).take_while(|(a, b)| a == b).count();
    let min = w.chars().count().min(3);
    (min.max(1)..=common).rev().any(|k| {
        let cut = host.char_indices().nth(k).map_or(host.len(), |(i, _)| i);
        abbreviates(&host[cut..], rest)
    })
}

/// Rows of a cookie table ("_fbp — Meta Platforms Ireland Ltd — shows our ads on Facebook — 90
/// days"; an HTML table row reads the same): a third party that sets a cookie on the site
/// collects the visitor's device identifiers. The provider is the row's second field; rows of
/// the publisher's own cookies and rows that say nothing is transferred are skipped.
fn cookie_table_rows(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    has_statement: &[bool],
    out: &mut Vec<Statement>,
) {
    let title_cookie = ctx.doc.meta.title.as_deref().is_some_and(|t| t.to_lowercase().contains("cookie"));
    let orgs = lexicon::known_orgs();
    // Whether a heading (by block index) speaks of cookies: 0 unknown, 1 no, 2 yes.
    let mut heading_cookie: Vec<u8> = Vec::new();
    for (si, s) in sents.iter().enumerate() {
        if s.heading
            || has_statement[si]
            || !matches!(ctx.doc.blocks[s.block].kind, BlockKind::ListItem | BlockKind::Paragraph)
        {
            continue;
        }
        let mut section_cookie = || match ctx.doc.blocks[s.block].section {
            None => false,
            Some(h) => {
                if heading_cookie.is_empty() {
                    heading_cookie = vec![0; ctx.doc.blocks.len()];
                }
                if heading_cookie[h] == 0 {
                    heading_cookie[h] = if ctx.doc.blocks[h].text.to_lowercase().contains("cookie") { 2 } else { 1 };
                }
                heading_cookie[h] == 2
            }
        };
        if !(title_cookie || section_cookie()) {
            continue;
        }
        let seps: Vec<usize> = s
            .toks
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.punct, Some('\u{2014}' | '\u{2013}' | '-' | '|')))
            .map(|(i, _)| i)
            .collect();
        if seps.len() < 2 || seps[0] == 0 || seps[0] > 8 {
            continue;
        }
        // "Google Analytics (_ga) | Provider: Google | Category: Analytics | …": a labelled field.
        let labelled = matches!(word_at(s, seps[0] + 1), "provider" | "anbieter" | "fournisseur" | "proveedor")
            && s.toks.get(seps[0] + 2).is_some_and(|t| t.punct == Some(':'));
        // "Matomo, on our own servers (no transfer to third parties)".
        if s.cues.iter().any(|m| m.value == Cue::Negation)
            || s.has(Cue::FirstPerson)
                && s.cues.iter().filter(|m| m.value == Cue::FirstPerson).all(|m| m.start > seps[0] && m.start < seps[1])
        {
            continue;
        }
        // A header row ("Name — Provider — Purpose — Expiry") has no cookie names or durations.
        if !s.text.contains(|c: char| c.is_ascii_digit() || c == '_') {
            continue;
        }
        let (f0, f1) = (seps[0] + 1 + if labelled { 2 } else { 0 }, seps[1]);
        if f0 >= f1 || !s.toks[f0].is_word() || !s.toks[f0].cap {
            continue;
        }
        // The provider: a known organisation at the field's start, else its capitalised words.
        let first = word_at(s, f0);
        let known = orgs
            .starting_with(first)
            .find(|(w, _, _)| f0 + w.len() <= f1 && w.iter().enumerate().all(|(k, x)| word_at(s, f0 + k) == x));
        let mut e = f0;
        while e < f1
            && s.toks[e].is_word()
            && (s.toks[e].cap
                || lexicon::LEGAL_SUFFIXES.contains(&word_at(s, e))
                || s.toks[e].orig.0 > 0 && s.text[..s.toks[e].orig.0 as usize].ends_with('&'))
        {
            e += 1;
        }
        // German capitalises every noun: an unknown provider needs a company form or two words.
        if known.is_none()
            && ctx.lang == Lang::De
            && e - f0 < 2
            && !(f0..f1).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k)))
        {
            continue;
        }
        let (name, mut kind) = match known {
            Some((_, n, k)) => ((*n).to_string(), *k),
            None => (
                s.text[s.toks[f0].orig.0 as usize..s.toks[e - 1].orig.1 as usize].to_string(),
                RecipientKind::ThirdParty,
            ),
        };
        let norm = crate::report::normalize_name(&name);
        if ctx.brand.as_deref().is_some_and(|b| is_brand(&norm, b) || norm.split(' ').next() == b.split(' ').next())
            || lex.is_not_name(first)
        {
            continue;
        }
        let ents = cached(cache, sents, si, lex);
        let mut purposes: Vec<Purpose> = ents.purposes.iter().map(|m| m.value).collect();
        if purposes.is_empty() {
            if let Some(h) = ctx.doc.blocks[s.block].section.and_then(|h| first_sentence_of_block(sents, h)) {
                purposes.extend(entities(h, lex).purposes.iter().map(|m| m.value));
            }
        }
        if kind == RecipientKind::ThirdParty {
            if purposes.contains(&Purpose::Advertising) {
                kind = RecipientKind::Advertiser;
            } else if purposes.contains(&Purpose::Analytics) {
                kind = RecipientKind::Analytics;
            }
        }
        let mut data = vec![DataType::Device];
        data.extend(ents.data.iter().map(|m| m.value).filter(|d| {
            matches!(d, DataType::Browsing | DataType::Usage | DataType::PreciseLocation | DataType::CoarseLocation)
        }));
        out.push(finish(Statement {
            data,
            recipients: vec![Recipient { name: Some(name), kind }],
            purposes,
            negated: false,
            evidence: s.text.clone(),
            section: ctx.doc.section_of(s.block).map(str::to_string),
            context: None,
            framing: framing_of(sents, si, ctx),
            modality: Modality::Will,
            opt_out: None,
            confidence: 0.65,
            deidentified: false,
            nearby_data: Vec::new(),
            sentence: si,
        }));
    }
}

/// The text (a page's title) says what a change notice says: "… - what changes for your data".
pub fn says_update(text: &str, lex: &Lexicon) -> bool {
    cell_sentence(text, lex).has(Cue::UpdateNotice)
}

/// A tokenised piece of text (a table cell) with its cues, read like a sentence.
fn cell_sentence(text: &str, lex: &Lexicon) -> Sentence {
    let (lower, toks) = tokenize(text);
    let hashes = lexicon::token_hashes(&toks, &lower);
    let mut s = Sentence {
        text: text.to_string(),
        block: 0,
        heading: false,
        lead: None,
        lead_on_behalf: false,
        lower,
        toks,
        hashes,
        cues: Vec::new(),
    };
    lex.cues.find_all_hashed(&s.toks, &s.lower, &s.hashes, &mut s.cues);
    s
}

/// Whether the words after a verb ending at `end` make the user or the publisher its receiver
/// ("send you", "provide you with", "give us", "send your information to us").
fn toward_user_or_us(s: &Sentence, end: usize) -> bool {
    let n = s.toks.len();
    (end..(end + 2).min(n))
        .any(|k| matches!(word_at(s, k), "you" | "vous" | "usted" | "ihnen" | "dir" | "us" | "uns" | "nous"))
        || (end + 1..(end + 6).min(n)).any(|k| word_at(s, k) == "us" && word_at(s, k - 1) == "to")
}

/// Whether a table cell or caption says data comes to the publisher and never says it goes out:
/// "… will send your information to us", "We receive inferences from …", or, with `caption`,
/// a table of "sources".
fn incoming(s: &Sentence, caption: bool) -> bool {
    let outgoing = s
        .cues
        .iter()
        .any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)) && !toward_user_or_us(s, m.end));
    if outgoing {
        return false;
    }
    // ("So they can provide their services to us": services, not data, come to us.)
    let to_us = s.cues.iter().any(|m| {
        matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
            && toward_user_or_us(s, m.end)
            && (m.end..(m.end + 6).min(s.toks.len())).any(|k| matches!(word_at(s, k), "us" | "uns" | "nous"))
            && !(m.end..(m.end + 6).min(s.toks.len())).any(|k| matches!(word_at(s, k), "service" | "services"))
    });
    // ("… everyone who receives personal information from us": from us is outgoing.)
    let received = s.cues.iter().any(|m| {
        m.value == Cue::Verb(VerbClass::Collect)
            && s.cues.iter().any(|x| {
                x.value == Cue::Source
                    && x.start > m.start.saturating_sub(8)
                    && word_at(s, x.start) != "about"
                    && !matches!(word_at(s, x.end), "us" | "uns" | "nous" | "nosotros")
            })
    });
    to_us || received || caption && (0..s.toks.len()).any(|k| lexicon::TABLE_SOURCE_WORDS.contains(&word_at(s, k)))
}

/// Whether sentence `s` limits what it says to people under an age ("users under the age of 18",
/// "consumers less than 16 years of age", "Kinder unter 16 Jahren", "menores de 14 años"): a word
/// of [`lexicon::AGE_LIMIT_WORDS`] and, within four words after it, an age up to 21, before the
/// verb at `p` or after it in the same clause. ("We have not sold personal information …, and we
/// have no actual knowledge of selling … the personal information of consumers under 16": the
/// promise before the comma is for everyone.)
fn age_limited(s: &Sentence, p: usize) -> bool {
    let clause_end =
        (p + 1..s.toks.len()).find(|&k| matches!(s.toks[k].punct, Some(',' | ';' | ':'))).unwrap_or(s.toks.len());
    let age_at = |k: usize| {
        k != p
            && lexicon::AGE_LIMIT_WORDS.contains(&word_at(s, k))
            && (k + 1..(k + 5).min(s.toks.len()))
                .any(|j| word_at(s, j).parse::<u32>().is_ok_and(|n| (1..=21).contains(&n)))
    };
    // ("We do not engage in sales, sharing, or targeted advertising using personal information
    // about anyone we know to be under the age of 18": people under an age, later in the
    // sentence.)
    let person = |k: usize| {
        (k.saturating_sub(7)..k).any(|j| {
            matches!(
                word_at(s, j),
                "anyone"
                    | "anybody"
                    | "someone"
                    | "users"
                    | "children"
                    | "people"
                    | "individuals"
                    | "persons"
                    | "consumers"
                    | "minors"
                    | "kids"
                    | "teens"
                    | "teenagers"
                    | "those"
            )
        })
    };
    // ("… your personal information, including information about children under 13" is about
    // everyone.)
    // (Nor is "We have not sold personal information …, and we have no actual knowledge of
    // selling … of consumers under 16": a clause of its own.)
    let widened = |k: usize| {
        (p..k).any(|j| {
            matches!(word_at(s, j), "including" | "includes" | "even" | "also")
                || matches!(word_at(s, j), "and" | "but") && cue_at(s, j + 1) == Some(Cue::FirstPerson)
        })
    };
    (0..clause_end).any(age_at) || (clause_end..s.toks.len()).any(|k| age_at(k) && person(k) && !widened(k))
}

/// Rows of a disclosure table under a header that names a recipient column and a data column
/// ("Empfänger — Übermittelte Daten — Zweck", "Category of personal information — Categories of
/// recipients — Business purpose"): each row says which data go to whom.
fn disclosure_table_rows(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    has_statement: &[bool],
    out: &mut Vec<Statement>,
) {
    /// Cell `c` of a row, read on first use.
    fn read_cell<'a>(read: &'a mut [Option<Sentence>], row: &[String], c: usize, lex: &Lexicon) -> &'a Sentence {
        read[c].get_or_insert_with(|| cell_sentence(&row[c], lex))
    }
    let blocks = &ctx.doc.blocks;
    let cells_of = |t: &str| -> Vec<String> {
        t.split(" \u{2014} ").map(|c| c.trim().trim_start_matches("- ").to_string()).collect()
    };
    // Each cell normalised once (cells over 60 bytes are never headers).
    let normalised = |cells: &[String]| -> Vec<Option<String>> {
        cells.iter().map(|c| (c.len() <= 60).then(|| crate::text::normalize_phrase(c))).collect()
    };
    let header_col = |norms: &[Option<String>], list: &[&str]| {
        norms.iter().position(|n| n.as_deref().is_some_and(|n| list.contains(&n.trim())))
    };
    // `incoming` of a whole block read as a cell. The block's sentences are tokenised already:
    // where they cover it with only whitespace between them, its tokens are theirs end to end (a
    // token never spans whitespace, and what follows or precedes a token matters only as word
    // character or not), so only the cues are matched again, raw, as `cell_sentence` matches them.
    let mut joined = cell_sentence("", lex);
    let mut block_incoming = |k: usize| {
        let text = blocks[k].text.as_str();
        let first = sents.partition_point(|x| x.block < k);
        let Sentence { lower, toks, hashes, cues, .. } = &mut joined;
        lower.clear();
        toks.clear();
        hashes.clear();
        cues.clear();
        let mut at = 0;
        for x in sents[first..].iter().take_while(|x| x.block == k) {
            let gap = if at == 0 { 0 } else { text[at..].len() - text[at..].trim_start().len() };
            if at > 0 && gap == 0 || !text[at + gap..].starts_with(x.text.as_str()) {
                return incoming(&cell_sentence(text, lex), true);
            }
            at += gap;
            if !lower.is_empty() && !x.lower.is_empty() {
                lower.push(' ');
            }
            let (lo, orig) = (lower.len() as u32, at as u32);
            lower.push_str(&x.lower);
            toks.extend(x.toks.iter().map(|t| Token {
                lo: (t.lo.0 + lo, t.lo.1 + lo),
                orig: (t.orig.0 + orig, t.orig.1 + orig),
                ..*t
            }));
            hashes.extend_from_slice(&x.hashes);
            at += x.text.len();
        }
        if at == 0 || at != text.len() {
            return incoming(&cell_sentence(text, lex), true);
        }
        lex.cues.find_all_hashed(toks, lower, hashes, cues);
        incoming(&joined, true)
    };
    let mut by_sentence: Option<std::collections::HashMap<usize, Vec<usize>>> = None;
    let mut b = 0;
    while b < blocks.len() {
        // A header row is short and has separated cells; most blocks are neither.
        if blocks[b].text.len() > 200 || !blocks[b].text.contains(" \u{2014} ") {
            b += 1;
            continue;
        }
        let cells = cells_of(&blocks[b].text);
        let norms = normalised(&cells);
        let Some(rc) = header_col(&norms, lexicon::TABLE_RECIPIENT_HEADERS) else {
            b += 1;
            continue;
        };
        // Every data column: "Category — Examples — Who receives it" has two.
        let dcs: Vec<usize> = (0..norms.len())
            .filter(|&c| {
                c != rc
                    && norms[c].as_deref().is_some_and(|n| {
                        lexicon::TABLE_DATA_HEADERS.contains(&n.trim())
                            || lexicon::TABLE_DATA_DETAIL_HEADERS.contains(&n.trim())
                    })
            })
            .collect();
        if cells.len() < 2 || dcs.is_empty() || matches!(blocks[b].kind, BlockKind::Heading(_)) {
            b += 1;
            continue;
        }
        // "Third party sources that we receive your data from" over "Categories of third
        // parties — Description — Data categories": where data comes from, not where it goes.
        // "Category — Source — Recipients": a column of sources says where the row's data came
        // from; the recipient column still says where it goes.
        let source_cols: Vec<usize> = (0..norms.len())
            .filter(|&c| {
                c != rc
                    && norms[c]
                        .as_deref()
                        .is_some_and(|n| n.split(' ').any(|w| lexicon::TABLE_SOURCE_WORDS.contains(&w)))
            })
            .collect();
        // (A caption is under the table's own heading: "We receive data from these partners: …"
        // above "## Sharing" captions another section.)
        let from = (b.saturating_sub(2)..b)
            .rev()
            .find(|&k| matches!(blocks[k].kind, BlockKind::Heading(_)))
            .unwrap_or(b.saturating_sub(2));
        let captions = if source_cols.is_empty() { from..b + 1 } else { from..b };
        if captions.into_iter().any(&mut block_incoming) {
            // The rows of a table of sources say where data came from: what their sentences
            // seem to say about sharing ("Technical service partners — We work with technical
            // service partners that give us certain data") is not sharing.
            let mut r = b + 1;
            while r < blocks.len()
                && !matches!(blocks[r].kind, BlockKind::Heading(_))
                && cells_of(&blocks[r].text).len() == cells.len()
            {
                r += 1;
            }
            if r > b + 1 {
                out.retain(|st| st.negated || !(b < sents[st.sentence].block && sents[st.sentence].block < r));
                by_sentence = None;
            }
            b += 1;
            continue;
        }
        let pc = header_col(&norms, lexicon::TABLE_PURPOSE_HEADERS);
        let header = blocks[b].text.clone();
        let mut r = b + 1;
        while r < blocks.len() && !matches!(blocks[r].kind, BlockKind::Heading(_)) {
            let row = cells_of(&blocks[r].text);
            if row.len() != cells.len() {
                break;
            }
            let si = sents.partition_point(|x| x.block < r);
            if si >= sents.len() || sents[si].block != r {
                r += 1;
                continue;
            }
            // "Purchasers of our business — • User Data, • Street Address Data, • Usage Data — If
            // we were to sell … our business": the row's own sentence found the sharing; the data
            // column still says what goes.
            if has_statement.get(si).copied().unwrap_or(false) {
                let data = table_row_data(&row, &dcs, lex);
                // (The statements by sentence, indexed once: a long page has many rows.)
                let index = by_sentence.get_or_insert_with(|| {
                    let mut m: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
                    for (i, st) in out.iter().enumerate() {
                        m.entry(st.sentence).or_default().push(i);
                    }
                    m
                });
                for &i in index.get(&si).map(Vec::as_slice).unwrap_or(&[]) {
                    let st = &mut out[i];
                    if st.negated {
                        continue;
                    }
                    for d in &data {
                        if *d != DataType::Other && !st.data.contains(d) {
                            st.data.push(*d);
                        }
                    }
                    if st.data.len() > 1 {
                        st.data.retain(|d| *d != DataType::Other);
                    }
                }
                r += 1;
                continue;
            }
            // Each cell read once (the purpose cell is read here and below).
            let mut read: Vec<Option<Sentence>> = row.iter().map(|_| None).collect();
            // "Authentication partners — … that service will send your information to us."
            if (0..row.len()).any(|c| {
                c != rc
                    && !dcs.contains(&c)
                    && !source_cols.contains(&c)
                    && incoming(read_cell(&mut read, &row, c, lex), false)
            }) {
                r += 1;
                continue;
            }
            let recipients = table_cell_recipients(&row[rc], ctx, lex);
            if recipients.is_empty() {
                r += 1;
                continue;
            }
            let data = table_row_data(&row, &dcs, lex);
            let purposes: Vec<Purpose> = pc
                .map(|c| entities(read_cell(&mut read, &row, c, lex), lex).purposes.iter().map(|m| m.value).collect())
                .unwrap_or_default();
            out.push(finish(Statement {
                data,
                recipients,
                purposes,
                negated: false,
                evidence: blocks[r].text.clone(),
                section: ctx.doc.section_of(r).map(str::to_string),
                context: Some(header.clone()),
                framing: framing_of(sents, si, ctx),
                modality: Modality::Will,
                opt_out: None,
                confidence: 0.7,
                deidentified: false,
                nearby_data: Vec::new(),
                sentence: si,
            }));
            r += 1;
        }
        b = r;
    }
}

/// The data in the data columns `dcs` of a disclosure table row: named types before "personal
/// data" (`Other`), which stands alone.
fn table_row_data(row: &[String], dcs: &[usize], lex: &Lexicon) -> Vec<DataType> {
    let mut data: Vec<DataType> = Vec::new();
    for &dc in dcs {
        for m in entities(&cell_sentence(&row[dc], lex), lex).data {
            if !data.contains(&m.value) {
                data.push(m.value);
            }
        }
    }
    if data.len() > 1 {
        data.retain(|d| *d != DataType::Other);
    }
    if data.is_empty() {
        data.push(DataType::Other);
    }
    data
}

/// The recipients in one cell of a disclosure table: "Amazon Web Services (hosting); Zendesk (if
/// you contact support)", "Stripe or PayPal, depending on how you pay", "Analytics and advertising
/// partners". Kinds come from the whole cell; names from each part of it (split at ';', ',' and
/// "or"/"and"), where a part opens with one. "Nobody; kept internally" names no one.
fn table_cell_recipients(cell: &str, ctx: &Context<'_>, lex: &Lexicon) -> Vec<Recipient> {
    let whole = cell_sentence(cell, lex);
    let first: Vec<&str> =
        (0..whole.toks.len().min(3)).take_while(|&k| whole.toks[k].is_word()).map(|k| word_at(&whole, k)).collect();
    let first = first.join(" ");
    if lexicon::TABLE_NO_RECIPIENT
        .iter()
        .any(|w| first.strip_prefix(w).is_some_and(|r| r.is_empty() || r.starts_with(' ')))
    {
        return Vec::new();
    }
    let whole_ents = entities(&whole, lex);
    let mut recipients: Vec<Recipient> =
        whole_ents.recips.iter().map(|m| Recipient { name: None, kind: m.value }).collect();
    recipients.dedup();
    // Parts: split outside brackets at ';' and ',', then at a joining word.
    let mut parts: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, ch) in cell.char_indices() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' | ',' if depth <= 0 => {
                parts.push(&cell[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&cell[start..]);
    let parts: Vec<&str> = parts
        .into_iter()
        .flat_map(|p| {
            let mut out = Vec::new();
            let mut rest = p;
            // The first joining word and its length (the shorter at one place). Every joiner
            // opens with a space: only the spaces are tried, not nine substring searches.
            let joiner = |rest: &str| {
                memchr::memchr_iter(b' ', rest.as_bytes()).find_map(|k| {
                    [" or ", " and ", " oder ", " und ", " ou ", " et ", " o ", " y ", " & "]
                        .iter()
                        .filter(|j| rest[k..].starts_with(**j))
                        .map(|j| (k, j.len()))
                        .min()
                })
            };
            while let Some(k) = joiner(rest) {
                out.push(&rest[..k.0]);
                rest = &rest[k.0 + k.1..];
            }
            out.push(rest);
            out
        })
        .collect();
    let mut named: Vec<Recipient> = Vec::new();
    for part in parts {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        // (A cell of one part, the usual case, is read once.)
        let part_read;
        let (pcell, pe) = if part == cell {
            (&whole, &whole_ents)
        } else {
            let pcell = cell_sentence(part, lex);
            let pe = entities(&pcell, lex);
            part_read = (pcell, pe);
            (&part_read.0, &part_read.1)
        };
        let toks = &pcell.toks;
        // A name opening the part ("SCHUFA Holding AG", "Adyen N.V.").
        let mut e = 0;
        while e < toks.len()
            && (toks[e].is_word() && toks[e].cap || e > 0 && toks[e].punct == Some('.') && toks[e - 1].cap)
            && !pe.recips.iter().any(|m| m.start <= e && e < m.end)
            && !lex.is_stopword(word_at(&pcell, e))
        {
            e += 1;
        }
        // German capitalises every noun: there a name needs a company form, capitals or fame.
        let known = lexicon::known_orgs().starting_with(word_at(&pcell, 0)).next().map(|(_, _, k)| *k);
        let company_like = known.is_some()
            || (0..e).any(|k| lexicon::LEGAL_SUFFIXES.contains(&word_at(&pcell, k)))
            || toks.first().is_some_and(|t| {
                let w = t.orig(&pcell.text);
                w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            });
        // "Crew partners", "Insurance partners": a capitalised first word before a recipient
        // noun is the cell's sentence case, not a name.
        let modifier = e == 1 && !company_like && pe.recips.iter().any(|m| m.start == 1);
        // "Payment processor (Adyen)": a name in brackets after the noun.
        let bracketed = || {
            let open = toks.iter().position(|t| t.punct == Some('('))?;
            let close = open + 1 + toks[open + 1..].iter().position(|t| t.punct == Some(')'))?;
            let inner = &toks[open + 1..close];
            (!inner.is_empty() && inner.len() <= 4 && inner.iter().all(|t| t.is_word() && t.cap))
                .then(|| pcell.text[inner[0].orig.0 as usize..inner[inner.len() - 1].orig.1 as usize].to_string())
        };
        let name = if e > 0
            && toks[..e].iter().any(|t| t.is_word())
            && !lex.is_not_name(word_at(&pcell, 0))
            && (ctx.lang != Lang::De || company_like)
            && !modifier
        {
            Some(pcell.text[toks[0].orig.0 as usize..toks[e - 1].orig.1 as usize].trim_end_matches('.').to_string())
        } else if pe.recips.first().is_some_and(|m| m.start <= 1) {
            bracketed()
        } else {
            None
        };
        if let Some(name) = name {
            let own = ctx.brand.as_deref().is_some_and(|br| is_brand(&crate::report::normalize_name(&name), br));
            if !own && !named.iter().any(|r| r.name.as_deref() == Some(name.as_str())) {
                let kind = known
                    .or(pe.recips.first().map(|m| m.value))
                    .or(recipients.first().map(|r| r.kind))
                    .unwrap_or(RecipientKind::ThirdParty);
                named.push(Recipient { name: Some(name), kind });
            }
        }
    }
    recipients.retain(|r| !named.iter().any(|n| n.kind == r.kind));
    named.extend(recipients);
    // The column says who receives the row's data, so a cell of other words ("Ihr
    // Hörakustiker-Fachgeschäft") is still a recipient, unless it is the publisher itself.
    if named.is_empty()
        && whole.toks.first().is_some_and(|t| t.is_word())
        && !whole.cues.iter().any(|m| m.start == 0 && m.value == Cue::FirstPerson)
    {
        named.push(Recipient { name: None, kind: RecipientKind::ThirdParty });
    }
    named
}

/// "… we allow advertising companies to place cookies … These companies collect … These companies
/// are:" + "- Meta Platforms Ireland Ltd (…)", "- Criteo SA (…)": a short lead-in without a verb
/// that names a kind of recipient introduces the list of who they are, so the unnamed recipients
/// of that kind in the sentences just before it are those names.
fn names_listed_after(sents: &[Sentence], lex: &Lexicon, cache: &mut [Option<Ents>], out: &mut [Statement]) {
    for li in 1..sents.len() {
        let lead = &sents[li];
        if lead.heading
            || !lead.text.trim_end().ends_with(':')
            || lead.toks.iter().filter(|t| t.is_word()).count() > 8
            || lead.cues.iter().any(|m| matches!(m.value, Cue::Verb(_) | Cue::Negation))
            || sents.get(li + 1).is_none_or(|x| x.lead != Some(li))
        {
            continue;
        }
        let Some(kind) = cached(cache, sents, li, lex).recips.iter().find(|m| m.start <= 3).map(|m| m.value) else {
            continue;
        };
        let mut named: Vec<Recipient> = Vec::new();
        for k in (li + 1..sents.len()).take_while(|&k| sents[k].lead == Some(li)) {
            if cache[k].is_none() {
                cache[k] = Some(entities(&sents[k], lex));
            }
            let e = cache[k].as_ref().expect("cached");
            if let Some(n) = names_in_mode(&sents[k], lex, e, false, true, false).into_iter().find(|n| n.start == 0) {
                let r = Recipient { name: Some(n.name), kind: RecipientKind::ThirdParty };
                if !named.contains(&r) {
                    named.push(r);
                }
            }
        }
        if named.is_empty() {
            continue;
        }
        let block = lead.block;
        for st in out
            .iter_mut()
            .filter(|st| !st.negated && st.sentence < li && li - st.sentence <= 3 && sents[st.sentence].block == block)
        {
            let Some(pos) = st
                .recipients
                .iter()
                .position(|r| r.name.is_none() && (r.kind == kind || kind == RecipientKind::ThirdParty))
            else {
                continue;
            };
            let k = st.recipients[pos].kind;
            let add: Vec<Recipient> = named
                .iter()
                .map(|r| Recipient { name: r.name.clone(), kind: k })
                .filter(|r| !st.recipients.contains(r))
                .collect();
            st.recipients.splice(pos..=pos, add);
        }
    }
}

/// A sharing statement a later pass infers from several sentences or a list (not read from one
/// sentence's clause): what it says, before the page-level fields are filled in.
struct Inferred {
    data: Vec<DataType>,
    recipients: Vec<Recipient>,
    purposes: Vec<Purpose>,
    evidence: String,
    context: Option<String>,
    modality: Modality,
}

impl Inferred {
    /// The statement, said at sentence `si` (its section and framing from there).
    fn statement(self, sents: &[Sentence], ctx: &Context<'_>, si: usize) -> Statement {
        finish(Statement {
            data: self.data,
            recipients: self.recipients,
            purposes: self.purposes,
            negated: false,
            evidence: self.evidence,
            section: ctx.doc.section_of(sents[si].block).map(str::to_string),
            context: self.context,
            framing: framing_of(sents, si, ctx),
            modality: self.modality,
            opt_out: None,
            confidence: 0.6,
            deidentified: false,
            nearby_data: Vec::new(),
            sentence: si,
        })
    }
}

/// Adds a pass's inferred statements, keeping `out` in sentence order.
fn merge_added(out: &mut Vec<Statement>, added: Vec<Statement>) {
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|st| st.sentence);
    }
}

/// "Diese Auftragsverarbeiter sind vertraglich an unsere Weisungen gebunden:" + "- IBM
/// Deutschland GmbH – Betrieb unseres Rechenzentrums": a lead-in about processors (acting on the
/// publisher's behalf) over items that open with a company's name lists who processes the data.
/// Each such item without a statement of its own says that company receives personal data (the
/// item's own data words, if any) as a service provider.
fn processor_lists(sents: &[Sentence], ctx: &Context<'_>, lex: &Lexicon, out: &mut Vec<Statement>) {
    let mut added: Vec<Statement> = Vec::new();
    for li in 0..sents.len() {
        let lead = &sents[li];
        if lead.heading
            || !lead.text.trim_end().ends_with(':')
            || lead.toks.iter().filter(|t| t.is_word()).count() > 25
            || lead.cues.iter().any(|m| matches!(m.value, Cue::Negation | Cue::Source))
            || sents.get(li + 1).is_none_or(|x| x.lead != Some(li))
        {
            continue;
        }
        let le = entities(lead, lex);
        let processors = lead.has(Cue::OnBehalf) || le.recips.iter().any(|m| m.value == RecipientKind::ServiceProvider);
        if !processors {
            continue;
        }
        for k in (li + 1..sents.len()).take_while(|&k| sents[k].lead == Some(li)) {
            let item = &sents[k];
            let e = entities(item, lex);
            let Some(n) = names_in_mode(item, lex, &e, false, true, false).into_iter().find(|n| n.start == 0) else {
                continue;
            };
            // "- Brevo (Paris, France) – envoi des e-mails": an item read as a sentence of its
            // own, with the lead-in's unnamed processors, is about the company it opens with.
            if out.iter().any(|st| st.sentence == k) {
                for st in out.iter_mut().filter(|st| st.sentence == k && !st.negated) {
                    if st.recipients.iter().all(|r| r.name.is_none() && r.kind == RecipientKind::ServiceProvider) {
                        st.recipients =
                            vec![Recipient { name: Some(n.name.clone()), kind: RecipientKind::ServiceProvider }];
                    }
                }
                continue;
            }
            let mut data: Vec<DataType> = Vec::new();
            for m in &e.data {
                if !data.contains(&m.value) {
                    data.push(m.value);
                }
            }
            if data.is_empty() {
                data.push(DataType::Other);
            }
            // (A known analytics or advertising company keeps its kind.)
            let kind = if n.known && n.default_kind != RecipientKind::ThirdParty {
                n.default_kind
            } else {
                RecipientKind::ServiceProvider
            };
            let inferred = Inferred {
                data,
                recipients: vec![Recipient { name: Some(n.name), kind }],
                purposes: e.purposes.iter().map(|m| m.value).collect(),
                evidence: item.text.clone(),
                context: Some(lead.text.clone()),
                modality: Modality::Will,
            };
            added.push(inferred.statement(sents, ctx, k));
        }
    }
    merge_added(out, added);
}

/// "We work with advertising partners, including Meta and Google, … we share a hashed version of
/// your email address … with these partners": a generic noun after a demonstrative ("these
/// partners", "those companies", "ces partenaires", "diese Partner") stands for the recipients
/// of the sentence before it (or the one before that, in the same section).
fn demonstrative_recipients(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    let generic = |k: RecipientKind| {
        matches!(k, RecipientKind::BusinessPartner | RecipientKind::ThirdParty | RecipientKind::ServiceProvider)
    };
    // Resolved sentences, with the recipients they had: "They may combine this information …"
    // right after took those same recipients from it and follows the resolution.
    let mut resolved: Vec<(usize, Vec<Recipient>, Vec<Recipient>)> = Vec::new();
    for i in 0..out.len() {
        let si = out[i].sentence;
        // Only the last two sentences' resolutions can be followed: the list stays short.
        resolved.retain(|(k, _, _)| k + 2 >= si);
        if let Some((_, _, new)) = resolved.iter().find(|(k, old, _)| {
            *k < si
                && si - *k <= 2
                // (Not across paragraphs: "Cookies publicitarias: … el píxel de Meta …" after a
                // paragraph on Google has companies of its own.)
                && sents[*k].block == sents[si].block
                && *old == out[i].recipients
                && (opens_with_ref(&sents[si]) || cached(cache, sents, si, lex).recips.is_empty())
        }) {
            out[i].recipients = new.clone();
            continue;
        }
        if let Some(r) = onward_subject(sents, si, lex, cache, &out[..i]) {
            if !out[i].negated && r != out[i].recipients {
                resolved.push((si, std::mem::replace(&mut out[i].recipients, r.clone()), r));
            }
            continue;
        }
        let [only] = &out[i].recipients[..] else {
            continue;
        };
        if only.name.is_some() || !generic(only.kind) || si == 0 {
            continue;
        }
        let s = &sents[si];
        let e = cached(cache, sents, si, lex);
        let demonstrative = e.recips.iter().find(|m| {
            m.value == only.kind
                && m.start > 0
                && m.end == m.start + 1
                && matches!(
                    word_at(s, m.start - 1),
                    "these"
                        | "those"
                        | "this"
                        | "that"
                        | "diese"
                        | "diesen"
                        | "dieser"
                        | "ces"
                        | "cette"
                        | "ce"
                        | "estos"
                        | "estas"
                        | "esos"
                        | "esas"
                        | "dichos"
                        | "dichas"
                )
        });
        // "… offered by your electricity utility, we share … with that utility": the antecedent
        // is in the sentence itself.
        let Some(demo) = demonstrative.map(|m| m.start) else {
            continue;
        };
        if e.recips.iter().any(|m| m.end < demo) {
            continue;
        }
        // The nearest earlier sentence in the same section whose statement names a more
        // specific recipient.
        let mut found: Option<Vec<Recipient>> = None;
        for back in 1..=2 {
            let Some(pi) = si.checked_sub(back) else {
                break;
            };
            if sents[pi].heading || (pi + 1..=si).any(|k| sents[k].heading) {
                break;
            }
            // ("These companies" after "our service providers": service providers.)
            let specific = |r: &Recipient| {
                r.name.is_some()
                    || !generic(r.kind)
                    || only.kind == RecipientKind::ThirdParty && r.kind != RecipientKind::ThirdParty
            };
            if let Some(st) = out[..i]
                .iter()
                .rev()
                .take_while(|st| st.sentence >= pi)
                .find(|st| st.sentence == pi && !st.negated && st.recipients.iter().any(specific))
            {
                found = Some(st.recipients.iter().filter(|r| specific(r)).cloned().collect());
                break;
            }
            // "We use pixels … from advertising partners, such as Meta and Google. These partners
            // receive …": the sentence names them without a statement of its own.
            let pe = cached(cache, sents, pi, lex);
            let named: Vec<Recipient> =
                recipients_in(&sents[pi], &pe, &names(&sents[pi], lex, &pe), (0, sents[pi].toks.len()), |_| true)
                    .into_iter()
                    .map(|(_, r)| r)
                    .filter(|r| specific(r))
                    .collect();
            // ("… operated by companies such as Epsilon and Wiland. … with these companies".)
            if (only.kind == RecipientKind::ThirdParty || pe.recips.iter().any(|m| !generic(m.value)))
                && !named.is_empty()
            {
                found = Some(named);
                break;
            }
            // "- Partners and Resellers: We cooperate with third-parties that offer sales … We may
            // share your data with these partners and resellers": the sentence before names the
            // same kind of recipient, and that mention is the antecedent, not an earlier company.
            if pe.recips.iter().any(|m| m.value == only.kind) {
                break;
            }
        }
        if let Some(r) = found {
            resolved.push((si, std::mem::replace(&mut out[i].recipients, r.clone()), r));
        }
    }
}

/// "These companies, which include Placewise Inc. and CityMetrics Analytics, … license the
/// resulting datasets to retailers and advertisers": a subject that refers back to earlier
/// recipients passes the data on. What the page discloses is that the subject has it; its own
/// customers are no recipients of the publisher. Returns the subject's recipients: the names in
/// the subject, with the kind of the earlier statement's recipients, or those recipients.
fn onward_subject(
    sents: &[Sentence],
    si: usize,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    earlier: &[Statement],
) -> Option<Vec<Recipient>> {
    let s = &sents[si];
    // Most sentences open otherwise: that test comes before the entities.
    let opener =
        matches!(word_at(s, 0), "these" | "those" | "such" | "diese" | "ces" | "estos" | "estas" | "esas" | "esos");
    if !opener && !matches!(word_at(s, 0), "they" | "sie" | "ils" | "elles" | "ellos" | "ellas") {
        return None;
    }
    let e = cached(cache, sents, si, lex);
    let demonstrative = opener && e.recips.iter().any(|m| m.start == 1);
    if !(demonstrative || matches!(word_at(s, 0), "they" | "sie" | "ils" | "elles" | "ellos" | "ellas")) {
        return None;
    }
    let verb = s.cues.iter().find(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))?;
    if s.cues.iter().any(|m| {
        m.start < verb.start
            && matches!(m.value, Cue::FirstPerson | Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Collect))
    }) || !e.recips.iter().any(|m| m.start > verb.end)
    {
        return None;
    }
    // Their antecedent: the statement of one of the two sentences before, in the same section.
    let prev = earlier.iter().rev().take(8).find(|st| {
        st.sentence < si && si - st.sentence <= 2 && !st.negated && !(st.sentence + 1..=si).any(|k| sents[k].heading)
    })?;
    let kind = prev
        .recipients
        .iter()
        .find(|r| !matches!(r.kind, RecipientKind::ThirdParty | RecipientKind::BusinessPartner))
        .or(prev.recipients.first())?
        .kind;
    let named: Vec<Recipient> = names_in(s, lex, &e, true)
        .into_iter()
        .filter(|n| n.end <= verb.start)
        .map(|n| Recipient { name: Some(n.name), kind })
        .collect();
    Some(if named.is_empty() { prev.recipients.clone() } else { named })
}

/// "Our carriers (X and Y), to which we send …", "nos transporteurs, auxquels nous
/// transmettons …", "Zahlungsdienstleister, an die wir … übermitteln", "empresas de mensajería, a
/// las que comunicamos …": a relative pronoun that makes the nouns before it the recipients of
/// the verb at `verb`. Returns the pronoun's position.
fn relative_recipient_marker(s: &Sentence, ents: &Ents, from: usize, verb: usize) -> Option<usize> {
    // Pronouns that carry their own preposition, and plain ones that need one before them.
    let fused = |w: &str| matches!(w, "auxquels" | "auxquelles" | "auquel" | "denen");
    let plain = |w: &str| {
        matches!(
            w,
            "whom"
                | "which"
                | "lesquels"
                | "lesquelles"
                | "lequel"
                | "laquelle"
                | "qui"
                | "die"
                | "welche"
                | "den"
                | "quienes"
                | "quien"
                | "que"
                | "cuales"
        )
    };
    let prep = |w: &str| matches!(w, "to" | "with" | "à" | "a" | "avec" | "an" | "mit" | "con" | "al");
    let article = |w: &str| matches!(w, "las" | "los" | "la" | "el" | "les");
    let subject = |w: &str| matches!(w, "we" | "nous" | "wir");
    // German puts the verb last: ", an die wir Ihren Namen … übermitteln".
    let verb_final = s.toks.get(verb + 1).is_none_or(|t| !t.is_word());
    let lo = if verb_final { from.max(verb.saturating_sub(40)) } else { verb.saturating_sub(4).max(from) };
    // The pronoun follows a break: a comma, a closing parenthesis, "and", or a recipient noun
    // ("encargado del tratamiento al que facilitamos").
    let after_break = |k: usize| {
        k > from
            && (s.toks.get(k - 1).is_some_and(|t| matches!(t.punct, Some(',' | ')')))
                || matches!(word_at(s, k - 1), "and" | "et" | "und" | "y")
                || ents.recips.iter().any(|m| m.end == k)
                // "le prestataire de vérification d'identité à qui": a recipient noun with its
                // complement ("de …", "of …"), no punctuation in between.
                || ents.recips.iter().any(|m| m.end < k && k - m.end <= 5 && matches!(word_at(s, m.end), "de" | "d" | "of" | "del" | "for" | "für" | "fur") && (m.end..k).all(|j| s.toks[j].is_word())))
    };
    (lo..verb).rev().find(|&j| {
        let w = word_at(s, j);
        // Between the pronoun and the verb: only a subject and modal/auxiliary words (German:
        // the subject right after the pronoun, then the objects up to the final verb).
        let tail_ok = (j + 1..verb).all(|k| {
            subject(word_at(s, k))
                || matches!(
                    word_at(s, k),
                    "may" | "will" | "can" | "also" | "pouvons" | "ihre" | "ihren" | "los" | "les" | "se"
                )
        }) || verb_final
            && word_at(s, j + 1) == "wir"
            && !(j + 1..verb).any(|k| matches!(s.toks[k].punct, Some('.' | ';' | ':' | '?' | '!')));
        if !tail_ok {
            return false;
        }
        if fused(w) {
            return after_break(j);
        }
        if !plain(w) || j == from {
            return false;
        }
        // "to which", "a las que", "al que".
        let mut q = j - 1;
        if article(word_at(s, q)) && q > from {
            q -= 1;
        }
        prep(word_at(s, q)) && after_break(q)
    })
}

/// Named recipients of earlier statements (of the same section) whose name (its first word)
/// appears in `text`.
fn named_earlier<'a>(latest_first: impl Iterator<Item = &'a Statement>, text: &str) -> Vec<Recipient> {
    let mut found: Vec<Recipient> = Vec::new();
    for st in latest_first.take(200).filter(|st| !st.negated) {
        for r in &st.recipients {
            let Some(n) = &r.name else { continue };
            let Some(first) = n.split_whitespace().next() else {
                continue;
            };
            if first.chars().count() < 3 || found.iter().any(|f| f.name == r.name) {
                continue;
            }
            let word_at = |i: usize| {
                let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text[i + first.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            };
            if text.match_indices(first).any(|(i, _)| word_at(i)) {
                found.push(r.clone());
            }
        }
    }
    found
}

/// The first sentence of block `b` (sentences are in block order).
fn first_sentence_of_block(sents: &[Sentence], b: usize) -> Option<&Sentence> {
    let i = sents.partition_point(|x| x.block < b);
    sents.get(i).filter(|x| x.block == b)
}

/// The statements of sentences `range`, in sentence order (`cache`: the entities of all sentences,
/// computed where missing).
fn statement_pass(
    sents: &[Sentence],
    range: std::ops::Range<usize>,
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &mut [Option<Ents>],
) -> Vec<Statement> {
    // (Room for the statements of about every other sentence: a large vector copied as it grows.)
    let mut out: Vec<Statement> = Vec::with_capacity(range.len() / 2);
    for si in range {
        let s = &sents[si];
        if s.heading || !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(_))) {
            continue;
        }
        if cache[si].is_none() {
            cache[si] = Some(entities(s, lex));
        }
        sentence_statements(sents, si, ctx, lex, cache, &mut out);
    }
    out
}

/// Where a long page's statement pass can split in two, so that the second half reads nothing the
/// first half computes: a heading near the middle, with no list item after it taking a lead-in
/// sentence from before it. The pass of one sentence reads back at most two sentences, and not
/// across a heading ("It receives …", "This is passed to …" stop at one); statements named
/// earlier are looked up within the section. `None` for a page without such a place.
fn section_split(sents: &[Sentence], _ctx: &Context<'_>) -> Option<usize> {
    let n = sents.len();
    // The earliest lead-in of any sentence from `k` on.
    let mut earliest_lead = vec![usize::MAX; n + 1];
    for j in (0..n).rev() {
        earliest_lead[j] = earliest_lead[j + 1].min(sents[j].lead.unwrap_or(usize::MAX));
    }
    (0..n / 4)
        .flat_map(|d| [n / 2 + d, n / 2 - d])
        .find(|&k| k > 0 && k < n && sents[k].heading && earliest_lead[k] >= k)
}

/// Extracts statements from all sentences.
pub fn extract_statements(sents: &[Sentence], ctx: &Context<'_>) -> Vec<Statement> {
    extract_statements_on(sents, ctx, crate::par::worth_it(sents.len()))
}

/// [`extract_statements`], on two threads where `parallel` holds.
fn extract_statements_on(sents: &[Sentence], ctx: &Context<'_>, parallel: bool) -> Vec<Statement> {
    let ctx = &framing_context(sents, ctx);
    let lex = lexicon::lexicon(ctx.lang);
    // (Room for the statements of about every other sentence: a large vector copied as it grows.)
    // Every pass below reads a sentence's entities: match them once.
    // (Each sentence's own: a long page matches its two halves on two threads.)
    let ents_of = |part: &[Sentence]| part.iter().map(|s| Some(entities(s, lex))).collect::<Vec<_>>();
    let (first, second) = sents.split_at(sents.len() / 2);
    let (mut ents_cache, rest) = crate::par::join(parallel, || ents_of(first), || ents_of(second));
    ents_cache.extend(rest);
    // A long page's statement pass runs in two halves on two threads, split where `section_split`
    // shows that no sentence of the second half reads anything the first half computes. The
    // second half gets its own cache, with the entities of its own sentences moved in (others it
    // reads are matched afresh: the same, as no statement pass touched them).
    let mut out = match parallel.then(|| section_split(sents, ctx)).flatten() {
        Some(k) => {
            let mut second: Vec<Option<Ents>> = (0..sents.len()).map(|_| None).collect();
            for (to, from) in second[k..].iter_mut().zip(&mut ents_cache[k..]) {
                *to = from.take();
            }
            let (mut a, (b, second)) = crate::par::join(
                true,
                || statement_pass(sents, 0..k, ctx, lex, &mut ents_cache),
                move || (statement_pass(sents, k..sents.len(), ctx, lex, &mut second), second),
            );
            for (to, from) in ents_cache[k..].iter_mut().zip(second.into_iter().skip(k)) {
                *to = from;
            }
            a.extend(b);
            a
        }
        None => statement_pass(sents, 0..sents.len(), ctx, lex, &mut ents_cache),
    };
    // List items whose lead-in sentence carries the verb ("We share your data with:").
    let mut has_statement = vec![false; sents.len()];
    for st in &out {
        has_statement[st.sentence] = true;
    }
    for si in 0..sents.len() {
        let s = &sents[si];
        // A list right under a heading that says what it lists ("How your information is
        // shared" + "- With Google Maps: your delivery address") has the heading as its lead-in.
        let heading_lead = || {
            let b = s.block;
            let h = ctx.doc.blocks[b].section?;
            if ctx.doc.blocks[b].kind != BlockKind::ListItem
                || !(h + 1..b).all(|k| ctx.doc.blocks[k].kind == BlockKind::ListItem)
            {
                return None;
            }
            let hi = sents.partition_point(|x| x.block < h);
            // "Wer bekommt Ihre Daten?", "Who receives your data?": a question about receivers.
            let asks_who = |x: &Sentence| {
                matches!(word_at(x, 0), "wer" | "who" | "qui" | "quien" | "an" | "a" | "with" | "to")
                    && x.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Collect))
                    // "4. A quién comunicamos tus datos", "Mit wem wir Ihre Daten teilen": whom.
                    || (0..x.toks.len().min(4)).any(|k| matches!(word_at(x, k), "quien" | "whom" | "wem" | "qui"))
                        && x.cues.iter().any(|m| m.value == Cue::Meta || matches!(m.value, Cue::Verb(_)))
            };
            // "Third-party cookies and what they receive", "Was unsere Partner erhalten".
            let what_they_receive = |x: &Sentence| {
                x.cues.iter().any(|m| {
                    m.value == Cue::Verb(VerbClass::Collect)
                        && ["receiv", "get", "erhalt", "bekomm", "recoiv", "recib"]
                            .iter()
                            .any(|w| word_at(x, m.start).starts_with(w))
                })
            };
            sents
                .get(hi)
                .filter(|x| {
                    x.block == h
                        && (x.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
                            || asks_who(x)
                            || what_they_receive(x))
                })
                .map(|_| hi)
        };
        let Some(mut li) = s.lead.or_else(heading_lead) else {
            continue;
        };
        // "Customer Information may be transferred to the successful bidder. For purposes of
        // this Amendment, "Customer Information" means:" — a defining lead-in takes the verb
        // and recipients of the sentence before it.
        let defines = |x: &Sentence| {
            (0..x.toks.len()).any(|k| {
                matches!(
                    word_at(x, k),
                    "means" | "mean" | "bezeichnet" | "bezeichnen" | "designe" | "designent" | "significa"
                ) || lexicon::INCLUDES.contains(&word_at(x, k))
            })
            // ("… will begin to disclose certain customer information to data brokers …. This is
            // considered a "sale" …. The categories involved are:" — a lead-in naming categories.)
            || x.toks.last().is_some_and(|t| t.punct == Some(':'))
                && (0..x.toks.len()).any(|k| matches!(word_at(x, k), "categories" | "types" | "kinds"))
        };
        // ("these records include:" reads "include" as a verb of using: it is the defining word.)
        let verb_of_its_own = |x: &Sentence| {
            x.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && !lexicon::INCLUDES.contains(&word_at(x, m.start)))
        };
        if li > 0 && !verb_of_its_own(&sents[li]) && defines(&sents[li]) {
            if let Some(k) = (li.saturating_sub(2)..li)
                .rev()
                .find(|&k| sents[k].block == sents[li].block && has_statement[k] && !sents[k].heading)
            {
                li = k;
            }
        }
        // Items with a sharing verb of their own stand alone; others (no verb, or one that gave
        // no statement, as in "audience analytics: which articles are read") take the lead-in's.
        // "- your full name and the member number you provide;": the user's verb is no
        // practice of the item's own.
        let users_verb = |m: &Match<Cue>| {
            (m.start.saturating_sub(2)..m.start)
                .any(|k| matches!(word_at(s, k), "you" | "vous" | "sie" | "usted" | "tu" | "du"))
        };
        if has_statement[si]
            || s.cues.iter().any(|m| {
                matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                    && !users_verb(m)
                    && !(label_end(s) > 0 && m.start > label_end(s) && toward_user_or_us(s, m.end))
                    // ("- your name and email address, so that they can recognise you as a member
                    // and send you offers;": what the item's purpose clause sends the user.)
                    // ("- ClipBook, the new appointment software …, so it can send you booking
                    // reminders by text": the same.)
                    && !(toward_user_or_us(s, m.end)
                        && (0..m.start).any(|k| {
                            word_at(s, k) == "so"
                                && (word_at(s, k + 1) == "that"
                                    || matches!(word_at(s, k + 2), "can" | "could" | "will" | "may"))
                                || matches!(word_at(s, k), "damit" | "afin" | "para")
                        }))
            })
        {
            continue;
        }
        // "Viber may use and share … for the purpose of defending our rights …, for example:" +
        // "- We may record and log some of your actions …;": an item that opens with our own
        // verb of keeping or using states a practice of its own, not the lead-in's sharing.
        let own_verb = {
            let o = label_end(s);
            let o = if o > 0 && s.toks.get(o).is_some_and(|t| !t.is_word()) { o + 1 } else { o };
            matches!(word_at(s, o), "we" | "nous" | "wir" | "nosotros")
                && s.cues.iter().any(|m| {
                    matches!(m.value, Cue::Verb(VerbClass::Collect | VerbClass::Engage))
                        && m.start > o
                        && m.start <= o + 3
                })
        };
        if own_verb {
            continue;
        }
        // "- **Data partners.** We may sell … to data partners": under a heading lead-in, an
        // item whose own sentences state the practice needs no statement from its label.
        // (Under a lead-in sentence too, where the label is a run-in heading: "- Laboratories.
        // Your sample … is sent to our partner laboratories".)
        let run_in_label = s.toks.iter().filter(|t| t.is_word()).count() <= 4
            && s.toks.last().is_some_and(|t| matches!(t.punct, Some('.' | ':')));
        if (s.lead.is_none() || run_in_label)
            && sents
                .iter()
                .enumerate()
                .skip(si.saturating_sub(8))
                .take(16)
                .any(|(k, x)| k != si && x.block == s.block && has_statement[k])
        {
            continue;
        }
        let lead = &sents[li];
        // "For more information …, or to submit a privacy inquiry through BBB National Programs,
        // visit:" + "- Cross-Border Privacy Rules Program": a lead-in that ends in "visit:" or
        // "see:" lists pages to read, not recipients.
        {
            let n = lead.toks.len();
            if n >= 2
                && lead.toks[n - 1].punct == Some(':')
                && matches!(
                    word_at(lead, n - 2),
                    "visit"
                        | "see"
                        | "consult"
                        | "read"
                        | "click"
                        | "check"
                        | "visitez"
                        | "consultez"
                        | "besuchen"
                        | "visita"
                        | "consulta"
                )
            {
                continue;
            }
        }
        // "… as long as necessary to provide you with the Spotify Service, such as:" — the user
        // receives; "… send your information to us:" — we do.
        let share_verb = lead.cues.iter().find(|m| {
            matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                && !toward_user_or_us(lead, m.end)
                && !goods_sold(lead, m)
                && !offers_choices(lead, m.start, lead.toks.len())
        });
        // "When they do, they receive your IP address …:" / "We use these analytics services:" —
        // a lead-in that collects or engages: items that name a company are its recipients.
        // ("the types of information we collect when you use our services:" — what we collect
        // and what the user uses name no recipient.)
        // ("Necessary categories of Personal Data include:" — what the data includes.)
        let data_before = |k: usize| {
            lead.cues.iter().any(|m| m.value == Cue::DataHead && m.end <= k)
                || ents_cache[li].as_ref().is_some_and(|e| e.data.iter().any(|d| d.end <= k))
        };
        let weak_verb = lead.cues.iter().find(|m| {
            matches!(m.value, Cue::Verb(VerbClass::Collect | VerbClass::Engage))
                && !(matches!(word_at(lead, m.start), "include" | "includes") && data_before(m.start))
                && !(m.start > 0
                    && match m.value {
                        // ("If your business account is connected …, we will collect in
                        // addition:" + "- tax information (…, TIN)": what we collect, with an
                        // auxiliary or adverb between.)
                        Cue::Verb(VerbClass::Collect) => (m.start.saturating_sub(3)..m.start).any(|k| {
                            matches!(word_at(lead, k), "we" | "nous" | "wir" | "nosotros")
                                && (k + 1..m.start).all(|j| {
                                    lead.toks[j].is_word()
                                        && matches!(
                                            word_at(lead, j),
                                            "will"
                                                | "may"
                                                | "also"
                                                | "might"
                                                | "can"
                                                | "could"
                                                | "would"
                                                | "shall"
                                                | "then"
                                                | "additionally"
                                                | "only"
                                                | "usually"
                                                | "typically"
                                                | "generally"
                                                | "automatically"
                                                | "routinely"
                                        )
                                })
                        }),
                        _ => matches!(word_at(lead, m.start - 1), "you" | "vous"),
                    })
        });
        // "## A quién comunicamos tus datos" (the verb inside a section-title phrase): a heading
        // that asks whom the data goes to shares with its items.
        // ("## Who gets your information", "## Who receives your data": the same question.)
        let whom_heading = lead.heading
            && (0..lead.toks.len().min(4)).any(|k| {
                matches!(word_at(lead, k), "quien" | "whom" | "wem" | "qui")
                    || word_at(lead, k) == "who"
                        && matches!(word_at(lead, k + 1), "gets" | "receives" | "sees" | "can" | "has" | "we")
            });
        let heading_verb = Match { start: 0, end: 0, value: Cue::Verb(VerbClass::Share) };
        let share_verb = share_verb.or(whom_heading.then_some(&heading_verb));
        let Some(verb) = share_verb.or(weak_verb) else {
            continue;
        };
        // "… you also give Facebook permission to share your:" — the items go to us.
        if lead.cues.iter().any(|m| {
            matches!(m.value, Cue::Verb(VerbClass::Share))
                && m.start >= 2
                && word_at(lead, m.start - 1) == "to"
                && word_at(lead, m.start - 2) == "permission"
        }) {
            continue;
        }
        // "Things that you write, upload, submit, … or share with Google using our services,
        // such as:" defines what the person sends us; its items are data, not sharing.
        if share_verb.is_some_and(|v| users_own_act(lead, v.start)) {
            continue;
        }
        // "### Information You Provide" + "- Your Contacts and Other Connections. …": what the
        // reader gives us, with no receiver after it, heads a list of data, not of recipients.
        if share_verb.is_some_and(|v| {
            v.start > 0
                && matches!(word_at(lead, v.start - 1), "you" | "vous")
                && !lead.cues.iter().any(|m| m.value == Cue::RecipientPrep && m.start >= v.end)
        }) {
            continue;
        }
        let weak = share_verb.is_none();
        // ("Follow the instructions below to prevent data collection about your visits:" +
        // "- Google: Install the Google Analytics Opt-out Browser Add-on …": how to stop a
        // collection lists no recipients of it.)
        if weak
            && (s.has(Cue::OptOut)
                || (0..verb.start).any(|k| matches!(word_at(lead, k), "prevent" | "stop" | "block" | "disable")))
        {
            continue;
        }
        let lclauses = clauses(lead);
        let vcl =
            lclauses.iter().copied().find(|c| c.0 <= verb.start && verb.start < c.1).unwrap_or((0, lead.toks.len()));
        // "We will not share the following with OpenAI:" — the items are promises, unless the
        // lead-in lists exceptions ("… except:"), which are sharing.
        let negated = negated_before(lead, ctx.lang, vcl, verb.start)
            && !lead.cues.iter().any(|m| m.value == Cue::Exception && m.start > verb.start)
            || answers_no(s);
        if ents_cache[si].is_none() {
            ents_cache[si] = Some(entities(s, lex));
        }
        if ents_cache[li].is_none() {
            ents_cache[li] = Some(entities(lead, lex));
        }
        let ie = ents_cache[si].as_ref().expect("cached");
        let le = ents_cache[li].as_ref().expect("cached");
        // ("Si vous ne souhaitez pas que vos coordonnées soient transmises, il vous suffit :" is
        // how to refuse, not sharing.)
        let lead_shares = share_verb.is_some() && !lead.has(Cue::Negation) && !lead.has(Cue::OptOut);
        let inames = names_in_mode(s, lex, ie, false, true, lead_shares);
        // "- your marketing preferences, so that anyone who has unsubscribed will stay
        // unsubscribed": people in the item's purpose clause receive nothing.
        let purpose_from = (1..s.toks.len())
            .find(|&k| {
                word_at(s, k) == "so" && word_at(s, k + 1) == "that"
                    || word_at(s, k) == "damit"
                    || matches!(word_at(s, k), "afin" | "para" | "pour") && word_at(s, k + 1) == "que"
            })
            .unwrap_or(s.toks.len());
        let recips: Vec<Recipient> =
            recipients_in(s, ie, &inames, (0, purpose_from), |_| true).into_iter().map(|(_, r)| r).collect();
        let own = |n: &str| {
            ctx.brand.as_deref().is_some_and(|b| {
                is_brand(&crate::report::normalize_name(n), b)
                    || crate::report::normalize_name(n).split(' ').next() == Some(b)
            })
        };
        // "… le chef qui l'organise recevra :", "Your host will receive:": a lead-in whose
        // subject receives gives the items' data to that subject.
        let receiver_lead = weak
            && verb.value == Cue::Verb(VerbClass::Collect)
            && lead.text.trim_end().ends_with(':')
            && ["receiv", "recev", "recoi", "reçoi", "erhalt", "erhält", "bekomm", "recib"]
                .iter()
                .any(|x| word_at(lead, verb.start).starts_with(x))
            && !lead.cues.iter().any(|m| m.value == Cue::FirstPerson && m.start < verb.start)
            // ("Data we collect or receive from other sources and inferred data:": we receive,
            // from others.)
            && !(verb.start.saturating_sub(4)..verb.start)
                .any(|k| matches!(word_at(lead, k), "we" | "nous" | "wir" | "nosotros"))
            && !lead.cues.iter().any(|m| m.value == Cue::Source && m.start == verb.end)
            && !matches!(word_at(lead, verb.start.saturating_sub(1)), "you" | "vous" | "sie" | "usted" | "tu" | "du");
        if weak && !receiver_lead && !recips.iter().any(|r| r.name.as_deref().is_some_and(|n| !own(n))) {
            continue;
        }
        // "We use the Personal Information we collect … for the following purposes:" + "- Corporate
        // Transactions. …": a lead-in that uses data lists uses, and its items' capitalised
        // labels are no companies (unlike "We use these analytics services:").
        // ("This section details all the potential ways GitHub may process your Personal Data:"
        // + "- Inference: We generate new information …": a lead-in that processes data lists
        // ways of processing it.)
        if weak
            && !receiver_lead
            && matches!(verb.value, Cue::Verb(VerbClass::Engage | VerbClass::Collect))
            && le.data.iter().any(|m| m.start >= verb.end && m.start <= verb.end + 3)
        {
            continue;
        }
        let mut lead_recips: Vec<Recipient> =
            recipients_in(lead, le, &names(lead, lex, le), (0, lead.toks.len()), |_| true)
                .into_iter()
                .map(|(_, r)| r)
                .collect();
        if receiver_lead && recips.is_empty() && lead_recips.is_empty() {
            lead_recips.push(Recipient { name: None, kind: RecipientKind::ThirdParty });
        }
        // "- Our crash-analytics provider: crash reports … (never your browsing)": data negated
        // as a noun phrase is a promise, not part of the item's sharing.
        // ("- les services de police, uniquement pour les hôtes de nationalité étrangère": a
        // data word that describes the people the item is about is not data it receives.)
        let describes_people = |m: &Match<DataType>| {
            m.start >= 2
                && matches!(word_at(s, m.start - 1), "of" | "de" | "with" | "avec" | "con" | "mit" | "von")
                && matches!(
                    word_at(s, m.start - 2),
                    "hotes"
                        | "guests"
                        | "customers"
                        | "clients"
                        | "visitors"
                        | "visiteurs"
                        | "users"
                        | "utilisateurs"
                        | "usuarios"
                        | "clientes"
                        | "huespedes"
                        | "gaste"
                        | "kunden"
                        | "nutzer"
                        | "people"
                        | "personnes"
                        | "personas"
                        | "personen"
                        | "members"
                        | "membres"
                        | "socios"
                        | "mitglieder"
                )
        };
        let mut data: Vec<DataType> = ie
            .data
            .iter()
            .filter(|m| !describes_people(m))
            .filter(|m| negated || !negated_noun_phrase(s, m.start) && !negated_verb_object(s, m.start))
            .map(|m| m.value)
            .collect();
        let kept_back: Vec<DataType> =
            ie.data.iter().filter(|m| !negated && negated_noun_phrase(s, m.start)).map(|m| m.value).collect();
        // "- Visits are counted with Plausible Analytics, which does not use cookies and receives no
        // personal details …": an item whose every data word is said not to be taken shares
        // nothing; it is a promise.
        let all_negated = !negated && ie.data.iter().any(|m| !describes_people(m)) && data.is_empty();
        // Item names recipients: data comes from the lead. Item names data: recipients from the lead.
        // "The Data API gives Google access to:" + "- public posts, … the community they were
        // posted in": items that name data but no company go to the lead's named recipient.
        let lead_named =
            lead_recips.iter().any(|r| r.name.is_some()) && !data.is_empty() && recips.iter().all(|r| r.name.is_none());
        // "The information we will share consists of:" + "- … the brands and regions you stayed
        // in": under a lead-in that lists data, an item's unnamed recipient nouns describe the
        // data.
        let data_lead = (0..lead.toks.len()).any(|k| lexicon::INCLUDES.contains(&word_at(lead, k)))
            && (lead.cues.iter().any(|m| matches!(m.value, Cue::DataHead | Cue::Coref)) || !le.data.is_empty())
            && lead.text.trim_end().ends_with(':');
        let recips =
            if data_lead && !data.is_empty() && recips.iter().all(|r| r.name.is_none()) { Vec::new() } else { recips };
        let item_recips = !recips.is_empty();
        let mut recipients = if recips.is_empty() || lead_named { lead_recips } else { recips };
        if recipients.is_empty() && !negated {
            // (The lead-in's own statement first, its recipients inferred from before: "… sell
            // … to data brokers. These companies … license [it] to their own clients …. The
            // information we will sell consists of:".)
            if let Some(prev) = out.iter().rev().take(64).find(|st| {
                !st.negated
                    && st.sentence <= li
                    && li - st.sentence <= 2
                    && !(st.sentence + 1..=li).any(|k| sents[k].heading)
            }) {
                recipients = prev.recipients.clone();
            }
        }
        if recipients.is_empty() {
            continue;
        }
        // "Viber may use and share … personal data … for the purpose of defending our rights ….
        // This may include, for example:" + "- For financial, tax or audit reasons.": an item
        // naming neither data nor a recipient states no sharing of its own; its purpose belongs
        // to the lead-in's statement. ("- We may examine the content you upload …": nor does an
        // item that opens with our own verb and names no recipient.)
        // (Only an item that opens as a circumstance or a purpose does: "- the date, start time
        // and distance of each trip;" names data the matcher does not know.)
        let (opens_with_we, circumstance) = {
            let o = label_end(s);
            let o = if o > 0 && s.toks.get(o).is_some_and(|t| !t.is_word()) { o + 1 } else { o };
            (
                matches!(word_at(s, o), "we" | "nous" | "wir" | "nosotros"),
                matches!(
                    word_at(s, o),
                    "for"
                        | "in"
                        | "to"
                        | "when"
                        | "where"
                        | "if"
                        | "pour"
                        | "en"
                        | "dans"
                        | "lorsque"
                        | "si"
                        | "fur"
                        | "zur"
                        | "zum"
                        | "um"
                        | "bei"
                        | "wenn"
                        | "im"
                        | "para"
                        | "cuando"
                        | "por"
                ),
            )
        };
        if has_statement[li] && !item_recips && (ie.data.is_empty() && circumstance || opens_with_we) && !negated {
            let more: Vec<Purpose> = ie.purposes.iter().map(|m| m.value).collect();
            if let Some(st) = out.iter_mut().rev().find(|st| st.sentence == li && !st.negated) {
                st.purposes.extend(more);
                st.purposes.sort();
                st.purposes.dedup();
            }
            continue;
        }
        if data.is_empty() {
            data.extend(le.data.iter().map(|m| m.value));
        }
        if data.is_empty() {
            data.push(DataType::Other);
        }
        let mut purposes: Vec<Purpose> = ie.purposes.iter().chain(le.purposes.iter()).map(|m| m.value).collect();
        if verb.value == Cue::Verb(VerbClass::Sell) {
            purposes.push(Purpose::Sale);
        }
        // ("… we will share the following with the Environment Agency:" + "- the name of the
        // property owner": the trade a recipient names is the items' purpose, as in a sentence.)
        for r in &recipients {
            let implied = match r.kind {
                RecipientKind::Analytics => Some(Purpose::Analytics),
                RecipientKind::Advertiser => Some(Purpose::Advertising),
                RecipientKind::Acquirer => Some(Purpose::BusinessTransfer),
                RecipientKind::Government if !purposes.contains(&Purpose::Security) => Some(Purpose::Legal),
                _ => None,
            };
            if let Some(x) = implied.filter(|x| !negated && !purposes.contains(x)) {
                purposes.push(x);
            }
        }
        let framing = framing_of(sents, si, ctx);
        let modality = if lead.has(Cue::Modal) { Modality::May } else { Modality::Will };
        out.push(finish(Statement {
            data,
            recipients,
            purposes,
            negated,
            evidence: s.text.clone(),
            section: ctx.doc.section_of(s.block).map(str::to_string),
            context: Some(lead.text.clone()),
            framing,
            modality,
            opt_out: None,
            confidence: 0.7,
            deidentified: lead.has(Cue::Deidentified) || s.has(Cue::Deidentified),
            nearby_data: Vec::new(),
            sentence: si,
        }));
        if all_negated {
            let last = out.last_mut().expect("just pushed");
            last.negated = true;
            last.data = ie.data.iter().map(|m| m.value).collect();
            last.data.sort();
            last.data.dedup();
            last.purposes.clear();
            continue;
        }
        if !kept_back.is_empty() {
            let mut promise = out.last().expect("just pushed").clone();
            promise.data = kept_back;
            promise.negated = true;
            promise.purposes.clear();
            out.push(promise);
        }
    }
    // "Netflix uses contractual and technical measures designed to prevent Netflix Marketing
    // Providers from accessing information …": the recipients kept from the data get none.
    out.retain(|st| {
        let s = &sents[st.sentence];
        if st.negated || !(0..s.toks.len()).any(|k| lexicon::PREVENT_WORDS.contains(&word_at(s, k))) {
            return true;
        }
        let e = cached(&ents_cache, sents, st.sentence, lex);
        let kept_out: Vec<RecipientKind> = (0..s.toks.len())
            .filter(|&k| lexicon::PREVENT_WORDS.contains(&word_at(s, k)))
            .flat_map(|k| {
                e.recips
                    .iter()
                    .filter(move |m| {
                        m.start > k
                            && m.start <= k + 3
                            && (m.end..(m.end + 2).min(s.toks.len())).any(|j| word_at(s, j) == "from")
                    })
                    .map(|m| m.value)
            })
            .collect();
        // ("We prohibit our service providers from selling your information": nor is anything
        // sold to anyone.)
        kept_out.is_empty()
            || !st
                .recipients
                .iter()
                .all(|r| kept_out.contains(&r.kind) || r.name.is_none() && r.kind == RecipientKind::ThirdParty)
    });
    // "We collect your personal information from the following sources:" + "- Advertisers …
    // may provide us with unique identifiers", "- Service Providers … that collect or provide
    // personal information to Netflix": items of a list of sources say what comes in, unless
    // the item itself sends something elsewhere.
    out.retain(|st| {
        let s = &sents[st.sentence];
        let Some(li) = s.lead else { return true };
        // (Only where the publisher collects: "These SDKs collect the information above
        // directly from your device:" + "- Google Firebase receives gameplay events" is sharing.)
        let we_collect = matches!(word_at(&sents[li], 0), "we" | "wir" | "nous" | "nosotros" | "recogemos");
        if st.negated || !we_collect || !incoming(&sents[li], true) {
            return true;
        }
        // ("- We work with payment service providers such as Payvia to handle electronic
        // payments": a company engaged gets data too.)
        s.cues.iter().any(|m| {
            matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell | VerbClass::Engage))
                && !toward_user_or_us(s, m.end)
                && !(m.end..(m.end + 6).min(s.toks.len())).any(|k| {
                    matches!(word_at(s, k), "to" | "with")
                        && ctx.brand.as_deref().is_some_and(|b| is_brand(word_at(s, k + 1), b))
                })
        })
    });
    cookie_table_rows(sents, ctx, lex, &ents_cache, &has_statement, &mut out);
    disclosure_table_rows(sents, ctx, lex, &has_statement, &mut out);
    out.sort_by_key(|st| st.sentence);
    names_listed_after(sents, lex, &mut ents_cache, &mut out);
    processor_lists(sents, ctx, lex, &mut out);
    assets_to_named_buyer(sents, ctx, lex, &ents_cache, &mut out);
    dative_pronoun_recipients(sents, ctx, lex, &ents_cache, &mut out);
    // "As part of the acquisition, your customer records will be transferred to Helion": a
    // transfer to a buyer stated in the future tense, without a condition ("in the event of a
    // merger, … may be transferred"), announces a change.
    // (A buyer named in one statement is the buyer in the others that name it.)
    let buyers: Vec<String> = out
        .iter()
        .flat_map(|st| st.recipients.iter())
        .filter(|r| r.kind == RecipientKind::Acquirer)
        .filter_map(|r| r.name.clone())
        .collect::<std::collections::BTreeSet<String>>()
        .into_iter()
        .collect();
    for st in out.iter_mut() {
        // (A list item says it in its lead-in or the sentence before that: "… the customer
        // records we hold will transfer to Carrow Recycling. …, these records include:" +
        // "- your name and home address".)
        let mut at = st.sentence;
        if let Some(l) = sents[at].lead.filter(|_| !sents[at].has(Cue::Future)) {
            at = (l.saturating_sub(2)..=l)
                .rev()
                .find(|&k| sents[k].block == sents[l].block && sents[k].has(Cue::Future))
                .unwrap_or(at);
        }
        let s = &sents[at];
        if !st.negated
            && st.framing == Framing::Existing
            && st
                .recipients
                .iter()
                .any(|r| r.kind == RecipientKind::Acquirer || r.name.as_ref().is_some_and(|n| buyers.contains(n)))
            && s.has(Cue::Future)
            && !s.has(Cue::Modal)
            && !lexicon::HYPOTHETICAL.iter().any(|w| s.lower.contains(w))
            // ("In connection with a reorganization, merger or sale, … we will transfer personal
            // information provided the receiving party agrees …": any merger, not this one.)
            && !cached(&ents_cache, sents, at, lex).purposes.iter().any(|m| {
                m.value == Purpose::BusinessTransfer
                    && m.start > 0
                    && lexicon::INDEFINITE_ARTICLES.contains(&word_at(s, m.start - 1))
            })
        {
            st.framing = Framing::New;
        }
    }
    demonstrative_recipients(sents, lex, &ents_cache, &mut out);
    // "Corvane will use this information to:" + list items: the items are purposes.
    for si in 0..sents.len() {
        let Some(li) = sents[si].lead else { continue };
        let lead_shares =
            sents[li].cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)));
        if lead_shares && out.binary_search_by_key(&si, |st| st.sentence).is_ok() {
            continue;
        }
        let e = cached(&ents_cache, sents, si, lex);
        if e.purposes.is_empty() {
            continue;
        }
        let from = out.partition_point(|st| st.sentence < li);
        for st in out[from..].iter_mut().take_while(|st| st.sentence == li).filter(|st| !st.negated) {
            for p in &e.purposes {
                if !st.purposes.contains(&p.value) {
                    st.purposes.push(p.value);
                }
            }
            st.purposes.sort();
        }
    }
    if let Some(b) = &ctx.brand {
        // The title's words, the same for every statement: normalised once.
        let title_norm = ctx.doc.meta.title.as_deref().map(crate::text::normalize_phrase);
        let title_words: Vec<&str> = title_norm.as_deref().map(|t| t.split(' ').collect()).unwrap_or_default();
        for st in out.iter_mut() {
            // The publisher itself, and its own products ("the Threadline Data API").
            let own = |n: &str| {
                let norm = crate::report::normalize_name(n);
                // "Inkwell Print Co" under the title "… - Inkwell Print Co.": the publisher's full
                // name ("Tasklane Europe Ltd." under "… - Tasklane" is a group company).
                // (The group test normalises `n` again, so it comes last.)
                let group = || {
                    crate::text::normalize_phrase(n).split(' ').any(|w| {
                        matches!(w, "group" | "holding" | "holdings" | "gruppe" | "groupe" | "grupo" | "konzern")
                    })
                };
                let whole = norm.split(' ').next() == Some(b.as_str())
                    && norm.split(' ').all(|w| title_words.iter().any(|t| *t == w))
                    && !group();
                if whole {
                    return true;
                }
                let product = norm.split(' ').next() == Some(b.as_str())
                    && norm.rsplit(' ').next().is_some_and(|w| {
                        matches!(
                            w,
                            "api"
                                | "app"
                                | "apps"
                                | "sdk"
                                | "platform"
                                | "store"
                                | "website"
                                | "site"
                                | "pro"
                                | "plus"
                                | "premium"
                                | "basic"
                                | "free"
                                | "business"
                                | "teams"
                                | "one"
                                | "max"
                                | "service"
                                | "services"
                                // ("Zoom Team Chat", "Coinbase Pay": more of its products.)
                                | "chat"
                                | "phone"
                                | "rooms"
                                | "meetings"
                                | "webinars"
                                | "mail"
                                | "email"
                                | "calendar"
                                | "whiteboard"
                                | "docs"
                                | "drive"
                                | "maps"
                                | "pay"
                                | "wallet"
                                | "cloud"
                                | "assistant"
                                | "iq"
                        )
                    });
                is_brand(&norm, b) || product
            };
            // "when you buy a ticket on Gatehouse, the organiser of that event will receive …":
            // the publisher's name taken for an apposition leaves the noun's kind.
            for r in st.recipients.iter_mut() {
                if r.name.as_deref().is_some_and(own)
                    && !matches!(r.kind, RecipientKind::ThirdParty | RecipientKind::Affiliate)
                {
                    r.name = None;
                }
            }
            st.recipients.retain(|r| r.name.as_deref().is_none_or(|n| !own(n)));
            st.recipients.dedup();
            // "Netflix Marketing Providers" on Netflix's page: the publisher's own defined term for
            // a kind of provider, not a company of that name.
            for r in st.recipients.iter_mut() {
                if r.kind == RecipientKind::ServiceProvider
                    && r.name
                        .as_deref()
                        .is_some_and(|n| crate::report::normalize_name(n).split(' ').next() == Some(b.as_str()))
                {
                    r.name = None;
                }
            }
            st.recipients.dedup();
            // "Tasklane Europe Ltd." on Tasklane's page is a group company.
            // ("GitHub Organization Accounts: … we might share Personal Data with that
            // organization": the publisher's customers, not its companies.)
            for r in st.recipients.iter_mut() {
                if r.name.as_deref().is_some_and(|n| {
                    let norm = crate::report::normalize_name(n);
                    norm.split(' ').next() == Some(b.as_str())
                        && !matches!(
                            norm.rsplit(' ').next(),
                            Some("accounts" | "account" | "users" | "customers" | "members" | "clients")
                        )
                }) && r.kind == RecipientKind::ThirdParty
                {
                    r.kind = RecipientKind::Affiliate;
                }
            }
        }
        out.retain(|st| !st.recipients.is_empty());
    }
    // "Product analytics: Metricly Inc. receives …", "Hosting: …": an item's label says what
    // the named company does for the publisher.
    // ("- Zahlungsdienstleister: Zahlungen werden über Mollie B.V. abgewickelt. Dazu übermitteln
    // wir … an Mollie.": the label of the item's first sentence, a recipient noun, says it too.)
    for st in out.iter_mut() {
        let b = sents[st.sentence].block;
        let li = sents.partition_point(|x| x.block < b);
        let li = if li < st.sentence && ctx.doc.blocks[b].kind == BlockKind::ListItem { li } else { st.sentence };
        let s = &sents[li];
        let le = label_end(s);
        if le == 0 || st.negated {
            continue;
        }
        let Some(e) = ents_cache[li].as_ref() else {
            continue;
        };
        let kind = e.purposes.iter().filter(|m| m.end < le).find_map(|m| match m.value {
            Purpose::Analytics => Some(RecipientKind::Analytics),
            Purpose::Service => Some(RecipientKind::ServiceProvider),
            Purpose::Advertising => Some(RecipientKind::Advertiser),
            _ => None,
        });
        let kind = kind.or_else(|| {
            e.recips
                .iter()
                .find(|m| m.end < le && m.start == 0 && m.value != RecipientKind::ThirdParty)
                .map(|m| m.value)
                .filter(|_| li != st.sentence)
        });
        if let Some(kind) = kind {
            for r in st.recipients.iter_mut().filter(|r| r.name.is_some() && r.kind == RecipientKind::ThirdParty) {
                r.kind = kind;
            }
        }
    }
    lead_kinds_for_named_items(sents, lex, &ents_cache, &mut out);
    introduced_kinds(sents, lex, &ents_cache, &mut out);
    published_content(sents, lex, &ents_cache, &mut out);
    product_followups(sents, lex, &ents_cache, &mut out);
    data_from_followups(sents, lex, &ents_cache, &mut out);
    documents_filed(sents, ctx, lex, &ents_cache, &mut out);
    data_from_also(sents, &mut out);
    specific_other_data(sents, lex, &ents_cache, &mut out);
    purposes_from_followups(sents, lex, &ents_cache, &mut out);
    sales_by_law(sents, lex, &ents_cache, &mut out);
    purposes_from_headings(sents, ctx, lex, &ents_cache, &mut out);
    loyalty_card_numbers(sents, &mut out);
    // "… to Meta and TikTok, which use it to show you our ads": a named company of no known
    // kind that receives data for advertising is an advertiser (then on the whole page).
    for st in out.iter_mut().filter(|st| {
        !st.negated
            && st.purposes.contains(&Purpose::Advertising)
            && !st.purposes.iter().any(|p| matches!(p, Purpose::BusinessTransfer | Purpose::Legal))
    }) {
        for r in st.recipients.iter_mut().filter(|r| r.name.is_some() && r.kind == RecipientKind::ThirdParty) {
            r.kind = RecipientKind::Advertiser;
        }
    }
    let acquirers = transfer_counterparties(sents, lex, &ents_cache);
    let parents = parent_companies(sents, ctx);
    harmonise_named_kinds(&mut out, &acquirers, &parents);
    // "## What will not transfer — Saved card details will not be transferred.": on a page about
    // the sale of the business to one buyer, what is not transferred does not go to that buyer.
    let mut buyers: Vec<Recipient> = out
        .iter()
        .filter(|st| !st.negated)
        .flat_map(|st| st.recipients.iter())
        .filter(|r| r.kind == RecipientKind::Acquirer && r.name.is_some())
        .cloned()
        .collect();
    buyers.dedup_by(|a, b| {
        let (x, y) = (
            crate::report::normalize_name(a.name.as_deref().unwrap_or("")),
            crate::report::normalize_name(b.name.as_deref().unwrap_or("")),
        );
        x == y || short_form(&x, &y) || short_form(&y, &x)
    });
    if buyers.len() == 1 {
        for st in out.iter_mut().filter(|st| {
            st.negated && st.recipients.iter().all(|r| r.name.is_none() && r.kind == RecipientKind::ThirdParty)
        }) {
            let s = &sents[st.sentence];
            let transfer = (0..s.toks.len()).any(|k| word_at(s, k).starts_with("transfer"));
            if transfer && cached(&ents_cache, sents, st.sentence, lex).recips.is_empty() {
                st.recipients = buyers.clone();
            }
        }
    }
    independent_recipients(sents, lex, &ents_cache, &mut out);
    // ("Partners include ad networks …" + "- 3.", left of a numbered heading: an item without a
    // letter states nothing, whatever its lead-in says.)
    out.retain(|st| sents[st.sentence].text.chars().any(char::is_alphabetic));
    expand_short_names(sents, &mut out);
    expand_first_word_names(&mut out);
    merge_followups(sents, &mut out);
    drop_contradicted(sents, &mut out);
    attach_opt_outs(sents, ctx, &mut out);
    drop_vague_repeats(sents, &mut out);
    for st in out.iter_mut() {
        // ("Como parte de esta venta, la base de datos … se cederá a Grupo Altair": data handed
        // to the buyer of the business goes with a business transfer, not a sale of data.)
        if st.purposes.contains(&Purpose::BusinessTransfer)
            && !st.recipients.is_empty()
            && st.recipients.iter().all(|r| r.kind == RecipientKind::Acquirer)
        {
            st.purposes.retain(|x| *x != Purpose::Sale);
        }
        let b = sents[st.sentence].block;
        let from = sents.partition_point(|x| x.block < b);
        for k in (from..sents.len()).take_while(|&k| sents[k].block == b) {
            for m in &cached(&ents_cache, sents, k, lex).data {
                if !st.nearby_data.contains(&m.value) {
                    st.nearby_data.push(m.value);
                }
            }
        }
    }
    out
}

/// "We use Google Analytics to understand how visitors use our site. Google Analytics sets cookies
/// that collect your IP address …": a statement naming no data at all (not even "information")
/// whose named recipients all get specific data a sentence or two away says nothing more.
fn drop_vague_repeats(sents: &[Sentence], out: &mut Vec<Statement>) {
    let first = |n: &str| crate::report::normalize_name(n).split(' ').next().unwrap_or("").to_string();
    // Statements by sentence, so that each looks only at its neighbours (not at every statement:
    // that was quadratic on a 20 MB page).
    let mut by_sentence: Vec<(usize, usize)> = out.iter().enumerate().map(|(i, st)| (st.sentence, i)).collect();
    by_sentence.sort_unstable();
    let keep: Vec<bool> = (0..out.len())
        .map(|k| {
            let st = &out[k];
            // ("… will transfer the following customer information to Oakline:" names data,
            // however vaguely; "We use Google Analytics to understand …" names none.)
            let names_data = sents[st.sentence].cues.iter().any(|m| matches!(m.value, Cue::DataHead | Cue::Coref));
            // ("From 1 July we will share the following with Meridian Lists:" + "- your name and
            // postal address": the items say what "the following" is, with the lead-in as their
            // context.)
            if !st.negated && st.data == [DataType::Other] && !st.recipients.is_empty() {
                let hi = by_sentence.partition_point(|&(x, _)| x <= st.sentence + 40);
                let from = by_sentence.partition_point(|&(x, _)| x <= st.sentence);
                let covered = by_sentence[from..hi].iter().map(|&(_, i)| &out[i]).any(|o| {
                    sents[o.sentence].lead == Some(st.sentence)
                        && !o.negated
                        && o.data.iter().any(|d| *d != DataType::Other)
                        && st.recipients.iter().all(|r| o.recipients.contains(r))
                });
                if covered {
                    return false;
                }
            }
            if st.negated
                || names_data
                || st.data != [DataType::Other]
                || st.recipients.is_empty()
                || st.recipients.iter().any(|r| r.name.is_none())
            {
                return true;
            }
            !st.recipients.iter().all(|r| {
                let f = first(r.name.as_deref().unwrap_or(""));
                let lo = by_sentence.partition_point(|&(x, _)| x + 2 < st.sentence);
                let hi = by_sentence.partition_point(|&(x, _)| x <= st.sentence + 2);
                by_sentence[lo..hi].iter().map(|&(_, i)| &out[i]).any(|o| {
                    !o.negated
                        && o.sentence != st.sentence
                        && o.data.iter().any(|d| *d != DataType::Other)
                        && o.recipients.iter().any(|x| x.name.as_deref().is_some_and(|n| first(n) == f))
                })
            })
        })
        .collect();
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "… with iSpot.tv and Samba TV. These companies measure how many households saw an ad": a
/// following sentence about the recipients ("These companies", "They", "Northpeak brands may use
/// this information to …") says what the shared data is for.
/// Whether the sentence has the publisher share or sell ("we share", "we will not sell").
fn first_person_shares(s: &Sentence) -> bool {
    s.cues.iter().any(|m| {
        matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
            && (m.start.saturating_sub(3)..m.start).any(|k| cue_at(s, k) == Some(Cue::FirstPerson))
    })
}

/// "… Larkspur receives payment from these companies. Under the California Consumer Privacy Act,
/// this disclosure may be considered a "sale" of personal information.": a sentence that says the
/// sharing just described counts as a sale in law gives that purpose to the section's sharing.
fn sales_by_law(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    for si in 1..sents.len() {
        let s = &sents[si];
        if s.heading || !s.has(Cue::Coref) || s.has(Cue::Negation) {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        // "… deemed a sale", "which means this sharing is a sale of personal information"
        // ('this is a "sale"': quotes skipped).
        let is_a_sale = || {
            e.purposes.iter().any(|m| {
                let mut k = m.start;
                while k > 0
                    && s.toks[k - 1].punct.is_some_and(|p| {
                        matches!(
                            p,
                            '"' | '\u{201c}' | '\u{201d}' | '\'' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}'
                        )
                    })
                {
                    k -= 1;
                }
                m.value == Purpose::Sale
                    && k >= 2
                    && matches!(word_at(s, k - 1), "a" | "une" | "un" | "una" | "ein" | "einen")
                    && matches!(word_at(s, k - 2), "is" | "are" | "be" | "est" | "es" | "ist")
            })
        };
        if !(0..s.toks.len()).any(|k| lexicon::DEEMED.contains(&word_at(s, k))) && !is_a_sale() {
            continue;
        }
        if !e.purposes.iter().any(|m| m.value == Purpose::Sale) {
            continue;
        }
        // ("To the extent that we share your information with certain advertising … vendors,
        // this can be considered a 'sale'": the sharing it speaks of is its own.)
        let at = out.partition_point(|st| st.sentence < si);
        if first_person_shares(s) && out[at..].iter().take_while(|st| st.sentence == si).any(|st| !st.negated) {
            continue;
        }
        // (The sharing it refers back to stands just before it, not anywhere in a long section:
        // a terms page's "resale" clause is no sale of data.)
        let start = (0..si).rev().find(|&k| sents[k].heading).map_or(0, |h| h + 1).max(si.saturating_sub(4));
        for st in out.iter_mut().filter(|st| !st.negated && st.sentence >= start && st.sentence < si) {
            if !st.purposes.contains(&Purpose::Sale) {
                st.purposes.push(Purpose::Sale);
                st.purposes.sort();
            }
        }
    }
}

fn purposes_from_followups(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    // "We are starting to advertise our chairs on Pinterest. To do that, … we will upload … your
    // email address … to Pinterest": a sharing that opens by pointing back to an aim ("to do
    // that", "para ello", "pour cela", "dafür") serves the aim the sentence before states.
    for st in out.iter_mut().filter(|st| !st.negated && st.sentence > 0) {
        let s = &sents[st.sentence];
        let p = &sents[st.sentence - 1];
        if p.heading || p.block + 1 < s.block || !lexicon::FOR_THAT_OPENINGS.iter().any(|o| s.lower.starts_with(o)) {
            continue;
        }
        for m in &cached(cache, sents, st.sentence - 1, lex).purposes {
            if !st.purposes.contains(&m.value) {
                st.purposes.push(m.value);
            }
        }
        st.purposes.sort();
    }
    for si in 1..sents.len() {
        let s = &sents[si];
        // ("- Authorities: information may be disclosed …" is the next item, not a follow-up.)
        // ("(sofern Sie nicht widersprochen haben)": a bracketed condition negates nothing.)
        let in_brackets = |k: usize| {
            (0..k)
                .rev()
                .find(|&j| matches!(s.toks[j].punct, Some('(' | ')')))
                .is_some_and(|j| s.toks[j].punct == Some('('))
        };
        if s.heading
            || sents[si - 1].heading
            || s.cues.iter().any(|m| m.value == Cue::Negation && !in_brackets(m.start))
            || s.block != sents[si - 1].block && label_end(s) > 0
            // ("Payment partners — … — So they can process your payments" and the next row,
            // "Advertising partners — … — So they can deliver relevant advertising": each row of
            // a table says its own purpose.)
            || s.block != sents[si - 1].block && s.text.contains(" \u{2014} ") && sents[si - 1].text.contains(" \u{2014} ")
        {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        // "They need this to add your points, honour your rewards and check refunds": what a
        // recipient needs the data for, in words no purpose list holds, is to provide the service.
        let needs_it = lex.lang == Lang::En
            && matches!(word_at(s, 0), "they" | "it")
            && matches!(word_at(s, 1), "need" | "needs" | "require" | "requires")
            && matches!(word_at(s, 2), "this" | "it" | "that" | "these" | "them")
            && word_at(s, 3) == "to";
        let needs_it_purposes = [Match { start: 3, end: 4, value: Purpose::Service }];
        let e: std::borrow::Cow<'_, Ents> = if e.purposes.is_empty() && needs_it {
            let mut x = e.into_owned();
            x.purposes.extend_from_slice(&needs_it_purposes);
            std::borrow::Cow::Owned(x)
        } else {
            e
        };
        if e.purposes.is_empty() {
            continue;
        }
        // A sentence about the policy itself says no purpose, unless the reference trails the
        // purposes ("… to send you their own marketing emails, as described in their privacy
        // policies").
        let first_purpose = e.purposes.iter().map(|m| m.start).min().unwrap_or(0);
        if s.cues.iter().any(|m| m.value == Cue::Meta && m.start < first_purpose) {
            continue;
        }
        // (After a list, the lead-in and all its items.)
        // ("- We integrate with … Adyen …. - We also receive … from marketing partners. This helps us
        // measure … advertising": a second sentence of the same item follows that item only.)
        let mut first = sents[si - 1]
            .lead
            .filter(|&li| li < si - 1 && s.lead.is_none() && s.block != sents[si - 1].block)
            .unwrap_or(si - 1);
        // ("… we will share certain information with Meridian. This includes the precise location
        // …. Meridian will combine this … so that it can show you more relevant advertising": past
        // a sentence that only lists the data, in the same paragraph.)
        if first == si - 1
            && si >= 2
            && !sents[si - 2].heading
            && sents[si - 2].block == s.block
            && sents[si - 1].block == s.block
            && matches!(
                (word_at(&sents[si - 1], 0), word_at(&sents[si - 1], 1)),
                ("this" | "these" | "it" | "they", "includes" | "include" | "covers" | "cover" | "consists" | "means")
                    | ("dazu", "gehören" | "gehoren" | "gehört" | "gehort" | "zählen" | "zahlen")
                    | ("dies" | "diese" | "das", "umfasst" | "umfassen" | "sind" | "ist")
                    | ("cela" | "ceci" | "elles" | "ils", "comprend" | "inclut" | "comprennent" | "incluent")
                    | ("il", "s")
                    | (
                        "esto" | "estos" | "estas" | "ello" | "ellos",
                        "incluye" | "incluyen" | "comprende" | "comprenden"
                    )
                    | ("se", "trata")
            )
            && !out.iter().any(|st| st.sentence == si - 1)
        {
            first = si - 2;
        }
        // ("… to Pinterest. ¶ Pinterest matches this list against its own members. It then shows
        // our ads to those people": the paragraph's first sentence, about the recipient and
        // stating nothing of its own, carries the follow-up on to the sentence after.)
        // ("… with Dicebox Retail. They use this information in two ways. First, to recommend
        // games … Second, to send you discount codes": an enumeration of the ways, each sentence
        // stating nothing of its own.)
        let enumerates = |x: &Sentence| lexicon::ENUMERATION_OPENINGS.contains(&word_at(x, 0));
        if first == si - 1 && (opens_with_ref(s) || enumerates(s)) {
            let mut k = si - 1;
            while k >= 1
                && si - k <= 3
                && !sents[k - 1].heading
                && sents[k].block == s.block
                && !out.iter().any(|st| st.sentence == k)
                && (enumerates(&sents[k]) || cached(cache, sents, k, lex).purposes.is_empty())
            {
                let w0 = word_at(&sents[k], 0);
                let names_recipient = w0.len() >= 3
                    && out.iter().filter(|st| st.sentence == k - 1 && !st.negated).any(|st| {
                        st.recipients.iter().any(|r| {
                            r.name
                                .as_deref()
                                .and_then(|n| n.split_whitespace().next())
                                .is_some_and(|n| n.to_lowercase() == w0)
                        })
                    });
                if !(names_recipient || opens_with_ref(&sents[k]) || enumerates(&sents[k])) {
                    break;
                }
                k -= 1;
                if out.iter().any(|st| st.sentence == k) {
                    first = k;
                    break;
                }
            }
        }
        let from = out.partition_point(|st| st.sentence < first);
        let prev: Vec<usize> =
            (from..out.len()).take_while(|&k| out[k].sentence <= si - 1).filter(|&k| !out[k].negated).collect();
        if prev.is_empty() {
            continue;
        }
        // ("… sometimes Tumblr shares your information with our third-party service providers …
        // To the extent that we share your information with certain advertising … vendors, this
        // can be considered a 'sale'": a practice of its own, with other recipients, keeps its
        // purposes.)
        let at = out.partition_point(|st| st.sentence < si);
        let own_practice = first_person_shares(s)
            && out[at..].iter().take_while(|st| st.sentence == si).any(|st| {
                !st.negated
                    && !st.recipients.is_empty()
                    && st.recipients.iter().all(|r| !prev.iter().any(|&k| out[k].recipients.contains(r)))
            });
        if own_practice {
            continue;
        }
        // "Die Unternehmen der Vitalis-Gruppe verwenden diese Daten, um …": a subject that names
        // one of them, with a back-reference to the data.
        let verb_at = s.cues.iter().find(|m| matches!(m.value, Cue::Verb(_))).map_or(0, |m| m.start);
        let named_subject = s.has(Cue::Coref)
            && verb_at <= 8
            && prev.iter().any(|&k| {
                out[k].recipients.iter().any(|r| {
                    r.name.as_deref().and_then(|n| n.split_whitespace().next()).is_some_and(|n| {
                        let n = n.to_lowercase();
                        n.len() >= 3 && (0..verb_at).any(|j| word_at(s, j) == n)
                    })
                })
            });
        // The sentence must be about those recipients: a back-reference to them, or one of their
        // names as its subject.
        // … or a recipient noun as its subject ("Our partners use this information … to show
        // you ads", "The insurer uses this information to …").
        // ("- Authorities, only if the law requires it." after "- Our payment processor, …":
        // another party, not a follow-up about the one before.)
        let recipient_subject = e.recips.iter().any(|m| {
            m.start <= 2
                && prev.iter().any(|&k| out[k].recipients.iter().any(|r| r.kind == m.value))
                && (0..m.start).all(|k| {
                    matches!(
                        word_at(s, k),
                        "our"
                            | "the"
                            | "these"
                            | "those"
                            | "such"
                            | "unsere"
                            | "diese"
                            | "nos"
                            | "ces"
                            | "les"
                            | "nuestros"
                            | "estos"
                            | "los"
                    )
                    // ("El vendedor los utilizará únicamente para preparar y enviar su pedido":
                    // one of them, after a list; not "- Notre prestataire de paiement, Adyen, …",
                    // the next item.)
                    || s.lead.is_none()
                        && matches!(word_at(s, k), "el" | "la" | "le" | "der" | "das" | "nuestro" | "nuestra" | "notre" | "unser")
                })
        });
        // ("Die Lindenau Energie Service GmbH nutzt diese Daten, um …": after an article.)
        let opening = ["The ", "Die ", "Der ", "Das ", "La ", "Le ", "Les ", "El ", "Los ", "Las "]
            .iter()
            .find_map(|a| s.text.strip_prefix(a))
            .unwrap_or(&s.text);
        // ("So können wir Ihnen … personalisierte Werbung anzeigen", "Ainsi, nous …": what the
        // sharing lets the publisher do.)
        let so_that = matches!(word_at(s, 0), "so" | "damit" | "dadurch" | "hierdurch" | "ainsi" | "asi")
            && (1..4.min(s.toks.len()))
                .any(|k| matches!(word_at(s, k), "konnen" | "wir" | "nous" | "podemos" | "we" | "can"));
        // ("We do this to prevent fraud and identity theft": the sharing just stated.)
        let we_do_this = word_at(s, 0) == "we"
            && matches!(word_at(s, 1), "do" | "did")
            && matches!(word_at(s, 2), "this" | "that" | "so");
        // ("… seront communiqués au Groupe Verlaine Médias, notre société mère. Le groupe les
        // utilisera pour …": the group the data went to.)
        let group_subject =
            matches!(word_at(s, 0), "the" | "our" | "le" | "notre" | "die" | "der" | "unser" | "el" | "nuestro")
                && lexicon::GROUP_WORDS.contains(&word_at(s, 1))
                && prev.iter().any(|&k| out[k].recipients.iter().any(|r| r.kind == RecipientKind::Affiliate));
        // ("The shop needs this to complete your purchase" after "… with that shop": the noun
        // the sentence before used for the recipient; "Their reports help us understand …" in
        // the same paragraph: the recipient's own.)
        let same_noun = matches!(word_at(s, 0), "the" | "that" | "this" | "each" | "these" | "those") && {
            let pe = cached(cache, sents, si - 1, lex);
            let w1 = word_at(s, 1);
            w1.len() >= 3
                && pe.recips.iter().any(|m| {
                    (m.start..m.end).any(|k| {
                        let w = word_at(&sents[si - 1], k);
                        w == w1 || w.strip_suffix('s') == Some(w1) || w1.strip_suffix('s') == Some(w)
                    })
                })
        };
        // ("… shared with the County Bat Records Centre. The centre adds them to its survey maps,
        // which are used for research": the last word of the name the sentence before gave.)
        let same_noun = same_noun
            || matches!(word_at(s, 0), "the" | "that" | "this")
                && word_at(s, 1).len() >= 4
                && prev.iter().any(|&k| {
                    out[k].recipients.iter().any(|r| {
                        r.name
                            .as_deref()
                            .and_then(|n| n.split_whitespace().last())
                            .is_some_and(|n| n.to_lowercase() == word_at(s, 1))
                    })
                });
        let their = matches!(word_at(s, 0), "their" | "its")
            && s.block == sents[si - 1].block
            && s.toks.get(1).is_some_and(|t| t.is_word())
            && !e.data.iter().any(|m| m.start <= 2);
        // ("… nous communiquerons votre nom … à la direction départementale … Nous y sommes tenus
        // par la loi": a short first-person sentence that only says the law requires it.)
        let by_law = s.has(Cue::FirstPerson)
            && s.toks.iter().filter(|t| t.is_word()).count() <= 14
            && e.purposes.iter().all(|m| m.value == Purpose::Legal)
            && !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
            && s.block == sents[si - 1].block;
        let about = opens_with_ref(s)
            || same_noun
            || by_law
            || enumerates(s) && sents[si - 1].block == s.block
            || their
            || we_do_this
            || group_subject
            || named_subject
            || recipient_subject
            || so_that
            || prev.iter().any(|&k| {
                out[k].recipients.iter().any(|r| {
                    // ("… à l'association Domaines Réunis … Les domaines pourront ainsi …": in
                    // any case.)
                    r.name.as_deref().and_then(|n| n.split_whitespace().next()).is_some_and(|n| {
                        n.len() >= 3 && opening.get(..n.len()).is_some_and(|o| o.eq_ignore_ascii_case(n))
                    })
                })
            });
        if !about {
            continue;
        }
        for k in prev {
            for p in &e.purposes {
                if !out[k].purposes.contains(&p.value) {
                    out[k].purposes.push(p.value);
                }
            }
            out[k].purposes.sort();
        }
    }
}

/// "Projects that a child marks as "Show in gallery" are published in the public gallery together
/// with the child's first name": what is published, named by no data word, is the user's content.
fn published_content(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    for st in out.iter_mut() {
        if st.negated
            || !st.recipients.iter().all(|r| r.kind == RecipientKind::Public)
            || st.data.iter().any(|d| matches!(d, DataType::Posts | DataType::Messages))
        {
            continue;
        }
        let s = &sents[st.sentence];
        let Some(v) = (1..s.toks.len()).find(|&k| {
            matches!(word_at(s, k), "published" | "posted" | "displayed" | "shown")
                && matches!(word_at(s, k - 1), "is" | "are" | "will" | "be")
        }) else {
            continue;
        };
        let e = cached(cache, sents, st.sentence, lex);
        let from = label_end(s);
        let subject_is_data = e.data.iter().any(|m| m.start >= from && m.start < v)
            || s.cues.iter().any(|m| matches!(m.value, Cue::Coref | Cue::DataHead) && m.start >= from && m.start < v);
        // A noun of its own must be the subject ("Projects that …", not "It is published").
        let subject_noun = (from..v.saturating_sub(1)).any(|k| {
            s.toks[k].is_word() && !matches!(word_at(s, k), "it" | "this" | "that" | "they" | "which" | "what")
        });
        if !subject_is_data && subject_noun {
            st.data.push(DataType::Posts);
            st.data.sort();
            st.data.dedup();
        }
    }
}

/// "ByteClub sessions are free thanks to our sponsor Brightwire Technologies. We share parents'
/// email addresses with Brightwire …": a company introduced on the page by a recipient noun
/// ("our sponsor X", "X, our payment provider,") is of that kind where it is named bare.
/// "We use Google Analytics to understand how visitors use our website. Google receives
/// information about the pages you visit …": a company named right after one of its products in
/// the same paragraph is that product's receiver, of the product's kind and, when it says none,
/// for the product's purposes.
fn product_followups(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    // Whether `product` is a product of the company `name` ("Google Analytics" of "Google").
    let of = |product: &str, name: &str| {
        product.len() > name.len() + 1 && product.starts_with(name) && product.as_bytes()[name.len()] == b' '
    };
    for i in 0..out.len() {
        let si = out[i].sentence;
        if out[i].negated {
            continue;
        }
        for ri in 0..out[i].recipients.len() {
            let r = &out[i].recipients[ri];
            let Some(n) = r.name.as_deref().filter(|_| r.kind == RecipientKind::ThirdParty) else { continue };
            // ("… the LinkedIn Insight Tag and the Google Ads conversion tag, which allow LinkedIn
            // and Google to collect …": another product of the company named here wins.)
            if out[i].recipients.iter().any(|o| o.name.as_deref().is_some_and(|o| of(o, n))) {
                continue;
            }
            let product = out[..i]
                .iter()
                .rev()
                .take(6)
                .filter(|p| {
                    p.sentence < si && si - p.sentence <= 2 && sents[p.sentence].block == sents[si].block && !p.negated
                })
                .find_map(|p| {
                    p.recipients
                        .iter()
                        .find(|pr| pr.name.as_deref().is_some_and(|pn| of(pn, n)))
                        .map(|pr| (pr.kind, p.purposes.clone()))
                });
            // "- Google Analytics sets _ga and _gid. These send Google information about the pages
            // you view": the product named with no statement of its own, as the lexicon knows it.
            let product = product.or_else(|| {
                (si.saturating_sub(2)..=si).filter(|&j| sents[j].block == sents[si].block).find_map(|j| {
                    let e = cached(cache, sents, j, lex);
                    names(&sents[j], lex, &e).into_iter().find(|m| m.known && of(&m.name, n)).map(|m| {
                        let implied = match m.default_kind {
                            RecipientKind::Analytics => vec![Purpose::Analytics],
                            RecipientKind::Advertiser => vec![Purpose::Advertising],
                            _ => Vec::new(),
                        };
                        (m.default_kind, implied)
                    })
                })
            });
            let Some((kind, purposes)) = product.filter(|(k, _)| *k != RecipientKind::ThirdParty) else { continue };
            let st = &mut out[i];
            st.recipients[ri].kind = kind;
            if st.purposes.is_empty() {
                st.purposes = purposes;
            }
        }
    }
}

fn introduced_kinds(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    let first = |n: &str| crate::report::normalize_name(n).split(' ').next().map(str::to_string).unwrap_or_default();
    let mut wanted: Vec<String> = out
        .iter()
        .flat_map(|st| st.recipients.iter())
        .filter(|r| r.kind == RecipientKind::ThirdParty)
        .filter_map(|r| r.name.as_deref().map(first))
        .filter(|f| f.len() >= 3)
        .collect();
    wanted.sort();
    wanted.dedup();
    if wanted.is_empty() {
        return;
    }
    let mut kinds: Vec<(String, RecipientKind)> = Vec::new();
    for (i, s) in sents.iter().enumerate() {
        if !wanted.iter().any(|w| s.lower.contains(w.as_str())) {
            continue;
        }
        let e = cached(cache, sents, i, lex);
        for n in names(s, lex, &e) {
            let f = first(&n.name);
            if !wanted.contains(&f) || kinds.iter().any(|(k, _)| *k == f) {
                continue;
            }
            // "our sponsor Brightwire": the noun right before; "Brightwire, our sponsor,": the
            // appositive right after.
            let before = e.recips.iter().find(|m| m.end == n.start && m.value != RecipientKind::ThirdParty);
            let after = e.recips.iter().find(|m| {
                m.value != RecipientKind::ThirdParty
                    && s.toks.get(n.end).is_some_and(|t| t.punct == Some(','))
                    && (m.start == n.end + 1
                        || m.start == n.end + 2
                            && matches!(
                                word_at(s, n.end + 1),
                                "our" | "the" | "a" | "an" | "notre" | "unser" | "unserem" | "nuestro"
                            ))
            });
            if let Some(m) = before.or(after) {
                kinds.push((f, m.value));
            }
        }
        // "Hopfenreich Media is an advertising network.", "… ist ein Werbenetzwerk.": the name
        // as the subject of a sentence that says what it is.
        let o = usize::from(word_at(s, 0) == "the");
        let f = word_at(s, o);
        if s.toks.get(o).is_some_and(|t| t.cap) && wanted.iter().any(|w| w == f) && !kinds.iter().any(|(x, _)| x == f) {
            let mut ne = o + 1;
            while s.toks.get(ne).is_some_and(|t| t.cap && t.is_word()) {
                ne += 1;
            }
            let copula = matches!(word_at(s, ne), "is" | "ist" | "est" | "es" | "was" | "war" | "fue" | "etait");
            if let Some(m) = e.recips.iter().find(|m| {
                copula
                    && m.value != RecipientKind::ThirdParty
                    && m.start > ne
                    && m.start <= ne + 4
                    && (ne + 1..m.start).all(|k| {
                        matches!(
                            word_at(s, k),
                            "a" | "an"
                                | "the"
                                | "our"
                                | "ein"
                                | "eine"
                                | "einem"
                                | "unser"
                                | "unsere"
                                | "un"
                                | "une"
                                | "una"
                                | "notre"
                                | "nuestro"
                                | "nuestra"
                                | "now"
                                | "jetzt"
                                | "desormais"
                                | "ahora"
                        )
                    })
            }) {
                kinds.push((f.to_string(), m.value));
            } else if !copula
                && s.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Sell) && m.start > ne)
                && !s.has(Cue::FirstPerson)
                && !s.has(Cue::Negation)
                && e.data.iter().any(|d| d.start > ne)
            {
                // ("TrailLink compiles contact lists of people … and sells them to tour
                // operators": a company that sells lists of people is a data broker.)
                kinds.push((f.to_string(), RecipientKind::DataBroker));
            }
        }
        // "our group policy with Deepcover Insurance" (where the name is read without its trade
        // word), then "we will send Deepcover your name": the full name says the trade.
        for k in 1..s.toks.len() {
            let f = word_at(s, k - 1);
            if !s.toks[k].cap
                || !s.toks[k - 1].cap
                || !wanted.iter().any(|w| w == f)
                || kinds.iter().any(|(x, _)| x == f)
                // ("Google Analytics" names a product of a company known by its first word.)
                || lexicon::KNOWN_ORGS.iter().any(|(o, _)| {
                    o.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(f))
                })
            {
                continue;
            }
            if let Some((_, kind)) = lexicon::NAME_TRADE_WORDS.iter().find(|(t, _)| *t == word_at(s, k)) {
                kinds.push((f.to_string(), *kind));
            }
        }
    }
    for st in out.iter_mut() {
        let mut implied = Vec::new();
        for r in st.recipients.iter_mut().filter(|r| r.kind == RecipientKind::ThirdParty) {
            if let Some((_, k)) = r.name.as_deref().and_then(|n| kinds.iter().find(|(f, _)| *f == first(n))) {
                r.kind = *k;
                // ("We will start using Readmetric, an analytics company …. The app will send
                // Readmetric your library card number …": analytics, as "… to Statwise, our
                // analytics provider" says in one sentence.)
                match k {
                    RecipientKind::Analytics => implied.push(Purpose::Analytics),
                    RecipientKind::Advertiser => implied.push(Purpose::Advertising),
                    _ => {}
                }
            }
        }
        if !st.negated && st.purposes.is_empty() {
            implied.dedup();
            st.purposes = implied;
        }
    }
}

/// "… à nos sous-traitants :" + "- OVHcloud : hébergement": companies listed under a lead-in that
/// names one kind of recipient are of that kind.
fn lead_kinds_for_named_items(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    for st in out.iter_mut() {
        let Some(li) = sents[st.sentence].lead else {
            continue;
        };
        if !st.recipients.iter().any(|r| r.name.is_some() && r.kind == RecipientKind::ThirdParty) {
            continue;
        }
        let le = cached(cache, sents, li, lex);
        let mut kinds: Vec<RecipientKind> = le
            .recips
            .iter()
            .map(|m| m.value)
            .filter(|k| !matches!(k, RecipientKind::ThirdParty | RecipientKind::Public | RecipientKind::OtherUsers))
            .collect();
        kinds.dedup();
        if let [k] = kinds[..] {
            for r in st.recipients.iter_mut().filter(|r| r.name.is_some() && r.kind == RecipientKind::ThirdParty) {
                r.kind = k;
            }
        }
    }
}

/// "… we will share information about your account with Meta. This includes your phone number,
/// … and the device you use.": a following "this includes" sentence lists the data.
/// "We send the information in it, including your name, … Social Security number, to the
/// lenders. Your application is also sent to TransUnion.": a statement that names no data and
/// says "also" shares what the previous sentence of its paragraph shared.
fn data_from_also(sents: &[Sentence], out: &mut [Statement]) {
    for k in 0..out.len() {
        let (si, st) = (out[k].sentence, &out[k]);
        if si == 0 || st.negated || st.data != [DataType::Other] || sents[si - 1].block != sents[si].block {
            continue;
        }
        let s = &sents[si];
        // ("We may also provide limited information to advertising platforms" names its own object.)
        let also =
            s.cues.iter().filter(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))).any(|v| {
                (v.start.saturating_sub(3)..v.start).any(|j| word_at(s, j) == "also")
                    && !s.cues.iter().any(|m| m.value == Cue::DataHead && m.start > v.start)
            });
        if !also {
            continue;
        }
        let prev_sts: Vec<&Statement> = out[..k]
            .iter()
            .rev()
            .take_while(|p| p.sentence + 1 >= si)
            .filter(|p| p.sentence + 1 == si && !p.negated)
            .collect();
        // ("We disclose information to government agencies … We may also disclose information to
        // prevent fraud": the same recipients for another purpose, not the same data.)
        if prev_sts.iter().any(|p| st.recipients.iter().all(|r| p.recipients.contains(r))) {
            continue;
        }
        let prev: Vec<DataType> =
            prev_sts.iter().flat_map(|p| p.data.iter().copied()).filter(|d| *d != DataType::Other).collect();
        if prev.is_empty() {
            continue;
        }
        let mut data = prev;
        data.sort();
        data.dedup();
        out[k].data = data;
    }
}

/// Whether the word at `k` says what a document contains ("include", "contains", "lists").
fn says_contents(s: &Sentence, k: usize) -> bool {
    matches!(word_at(s, k), "contain" | "contains" | "list" | "lists" | "show" | "shows")
        || lexicon::INCLUDES.contains(&word_at(s, k))
}

/// "We return the certificate to the Registrar of Births and Deaths and notify HM Coroner. These
/// notices include the deceased's name and the applicant's address.": a sentence that hands
/// documents to a recipient and names no data, followed by one that says what the documents
/// include, shares that data with that recipient (English).
fn documents_filed(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    out: &mut Vec<Statement>,
) {
    if lex.lang != Lang::En {
        return;
    }
    let mut added: Vec<Statement> = Vec::new();
    let mut stated = vec![false; sents.len()];
    for st in out.iter() {
        stated[st.sentence] = true;
    }
    for si in 0..sents.len().saturating_sub(1) {
        let (s, next) = (&sents[si], &sents[si + 1]);
        if s.heading
            || next.heading
            || next.block != s.block
            || !s.has(Cue::FirstPerson)
            || s.has(Cue::Negation)
            || s.has(Cue::Source)
            || stated[si]
        {
            continue;
        }
        let Some(verb) = (0..s.toks.len()).find(|&k| lexicon::FILING_VERBS.contains(&word_at(s, k))) else {
            continue;
        };
        // The next sentence: "These notices include …", "The reports contain …".
        let opener = matches!(word_at(next, 0), "these" | "this" | "the" | "those" | "each" | "both");
        let doc = (1..3.min(next.toks.len())).find(|&k| lexicon::FILED_DOCUMENTS.contains(&word_at(next, k)));
        let Some(doc) = doc else { continue };
        let includes = says_contents(next, doc + 1) || matches!(word_at(next, doc + 1), "give" | "state");
        if !opener
            || !includes
            || next.cues.iter().any(|m| matches!(m.value, Cue::Verb(_) | Cue::Negation) && m.start > doc + 1)
        {
            continue;
        }
        let ne = cached(cache, sents, si + 1, lex);
        let data: Vec<DataType> = {
            let mut d: Vec<DataType> = ne.data.iter().map(|m| m.value).filter(|d| *d != DataType::Other).collect();
            d.sort();
            d.dedup();
            d
        };
        if data.is_empty() || !ne.recips.is_empty() {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        if !e.data.iter().all(|m| m.value == DataType::Other) {
            continue;
        }
        let ns = names(s, lex, &e);
        let mut recipients: Vec<Recipient> = recipients_in(s, &e, &ns, (verb + 1, s.toks.len()), |_| true)
            .into_iter()
            .map(|(_, r)| r)
            .filter(|r| r.kind != RecipientKind::OtherUsers)
            .collect();
        recipients.dedup();
        if recipients.is_empty() {
            continue;
        }
        let modality = if s.has(Cue::Modal) { Modality::May } else { Modality::Will };
        let inferred = Inferred {
            data,
            recipients,
            purposes: e.purposes.iter().map(|m| m.value).collect(),
            evidence: format!("{} {}", s.text, next.text),
            context: s.lead.map(|l| sents[l].text.clone()),
            modality,
        };
        added.push(inferred.statement(sents, ctx, si));
    }
    // "Each month, your rent payment history will be reported to Creditmark. The report will
    // include your full name, date of birth and address": after a sentence that already shares,
    // the next one says what the report (transfer, notification) it makes carries, and that data
    // goes to the same recipients.
    for st in out.iter().filter(|st| !st.negated && !st.recipients.is_empty()) {
        let si = st.sentence;
        let (Some(s), Some(next)) = (sents.get(si), sents.get(si + 1)) else { continue };
        if next.heading || next.block != s.block || next.has(Cue::Negation) {
            continue;
        }
        if !matches!(word_at(next, 0), "the" | "this" | "each" | "these") {
            continue;
        }
        let Some(doc) = (1..3.min(next.toks.len())).find(|&k| {
            lexicon::FILED_DOCUMENTS.contains(&word_at(next, k)) || matches!(word_at(next, k), "transfer" | "transfers")
        }) else {
            continue;
        };
        let stem = &word_at(next, doc)[..4.min(word_at(next, doc).len())];
        // The report is the one the sentence before makes: "reported" → "the report".
        if !s
            .cues
            .iter()
            .any(|m| matches!(m.value, Cue::Verb(VerbClass::Share)) && word_at(s, m.start).starts_with(stem))
        {
            continue;
        }
        let mut v = doc + 1;
        if matches!(word_at(next, v), "will" | "would" | "may" | "can" | "also") {
            v += 1;
        }
        let includes = says_contents(next, v);
        if !includes || next.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && m.start > v) {
            continue;
        }
        let ne = cached(cache, sents, si + 1, lex);
        if !ne.recips.is_empty() {
            continue;
        }
        let mut data: Vec<DataType> = ne.data.iter().map(|m| m.value).filter(|d| *d != DataType::Other).collect();
        data.sort();
        data.dedup();
        data.retain(|d| !st.data.contains(d));
        if data.is_empty() {
            continue;
        }
        let inferred = Inferred {
            data,
            recipients: st.recipients.clone(),
            purposes: st.purposes.clone(),
            evidence: format!("{} {}", s.text, next.text),
            context: s.lead.map(|l| sents[l].text.clone()),
            modality: st.modality,
        };
        added.push(inferred.statement(sents, ctx, si));
    }
    merge_added(out, added);
}

/// "Ihren Namen und Ihren Lebenslauf", "your email address and your CV": a specific kind of data
/// the taxonomy has no type for, listed with typed data, is shared as well ("personal
/// information"); only generic words ("your name and other personal information") are left out.
fn specific_other_data(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    let generic = |w: &str| {
        lexicon::GENERIC_DATA_WORDS.contains(&w)
            || ["daten", "informationen", "angaben"].iter().any(|x| w.len() > x.len() + 3 && w.ends_with(x))
    };
    for st in out.iter_mut() {
        if st.data.is_empty() || st.data.contains(&DataType::Other) {
            continue;
        }
        let s = &sents[st.sentence];
        let e = cached(cache, sents, st.sentence, lex);
        let typed: Vec<&Match<DataType>> =
            e.data.iter().filter(|m| m.value != DataType::Other && st.data.contains(&m.value)).collect();
        let specific = e.data.iter().any(|m| {
            m.value == DataType::Other
                && (m.start..m.end).all(|k| !generic(word_at(s, k)))
                && typed.iter().any(|t| {
                    // (In one list: close by, no verb between.)
                    let (x, y) = if t.end <= m.start { (t.end, m.start) } else { (m.end, t.start) };
                    y >= x
                        && y - x <= 8
                        && !s.cues.iter().any(|c| matches!(c.value, Cue::Verb(_)) && c.start >= x && c.start < y)
                })
        });
        if specific {
            st.data.push(DataType::Other);
            st.data.sort();
        }
    }
}

fn data_from_followups(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    for si in 1..sents.len() {
        let s = &sents[si];
        // ("The data concerned are the following:" + a list.)
        let lists_following = || {
            s.text.trim_end().ends_with(':')
                && s.toks.len() <= 12
                && (0..s.toks.len()).any(|k| lexicon::FOLLOWING.contains(&word_at(s, k)))
        };
        let includes =
            || (0..4.min(s.toks.len())).any(|k| lexicon::INCLUDES.contains(&word_at(s, k))) || lists_following();
        // ("The records include your name, …" after "customer records will be transferred".)
        let the_records = matches!(word_at(s, 0), "the" | "les" | "die" | "los" | "las")
            && (cue_at(s, 1) == Some(Cue::DataHead)
                || matches!(
                    word_at(s, 1),
                    "records"
                        | "record"
                        | "database"
                        | "databases"
                        | "file"
                        | "files"
                        | "information"
                        | "data"
                        | "details"
                        | "assets"
                        | "donnees"
                        | "informations"
                        | "renseignements"
                        | "daten"
                        | "angaben"
                        | "datos"
                ));
        // "- Paylane GmbH – Zahlungsabwicklung. Übermittelt werden Name, IBAN und Rechnungsbetrag."
        // A passive sharing sentence that names no recipient, in the same item as the one before
        // it, says what that recipient gets.
        let passive_same_item = || {
            s.block == sents[si - 1].block
                && s.cues.iter().any(|m| {
                    // A passive: "Übermittelt werden …", "… are passed on", "se comunican".
                    m.value == Cue::Verb(VerbClass::Share)
                        && (m.start == 0
                            || matches!(
                                word_at(s, m.start - 1),
                                "is" | "are"
                                    | "was"
                                    | "were"
                                    | "be"
                                    | "been"
                                    | "werden"
                                    | "wird"
                                    | "sont"
                                    | "est"
                                    | "seront"
                                    | "sera"
                                    | "se"
                            )
                            || matches!(word_at(s, m.end), "werden" | "wird"))
                })
                && !s.has(Cue::FirstPerson)
                && !s.has(Cue::SecondPerson)
                && !s.has(Cue::Negation)
                && {
                    let e = cached(cache, sents, si, lex);
                    e.recips.is_empty() && !e.data.is_empty() && names(s, lex, &e).is_empty()
                }
                && !out.iter().any(|st| st.sentence == si)
                && out.iter().any(|st| st.sentence == si - 1 && st.recipients.iter().any(|r| r.name.is_some()))
        };
        // ("We will never include your email address or telephone number": what is left out.)
        if s.heading || sents[si - 1].heading || s.has(Cue::Negation) {
            continue;
        }
        // ("Les informations concernées sont vos nom et prénom, …", "The data involved are …".)
        let concerned_are = the_records
            && matches!(
                word_at(s, 2),
                "concernees" | "concernes" | "concerned" | "involved" | "affected" | "afectados" | "afectadas"
            )
            // ("The information involved is limited to your name, postal address …")
            && matches!(word_at(s, 3), "sont" | "are" | "son" | "seront" | "will" | "is" | "est" | "es" | "sera" | "include" | "includes");
        // ("… notre fichier clients sera transféré à Atelier Velay. Il comprend vos nom, …": a
        // subject pronoun of the thing just named, then a verb of containing.)
        // ("Sie enthält Ihren Namen …"; Spanish needs no pronoun: "Contiene su nombre …".)
        let pronoun_includes = matches!(word_at(s, 0), "il" | "elle" | "ils" | "elles" | "er" | "es" | "sie")
            && lexicon::INCLUDES.contains(&word_at(s, 1))
            || matches!(word_at(s, 0), "contiene" | "contienen" | "incluye" | "incluyen");
        let passive = !((includes() || concerned_are) && (opens_with_ref(s) || the_records || pronoun_includes));
        if passive && !passive_same_item() {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        let mut found: Vec<DataType> = e.data.iter().map(|m| m.value).collect();
        // "This includes:" + a list: the items name the data. (Not an item that states a
        // practice of our own: "- We may examine the content you upload …".)
        if found.is_empty() && s.text.trim_end().ends_with(':') {
            for item in sents[si + 1..]
                .iter()
                .enumerate()
                .take_while(|(_, x)| x.lead == Some(si))
                .filter(|(_, x)| !matches!(word_at(x, 0), "we" | "nous" | "wir" | "nosotros"))
                .map(|(k, _)| si + 1 + k)
            {
                found.extend(cached(cache, sents, item, lex).data.iter().map(|m| m.value));
            }
        }
        if found.is_empty() {
            continue;
        }
        let from = out.partition_point(|st| st.sentence < si - 1);
        for st in out[from..].iter_mut().take_while(|st| st.sentence == si - 1).filter(|st| !st.negated) {
            // (The passive sentence is where the data is said: it joins the evidence.)
            if (passive || pronoun_includes) && !st.evidence.ends_with(s.text.as_str()) {
                st.evidence.push(' ');
                st.evidence.push_str(&s.text);
            }
            for &d in &found {
                if !st.data.contains(&d) {
                    st.data.push(d);
                }
            }
            if st.data.len() > 1 {
                st.data.retain(|d| *d != DataType::Other);
            }
            st.data.sort();
        }
    }
}

/// "… the court has approved the sale of our business to Riverside Leisure Ltd. The customer
/// file is among the assets sold.": data said to be sold or handed over, with no recipient of
/// its own, goes to the buyer that a sentence just before names after the sale ("la cession de
/// notre fonds de commerce … à la société Rivières Loisirs SAS").
fn assets_to_named_buyer(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    out: &mut Vec<Statement>,
) {
    let mut found = Vec::new();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sents.len()];
    for (i, st) in out.iter().enumerate() {
        by_sentence[st.sentence].push(i);
    }
    for si in 1..sents.len() {
        let s = &sents[si];
        if s.heading
            || s.has(Cue::Negation)
            || s.has(Cue::Modal)
            || matches!(word_at(s, 0), "if" | "si" | "wenn" | "falls" | "when" | "lorsque" | "quand" | "cuando")
            || lexicon::HYPOTHETICAL.iter().any(|w| s.lower.contains(w))
        {
            continue;
        }
        // ("Die Kundendatei gehört zu den verkauften Vermögenswerten": the assets sold, no verb.)
        let verb = s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)));
        if !verb && !["asset", "actif", "vermögenswert", "activo"].iter().any(|w| s.lower.contains(w)) {
            continue;
        }
        // (Only after a sentence that names a sale of the business.)
        if !(si.saturating_sub(2)..si)
            .any(|k| cached(cache, sents, k, lex).purposes.iter().any(|m| m.value == Purpose::BusinessTransfer))
        {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        if !verb && !e.purposes.iter().any(|m| m.value == Purpose::BusinessTransfer) {
            continue;
        }
        // ("El fichero de clientes forma parte de los activos vendidos": a sale of the business's
        // assets to someone unnamed is that sale.)
        let unnamed_sale = |st: &Statement| {
            !st.negated
                && st.purposes.contains(&Purpose::BusinessTransfer)
                && st
                    .recipients
                    .iter()
                    .all(|r| r.name.is_none() && matches!(r.kind, RecipientKind::ThirdParty | RecipientKind::Acquirer))
        };
        let own = &by_sentence[si];
        if !own.iter().all(|&i| unnamed_sale(&out[i])) {
            continue;
        }
        if e.data.is_empty() || !e.recips.is_empty() || !names(s, lex, &e).is_empty() {
            continue;
        }
        let Some((k, buyer)) = (si.saturating_sub(2)..si).rev().find_map(|k| {
            let b = &sents[k];
            if b.heading || ctx.doc.blocks[b.block].section != ctx.doc.blocks[s.block].section || b.has(Cue::Negation) {
                return None;
            }
            let be = cached(cache, sents, k, lex);
            let sales: Vec<(usize, usize)> =
                be.purposes.iter().filter(|m| m.value == Purpose::BusinessTransfer).map(|m| (m.start, m.end)).collect();
            names_in(b, lex, &be, true)
                .into_iter()
                .find(|n| {
                    sales.iter().any(|&(a, z)| n.start > a && n.start <= z + 16)
                        && (n.start.saturating_sub(3)..n.start).any(|j| {
                            matches!(word_at(b, j), "to" | "a" | "à" | "au" | "an" | "al")
                                && (j + 1..n.start).all(|q| {
                                    matches!(
                                        word_at(b, q),
                                        "la" | "the"
                                            | "company"
                                            | "societe"
                                            | "firma"
                                            | "der"
                                            | "die"
                                            | "empresa"
                                            | "entreprise"
                                            | "groupe"
                                            | "group"
                                            | "grupo"
                                            | "gruppe"
                                            | "l"
                                    )
                                })
                        })
                })
                .map(|n| (k, n.name))
        }) else {
            continue;
        };
        if !own.is_empty() {
            for &i in own {
                out[i].recipients = vec![Recipient { name: Some(buyer.clone()), kind: RecipientKind::Acquirer }];
                out[i].purposes.retain(|p| *p != Purpose::Sale);
            }
            continue;
        }
        found.push(inferred_statement(
            sents,
            ctx,
            si,
            k,
            e.data.iter().map(|m| m.value).collect(),
            Recipient { name: Some(buyer), kind: RecipientKind::Acquirer },
            vec![Purpose::BusinessTransfer],
        ));
    }
    out.extend(found);
    out.sort_by_key(|st| st.sentence);
}

/// A statement a pass infers for sentence `si` from the sentence `context` before it: one
/// recipient, modality from the sentence's own "may".
fn inferred_statement(
    sents: &[Sentence],
    ctx: &Context<'_>,
    si: usize,
    context: usize,
    data: Vec<DataType>,
    recipient: Recipient,
    purposes: Vec<Purpose>,
) -> Statement {
    let s = &sents[si];
    finish(Statement {
        data,
        recipients: vec![recipient],
        purposes,
        negated: false,
        evidence: s.text.clone(),
        section: ctx.doc.section_of(s.block).map(str::to_string),
        context: Some(sents[context].text.clone()),
        framing: framing_of(sents, si, ctx),
        modality: if s.has(Cue::Modal) { Modality::May } else { Modality::Will },
        opt_out: None,
        confidence: 0.6,
        deidentified: false,
        nearby_data: Vec::new(),
        sentence: si,
    })
}

/// "We work with self-employed tuners. When we assign you one, we give them your address …",
/// "… le facilitamos tu dirección y tu teléfono", "… nous lui transmettons votre adresse": our
/// verb of giving with a pronoun for whom it goes to gives the data to someone outside — the
/// party a recipient word just before names, or a third party.
fn dative_pronoun_recipients(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    out: &mut Vec<Statement>,
) {
    let mut found = Vec::new();
    let mut has_statement = vec![false; sents.len()];
    for st in out.iter() {
        has_statement[st.sentence] = true;
    }
    for si in 0..sents.len() {
        let s = &sents[si];
        if s.heading || has_statement[si] {
            continue;
        }
        let Some(v) = s.cues.iter().find(|m| {
            if !matches!(m.value, Cue::Verb(VerbClass::Share)) {
                return false;
            }
            let w = word_at(s, m.start);
            let before = |k: usize| m.start >= k && s.toks[m.start - k].is_word();
            match ctx.lang {
                // "we give them your address": the pronoun between the verb and its data.
                Lang::En => {
                    matches!(w, "give" | "send" | "pass" | "provide" | "hand" | "show" | "tell")
                        && (matches!(word_at(s, m.end), "them" | "him" | "her")
                            // "We pass it your name, delivery address and phone number" (the
                            // courier): "it" is the party only when the data follow it at once.
                            || word_at(s, m.end) == "it"
                                && cached(cache, sents, si, lex)
                                    .data
                                    .iter()
                                    .any(|d| {
                                        d.start == m.end + 1
                                            || d.start == m.end + 2 && word_at(s, m.end + 1) == "your"
                                            // ("We send it each member's name, date of birth
                                            // and handicap": a determiner before the data.)
                                            || d.start <= m.end + 4
                                                && matches!(word_at(s, m.end + 1), "each" | "every" | "all")
                                    }))
                        && before(1)
                        && (m.start.saturating_sub(3)..m.start).any(|k| word_at(s, k) == "we")
                }
                // "le facilitamos", "se los damos": a dative clitic before our verb.
                Lang::Es => before(1) && matches!(word_at(s, m.start - 1), "le" | "les" | "se") && w.ends_with("mos"),
                // "nous lui transmettons", "nous leur communiquons".
                Lang::Fr => before(1) && matches!(word_at(s, m.start - 1), "lui" | "leur") && w.ends_with("ons"),
                // "geben wir ihnen Ihre Adresse".
                Lang::De => word_at(s, m.end) == "wir" && matches!(word_at(s, m.end + 1), "ihm" | "ihnen"),
            }
        }) else {
            continue;
        };
        if s.cues.iter().any(|m| m.value == Cue::Negation && m.start < v.start) {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        let data: Vec<DataType> =
            e.data.iter().filter(|d| d.start > v.start && d.start <= v.end + 10).map(|d| d.value).collect();
        // ("each member's name": the people whose data it is, not a party.)
        let first_data = e.data.iter().find(|d| d.start > v.start).map_or(usize::MAX, |d| d.start);
        if data.is_empty()
            || !e
                .recips
                .iter()
                .all(|r| r.start < v.start || r.value == RecipientKind::OtherUsers && r.start < first_data)
        {
            continue;
        }
        // The party: a recipient word earlier in the sentence or in the one before.
        let kind = e
            .recips
            .iter()
            .rev()
            .map(|m| m.value)
            .next()
            .or_else(|| {
                (si > 0 && !sents[si - 1].heading)
                    .then(|| cached(cache, sents, si - 1, lex).recips.last().map(|m| m.value))
                    .flatten()
            })
            .filter(|k| !matches!(k, RecipientKind::OtherUsers | RecipientKind::Public))
            .unwrap_or(RecipientKind::ThirdParty);
        let mut purposes: Vec<Purpose> = e.purposes.iter().filter(|p| p.start > v.start).map(|p| p.value).collect();
        purposes.dedup();
        // "From this season we are affiliated to the Croquet Association … We send it each
        // member's name": "it" is the one organisation the sentence before names.
        let name = (ctx.lang == Lang::En && word_at(s, v.end) == "it" && si > 0 && !sents[si - 1].heading)
            .then(|| {
                let prev = &sents[si - 1];
                let named: Vec<NameMention> = names_in(prev, lex, &cached(cache, sents, si - 1, lex), true)
                    .into_iter()
                    .filter(|n| {
                        !ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(&n.name), b))
                    })
                    .collect();
                if named.len() == 1 {
                    return Some(named[0].name.clone());
                }
                // ("This year we joined the Bowls Federation, the national body": a capitalised
                // name that ends in an organisation's word.)
                let orgs: Vec<String> = (1..prev.toks.len())
                    .filter(|&k| prev.toks[k].cap && lexicon::ORG_LAST_WORDS.contains(&word_at(prev, k)))
                    .filter_map(|k| {
                        let mut j = k;
                        while j > 1 && prev.toks[j - 1].cap && prev.toks[j - 1].is_word() {
                            j -= 1;
                        }
                        (j < k)
                            .then(|| prev.text[prev.toks[j].orig.0 as usize..prev.toks[k].orig.1 as usize].to_string())
                    })
                    .collect();
                (named.is_empty() && orgs.len() == 1).then(|| orgs[0].clone())
            })
            .flatten();
        // (A body named by its own words is of no kind the words around it tell: "joined the
        // Bowls Federation" makes it no company of the group.)
        let kind = if name.is_some() && kind == RecipientKind::Affiliate { RecipientKind::ThirdParty } else { kind };
        found.push(inferred_statement(sents, ctx, si, si.saturating_sub(1), data, Recipient { name, kind }, purposes));
    }
    out.extend(found);
    out.sort_by_key(|st| st.sentence);
}

/// "… les données de leur carte de fidélité … le numéro de carte et l'adresse e-mail seront
/// communiqués": a bare card number in a sentence, or just after one, about a loyalty card is
/// that card's, an account detail, not a means of payment.
fn loyalty_card_numbers(sents: &[Sentence], out: &mut [Statement]) {
    for st in out.iter_mut().filter(|st| st.data.contains(&DataType::Payment)) {
        let s = &sents[st.sentence];
        if !lexicon::BARE_CARD_NUMBERS.iter().any(|p| s.lower.contains(p))
            || lexicon::PAYMENT_CARD_WORDS.iter().any(|w| s.lower.contains(w))
        {
            continue;
        }
        if (st.sentence.saturating_sub(2)..=st.sentence)
            .any(|k| lexicon::LOYALTY_CARD_WORDS.iter().any(|w| sents[k].lower.contains(w)))
        {
            st.data.retain(|d| *d != DataType::Payment);
            if !st.data.contains(&DataType::Account) {
                st.data.push(DataType::Account);
            }
        }
    }
}

/// "## Statistik-Cookies" + "… an Google übermittelt": a statement that names no purpose takes
/// the purposes its section heading names.
fn purposes_from_headings(
    sents: &[Sentence],
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &[Option<Ents>],
    out: &mut [Statement],
) {
    // Heading sentences by block, found once.
    let mut heading_of_block: Vec<Option<usize>> = vec![None; ctx.doc.blocks.len()];
    for (i, s) in sents.iter().enumerate().filter(|(_, s)| s.heading) {
        if heading_of_block[s.block].is_none() {
            heading_of_block[s.block] = Some(i);
        }
    }
    for st in out.iter_mut().filter(|st| !st.negated && st.purposes.is_empty()) {
        let Some(h) =
            ctx.doc.blocks[sents[st.sentence].block].section.and_then(|b| heading_of_block.get(b).copied().flatten())
        else {
            continue;
        };
        let e = cached(cache, sents, h, lex);
        st.purposes = e.purposes.iter().map(|m| m.value).collect();
        st.purposes.sort();
        st.purposes.dedup();
    }
}

/// Whether `short` is the defined short form of `full` ("calder" for "calder home brands"): its
/// first word, of at least four letters.
/// Whether `short`, of two words or more, opens `full` word for word: "grupo sereno" and
/// "grupo sereno cuidados".
fn word_prefix(short: &str, full: &str) -> bool {
    short.contains(' ') && full.len() > short.len() && full.starts_with(short) && full.as_bytes()[short.len()] == b' '
}

fn short_form(short: &str, full: &str) -> bool {
    short.len() >= 4 && !short.contains(' ') && full.split(' ').next() == Some(short) && full != short
}

/// Companies that assets or the business go to in a sale, merger or bankruptcy ("approving the
/// sale of substantially all of the Company's assets … to Calder Home Brands LLC"): names after
/// "to" in a sentence that speaks of a business transfer. Normalised names.
fn transfer_counterparties(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (si, s) in sents.iter().enumerate().filter(|(_, s)| !s.heading) {
        let e = cached(cache, sents, si, lex);
        if !e.purposes.iter().any(|m| m.value == Purpose::BusinessTransfer) {
            // "… will be transferred to the buyer. The administrators have agreed terms with
            // Breakwater Marine Ltd, …": the company a sale was agreed with, right after a
            // sentence about the sale, is the buyer.
            let after_sale = lex.lang == Lang::En
                && si > 0
                && (0..s.toks.len())
                    .any(|k| matches!(word_at(s, k), "agreed" | "signed" | "buyer" | "purchaser" | "acquirer"))
                && !sents[si - 1].heading
                && sents[si - 1].block + 1 >= s.block
                && {
                    let pe = cached(cache, sents, si - 1, lex);
                    pe.purposes.iter().any(|m| m.value == Purpose::BusinessTransfer)
                        || pe.recips.iter().any(|m| m.value == RecipientKind::Acquirer)
                };
            if after_sale {
                for n in names_in(s, lex, &e, true) {
                    let agreed_with = n.start >= 3
                        && word_at(s, n.start - 1) == "with"
                        && (n.start.saturating_sub(5)..n.start - 1)
                            .any(|k| matches!(word_at(s, k), "agreed" | "signed"));
                    let buyer_is = n.start >= 2
                        && matches!(word_at(s, n.start - 1), "is" | "will")
                        && matches!(word_at(s, n.start - 2), "buyer" | "purchaser" | "acquirer");
                    if agreed_with || buyer_is {
                        let norm = crate::report::normalize_name(&n.name);
                        if !norm.is_empty() && !found.contains(&norm) {
                            found.push(norm);
                        }
                    }
                }
            }
            continue;
        }
        let Some(first_bt) = e.purposes.iter().find(|m| m.value == Purpose::BusinessTransfer).map(|m| m.start) else {
            continue;
        };
        // ("acquired by Ritmo Global", "adquirida por Ritmo Global": the buyer right after.)
        let by_at: Vec<usize> = e
            .purposes
            .iter()
            .filter(|m| {
                m.value == Purpose::BusinessTransfer && matches!(word_at(s, m.end - 1), "by" | "por" | "par" | "von")
            })
            .map(|m| m.end)
            .collect();
        for &b in &by_at {
            let end = (b..s.toks.len().min(b + 5))
                .take_while(|&k| {
                    s.toks[k].is_word() && s.toks[k].cap && !lexicon::LEGAL_SUFFIXES.contains(&word_at(s, k))
                })
                .last();
            if let Some(end) = end {
                let name = &s.text[s.toks[b].orig.0 as usize..s.toks[end].orig.1 as usize];
                let norm = crate::report::normalize_name(name);
                if !norm.is_empty() && !found.contains(&norm) {
                    found.push(norm);
                }
            }
        }
        for n in names_in(s, lex, &e, true) {
            let mut k = n.start;
            // ("a Grupo Sereno Cuidados, S.A.": the word for a group opens the name.)
            while k > 0
                && matches!(
                    word_at(s, k - 1),
                    "the" | "our" | "die" | "la" | "le" | "el" | "grupo" | "group" | "groupe" | "gruppe"
                        // ("à la société Cuirs Lambert SARL": the word for a company too.)
                        | "societe" | "company" | "firma" | "empresa" | "entreprise" | "sociedad"
                )
            {
                k -= 1;
            }
            // ("la société Beauté Rivage SAS rachète l'ensemble du fonds de commerce": the
            // subject of a verb of buying.)
            let mut after = n.end;
            while after < s.toks.len() && lexicon::LEGAL_SUFFIXES.contains(&word_at(s, after)) {
                after += 1;
            }
            let buyer = lexicon::BUY_VERBS.contains(&word_at(s, after));
            if buyer
                || by_at.contains(&k)
                || k > first_bt && k > 0 && matches!(word_at(s, k - 1), "to" | "an" | "à" | "a")
            {
                let group_word =
                    n.start > 0 && matches!(word_at(s, n.start - 1), "grupo" | "group" | "groupe" | "gruppe");
                let norm = if group_word {
                    crate::report::normalize_name(&format!("{} {}", word_at(s, n.start - 1), n.name))
                } else {
                    crate::report::normalize_name(&n.name)
                };
                if !found.contains(&norm) {
                    found.push(norm);
                }
            }
        }
    }
    found
}

/// "What we won't do: give Orbit your bank or payment card details": where the page promises,
/// without condition, that a named company does not get some data, a reading elsewhere that it
/// does ("your card number" of a loyalty card) is a misreading. The data leaves those statements;
/// a statement left with none is dropped.
fn drop_contradicted(sents: &[Sentence], out: &mut Vec<Statement>) {
    let conditional = |si: usize| {
        let s = &sents[si];
        (0..s.toks.len()).any(|k| {
            matches!(
                word_at(s, k),
                "if" | "unless"
                    | "without"
                    | "except"
                    | "when"
                    | "wenn"
                    | "falls"
                    | "ohne"
                    | "ausser"
                    | "si"
                    | "sauf"
                    | "sans"
                    | "salvo"
                    | "sin"
                    | "cuando"
            )
        })
    };
    let promises: Vec<(Vec<String>, Vec<DataType>)> = out
        .iter()
        // (A promise of its own sentence, not one item of a "We will not share the following:"
        // list, whose items narrow a category shared elsewhere: private posts, public ones.)
        .filter(|st| st.negated && st.context.is_none() && !conditional(st.sentence))
        .filter(|st| !st.data.contains(&DataType::Other))
        .map(|st| {
            let names: Vec<String> =
                st.recipients.iter().filter_map(|r| r.name.as_deref()).map(crate::report::normalize_name).collect();
            // Only kinds of data with no narrower kinds inside: "payment card details" are one
            // thing, where "posts" may be public ones shared and private ones promised.
            let whole: Vec<DataType> =
                st.data.iter().copied().filter(|d| matches!(d, DataType::Payment | DataType::Government)).collect();
            (names, whole)
        })
        .filter(|(_, data)| !data.is_empty())
        .filter(|(names, _)| !names.is_empty())
        .collect();
    if promises.is_empty() {
        return;
    }
    for st in out.iter_mut().filter(|st| !st.negated) {
        let names: Vec<String> =
            st.recipients.iter().filter_map(|r| r.name.as_deref()).map(crate::report::normalize_name).collect();
        if names.is_empty() || st.recipients.iter().any(|r| r.name.is_none()) {
            continue;
        }
        for (pn, pd) in &promises {
            let first = |x: &str| x.split(' ').next().unwrap_or("").to_string();
            let same = |a: &String, b: &String| a == b || first(a).len() >= 4 && first(a) == first(b);
            if names.iter().all(|n| pn.iter().any(|p| same(n, p))) {
                st.data.retain(|d| !pd.contains(d));
            }
        }
    }
    out.retain(|st| st.negated || !st.data.is_empty());
}

/// Companies the page says the publisher belongs to ("Seit Januar 2025 gehört ParkFix zur Mobilis
/// Gruppe", "Brightnest is now part of the Halvard group"), normalised: they are its affiliates.
/// The publisher (its name, or "we") comes before the cue; the name follows it, after articles
/// and words for "group".
fn parent_companies(sents: &[Sentence], ctx: &Context<'_>) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let brand = ctx.brand.as_deref();
    // Where a cue can start (by the word's hash): found once per sentence, not once per cue.
    let mut starts: Vec<usize> = Vec::new();
    for s in sents.iter().filter(|s| !s.heading) {
        let n = s.toks.len();
        starts.clear();
        starts.extend((0..n).filter(|&k| lexicon::may_start_parent_cue(s.hashes[k].0)));
        if starts.is_empty() {
            continue;
        }
        for cue in lexicon::PARENT_CUES {
            let Some(k) = starts
                .iter()
                .copied()
                .take_while(|&k| k < n.saturating_sub(cue.len()))
                .find(|&k| cue.iter().enumerate().all(|(j, w)| word_at(s, k + j) == *w))
            else {
                continue;
            };
            let publisher = (0..k).any(|j| {
                matches!(word_at(s, j), "we" | "us" | "our" | "wir" | "nous" | "nosotros")
                    || brand.is_some_and(|b| s.toks[j].cap && is_brand(word_at(s, j), b))
            }) || (k + cue.len()..(k + cue.len() + 3).min(n))
                .any(|j| s.toks[j].cap && brand.is_some_and(|b| is_brand(word_at(s, j), b)));
            if !publisher {
                continue;
            }
            let mut j = k + cue.len();
            while j < n
                && j < k + cue.len() + 5
                && (s.toks[j].is_word() && !s.toks[j].cap
                    || s.toks[j].cap && brand.is_some_and(|b| is_brand(word_at(s, j), b))
                    || matches!(word_at(s, j), "groupe" | "grupo" | "group"))
                && !matches!(s.toks[j].punct, Some(_))
            {
                j += 1;
            }
            let start = j;
            while j < n && s.toks[j].is_word() && s.toks[j].cap {
                j += 1;
            }
            if j == start || j - start > 4 {
                continue;
            }
            let name = s.text[s.toks[start].orig.0 as usize..s.toks[j - 1].orig.1 as usize].to_string();
            let norm = crate::report::normalize_name(&name);
            if brand.is_some_and(|b| is_brand(&norm, b)) || norm.len() < 3 {
                continue;
            }
            // ("we joined the Bowls Federation", "member of the Lakeland Tourism Association": a
            // body one joins as a member is no parent company.)
            if j - start >= 2 && lexicon::ORG_LAST_WORDS.contains(&word_at(s, j - 1)) && word_at(s, j - 1) != "group" {
                continue;
            }
            if !found.contains(&norm) {
                found.push(norm);
            }
        }
    }
    found
}

/// One company, one kind: a name left as a generic third party in one sentence takes the kind
/// the page gives it elsewhere ("Halden, a consumer reporting agency"; "the buyer, Harrowgate"),
/// and statements about an acquirer carry the business-transfer purpose.
/// "… to that vendor so it can reply. Vendors are independent businesses and handle your details
/// under their own privacy policies": recipients the page says are independent are not service
/// providers acting for the publisher, whatever their noun usually means. Statements of the same
/// paragraph or the one before that gave them to unnamed service providers give them to business
/// partners.
fn independent_recipients(sents: &[Sentence], lex: &Lexicon, cache: &[Option<Ents>], out: &mut [Statement]) {
    for (si, s) in sents.iter().enumerate() {
        if lex.lang != Lang::En || s.heading || s.toks.len() < 4 {
            continue;
        }
        let e = cached(cache, sents, si, lex);
        // The subject: a recipient noun opening the sentence ("Vendors", "These partners").
        let Some(subj) = e.recips.iter().find(|m| m.start <= 1) else {
            continue;
        };
        if subj.value != RecipientKind::ServiceProvider {
            continue;
        }
        let says = (subj.end..(subj.end + 3).min(s.toks.len())).any(|k| {
            // ("Each vendor is an independent business …")
            let k = if matches!(word_at(s, k + 1), "a" | "an" | "all") { k + 1 } else { k };
            matches!(word_at(s, k), "are" | "is" | "a" | "an" | "all")
                && matches!(word_at(s, k + 1), "independent" | "separate")
                && matches!(
                    word_at(s, k + 2),
                    "businesses"
                        | "business"
                        | "companies"
                        | "company"
                        | "controllers"
                        | "controller"
                        | "entities"
                        | "organisations"
                        | "organizations"
                        | "data"
                )
        });
        if !says {
            continue;
        }
        let block = s.block;
        for st in out.iter_mut() {
            let b = sents[st.sentence].block;
            if st.sentence <= si && block - b <= 1 {
                for r in st.recipients.iter_mut() {
                    if r.name.is_none() && r.kind == RecipientKind::ServiceProvider {
                        r.kind = RecipientKind::BusinessPartner;
                    }
                }
            }
        }
    }
}

fn harmonise_named_kinds(out: &mut [Statement], acquirers: &[String], parents: &[String]) {
    // The publisher's own group: "Mobilis Holding AG" after "gehört ParkFix zur Mobilis Gruppe".
    let first = |n: &str| n.split(' ').next().map(str::to_string).unwrap_or_default();
    for st in out.iter_mut() {
        for r in st.recipients.iter_mut() {
            if let Some(n) = &r.name {
                let f = first(&crate::report::normalize_name(n));
                // (A group that has just bought the publisher is its acquirer: "ha sido adquirida
                // por Ritmo Global, S.L., el grupo de escuelas de baile".)
                if f.len() >= 3 && parents.iter().any(|p| first(p) == f) && !acquirers.iter().any(|a| first(a) == f) {
                    r.kind = RecipientKind::Affiliate;
                }
            }
        }
    }
    let mut kinds: std::collections::HashMap<String, RecipientKind> = std::collections::HashMap::new();
    for a in acquirers {
        kinds.insert(a.clone(), RecipientKind::Acquirer);
    }
    for st in out.iter().filter(|st| !st.negated) {
        for r in &st.recipients {
            if let (Some(n), k) = (&r.name, r.kind) {
                if k != RecipientKind::ThirdParty {
                    kinds.entry(crate::report::normalize_name(n)).or_insert(k);
                }
            }
        }
    }
    // ("… sell the business … to CareRoute Pharmacy Ltd" and "… will be transferred to
    // CareRoute Pharmacy": the buyer in one sentence is the buyer in all.)
    let bought: Vec<String> = out
        .iter()
        .filter(|st| !st.negated)
        .flat_map(|st| st.recipients.iter())
        .filter(|r| r.kind == RecipientKind::Acquirer)
        .filter_map(|r| r.name.as_deref().map(crate::report::normalize_name))
        .collect();
    if !bought.is_empty() {
        for r in out.iter_mut().flat_map(|st| st.recipients.iter_mut()) {
            if let Some(n) = &r.name {
                let norm = crate::report::normalize_name(n);
                if matches!(
                    r.kind,
                    RecipientKind::ServiceProvider | RecipientKind::Merchant | RecipientKind::BusinessPartner
                ) && bought.iter().any(|a| *a == norm || short_form(a, &norm) || short_form(&norm, a))
                {
                    r.kind = RecipientKind::Acquirer;
                }
            }
        }
    }
    if kinds.is_empty() {
        return;
    }
    for st in out.iter_mut() {
        let mut acquirer = false;
        for r in st.recipients.iter_mut() {
            if let Some(n) = &r.name {
                if r.kind == RecipientKind::ThirdParty {
                    let norm = crate::report::normalize_name(n);
                    if let Some(&k) = kinds.get(&norm) {
                        r.kind = k;
                    } else if acquirers.iter().any(|a| {
                        short_form(a, &norm) || short_form(&norm, a) || word_prefix(a, &norm) || word_prefix(&norm, a)
                    }) {
                        r.kind = RecipientKind::Acquirer;
                    }
                }
                acquirer |= r.kind == RecipientKind::Acquirer;
            }
        }
        if acquirer && !st.negated && !st.purposes.contains(&Purpose::BusinessTransfer) {
            st.purposes.push(Purpose::BusinessTransfer);
            st.purposes.sort();
        }
    }
}

/// Whether a company name ends in a legal form ("CareRoute Pharmacy Ltd", "Halvard GmbH").
fn legal_name(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        && name.split_whitespace().last().is_some_and(|w| {
            matches!(
                w.trim_end_matches('.').to_lowercase().as_str(),
                "ltd"
                    | "limited"
                    | "inc"
                    | "llc"
                    | "gmbh"
                    | "ag"
                    | "plc"
                    | "sas"
                    | "sarl"
                    | "sa"
                    | "s.a"
                    | "corp"
                    | "sl"
                    | "s.l"
                    | "srl"
                    | "bv"
                    | "b.v"
                    | "nv"
                    | "n.v"
                    | "lp"
                    | "llp"
            )
        })
}

fn finish(mut st: Statement) -> Statement {
    st.data.sort();
    st.data.dedup();
    if st.data.len() > 1 {
        st.data.retain(|d| *d != DataType::Other);
    }
    st.purposes.sort();
    st.purposes.dedup();
    let mut seen = Vec::new();
    st.recipients.retain(|r| {
        let k = r.clone();
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
    // In a merger or sale of the business, the company named next to "the acquirer" (or in a
    // sentence about the transfer of the business) is the acquirer.
    let transfer = st.purposes.contains(&Purpose::BusinessTransfer)
        || st.recipients.iter().any(|r| r.kind == RecipientKind::Acquirer && r.name.is_none());
    if transfer && st.recipients.iter().any(|r| r.name.is_some() && r.kind == RecipientKind::ThirdParty) {
        for r in st.recipients.iter_mut() {
            if r.name.is_some() && r.kind == RecipientKind::ThirdParty {
                r.kind = RecipientKind::Acquirer;
            }
        }
        st.recipients.retain(|r| r.kind != RecipientKind::Acquirer || r.name.is_some());
    }
    // ("… agreed to sell the business and assets …, including its customer records, to CareRoute
    // Pharmacy Ltd, a registered online pharmacy": the company the business is sold to is its
    // buyer, whatever its trade.)
    // (Only a company's full legal name: "a sale of all or part of PayPal's business" names the
    // publisher, not a buyer.)
    if st.purposes.contains(&Purpose::BusinessTransfer) && st.recipients.iter().all(|r| r.name.is_some()) {
        for r in st.recipients.iter_mut().filter(|r| r.name.as_deref().is_some_and(legal_name)) {
            if matches!(
                r.kind,
                RecipientKind::ServiceProvider | RecipientKind::Merchant | RecipientKind::BusinessPartner
            ) {
                r.kind = RecipientKind::Acquirer;
            }
        }
    }
    // A generic "third parties" next to specific recipients adds nothing.
    if st.recipients.len() > 1 {
        let specific = st.recipients.iter().any(|r| r.kind != RecipientKind::ThirdParty || r.name.is_some());
        if specific {
            st.recipients.retain(|r| r.kind != RecipientKind::ThirdParty || r.name.is_some());
        }
    }
    st
}

/// Whether the sentence frames its practice as continuing ("we continue to share", "as before,
/// we report …"): a continuing cue near a verb, or in a sentence without a verb ("This is not
/// new."). "a hearing currently scheduled for October …, we will sell" is not.
fn continuing(s: &Sentence) -> bool {
    // "Until now, player statistics could only be seen by members of your own league": the only
    // sharing so far goes on (what changes is said next).
    if s.cues.iter().any(|m| m.value == Cue::Stop && m.start <= 1) && (0..s.toks.len()).any(|k| word_at(s, k) == "only")
    {
        return true;
    }
    // (Most sentences have no such cue: nothing to collect for them.)
    if !s.has(Cue::Continuing) {
        return false;
    }
    let verbs: Vec<&Match<Cue>> = s.cues.iter().filter(|m| matches!(m.value, Cue::Verb(_))).collect();
    // "- your name … and account credentials (passwords remain encrypted);": an aside in
    // brackets says how data is kept, not that the practice goes on.
    let in_brackets = |k: usize| {
        s.toks[..k].iter().filter(|t| t.punct == Some('(')).count()
            > s.toks[..k].iter().filter(|t| t.punct == Some(')')).count()
    };
    s.cues.iter().filter(|m| m.value == Cue::Continuing && !in_brackets(m.start)).any(|c| {
        // A sentence adverbial: at the start or set off by a comma ("…, como hasta ahora.").
        let adverbial = c.start == 0 || s.toks[c.start - 1].punct == Some(',');
        // "… erfolgt weiterhin über die Adyen N.V., die dafür Ihre Zahlungsdaten erhält": in a
        // sentence that announces no change, "still" covers the verbs after it.
        let unchanged_sentence = !s.has(Cue::Change) && verbs.iter().all(|v| v.start >= c.end);
        // "Die Übermittlung von Messwerten an den Netzbetreiber … bleibt unverändert": the
        // practice is the subject of "stays unchanged".
        let predicate = c.start > 0
            && matches!(
                word_at(s, c.start - 1),
                "bleibt"
                    | "bleiben"
                    | "remains"
                    | "remain"
                    | "stays"
                    | "stay"
                    | "reste"
                    | "restent"
                    | "demeure"
                    | "demeurent"
                    | "sigue"
                    | "siguen"
                    | "permanece"
                    | "permanecen"
            )
            && !s.has(Cue::Change);
        // "When the acquisition closes, your account … will be transferred to Harbor, which will
        // continue to provide the service": "continue" in a relative clause after the changed
        // practice is the new recipient's, not the practice's.
        let relative = s.has(Cue::Change)
            && verbs.iter().rev().find(|v| v.end <= c.start).is_some_and(|v| {
                (v.end..c.start)
                    .any(|k| matches!(word_at(s, k), "which" | "who" | "die" | "der" | "qui" | "que" | "quien"))
            });
        // "We've clarified how we share …" says the text changed; "… how we will share your
        // data with Meta starting in June" still announces a change.
        let how_we = matches!(word_at(s, c.end - 1), "we" | "wir" | "nous" | "cómo")
            && (c.end - c.start >= 2 && matches!(word_at(s, c.end - 2), "how" | "wie" | "comment" | "dont")
                || word_at(s, c.end - 1) == "cómo");
        if how_we {
            let change_after = s.cues.iter().any(|m| m.value == Cue::Change && m.start >= c.end);
            return !change_after && verbs.iter().any(|v| v.start >= c.end);
        }
        if relative {
            return false;
        }
        verbs.is_empty()
            || adverbial
            || unchanged_sentence
            || predicate
            || verbs
                .iter()
                .any(|v| (v.start >= c.end && v.start - c.end <= 5) || (c.start >= v.end && c.start - v.end <= 3))
    })
}

/// Recomputes the change framing of `statements` for `ctx` (e.g. once the page turned out to be
/// an update notice, where unframed statements are new), without extracting them again.
pub fn reframe(statements: &mut [Statement], sents: &[Sentence], ctx: &Context<'_>) {
    let ctx = &framing_context(sents, ctx);
    for st in statements.iter_mut().filter(|st| st.framing != Framing::Removed) {
        st.framing = framing_of(sents, st.sentence, ctx);
    }
}

fn framing_of(sents: &[Sentence], si: usize, ctx: &Context<'_>) -> Framing {
    let s = &sents[si];
    if continuing(s) {
        return Framing::Existing;
    }
    if ctx.practices_unchanged {
        return if s.has(Cue::Change) { Framing::New } else { Framing::Existing };
    }
    // "… receive your advertising identifier … This practice is not changing.": a later
    // sentence of the same paragraph says it stays.
    if sents[si + 1..].iter().take_while(|x| x.block == s.block).any(|x| {
        (x.has(Cue::Stays) || x.has(Cue::PracticesUnchanged))
            && !x.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
    }) {
        return Framing::Existing;
    }
    if s.has(Cue::Change) || s.has(Cue::UpdateNotice) {
        return Framing::New;
    }
    // "Zapline Leisure Ltd has become the controller of this information": a change of hands.
    // ("Should you access GitHub through an account provided by an organization, …, the
    // organization becomes the Data Controller": what happens whenever the reader does something
    // is a standing rule.)
    let user_condition = matches!(word_at(s, 0), "if" | "when" | "whenever" | "should" | "where")
        && (0..s.toks.len())
            .take_while(|&k| s.toks[k].punct != Some(','))
            .any(|k| cue_at(s, k) == Some(Cue::SecondPerson));
    if s.cues.iter().any(|m| {
        m.value == Cue::Verb(VerbClass::Collect)
            && (matches!(
                word_at(s, m.start),
                "become" | "became" | "devient" | "deviendra" | "devenu" | "devenue" | "pasa" | "pasara" | "convierte"
            ) || word_at(s, m.start) == "est" && matches!(word_at(s, m.start + 1), "devenu" | "devenue")
                || word_at(s, m.start) == "becomes" && !user_condition
                || word_at(s, m.start) == "is" && word_at(s, m.start + 1) == "now")
    }) {
        return Framing::New;
    }
    // "From 2 June 2025, we will share …": a dated future practice.
    if future_tense(s, ctx.lang) && dated_start(s) {
        return Framing::New;
    }
    // "Effective January 20, 2026, Shearbook will use Mixpanel … Mixpanel will receive …": a
    // future practice right after a dated future one in the same paragraph.
    let after_dated_future = |k: usize| {
        let x = &sents[k];
        future_tense(x, ctx.lang)
            && k > 0
            && sents[k - 1].block == x.block
            && future_tense(&sents[k - 1], ctx.lang)
            && !continuing(&sents[k - 1])
            && dated_start(&sents[k - 1])
    };
    if after_dated_future(si) {
        return Framing::New;
    }
    // "From the 2026 season, the wardens require a passenger list. We will therefore send the
    // names … to the reserve authority": the consequence of a dated change is part of it.
    if future_tense(s, ctx.lang)
        && si > 0
        && (0..s.toks.len().min(5)).any(|k| {
            matches!(word_at(s, k), "therefore" | "accordingly" | "consequently" | "daher" | "deshalb" | "donc" | "por")
                && (word_at(s, k) != "por" || word_at(s, k + 1) == "eso")
        })
        && !sents[si - 1].heading
        && !continuing(&sents[si - 1])
        && dated_start(&sents[si - 1])
    {
        return Framing::New;
    }
    // "Today we are announcing two licensing agreements. Under these agreements, we will provide
    // them with …": a future practice right after an announcement in the same paragraph.
    if future_tense(s, ctx.lang)
        && (si.saturating_sub(2)..si).any(|k| {
            sents[k].block == s.block
                && (sents[k].has(Cue::UpdateNotice) || sents[k].has(Cue::Change))
                && !sents[k].has(Cue::Continuing)
        })
    {
        return Framing::New;
    }
    // "The court has approved the sale of our assets to Meridian. ## What happens to your
    // information — As part of the sale, our guest database will be transferred to Meridian": a
    // future practice opening the section right after the announcement, near the top.
    if future_tense(s, ctx.lang)
        && si < 12
        && s.lead.is_none()
        && !(0..s.toks.len()).any(|k| matches!(word_at(s, k), "if" | "unless" | "event" | "whether" | "should"))
    {
        let mut k = si;
        let mut crossed = 0;
        while k > 0 && sents[k - 1].heading && crossed < 2 {
            k -= 1;
            crossed += 1;
        }
        // ("From 1 May 2025, we will do this automatically. ## What we'll share — …": or a
        // dated future practice.)
        // ("… ha acordado la venta de la empresa a Grupo Seguridad Ibérica. La operación se
        // cerrará … el 30 de mayo. Nuestros cerrajeros seguirán funcionando con normalidad. ## Qué
        // datos se transferirán": the announcement may stand a few sentences up.)
        // ("This notice explains what will happen to your information as a result. — To build
        // the assistant, we will provide …": or the paragraph right after it.)
        if (crossed > 0 || k > 0 && sents[k - 1].block != s.block)
            && (k.saturating_sub(3)..k).any(|j| {
                !sents[j].heading
                    && (sents[j].has(Cue::UpdateNotice)
                        || sents[j].has(Cue::Change)
                        || future_tense(&sents[j], ctx.lang) && dated_start(&sents[j]))
                    && !sents[j].has(Cue::Continuing)
            })
        {
            return Framing::New;
        }
    }
    if let Some(li) = s.lead {
        if sents[li].has(Cue::Change) || sents[li].has(Cue::UpdateNotice) {
            return Framing::New;
        }
        // "On or about April 30, 2025, the following information will be transferred to
        // Sentinel:" — items of a dated future lead-in are new too.
        let l = &sents[li];
        if future_tense(l, ctx.lang) && !continuing(l) && dated_start(l) {
            return Framing::New;
        }
        // ("À compter du 1er mai 2026, notre centre sera assuré par Bleu Marine Assurances. Pour
        // chaque plongée, nous lui transmettrons les informations suivantes :" — or of a future
        // lead-in right after a dated future sentence.)
        if after_dated_future(li) {
            return Framing::New;
        }
    }
    // The section heading.
    if let Some(h) = ctx.doc.blocks[s.block].section {
        if let Some(hs) = first_sentence_of_block(sents, h) {
            // ("## What we won't share" + "We use those only to process your payments through
            // our payment processor": sharing said in passing under a promise is as it was; the
            // section's promises themselves are the news.)
            // (Not "Amendment No. 2".)
            let negated_heading = hs.cues.iter().any(|m| {
                m.value == Cue::Negation
                    && !(word_at(hs, m.start) == "no"
                        && hs.toks.get(m.end).is_some_and(|t| {
                            t.punct == Some('.') || t.norm(&hs.lower).starts_with(|c: char| c.is_ascii_digit())
                        }))
            });
            if hs.has(Cue::Continuing)
                || negated_heading && hs.has(Cue::UpdateNotice)
                || negated_heading
                    && !hs.has(Cue::Change)
                    && !s.has(Cue::Negation)
                    && !s.lead.is_some_and(|l| sents[l].has(Cue::Negation))
            {
                return Framing::Existing;
            }
            // "## New: Mixpanel", "## Neu: …", "## Nouveau : …": a heading that labels what is new.
            let new_label = matches!(word_at(hs, 0), "new" | "neu" | "nouveau" | "nouvelle" | "nuevo" | "nueva")
                && hs.toks.get(1).is_some_and(|t| t.punct == Some(':'));
            if hs.has(Cue::Change) || hs.has(Cue::UpdateNotice) || new_label {
                return Framing::New;
            }
        }
    }
    // (Also a document that says it is itself new: see `framing_context`.)
    if ctx.update_page && !outside_change_section(sents, si, ctx) {
        return Framing::New;
    }
    Framing::Existing
}

/// "## What is new in this version — From 1 February we will send … ## Who we share it with — We
/// use a mailing house …": a full policy that keeps its changes in one section of their own says
/// what stays as it was in its other sections. Whether sentence `si`, in the present tense, stands
/// in such another section, after the one whose heading names the change, of a page with at
/// least three such other sections.
fn outside_change_section(sents: &[Sentence], si: usize, ctx: &Context<'_>) -> bool {
    let s = &sents[si];
    let Some(own) = ctx.doc.blocks[s.block].section else {
        return false;
    };
    if future_tense(s, ctx.lang)
        || (0..s.toks.len()).any(|k| {
            matches!(word_at(s, k), "now" | "new" | "newly" | "nun" | "neu" | "neue" | "neuen" | "desormais" | "ahora")
        })
    {
        return false;
    }
    let change_heading = |h: usize| change_heading(sents, h, ctx);
    let Some(first_change) = ctx.change_section.filter(|&h| h < own) else {
        return false;
    };
    if change_heading(own) {
        return false;
    }
    // ("We will not share the following with OpenAI:" + "- drafts and deleted posts;": the
    // items of a future lead-in speak of the change.)
    if s.lead.is_some_and(|l| future_tense(&sents[l], ctx.lang)) {
        return false;
    }
    let later_changes = (own + 1..ctx.doc.blocks.len()).any(|h| change_heading(h));
    let others = (first_change + 1..ctx.doc.blocks.len())
        .filter(|&h| matches!(ctx.doc.blocks[h].kind, BlockKind::Heading(l) if l >= 2) && !change_heading(h))
        .count();
    if later_changes || others < 3 {
        return false;
    }
    // ("## What is not shared — Trip records sent to Halden do not include …": a sentence naming
    // a company the change section names is about the change.)
    let change_end = (first_change + 1..ctx.doc.blocks.len())
        .find(|&h| matches!(ctx.doc.blocks[h].kind, BlockKind::Heading(_)))
        .unwrap_or(ctx.doc.blocks.len());
    fn names_of(x: &Sentence) -> Vec<&str> {
        (1..x.toks.len()).filter(|&k| x.toks[k].is_word() && x.toks[k].cap).map(|k| word_at(x, k)).collect()
    }
    let change_names: Vec<&str> =
        sents.iter().filter(|x| x.block > first_change && x.block < change_end).flat_map(|x| names_of(x)).collect();
    !names_of(s).iter().any(|w| change_names.contains(w))
}

/// Whether the sentence speaks of the future: a future cue ("will", "werden", "vamos a"), or a
/// sharing verb in the Spanish or French simple future ("se cederá", "transmettrons"), or the
/// future of "to be" ("sera", "serán").
fn future_tense(s: &Sentence, lang: Lang) -> bool {
    s.has(Cue::Future)
        // ("… notre centre sera assuré par …", "… seront transmises …": the future of "to be".)
        || matches!(lang, Lang::Es | Lang::Fr)
            && (0..s.toks.len()).any(|k| matches!(word_at(s, k), "sera" | "seront" | "seran" | "serons"))
        || matches!(lang, Lang::Es | Lang::Fr)
            && s.cues.iter().any(|m| {
                matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)) && {
                    let w = word_at(s, m.end - 1);
                    if lang == Lang::Es {
                        ["rá", "rán", "remos", "ra", "ran"].iter().any(|x| w.ends_with(x))
                            && !w.ends_with("ara")
                            && !w.ends_with("iera")
                    } else {
                        ["era", "eront", "erons", "ira", "iront", "irons", "tra", "tront", "trons"]
                            .iter()
                            .any(|x| w.ends_with(x))
                    }
                }
            })
}

/// Whether the sentence dates its practice: a date in its first words ("From 2 June 2025, we
/// will share …", "On or about April 30, 2025, …"), or a date after "from", "starting", "as of",
/// … anywhere ("To train the model, from 1 June 2025 we will share …").
fn dated_start(s: &Sentence) -> bool {
    let digit = |k: usize| s.toks.get(k).is_some_and(|t| t.norm(&s.lower).starts_with(|c: char| c.is_ascii_digit()));
    // "From the 2026 season, …", "Starting in 2027, …": a year in the opening phrase.
    let year = |k: usize| {
        let w = word_at(s, k);
        w.len() == 4 && (w.starts_with("20") || w.starts_with("19")) && w.bytes().all(|b| b.is_ascii_digit())
    };
    if matches!(word_at(s, 0), "from" | "starting" | "beginning" | "ab" | "des" | "desde")
        && (1..s.toks.len().min(5)).find(|&k| !s.toks[k].is_word() || year(k)).is_some_and(|k| year(k))
    {
        return true;
    }
    (0..s.toks.len()).any(|k| {
        s.toks[k].is_word()
            && (k > 0 && digit(k - 1) || digit(k + 1))
            && lexicon::is_month_name(word_at(s, k))
            && (k < 8
                // ("From the start of the new season on 15 September, …": in the opening phrase.)
                || matches!(word_at(s, 0), "from" | "starting" | "beginning" | "ab" | "des" | "desde")
                    && !(0..k).any(|j| matches!(s.toks[j].punct, Some(',' | ';' | ':' | '.')))
                || (k.saturating_sub(3)..k).any(|j| {
                    matches!(
                        word_at(s, j),
                        "from" | "starting" | "beginning" | "effective" | "of" | "after" | "ab" | "partir" | "des" | "desde"
                    )
                }))
    })
}

/// `ctx` for [`framing_of`]: a document that says it is itself new ("This supplement is new and
/// applies only if you join SafeMiles") frames its statements as new, as an update notice does.
/// Checked once per page here instead of once per statement.
fn framing_context<'a>(sents: &[Sentence], ctx: &Context<'a>) -> Context<'a> {
    let new_document = sents
        .iter()
        .filter(|x| !x.heading)
        .take(4)
        .any(|x| lexicon::NEW_DOCUMENT_PHRASES.iter().any(|p| x.lower.contains(p)));
    let change_section = (0..ctx.doc.blocks.len()).find(|&h| change_heading(sents, h, ctx));
    Context { update_page: ctx.update_page || new_document, brand: ctx.brand.clone(), change_section, ..*ctx }
}

/// Whether block `h` is a section heading (level 2 or lower) that names a change.
fn change_heading(sents: &[Sentence], h: usize, ctx: &Context<'_>) -> bool {
    matches!(ctx.doc.blocks[h].kind, BlockKind::Heading(l) if l >= 2)
        && first_sentence_of_block(sents, h).is_some_and(|x| x.has(Cue::Change) || x.has(Cue::UpdateNotice))
}

/// The recipients and data of the nearest earlier statement or sentence (for "they", "it").
fn previous_context(
    out: &[Statement],
    sents: &[Sentence],
    si: usize,
    lex: &Lexicon,
    cache: &mut [Option<Ents>],
) -> (Vec<Recipient>, Vec<DataType>) {
    if let Some(prev) = out
        .iter()
        .rev()
        .take_while(|st| st.sentence + 2 >= si)
        .find(|st| !st.negated && st.sentence < si && !(st.sentence + 1..si).any(|k| sents[k].heading))
    {
        // "… card or bank details. … We also record the device and IP address you log in from.
        // This is passed to …": the data named in the sentence just before, which states no
        // sharing of its own, is what "this" is.
        if prev.sentence + 1 < si && !sents[si - 1].heading {
            if cache[si - 1].is_none() {
                cache[si - 1] = Some(entities(&sents[si - 1], lex));
            }
            let pe = cache[si - 1].as_ref().expect("cached");
            let d: Vec<DataType> = pe.data.iter().map(|m| m.value).collect();
            // "Google recibe … . Cookies publicitarias: utilizamos el píxel de Meta y las cookies
            // de Pinterest. Estas empresas reciben …": companies named just before, in the same
            // paragraph, are nearer than the last statement.
            let named: Vec<Recipient> = if sents[si - 1].block == sents[si].block {
                named_recipients(&sents[si - 1], lex, pe)
            } else {
                Vec::new()
            };
            let recips = if named.is_empty() { prev.recipients.clone() } else { named };
            if !d.is_empty() {
                return (recips, d);
            }
            return (recips, prev.data.clone());
        }
        return (prev.recipients.clone(), prev.data.clone());
    }
    for back in 1..=2 {
        let Some(pi) = si.checked_sub(back) else {
            break;
        };
        let p = &sents[pi];
        if p.heading {
            break;
        }
        // ("Par Julien Marchetti, le 14 octobre 2025": the reporter of an article receives
        // nothing.)
        if crate::detect::text_byline(&p.toks, &p.lower) {
            continue;
        }
        if cache[pi].is_none() {
            cache[pi] = Some(entities(p, lex));
        }
        let e = cache[pi].as_ref().expect("cached");
        let nm = names_in(p, lex, e, true);
        let r: Vec<Recipient> =
            recipients_in(p, e, &nm, (0, p.toks.len()), |_| true).into_iter().map(|(_, r)| r).collect();
        let d: Vec<DataType> = e.data.iter().map(|m| m.value).collect();
        if !r.is_empty() || !d.is_empty() {
            // "Some of these models are developed by Meridian. … we provide them with this
            // data": the data may be named a sentence further back.
            if d.is_empty() && back == 1 && pi > 0 && !sents[pi - 1].heading {
                if cache[pi - 1].is_none() {
                    cache[pi - 1] = Some(entities(&sents[pi - 1], lex));
                }
                let d2: Vec<DataType> = cache[pi - 1].as_ref().expect("cached").data.iter().map(|m| m.value).collect();
                return (r, d2);
            }
            // "- vos messages privés ; - les traces GPS … ; - votre adresse e-mail … Nous ne
            // transmettrons aucune de ces données": after a list, "these data" are all its items.
            let mut d = d;
            if back == 1 && r.is_empty() && p.block != sents[si].block {
                let mut k = pi;
                while k > 0
                    && pi - k < 12
                    && !sents[k - 1].heading
                    && sents[k - 1].block + 1 == sents[k].block
                    && !sents[k - 1]
                        .cues
                        .iter()
                        .any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
                    && sents[k - 1].toks.len() <= 30
                {
                    k -= 1;
                    if cache[k].is_none() {
                        cache[k] = Some(entities(&sents[k], lex));
                    }
                    for m in &cache[k].as_ref().expect("cached").data {
                        if !d.contains(&m.value) {
                            d.push(m.value);
                        }
                    }
                }
            }
            return (r, d);
        }
    }
    (Vec::new(), Vec::new())
}

/// "These updates don't change how we collect, use or share your personal information" (the
/// unchanged practices include sharing; "… the way we store or protect your data" does not).
pub fn says_sharing_unchanged(s: &Sentence) -> bool {
    // "… the people and companies we share it with stay exactly as they are": the practices
    // are the subject, and the cue follows.
    let practices_subject = matches!(word_at(s, 0), "the" | "how" | "who" | "our" | "what" | "all" | "everything");
    s.cues.iter().filter(|m| m.value == Cue::PracticesUnchanged || m.value == Cue::Stays && practices_subject).any(
        |c| {
            // ("These updates do not change our Privacy Policy": the policy is the practices.)
            (c.start..c.end).any(|k| {
                matches!(word_at(s, k), "privacy" | "practices" | "pratiques" | "praktiken" | "practicas" | "prácticas")
            }) || s.cues.iter().any(|m| {
                (m.start >= c.end || practices_subject)
                    && matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
            })
        },
    )
}

/// The recipients a sentence names ("el píxel de Meta y las cookies de Pinterest": Meta,
/// Pinterest), whatever its statements.
/// Whether the recipient mention `start..end` is a bare definite generic noun that stands for a
/// company named before: "the provider", "this service", "le prestataire", "el proveedor".
fn bare_generic_mention(s: &Sentence, start: usize, end: usize) -> bool {
    let det = |k: usize| {
        matches!(
            word_at(s, k),
            "the"
                | "this"
                | "that"
                | "le"
                | "au"
                | "ce"
                | "cet"
                | "el"
                | "al"
                | "este"
                | "ese"
                | "der"
                | "den"
                | "dem"
                | "dieser"
                | "diesen"
                | "diesem"
        )
    };
    let noun = |k: usize| {
        matches!(
            word_at(s, k),
            "provider"
                | "vendor"
                | "processor"
                | "operator"
                | "supplier"
                | "prestataire"
                | "fournisseur"
                | "proveedor"
                | "anbieter"
                | "dienstleister"
        )
    };
    // The lexicon's match may or may not include the article.
    let (d, n) = if det(start) { (start, start + 1) } else { (start.wrapping_sub(1), start) };
    d < s.toks.len()
        && det(d)
        && end == n + 1
        && noun(n)
        && !s.toks.get(n + 1).is_some_and(|t| t.is_word() && matches!(t.norm(&s.lower), "of" | "de" | "du" | "des"))
}

fn named_recipients(s: &Sentence, lex: &Lexicon, e: &Ents) -> Vec<Recipient> {
    recipients_in(s, e, &names(s, lex, e), (0, s.toks.len()), |_| true)
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| r.name.is_some())
        .collect()
}

/// Whether a sale verb sells goods, not data: "items sold by a Partner Store", "products sold
/// to you", "stores that sell through Basketrun".
fn goods_sold(s: &Sentence, m: &Match<Cue>) -> bool {
    m.value == Cue::Verb(VerbClass::Sell)
        && (matches!(word_at(s, m.end), "by" | "through")
            || m.start > 0
                && matches!(
                    word_at(s, m.start - 1),
                    "items" | "products" | "goods" | "tickets" | "merchandise" | "articles" | "groceries"
                )
            || thing_sold_before(s, m.start)
            || goods_relative(s, m.start))
}

/// "cuando compres un producto que vende otro comercio", "les articles que vendent nos
/// partenaires", "products that other shops sell": the selling word at `k` opens a relative
/// clause on goods, no sale of data.
fn goods_relative(s: &Sentence, k: usize) -> bool {
    k >= 2
        && matches!(word_at(s, k - 1), "que" | "qui" | "that" | "which" | "die" | "den")
        && matches!(
            word_at(s, k - 2),
            "producto"
                | "productos"
                | "articulo"
                | "articulos"
                | "artículo"
                | "artículos"
                | "instrumento"
                | "instrumentos"
                | "produit"
                | "produits"
                | "article"
                | "articles"
                | "product"
                | "products"
                | "item"
                | "items"
                | "goods"
                | "produkt"
                | "produkte"
                | "artikel"
                | "waren"
                | "ware"
        )
}

/// Whether the selling verb at `k` sells a thing named just before it ("… fail to log out a
/// device you sell or return"), not data.
/// Whether the object of a verb of selling that ends before token `k` is the business itself,
/// sold to someone: "sold Lockside Narrowboat Hire to Waterways Holidays Ltd", "sell the business
/// to …" (a capitalised name, or "the/our business/company/shop …", then "to" within a few words).
fn business_sold_at(s: &Sentence, k: usize) -> bool {
    if !matches!(word_at(s, k.wrapping_sub(1)), "sold" | "sell" | "sells" | "selling") {
        return false;
    }
    let name = s.toks.get(k).is_some_and(|t| t.is_word() && t.cap)
        && !matches!(word_at(s, k), "your" | "personal" | "customer" | "user" | "member");
    let business = matches!(word_at(s, k), "the" | "our" | "its" | "this")
        && matches!(
            word_at(s, k + 1),
            "business" | "company" | "shop" | "firm" | "practice" | "store" | "agency" | "brand" | "bakery" | "studio"
        );
    (name || business) && (k + 1..(k + 7).min(s.toks.len())).any(|j| word_at(s, j) == "to")
}

/// The English forms of "be" that make a passive or a predicate ("is sold", "are shared").
const EN_BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

fn thing_sold_before(s: &Sentence, k: usize) -> bool {
    k > 1
        && matches!(word_at(s, k - 1), "you" | "we")
        && matches!(
            word_at(s, k - 2),
            "device"
                | "devices"
                | "phone"
                | "computer"
                | "car"
                | "vehicle"
                | "item"
                | "items"
                | "product"
                | "products"
                | "goods"
                | "tickets"
        )
}

/// Whether the user is the subject of a sharing verb before token `p` ("When you share a folder
/// with other people, …").
fn user_shares_before(s: &Sentence, p: usize) -> bool {
    s.cues.iter().any(|m| {
        m.start < p
            && m.value == Cue::Verb(VerbClass::Share)
            // Sharing with people, not publishing ("If you publish a note, anyone can read it").
            && ["shar", "send", "sent", "partag", "envo", "teil", "schick", "compart", "envi"].iter().any(|x| word_at(s, m.start).starts_with(x))
            && (m.start.saturating_sub(3)..m.start).any(|k| matches!(word_at(s, k), "you" | "vous" | "sie" | "du" | "tu" | "usted"))
            && (m.start.saturating_sub(3)..m.start).all(|k| !matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros"))
    })
}

/// "For joint marketing with other financial companies: No." — a row of a US bank's privacy
/// notice (or any label) answered "No" / "Nein" / "Non".
fn answers_no(s: &Sentence) -> bool {
    let Some(last) = s.toks.iter().rposition(|t| t.is_word()) else {
        return false;
    };
    matches!(word_at(s, last), "no" | "nein" | "non") && last > 0 && s.toks[last - 1].punct == Some(':')
}

/// Whether an opt-out sentence points back at one practice ("You can opt out of this sharing",
/// "Vous pouvez vous y opposer", "Sie können dem widersprechen").
fn opens_with_ref_anywhere(s: &Sentence) -> bool {
    opens_with_ref(s)
        || (0..s.toks.len()).any(|k| {
            matches!(
                word_at(s, k),
                "this"
                    | "these"
                    | "that"
                    | "ce"
                    | "cette"
                    | "ces"
                    | "diese"
                    | "dieser"
                    | "diesem"
                    | "dem"
                    | "esta"
                    | "este"
                    | "estos"
                    | "estas"
            ) && s.toks.get(k + 1).is_some_and(|t| t.is_word())
                && matches!(
                    word_at(s, k + 1),
                    "sharing"
                        | "transfer"
                        | "disclosure"
                        | "use"
                        | "partage"
                        | "transmission"
                        | "weitergabe"
                        | "ubermittlung"
                        | "nutzung"
                        | "cesion"
                        | "comunicacion"
                        | "uso"
                )
        })
}

/// Whether a sentence opens with a back-reference ("This data", "These partners", "Dazu").
fn opens_with_ref(s: &Sentence) -> bool {
    s.cues.iter().any(|m| m.value == Cue::Coref && m.start <= 1)
        || matches!(
            word_at(s, 0),
            "this"
                | "these"
                | "that"
                | "it"
                | "they"
                | "they'll"
                | "they're"
                | "they\u{2019}ll"
                | "dazu"
                | "hierzu"
                | "darunter"
                | "ceux"
                | "ces"
                | "estos"
                | "estas"
        )
}

/// Every recipient the sentence before `si` names (other users only by name), without repeats.
fn previous_sentence_recipients(
    sents: &[Sentence],
    si: usize,
    lex: &Lexicon,
    cache: &mut [Option<Ents>],
) -> Vec<Recipient> {
    let prev = &sents[si - 1];
    if cache[si - 1].is_none() {
        cache[si - 1] = Some(entities(prev, lex));
    }
    let pe = cache[si - 1].as_ref().expect("cached");
    let pn = names(prev, lex, pe);
    let mut recips: Vec<Recipient> = recipients_in(prev, pe, &pn, (0, prev.toks.len()), |_| true)
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| r.kind != RecipientKind::OtherUsers || r.name.is_some())
        .collect();
    recips.dedup();
    recips
}

/// What a pronoun subject ("It receives …") refers to in sentence `pi`: the recipients of its
/// statement, else the organisations it mentions, else its opening name ("Amplitude helps us …").
fn antecedent(
    out: &[Statement],
    sents: &[Sentence],
    pi: usize,
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &mut [Option<Ents>],
) -> Vec<Recipient> {
    if let Some(st) = out.iter().rev().take(8).find(|st| st.sentence == pi && !st.negated) {
        // "- Metricly Inc. provides product analytics. It receives …": a company with its legal
        // form opening the sentence is the subject, whatever the statement took from a lead-in.
        let p = &sents[pi];
        let toks = &p.toks;
        let mut end = 0;
        while end < toks.len() && toks[end].is_word() && toks[end].cap && !lex.is_stopword(word_at(p, end)) {
            end += 1;
        }
        let formed = end >= 2
            && lexicon::LEGAL_SUFFIXES.contains(&word_at(p, end - 1))
            && !lexicon::LEGAL_SUFFIXES.contains(&word_at(p, 0));
        if formed
            && st.recipients.iter().all(|r| {
                r.name.as_deref().is_none_or(|n| {
                    ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(n), b))
                })
            })
        {
            let name = p.text[toks[0].orig.0 as usize..toks[end - 1].orig.1 as usize].to_string();
            let own = ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(&name), b));
            if !own {
                let kind =
                    st.recipients.iter().find(|r| r.name.is_none()).map_or(RecipientKind::ThirdParty, |r| r.kind);
                return vec![Recipient { name: Some(name), kind }];
            }
        }
        return st.recipients.clone();
    }
    let p = &sents[pi];
    if cache[pi].is_none() {
        cache[pi] = Some(entities(p, lex));
    }
    let e = cache[pi].as_ref().expect("cached");
    let nm = names_in(p, lex, e, true);
    let mut r: Vec<Recipient> =
        recipients_in(p, e, &nm, (0, p.toks.len()), |_| true).into_iter().map(|(_, r)| r).collect();
    // "Metricly Inc. provides product analytics. It receives …": the subject's name wins over
    // the kind its object suggests (and takes that kind).
    let unnamed_kind = if r.iter().all(|x| x.name.is_none()) { r.first().map(|x| x.kind) } else { None };
    if r.is_empty() || unnamed_kind.is_some() {
        let before = std::mem::take(&mut r);
        // An unknown capitalised subject followed by a lower-case verb, opening the sentence or
        // after an opening clause ("When you buy tickets, TixHub processes the sale for us.").
        let toks = &p.toks;
        let start = if matches!(word_at(p, 0), "when" | "whenever" | "if" | "after" | "once" | "for" | "to") {
            (1..toks.len().min(10)).find(|&k| toks[k].punct == Some(',')).map_or(0, |k| k + 1)
        } else {
            0
        };
        let mut end = start;
        while end < toks.len()
            && toks[end].is_word()
            && toks[end].cap
            && !lex.is_stopword(word_at(p, end))
            && !lex.is_not_name(word_at(p, end))
        {
            end += 1;
        }
        // "Paddlewise Payments, Inc. processes card payments.": a company form after the name
        // makes it a company, whatever its words ("Payments").
        if end > start {
            let mut e2 = end;
            while e2 < toks.len() && toks[e2].is_word() && toks[e2].cap && !lex.is_stopword(word_at(p, e2)) {
                e2 += 1;
            }
            let suffixed = lexicon::LEGAL_SUFFIXES.contains(&word_at(p, e2 - 1))
                || toks.get(e2).is_some_and(|t| t.punct == Some(','))
                    && lexicon::LEGAL_SUFFIXES.contains(&word_at(p, e2 + 1));
            if suffixed {
                end = e2;
            }
        }
        let mut after = end;
        if toks.get(after).is_some_and(|t| t.punct == Some(','))
            && lexicon::LEGAL_SUFFIXES.contains(&word_at(p, after + 1))
        {
            after += 2;
        }
        let company = end > start && (lexicon::LEGAL_SUFFIXES.contains(&word_at(p, end - 1)) || after > end);
        if company && toks.get(after).is_some_and(|t| t.punct == Some('.')) {
            after += 1;
        }
        // ("Leafpost is our new delivery company. It receives …": or a copula that says what
        // kind of recipient the subject is.)
        let verb_next = toks.get(after).is_some_and(|t| t.is_word() && !t.cap) && !lex.is_stopword(word_at(p, after))
            || matches!(word_at(p, after), "is" | "was" | "ist" | "est" | "es")
                && e.recips.iter().any(|m| m.start > after && m.start <= after + 4);
        // "- Plausible Analytics, which counts visits to our website for us. It receives …": a
        // name with a relative clause about what it does.
        // (The name's words may be generic ones: "Plausible Analytics".)
        let mut rel_end = end;
        while end > start && rel_end < toks.len() && rel_end < end + 3 && toks[rel_end].is_word() && toks[rel_end].cap {
            rel_end += 1;
        }
        let relative = toks.get(rel_end).is_some_and(|t| t.punct == Some(','))
            && match lex.lang {
                Lang::En => matches!(word_at(p, rel_end + 1), "which" | "who"),
                Lang::Es => matches!(word_at(p, rel_end + 1), "que" | "quien"),
                Lang::Fr => matches!(word_at(p, rel_end + 1), "qui"),
                Lang::De => matches!(word_at(p, rel_end + 1), "die" | "der" | "das" | "welche" | "welcher"),
            };
        if relative {
            end = rel_end;
        }
        // "Installation work is performed by subcontractors": one capitalised word before a noun
        // is a common noun opening the sentence; a name is followed by its verb ("Amplitude
        // helps us", "Stripe may receive").
        let verb_like = |w: &str| {
            lex.lang != Lang::En
                || w.ends_with('s')
                || w.ends_with("ed")
                || matches!(
                    w,
                    "may" | "will" | "can" | "might" | "could" | "would" | "should" | "must" | "only" | "also"
                )
        };
        // ("À compter du 1er mai …": a capitalised one-letter word is a preposition.)
        if end > start
            && !(end == start + 1 && word_at(p, start).chars().count() <= 1)
            && (verb_next && (company || end > start + 1 || verb_like(word_at(p, after))) || relative)
            && !e.recips.iter().any(|m| m.start < end)
            && (company || !e.data.iter().any(|m| m.start >= start && m.start < end))
        {
            let name = p.text[toks[start].orig.0 as usize..toks[end - 1].orig.1 as usize].to_string();
            let own = ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(&name), b));
            if !own {
                let kind = unnamed_kind.unwrap_or(if p.has(Cue::OnBehalf) || p.has(Cue::FirstPerson) {
                    RecipientKind::ServiceProvider
                } else {
                    RecipientKind::ThirdParty
                });
                r.push(Recipient { name: Some(name), kind });
            }
        }
        // "Our courses take place in the dairy at Hollyhock Farm, who also cook the lunch. They
        // receive …": a name inside the sentence with a relative clause about what it does.
        if r.is_empty() && lex.lang == Lang::En {
            let rel: Vec<(usize, usize)> = (2..toks.len().saturating_sub(1))
                .filter(|&k| toks[k].punct == Some(',') && matches!(word_at(p, k + 1), "who" | "which"))
                .filter_map(|k| {
                    let mut a = k;
                    while a > 1 && toks[a - 1].is_word() && toks[a - 1].cap && !lex.is_stopword(word_at(p, a - 1)) {
                        a -= 1;
                    }
                    (a < k
                        && !lex.is_not_name(word_at(p, a))
                        && !e.recips.iter().any(|m| m.start < k && a < m.end)
                        && !e.data.iter().any(|m| m.start < k && a < m.end))
                    .then_some((a, k))
                })
                .collect();
            if let [(a, k)] = rel[..] {
                let name = p.text[toks[a].orig.0 as usize..toks[k - 1].orig.1 as usize].to_string();
                let own = ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(&name), b));
                if !own {
                    let kind = if p.has(Cue::OnBehalf) || p.has(Cue::FirstPerson) {
                        RecipientKind::ServiceProvider
                    } else {
                        RecipientKind::ThirdParty
                    };
                    r.push(Recipient { name: Some(name), kind });
                }
            }
        }
        if r.is_empty() {
            r = before;
        }
    }
    // "Our letters are printed and posted by Postmark Mailing Services Ltd.": the one company
    // named as the agent of a passive verb.
    if r.is_empty() {
        let toks = &p.toks;
        // … or engaged: "We use Postmark Mailing Services Ltd to print and post our letters."
        let engaged: Vec<usize> =
            p.cues.iter().filter(|m| m.value == Cue::Verb(VerbClass::Engage)).map(|m| m.end).collect();
        let agents: Vec<(usize, usize)> = (0..toks.len().saturating_sub(1))
            .filter(|&k| matches!(word_at(p, k), "by" | "von" | "par" | "por") || engaged.contains(&(k + 1)))
            .filter_map(|k| {
                let mut end = k + 1;
                while end < toks.len() && toks[end].is_word() && toks[end].cap && !lex.is_stopword(word_at(p, end)) {
                    end += 1;
                }
                let plain = engaged.contains(&(k + 1))
                    && !e.recips.iter().any(|m| m.start < end && k < m.end)
                    && !e.data.iter().any(|m| m.start < end && k < m.end);
                // ("… sera assuré par Bleu Marine Assurances": two capitalised words or more that
                // name no kind of recipient and no data are a name too.)
                let long_name = end > k + 2
                    && !e.recips.iter().any(|m| m.start < end && k < m.end)
                    && !e.data.iter().any(|m| m.start < end && k < m.end);
                let company = end > k + 1
                    && (plain
                        || long_name
                        || lexicon::LEGAL_SUFFIXES.contains(&word_at(p, end - 1))
                        || lexicon::known_orgs().starting_with(word_at(p, k + 1)).next().is_some());
                company.then_some((k + 1, end))
            })
            .collect();
        if let [(a, e)] = agents[..] {
            let name = p.text[toks[a].orig.0 as usize..toks[e - 1].orig.1 as usize].to_string();
            let own = ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(&name), b));
            if !own && !lex.is_not_name(word_at(p, a)) {
                let kind = if p.has(Cue::OnBehalf) || p.has(Cue::FirstPerson) {
                    RecipientKind::ServiceProvider
                } else {
                    RecipientKind::ThirdParty
                };
                r.push(Recipient { name: Some(name), kind });
            }
        }
    }
    // "… one with Corvid Labs and one with Halden AI. Both companies build … models.": a
    // sentence that itself refers back ("Both companies", "These partners") and names nobody
    // points on to the companies named just before it.
    if r.iter().all(|x| x.name.is_none())
        && pi > 0
        && !p.heading
        && sents[pi - 1].block == p.block
        && (opens_with_ref(p)
            || matches!(word_at(p, 0), "both" | "beide" | "les" | "ambas" | "ambos") && p.toks.len() > 1)
    {
        let q = &sents[pi - 1];
        if cache[pi - 1].is_none() {
            cache[pi - 1] = Some(entities(q, lex));
        }
        let e = cache[pi - 1].as_ref().expect("cached");
        let nm = names_in(q, lex, e, true);
        let named: Vec<Recipient> = recipients_in(q, e, &nm, (0, q.toks.len()), |_| true)
            .into_iter()
            .map(|(_, r)| r)
            .filter(|x| x.name.is_some())
            .collect();
        if !named.is_empty() {
            return named;
        }
    }
    r
}

/// "… an die Spielhaus Holding GmbH, unsere Muttergesellschaft. Spielhaus nutzt diese Angaben
/// …": a one-word name that opens the one longer name the page gives, whose other words only
/// say it is a holding, group or media company, is that company (one recipient in the report,
/// not two). ("Google" and "Google Analytics" stay apart: "Analytics" names a product.)
fn expand_first_word_names(out: &mut [Statement]) {
    const FORM_WORDS: &[&str] = &[
        "holding", "holdings", "group", "gruppe", "groupe", "grupo", "media", "medien", "international", "company",
        "corporation", "europe", "deutschland", "france", "espana", "uk", "usa",
    ];
    let mut longs: Vec<(String, String, RecipientKind)> = Vec::new();
    for st in out.iter() {
        for r in &st.recipients {
            let Some(n) = r.name.as_deref() else { continue };
            let norm = crate::report::normalize_name(n);
            let mut words = norm.split(' ');
            let first = words.next().unwrap_or_default().to_string();
            let rest: Vec<&str> = words.collect();
            if !rest.is_empty() && first.len() >= 4 && rest.iter().all(|w| FORM_WORDS.contains(w)) {
                if !longs.iter().any(|(_, l, _)| l == n) {
                    longs.push((first, n.to_string(), r.kind));
                }
            }
        }
    }
    if longs.is_empty() {
        return;
    }
    for st in out.iter_mut() {
        for r in st.recipients.iter_mut() {
            let Some(n) = r.name.as_deref() else { continue };
            let norm = crate::report::normalize_name(n);
            if norm.contains(' ') {
                continue;
            }
            let mut matching = longs.iter().filter(|(f, _, _)| *f == norm);
            if let (Some((_, long, kind)), None) = (matching.next(), matching.next()) {
                r.name = Some(long.clone());
                if r.kind == RecipientKind::ThirdParty {
                    r.kind = *kind;
                }
            }
        }
    }
}

/// "… registers all playing members with the Wessex County Bowls Association. We share your name
/// … with the Association": a company's bare generic last word, after "the", stands for the
/// nearest full name before it that ends in that word.
fn expand_short_names(sents: &[Sentence], out: &mut [Statement]) {
    const GENERIC: &[&str] = lexicon::ORG_LAST_WORDS;
    for st in out.iter_mut() {
        for r in st.recipients.iter_mut() {
            let Some(n) = r.name.as_deref() else { continue };
            let lower = n.to_lowercase();
            if n.contains(' ') || !GENERIC.contains(&lower.as_str()) {
                continue;
            }
            let s = &sents[st.sentence];
            let definite = (1..s.toks.len()).any(|k| {
                s.toks[k].orig(&s.text) == n
                    && matches!(word_at(s, k - 1), "the" | "die" | "der" | "la" | "le" | "el" | "l")
            });
            if !definite {
                continue;
            }
            let full = (0..=st.sentence).rev().take(40).find_map(|si| {
                let x = &sents[si];
                (1..x.toks.len()).rev().find_map(|k| {
                    if x.toks[k].orig(&x.text) != n {
                        return None;
                    }
                    let mut j = k;
                    while j > 0
                        && x.toks[j - 1].is_word()
                        && x.toks[j - 1].cap
                        && !matches!(word_at(x, j - 1), "the" | "our" | "your" | "this" | "that" | "a" | "an")
                    {
                        j -= 1;
                    }
                    (j < k).then(|| x.text[x.toks[j].orig.0 as usize..x.toks[k].orig.1 as usize].to_string())
                })
            });
            if let Some(full) = full {
                r.name = Some(full);
            }
        }
    }
}

/// Whether a sharing verb in the simple past at `p` tells of a practice the next sentence of the
/// paragraph ends: "We shared bookers' email addresses with partner venues. We have stopped doing
/// this."
fn stopped_after(sents: &[Sentence], si: usize, p: usize) -> bool {
    let s = &sents[si];
    let w = word_at(s, p);
    let past = w.ends_with("ed") || matches!(w, "sold" | "gave" | "sent" | "told" | "made" | "let");
    past && !(p > 0
        && matches!(word_at(s, p - 1), "is" | "are" | "be" | "been" | "being" | "was" | "were" | "have" | "has"))
        && s.cues.iter().any(|m| m.value == Cue::FirstPerson && m.start < p)
        && sents.get(si + 1).is_some_and(|n| {
            n.block == s.block
                && matches!(word_at(n, 0), "we" | "this" | "that" | "these" | "it")
                && n.toks.len() <= 14
                && n.has(Cue::Stop)
                && !n.cues.iter().any(|m| matches!(m.value, Cue::Verb(_)) && word_at(n, m.start) != "doing")
                && (0..n.toks.len()).any(|k| matches!(word_at(n, k), "this" | "that" | "it" | "these" | "practice"))
        })
}

fn ends_with_readers_leaving(s: &Sentence) -> bool {
    let comma = (0..s.toks.len().min(16)).find(|&k| s.toks[k].punct == Some(','));
    comma.is_some_and(|c| {
        lexicon::CONDITION_WORDS.contains(&word_at(s, 0))
            && (1..c).any(|k| lexicon::ACCOUNT_END_VERBS.contains(&word_at(s, k)))
            && s.cues.iter().any(|m| m.value == Cue::Stop && m.start > c)
    })
}

/// Whether token `k` is the publisher's own name standing alone as a noun ("if an advertiser
/// uses our pixel, Acme may receive …" on Acme's page): the publisher, like "we". ("Acme's ad
/// technology" is a possessive, not the publisher acting.)
fn own_name_at(s: &Sentence, k: usize, ctx: &Context<'_>) -> bool {
    s.toks[k].cap
        && ctx.brand.as_deref().is_some_and(|b| is_brand(word_at(s, k), b))
        && !possessive_at(s, k)
        && !s.toks.get(k + 1).is_some_and(|t| t.is_word() && t.cap)
}

fn heading_recipients(sents: &[Sentence], si: usize, ctx: &Context<'_>, lex: &Lexicon) -> Vec<Recipient> {
    let Some(h) = ctx.doc.blocks[sents[si].block].section else {
        return Vec::new();
    };
    let Some(hs) = first_sentence_of_block(sents, h) else {
        return Vec::new();
    };
    let mut e = entities(hs, lex);
    // ("# Dermacare Partners Privacy Policy": a recipient noun inside the publisher's name.)
    if let Some(brand) = ctx.brand.as_deref() {
        e.recips.retain(|m| !inside_name(hs, m.start, m.end, |n| is_brand(&crate::report::normalize_name(n), brand)));
    }
    // A heading that is one unknown word ("Accessibilité", "Newsletter") names a topic, not a
    // company; "Coordinating with Corvane" or "Plaid, Inc." do name one.
    let nm: Vec<NameMention> = names_in(hs, lex, &e, true)
        .into_iter()
        .filter(|n| {
            n.known
                || n.end - n.start > 1
                || n.start > 0 && cue_at(hs, n.start - 1) == Some(Cue::RecipientPrep)
                || hs.toks.get(n.end).is_some_and(|t| t.is_word())
        })
        .filter(|n| n.known || !lexicon::TOPIC_HEADING_NOUNS.contains(&word_at(hs, n.end - 1)))
        // ("Managing And Retaining Your Information": gerunds name activities.)
        .filter(|n| n.known || !(n.start..n.end).all(|k| word_at(hs, k).len() > 5 && word_at(hs, k).ends_with("ing")))
        .collect();
    // ("### From Third Parties", "Information We Receive from Partners": a source.)
    recipients_in(hs, &e, &nm, (0, hs.toks.len()), |pos| {
        !hs.cues.iter().any(|m| m.value == Cue::Source && m.end <= pos)
    })
    .into_iter()
    .map(|(_, r)| r)
    .collect()
}

fn sentence_statements(
    sents: &[Sentence],
    si: usize,
    ctx: &Context<'_>,
    lex: &Lexicon,
    cache: &mut [Option<Ents>],
    out: &mut Vec<Statement>,
) {
    let s = &sents[si];
    let mut ents = cache[si].take().expect("entities computed");
    // "ZILLOW GROUP PROVIDES THE SERVICES “AS IS,” … AND THE ENTIRE RISK AS TO SATISFACTORY
    // QUALITY … IS WITH YOU": shouted warranty and liability boilerplate states no practice.
    // "- Care team sharing. If you choose to invite a doctor …": a list item's short label that
    // names neither data nor recipient states nothing; the item's own sentences do.
    let label_only = ctx.doc.blocks[s.block].kind == BlockKind::ListItem
        && (si == 0 || sents[si - 1].block != s.block)
        && sents.get(si + 1).is_some_and(|n| n.block == s.block)
        && s.toks.iter().filter(|t| t.is_word()).count() <= 4
        && ents.data.is_empty()
        && ents.recips.is_empty()
        && !s.toks.iter().any(|t| t.cap && t.is_word() && t.lo.0 > 0);
    // "Category of Personal Information Disclosed — Category of Third-Party Recipient": a
    // table's header row names columns, no practice. ("- the categories of recipients to whom we
    // may have sold Personal Information": an item of what the reader may ask to know.)
    let header_word = |w: &str| {
        matches!(
            w,
            "category"
                | "categories"
                | "disclosed"
                | "sold"
                | "retention"
                | "source"
                | "sources"
                | "purpose"
                | "purposes"
                | "business"
                | "examples"
                | "type"
                | "types"
                | "recipient"
                | "recipients"
                | "kategorie"
                | "kategorien"
                | "zweck"
                | "zwecke"
                | "quelle"
                | "quellen"
                | "categorie"
                | "catégorie"
                | "catégories"
                | "finalite"
                | "finalité"
                | "finalités"
                | "categoria"
                | "categoría"
                | "categorías"
                | "finalidad"
                | "finalidades"
        )
    };
    let cells: Vec<&str> = s.text.split(" \u{2014} ").collect();
    let header_row = cells.len() >= 2
        && cells.iter().all(|c| {
            c.split_whitespace().next().is_some_and(|w| {
                let w: String = w.chars().take_while(|ch| ch.is_alphabetic()).collect();
                header_word(&w.to_lowercase())
            })
        });
    let rights_item = s.lead.is_some()
        && (matches!(word_at(s, 0), "category" | "categories")
            || word_at(s, 0) == "the" && matches!(word_at(s, 1), "category" | "categories"));
    // "You can leave Ride Score at any time in the app. Castleton will stop receiving new trip
    // data from that moment.": what stops when the reader opts out is the opt-out's effect, not
    // a practice that ends.
    let opt_out_effect = s.has(Cue::Stop)
        && si > 0
        && sents[si - 1].block == s.block
        && !sents[si - 1].heading
        && (is_opt_out(&sents[si - 1], lex) || {
            // ("You can leave Ride Score at any time …": a choice the reader has.)
            let p = &sents[si - 1];
            word_at(p, 0) == "you"
                && matches!(word_at(p, 1), "can" | "may")
                && (0..p.toks.len())
                    .any(|k| word_at(p, k) == "anytime" || word_at(p, k) == "any" && word_at(p, k + 1) == "time")
        });
    // "Google Chrome: https://support.google.com/…, Microsoft Edge: https://…": a list of help
    // links for the reader's browsers, with no verb of sharing.
    let link_list = s.text.matches("://").count() >= 2
        && !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)));
    if shouted(&s.text) || label_only || header_row || rights_item || opt_out_effect || link_list {
        cache[si] = Some(ents);
        return;
    }
    // "Partager cette offre : LinkedIn · Facebook · E-mail", "Share this article": share buttons.
    if s.toks.len() <= 16
        && matches!(word_at(s, 0), "share" | "partager" | "partagez" | "teilen" | "compartir" | "compartelo")
        && matches!(
            word_at(s, 1),
            "this" | "cette" | "cet" | "ce" | "diesen" | "diese" | "dieses" | "esta" | "este" | "on" | "via" | "sur"
        )
    {
        cache[si] = Some(ents);
        return;
    }
    // "Cookies set by other companies are called third-party cookies": a definition of a term
    // states no practice.
    let defines_term = (1..s.toks.len()).any(|k| {
        word_at(s, k) == "called" && matches!(word_at(s, k - 1), "are" | "is")
            || word_at(s, k) == "as"
                && k >= 2
                && matches!(word_at(s, k - 1), "known" | "referred")
                && matches!(word_at(s, k - 2), "are" | "is" | "to")
    }) || matches!(word_at(s, 0), "a" | "an")
        // "A data processor is a person or entity that processes personal information on behalf
        // of …": what a kind of recipient is. ("A cookie is a small file that advertisers place
        // on your device" still states a practice.)
        && (2..6.min(s.toks.len().saturating_sub(1))).any(|k| {
            word_at(s, k) == "is"
                && matches!(word_at(s, k + 1), "a" | "an" | "any")
                && ents.recips.iter().any(|m| m.start <= 2 && m.end <= k)
        });
    if defines_term && !s.has(Cue::FirstPerson) {
        cache[si] = Some(ents);
        return;
    }
    if beyond_policy(s) || outside_scope(s) {
        cache[si] = Some(ents);
        return;
    }
    // "You agree not to:" + "- upload viruses … to the Services;": rules for the user.
    if s.lead.is_some_and(|li| user_rule_lead(&sents[li]) || user_rights_lead(&sents[li])) {
        cache[si] = Some(ents);
        return;
    }
    // "aux services internes de Banque Clairvie": a recipient noun inside the publisher's own
    // name is the publisher.
    if let Some(brand) = ctx.brand.as_deref() {
        ents.recips.retain(|m| !inside_name(s, m.start, m.end, |n| is_brand(&crate::report::normalize_name(n), brand)));
    }
    // A list item's opening name is what the item is about ("- Brevo : envoi de …").
    let item = ctx.doc.blocks[s.block].kind == BlockKind::ListItem;
    let source_before = |pos: usize| -> bool {
        // "pixels from advertising partners, which collect your IP address": a relative clause
        // right after makes them the collectors, not a source.
        let end = ents.recips.iter().find(|m| m.start == pos).map_or(pos + 1, |m| m.end);
        if s.toks.get(end).is_some_and(|t| t.punct == Some(','))
            && matches!(word_at(s, end + 1), "which" | "who" | "that")
            && matches!(cue_at(s, end + 2), Some(Cue::Verb(VerbClass::Collect)))
        {
            return false;
        }
        // "from third parties", "from our partners, advertisers and affiliates": back to the
        // nearest verb or recipient preposition.
        let mut k = pos;
        while k > 0 && pos - k < 10 {
            k -= 1;
            match cue_at(s, k) {
                // "to respond to requests from law enforcement", "legal process, including from
                // government agencies": an authority that asks is answered.
                Some(Cue::Source)
                    if ents.recips.iter().any(|m| m.start == pos && m.value == RecipientKind::Government)
                        && k >= 1
                        && matches!(
                            word_at(s, k - 1),
                            "request"
                                | "requests"
                                | "process"
                                | "order"
                                | "orders"
                                | "demand"
                                | "demands"
                                | "subpoena"
                                | "subpoenas"
                                | "inquiries"
                                | "warrant"
                                | "warrants"
                                | "including"
                        )
                        && s.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Share)) =>
                {
                    return false
                }
                // "Ihre Daten werden von unserem Hosting-Dienstleister verarbeitet", "Die Lern-App
                // wird von einem Dienstleister betrieben, der …": the agent of a passive processes
                // the data; it is no source.
                Some(Cue::Source)
                    if ctx.lang == Lang::De
                        && word_at(s, k) == "von"
                        && (k.saturating_sub(8)..k)
                            .any(|j| matches!(word_at(s, j), "wird" | "werden" | "wurde" | "wurden"))
                        && (end..(end + 8).min(s.toks.len())).any(|j| {
                            matches!(
                                word_at(s, j),
                                "verarbeitet"
                                    | "betrieben"
                                    | "gehostet"
                                    | "bereitgestellt"
                                    | "abgewickelt"
                                    | "gespeichert"
                                    | "durchgeführt"
                                    | "erbracht"
                                    | "ausgewertet"
                                    | "erhoben"
                                    | "genutzt"
                                    | "verwendet"
                                    | "versendet"
                                    | "verschickt"
                                    | "zugestellt"
                                    | "gepflegt"
                                    | "gewartet"
                            )
                        }) =>
                {
                    return false
                }
                // "From 1 September, anyone will be able to see …": a date, then a new clause.
                Some(Cue::Source)
                    if word_at(s, k) == "from"
                        && (word_at(s, k + 1).starts_with(|c: char| c.is_ascii_digit())
                            || lexicon::is_month_name(word_at(s, k + 1))
                            || matches!(word_at(s, k + 1), "now" | "today" | "then" | "that" | "this" | "next"))
                        && (k + 1..pos).any(|j| s.toks[j].punct == Some(',')) =>
                {
                    return false
                }
                Some(Cue::Source) => return true,
                Some(Cue::Verb(_)) | Some(Cue::RecipientPrep) => return false,
                _ => {}
            }
        }
        false
    };
    let mut sentence_purposes: Vec<Purpose> = ents.purposes.iter().map(|m| m.value).collect();
    // "Meridian Data Exchange pays ShieldLine for this information": paid for data is sold.
    if ctx.lang == Lang::En
        && (0..s.toks.len()).any(|k| {
            matches!(word_at(s, k), "pays" | "pay" | "paid" | "paying" | "compensates" | "compensate")
                // ("When you pay for orders", "opportunities to pay for orders": the user buys.)
                && !(k > 0 && matches!(word_at(s, k - 1), "you" | "to" | "users" | "customers"))
                // ("Telegram will pay for the transcriptions", "we pay for …": the publisher buys a
                // service; it sells nothing.)
                && !(k.saturating_sub(3)..k).any(|j| {
                    matches!(word_at(s, j), "we" | "you")
                        || ctx.brand.as_deref().is_some_and(|b| {
                            s.toks[j].is_word() && s.toks[j].cap && b.split(' ').next() == Some(word_at(s, j))
                        })
                })
                && (k + 1..(k + 5).min(s.toks.len())).any(|j| {
                    word_at(s, j) == "for"
                        && (j + 1..(j + 4).min(s.toks.len())).any(|q| {
                            matches!(cue_at(s, q), Some(Cue::Coref | Cue::DataHead))
                                || ents.data.iter().any(|d| {
                                    d.start == q && !matches!(d.value, DataType::Transactions | DataType::Payment)
                                })
                        })
                })
        })
        && !sentence_purposes.contains(&Purpose::Sale)
    {
        sentence_purposes.push(Purpose::Sale);
    }
    // "FleetPump receives a fee for providing this data": data handed over for money is sold.
    if ctx.lang == Lang::En
        && !sentence_purposes.contains(&Purpose::Sale)
        && (1..s.toks.len()).any(|k| {
            matches!(word_at(s, k), "fee" | "fees" | "compensation" | "commission" | "royalty" | "royalties")
                && (k.saturating_sub(3)..k).any(|j| {
                    matches!(
                        word_at(s, j),
                        "receive" | "receives" | "received" | "earn" | "earns" | "get" | "gets" | "paid"
                    )
                })
                && word_at(s, k + 1) == "for"
                && matches!(
                    word_at(s, k + 2),
                    "providing" | "sharing" | "supplying" | "disclosing" | "licensing" | "transferring" | "selling"
                )
                && (k + 3..(k + 7).min(s.toks.len())).any(|q| {
                    matches!(cue_at(s, q), Some(Cue::Coref | Cue::DataHead)) || ents.data.iter().any(|d| d.start == q)
                })
        })
    {
        sentence_purposes.push(Purpose::Sale);
    }
    // Not statements of practice: questions, sentences about the policy itself or the user's
    // rights, and opt-out instructions ("you may opt out of having your data shared").
    let first_verb = s.cues.iter().find(|m| matches!(m.value, Cue::Verb(_))).map_or(0, |m| m.start);
    // "Unless you opt out, we share …" states the practice; "You can opt out of …" does not.
    let about_opt_out = s.cues.iter().any(|m| {
        m.value == Cue::OptOut
            && m.start < first_verb
            && !(m.start.saturating_sub(3)..m.start)
                .any(|k| matches!(word_at(s, k), "unless" | "until" | "sauf" | "denn" | "menos" | "salvo"))
            // ("If you do not opt out, we will share …": the practice by default.)
            && !((m.start.saturating_sub(5)..m.start).any(|k| lexicon::CONDITION_WORDS.contains(&word_at(s, k)))
                && (m.start.saturating_sub(3)..m.start).any(|k| cue_at(s, k) == Some(Cue::Negation)))
    });
    // (The first word rules out most openers: compared once, not once per opener.)
    let first_word = if s.toks.first().is_some_and(|t| t.is_word()) { Some(word_at(s, 0)) } else { None };
    let legal_basis = lexicon::LEGAL_BASIS_OPENERS.iter().any(|ws| {
        ws.first().is_none_or(|w| first_word == Some(*w))
            && ws.iter().enumerate().all(|(k, w)| s.toks.get(k).is_some_and(|t| t.is_word()) && word_at(s, k) == *w)
    });
    // "the partners with whom we share", "le prestataire … à qui nous transmettons": a "whom"
    // phrase right after a recipient opens a relative clause, not a sentence about the policy.
    let relative_whom = |m: &Match<Cue>| {
        // "Adyen N.V., a quien se comunican …": after a comma, a relative clause.
        let after_comma = m.start > 0
            && s.toks[m.start - 1].punct == Some(',')
            && matches!(word_at(s, m.start + 1), "quien" | "quienes" | "qui" | "whom" | "which" | "denen" | "dem");
        after_comma
            || matches!(word_at(s, m.start), "with" | "whom" | "a" | "avec" | "an" | "con" | "mit")
                && ents.recips.iter().any(|r| {
                    r.end <= m.start
                        && m.start - r.end <= 6
                        && !s
                            .cues
                            .iter()
                            .any(|c| matches!(c.value, Cue::Verb(_)) && c.start >= r.end && c.start < m.start)
                })
    };
    // "the categories described above" only points back; "your name, phone number and the
    // financing details described above are passed to …" names its data and states a practice.
    let back_reference_with_data = |m: &Match<Cue>| {
        m.end > 0 && word_at(s, m.end - 1) == "above" && ents.data.iter().any(|d| d.value != DataType::Other)
    };
    let meta = s.cues.iter().any(|m| m.value == Cue::Meta && !relative_whom(m) && !back_reference_with_data(m));
    // "PayPal Companies means companies that are owned …": a defined term, no practice.
    // "PayPal (Europe) S.à r.l. … is the data controller for the Personal Data collected …": who
    // is responsible, with no verb of passing data on.
    let definition = ctx.lang == Lang::En
        && (1..s.toks.len().min(8)).any(|k| {
            matches!(word_at(s, k), "means" | "refers")
                && s.toks[k - 1].cap
                && !matches!(word_at(s, k - 1), "this" | "that" | "it" | "which" | "what" | "these")
                || word_at(s, k) == "means" && matches!(s.toks[k - 1].punct, Some('"' | '\u{201d}'))
        });
    // "Data brokers are companies that gather information about people … and sell it": what a
    // kind of recipient is, not what the publisher does.
    let kind_defined = ctx.lang == Lang::En
        && ents.recips.iter().any(|r| {
            (r.start == 0 || r.start == 1 && matches!(word_at(s, 0), "a" | "an"))
                && matches!(word_at(s, r.end), "are" | "is")
                && {
                    let k = r.end + 1 + usize::from(matches!(word_at(s, r.end + 1), "a" | "an"));
                    lexicon::ORGANISATION_NOUNS.contains(&word_at(s, k))
                        && matches!(word_at(s, k + 1), "that" | "which" | "who")
                }
        });
    let controller_statement = ctx.lang == Lang::En
        && !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)))
        && (2..s.toks.len()).any(|k| {
            matches!(word_at(s, k), "controller" | "controllers")
                && matches!(word_at(s, k - 1), "data" | "the" | "joint")
                && (k.saturating_sub(4)..k).any(|j| matches!(word_at(s, j), "is" | "are"))
                && !(k.saturating_sub(4)..k).any(|j| matches!(word_at(s, j), "become" | "becomes" | "will"))
        });
    if s.text.trim_end().ends_with('?')
        || meta
        || about_opt_out
        || legal_basis
        || definition
        || kind_defined
        || controller_statement
        || says_sharing_unchanged(s)
        || client_passes_own_content(s, &ents)
        || code_like(&s.text)
        || trade_label(s)
    {
        cache[si] = Some(ents);
        return;
    }
    let nm = if item { names_in_mode(s, lex, &ents, false, true, false) } else { names(s, lex, &ents) };
    let mut emitted_positive = false;
    // The sentence's framing (the same for each of its statements): worked out once, if needed.
    let mut framing_memo: Option<Framing> = None;
    // The sentence's clauses, read by every verb and data mention below.
    let sentence_clauses = clauses(s);
    for &clause in &sentence_clauses {
        let (a, b) = clause;
        let verbs: Vec<&Match<Cue>> =
            s.cues.iter().filter(|m| m.start >= a && m.end <= b && matches!(m.value, Cue::Verb(_))).collect();
        if verbs.is_empty() {
            continue;
        }
        let mut order: Vec<&Match<Cue>> = verbs.clone();
        order.sort_by_key(|m| match m.value {
            Cue::Verb(VerbClass::Sell) => 0,
            Cue::Verb(VerbClass::Share) => 1,
            Cue::Verb(VerbClass::Collect) => 2,
            _ => 3,
        });
        // After a reading, a later "receive"-type verb with a subject of its own is read too:
        // "Fraud databases receive claim details, and the police receive information …".
        let mut read_until: Option<usize> = None;
        // "If you ever think someone has access to your password or account, …": the reader's
        // suspicion, no practice.
        let suspicion = matches!(word_at(s, a), "if" | "should")
            && word_at(s, a + 1) == "you"
            && (a + 2..(a + 5).min(b)).any(|k| {
                matches!(
                    word_at(s, k),
                    "think" | "believe" | "suspect" | "feel" | "notice" | "worry" | "fear" | "discover" | "learn"
                )
            });
        for v in order {
            let Cue::Verb(class) = v.value else { continue };
            let p = v.start;
            if suspicion {
                continue;
            }
            // "Cresswell Sea Salt harvests flaky salt on the Northumberland coast and sells it
            // online": "it" is the thing the sentence has just named, the publisher's product.
            if class == VerbClass::Sell
                && ctx.lang == Lang::En
                && p >= 3
                && word_at(s, p - 1) == "and"
                && matches!(word_at(s, v.end), "it" | "them")
                && !ents.data.iter().any(|m| m.start < p)
                && !s.cues.iter().any(|m| m.start < p && matches!(m.value, Cue::Coref | Cue::DataHead))
                && !ents.recips.iter().any(|m| m.start > p)
                && !nm.iter().any(|n| n.start > p)
            {
                continue;
            }
            // "… access controls to limit which of our employees and contractors have access to
            // nonpublic personal information": a safeguard that narrows access, no disclosure.
            if class == VerbClass::Collect
                && ctx.lang == Lang::En
                && (word_at(s, p).starts_with("access") || matches!(word_at(s, p), "have" | "has"))
                && (p.saturating_sub(9)..p).any(|k| {
                    matches!(word_at(s, k), "limit" | "limits" | "limiting" | "restrict" | "restricts" | "restricting")
                })
            {
                continue;
            }
            // "Our newsletter is only sent to subscribers": sent to the readers themselves, with no
            // one else in the clause, is no sharing.
            if class == VerbClass::Share && ctx.lang == Lang::En {
                let mut k = v.end;
                while matches!(word_at(s, k), "only" | "directly" | "exclusively" | "just") {
                    k += 1;
                }
                let mut j = k + 1;
                while matches!(word_at(s, j), "our" | "the" | "all" | "its" | "existing" | "registered") {
                    j += 1;
                }
                if word_at(s, k) == "to"
                    && j < b
                    && lexicon::DATA_SUBJECTS.contains(&word_at(s, j))
                    && !ents.recips.iter().any(|m| m.start >= a && m.end <= b)
                {
                    continue;
                }
                // ("… or displaying videos that you might enjoy": shown to the reader.)
                if ["display", "show"].iter().any(|x| word_at(s, p).starts_with(x))
                    && (v.end..(v.end + 4).min(b))
                        .any(|k| matches!(word_at(s, k), "that" | "which") && word_at(s, k + 1) == "you")
                    && !ents.recips.iter().any(|m| m.start >= a && m.end <= b)
                {
                    continue;
                }
            }
            // "They have their own rules about information collection, use, storage, and sharing":
            // practices named as nouns in a list about rules or terms, with no one they go to.
            if ctx.lang == Lang::En
                && practice_noun_list(s, p)
                && !ents.recips.iter().any(|r| r.start > p && r.start <= p + 5)
            {
                continue;
            }
            // "Developing our own systems to reduce sharing data with third parties", "to minimise
            // the sharing of …": a goal of sharing less, no practice.
            if class == VerbClass::Share
                && ctx.lang == Lang::En
                && (p.saturating_sub(3)..p).any(|k| {
                    matches!(
                        word_at(s, k),
                        "reduce"
                            | "reduces"
                            | "reducing"
                            | "minimise"
                            | "minimises"
                            | "minimising"
                            | "minimize"
                            | "minimizes"
                            | "minimizing"
                            | "avoid"
                            | "avoids"
                            | "avoiding"
                    ) && (k + 1..p).all(|j| matches!(word_at(s, j), "the" | "unnecessary" | "any" | "data"))
                })
            {
                continue;
            }
            // "… and the restaurant only sees whether the card was accepted": an outcome, not the
            // data it is about.
            if class == VerbClass::Collect
                && matches!(word_at(s, v.end), "whether" | "if" | "ob" | "si")
                && (ctx.lang != Lang::Fr || word_at(s, v.end + 1) != "vous")
            {
                continue;
            }
            // "information provided by Advertising Companies (such as … interests they have
            // collected or inferred from your visits to other websites and apps)": what another
            // company gathered elsewhere, not from this service.
            if class == VerbClass::Collect
                && ctx.lang == Lang::En
                && (v.end..(v.end + 8).min(b)).any(|k| {
                    word_at(s, k) == "from"
                        && (k + 1..(k + 5).min(b)).any(|j| {
                            word_at(s, j) == "other"
                                && (lexicon::VISITED_ONLINE.contains(&word_at(s, j + 1))
                                    || matches!(word_at(s, j + 1), "sources" | "companies"))
                        })
                })
            {
                continue;
            }
            // "the town you're selling in is public": the reader's own selling.
            if class == VerbClass::Sell && ctx.lang == Lang::En && p > 0 && reader_acts_at(s, p) {
                continue;
            }
            // "… to keep the original information from being revealed", "to prevent your data
            // from being disclosed": a disclosure that is kept from happening.
            if matches!(class, VerbClass::Share | VerbClass::Sell)
                && ctx.lang == Lang::En
                && p >= 2
                && (word_at(s, p - 1) == "from" || word_at(s, p - 2) == "from" && word_at(s, p - 1) == "being")
                && (p.saturating_sub(12)..p).any(|k| lexicon::PREVENT_WORDS.contains(&word_at(s, k)))
            {
                continue;
            }
            // "Your name and delivery address go to the carrier": only data as the subject makes
            // "go to" a verb of passing on ("go to Settings" is a direction for the reader).
            // ("your online account will move to Tidewater Seafoods", not "if you move to another
            // country".)
            if matches!(word_at(s, p), "go" | "goes" | "move" | "moves" | "moved")
                && !ents.data.iter().any(|m| m.end <= p && p - m.end <= 2 && (m.end..p).all(|k| s.toks[k].is_word()))
                && !(p.saturating_sub(1)..p).any(|k| matches!(cue_at(s, k), Some(Cue::Coref | Cue::DataHead)))
            {
                continue;
            }
            // "Enviamos con nuestros socios logísticos en 24 a 48 horas": sending with no data
            // and nothing referred back to ships goods.
            if class == VerbClass::Share
                && [
                    "envi", "send", "versend", "verschick", "expedi", "expédi", "ship", "liefer", "deliver", "livr",
                    "entreg", "shown", "display",
                ]
                .iter()
                .any(|x| word_at(s, p).starts_with(x))
                && ents.data.is_empty()
                && !s.cues.iter().any(|m| matches!(m.value, Cue::Coref | Cue::DataHead))
            {
                continue;
            }
            // "Mailchimp, which stores … email addresses and sends the newsletter on our behalf":
            // sending mailings to the reader passes on no data (the storing does).
            if class == VerbClass::Share && ctx.lang == Lang::En && word_at(s, p).starts_with("send") && {
                let k = v.end + usize::from(matches!(word_at(s, v.end), "the" | "our" | "a" | "an" | "its" | "their"));
                matches!(
                    word_at(s, k),
                    "newsletter"
                        | "newsletters"
                        | "bulletin"
                        | "bulletins"
                        | "catalogue"
                        | "catalogues"
                        | "catalog"
                        | "catalogs"
                        | "brochure"
                        | "brochures"
                        | "magazine"
                        | "reminders"
                        | "reminder"
                ) && !(k + 1..b).any(|j| matches!(word_at(s, j), "to" | "with"))
            } {
                continue;
            }
            // "La mayoría de los vuelos se comparten con otros pasajeros", "Flights are shared
            // with other passengers": a shared thing named as the subject, with nothing of the
            // reader's in the sentence, is no data.
            if class == VerbClass::Share
                && ents.data.is_empty()
                && !s.cues.iter().any(|m| matches!(m.value, Cue::Coref | Cue::DataHead | Cue::SecondPerson))
                && (a..p).any(|k| {
                    matches!(
                        word_at(s, k),
                        "the"
                            | "los"
                            | "las"
                            | "el"
                            | "la"
                            | "les"
                            | "le"
                            | "die"
                            | "der"
                            | "das"
                            | "unsere"
                            | "our"
                            | "nuestros"
                            | "nuestras"
                            | "nos"
                    ) && s.toks.get(k + 1).is_some_and(|t| t.is_word())
                        && !ents.recips.iter().any(|r| r.start <= k + 1 && k + 1 < r.end)
                })
                && !(a..p).any(|k| {
                    matches!(cue_at(s, k), Some(Cue::FirstPerson))
                        || matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros")
                })
                && ["compart", "partag", "shared", "geteilt"].iter().any(|x| word_at(s, p).starts_with(x))
            {
                continue;
            }
            // "… self-regulatory programs, which provide additional privacy choices": offering
            // choices or tools hands over no data.
            if class == VerbClass::Share
                && offers_choices(s, p, b)
                && (ents.data.iter().all(|m| m.start < p || m.start >= b) || document_provides(s, p, b))
            {
                continue;
            }
            // "Published 2 October 2025.", "Posted on March 3": a dateline.
            if matches!(word_at(s, p), "published" | "posted" | "publie" | "publiee" | "veroffentlicht" | "publicado")
                && s.toks.get(v.end + usize::from(matches!(word_at(s, v.end), "on" | "le" | "am" | "el"))).is_some_and(
                    |t| {
                        let w = t.norm(&s.lower);
                        w.starts_with(|c: char| c.is_ascii_digit()) || lexicon::is_month_name(w)
                    },
                )
            {
                continue;
            }
            // "we or our partners will obtain consent", "the consent they have already obtained":
            // obtaining consent takes in no data.
            let consent_word = |k: usize| {
                let w = word_at(s, k);
                matches!(w, "consent" | "consents" | "permission" | "permissions" | "authorization" | "authorisation")
                    || w.starts_with("einwilligung")
                    || w.starts_with("zustimmung")
                    || w.starts_with("consentement")
                    || w.starts_with("consentimiento")
            };
            if class == VerbClass::Collect
                && ((v.end..(v.end + 4).min(b))
                    .take_while(|&k| {
                        consent_word(k)
                            || matches!(
                                word_at(s, k),
                                "the"
                                    | "your"
                                    | "any"
                                    | "such"
                                    | "their"
                                    | "prior"
                                    | "explicit"
                                    | "express"
                                    | "valid"
                                    | "ihre"
                                    | "die"
                                    | "votre"
                                    | "le"
                                    | "su"
                                    | "el"
                            )
                    })
                    .any(consent_word)
                    || (p.saturating_sub(5)..p).any(|k| {
                        consent_word(k) && {
                            let j = k + 1 + usize::from(matches!(word_at(s, k + 1), "that" | "which"));
                            matches!(word_at(s, j), "they" | "we" | "it") && j < p
                        }
                    }))
            {
                continue;
            }
            // "… companies must have a legal justification to process your information": the
            // grounds for processing, no flow.
            if class == VerbClass::Collect
                && p >= 2
                && matches!(word_at(s, p - 1), "to" | "for")
                && (p.saturating_sub(4)..p - 1)
                    .any(|k| matches!(word_at(s, k), "basis" | "bases" | "justification" | "ground" | "grounds"))
            {
                continue;
            }
            // "… information that your browser automatically sends whenever you visit a website":
            // the reader's own device sends to us, unless a receiver follows ("your browser sends
            // … to Google").
            if class == VerbClass::Share
                && (p.saturating_sub(4)..p).any(|k| {
                    word_at(s, k) == "your"
                        && matches!(
                            word_at(s, k + 1),
                            "browser"
                                | "device"
                                | "devices"
                                | "app"
                                | "phone"
                                | "computer"
                                | "mobile"
                                | "car"
                                | "vehicle"
                        )
                })
                && !ents.recips.iter().any(|m| m.start > p && m.start < b)
                && !(v.end..b).any(|k| word_at(s, k) == "to" && s.toks.get(k + 1).is_some_and(|t| t.cap))
            {
                continue;
            }
            // "Other server owners may publish their server invite link on public websites": a
            // party passing on its own things, with no data of the reader's, shares nothing.
            if class == VerbClass::Share
                && matches!(word_at(s, v.end), "their" | "its" | "ihre" | "leur" | "leurs" | "su" | "sus")
                && ents.data.is_empty()
                && !s.cues.iter().any(|m| matches!(m.value, Cue::Coref | Cue::DataHead | Cue::SecondPerson))
            {
                continue;
            }
            // "… your use of our podcast hosting, distribution and analytics tools": a verbal noun
            // in a list of the publisher's products names a product, not a practice.
            if ctx.lang == Lang::En
                && (word_at(s, p).ends_with("tion") || word_at(s, p).ends_with("ing"))
                && (p.saturating_sub(5)..p).any(|k| {
                    word_at(s, k) == "our" && (k + 1..p).all(|j| s.toks[j].is_word() || s.toks[j].punct == Some(','))
                })
                && (v.end..(v.end + 4).min(s.toks.len()))
                    .take_while(|&j| s.toks[j].is_word() || s.toks[j].punct == Some(','))
                    .any(|j| {
                        matches!(
                            word_at(s, j),
                            "tools" | "services" | "features" | "products" | "platform" | "software" | "solutions"
                        )
                    })
            {
                continue;
            }
            // "If you opt in to Expanded Distribution", "the Terms of Hire": a capitalised verb
            // inside a title-case name is part of that name (not in German, which capitalises
            // its nouns).
            if ctx.lang != Lang::De
                && p >= 2
                && s.toks[p].cap
                && p != label_end(s)
                && (s.toks[p - 1].is_word() && s.toks[p - 1].cap
                    // ("Booking.com Distribution B.V.": after a web-address brand.)
                    || p >= 3
                        && matches!(word_at(s, p - 1), "com" | "net" | "org" | "io" | "co" | "ai" | "app")
                        && s.toks[p - 2].punct == Some('.')
                        && s.toks[p - 3].cap
                    || matches!(word_at(s, p - 1), "of" | "for" | "de" | "du" | "des" | "del")
                        && s.toks[p - 2].is_word()
                        && s.toks[p - 2].cap)
            {
                continue;
            }
            // "Whenever we transfer personal data internationally, we use tools to make sure the
            // data transfer complies with applicable law", "especially when transferred overseas":
            // a transfer across borders with no one named says where data is, not who gets it.
            if class == VerbClass::Share
                && ["transfer", "übermitt", "ubermitt", "transf"].iter().any(|x| word_at(s, p).starts_with(x))
                && (a..b).any(|k| {
                    matches!(
                        word_at(s, k),
                        "internationally"
                            | "overseas"
                            | "abroad"
                            | "international"
                            | "cross-border"
                            | "countries"
                            | "country"
                            | "ausland"
                            | "drittländer"
                            | "drittlander"
                            | "drittstaaten"
                            | "étranger"
                            | "etranger"
                            | "extranjero"
                            | "internacionales"
                            | "internationaux"
                            | "internationales"
                    )
                })
                && ents.recips.is_empty()
                && !(v.end..s.toks.len()).any(|k| s.toks[k].cap && s.toks[k].is_word())
            {
                continue;
            }
            // "Added a ban on selling accounts": a rule for users.
            // ("rules against sharing account logins and reselling course access": the second
            // verb of the rule too.)
            let reach = if p > 0 && matches!(word_at(s, p - 1), "and" | "or" | "und" | "oder" | "et" | "ou" | "y" | "o")
            {
                8
            } else {
                3
            };
            if matches!(class, VerbClass::Share | VerbClass::Sell)
                && (p.saturating_sub(reach)..p).any(|k| lexicon::RULE_WORDS.contains(&word_at(s, k)))
            {
                continue;
            }
            // "Nous collectons les informations que vous nous fournissez (nom, …, messages envoyés
            // aux annonceurs, …)": a verb inside a bracketed list of what we collect describes an
            // item, it states no sharing.
            if matches!(class, VerbClass::Share | VerbClass::Sell) {
                let open = (a..p).rev().find(|&k| matches!(s.toks[k].punct, Some('(' | ')')));
                if let Some(o) = open.filter(|&o| s.toks[o].punct == Some('(')) {
                    // ("We collect" / "nous collectons" is matched as one legal phrase.)
                    let first_person = |k: usize| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros");
                    let collected = s.cues.iter().any(|m| {
                        m.start < o
                            && m.start >= a
                            && (m.value == Cue::Verb(VerbClass::Collect) && (a..m.start).any(first_person)
                                || m.value == Cue::LegalDoc && m.end - m.start == 2 && first_person(m.start))
                    });
                    if collected {
                        continue;
                    }
                }
            }
            // "We will not accept service of legal process sent to this mailbox": a participle
            // after a noun describes that noun; the negation belongs to the main verb ("accept").
            if ctx.lang == Lang::En
                && matches!(class, VerbClass::Share | VerbClass::Sell)
                && participle_after_noun(s, a, p)
            {
                continue;
            }
            // "emails sent from our native email service": a participle after a noun, with where
            // the thing comes from, gives it to no one.
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && word_at(s, v.end) == "from"
                && p > 0
                && s.toks[p - 1].is_word()
                && (word_at(s, p).ends_with("ed") || matches!(word_at(s, p), "sent" | "given"))
                && !matches!(
                    word_at(s, p - 1),
                    "is" | "are" | "be" | "been" | "being" | "was" | "were" | "has" | "have" | "had" | "we" | "they"
                )
            {
                continue;
            }
            // "We'll only send it to someone else if you ask us to": the reader's own errand, at
            // their word, is no practice of sharing.
            if ctx.lang == Lang::En
                && (a..p).any(|k| word_at(s, k) == "only")
                && (v.end..b).any(|k| {
                    matches!(word_at(s, k), "if" | "when")
                        && word_at(s, k + 1) == "you"
                        && matches!(word_at(s, k + 2), "ask" | "tell" | "instruct" | "request")
                        && matches!(word_at(s, k + 3), "us" | "it" | "so" | "this" | "that")
                })
            {
                continue;
            }
            // "please use the contact information for your controller": an instruction to the
            // reader.
            if p > 0 && matches!(word_at(s, p - 1), "please" | "bitte" | "veuillez" | "favor") {
                continue;
            }
            // "SkyLens Aerial provides drone photography and video for estate agents, builders …": a
            // trade's service for its clients, where "provides … to" and "… for our partners to use"
            // hand something over.
            if class == VerbClass::Share
                && matches!(word_at(s, p), "provide" | "provides" | "offer" | "offers")
                && ents.recips.iter().filter(|r| r.start > p && r.start < b).min_by_key(|r| r.start).is_some_and(|r| {
                    let mut k = r.start;
                    while k > p + 1 && matches!(word_at(s, k - 1), "the" | "our" | "all" | "local" | "private") {
                        k -= 1;
                    }
                    word_at(s, k - 1) == "for"
                        && word_at(s, r.end) != "to"
                        && !(p + 1..k).any(|j| matches!(word_at(s, j), "to" | "with"))
                        // ("We provide entertainers, magicians and face painters for …": the
                        // people provided are the object, and nothing goes to them "with" data.)
                        || k == p + 1
                            && !(r.end..b).any(|j| matches!(word_at(s, j), "with" | "to"))
                            && !ents.data.iter().any(|d| d.start >= r.end && d.start <= r.end + 2)
                })
            {
                continue;
            }
            // "Provide and administer the Platform, such as enabling you to … interact with other
            // users and their content": providing the service itself hands no one data.
            if class == VerbClass::Share
                && ctx.lang == Lang::En
                && matches!(word_at(s, p), "provide" | "provides" | "providing")
            {
                let mut o = v.end;
                if word_at(s, o) == "and" && s.toks.get(o + 1).is_some_and(|t| t.is_word()) {
                    o += 2;
                }
                if matches!(word_at(s, o), "the" | "our")
                    && matches!(
                        word_at(s, o + 1),
                        "platform"
                            | "service"
                            | "services"
                            | "app"
                            | "apps"
                            | "website"
                            | "site"
                            | "product"
                            | "products"
                            | "features"
                    )
                    && !ents.recips.iter().any(|r| {
                        r.start >= v.end
                            && r.start < b
                            && cue_at(s, r.start.saturating_sub(1)) == Some(Cue::RecipientPrep)
                    })
                {
                    continue;
                }
            }
            // "Archery GB uses them to … provide your third-party liability insurance": a service
            // provided to the user, where no data and no receiver follow.
            if class == VerbClass::Share
                && ctx.lang == Lang::En
                && matches!(word_at(s, p), "provide" | "provides" | "providing")
                && word_at(s, v.end) == "your"
                && !ents.data.iter().any(|d| d.start >= v.end && d.start < b)
                && !(v.end..b).any(|k| matches!(word_at(s, k), "to" | "with"))
            {
                continue;
            }
            // "Users are advised to … consider whether or not to make public any information": a
            // choice left open to the reader is no practice.
            if ctx.lang == Lang::En
                && p >= 2
                && word_at(s, p - 1) == "to"
                && (p.saturating_sub(5)..p - 1).any(|k| word_at(s, k) == "whether")
            {
                continue;
            }
            // "Please do not choose a player name that … reveals personal information": a warning
            // to the reader about what not to do describes no practice of ours.
            if ctx.lang == Lang::En && {
                let o = label_end(s);
                let o = if word_at(s, o) == "please" { o + 1 } else { o };
                matches!((word_at(s, o), word_at(s, o + 1)), ("do", "not") | ("don't", _) | ("don\u{2019}t", _))
                    || matches!(word_at(s, o), "never" | "avoid") && o > label_end(s)
            } {
                continue;
            }
            // "please use the contact information provided in the Payments Terms page", "the
            // details given below": a participle after data that says where it is written.
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && p > 0
                && matches!(word_at(s, p), "provided" | "given" | "listed" | "shown" | "set" | "displayed")
                && s.toks[p - 1].is_word()
                && !matches!(
                    word_at(s, p - 1),
                    "is" | "are" | "be" | "been" | "being" | "was" | "were" | "has" | "have" | "had" | "we" | "they"
                )
                && !word_at(s, p - 1).ends_with("ly")
                && {
                    let q = if word_at(s, p) == "set" && matches!(word_at(s, v.end), "out" | "forth") {
                        v.end + 1
                    } else {
                        v.end
                    };
                    matches!(word_at(s, q), "below" | "above" | "here" | "there")
                        || matches!(word_at(s, q), "in" | "on" | "at" | "under")
                            && (q + 1..(q + 9).min(b)).any(|k| {
                                s.cues.iter().any(|m| m.start == k && m.value == Cue::LegalDoc)
                                    || matches!(
                                        word_at(s, k),
                                        "page" | "section" | "website" | "site" | "form" | "table" | "notice"
                                    )
                            })
                }
            {
                continue;
            }
            // "… werden bei einem Auftragsverarbeiter gespeichert": data kept with someone else
            // goes to them, as "stored with" does.
            let class = if ctx.lang == Lang::De
                && class == VerbClass::Collect
                && ["gespeichert", "gehostet", "hinterlegt", "abgelegt"].iter().any(|x| word_at(s, p).starts_with(x))
                && (a..p).any(|k| {
                    word_at(s, k) == "bei"
                        && (ents.recips.iter().any(|m| m.start > k && m.start <= k + 3 && m.end <= p)
                            || s.toks.get(k + 1).is_some_and(|t| t.cap))
                }) {
                VerbClass::Share
            } else {
                class
            };
            // "… to combine your answers with your profile so that clients receive the right
            // sample": who receives a result in a purpose clause, with no data after the verb,
            // gets none.
            // ("… the email address that you provide … and to recognize your efforts": an
            // infinitive of purpose with no data after it receives nothing either.)
            if class == VerbClass::Collect
                && ((p.saturating_sub(8)..p).any(|k| {
                    word_at(s, k) == "so" && word_at(s, k + 1) == "that"
                        || matches!(word_at(s, k), "afin" | "para") && word_at(s, k + 1) == "que"
                        || word_at(s, k) == "damit"
                }) || ctx.lang == Lang::En
                    && p > 0
                    && word_at(s, p - 1) == "to"
                    && (word_at(s, v.end) == "your" || word_at(s, v.end - 1) == "your")
                    // (Not a verb of taking data in: "to store your … preferences".)
                    && !["stor", "collect", "gather", "track", "record", "obtain", "access", "receiv", "log"]
                        .iter()
                        .any(|x| word_at(s, p).starts_with(x)))
                && !ents.data.iter().any(|m| m.start >= v.end && m.start < b)
            {
                continue;
            }
            if let Some(u) = read_until {
                if class != VerbClass::Collect || p <= u || !ents.recips.iter().any(|m| m.start >= u && m.end <= p) {
                    continue;
                }
            }
            // A "verb" inside a noun phrase ("payment processors", "data sharing partners").
            // ("the transferred business assets" names the transfer and who gets it.)
            let same_phrase = |m: &Match<RecipientKind>| {
                m.start == p && matches!(m.value, RecipientKind::Public | RecipientKind::Acquirer)
            };
            // … or inside a purpose ("to provide our services").
            if ents.recips.iter().any(|m| m.start <= p && p < m.end && !same_phrase(m))
                || ents.data.iter().any(|m| m.start <= p && p < m.end && m.end - m.start > 1)
                || ents.purposes.iter().any(|m| m.start <= p && p < m.end && m.end - m.start > 1)
            {
                continue;
            }
            // The user as the subject ("you share", "information you provide").
            // "you share", "you may choose to share" — not "the content you post is visible".
            let user_subject = (p.saturating_sub(5)..p).any(|k| {
                matches!(word_at(s, k), "you" | "sie" | "vous" | "usted" | "tu" | "du")
                    // (Not "Sie speichert …", the company: see `match_cues_in`.)
                    && cue_at(s, k) != Some(Cue::Coref)
                    // ("The veterinary practice that referred you receives …": the object of a
                    // relative clause's verb.)
                    && !(ctx.lang == Lang::En
                        && k >= 2
                        && word_at(s, k - 1).ends_with("ed")
                        && matches!(word_at(s, k - 2), "that" | "who" | "which"))
                    && (k + 1..p).all(|j| {
                        matches!(
                            word_at(s, j),
                            "may"
                                | "can"
                                | "choose"
                                | "to"
                                | "also"
                                | "decide"
                                | "want"
                                | "might"
                                | "could"
                                | "will"
                                | "directly"
                                | "voluntarily"
                                // ("you will be unable to send or receive messages")
                                | "unable"
                                | "have"
                                | "ve"
                                | "already"
                                | "koennen"
                                | "pouvez"
                                | "puede"
                                | "or"
                                | "another"
                                | "user"
                                | "don't"
                                | "do"
                                | "not"
                                | "never"
                                | "didn't"
                                | "don"
                                | "t"
                        )
                        || word_at(s, j) == "be" && matches!(word_at(s, j + 1), "unable" | "able")
                        // ("you otherwise provided", "you previously gave")
                        || ctx.lang == Lang::En
                            && (word_at(s, j) == "otherwise" || word_at(s, j).ends_with("ly") && word_at(s, j).len() > 4)
                    })
            }) || ctx.lang == Lang::En && (coordinated_user_verb(s, p, &ents) || user_participle(s, p));
            // "We will not use client contact information that is uploaded by agents": the object
            // of "use" is data, used by us (cookies and other identifiers stay: "we use Google's
            // cookies" lets Google collect).
            if class == VerbClass::Engage
                && (a..p).any(|k| cue_at(s, k) == Some(Cue::FirstPerson))
                && ents.data.iter().any(|d| {
                    d.start > p
                        && d.start <= p + 4
                        && d.value != DataType::Device
                        && !ents.recips.iter().any(|r| r.start > p && r.start < d.start)
                        && !(p + 1..d.start)
                            .any(|k| !s.toks[k].is_word() || cue_at(s, k).is_some_and(|c| c != Cue::SecondPerson))
                })
            {
                continue;
            }
            // "owners who use Driving Insights": people using a feature, not us engaging a company.
            if class == VerbClass::Engage
                && p > 0
                && matches!(
                    word_at(s, p - 1),
                    "who" | "users" | "owners" | "customers" | "members" | "people" | "drivers" | "riders" | "players"
                )
            {
                continue;
            }
            // "Customers who do not wish their information to be transferred may …", "if you
            // don't want us to share …": the user's wish, neither a practice nor a promise.
            if (p.saturating_sub(6)..p).any(|k| lexicon::WISH_WORDS.contains(&word_at(s, k)))
                && (p.saturating_sub(8)..p).any(|k| cue_at(s, k) == Some(Cue::Negation))
            {
                continue;
            }
            // "… on the use of data collected from user's calendar accounts": a participle after
            // data, with its source and no agent — collection by the publisher.
            if class == VerbClass::Collect
                && p > 0
                && (ents.data.iter().any(|m| m.end == p) || matches!(cue_at(s, p - 1), Some(Cue::DataHead)))
                && cue_at(s, v.end) == Some(Cue::Source)
                && word_at(s, v.end) != "about"
            {
                continue;
            }
            // "las búsquedas que guardas", "los datos que recogemos": a Spanish verb in the second
            // person singular or first plural right after "data que" is the user's or ours
            // ("empresas … que tratan los datos" is a third party's).
            if class == VerbClass::Collect
                && ctx.lang == Lang::Es
                && p >= 2
                && word_at(s, p - 1) == "que"
                && word_at(s, p).ends_with('s')
                && ents.data.iter().any(|m| m.end == p - 1)
            {
                continue;
            }
            // "the country of your place of work", "where the infringement took place": nouns.
            if class == VerbClass::Collect && ctx.lang == Lang::En && p > 0 && {
                let w = word_at(s, p);
                let before = word_at(s, p - 1);
                !w.ends_with("ing")
                    && !w.ends_with("ed")
                    && v.end == p + 1
                    && (matches!(before, "your" | "the" | "a" | "an" | "their" | "its" | "my" | "his" | "her")
                        || matches!(w, "place" | "places")
                            && matches!(before, "take" | "takes" | "took" | "taken" | "taking"))
            } {
                continue;
            }
            // "Tickets are sold through an online box-office service, which processes your name
            // …": goods sold, the subject of the passive no data.
            // ("The software is licensed, not sold.")
            let be = if class == VerbClass::Sell && ctx.lang == Lang::En {
                (p.saturating_sub(5)..p)
                    .rev()
                    .take_while(|&k| {
                        s.toks[k].punct == Some(',')
                            || matches!(
                                word_at(s, k),
                                "is" | "are" | "was" | "were" | "not" | "never" | "licensed" | "rented"
                            )
                    })
                    .filter(|&k| matches!(word_at(s, k), "is" | "are" | "was" | "were"))
                    .min()
            } else {
                None
            };
            // ("Customer lists are sold to brokers": sold to someone, it may well be data.)
            if be.is_some_and(|be| {
                be >= 1
                    && s.toks[be - 1].is_word()
                    && !ents.data.iter().any(|d| d.start < be && d.end + 2 >= be)
                    && !matches!(
                        cue_at(s, be - 1),
                        Some(Cue::DataHead | Cue::Coref | Cue::SecondPerson | Cue::LegalDoc)
                    )
                    && !lexicon::SOLD_WITH_DATA.contains(&word_at(s, be - 1))
                    && !matches!(word_at(s, be - 1), "it" | "they" | "this" | "these" | "that" | "which" | "what")
                    // ("some of our larger carvings are sold to public venues": our own goods
                    // sold to someone are still goods.)
                    && (!(v.end..(v.end + 2).min(s.toks.len())).any(|k| word_at(s, k) == "to")
                        || (be.saturating_sub(4)..be).any(|k| word_at(s, k) == "our"))
            }) {
                continue;
            }
            // "… or integrate (collectively, “use”) agents": a quoted word defines a term.
            // (Not scare quotes: 'we "rent" our postal and phone marketing lists'.)
            if p > 0
                && matches!(s.toks[p - 1].punct, Some('“' | '"' | '‘' | '\'' | '«' | '„'))
                && (p.saturating_sub(5)..p - 1).any(|k| s.toks[k].punct == Some('('))
                && s.toks.get(v.end).is_some_and(|t| matches!(t.punct, Some('”' | '"' | '’' | '\'' | '»' | '“')))
            {
                continue;
            }
            // "limitations on the use of data collected from …": "use" as a noun.
            if class == VerbClass::Engage
                && p > 0
                && matches!(word_at(s, p - 1), "the" | "a" | "its" | "their" | "our" | "your" | "any" | "such")
                && word_at(s, v.end) == "of"
            {
                continue;
            }
            // "If you buy a subscription or send a gift to a creator, we …": a verb coordinated with
            // the user's own in a condition is the user's too.
            // ("… such as when you fill in a form, communicate with Support and other Members, or
            // share your experience with us": the last of a list of the user's verbs after a
            // comma, with no one else's subject since the condition.)
            let listed = p >= 2 && s.toks[p - 2].punct == Some(',') && matches!(word_at(s, p - 1), "or" | "and")
                || p >= 1 && s.toks[p - 1].punct == Some(',');
            // ("if you create a virtual shirt and then sell it to another user": "and then".)
            let then_joined = p > 1 && word_at(s, p - 1) == "then" && matches!(word_at(s, p - 2), "or" | "and");
            let user_condition = p > 0 && (listed || matches!(word_at(s, p - 1), "or" | "and") || then_joined) && {
                let from =
                    (a..p).rev().find(|&k| matches!(s.toks[k].punct, Some(',' | ';' | ':'))).map_or(a, |k| k + 1);
                let from = if listed { a } else { from };
                (from..p.saturating_sub(1)).any(|k| {
                    matches!(word_at(s, k), "if" | "when" | "whenever" | "once")
                        && matches!(word_at(s, k + 1), "you")
                        && (!listed
                            // ("When you press play, YouTube, which is owned by Google, receives
                            // your IP address": a company named since is the subject.)
                            || !(k + 2..p).any(|j| {
                                nm.iter().any(|n| n.start == j && s.toks[j - 1].punct == Some(','))
                                    || cue_at(s, j) == Some(Cue::FirstPerson)
                                    || matches!(word_at(s, j), "they" | "it" | "he" | "she" | "we")
                                    || matches!(s.toks[j].punct, Some(';' | ':'))
                            }))
                })
            };
            // "… as well: don't send messages or share content that you wouldn't want someone to
            // save": advice to the user in the imperative, neither a practice nor a promise.
            // ("You may share your password with your parent …, but do not share it with
            // others": after ", but" too.)
            let user_imperative = ctx.lang == Lang::En && {
                let from = (0..p)
                    .rev()
                    .find(|&k| {
                        matches!(s.toks[k].punct, Some(':' | ';' | '\u{2014}'))
                            || k > 0 && word_at(s, k) == "but" && s.toks[k - 1].punct == Some(',')
                    })
                    .map_or(0, |k| k + 1);
                let w0 = word_at(s, from);
                (w0 == "don't"
                    || w0 == "don\u{2019}t"
                    || w0 == "don" && word_at(s, from + 1) == "t"
                    || w0 == "do" && word_at(s, from + 1) == "not"
                    || w0 == "never")
                    && !(from..p).any(|k| cue_at(s, k) == Some(Cue::FirstPerson))
            };
            // "the items you sell": the user's sale, as is "until the item sells" (intransitive).
            // "you will send payment through one of our third-party payment providers: Stripe, …":
            // the user's act, but the company it goes through receives the data.
            let through_recipient = class == VerbClass::Share
                && ctx.lang == Lang::En
                && (v.end..(v.end + 4).min(b)).any(|k| {
                    matches!(word_at(s, k), "through" | "via")
                        && ents.recips.iter().any(|r| {
                            r.start > k
                                && r.start <= k + 8
                                && !matches!(r.value, RecipientKind::Public | RecipientKind::OtherUsers)
                        })
                });
            if (user_subject && !through_recipient || user_condition || user_imperative)
                && matches!(class, VerbClass::Share | VerbClass::Engage | VerbClass::Collect | VerbClass::Sell)
            {
                continue;
            }
            if class == VerbClass::Sell
                && matches!(word_at(s, p), "sells" | "sell")
                && s.toks.get(v.end).is_none_or(|t| matches!(t.punct, Some('.' | ',' | ';' | ')')))
                && (p == 0 || s.toks[p - 1].is_word())
            {
                continue;
            }
            // "you may not use Fernway to store or distribute malware": the nearest subject is
            // the user, bound by a modal — a rule for the user, not a practice or a promise.
            // ("information about you may be transferred": an object, not the subject.)
            // ("so that you can receive tracking updates, your name … are disclosed to the
            // carrier": the passive subject after the comma is the data.)
            let subj_floor = (a..p)
                .rev()
                .find(|&k| {
                    s.toks[k].punct == Some(',')
                        && ents.data.iter().any(|m| m.start > k && m.end <= p)
                        && (k..p).all(|j| cue_at(s, j) != Some(Cue::FirstPerson))
                })
                .map_or(a, |k| k + 1);
            let nearest_subject = (subj_floor..p).rev().find(|&k| {
                matches!(
                    word_at(s, k),
                    "we" | "you" | "they" | "it" | "wir" | "sie" | "nous" | "vous" | "nosotros" | "usted"
                ) && !(k > 0
                    && matches!(
                        word_at(s, k - 1),
                        "about"
                            | "of"
                            | "from"
                            | "to"
                            | "with"
                            | "for"
                            | "regarding"
                            | "concerning"
                            | "on"
                            | "uber"
                            | "von"
                            | "sur"
                            | "sobre"
                            | "de"
                    ))
            });
            // ("When you book, the restaurant will use your email address": a party named after
            // the reader's clause is the subject.)
            // ("Some of the Services allow you to use Stripe Connect …, and may include fees": the
            // party must open the clause after the comma.)
            let nearest_subject = nearest_subject.filter(|&k| {
                let Some(c) = (k + 1..p).rev().find(|&j| s.toks[j].punct == Some(',')) else {
                    return true;
                };
                // (Opening it: right after the comma, with no party of a list before the comma.)
                let opens = |x: usize| x > c && x <= c + 2 && x < p;
                let listed = |x: usize| x > k && x < c;
                !(ents.recips.iter().any(|r| opens(r.start)) || nm.iter().any(|n| opens(n.start)))
                    || ents.recips.iter().any(|r| listed(r.start))
                    || nm.iter().any(|n| listed(n.start))
            });
            if nearest_subject.is_some_and(|k| {
                matches!(word_at(s, k), "you" | "vous" | "usted")
                    && (k + 1..(k + 3).min(p)).any(|j| {
                        matches!(
                            word_at(s, j),
                            "may"
                                | "must"
                                | "can"
                                | "cannot"
                                | "can't"
                                | "should"
                                | "might"
                                | "shall"
                                | "agree"
                                | "pouvez"
                                | "devez"
                                | "puede"
                                | "debe"
                        )
                        // ("The content that you post may be accessed by other users": the
                        // modal after the relative clause's verb belongs to the content.)
                        && !(k + 1..j).any(|x| {
                            ents.data.iter().any(|d| d.start == x) || matches!(cue_at(s, x), Some(Cue::Verb(_)))
                        })
                    })
            }) && matches!(class, VerbClass::Share | VerbClass::Engage | VerbClass::Collect)
            {
                continue;
            }
            // "… if you access, use or purchase an offering or integrate third-party products":
            // what the user uses or integrates is not a provider we engage.
            if class == VerbClass::Engage
                && nearest_subject.is_some_and(|k| matches!(word_at(s, k), "you" | "vous" | "usted"))
            {
                continue;
            }
            // "selling items or accounts for real money is prohibited": a rule for users.
            if (p..b).any(|k| {
                matches!(
                    word_at(s, k),
                    "prohibited"
                        | "forbidden"
                        | "verboten"
                        | "untersagt"
                        | "interdit"
                        | "interdite"
                        | "interdits"
                        | "prohibido"
                        | "prohibida"
                ) && !matches!(word_at(s, k + 1), "from" | "de" | "d" | "to")
            }) && !(a..p).any(|k| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros"))
            {
                continue;
            }
            // "Sharing your account with someone outside your household": sharing a login.
            if class == VerbClass::Share
                && matches!(word_at(s, v.end), "your" | "an" | "the" | "accounts" | "passwords")
                && (v.end..(v.end + 3).min(b)).any(|k| {
                    matches!(
                        word_at(s, k),
                        "account"
                            | "accounts"
                            | "password"
                            | "passwords"
                            | "login"
                            | "subscription"
                            | "plan"
                            | "profile"
                    )
                })
                && !(v.end..(v.end + 4).min(b))
                    .any(|k| matches!(word_at(s, k), "information" | "details" | "data" | "info" | "number" | "numbers"))
                // ("We will not share your bank account number … with Equifax": the company
                // shares data; only a user shares a login.)
                && !(a..p).any(|k| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros"))
                && !(v.end..(v.end + 3).min(b)).any(|k| word_at(s, k) == "bank")
            {
                continue;
            }
            // "Providing further pre-registration information will enhance your pick-up
            // experience, but it is optional": a gerund subject names an act, the reader's.
            if class == VerbClass::Share
                && p == label_end(s)
                && word_at(s, p).ends_with("ing")
                && (p + 1..(p + 8).min(s.toks.len())).any(|k| matches!(word_at(s, k), "will" | "is" | "helps" | "can" | "may" | "lets" | "allows"))
                && !(p + 1..(p + 8).min(s.toks.len())).any(|k| matches!(cue_at(s, k), Some(Cue::RecipientPrep)))
                // ("Sharing this information may allow that advertiser to market to you" is ours.)
                && (0..s.toks.len()).any(|k| matches!(word_at(s, k), "optional" | "voluntary" | "mandatory" | "required"))
            {
                continue;
            }
            // "Die Unternehmen der Gruppe verwenden diese Daten, um ein gemeinsames Kundenkonto
            // bereitzustellen": an "um … zu" clause after a verb of using says what for.
            if class == VerbClass::Share && ctx.lang == Lang::De {
                let clause_from = (0..p).rev().find(|&k| s.toks[k].punct == Some(',')).map_or(0, |k| k + 1);
                let zu_infinitive =
                    word_at(s, p).get(2..).is_some_and(|w| w.contains("zu")) || p > 0 && word_at(s, p - 1) == "zu";
                let um = word_at(s, clause_from) == "um";
                let used_before =
                    s.cues.iter().any(|m| m.start < clause_from && m.value == Cue::Verb(VerbClass::Engage));
                if zu_infinitive && um && used_before {
                    continue;
                }
            }
            // "… to determine whether certain types of content … can be created or sent", "…
            // which third-party apps are added to a meeting and what information the app is
            // authorized to access": a verb inside an indirect question, with its own auxiliary
            // and no "we", asks what may happen; it states no practice. ("Cookies record what
            // pages you visit and send them to Google" has no auxiliary in between.)
            // ("This Privacy Policy is meant to help you understand what information Verizon Media
            // … collect": the document says what it explains.)
            let about_policy =
                word_at(s, 0) == "this" && (1..4).any(|k| matches!(word_at(s, k), "policy" | "notice" | "statement"));
            if ctx.lang == Lang::En
                && (p.saturating_sub(if about_policy { 60 } else { 20 })..p)
                    .rev()
                    .find(|&k| matches!(word_at(s, k), "what" | "whether"))
                    .is_some_and(|q| {
                        let between = q + 1..p;
                        !between.clone().any(|k| matches!(s.toks[k].punct, Some(';' | '.' | ':')))
                            && (about_policy
                                || !between.clone().any(|k| {
                                    matches!(word_at(s, k), "we" | "us" | "our" | "you" | "your")
                                        || matches!(cue_at(s, k), Some(Cue::Verb(_)))
                                }) && between.clone().any(|k| {
                                    matches!(
                                        word_at(s, k),
                                        "is" | "are" | "can" | "may" | "will" | "be" | "could" | "might"
                                    )
                                }))
                    })
            {
                continue;
            }
            // "Zoom gives account owners controls and features that they can use …": what is given
            // is a tool, not data.
            if class == VerbClass::Share
                && matches!(word_at(s, p), "give" | "gives" | "giving" | "offer" | "offers" | "provide" | "provides")
                && {
                    let tool = |k: usize| {
                        matches!(
                            word_at(s, k),
                            "controls"
                                | "control"
                                | "tools"
                                | "options"
                                | "choices"
                                | "settings"
                                | "features"
                                | "ability"
                        ) && !ents.data.iter().any(|d| d.start == k)
                    };
                    // (The first word after the verb that is no filler decides: data or a tool.)
                    (p + 1..(p + 6).min(s.toks.len()))
                        .find(|&k| !s.toks[k].is_word() || ents.data.iter().any(|d| d.start == k) || tool(k))
                        .is_some_and(tool)
                }
            {
                continue;
            }
            // "You have the right to complain to a data protection authority about our collection
            // and use of your personal information": a right of the reader, no practice.
            if (0..s.toks.len()).any(|k| {
                lexicon::COMPLAINT_WORDS.iter().any(|w| word_at(s, k).starts_with(w))
                    && (k.saturating_sub(4)..k).any(|j| lexicon::RIGHT_WORDS.contains(&word_at(s, j)))
            }) {
                continue;
            }
            // "Some families ask whether we pass their details to funeral directors …. We do
            // not.": a question reported, not a practice.
            if (p.saturating_sub(4)..p).any(|k| {
                lexicon::WHETHER_WORDS.contains(&word_at(s, k))
                    && (k.saturating_sub(3)..k)
                        .any(|j| lexicon::ASKING_WORDS.iter().any(|w| word_at(s, j).starts_with(w)))
            }) {
                continue;
            }
            // "Shared Shelf runs a community fridge": the publisher's name, not a verb.
            if s.toks[p].orig.1 > s.toks[p].orig.0
                && s.text[s.toks[p].orig.0 as usize..].starts_with(|c: char| c.is_uppercase())
                && ctx.brand.as_deref().is_some_and(|b| {
                    // (A brand read from a title is its first word: "shared" for "Shared Shelf".)
                    let cap_next = s.toks.get(p + 1).is_some_and(|t| t.cap);
                    cap_next && is_brand(word_at(s, p), b)
                        || (p + 2..(p + 5).min(s.toks.len() + 1)).any(|e| {
                            let name: Vec<&str> = (p..e).map(|k| word_at(s, k)).collect();
                            is_brand(&name.join(" "), b)
                        })
                })
            {
                continue;
            }
            // "We may combine that data with information that we have collected": data merged
            // with other data goes nowhere.
            if class == VerbClass::Share
                && word_at(s, p).starts_with("combin")
                && (v.end..(v.end + 6).min(s.toks.len())).any(|k| {
                    // ("… with your Spotify account data": data a few words on, no one before it.)
                    let data_at =
                        |j: usize| cue_at(s, j) == Some(Cue::DataHead) || ents.data.iter().any(|m| m.start == j);
                    word_at(s, k) == "with"
                        && (data_at(k + 1)
                            || matches!(word_at(s, k + 1), "information" | "data" | "other" | "the" | "that")
                                && !ents.recips.iter().any(|m| m.start == k + 1 || m.start == k + 2)
                            || (k + 2..(k + 5).min(s.toks.len())).any(|j| {
                                data_at(j)
                                    && matches!(word_at(s, k + 1), "your" | "our" | "its" | "their" | "this" | "these")
                                    && !ents.recips.iter().any(|m| m.start > k && m.start <= j)
                            }))
                })
            {
                continue;
            }
            // "you choose to … authenticate using a third-party account (e.g., Facebook)": the
            // reader uses it. "We use reasonable efforts to vet vendors": no company is engaged.
            if class == VerbClass::Engage
                && (word_at(s, p) == "using"
                    && (a..p).any(|k| word_at(s, k) == "you")
                    && !(a..p).any(|k| matches!(word_at(s, k), "we" | "us" | "our"))
                    || matches!(
                        word_at(s, v.end),
                        "reasonable" | "commercially" | "best" | "efforts" | "appropriate" | "measures" | "safeguards"
                    ))
            {
                continue;
            }
            // "Questions about this update can be sent to your community manager": the reader's
            // questions go where the reader sends them; no data of theirs is passed on.
            if matches!(
                word_at(s, label_end(s)),
                "questions"
                    | "question"
                    | "inquiries"
                    | "enquiries"
                    | "complaints"
                    | "comments"
                    | "feedback"
                    | "fragen"
                    | "anfragen"
                    | "preguntas"
                    | "consultas"
                    | "dudas"
            ) && !ents.data.iter().any(|m| m.start < p)
                && !s.has(Cue::FirstPerson)
            {
                continue;
            }
            // "provide customer service", "deliver our services": a service for its object,
            // not data.
            if class == VerbClass::Share
                && ["provid", "deliver", "offer", "perform", "render"].iter().any(|x| word_at(s, p).starts_with(x))
                && ents.purposes.iter().any(|m| {
                    m.start == v.end
                        || m.start == v.end + 1 && matches!(word_at(s, v.end), "our" | "the" | "a" | "your" | "its")
                })
                && !(v.end..(v.end + 4).min(b)).any(|k| {
                    ents.data.iter().any(|m| m.start == k) || matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref))
                })
            {
                continue;
            }
            // "send you", "provide you with", "share with you": the user receives.
            // ("We share what you view with …": "you" begins the data, not the receiver.)
            if (v.end..(v.end + 2).min(b)).any(|k| {
                matches!(word_at(s, k), "you" | "vous" | "usted" | "ihnen" | "dir")
                    && !(k > v.end
                        && matches!(word_at(s, k - 1), "what" | "which" | "whatever")
                        && ents.data.iter().any(|m| m.start <= k && k < m.end))
            }) {
                continue;
            }
            // "We receive information about you from other users. For example, when other users
            // you know use our Services, they may provide your phone number …": people who use the
            // service and give the reader's data to no one named give it to the publisher.
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && p >= 2
                && (p.saturating_sub(3)..p).any(|k| word_at(s, k) == "they")
                && (a..p.saturating_sub(1))
                    .any(|k| lexicon::DATA_SUBJECTS.contains(&word_at(s, k)) && !(k > a && word_at(s, k - 1) == "our"))
                && !(a..p).any(|k| word_at(s, k) == "we")
                && !ents.recips.iter().any(|m| m.start >= v.end && m.start < b)
                && !nm.iter().any(|n| n.start >= v.end && n.start < b)
            {
                continue;
            }
            // "we'll share marketing communications with you": what the business shares with the
            // reader is its own messages; no data of the reader's goes anywhere.
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && (v.end + 1..(v.end + 6).min(b)).any(|k| {
                    word_at(s, k) == "you"
                        && word_at(s, k - 1) == "with"
                        && (v.end..k).any(|j| lexicon::MESSAGES_TO_PEOPLE.contains(&word_at(s, j)))
                        && (v.end..k).all(|j| s.toks[j].punct != Some(','))
                })
            {
                continue;
            }
            // "… or other messaging platforms, where permitted": a condition on the sentence's
            // practice, no practice of its own.
            if ctx.lang == Lang::En
                && p > 0
                && matches!(word_at(s, p - 1), "where" | "as" | "if" | "when" | "unless" | "except")
                && matches!(word_at(s, p), "permitted" | "allowed" | "required" | "authorised" | "authorized")
                && (p + 1 >= s.toks.len() || !s.toks[p + 1].is_word() || matches!(word_at(s, p + 1), "by" | "under"))
            {
                continue;
            }
            // "sending Snapchatters communications through Snapchat, email, SMS": the people the
            // business serves get its messages; no data of theirs goes anywhere.
            // ("send your updates to your followers" keeps them: "your" is the reader's.)
            if ctx.lang == Lang::En
                && lexicon::SENT_TO_READER[..4].contains(&word_at(s, v.start))
                && (v.end..(v.end + 2).min(b)).any(|k| lexicon::MESSAGES_TO_PEOPLE.contains(&word_at(s, k)))
                && !(v.end..(v.end + 2).min(b)).any(|k| matches!(word_at(s, k), "your" | "their" | "his" | "her"))
            {
                continue;
            }
            // "Provide various Lyft Platform offerings to you, such as …": further on, after "to".
            if matches!(class, VerbClass::Share)
                && (v.end + 1..(v.end + 6).min(b)).any(|k| word_at(s, k) == "you" && word_at(s, k - 1) == "to")
                && !(v.end..(v.end + 6).min(b)).any(|k| {
                    ents.data.iter().any(|m| m.start == k) || matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref))
                })
            {
                continue;
            }
            // "share with us", "provide us": data comes to us.
            // ("that service will send your information to us": further on, after "to".)
            // ("… an Zählwerk Analytics übermittelt, die uns daraus Statistiken erstellt": not past
            // the comma that opens a relative clause.)
            let to_us = (v.end..(v.end + 3).min(b))
                .take_while(|&k| s.toks[k].punct != Some(','))
                .any(|k| matches!(word_at(s, k), "us" | "uns" | "nous"))
                && (v.end..(v.end + 3).min(b)).all(|k| !s.toks[k].cap)
                || (v.end + 1..(v.end + 6).min(b)).any(|k| word_at(s, k) == "us" && word_at(s, k - 1) == "to")
                    && (v.end..(v.end + 6).min(b)).all(|k| !s.toks[k].cap);
            // "los datos que nos facilitas", "les données que vous nous communiquez": a clitic
            // "us" before the verb.
            let to_us = to_us
                || p > 0
                    && (ctx.lang == Lang::Es && word_at(s, p - 1) == "nos"
                        || ctx.lang == Lang::Fr && p > 1 && word_at(s, p - 1) == "nous" && word_at(s, p - 2) == "vous");
            // "the pharmacy responds by disclosing to Instacart your status as a patient": data
            // coming to the publisher by name.
            // ("disclosed to Brightwater District Council" on Brightwater's page: another body
            // whose name starts with the publisher's; the whole capitalised run must be it.)
            let to_brand = word_at(s, v.end) == "to"
                && s.toks.get(v.end + 1).is_some_and(|t| t.is_word() && t.cap)
                && ctx.brand.as_deref().is_some_and(|b| {
                    let run = (v.end + 1..s.toks.len()).take_while(|&k| s.toks[k].is_word() && s.toks[k].cap).count();
                    let name = &s.text[s.toks[v.end + 1].orig.0 as usize..s.toks[v.end + run].orig.1 as usize];
                    is_brand(&crate::report::normalize_name(name), b)
                });
            // "If you give Bumble access to your location, we will collect …": access granted to
            // the publisher itself.
            let access_to_brand =
                matches!(word_at(s, p), "give" | "gives" | "giving" | "grant" | "grants" | "granting")
                    && s.toks.get(v.end).is_some_and(|t| t.is_word() && t.cap)
                    && {
                        let run = (v.end..s.toks.len()).take_while(|&k| s.toks[k].is_word() && s.toks[k].cap).count();
                        matches!(word_at(s, v.end + run), "access" | "permission")
                            && ctx.brand.as_deref().is_some_and(|b| {
                                let name =
                                    &s.text[s.toks[v.end].orig.0 as usize..s.toks[v.end + run - 1].orig.1 as usize];
                                is_brand(&crate::report::normalize_name(name), b)
                            })
                    };
            let to_brand = to_brand || access_to_brand;
            // (… and "access" itself, read as the publisher collecting: the grant, not a practice.)
            let granted_access =
                word_at(s, p) == "access" && p >= 2 && s.toks[p - 1].is_word() && s.toks[p - 1].cap && {
                    let mut k = p - 1;
                    while k > 0 && s.toks[k - 1].is_word() && s.toks[k - 1].cap {
                        k -= 1;
                    }
                    k > 0
                        && matches!(word_at(s, k - 1), "give" | "gives" | "giving" | "grant" | "grants" | "granting")
                        && ctx.brand.as_deref().is_some_and(|b| {
                            let name = &s.text[s.toks[k].orig.0 as usize..s.toks[p - 1].orig.1 as usize];
                            is_brand(&crate::report::normalize_name(name), b)
                        })
                };
            if granted_access {
                continue;
            }
            if (to_us || to_brand) && class != VerbClass::Collect {
                continue;
            }
            // "We work with technical service partners that give us certain data": the partners
            // engaged are a source.
            if class == VerbClass::Engage
                && s.cues.iter().any(|m| m.start > p && matches!(m.value, Cue::Verb(VerbClass::Share)) && toward_user_or_us(s, m.end) && (m.end..(m.end + 6).min(s.toks.len())).any(|k| matches!(word_at(s, k), "us" | "uns" | "nous")))
                // ("Merchants may use this information to send you offers" is no source.)
                && !s.cues.iter().any(|m| matches!(m.value, Cue::Verb(VerbClass::Share | VerbClass::Sell)) && !toward_user_or_us(s, m.end))
            {
                continue;
            }
            // "you give Facebook permission to share your name and profile picture with us": the
            // data comes to us, however long the object.
            // ("… transferred to Puzzle Quest: the names of people who booked a room with us": a
            // relative clause's "with us" is not where the data goes.)
            // ("information about your transactions and experiences with us with our affiliate":
            // the user's dealings with us, the federal privacy notices' wording.)
            let with_us_later = (v.end..b.saturating_sub(1).min(p + 24)).any(|k| {
                matches!(word_at(s, k), "with" | "to")
                    && matches!(word_at(s, k + 1), "us" | "uns" | "nous")
                    && !(k > 0 && word_at(s, k) == "with" && lexicon::DEALINGS.contains(&word_at(s, k - 1)))
                    && !(v.end..k).any(|j| {
                        matches!(word_at(s, j), "who" | "which" | "that" | "whom" | "qui" | "que" | "die" | "der")
                            || matches!(cue_at(s, j), Some(Cue::Verb(_)))
                    })
            });
            // "you give Facebook permission to share your:" — Facebook is the one sharing.
            let permitted = p >= 2 && word_at(s, p - 1) == "to" && word_at(s, p - 2) == "permission";
            if (with_us_later || permitted) && matches!(class, VerbClass::Share | VerbClass::Sell) {
                continue;
            }
            // "Items … are sold by independent sellers": who sells goods, not data.
            if class == VerbClass::Sell
                && p > 0
                && matches!(word_at(s, p - 1), "is" | "are" | "was" | "were" | "be" | "been" | "and")
                && word_at(s, v.end) == "by"
            {
                continue;
            }
            // "Orbis smart TVs sold in the United States": a participle after goods.
            if class == VerbClass::Sell
                && word_at(s, p) == "sold"
                && p > 0
                && s.toks[p - 1].is_word()
                && !(EN_BE_FORMS.contains(&word_at(s, p - 1))
                    || matches!(
                        word_at(s, p - 1),
                        "have" | "has" | "had" | "not" | "never" | "we" | "they" | "it" | "and" | "or"
                    ))
                && !ents.data.iter().any(|m| m.end == p)
                && !s.cues.iter().any(|m| m.end == p && matches!(m.value, Cue::Coref | Cue::DataHead))
            {
                continue;
            }
            // "websites that sell electric guitars": someone else's trade in goods.
            if class == VerbClass::Sell
                && p >= 2
                && matches!(word_at(s, p - 1), "that" | "which" | "who")
                && !matches!(word_at(s, p - 2), "we" | "information" | "data")
                && !ents.data.iter().any(|m| m.start > p && m.start <= p + 4)
                && !(v.end..(v.end + 3).min(b)).any(|k| matches!(cue_at(s, k), Some(Cue::Coref) | Some(Cue::DataHead)))
            {
                continue;
            }
            if class == VerbClass::Share && public_source_clause(s, &ents, p) {
                continue;
            }
            // "Publicly available sources such as public posts": an adjective before a noun, where
            // "will be publicly available to all internet users" publishes.
            if class == VerbClass::Share
                && word_at(s, p) == "publicly"
                && matches!(word_at(s, p + 1), "available" | "accessible")
                && !(p > 0
                    && matches!(
                        word_at(s, p - 1),
                        "be" | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "been"
                            | "made"
                            | "make"
                            | "makes"
                            | "become"
                            | "becomes"
                            | "remain"
                            | "remains"
                            | "stay"
                            | "stays"
                    ))
            {
                continue;
            }
            // "may be considered "targeted advertising", "sharing" or "selling"": legal terms in
            // quotes, not an act.
            if quoted_spans(s).iter().any(|&(qa, qb)| qa < p && p < qb)
                && (0..s.toks.len()).any(|k| {
                    matches!(word_at(s, k), "considered" | "defined" | "constitute" | "constitutes" | "deemed")
                })
            {
                continue;
            }
            // "from supermarkets … to DIY stores and cafés": shops, not storing.
            if ctx.lang == Lang::En
                && matches!(word_at(s, p), "stores" | "store")
                && v.end == p + 1
                && s.toks.get(v.end).is_none_or(|t| {
                    !t.is_word()
                        || matches!(
                            word_at(s, v.end),
                            "and"
                                | "or"
                                | "to"
                                | "in"
                                | "such"
                                | "where"
                                | "near"
                                | "across"
                                | "nationwide"
                                | "worldwide"
                        )
                })
                && !(p > 0
                    && matches!(
                        word_at(s, p - 1),
                        "to" | "may"
                            | "will"
                            | "we"
                            | "it"
                            | "they"
                            | "can"
                            | "also"
                            | "securely"
                            | "only"
                            | "and"
                            | "or"
                    ))
            {
                continue;
            }
            // "… and gives everyone a place to belong": giving without any data named.
            // ("we give HMRC what they ask for during an inspection": whatever records are asked.)
            let asked_for = (v.end..b).any(|k| {
                word_at(s, k) == "what"
                    && (k + 1..(k + 4).min(b)).any(|j| {
                        matches!(word_at(s, j), "ask" | "asks" | "request" | "requests" | "require" | "requires")
                    })
            });
            if class == VerbClass::Share
                && word_at(s, p).starts_with("giv")
                && !asked_for
                && !ents.data.iter().any(|m| m.start >= a && m.end <= b)
                && !(a..b).any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)))
            {
                continue;
            }
            // "a platform that brings people together over shared experiences": an adjective.
            if ctx.lang == Lang::En
                && word_at(s, p) == "shared"
                && v.end == p + 1
                && p > 0
                && matches!(
                    word_at(s, p - 1),
                    "over"
                        | "a"
                        | "an"
                        | "the"
                        | "our"
                        | "your"
                        | "their"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "by"
                        | "through"
                )
                && s.toks.get(v.end).is_some_and(|t| {
                    t.is_word()
                        && !matches!(
                            word_at(s, v.end),
                            "with" | "to" | "by" | "among" | "between" | "within" | "across" | "publicly" | "only"
                        )
                })
                && !ents.data.iter().any(|m| m.start == v.end)
            {
                continue;
            }
            // "items bought and sold", "the products you buy and sell": trade in goods.
            // ("articles achetés et vendus", "artículos comprados y vendidos", "gekaufte und
            // verkaufte Artikel".)
            let bought_and_sold = p >= 2
                && matches!(word_at(s, p - 1), "and" | "or" | "et" | "ou" | "y" | "o" | "und" | "oder")
                && matches!(
                    word_at(s, p - 2),
                    "bought"
                        | "buy"
                        | "purchased"
                        | "purchase"
                        | "buying"
                        | "purchasing"
                        | "achetes"
                        | "achetees"
                        | "achete"
                        | "comprados"
                        | "compradas"
                        | "gekaufte"
                        | "gekauften"
                );
            let goods_before = (p.saturating_sub(3)..p).any(|k| {
                matches!(
                    word_at(s, k),
                    "items"
                        | "products"
                        | "goods"
                        | "articles"
                        | "produits"
                        | "articulos"
                        | "productos"
                        | "artikel"
                        | "waren"
                        | "produkte"
                )
            }) && !ents.data.iter().any(|m| m.start > p && m.start <= p + 4)
                && !(v.end..(v.end + 4).min(b)).any(|k| matches!(cue_at(s, k), Some(Cue::Coref | Cue::DataHead)));
            if class == VerbClass::Sell
                && (bought_and_sold || goods_before)
                && !(p.saturating_sub(3)..p).any(|k| {
                    matches!(word_at(s, k), "we" | "not" | "never" | "nous" | "ne" | "wir" | "nicht" | "no" | "nunca")
                })
            {
                continue;
            }
            // "… personalize your experience, and measure, display, and customize the
            // advertisements you see": showing ads or content to the user shares nothing.
            if class == VerbClass::Share
                && ["display", "show", "serv", "present"].iter().any(|x| word_at(s, p).starts_with(x))
                && (v.end..(v.end + 6).min(b)).any(|k| {
                    matches!(
                        word_at(s, k),
                        "advertisements"
                            | "ads"
                            | "advertising"
                            | "content"
                            | "offers"
                            | "recommendations"
                            | "coupons"
                            | "promotions"
                    )
                })
                && !ents.data.iter().any(|m| m.start >= v.end && m.start <= v.end + 3)
            {
                continue;
            }
            // "integrations … are provided by their developers": the agent of "provided by"
            // supplies something ("provided by us to our partners" still shares).
            // "For transfers from the EEA/UK to other countries, we rely on standard contractual
            // clauses …": a transfer abroad as a topic; the parties after the comma receive nothing
            // by it.
            if class == VerbClass::Share
                && matches!(word_at(s, p), "transfers" | "transfer")
                && p > 0
                && matches!(word_at(s, p - 1), "for" | "international" | "border" | "these" | "such")
            {
                let comma = (v.end..b).find(|&k| s.toks[k].punct == Some(',')).unwrap_or(b);
                if !ents.recips.iter().any(|m| m.start >= v.end && m.start < comma)
                    && !nm.iter().any(|n| n.start >= v.end && n.start < comma)
                {
                    continue;
                }
            }
            // ("standard contractual clauses published by the EU Commission": the author of a
            // text, unless the text is the user's data.)
            let authored = ["publish", "issued", "approved", "adopted"].iter().any(|x| word_at(s, p).starts_with(x))
                && !ents.data.iter().any(|m| m.end <= p)
                && !(a..p).any(|k| matches!(cue_at(s, k), Some(Cue::Coref | Cue::DataHead)));
            if class == VerbClass::Share
                && (["provid", "suppl", "offer"].iter().any(|x| word_at(s, p).starts_with(x)) || authored)
                && word_at(s, v.end) == "by"
                && !matches!(word_at(s, v.end + 1), "us" | "we")
            {
                continue;
            }
            // "… aus einer neuen Datenschutzerklärung hervor, die der Betrieb … veröffentlicht
            // hat": the document is what is published (German puts it before the verb).
            if class == VerbClass::Share
                && ctx.lang == Lang::De
                && word_at(s, p).starts_with("veroffentlich")
                && (a.max(p.saturating_sub(12))..p).any(|k| {
                    let w = word_at(s, k);
                    w.ends_with("erklarung")
                        || w.ends_with("richtlinie")
                        || w.ends_with("bedingungen")
                        || w.ends_with("hinweise")
                })
                && !ents.data.iter().any(|m| m.end <= p && m.start >= a.max(p.saturating_sub(12)))
            {
                continue;
            }
            // "… services or products that do not display this Statement": showing a document is
            // no sharing of data.
            if class == VerbClass::Share
                && (v.end..(v.end + 3).min(b)).any(|k| {
                    (cue_at(s, k) == Some(Cue::LegalDoc) || lexicon::POLICY_DOCUMENT_NOUNS.contains(&word_at(s, k)))
                        && !matches!(cue_at(s, k + 1), Some(Cue::DataHead | Cue::LegalDoc))
                        && !s.toks.get(k + 1).is_some_and(|t| {
                            t.is_word()
                                && matches!(
                                    word_at(s, k + 1),
                                    "data" | "information" | "details" | "holders" | "holder" | "number" | "numbers"
                                )
                        })
                        && (v.end..k).all(|j| matches!(word_at(s, j), "this" | "the" | "our" | "a" | "an" | "that"))
                })
                && !ents.data.iter().any(|m| m.start >= v.end && m.start < (v.end + 4).min(b))
            {
                continue;
            }
            // "we now give 14 days' notice before suspending an account": notice is no data.
            if class == VerbClass::Share
                && (v.end..(v.end + 4).min(b)).any(|k| matches!(word_at(s, k), "notice" | "warning" | "notification"))
                && !ents.data.iter().any(|m| m.start >= v.end && m.start < (v.end + 4).min(b))
            {
                continue;
            }
            // "We sell children's products": goods, not data.
            // ("… partner brands whose products we sell": the goods before the relative verb.)
            if class == VerbClass::Sell
                && ((v.end..(v.end + 4).min(b)).any(|k| lexicon::SOLD_GOODS.contains(&word_at(s, k)))
                    || p >= 2
                        // ("los vehículos que comercializamos")
                        && matches!(word_at(s, p - 1), "we" | "you" | "they" | "i" | "que" | "qui" | "die")
                        && lexicon::SOLD_GOODS.contains(&word_at(s, p - 2)))
                // ("agreed to sell the business and assets of the company, including its customer
                // records, to …": the business itself changes hands.)
                && !(v.end..(v.end + 3).min(b)).any(|k| matches!(word_at(s, k), "business" | "company" | "undertaking"))
            {
                continue;
            }
            // "a marketplace for renting and listing boats", "when you rent or place an order":
            // renting is a sale of data only with data (or "it") for its object, or beside
            // "sell" ("we do not sell, rent or trade").
            // ("Trading and investment experience, Tax identification number": trading is an
            // activity unless data follows it at once.)
            let reach = if word_at(s, p).starts_with("trad") { 2 } else { 6 };
            if class == VerbClass::Sell
                && (word_at(s, p).starts_with("rent") || word_at(s, p).starts_with("trad"))
                && !ents.data.iter().any(|m| m.start >= v.end && m.start <= v.end + reach)
                && !(v.end..(v.end + reach).min(b)).any(|k| matches!(cue_at(s, k), Some(Cue::Coref | Cue::DataHead)))
                && !(p.saturating_sub(4)..p).any(|k| matches!(cue_at(s, k), Some(Cue::Verb(_))))
            {
                continue;
            }
            // "la vente d'alcool aux mineurs", "the sale of tickets": a sale (noun) of anything but
            // data is no sharing.
            let noun_sale = p > 0
                && matches!(word_at(s, p - 1), "la" | "le" | "the" | "a" | "die" | "der" | "el" | "una" | "un" | "une");
            if class == VerbClass::Sell
                && noun_sale
                && !ents.data.iter().any(|m| m.start > p && m.start <= p + 5)
                && !(v.end..(v.end + 4).min(b))
                    .any(|k| cue_at(s, k) == Some(Cue::Coref) || cue_at(s, k) == Some(Cue::DataHead))
            {
                continue;
            }
            // "Before sharing, we replace your name …": a bare gerund names no practice.
            // ("We round that location … before passing it, together with your advertising ID,
            // to our advertising partners" names its recipient: it does.)
            if p > 0
                && (s.toks.get(v.end).is_some_and(|t| t.punct == Some(','))
                    && matches!(word_at(s, p - 1), "before" | "after" | "when" | "prior" | "avant" | "vor" | "antes")
                    || matches!(word_at(s, p - 1), "before" | "after")
                        && word_at(s, p).ends_with("ing")
                        && !ents.recips.iter().any(|r| r.start > p && r.start <= p + 14))
            {
                continue;
            }
            // "We're excited to share that Inkbook … has been acquired by …": to share news is to
            // tell it.
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && word_at(s, p).starts_with("shar")
                && word_at(s, v.end) == "that"
                && s.toks.get(v.end + 1).is_some_and(|t| {
                    t.is_word()
                        && (t.cap && !ents.data.iter().any(|m| m.start == v.end + 1)
                            || matches!(word_at(s, v.end + 1), "we" | "our" | "you" | "it" | "they" | "the" | "this"))
                })
            {
                continue;
            }
            // "your activity in the feed, such as …": a noun after an article, unless it names the
            // act ("the transfer of your data to …").
            if ctx.lang == Lang::En
                && matches!(class, VerbClass::Share | VerbClass::Sell)
                && !(word_at(s, p).len() > 5 && word_at(s, p).ends_with("ed"))
                && p > 0
                && matches!(word_at(s, p - 1), "the" | "a" | "an" | "your" | "our" | "this" | "news")
                && !matches!(word_at(s, v.end), "of" | "with" | "to")
                // ("The consent forms … are also part of the transfer": what goes along.)
                && !(p >= 3
                    && word_at(s, p - 1) == "the"
                    && matches!(word_at(s, p - 2), "of" | "in")
                    && matches!(word_at(s, p - 3), "part" | "included")
                    && matches!(word_at(s, p), "transfer" | "sale" | "disclosure"))
            {
                continue;
            }
            // "the Threadline Data API, which provides access to …": the verb of a relative clause
            // about a third party or a thing; its subject gives, it is not us sharing.
            if matches!(class, VerbClass::Share | VerbClass::Sell)
                && p > a
                && matches!(word_at(s, p - 1), "which" | "that" | "who")
                && s.toks[p - 2.min(p)].punct == Some(',')
            {
                continue;
            }
            // "a large share of the conversations", "a publisher of newspapers": a noun. ("When …
            // disclosure of information is reasonably necessary to satisfy … governmental
            // request" names the act, as a condition of ours.)
            if ctx.lang == Lang::En
                && class == VerbClass::Share
                && word_at(s, v.end) == "of"
                && !(matches!(word_at(s, p), "disclosure" | "disclosures" | "transfer" | "sharing" | "release")
                    && (v.end..(v.end + 8).min(b))
                        .any(|k| matches!(word_at(s, k), "necessary" | "required" | "needed")))
                && p > 0
                && !matches!(word_at(s, p - 1), "we" | "will" | "may" | "to" | "not" | "also" | "might" | "can")
            {
                continue;
            }
            // "Vos échanges avec les livreurs …", "your transfers": after a possessive, the verb's
            // word is a noun.
            if p > 0
                && matches!(
                    word_at(s, p - 1),
                    "vos" | "votre" | "tes" | "ton" | "your" | "ihre" | "ihren" | "deine" | "tus" | "sus" | "mes"
                )
            {
                continue;
            }
            // "We have asked the data brokers we previously worked with … to delete the
            // information we gave them": a request to delete, not sharing.
            let deletion_request = (0..p).any(|k| {
                lexicon::REQUEST_WORDS.contains(&word_at(s, k))
                    && (k + 1..p).any(|j| lexicon::REMOVAL_WORDS.contains(&word_at(s, j)))
            });
            if deletion_request {
                continue;
            }
            if s.cues.iter().any(|m| m.start < p && p - m.start <= 7 && aside_negation(s, clause, p, m)) {
                continue;
            }
            let mut negated = negated_before(s, ctx.lang, clause, p) || answers_no(s);
            // "… creating an ad for Spanish-speaking audiences but opting not to display it within
            // Spain": someone else's choice not to do a thing is no promise of ours.
            if negated
                && ctx.lang == Lang::En
                && s.cues.iter().any(|m| {
                    m.value == Cue::Negation
                        && m.end <= p
                        && p - m.end <= 2
                        && m.start > 0
                        && ["opting", "choosing", "deciding", "electing"].contains(&word_at(s, m.start - 1))
                })
            {
                continue;
            }
            // "Nothing is sent to YouTube until you press play": a wait for the reader's step,
            // after which it is sent, is no promise.
            if negated
                && ctx.lang == Lang::En
                && (v.end..b)
                    .any(|k| word_at(s, k) == "until" && matches!(word_at(s, k + 1), "you" | "the" | "a" | "your"))
            {
                continue;
            }
            // "Close your account before 30 June, and we will delete your details instead of
            // transferring them", "If you object, we delete it rather than share it": what happens
            // after the reader's own step is a choice offered, no promise about everyone's data.
            if negated
                && ctx.lang == Lang::En
                && p >= 2
                && matches!((word_at(s, p - 2), word_at(s, p - 1)), ("instead", "of") | ("rather", "than"))
                && (matches!(word_at(s, 0), "if" | "should" | "unless" | "once")
                    || matches!(
                        word_at(s, 0),
                        "close"
                            | "delete"
                            | "cancel"
                            | "tell"
                            | "contact"
                            | "email"
                            | "write"
                            | "let"
                            | "opt"
                            | "object"
                            | "untick"
                            | "uncheck"
                            | "unsubscribe"
                            | "remove"
                            | "deactivate"
                            | "turn"
                            | "switch"
                            | "visit"
                            | "go"
                            | "log"
                            | "sign"
                            | "reply"
                            | "ask"
                            | "choose"
                            | "select"
                    ))
            {
                continue;
            }
            // "## What we never do" + "- Sell your personal information.": an item that opens
            // with the verb completes a negated heading.
            if !negated && item && p == 0 {
                if let Some(hs) = ctx.doc.blocks[s.block].section.and_then(|h| first_sentence_of_block(sents, h)) {
                    negated = hs.cues.iter().any(|m| m.value == Cue::Negation);
                }
            }
            // "Halden has stopped sharing …", "They will no longer receive …", "Previously, …
            // we shared …", "nous ne partageons plus …": a practice that ended.
            // ("If you previously chose to sync your contacts, we will continue to process …" is
            // the user's earlier choice and a continuing practice.)
            let stop_cue = s.cues.iter().any(|m| {
                m.value == Cue::Stop
                    // (German puts the verb last: "… werden nicht mehr an die Stadtviertel-Bonus
                    // GmbH übermittelt".)
                    && (m.start <= 1
                        || m.start >= a && m.start < p && p - m.start <= if ctx.lang == Lang::De { 10 } else { 6 }
                        // ("Wir geben Ihre E-Mail-Adresse … nicht mehr an Werbepartner weiter": a
                        // main clause's verb comes second, its "nicht mehr" after the object.)
                        || ctx.lang == Lang::De && m.start > p && m.start < b && m.start - p <= 12)
                    && !(m.start > 0
                        && matches!(word_at(s, m.start - 1), "you" | "if" | "vous" | "sie" | "usted" | "tu"))
                    && !s.has(Cue::Continuing)
                // ("In the past 12 months we have disclosed …": a look-back period, not an ended
                // practice.)
                && !(word_at(s, m.end - 1) == "past"
                    && (word_at(s, m.end).starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            word_at(s, m.end),
                            "twelve" | "year" | "years" | "month" | "months" | "few" | "several" | "three" | "six"
                        )))
            }) && !ends_with_readers_leaving(s)
                // "Until now, player statistics could only be seen by members of your own league":
                // what was the only sharing before still happens; the change widens it.
                && !(a..p).any(|k| word_at(s, k) == "only");
            // "Until now, your card has not been reported to the credit bureaus": what did not
            // happen before says nothing of what happens now (the next sentence says that).
            if stop_cue && negated {
                continue;
            }
            let stopped = stop_cue
                || !negated && stopped_after(sents, si, p)
                // ("ne leur est pas communiquée non plus": "non plus" is "either".)
                || ctx.lang == Lang::Fr
                    && negated
                    && (v.end..(v.end + 2).min(b)).any(|k| word_at(s, k) == "plus" && word_at(s, k - 1) != "non");
            if stopped {
                // "If you opt out, we'll stop sharing …" describes an opt-out, not a change.
                if s.has(Cue::OptOut) {
                    continue;
                }
                negated = false;
            }
            // Only an exception after the verb names who does get the data ("we do not share …
            // except with service providers"); "Except as described, we never share" does not.
            // ("without your prior written consent … unless: (i) …": the consent condition names
            // no one; the exceptions after "unless" do.)
            let exception_at = s
                .cues
                .iter()
                .find(|m| m.value == Cue::Exception && m.start > p && m.start < b && !lexicon_consent(s, m))
                .map(|m| m.start);
            let all = recipients_in(s, &ents, &nm, clause, |pos| !source_before(pos));
            // "We use our own cookies and do not use any third-party providers": objects of this
            // verb end where a later, negated verb begins.
            let negated_next = if negated {
                b
            } else {
                s.cues
                    .iter()
                    .filter(|m| matches!(m.value, Cue::Verb(_)) && m.start > v.end && m.start < b)
                    .find(|m| s.cues.iter().any(|n| n.value == Cue::Negation && n.start > p && n.start < m.start))
                    .map_or(b, |m| m.start)
            };
            let mut recips: Vec<Recipient>;
            let mut inferred = false;
            // "the providers listed above receive …": the companies named earlier in the section.
            let listed_above = ents.recips.iter().any(|m| {
                matches!(word_at(s, m.end), "listed" | "named" | "mentioned") && word_at(s, m.end + 1) == "above"
            });
            let all = if listed_above && !negated {
                let sec = ctx.doc.blocks[s.block].section;
                let named: Vec<Recipient> = {
                    let mut v: Vec<Recipient> = Vec::new();
                    for st in out.iter().rev().take_while(|st| ctx.doc.blocks[sents[st.sentence].block].section == sec)
                    {
                        for r in st.recipients.iter().filter(|r| r.name.is_some()) {
                            if !v.contains(r) {
                                v.push(r.clone());
                            }
                        }
                    }
                    v
                };
                if named.is_empty() {
                    all
                } else {
                    let at = ents.recips.iter().find(|m| word_at(s, m.end + 1) == "above").map_or(0, |m| m.start);
                    let mut v: Vec<(usize, Recipient)> = all.into_iter().filter(|(pos, _)| *pos != at).collect();
                    v.extend(named.into_iter().map(|r| (at, r)));
                    v
                }
            } else {
                all
            };
            // "We use X" engages a provider; "They use it" / "Advertisers use your data" is the
            // third party using data it received.
            // "The Company engages Plaid": a publisher that calls itself "the Company" is "we".
            // ("Our partners use this information …": "our" before the subject is no "we".)
            let our_party = |k: usize| {
                matches!(
                    word_at(s, k),
                    "our"
                        | "unser"
                        | "unsere"
                        | "unserer"
                        | "unseren"
                        | "notre"
                        | "nos"
                        | "nuestro"
                        | "nuestra"
                        | "nuestros"
                        | "nuestras"
                ) && ents.recips.iter().any(|r| r.start > k && r.start <= k + 2)
            };
            let we_subject = (a..p).any(|k| {
                cue_at(s, k) == Some(Cue::FirstPerson) && !our_party(k)
                    || matches!(word_at(s, k), "we'll" | "we've" | "we're" | "we'd")
                    || word_at(s, k) == "company" && s.toks[k].cap && k > 0 && word_at(s, k - 1) == "the"
                    // ("ClearSkin uses IT companies that host our patient records": the publisher
                    // by its name.)
                    // ("Yahoo advertisers include …" is the advertisers.)
                    || k == a
                        && p <= k + 3
                        && !ents.recips.iter().any(|m| m.start > k && m.start < p)
                        && s.toks[k].cap
                        && s.toks[k].is_word()
                        && ctx.brand.as_deref().is_some_and(|b| is_brand(word_at(s, k), b))
            });
            let engaged_by_other = class == VerbClass::Engage && !we_subject;
            // "If you … sign in using your Facebook account": the user uses it.
            // ("When you book, the restaurant may also use your email address …": a party named
            // after the reader is the subject.)
            let reader_at = (p.saturating_sub(8)..p)
                .rev()
                .find(|&k| matches!(word_at(s, k), "you" | "vous" | "sie" | "usted" | "tu" | "du"));
            if engaged_by_other && reader_at.is_some_and(|k| !all.iter().any(|(pos, _)| *pos > k && *pos < p)) {
                continue;
            }
            // "We may share data with affiliates; it may include account data": what something
            // includes is its contents; no party takes anything.
            if engaged_by_other && matches!(word_at(s, p), "include" | "includes") {
                continue;
            }
            let class = if engaged_by_other { VerbClass::Collect } else { class };
            // "El juzgado ha autorizado la venta": an authority authorising is not receiving.
            if engaged_by_other
                && all.iter().filter(|(pos, _)| *pos < p).all(|(_, r)| r.kind == RecipientKind::Government)
                && all.iter().any(|(pos, _)| *pos < p)
            {
                continue;
            }
            // "Partners who have integrated certain Instacart services … may let us collect
            // information about your use": the data belongs to what we do, not to their using.
            if engaged_by_other
                && ents.data.iter().find(|m| m.start >= v.end && m.end <= b).is_some_and(|d| {
                    s.cues.iter().any(|c| c.value == Cue::FirstPerson && c.start > v.end && c.start < d.start)
                })
            {
                continue;
            }
            // "Acceptable use.", "Fair use": a third party "using" nothing named is not collecting.
            if engaged_by_other
                && !ents.data.iter().any(|m| m.start >= a && m.end <= b)
                && !(a..b).any(|k| cue_at(s, k) == Some(Cue::Coref))
            {
                continue;
            }
            match class {
                VerbClass::Share | VerbClass::Sell => {
                    // Recipients are objects: after the verb, or before it only when introduced
                    // by "with"/"to" ("partners with whom we share"); a subject gives, not gets.
                    let rel = relative_recipient_marker(s, &ents, a, p);
                    // "provided by the App Store or Google Play": the agent gives, not gets.
                    // "consultable par les familles inscrites", "visible by other members": who can
                    // see it receives it.
                    // ("can only be seen by members of your own league": "seen by" too.)
                    let seen_by = ["visibl", "consultabl", "accessibl", "sichtbar", "einsehbar", "abrufbar"]
                        .iter()
                        .any(|x| word_at(s, p).starts_with(x))
                        || matches!(word_at(s, p), "seen" | "viewed") && word_at(s, p + 1) == "by";
                    // ("hébergées par OVHcloud", "hosted by Fastly": a verb whose cue takes in
                    // its agent names who holds the data.)
                    let holder_agent =
                        v.end > v.start + 1 && matches!(word_at(s, v.end - 1), "by" | "par" | "von" | "por" | "durch");
                    let agent = |pos: usize| {
                        // ("Vos colis sont acheminés par Colissimo, à qui nous communiquons …": the
                        // agent of an earlier clause is whom the relative clause gives to.)
                        if seen_by || holder_agent || rel.is_some_and(|j| pos < j) {
                            return false;
                        }
                        // Back over the agents' list ("by the App Store or Google Play") to "by".
                        let mut k = pos;
                        while k > p + 1
                            && (s.toks[k - 1].cap
                                || s.toks[k - 1].punct == Some(',')
                                || matches!(
                                    word_at(s, k - 1),
                                    "the" | "or" | "and" | "our" | "its" | "le" | "la" | "les" | "der" | "die" | "el"
                                ))
                        {
                            k -= 1;
                        }
                        let by_agent = k > 0 && matches!(word_at(s, k - 1), "by" | "von" | "durch" | "par" | "por");
                        // ("an account provided by an organization, such as your employer or
                        // school": the agent's examples give too.)
                        let by_examples = matches!(word_at(s, p + 1), "by" | "par" | "por")
                            && pos <= p + 12
                            && (p + 2..pos).any(|j| matches!(cue_at(s, j), Some(Cue::Examples)))
                            && (p + 2..pos).all(|j| !matches!(cue_at(s, j), Some(Cue::Verb(_))));
                        (by_agent || by_examples)
                            && (p + 1..pos).all(|j| !matches!(cue_at(s, j), Some(Cue::RecipientPrep)))
                    };
                    // "… with Chartline, so that creators receive certified audience numbers": who
                    // benefits in a purpose clause after the recipients gets results, not the data.
                    let purpose_clause = (v.end + 1..b)
                        .find(|&k| {
                            word_at(s, k) == "so" && word_at(s, k + 1) == "that"
                                || word_at(s, k) == "damit"
                                || matches!(word_at(s, k), "afin" | "para" | "pour") && word_at(s, k + 1) == "que"
                        })
                        // (… or in the item's label: "- With advertising partners: we share …, so
                        // that they can show you ads for nearby shops".)
                        // (… or the clause's own subject: "to combine your answers with your
                        // profile so that clients receive the right sample".)
                        .filter(|&k| {
                            all.iter().any(|(pos, _)| *pos > v.end && *pos < k || *pos < label_end(s))
                                || ents.recips.iter().find(|m| m.start > k).is_some_and(|m| {
                                    m.start <= k + 4
                                        && s.cues.iter().any(|c| {
                                            matches!(c.value, Cue::Verb(VerbClass::Collect)) && c.start == m.end
                                        })
                                })
                        })
                        .unwrap_or(usize::MAX);
                    recips = all
                        .iter()
                        .filter(|(pos, _)| !agent(*pos))
                        // "we might sell or buy stores, subsidiaries, or business units": what is
                        // sold or bought, not who gets data.
                        .filter(|(pos, r)| {
                            !(class == VerbClass::Sell
                                && *pos >= v.end
                                && *pos <= v.end + 6
                                && (v.end..*pos).all(|k| cue_at(s, k) != Some(Cue::RecipientPrep))
                                && (r.kind == RecipientKind::Affiliate
                                    || (v.end..*pos)
                                        .any(|k| matches!(word_at(s, k), "buy" | "acquire" | "purchase" | "stores"))))
                        })
                        .filter(|(pos, _)| *pos < negated_next && *pos < purpose_clause)
                        // "organised together with partners, such as sponsors, who may provide
                        // prizes": the subject of the relative clause gives, and no data is named.
                        .filter(|(pos, _)| !(*pos < p && ents.data.is_empty() && relative_subject_of(s, *pos, p)))
                        // "Auf Anfrage der Bundespolizei geben wir Daten heraus", "at the request of the police".
                        .filter(|(pos, _)| {
                            *pos >= p
                                || (pos.saturating_sub(3)..*pos).any(|k| {
                                    matches!(
                                        word_at(s, k),
                                        "anfrage" | "request" | "demande" | "peticion" | "requerimiento" | "ersuchen"
                                    )
                                })
                                // "If the police or another public authority asks us for
                                // information …, we may provide …": the party that asks gets it.
                                || ctx.lang == Lang::En
                                    && (pos + 1..(pos + 8).min(p)).any(|k| {
                                        matches!(word_at(s, k), "asks" | "ask" | "requests" | "request" | "demands")
                                            && matches!(word_at(s, k + 1), "us" | "for" | "that")
                                    })
                                    && (0..*pos).any(|k| matches!(word_at(s, k), "if" | "when" | "where" | "whenever"))
                                || !user_shares_before(s, p)
                                    && (*pos > a
                                        && (pos.saturating_sub(3)..*pos).any(|k| {
                                            cue_at(s, k) == Some(Cue::RecipientPrep)
                                                // "für die Eltern … sichtbar", "visible for".
                                                || seen_by && matches!(word_at(s, k), "fur" | "für" | "for")
                                        })
                                        || rel.is_some_and(|j| *pos >= a && *pos < j))
                        })
                        .map(|(_, r)| r.clone())
                        .collect();
                    // "nutzen wir CleverReach (…), an die wir Ihre E-Mail-Adresse übermitteln", "we
                    // use Postmark, to which we send …": a relative clause of its own after a comma
                    // gives to the company that ends the clause before it.
                    if recips.is_empty() && rel.is_none() && a > 0 && !negated {
                        if relative_recipient_marker(s, &ents, a - 1, p).is_some() {
                            if let Some(&(pa, _)) = sentence_clauses.iter().rev().find(|c| c.1 <= a && c.0 < a) {
                                let prev = recipients_in(s, &ents, &nm, (pa, a), |pos| !source_before(pos));
                                if let Some((_, r)) = prev.last() {
                                    recips.push(r.clone());
                                }
                            }
                        }
                    }
                    // "Ihre Angaben … werden der Ärztin oder dem Arzt angezeigt": a German dative
                    // between the auxiliary and the participle receives.
                    if recips.is_empty() && ctx.lang == Lang::De {
                        if let Some(aux) = (a..p).rev().find(|&k| matches!(word_at(s, k), "werden" | "wird" | "wurden"))
                        {
                            recips = all
                                .iter()
                                .filter(|(pos, _)| {
                                    *pos > aux
                                        && *pos < p
                                        && matches!(
                                            word_at(s, pos - 1),
                                            "der" | "dem" | "den" | "ihrem" | "ihrer" | "unserem" | "unserer"
                                        )
                                })
                                .map(|(_, r)| r.clone())
                                .collect();
                        }
                    }
                    // "… chez l'un de nos commerçants partenaires, nous lui communiquerons votre
                    // nom": a clitic for the receiver stands for the nearest recipient before it.
                    // ("… leur seront également communiqués", "… y sont transférés": an auxiliary
                    // or adverb may stand between; "y" is where, the tool named before.)
                    let clitic_at = (p.saturating_sub(4)..p).rev().find(|&k| match ctx.lang {
                        Lang::Fr => matches!(word_at(s, k), "lui" | "leur" | "y"),
                        Lang::Es => matches!(word_at(s, k), "le" | "les"),
                        _ => false,
                    });
                    let clitic = clitic_at.is_some_and(|c| {
                        (c + 1..p).all(|k| {
                            matches!(
                                word_at(s, k),
                                "seront"
                                    | "sont"
                                    | "est"
                                    | "sera"
                                    | "ont"
                                    | "a"
                                    | "ete"
                                    | "egalement"
                                    | "aussi"
                                    | "ensuite"
                                    | "alors"
                                    | "seran"
                                    | "son"
                                    | "es"
                                    | "han"
                                    | "ha"
                                    | "sido"
                                    | "tambien"
                                    | "n"
                                    | "ne"
                                    | "jamais"
                                    | "pas"
                            )
                        }) && (ctx.lang != Lang::Fr || word_at(s, c) != "y" || c + 1 < p)
                    });
                    if clitic && recips.is_empty() {
                        let c = clitic_at.unwrap_or(p);
                        let before = recipients_in(s, &ents, &nm, (0, c), |_| true);
                        if let Some((_, r)) = before.into_iter().max_by_key(|(pos, _)| *pos) {
                            recips = vec![r];
                        // ("Les allergies … ne sont jamais transmises à des courtiers. Votre
                        // adresse e-mail ne leur est pas communiquée non plus": a promise's
                        // clitic too, when the sentence before is in the same paragraph.)
                        } else if si > 0 && (!negated || sents[si - 1].block == s.block) {
                            recips = previous_context(out, sents, si, lex, cache).0;
                            inferred = true;
                        }
                    }
                    // "In match reports on our website we publish the names of the players": what
                    // we publish goes to the public.
                    let publishing =
                        ["publish", "veroffentlich", "publions", "publie", "publier", "publicamos", "publica"]
                            .iter()
                            .any(|x| word_at(s, p).starts_with(x))
                            || ctx.lang == Lang::En && word_at(s, p) == "post";
                    let published_data =
                        ents.data.iter().any(|m| m.start >= v.end && m.start < b && m.value != DataType::Other);
                    // ("Cast and crew names are printed in the programme and on our website",
                    // "photographs … are published on our website": the passive, with the data
                    // as its subject.)
                    // ("Photos from competitions may be posted on our website": "be posted" the
                    // verb, on or in a place.)
                    let posted = word_at(s, p + 1) == "posted"
                        && v.end == p + 2
                        && matches!(word_at(s, v.end), "on" | "online" | "in" | "publicly");
                    let be = |k: usize| matches!(word_at(s, k), "is" | "are" | "be" | "been" | "was" | "were");
                    // ("are now published", "are also printed": an adverb between.)
                    let after_be = p > 0 && be(p - 1)
                        || p > 1
                            && matches!(word_at(s, p - 1), "now" | "also" | "then" | "usually" | "normally" | "always")
                            && be(p - 2);
                    // ("Scores shot at tournaments are published on our website …, with the
                    // archer's name": personal data goes with the results.)
                    let with_data = ents.data.iter().any(|m| {
                        m.start >= v.end
                            && m.start < b
                            && m.value != DataType::Other
                            && (v.end..m.start).any(|k| word_at(s, k) == "with")
                    });
                    // ("If you write a review, it is published on our product page with your first
                    // name": the subject may refer back.)
                    let subject_ref = (a..p).any(|k| cue_at(s, k) == Some(Cue::Coref));
                    let published_passive = ctx.lang == Lang::En
                        && ((publishing || word_at(s, p) == "printed") && after_be || posted)
                        && (ents.data.iter().any(|m| m.start >= a && m.end < p)
                            && (ents.data.iter().any(|m| m.start >= a && m.end < p && m.value != DataType::Other)
                                || with_data)
                            || subject_ref && with_data);
                    // ("We collect the content you create, upload or publish": what the reader
                    // publishes, named as the data we collect.)
                    let reader_publishes = ctx.lang == Lang::En
                        && (a..p)
                            .rev()
                            .find(|&k| matches!(word_at(s, k), "we" | "you"))
                            .is_some_and(|k| word_at(s, k) == "you");
                    // ("Results, including the handler's name, are published on the club
                    // website and sent to the Kennel Association": the recipient is the second
                    // verb's; the first still publishes.)
                    let and_sent = (v.end..b).any(|k| {
                        word_at(s, k) == "and" && matches!(cue_at(s, k + 1), Some(Cue::Verb(VerbClass::Share)))
                    });
                    if (recips.is_empty()
                        || published_passive && and_sent && !recips.iter().any(|r| r.kind == RecipientKind::Public))
                        && (publishing
                            && published_data
                            && !reader_publishes
                            && (a..p)
                                .chain(v.end..b)
                                .any(|k| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros"))
                            || published_passive)
                    {
                        recips.push(Recipient { name: None, kind: RecipientKind::Public });
                    }
                }
                VerbClass::Collect => {
                    // "… where everyone has access to the food they love": receiving nothing
                    // named as data, and referring back to none, is no statement about data.
                    if ents.data.is_empty()
                        && !s.cues.iter().any(|m| matches!(m.value, Cue::DataHead | Cue::Coref))
                        && !s.lower.contains("cookie")
                        && !ctx.doc.section_of(s.block).is_some_and(|h| h.to_lowercase().contains("cookie"))
                    {
                        continue;
                    }
                    // "When you share a folder with other people, they can view it": what the
                    // user shares, not the company.
                    if user_shares_before(s, p) {
                        continue;
                    }
                    // "FleetPump receives a fee for providing this data": money received, not data.
                    // ("PayPal processes the payment" handles the reader's payment details.)
                    if ctx.lang == Lang::En
                        && !word_at(s, p).starts_with("process")
                        && (v.end..(v.end + 3).min(b)).any(|k| {
                            matches!(
                                word_at(s, k),
                                "fee" | "fees" | "payment" | "payments" | "compensation" | "commission" | "royalties"
                                    // ("… the venue or organiser to obtain any licence required")
                                    | "licence" | "license" | "licences" | "licenses" | "permission" | "permissions"
                                    | "permit" | "permits" | "approval" | "insurance"
                            ) && !ents.recips.iter().any(|m| m.start <= k + 1 && k < m.end)
                                && (v.end..k)
                                    .all(|j| matches!(word_at(s, j), "a" | "an" | "the" | "some" | "small" | "any"))
                        })
                    {
                        continue;
                    }
                    // "Partners … may let us collect information about your use of their sites",
                    // "allow us to collect": we collect, the partner receives nothing.
                    // ("The practice that referred you to us receives …": "us" after a preposition
                    // ends a relative clause.)
                    if p >= 1
                        && (word_at(s, p - 1) == "us"
                            && !(p >= 2 && matches!(word_at(s, p - 2), "to" | "with" | "from" | "for"))
                            || p >= 2 && word_at(s, p - 2) == "us" && word_at(s, p - 1) == "to")
                    {
                        continue;
                    }
                    // The recipient is the subject: before the verb, no "we" in between; in the
                    // passive ("payments are processed by Stripe") only the agent counts.
                    // "are processed", "are never stored", "ne sont jamais stockées", "wird nicht gespeichert".
                    // ("Anyone will be able to see your name": "be able to" is no passive.)
                    let passive = word_at(s, p) != "able"
                        && (p.saturating_sub(3)..p).rev().take_while(|&k| k + 3 >= p).any(|k| {
                            (EN_BE_FORMS.contains(&word_at(s, k))
                                || matches!(
                                    word_at(s, k),
                                    "sont" | "est" | "ete" | "seront" | "sera" | "son" | "es" | "sido" | "seran"
                                ))
                                && (k + 1..p).all(|j| {
                                    matches!(
                                        word_at(s, j),
                                        "not"
                                            | "never"
                                            | "also"
                                            | "only"
                                            | "then"
                                            | "pas"
                                            | "jamais"
                                            | "ne"
                                            | "n"
                                            | "no"
                                            | "nunca"
                                            | "directly"
                                            | "directement"
                                    )
                                })
                        });
                    // An aside in parentheses is not the subject ("Zendesk (we like their tool) receives").
                    let mut depth = 0i32;
                    let in_paren: Vec<bool> = s
                        .toks
                        .iter()
                        .map(|t| {
                            match t.punct {
                                Some('(') => depth += 1,
                                Some(')') => depth = (depth - 1).max(0),
                                _ => {}
                            }
                            depth > 0
                        })
                        .collect();
                    // "Other members: when you buy an item, the seller can see …": the item's label
                    // is a category; the subject after it says who.
                    let le = label_end(s);
                    let subject_after_label = le > 0 && all.iter().any(|(q, _)| *q >= le && *q < p);
                    if std::env::var("SW_DBG").is_ok() {
                        eprintln!(
                            "ALL {:?} le={} p={} passive={} ru={:?} clause={:?} nm={:?}",
                            all,
                            le,
                            p,
                            passive,
                            read_until,
                            clause,
                            nm.iter().map(|n| (n.start, n.end)).collect::<Vec<_>>()
                        );
                    }
                    recips = all
                        .iter()
                        .filter(|(pos, _)| !(subject_after_label && *pos < le))
                        .filter(|(pos, _)| {
                            !passive
                                // ("Für die Versorgung mit … Maßschuhen verarbeiten wir …": German
                                // puts the subject after the verb.)
                                && !(ctx.lang == Lang::De && matches!(word_at(s, v.end), "wir" | "ich"))
                                && *pos < p
                                && *pos >= read_until.unwrap_or(0)
                                && !(*pos..p).any(|k| {
                                    !in_paren[k]
                                        && matches!(
                                            word_at(s, k),
                                            "we" | "we'll" | "we've" | "we're" | "we'd" | "wir" | "nous" | "nosotros"
                                        )
                                        // ("… and the social networks we advertise on, set cookies":
                                        // a relative clause on a party is no subject.)
                                        && !(word_at(s, k) == "we"
                                            && ents.recips.iter().any(|r| r.end == k)
                                            && (k + 1..p).any(|j| s.toks[j].punct == Some(',')))
                                        // ("The payroll provider that we use receives …": "we" in
                                        // the relative clause on the subject.)
                                        && !(word_at(s, k) == "we"
                                            && k >= 1
                                            && matches!(word_at(s, k - 1), "that" | "which" | "whom")
                                            && ents.recips.iter().any(|r| r.end + 1 == k))
                                        // ("les réseaux sociaux sur lesquels nous diffusons nos
                                        // annonces déposent des cookies": after a relative pronoun.)
                                        && !((k.saturating_sub(2)..k).any(|j| {
                                            matches!(
                                                word_at(s, j),
                                                "lesquels" | "lesquelles" | "lequel" | "laquelle" | "auxquels" | "auxquelles"
                                                    | "denen" | "welchen" | "cuales" | "quienes"
                                            ) && ents.recips.iter().any(|r| r.end + 2 >= j && r.end <= j)
                                        }))
                                }) && !(*pos + 1..p).any(|k| own_name_at(s, k, ctx))
                        })
                        .map(|(_, r)| r.clone())
                        .collect();
                    // "Los datos de pago los gestiona nuestro proveedor de pagos": data first, taken
                    // up by a clitic before the verb, and the subject after it.
                    if recips.is_empty()
                        && ctx.lang == Lang::Es
                        && p > 0
                        && !passive
                        && matches!(word_at(s, p - 1), "los" | "las" | "lo" | "la" | "les")
                        && ents.data.iter().any(|m| m.end < p)
                    {
                        let at = if matches!(
                            word_at(s, v.end),
                            "nuestro" | "nuestra" | "nuestros" | "nuestras" | "el" | "la" | "los" | "las"
                        ) {
                            v.end + 1
                        } else {
                            v.end
                        };
                        recips =
                            all.iter().filter(|(pos, _)| *pos == at || *pos == v.end).map(|(_, r)| r.clone()).collect();
                    }
                    // "Dafür erhält PayPal Ihren Namen …": German puts the subject after the verb
                    // when the sentence opens with another part.
                    if recips.is_empty() && ctx.lang == Lang::De && p > 0 && !passive {
                        let at = if matches!(word_at(s, v.end), "der" | "die" | "das" | "unser" | "unsere" | "unseren")
                        {
                            v.end + 1
                        } else {
                            v.end
                        };
                        recips = all.iter().filter(|(pos, _)| *pos == at).map(|(_, r)| r.clone()).collect();
                        // "… erhält der von Ihnen ausgewählte Installationsbetrieb Ihren Namen": an
                        // attribute between the article and the receiver.
                        if recips.is_empty() && at > v.end {
                            let first_data = ents.data.iter().map(|m| m.start).find(|&d| d > v.end).unwrap_or(b);
                            // ("von Ihnen" is no source here: the whole phrase precedes the noun.)
                            recips = recipients_in(s, &ents, &nm, (at, first_data.min(b)), |_| true)
                                .into_iter()
                                .filter(|(pos, _)| {
                                    *pos > at
                                        && *pos <= at + 5
                                        && (at..*pos).all(|k| {
                                            s.toks[k].punct.is_none()
                                                && (!s.toks[k].cap
                                                    || matches!(word_at(s, k), "ihnen" | "ihr" | "ihre" | "sie"))
                                        })
                                })
                                .take(1)
                                .map(|(_, r)| r)
                                .collect();
                        }
                    }
                    // "… Cedar Ridge Bank, N.A., which receives your name": a relative subject
                    // stands for the nearest mention before it.
                    if recips.is_empty()
                        && p > 0
                        && matches!(
                            word_at(s, p - 1),
                            "which" | "who" | "that" | "qui" | "die" | "der" | "que" | "quien"
                        )
                    {
                        if let Some(&(last, ref r)) =
                            all.iter().filter(|(pos, _)| *pos < p - 1).max_by_key(|(pos, _)| *pos)
                        {
                            recips = vec![r.clone()];
                            // "… by GoCardless (Direct Debit) and Stripe (card payments), which
                            // receive …": a plural verb after a list stands for the whole list, back
                            // to the verb before it.
                            if ctx.lang == Lang::En && !word_at(s, p).ends_with('s') {
                                let from = s
                                    .cues
                                    .iter()
                                    .filter(|m| matches!(m.value, Cue::Verb(_)) && m.end <= last)
                                    .last()
                                    .map_or(a, |m| m.end.max(a));
                                let listed = (from..last).any(|k| matches!(word_at(s, k), "and" | "or"));
                                if listed {
                                    for (_, r) in all.iter().filter(|(pos, _)| *pos >= from && *pos < last).rev() {
                                        if !recips.contains(r) {
                                            recips.insert(0, r.clone());
                                        }
                                    }
                                }
                            }
                        }
                    }
                    // "Online donations are made through Donorbox, a fundraising platform that
                    // collects these details": the relative subject is a noun in apposition to
                    // the name before its comma.
                    if recips.is_empty() && p > 3 && matches!(word_at(s, p - 1), "which" | "who" | "that") {
                        let comma = (p.saturating_sub(7)..p - 1).rev().find(|&k| s.toks[k].punct == Some(','));
                        if let Some(c) = comma.filter(|&c| {
                            matches!(word_at(s, c + 1), "a" | "an") && (c + 1..p - 1).all(|k| s.toks[k].is_word())
                        }) {
                            if let Some((_, r)) = recipients_in(s, &ents, &nm, (0, c), |_| true)
                                .into_iter()
                                .filter(|(pos, r)| *pos + 4 >= c && r.name.is_some())
                                .max_by_key(|(pos, _)| *pos)
                            {
                                recips = vec![r];
                            }
                        }
                    }
                    // Passive: "collected by Google", "collected directly by our processor, Stripe".
                    // ("processed through the Redsys gateway", "se procesan a través de la pasarela
                    // Redsys": what processes a payment is its agent.)
                    // ("Payments by card go through Worldpay": "go through" too.)
                    let processed =
                        ["process", "proces", "trait", "verarbeit"].iter().any(|x| word_at(s, p).starts_with(x))
                            || matches!(word_at(s, p), "go" | "goes" | "went");
                    let agents: Vec<Recipient> = all
                        .iter()
                        .filter(|(pos, _)| {
                            *pos > p
                                && *pos <= p + 8
                                && (p..*pos).any(|k| {
                                    matches!(word_at(s, k), "by" | "durch" | "von" | "par" | "por")
                                        || processed && matches!(word_at(s, k), "through" | "via" | "traves" | "través")
                                })
                                && !(v.end.max(p + 1)..*pos).any(|k| matches!(cue_at(s, k), Some(Cue::Verb(_))))
                                && !agent_of_giving(s, p, *pos)
                                // ("… handled by our payment processor, and the restaurant only
                                // sees …": a new clause, not more agents.)
                                && !(p..*pos).any(|j| {
                                    s.toks[j].punct == Some(',')
                                        && matches!(word_at(s, j + 1), "and" | "but" | "while" | "whereas")
                                        && matches!(word_at(s, j + 2), "the" | "a" | "an" | "we" | "they" | "it" | "you")
                                })
                        })
                        .map(|(_, r)| r.clone())
                        .collect();
                    // "If you buy a subscription …, and refunds are handled by Apple": the passive's
                    // subject must be data ("refunds" is not).
                    let subj_from = (a..p).rev().find(|&k| s.toks[k].punct == Some(',')).map_or(a, |k| k + 1);
                    // ("we add your email address to our mailing list, which is hosted by …": a
                    // relative pronoun after the comma stands for the noun phrase before it.)
                    let subj_from = if subj_from > a && matches!(word_at(s, subj_from), "which" | "that") {
                        (a..subj_from - 1).rev().find(|&k| s.toks[k].punct == Some(',')).map_or(a, |k| k + 1)
                    } else {
                        subj_from
                    };
                    // ("Our platform is hosted by Microsoft Azure" says what "Microsoft Azure hosts
                    // our platform" says: a hosted platform holds the users' data.)
                    let hosted_system = ["host", "stor"].iter().any(|x| word_at(s, p).starts_with(x))
                        && (subj_from..p).any(|k| {
                            matches!(
                                word_at(s, k),
                                "platform"
                                    | "website"
                                    | "site"
                                    | "service"
                                    | "services"
                                    | "app"
                                    | "apps"
                                    | "systems"
                                    | "servers"
                                    | "infrastructure"
                                    | "database"
                                    | "databases"
                            )
                        });
                    let agents: Vec<Recipient> = if passive
                        && !hosted_system
                        && !(subj_from..p).any(|k| {
                            ents.data.iter().any(|m| m.start <= k && k < m.end)
                                || matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref))
                        }) {
                        Vec::new()
                    } else {
                        agents
                    };
                    // "IDE: set by Google": with the agent right after the verb, a label before it
                    // names the thing (a cookie), not who receives.
                    if !agents.is_empty()
                        && (v.end..(v.end + 1).min(b)).chain(v.start + 1..v.end).any(|k| word_at(s, k) == "by")
                    {
                        recips.clear();
                    }
                    recips.extend(agents);
                    // "su correo electrónico se guarda en Brevo", "stockées chez Brevo",
                    // "gespeichert bei Hetzner": data kept with a company goes to it.
                    if recips.is_empty()
                        && matches!(word_at(s, v.end), "en" | "chez" | "bei" | "with")
                        && ["guard", "almacen", "aloj", "stock", "héberg", "heberg", "gespeichert", "stored", "hosted"]
                            .iter()
                            .any(|x| word_at(s, p).starts_with(x) || word_at(s, v.end - 1).starts_with(x))
                        && ents.data.iter().any(|m| m.end <= p && m.start >= subj_from)
                    {
                        recips = all
                            .iter()
                            .filter(|(pos, r)| *pos == v.end + 1 && r.name.is_some())
                            // (It keeps the data for us: a service provider.)
                            .map(|(_, r)| Recipient {
                                kind: if r.kind == RecipientKind::ThirdParty {
                                    RecipientKind::ServiceProvider
                                } else {
                                    r.kind
                                },
                                ..r.clone()
                            })
                            .collect();
                    }
                    // "… ne sont jamais stockées par Maison Lumen": what the publisher itself does
                    // not keep is no promise about sharing.
                    let own_agent = |r: &Recipient| {
                        r.name.as_deref().is_some_and(|n| {
                            ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(n), b))
                        })
                    };
                    if negated && !recips.is_empty() && recips.iter().all(own_agent) {
                        continue;
                    }
                    // "Postmark sends our emails, so it receives your email address."
                    // (German "es"/"er", lower-case "sie" — "Sie" is the reader —, French "il"/"elle".)
                    let subject_pronoun = p > 0
                        && (matches!(word_at(s, p - 1), "it" | "they" | "es" | "er" | "il" | "elle" | "ils" | "elles")
                            || word_at(s, p - 1) == "sie" && !s.toks[p - 1].cap
                            // ("Diese erhalten Ihren Namen", "These receive …": a demonstrative alone.)
                            || p == a + 1
                                && matches!(word_at(s, p - 1), "these" | "those" | "diese" | "dieses" | "dieser" | "estos" | "estas"));
                    if recips.is_empty() && subject_pronoun {
                        recips = all.iter().filter(|(pos, _)| *pos < p).map(|(_, r)| r.clone()).collect();
                        // "we use Google Analytics to …; it receives device identifiers": the pronoun
                        // opens a later clause and stands for the company named in an earlier one
                        // ("it" for the last name, "they" for all names).
                        if recips.is_empty() && a > 0 && p <= a + 2 {
                            let earlier = recipients_in(s, &ents, &nm, (0, a), |pos| !source_before(pos));
                            let mut named: Vec<Recipient> =
                                earlier.iter().filter(|(_, r)| r.name.is_some()).map(|(_, r)| r.clone()).collect();
                            if matches!(word_at(s, p - 1), "it" | "es" | "er" | "il" | "elle") && named.len() > 1 {
                                named.drain(..named.len() - 1);
                            }
                            recips =
                                if named.is_empty() { earlier.into_iter().map(|(_, r)| r).collect() } else { named };
                        }
                    }
                    // "It receives in-app events": the pronoun stands for the previous sentence's
                    // recipient or subject ("Amplitude helps us see how people use Stillpoint.").
                    // The pronoun opens the sentence or clause ("It receives", "They may also
                    // receive"), not "the date it was taken".
                    // ("To charge your subscription, it receives …": after an opening phrase.)
                    // ("To do that it needs your name …": after a short opening without a comma.)
                    let after_opening = p >= 2
                        && matches!(word_at(s, p - 1), "it" | "they")
                        && (s.toks[p - 2].punct == Some(',')
                            || p <= a + 5
                                && matches!(word_at(s, a), "to" | "for" | "in")
                                && matches!(word_at(s, p - 2), "that" | "this" | "so" | "purpose")
                                && !s
                                    .cues
                                    .iter()
                                    .any(|m| m.start >= a && m.start < p - 1 && m.value != Cue::RecipientPrep));
                    let pronoun_subject = ((a..(a + 2).min(p)).any(|k| {
                        matches!(
                            word_at(s, k),
                            "it" | "they"
                                | "il"
                                | "ils"
                                | "elle"
                                | "elles"
                                | "celui"
                                | "celle"
                                | "ceux"
                                | "celles"
                                | "ellos"
                                | "ellas"
                        )
                    }) && p <= a + 4
                        || p == a + 1
                            && matches!(
                                word_at(s, a),
                                "these" | "those" | "diese" | "dieses" | "dieser" | "es" | "er" | "estos" | "estas"
                            )
                        // ("Sie speichert Ihren Namen …": German "sie" before a verb in the third
                        // person singular, read as the company named before.)
                        || p == a + 1 && cue_at(s, a) == Some(Cue::Coref) && matches!(word_at(s, a), "sie" | "er")
                        // ("These services place cookies … and receive information about the pages
                        // you visit" after "Our website uses Google Analytics and Hotjar.")
                        || p == a + 2
                            && matches!(word_at(s, a), "these" | "those" | "diese" | "ces" | "estos" | "estas")
                            && lexicon::TOOL_NOUNS.contains(&word_at(s, a + 1))
                        || after_opening
                        // ("- Correos, que entrega los libros terminados. Recibe tu nombre y
                        // dirección.": a Spanish verb in the third person opening the sentence has
                        // the subject named before.)
                        || ctx.lang == Lang::Es
                            && a == 0
                            && p == 0
                            && {
                                let w = word_at(s, p);
                                w.ends_with('e') || w.ends_with("en")
                            })
                        && !passive
                        && !(a..p)
                            .any(|k| matches!(word_at(s, k), "we" | "you" | "wir" | "nous" | "vous" | "nosotros"));
                    // "Analytics partners: they see what you listen to": the label first.
                    let le = label_end(s);
                    if recips.is_empty() && pronoun_subject && le > 0 && le <= a + 1 {
                        recips = all.iter().filter(|(pos, _)| *pos < le).map(|(_, r)| r.clone()).collect();
                    }
                    // "… set cookies on our site. These cookies collect information about the pages
                    // you view": the trackers collect for whoever set them.
                    let tracker_subject = p >= a + 2
                        && matches!(word_at(s, a), "these" | "those" | "such" | "diese" | "ces" | "estas" | "estos")
                        && ents.data.iter().any(|m| m.start == a + 1 && m.end == p && m.value == DataType::Device)
                        && !passive;
                    if recips.is_empty() && (pronoun_subject || tracker_subject) && si > 0 && !sents[si - 1].heading {
                        recips = antecedent(out, sents, si - 1, ctx, lex, cache);
                        inferred = true;
                    }
                    if recips.is_empty() && (a..p).any(|k| cue_at(s, k) == Some(Cue::ThirdPerson)) {
                        // "… with someone, they can see it": the nearest mention in the sentence first.
                        let before: Vec<Recipient> = recipients_in(s, &ents, &nm, (0, p), |pos| !source_before(pos))
                            .into_iter()
                            .map(|(_, r)| r)
                            .collect();
                        recips =
                            if before.is_empty() { previous_context(out, sents, si, lex, cache).0 } else { before };
                        inferred = true;
                    }
                }
                VerbClass::Engage => {
                    // "It allows drivers to pay for parking", "lets you book a table": what a
                    // product lets its users do engages no one.
                    if ["allow", "let", "enabl"].iter().any(|x| word_at(s, p).starts_with(x))
                        && matches!(
                            word_at(s, v.end),
                            "you"
                                | "users"
                                | "drivers"
                                | "customers"
                                | "people"
                                | "members"
                                | "visitors"
                                | "players"
                                | "patients"
                                | "parents"
                                | "students"
                                | "riders"
                                | "guests"
                                | "couples"
                                | "buyers"
                                | "sellers"
                                | "shoppers"
                        )
                    {
                        continue;
                    }
                    // "… to enable our advertisers to add limited content to their ads": letting a
                    // party work on its own things, with nothing of the reader's, engages it with
                    // no data.
                    if ["allow", "let", "enabl", "help"].iter().any(|x| word_at(s, p).starts_with(x)) {
                        if let Some(t) = (v.end..(v.end + 5).min(b)).find(|&k| word_at(s, k) == "to") {
                            let rest = t + 1..b;
                            if rest.clone().any(|k| matches!(word_at(s, k), "their" | "its"))
                                && !rest.clone().any(|k| cue_at(s, k) == Some(Cue::SecondPerson))
                                && !ents.data.iter().any(|m| m.start > t && m.start < b)
                                && !rest.clone().any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)))
                            {
                                continue;
                            }
                        }
                    }
                    // The engaged party is the verb's object, near it: "we use Google Analytics",
                    // "we work with a number of carefully selected partners". "We do not use any
                    // inferences to make legal or other significant decisions … — Advertising
                    // partners" (a table row) engages no one.
                    // ("We rely on our legitimate interests or those of a third party": whose
                    // interests, not who is engaged.)
                    let interests_of = |pos: usize| {
                        let k = pos - usize::from(pos > 0 && matches!(word_at(s, pos - 1), "a" | "an" | "the" | "any"));
                        k >= 2
                            && word_at(s, k - 1) == "of"
                            && matches!(word_at(s, k - 2), "those" | "interests" | "interest" | "rights")
                    };
                    let all: Vec<(usize, Recipient)> =
                        all.iter().filter(|(pos, _)| !interests_of(*pos)).cloned().collect();
                    let first = all.iter().map(|(pos, _)| *pos).filter(|&pos| pos > p).min().unwrap_or(usize::MAX);
                    let near = first <= p + 12;
                    recips = all
                        .iter()
                        .filter(|(pos, r)| {
                            near && *pos > p
                                && !agent_of_giving(s, p, *pos)
                                && *pos < negated_next
                                && (r.name.is_some()
                                    || matches!(
                                        r.kind,
                                        RecipientKind::Analytics
                                            | RecipientKind::Advertiser
                                            | RecipientKind::ServiceProvider
                                            | RecipientKind::DataBroker
                                            | RecipientKind::ThirdParty
                                            | RecipientKind::BusinessPartner
                                    ))
                        })
                        .map(|(_, r)| r.clone())
                        .collect();
                }
            }
            // Exceptions: "we do not share … except with service providers".
            let mut exception_recips: Vec<Recipient> = Vec::new();
            if negated {
                if let Some(ex) = exception_at {
                    exception_recips = all.iter().filter(|(pos, _)| *pos > ex).map(|(_, r)| r.clone()).collect();
                    recips.retain(|r| !exception_recips.contains(r));
                }
            }
            let mut purposes = sentence_purposes.clone();
            // "… will only access the data to provide a translation and will not use it for any
            // other products, services, or advertising": a purpose the sentence rules out is none
            // of this practice's purposes.
            if !negated {
                purposes.retain(|x| {
                    let at: Vec<usize> = ents.purposes.iter().filter(|m| m.value == *x).map(|m| m.start).collect();
                    at.is_empty() || !at.iter().all(|&k| purpose_ruled_out(s, k))
                });
            }
            if class == VerbClass::Sell {
                purposes.push(Purpose::Sale);
            } else if ents.purposes.iter().any(|m| m.value == Purpose::Sale)
                && ents.purposes.iter().filter(|m| m.value == Purpose::Sale).all(|m| {
                    (m.end <= a || m.start >= b)
                        && s.cues.iter().any(|v| v.value == Cue::Verb(VerbClass::Sell) && v.start == m.start)
                })
            {
                // "We never sell your health data, and we never share it with advertisers": the
                // sale is the other clause's verb, not this one's purpose.
                purposes.retain(|x| *x != Purpose::Sale);
            }
            // Legal disclosure is inferred from explicit legal process only, not any "law".
            let strong_legal = ents.purposes.iter().any(|m| {
                m.value == Purpose::Legal
                    && (m.end - m.start >= 2 || {
                        let w = word_at(s, m.start);
                        w.starts_with("subpoena") || w.starts_with("warrant")
                    })
            });
            // "Braze sends our emails … and receives your email address": the later verb has the
            // recipient as its subject; read that one instead of guessing one for this verb.
            let later_receiver = !negated
                && verbs.iter().any(|m| {
                    m.value == Cue::Verb(VerbClass::Collect)
                        && m.start > p
                        && all.iter().any(|(pos, _)| {
                            *pos < m.start
                                && !(*pos..m.start).any(|k| matches!(word_at(s, k), "we" | "wir" | "nous" | "nosotros"))
                        })
                });
            if recips.is_empty() && matches!(class, VerbClass::Share | VerbClass::Sell) && later_receiver {
                continue;
            }
            // "We ask research agencies, such as Factary, to do this; in that case we share your
            // name and postal address with them": "with them" stands for the parties named in an
            // earlier clause of the sentence.
            // ("… such as Expedia or Booking.com, … we exchange your reservation details with that
            // company": a demonstrative noun stands for them too.)
            let with_them = (v.end..b.saturating_sub(1)).find(|&k| {
                // ("compartimos con ellos", "teilen wir mit ihnen", "partageons avec eux".)
                matches!(word_at(s, k), "con" | "a" | "mit" | "avec")
                    && matches!(word_at(s, k + 1), "ellos" | "ellas" | "ihnen" | "eux" | "elles")
                    && !s.toks[k + 1].cap
                    || matches!(word_at(s, k), "with" | "to")
                        && (word_at(s, k + 1) == "them"
                            || matches!(word_at(s, k + 1), "that" | "those" | "this" | "these")
                                && matches!(
                                    word_at(s, k + 2),
                                    "company"
                                        | "companies"
                                        | "business"
                                        | "businesses"
                                        | "partner"
                                        | "partners"
                                        | "provider"
                                        | "providers"
                                        | "organisation"
                                        | "organization"
                                        | "platform"
                                ))
            });
            // "When you ski at a partner resort …, we provide that resort with your name": a
            // demonstrative object of "provide … with" is the party named before.
            // ("Where we use subcontracted engineers …, we give them the name and phone number of
            // the site contact": "them" as the indirect object of "give / send / pass / show".)
            let with_them = with_them.or_else(|| {
                (matches!(word_at(s, p), "give" | "send" | "pass" | "show" | "hand" | "forward")
                    && word_at(s, v.end) == "them"
                    && v.end == p + 1)
                    .then(|| p)
            });
            let with_them = with_them.or_else(|| {
                (["provid", "suppl"].iter().any(|x| word_at(s, p).starts_with(x))
                    && matches!(word_at(s, v.end), "that" | "this" | "those" | "these" | "each")
                    && (word_at(s, v.end + 2) == "with" || word_at(s, v.end + 3) == "with"))
                    .then(|| v.end - 1)
            });
            if !negated && matches!(class, VerbClass::Share) {
                if let Some(k) = with_them {
                    // Only when nothing after the verb but the pronoun names who gets the data.
                    // ("… con ellos …, para que puedan mostrarte anuncios de comercios cercanos": the
                    // shops of a purpose clause receive nothing.)
                    let purpose_at = (k..b)
                        .find(|&j| {
                            matches!(word_at(s, j), "para" | "pour" | "afin" | "damit" | "um")
                                || word_at(s, j) == "so" && word_at(s, j + 1) == "that"
                        })
                        .unwrap_or(b);
                    let named_after = all
                        .iter()
                        .any(|(pos, r)| *pos > p && *pos < purpose_at && !(*pos == k + 1 && r.name.is_none()));
                    let earlier: Vec<Recipient> = recipients_in(s, &ents, &nm, (0, p), |pos| !source_before(pos))
                        .into_iter()
                        .map(|(_, r)| r)
                        .collect();
                    let named: Vec<Recipient> = earlier.iter().filter(|r| r.name.is_some()).cloned().collect();
                    let pick = if word_at(s, k + 1) != "them" && !named.is_empty() { named } else { earlier };
                    if !named_after && !pick.is_empty() {
                        recips = pick;
                        inferred = true;
                    }
                }
            }
            // "When a cleaning professional accepts your booking, we provide them with your name":
            // an object pronoun stands for the party named earlier in the sentence.
            // ("The Council owns the site; when it asks, we give it the names and addresses of
            // plot holders": "it" before the data is who gets it.)
            let it_receives = word_at(s, v.end) == "it"
                && matches!(word_at(s, p), "give" | "gives" | "send" | "sends" | "show" | "shows" | "tell" | "tells")
                && ents.data.iter().any(|m| m.start > v.end && m.start <= v.end + 3);
            if recips.is_empty()
                && !negated
                && matches!(class, VerbClass::Share)
                && (matches!(word_at(s, v.end), "them" | "ihnen" | "leur" | "les") || it_receives)
            {
                let earlier: Vec<Recipient> = recipients_in(s, &ents, &nm, (0, p), |pos| !source_before(pos))
                    .into_iter()
                    .map(|(_, r)| r)
                    .filter(|r| r.kind != RecipientKind::ThirdParty || r.name.is_some())
                    .collect();
                if !earlier.is_empty() {
                    recips = earlier;
                    inferred = true;
                }
            }
            // "the specialist removal firm we use is given your name, address and phone number": the
            // subject of a passive verb of giving, with the data as its object, receives it.
            if recips.is_empty()
                && matches!(class, VerbClass::Share)
                && matches!(word_at(s, p), "given" | "sent" | "shown" | "told" | "provided" | "handed")
                && p > 0
                && matches!(word_at(s, p - 1), "is" | "are" | "be" | "been" | "was" | "were" | "not")
                && ents.data.iter().any(|m| {
                    m.start >= v.end && m.start <= v.end + 3 && !(v.end..m.start).any(|k| word_at(s, k) == "to")
                })
            {
                let subject: Vec<Recipient> = recipients_in(s, &ents, &nm, (a, p), |pos| !source_before(pos))
                    .into_iter()
                    .map(|(_, r)| r)
                    .collect();
                if !subject.is_empty() {
                    recips = subject;
                }
            }
            // "Some of these models are developed by our parent company, Meridian. … we provide
            // them with this data": an object pronoun stands for the previous sentence's parties.
            if recips.is_empty()
                && !negated
                && matches!(class, VerbClass::Share)
                && si > 0
                && !sents[si - 1].heading
                && matches!(word_at(s, v.end), "them" | "ihnen" | "leur" | "les")
            {
                recips = antecedent(out, sents, si - 1, ctx, lex, cache);
                inferred = true;
            }
            // "- Brevo : envoi de notre newsletter …": the item's label is who does it.
            if recips.is_empty() && item && !negated && matches!(class, VerbClass::Share) {
                let le = label_end(s);
                // "- Postmark (operated by ActiveCampaign, LLC) sends account emails …": the
                // item's opening name, then an aside, then the verb.
                let aside_then_verb = nm.iter().find(|n| n.start == 0).is_some_and(|n| {
                    s.toks.get(n.end).is_some_and(|t| t.punct == Some('('))
                        && p > n.end + 1
                        && s.toks[p - 1].punct == Some(')')
                        && !(n.end + 1..p - 1).any(|k| matches!(s.toks[k].punct, Some('(' | ')')))
                });
                // "- Dirección General de Tráfico (DGT): … le comunicamos tu nombre": a pronoun for
                // the receiver points at the label, named or not.
                let to_label = p > 0 && matches!(word_at(s, p - 1), "le" | "les" | "lui" | "leur" | "ihm" | "ihnen")
                    || matches!(word_at(s, v.end), "them" | "it");
                recips = all
                    .iter()
                    .filter(|(pos, r)| {
                        *pos == 0 && (r.name.is_some() || to_label && le > 0) && (le > 0 && p >= le || aside_then_verb)
                    })
                    .map(|(_, r)| r.clone())
                    .collect();
            }
            // "… a merger … or acquisition of our business to another company, we may share your
            // information with that company": an unnamed company in a business transfer is its
            // buyer.
            if purposes.contains(&Purpose::BusinessTransfer)
                && !recips.is_empty()
                && recips.iter().all(|r| r.name.is_none() && r.kind == RecipientKind::ThirdParty)
            {
                recips = vec![Recipient { name: None, kind: RecipientKind::Acquirer }];
            }
            // "To the extent that we receive, create, maintain, use, or disclose any of your
            // Personal Health Information, we will …": a share verb closing a list of processing
            // verbs, with no one named, describes handling, not a disclosure to someone.
            let processing_list = p >= 4
                && (p.saturating_sub(8)..p).any(|k| matches!(cue_at(s, k), Some(Cue::Verb(_))))
                && (p.saturating_sub(6)..p).filter(|&k| s.toks[k].punct == Some(',')).count() >= 2
                && matches!(word_at(s, p - 1), "or" | "and" | "oder" | "und" | "ou" | "et" | "o" | "y")
                && s.toks[p - 2].punct == Some(',');
            if recips.is_empty() && processing_list && all.is_empty() {
                continue;
            }
            // "If two guests both select each other, we send each of them the other person's first
            // name, email address and phone number": a mutual exchange between users.
            if recips.is_empty()
                && class == VerbClass::Share
                && matches!(word_at(s, v.end), "each" | "both")
                && (v.end + 1..b.min(v.end + 8)).any(|k| {
                    word_at(s, k) == "other"
                        && possessive_at(s, k + 1)
                        && matches!(word_at(s, k + 1), "person" | "member" | "user" | "guest" | "party" | "participant")
                        || word_at(s, k) == "other" && possessive_at(s, k)
                })
            {
                recips.push(Recipient { name: None, kind: RecipientKind::OtherUsers });
            }
            // "… such as syncing your contact list to your account": data moved to the user's own
            // account or device goes to no one (nor to the parties of the sentence before).
            // ("We rely on your consent to process … for features such as …, providing biometric
            // data": a feature listed after a verb that shares nothing is no sharing either.)
            let listed_feature = word_at(s, p).ends_with("ing")
                && s.cues.iter().find(|m| m.value == Cue::Examples).is_some_and(|ex| {
                    ex.end <= p && !s.cues.iter().any(|m| m.value == Cue::Verb(VerbClass::Share) && m.start < ex.start)
                });
            if recips.is_empty()
                && class == VerbClass::Share
                && (listed_feature
                    || (v.end..b.saturating_sub(2)).any(|k| {
                        matches!(word_at(s, k), "to" | "into" | "onto" | "with")
                            && word_at(s, k + 1) == "your"
                            && matches!(
                                word_at(s, k + 2),
                                "account"
                                    | "accounts"
                                    | "device"
                                    | "devices"
                                    | "phone"
                                    | "computer"
                                    | "profile"
                                    | "wallet"
                                    | "inbox"
                                    | "calendar"
                                    | "library"
                            )
                    }))
            {
                continue;
            }
            if recips.is_empty() && matches!(class, VerbClass::Share | VerbClass::Sell) {
                // "disclose … in response to a subpoena" names the authorities; "provide the
                // service … as required by law" does not.
                let vw = word_at(s, p);
                let disclosing = ctx.lang != Lang::En
                    || ["disclos", "shar", "releas", "reveal", "produc", "report"].iter().any(|x| vw.starts_with(x));
                // ("Whenever we share information outside of where you live, we ensure safeguards
                // … as required by law": a transfer abroad, whoever receives it.)
                let abroad = (v.end..(v.end + 4).min(b)).any(|k| {
                    matches!(
                        word_at(s, k),
                        "outside" | "abroad" | "internationally" | "ausserhalb" | "außerhalb" | "hors"
                    )
                });
                if strong_legal && disclosing && !abroad {
                    recips.push(Recipient { name: None, kind: RecipientKind::Government });
                } else if purposes.contains(&Purpose::BusinessTransfer) {
                    recips.push(Recipient { name: None, kind: RecipientKind::Acquirer });
                } else if class == VerbClass::Sell
                    && !negated
                    && !ents.data.iter().any(|m| m.start >= a && m.end <= b)
                    && !(a..b).any(|k| {
                        matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref))
                            || lexicon::SOLD_WITH_DATA.contains(&word_at(s, k))
                    })
                {
                    // "Record stores … have sold new and reissued records", "If our assets are
                    // sold": a sale of goods, not of data.
                    continue;
                } else if class == VerbClass::Sell || negated {
                    // "ShineRight will also sell certain customer information to … data brokers.
                    // These companies … license [it] to their own clients …. The information we
                    // will sell consists of:": our sale just described, skipping the buyers'
                    // own onward sale.
                    let sec = ctx.doc.blocks[s.block].section;
                    let earlier_sale = (class == VerbClass::Sell && !negated)
                        .then(|| {
                            out.iter().rev().take(16).find(|st| {
                                !st.negated
                                    && st.sentence < si
                                    && si - st.sentence <= 2
                                    && st.purposes.contains(&Purpose::Sale)
                                    && ctx.doc.blocks[sents[st.sentence].block].section == sec
                                    && !opens_with_ref(&sents[st.sentence])
                            })
                        })
                        .flatten();
                    match earlier_sale {
                        Some(prev) => recips = prev.recipients.clone(),
                        None => recips.push(Recipient { name: None, kind: RecipientKind::ThirdParty }),
                    }
                } else {
                    // "Natter will share the phone number you verified …" right after a sentence
                    // that named the recipient.
                    // A company named as a recipient earlier on the page and named again here
                    // ("So that Halden can match it, we will also share your name").
                    let sec = ctx.doc.blocks[s.block].section;
                    recips = named_earlier(
                        out.iter().rev().take_while(|st| ctx.doc.blocks[sents[st.sentence].block].section == sec),
                        &s.text,
                    );
                    // ("… where you have tagged Netflix in a publicly-available social media post"
                    // on Netflix's page: the publisher named again receives nothing from itself.)
                    recips.retain(|r| {
                        !r.name.as_deref().is_some_and(|n| {
                            ctx.brand.as_deref().is_some_and(|b| is_brand(&crate::report::normalize_name(n), b))
                        })
                    });
                    let own = !all.is_empty() || nm.iter().any(|n| n.start >= a && n.end <= b);
                    // "This data is sent together with your name …" refers back past a sentence
                    // that describes the data.
                    // (… or past a sentence that itself only goes on about it: "… will be
                    // transferred to Needlepoint Group. This includes your name …. The consent
                    // forms … are also part of the transfer.")
                    let reach = if opens_with_ref(s)
                        || si > 0 && sents[si - 1].block == s.block && opens_with_ref(&sents[si - 1])
                    {
                        2
                    } else {
                        1
                    };
                    if let Some(prev) = out.iter().rev().take(16).find(|st| {
                        recips.is_empty()
                            && !own
                            && !st.negated
                            && st.sentence < si
                            && si - st.sentence <= reach
                            && ctx.doc.blocks[sents[st.sentence].block].section == ctx.doc.blocks[s.block].section
                    }) {
                        recips = prev.recipients.clone();
                        // "ShoeRound will sell certain information to … data brokers. These
                        // companies build profiles … and license them to businesses such as feed
                        // merchants …. The information we will make available includes:": a
                        // sentence about what the recipients do with it is their onward sale; our
                        // own sharing comes just before it.
                        if matches!(word_at(&sents[prev.sentence], 0), "these" | "they") {
                            let ps = prev.sentence;
                            if let Some(ours) = out.iter().rev().take(16).find(|st| {
                                !st.negated
                                    && st.sentence < ps
                                    && ps - st.sentence <= 2
                                    && !opens_with_ref(&sents[st.sentence])
                                    && ctx.doc.blocks[sents[st.sentence].block].section
                                        == ctx.doc.blocks[s.block].section
                            }) {
                                recips = ours.recipients.clone();
                            }
                        }
                        // "Google recibe … . Cookies publicitarias: utilizamos el píxel de Meta y
                        // las cookies de Pinterest. Estas empresas reciben …": the companies named
                        // in the sentence just before, in the same paragraph, are nearer.
                        if prev.sentence + 1 < si && sents[si - 1].block == s.block {
                            if cache[si - 1].is_none() {
                                cache[si - 1] = Some(entities(&sents[si - 1], lex));
                            }
                            let pe = cache[si - 1].as_ref().expect("cached");
                            let named = named_recipients(&sents[si - 1], lex, pe);
                            if !named.is_empty() {
                                recips = named;
                            }
                        }
                    }
                    // "The leagues … are our content partners. We share viewing activity with
                    // them": "them" stands for the parties the sentence before names.
                    let prev_in_paragraph = si > 0 && sents[si - 1].block == s.block && !sents[si - 1].heading;
                    if recips.is_empty()
                        && prev_in_paragraph
                        && (v.end..b.saturating_sub(1))
                            .any(|k| matches!(word_at(s, k), "with" | "to") && word_at(s, k + 1) == "them")
                    {
                        recips = previous_sentence_recipients(sents, si, lex, cache);
                    }
                    // "SEUR lleva los pedidos a tu casa. Le damos tu nombre …", "Colissimo livre
                    // vos colis. Nous lui transmettons …": the pronoun before the verb is whom it
                    // goes to, the subject of the sentence before.
                    // (The lexicon's verb may take the pronoun in: "le damos".)
                    let dative = match ctx.lang {
                        Lang::Es => {
                            matches!(word_at(s, v.start), "le" | "les")
                                || v.start > 0 && matches!(word_at(s, v.start - 1), "le" | "les")
                        }
                        Lang::Fr => v.start > 0 && matches!(word_at(s, v.start - 1), "lui" | "leur"),
                        _ => false,
                    };
                    if recips.is_empty() && prev_in_paragraph && dative {
                        recips = antecedent(out, sents, si - 1, ctx, lex, cache);
                    }
                    // "- Social media advertising platforms, namely Meta and TikTok. We upload a
                    // hashed version of your email address …": the paragraph opens with a bare
                    // label (no verb) that names who receives.
                    if recips.is_empty()
                        && item
                        && all.is_empty()
                        && si > 0
                        && sents[si - 1].block == s.block
                        && !sents[si - 1].heading
                        && (si < 2 || sents[si - 2].block != s.block)
                        && !sents[si - 1].cues.iter().any(|m| matches!(m.value, Cue::Verb(_) | Cue::Negation))
                    {
                        recips = previous_sentence_recipients(sents, si, lex, cache);
                    }
                    if recips.is_empty() {
                        recips = heading_recipients(sents, si, ctx, lex);
                    }
                    if recips.is_empty() {
                        if let Some(li) = s.lead {
                            if cache[li].is_none() {
                                cache[li] = Some(entities(&sents[li], lex));
                            }
                            let le = cache[li].as_ref().expect("cached");
                            let lnm = names(&sents[li], lex, le);
                            recips = recipients_in(&sents[li], le, &lnm, (0, sents[li].toks.len()), |_| true)
                                .into_iter()
                                .map(|(_, r)| r)
                                .collect();
                        }
                    }
                }
                inferred = true;
            }
            // "We use the web analytics service Zenith. The provider receives your IP address",
            // "… is sent to the provider": a bare "the provider" stands for the one company
            // named in the sentence just before.
            if recips.len() == 1
                && recips[0].name.is_none()
                && ents.recips.len() == 1
                && bare_generic_mention(s, ents.recips[0].start, ents.recips[0].end)
            {
                // (The nearest of the two sentences before, in the same paragraph, that names one.)
                for k in (si.saturating_sub(2)..si).rev() {
                    if sents[k].block != s.block || sents[k].heading {
                        break;
                    }
                    if cache[k].is_none() {
                        cache[k] = Some(entities(&sents[k], lex));
                    }
                    let pe = cache[k].as_ref().expect("cached");
                    let mut named = named_recipients(&sents[k], lex, pe);
                    named.dedup();
                    if named.is_empty() {
                        continue;
                    }
                    if named.len() == 1 {
                        recips = named;
                        inferred = true;
                    }
                    break;
                }
            }
            if recips.is_empty() && exception_recips.is_empty() {
                continue;
            }
            // "Les commentaires … sont visibles", "is visible": on display, not passed to a
            // company named before.
            if inferred
                && matches!(class, VerbClass::Share)
                && ["visib", "sichtbar"].iter().any(|x| word_at(s, p).starts_with(x))
            {
                recips = vec![Recipient { name: None, kind: RecipientKind::Public }];
            }
            // Data: the clause's, else the sentence's, else back-reference, else generic.
            // "… a device token, never the content of your messages", "asociada a un
            // identificador, no a tu nombre": data after a negation that follows the verb is
            // what is left out.
            // "a confirmation that your payment was approved": the message is sent, not the data.
            let about_it = |m: &Match<DataType>| {
                (v.end..m.start).any(|k| {
                    word_at(s, k) == "that"
                        && k > 0
                        && matches!(
                            word_at(s, k - 1),
                            "confirmation" | "notification" | "notice" | "signal" | "indication" | "flag"
                        )
                })
            };
            // "Les données sont transmises … : vos nom et prénom ne sont pas communiqués à
            // Datavéo": not the data of another clause whose own verb is negated.
            let negated_clause = |m: &Match<DataType>| {
                !negated
                    && sentence_clauses.iter().copied().any(|c| {
                        c != clause
                            && c.0 <= m.start
                            && m.end <= c.1
                            && s.cues.iter().any(|x| {
                                matches!(x.value, Cue::Verb(_))
                                    && x.start >= c.0
                                    && x.start < c.1
                                    && negated_before(s, ctx.lang, c, x.start)
                            })
                    })
            };
            // "… : vos nom, prénom et numéro de téléphone ne sont pas communiqués": the
            // subject of a later negated verb.
            let negated_subject = |m: &Match<DataType>| {
                if negated || m.start <= v.end {
                    return false;
                }
                // Walk the coordinated list of data to its end.
                let mut k = m.end;
                while k < b && k - m.end < 24 {
                    if ents.data.iter().any(|d| d.start <= k && k < d.end)
                        || s.toks[k].punct == Some(',')
                        || matches!(
                            word_at(s, k),
                            "et" | "and"
                                | "or"
                                | "ou"
                                | "y"
                                | "o"
                                | "und"
                                | "oder"
                                | "vos"
                                | "votre"
                                | "your"
                                | "ihre"
                                | "ihr"
                                | "tus"
                                | "tu"
                                | "sus"
                                | "le"
                                | "la"
                                | "les"
                                | "l"
                                | "de"
                                | "du"
                                | "des"
                                | "d"
                                | "the"
                        )
                    {
                        k += 1;
                        continue;
                    }
                    break;
                }
                s.cues.iter().any(|n| {
                    n.value == Cue::Negation
                        && n.start >= k
                        && n.start - k <= 2
                        && s.cues
                            .iter()
                            .any(|x| matches!(x.value, Cue::Verb(_)) && x.start > n.start && x.start - n.start <= 3)
                })
            };
            // "Before it is sent to Corvid AI, we remove your name and street address": the
            // object of a verb of taking out is kept back.
            // ("Persona … deletes this biometric information within 30 days" deletes after use:
            // only a removal before the data goes out, or out of what goes out, counts.)
            let before_sending =
                (0..s.toks.len()).any(|k| matches!(word_at(s, k), "before" | "prior" | "bevor" | "avant" | "antes"));
            let removed = |m: &Match<DataType>| {
                let out_of = (m.end..(m.end + 8).min(s.toks.len()))
                    .any(|k| matches!(word_at(s, k), "from" | "aus" | "de" | "des"));
                (before_sending || out_of)
                    && (m.start.saturating_sub(12)..m.start).any(|k| {
                        k != v.start
                            && lexicon::REMOVAL_WORDS.contains(&word_at(s, k))
                            && !(k + 1..m.start).any(|j| {
                                matches!(s.toks[j].punct, Some('.' | ';' | ':'))
                                    || matches!(cue_at(s, j), Some(Cue::Verb(_)))
                            })
                    })
            };
            // A later verb of this clause negated right before it ("… and never receive").
            let negated_verb = s
                .cues
                .iter()
                .filter(|m| matches!(m.value, Cue::Verb(_)) && m.start > v.end && m.start < b)
                .find(|m| {
                    s.cues.iter().any(|n| {
                        n.value == Cue::Negation && n.start > v.end && n.start + 3 >= m.start && n.start < m.start
                    })
                })
                .map_or(usize::MAX, |m| m.start);
            let left_out = |m: &Match<DataType>| {
                about_it(m)
                    // "tools that allow you to better understand tracking technologies": a
                    // subject to learn about, not data given.
                    || ctx.lang == Lang::En
                        && (m.start.saturating_sub(3)..m.start)
                            .any(|k| matches!(word_at(s, k), "understand" | "learn" | "know"))
                    || !negated && negated_noun_phrase(s, m.start)
                    || negated_clause(m)
                    || negated_subject(m)
                    || removed(m)
                    // "Clients receive this information … and never receive your name": the
                    // object of a later, negated verb.
                    || !negated && m.start >= negated_verb
                    || !negated
                        && s.cues.iter().any(|n| {
                            n.value == Cue::Negation
                                && n.start > v.end
                                && n.start < m.start
                                && !s
                                    .cues
                                    .iter()
                                    .any(|x| matches!(x.value, Cue::Verb(_)) && x.start > n.start && x.start < m.start)
                        })
            };
            // ("Our accountants see members' payment records …, and the Financial Conduct Authority
            // receives our annual return, which lists the total number of members": a thing of
            // ours as the object carries no data from the clause before.)
            let thing_object = ctx.lang == Lang::En
                && matches!(word_at(s, v.end), "our" | "its")
                && (v.end + 1..b)
                    .find(|&k| {
                        !s.toks[k].is_word() || matches!(word_at(s, k), "which" | "that" | "for" | "to" | "with")
                    })
                    .is_some_and(|f| {
                        f > v.end + 1
                            && f <= v.end + 4
                            && (v.end + 1..f).all(|k| {
                                !ents.data.iter().any(|m| m.start <= k && k < m.end)
                                    && !ents.recips.iter().any(|m| m.start <= k && k < m.end)
                                    && !s.toks[k].cap
                                    && cue_at(s, k).is_none()
                                    && !matches!(
                                        word_at(s, k),
                                        "report"
                                            | "reports"
                                            | "list"
                                            | "lists"
                                            | "records"
                                            | "copy"
                                            | "copies"
                                            | "file"
                                    )
                            })
                    });
            // (… nor from an earlier clause of the same sentence, after ", and".)
            let thing_from = if thing_object {
                (a..p)
                    .rev()
                    .find(|&k| {
                        s.toks[k].punct == Some(',') && matches!(word_at(s, k + 1), "and" | "but" | "while" | "whereas")
                    })
                    .unwrap_or(a)
            } else {
                a
            };
            // ("We do not share pupils' details with advertisers, and we do not use advertising
            // cookies": a clause with a subject of its own after ", and" names no object of this
            // verb.)
            let own_clause_end = if ctx.lang == Lang::En {
                (v.end..b)
                    .find(|&k| {
                        s.toks[k].punct == Some(',')
                            && matches!(word_at(s, k + 1), "and" | "but")
                            && matches!(word_at(s, k + 2), "we" | "they" | "it")
                    })
                    .unwrap_or(b)
            } else {
                b
            };
            // ("Vos nom, adresse et coordonnées ne seront pas communiqués à Pixelia : seuls les
            // fichiers d'images lui sont envoyés": after the data, a colon opens another clause.)
            let own_clause_end = (v.end..own_clause_end)
                .find(|&k| {
                    s.toks[k].punct == Some(':')
                        && ents.data.iter().any(|m| {
                            m.start >= thing_from && m.end <= k && m.value != DataType::Other && !left_out(m)
                        })
                        // (Not a colon that lists the data: "your public account data: your screen
                        // name, username …" — the clause after it has a verb of its own.)
                        && s.cues.iter().any(|c| {
                            matches!(c.value, Cue::Verb(_))
                                && c.start > k
                                && c.start <= k + 8
                                && (k + 1..c.start).all(|j| s.toks[j].punct.is_none())
                        })
                })
                .unwrap_or(own_clause_end);
            let mut data: Vec<DataType> = ents
                .data
                .iter()
                .filter(|m| m.start >= thing_from && m.end <= own_clause_end && !left_out(m))
                .map(|m| m.value)
                .collect();
            let mut conf: f32 = 0.85;
            // "We provide legal services to our clients, and … medical devices": a service as the
            // object names no data, and data in another clause is not its object.
            let service_object = (v.end..(v.end + 3).min(b)).any(|k| {
                matches!(
                    word_at(s, k),
                    "services" | "products" | "support" | "assistance" | "advice" | "solutions" | "training"
                )
            }) && !(v.end..b).any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)));
            // "Signbridge provides British Sign Language interpreters for medical appointments,
            // workplaces, courts": what is provided comes before "for", and it is no data; what
            // follows "for" is the occasion.
            // ("we may provide, as needed and as available, additional tools …": the object
            // after an aside set off by commas.)
            let obj = if s.toks.get(v.end).is_some_and(|t| t.punct == Some(',')) {
                (v.end + 1..(v.end + 8).min(b)).find(|&k| s.toks[k].punct == Some(',')).map_or(v.end, |k| k + 1)
            } else {
                v.end
            };
            // "Zoom gives account owners controls and features that …", "offers you tools": the
            // thing given follows whom it is given to.
            let obj = if ["provid", "offer", "giv", "gave"].iter().any(|x| word_at(s, p).starts_with(x)) {
                ents.recips
                    .iter()
                    .find(|m| m.start == obj)
                    .map(|m| m.end)
                    .or_else(|| matches!(word_at(s, obj), "you" | "users" | "them" | "us").then_some(obj + 1))
                    .filter(|&e| e < b && s.toks[e].is_word() && word_at(s, e) != "with")
                    .unwrap_or(obj)
            } else {
                obj
            };
            let provides_thing = ctx.lang == Lang::En
                && obj < b
                && ["provid", "offer", "suppl", "giv", "gave"].iter().any(|x| word_at(s, p).starts_with(x))
                // (Not a passive, "may be provided to both …": its object is the subject.)
                && !(p.saturating_sub(3)..p)
                    .any(|k| matches!(word_at(s, k), "is" | "are" | "be" | "been" | "being" | "was" | "were"))
                && !matches!(word_at(s, obj), "to" | "by" | "with" | "in" | "on" | "at" | "from" | "as" | "and")
                // ("Some analytics providers … may provide specific opt-out mechanisms and …":
                // the object ends at a preposition, a relative pronoun or punctuation.)
                && (obj + 1..b)
                    .find(|&k| {
                        matches!(word_at(s, k), "for" | "that" | "which" | "who" | "so")
                            || matches!(s.toks[k].punct, Some(',' | '.' | ';' | ':'))
                    })
                    .is_some_and(|f| {
                    (word_at(s, f) == "for"
                            || !ents.recips.iter().any(|m| {
                                m.start >= obj
                                    && m.start < f
                                    // ("additional tools and third-party services": services
                                    // offered are things.)
                                    && !matches!(word_at(s, m.end - 1), "services" | "service" | "tools" | "apps")
                            }))
                    && (obj..f).all(|k| {
                        s.toks[k].is_word()
                            && !ents.data.iter().any(|m| m.start <= k && k < m.end)
                            && !matches!(
                                cue_at(s, k),
                                Some(Cue::DataHead | Cue::Coref | Cue::SecondPerson | Cue::FirstPerson)
                            )
                            && !matches!(word_at(s, k), "it" | "them" | "this" | "these" | "that")
                            // ("We give advertisers reports about the people who saw their ads":
                            // reports, copies and access carry data.)
                            && !matches!(
                                word_at(s, k),
                                "report" | "reports" | "statistics" | "insights" | "access" | "copy" | "copies"
                            )
                    })
                });
            if provides_thing && !asked_for {
                continue;
            }
            // "Your name and town are listed in the members' directory": data listed somewhere is
            // its subject ("Offers are listed in the app" lists no data).
            if ctx.lang == Lang::En
                && word_at(s, p + 1) == "listed"
                && !ents.data.iter().any(|m| m.start >= a && m.end <= p)
                && !(a..p).any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)))
            {
                continue;
            }
            // (Not data on the far side of another verb of giving: "We use … partner panels to
            // fill surveys, and we share your IP address … with Veritrace" gives the panels
            // nothing.)
            let other_giving_between = |m: &Match<DataType>| {
                let (x, y) = if m.start >= v.end { (v.end, m.start) } else { (m.end, v.start) };
                s.cues.iter().any(|c| {
                    c.start >= x
                        && c.start < y
                        && c.start != v.start
                        && matches!(c.value, Cue::Verb(VerbClass::Share | VerbClass::Sell))
                })
            };
            // ("We will continue to share your dog's medical notes with our vet …, and we never
            // sell your details to anyone": "your details" is this verb's own object; the data of
            // the clause before is the other verb's.)
            let own_object = thing_object || (v.end..(v.end + 3).min(b)).any(|k| cue_at(s, k) == Some(Cue::DataHead));
            if data.is_empty() && !service_object {
                data = ents
                    .data
                    .iter()
                    .filter(|m| {
                        !left_out(m)
                            && !other_giving_between(m)
                            && !(own_object && m.end <= a)
                            && !(thing_object && m.end <= thing_from)
                    })
                    .map(|m| m.value)
                    .collect();
            }
            // (A thing of ours that lists no personal data is no sharing at all.)
            if thing_object && data.is_empty() && !negated {
                continue;
            }
            // A back-reference supplies the data only as the verb's object ("share it with"), or
            // as the subject of a passive ("it is shared").
            let has_coref = (v.end..(v.end + 3).min(b)).any(|k| cue_at(s, k) == Some(Cue::Coref))
                // "Your home address and date of birth stay with us. They are not shared with
                // participating shops.": a pronoun subject of a passive verb is the data.
                || ctx.lang == Lang::En
                    && a == 0
                    && p >= 2
                    && p <= 5
                    && matches!(word_at(s, 0), "they" | "it")
                    && (1..p).all(|k| {
                        matches!(
                            word_at(s, k),
                            "are" | "is" | "will" | "be" | "not" | "never" | "also" | "may" | "won't" | "aren't" | "isn't"
                        )
                    })
                    && (1..p).any(|k| matches!(word_at(s, k), "are" | "is" | "be" | "aren't" | "isn't"))
                // ("Ces informations sont transmises à Audiens", "Estos datos son cedidos a …".)
                || (p.saturating_sub(3)..p).any(|k| cue_at(s, k) == Some(Cue::Coref)) && (p.saturating_sub(2)..p).any(|k| matches!(word_at(s, k), "is" | "are" | "be" | "been" | "was" | "were" | "sont" | "est" | "seront" | "sera" | "son" | "es" | "seran" | "werden" | "wird"))
                // "Diese Fahrzeugdaten werden … an … übermittelt", "This vehicle data is sent to …":
                // a demonstrative subject opening the sentence, before unspecified data.
                || a == 0 && s.cues.iter().any(|m| {
                    m.value == Cue::Coref && m.start <= 1 && m.start < p
                        && matches!(word_at(s, m.start), "these" | "this" | "such" | "diese" | "dieser" | "solche" | "ces" | "cette" | "ce" | "estos" | "estas" | "este" | "esta" | "dichos" | "dichas")
                        && (ents.data.iter().any(|d| d.start == m.end && d.value == DataType::Other)
                            || (m.end..(m.end + 3).min(p)).any(|k| cue_at(s, k) == Some(Cue::DataHead)) && !ents.data.iter().any(|d| d.start >= m.end && d.start < m.end + 3 && d.value != DataType::Other))
                });
            // "the following data" names data to come; "this data" refers back.
            let head_after = (v.end..(v.end + 4).min(b)).any(|k| {
                cue_at(s, k) == Some(Cue::DataHead)
                    && !(k.saturating_sub(1)..=k).any(|j| cue_at(s, j) == Some(Cue::Coref))
            });
            // "these viewing records, together with your TV's device identifier": a back-reference
            // as the object adds the data it refers to.
            // ("Meta uses it to measure our community health campaigns": "it" too.)
            let coref_object = (v.end..(v.end + 2).min(b)).any(|k| {
                cue_at(s, k) == Some(Cue::Coref)
                    && matches!(
                        word_at(s, k),
                        "these"
                            | "this"
                            | "those"
                            | "such"
                            | "it"
                            | "them"
                            | "ces"
                            | "cette"
                            | "diese"
                            | "dieses"
                            | "diesen"
                            | "estos"
                            | "estas"
                            | "esta"
                            | "este"
                    )
                    // ("we give them the name and phone number …": "them" the receivers, an
                    // indirect object before the data; "HMRC requires us to give it your name".)
                    && !(matches!(word_at(s, k), "them" | "it")
                        && (ents.data.iter().any(|d| d.start == k + 1)
                            || matches!(word_at(s, k + 1), "the" | "your" | "a" | "an" | "our" | "their")))
            });
            // "Deep Lie recovers lost golf balls from lakes, cleans and grades them, and sells them
            // by the dozen": a pronoun in a later clause of a sentence that names no data at all
            // refers to the things its first clause names, not to anyone's data.
            // ("Criamos caracoles al aire libre y los vendemos vivos … a restaurantes": a clitic
            // before the verb of selling, likewise.)
            let pronoun_object = match ctx.lang {
                Lang::En => coref_object && (v.end..(v.end + 2).min(b)).any(|k| matches!(word_at(s, k), "them" | "it")),
                Lang::Es => {
                    class == VerbClass::Sell && p > 0 && matches!(word_at(s, p - 1), "los" | "las" | "lo" | "la")
                }
                Lang::Fr => class == VerbClass::Sell && p > 0 && matches!(word_at(s, p - 1), "les" | "le" | "la" | "l"),
                Lang::De => {
                    class == VerbClass::Sell
                        && (v.end..(v.end + 2).min(b)).any(|k| matches!(word_at(s, k), "sie" | "es"))
                }
            };
            if pronoun_object
                && ents.data.is_empty()
                && !s.has(Cue::DataHead)
                // (A verb coordinated with an earlier one that has its own object: "…, and sells
                // them", "y los vendemos"; not "During an inspection, officers may look at them",
                // where "them" is the previous sentence's consent forms.)
                && {
                    let before = if ctx.lang == Lang::En { p } else { p.saturating_sub(1) };
                    before >= 1 && matches!(word_at(s, before - 1), "and" | "y" | "et" | "und")
                }
                && s.toks[a..p].iter().filter(|t| t.is_word()).count() >= 5
            {
                continue;
            }
            // "Google will use this content to train its models and to surface Threadline
            // conversations": with a back-reference as the object, data named inside the purpose
            // describes the purpose.
            if coref_object {
                if let Some(pp) = ents.purposes.iter().find(|m| m.start > v.end).map(|m| m.start) {
                    let keep: Vec<DataType> = ents
                        .data
                        .iter()
                        .filter(|m| m.start >= a && m.end <= b && m.start < pp && !left_out(m))
                        .map(|m| m.value)
                        .collect();
                    // ("We do not store images of your face …, and we never share them with our
                    // analytics partners": "them" is the data of the clause before.)
                    if !keep.is_empty() || a == 0 {
                        data = keep;
                    }
                }
            }
            // "Your home maps and account information live on servers run by Amazon Web
            // Services, … which may only process them as we instruct": "them" is the data named
            // earlier in the sentence.
            // ("We share your … approximate location with advertising partners, … and we sell
            // this information … to data brokers": "this information" too.)
            let pronoun_within =
                coref_object && ents.data.iter().any(|m| m.end <= v.start && m.value != DataType::Other);
            if coref_object && !pronoun_within && !data.is_empty() && data != [DataType::Other] && !negated {
                let (_, d) = previous_context(out, sents, si, lex, cache);
                for x in d {
                    if !data.contains(&x) && x != DataType::Other {
                        data.push(x);
                    }
                }
            }
            // "We never sell your information, and we do not share it with others": "it" is the
            // data of the clause before, in the same sentence, not the previous sentence's.
            let earlier_clause_data: Vec<DataType> = if a > 0 && coref_object {
                ents.data.iter().filter(|m| m.end <= a).map(|m| m.value).collect()
            } else {
                Vec::new()
            };
            if (data.is_empty() || data == [DataType::Other]) && !head_after && !earlier_clause_data.is_empty() {
                let mut d = earlier_clause_data;
                d.dedup();
                data = d;
            } else if (data.is_empty() || data == [DataType::Other]) && !head_after {
                // "If the police ask for CCTV footage …, we may give it to them": "it" is the
                // specific data named before the verb, not the previous sentence's.
                let specific_before = coref_object
                    && ents.data.iter().any(|m| {
                        m.start >= a
                            && m.end <= v.start
                            && (m.start..m.end).all(|k| !lexicon::GENERIC_DATA_WORDS.contains(&word_at(s, k)))
                    });
                if has_coref && !specific_before {
                    let (_, d) = previous_context(out, sents, si, lex, cache);
                    if !d.is_empty() {
                        data = d;
                    }
                    conf -= 0.1;
                }
            }
            // "_fbp: set by Meta Platforms": a cookie set by a third party collects identifiers.
            // (Looked at only where it decides: the heading is lower-cased for it.)
            let about_cookies = || {
                s.lower.contains("cookie")
                    || ctx.doc.section_of(s.block).is_some_and(|h| h.to_lowercase().contains("cookie"))
            };
            if data.is_empty() && !negated && class == VerbClass::Collect && about_cookies() {
                data.push(DataType::Device);
            }
            if data.is_empty() {
                // A promise about nothing named, to no one named ("you may not … distribute
                // malware"), is not a promise about personal data.
                if negated && inferred && !has_coref && class != VerbClass::Sell {
                    continue;
                }
                // "Keyfolio provides an online portal through which …": the object is a thing
                // that is no data at all.
                // ("the DPF provides the right to invoke binding arbitration": "the right" too.)
                let thing_object = ((matches!(word_at(s, v.end), "a" | "an")
                    || matches!(word_at(s, v.end), "the")
                        && matches!(
                            word_at(s, v.end + 1),
                            "right" | "rights" | "ability" | "option" | "opportunity" | "possibility"
                        ))
                    && s.toks.get(v.end + 1).is_some_and(|t| t.is_word())
                    // ("We provide legal services to our clients": a service is no data either.)
                    || service_object)
                    && !(v.end..b).any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)));
                if thing_object && !has_coref && ctx.lang == Lang::En && class == VerbClass::Share {
                    continue;
                }
                // "everyone has access to the food they love": access to a thing that is no data.
                let access_to_thing = ctx.lang == Lang::En
                    && class == VerbClass::Collect
                    && (p..v.end).any(|k| word_at(s, k).starts_with("access"))
                    && word_at(s, v.end) == "to"
                    // (The object of "access to", not an "it" in a later clause: "… the food they
                    // love and more time to enjoy it together".)
                    && !(v.end..(v.end + 4).min(b)).any(|k| matches!(cue_at(s, k), Some(Cue::DataHead | Cue::Coref)));
                if access_to_thing && !has_coref {
                    continue;
                }
                // "Wearing the buoyancy aid we provide is now compulsory for everyone": the verb's
                // object is the thing before "we", and the sentence names no data.
                let thing_we_verb = ctx.lang == Lang::En
                    && p >= 2
                    && matches!(word_at(s, p - 1), "we" | "they")
                    && s.toks[p - 2].is_word()
                    && !matches!(cue_at(s, p - 2), Some(Cue::DataHead | Cue::Coref))
                    && s.toks.get(v.end).is_none_or(|t| {
                        t.punct.is_some()
                            || matches!(
                                word_at(s, v.end),
                                "is" | "are" | "was" | "were" | "will" | "must" | "can" | "has" | "have" | "may"
                            )
                    });
                if thing_we_verb && !has_coref {
                    continue;
                }
                // "We carried out an impact assessment and shared it with the regulator", "… une
                // analyse d'impact et l'avons communiquée à la CNIL": "it" is the thing just named,
                // and the sentence names no data.
                let it_object = word_at(s, v.end) == "it"
                    || (p.saturating_sub(2)..p).any(|k| {
                        word_at(s, k) == "l" || word_at(s, k) == "lo" || word_at(s, k) == "la" && ctx.lang == Lang::Es
                    });
                let thing_before = (0..p).any(|k| {
                    matches!(word_at(s, k), "a" | "an" | "un" | "une" | "una" | "ein" | "eine" | "einen")
                        && s.toks.get(k + 1).is_some_and(|t| t.is_word())
                });
                if it_object && thing_before && ents.data.is_empty() && !s.cues.iter().any(|m| m.value == Cue::DataHead)
                {
                    continue;
                }
                data.push(DataType::Other);
                conf -= 0.15;
            }
            if inferred {
                conf -= 0.15;
            }
            if class == VerbClass::Engage {
                conf -= 0.2;
            }
            let modal = |m: &&Match<Cue>| m.value == Cue::Modal && !event_when(s, m.start);
            let modality = if s.cues.iter().filter(modal).any(|m| a <= m.start && m.start < p)
                || s.cues.iter().any(|m| modal(&m)) && !negated
            {
                Modality::May
            } else {
                Modality::Will
            };
            if modality == Modality::May {
                conf -= 0.05;
            }
            let deidentified = (a..b).any(|k| cue_at(s, k) == Some(Cue::Deidentified));
            if deidentified {
                conf -= 0.1;
            }
            // "… the Skein & Needle brand, website, stock and customer database will be sold to
            // Woolworks Holdings Ltd, a craft retailer": customer data sold with the business is
            // a business transfer, and its buyer an acquirer, whatever its trade.
            if purposes.contains(&Purpose::Sale)
                && (1..s.toks.len()).any(|k| {
                    // ("our business", "the brand"; not "a business purpose", "business partners".)
                    lexicon::BUSINESS_ASSETS.contains(&word_at(s, k))
                        && s.toks[k].is_word()
                        && (k.saturating_sub(3)..k).any(|j| {
                            matches!(
                                word_at(s, j),
                                "the" | "our" | "its" | "this" | "le" | "notre" | "el" | "nuestro" | "unser" | "unsere"
                            )
                        })
                        && !matches!(
                            word_at(s, k + 1),
                            "purpose"
                                | "purposes"
                                | "partner"
                                | "partners"
                                | "day"
                                | "days"
                                | "contact"
                                | "contacts"
                                | "information"
                                | "customers"
                                | "account"
                                | "accounts"
                                | "hours"
                                | "address"
                                | "email"
                        )
                        // ("Twitch is not in the business of selling our users' personal
                        // information": a trade, not the business for sale.)
                        && !(word_at(s, k) == "business"
                            && word_at(s, k + 1) == "of"
                            && word_at(s, k + 2).ends_with("ing"))
                })
            {
                purposes.retain(|x| *x != Purpose::Sale);
                purposes.push(Purpose::BusinessTransfer);
                // (Named or not: "The assets being offered for sale include the customer
                // database" sells it to whoever buys.)
                for r in recips.iter_mut() {
                    if matches!(
                        r.kind,
                        RecipientKind::Merchant | RecipientKind::ThirdParty | RecipientKind::BusinessPartner
                    ) {
                        r.kind = RecipientKind::Acquirer;
                    }
                }
            }
            // "As part of the sale, your customer records will be transferred to SunPath Energy":
            // data moved with a sale of the business goes to its buyer.
            // ("Como parte de esta venta, … se cederá al Grupo Animalia", "dans le cadre de la
            // cession", "im Rahmen des Verkaufs".)
            if !negated
                && !purposes.contains(&Purpose::BusinessTransfer)
                && (3..s.toks.len()).any(|k| {
                    matches!(
                        word_at(s, k),
                        "sale"
                            | "acquisition"
                            | "merger"
                            | "venta"
                            | "adquisicion"
                            | "fusion"
                            | "vente"
                            | "cession"
                            | "verkaufs"
                            | "ubernahme"
                    ) && matches!(
                        word_at(s, k - 1),
                        "the" | "this" | "that" | "la" | "esta" | "esa" | "cette" | "des" | "dieses" | "der"
                    ) && matches!(
                        (word_at(s, k - 3), word_at(s, k - 2)),
                        ("part", "of")
                            | ("connection", "with")
                            | ("result", "of")
                            | ("completing", "of")
                            | ("parte", "de")
                            | ("cadre", "de")
                            | ("im", "rahmen")
                    )
                })
            {
                purposes.retain(|x| *x != Purpose::Sale);
                purposes.push(Purpose::BusinessTransfer);
                for r in recips.iter_mut() {
                    if r.name.is_some() && matches!(r.kind, RecipientKind::ThirdParty | RecipientKind::BusinessPartner)
                        || r.name.is_none() && r.kind == RecipientKind::ThirdParty
                    {
                        r.kind = RecipientKind::Acquirer;
                    }
                }
            }
            // "… with Veritrace, our survey fraud-detection provider": a recipient whose trade is
            // fighting fraud serves security.
            if !inferred
                && !negated
                && !purposes.contains(&Purpose::Security)
                && ents.recips.iter().any(|m| {
                    recips.iter().any(|r| r.kind == m.value)
                        && (m.start..m.end).any(|k| {
                            let w = word_at(s, k);
                            w.starts_with("fraud") || w.starts_with("betrug") || w == "anti"
                        })
                })
            {
                purposes.push(Purpose::Security);
            }
            for r in &recips {
                // "… to Statwise, our analytics provider", "with our advertising partners": the
                // sentence names the trade the data serves.
                let implied = match r.kind {
                    RecipientKind::Analytics => Some(Purpose::Analytics),
                    RecipientKind::Advertiser => Some(Purpose::Advertising),
                    _ => None,
                };
                if let Some(x) = implied.filter(|x| !inferred && !negated && !purposes.contains(x)) {
                    purposes.push(x);
                }
                if r.kind == RecipientKind::Acquirer {
                    purposes.push(Purpose::BusinessTransfer);
                }
                if r.kind == RecipientKind::Government && !purposes.contains(&Purpose::Security) {
                    purposes.push(Purpose::Legal);
                }
            }
            let framing = if stopped {
                Framing::Removed
            } else {
                *framing_memo.get_or_insert_with(|| framing_of(sents, si, ctx))
            };
            let section = ctx.doc.section_of(s.block).map(str::to_string);
            let context = s.lead.map(|li| sents[li].text.clone());
            // A hollow promise ("we do not share … except as described") is not reported.
            // "delivered messages aren't stored", "until it is no longer necessary": a negated
            // collection or use with a recipient guessed from context promises nothing about sharing.
            if negated && inferred && !matches!(class, VerbClass::Share | VerbClass::Sell) {
                continue;
            }
            // "Microsoft can't be held responsible for Your Content or the material others upload,
            // store or share": a disclaimer of liability, no promise about sharing.
            if negated
                && ctx.lang == Lang::En
                && s.cues.iter().any(|m| {
                    m.value == Cue::Negation
                        && m.start < p
                        && (m.end..(m.end + 4).min(p))
                            .any(|k| matches!(word_at(s, k), "responsible" | "liable" | "accountable"))
                })
            {
                continue;
            }
            // "With respect to users under the age of 18, we do not disclose personal data to
            // advertising partners by default": a promise for minors only, which the reader would
            // take for one about everyone.
            if negated && age_limited(s, p) {
                continue;
            }
            let hollow = negated
                && exception_at.is_some()
                && exception_recips.is_empty()
                && !s.cues.iter().any(|m| m.value == Cue::Exception && lexicon_consent(s, m));
            if !recips.is_empty() && !(negated && hollow) {
                out.push(finish(Statement {
                    data: data.clone(),
                    recipients: recips,
                    purposes: purposes.clone(),
                    negated,
                    evidence: s.text.clone(),
                    section: section.clone(),
                    context: context.clone(),
                    framing,
                    modality,
                    opt_out: None,
                    confidence: conf.clamp(0.05, 0.99),
                    deidentified,
                    nearby_data: Vec::new(),
                    sentence: si,
                }));
                if !negated {
                    emitted_positive = true;
                }
            }
            if !exception_recips.is_empty() {
                out.push(finish(Statement {
                    data,
                    recipients: exception_recips,
                    purposes,
                    negated: false,
                    evidence: s.text.clone(),
                    section,
                    context,
                    framing,
                    modality: Modality::May,
                    opt_out: None,
                    confidence: (conf - 0.1).clamp(0.05, 0.99),
                    deidentified,
                    nearby_data: Vec::new(),
                    sentence: si,
                }));
                emitted_positive = true;
            }
            // One reading per clause, but for a later subject-and-verb pair ("…, and the police
            // receive information").
            let later_subject = class == VerbClass::Collect
                && verbs.iter().any(|w| {
                    w.value == Cue::Verb(VerbClass::Collect)
                        && w.start > v.end
                        && ents.recips.iter().any(|m| m.start >= v.end && m.end <= w.start)
                });
            if !later_subject {
                break;
            }
            read_until = Some(v.end);
        }
    }
    let _ = emitted_positive;
    cache[si] = Some(ents);
}

/// "without your consent" keeps a promise meaningful; "except as described" does not.
fn lexicon_consent(s: &Sentence, m: &Match<Cue>) -> bool {
    // ("without your prior written consent")
    (m.start..(m.end + 4).min(s.toks.len())).any(|k| {
        let w = word_at(s, k);
        w.starts_with("consent")
            || w.starts_with("permission")
            || w.starts_with("einwillig")
            || w.starts_with("zustimm")
            || w.starts_with("consentement")
            || w.starts_with("consentimiento")
            || w.starts_with("autoriza")
    })
}

/// "They use it to build audience segments": the purposes belong to the previous statement.
fn merge_followups(sents: &[Sentence], out: &mut Vec<Statement>) {
    // Linear: merged statements are folded into the last kept one, the rest compacted in order.
    let mut kept: Vec<Statement> = Vec::with_capacity(out.len());
    for cur in out.drain(..) {
        if let Some(prev) = kept.last_mut() {
            let vague = prev.data == [DataType::Other];
            // List items are separate statements; a vague item is not filled from the next one.
            let listed = prev.context.is_some() || cur.context.is_some();
            // A vague statement takes the next one's data only when that one refers back ("They
            // receive your email address"), not from a new sentence about another provider
            // ("Speech recognition is performed by a provider who …"), whose evidence it would lose.
            let cs = &sents[cur.sentence];
            let refers_back = opens_with_ref(cs)
                || cur.recipients.iter().any(|r| {
                    r.name.as_deref().and_then(|n| n.split_whitespace().next()).is_some_and(|n| cs.text.starts_with(n))
                });
            if !listed
                && !cur.negated
                && !prev.negated
                && cur.sentence == prev.sentence + 1
                && cur.recipients == prev.recipients
                && (vague && refers_back || cur.data.iter().all(|d| prev.data.contains(d)))
            {
                if vague {
                    prev.data = cur.data.clone();
                    prev.confidence = prev.confidence.max(cur.confidence);
                    // The data is in the second sentence: the evidence quotes both ("We work
                    // with measurement partners … These partners receive your advertising ID …").
                    if cur.data != [DataType::Other] {
                        prev.evidence = format!("{} {}", prev.evidence, cur.evidence);
                    }
                }
                for p in &cur.purposes {
                    if !prev.purposes.contains(p) {
                        prev.purposes.push(*p);
                    }
                }
                prev.purposes.sort();
                continue;
            }
        }
        kept.push(cur);
    }
    *out = kept;
}

/// Whether the verb at `p` opens a relative clause whose subject is the mention at `pos`:
/// "partners, such as sponsors, who may provide prizes".
fn relative_subject_of(s: &Sentence, pos: usize, p: usize) -> bool {
    (pos + 1..p).rev().take(4).any(|j| {
        matches!(word_at(s, j), "who" | "which" | "qui" | "que" | "quienes" | "die" | "der")
            && (j + 1..p).all(|k| {
                cue_at(s, k) == Some(Cue::Modal) || matches!(word_at(s, k), "may" | "will" | "can" | "also" | "might")
            })
    })
}

/// Whether the recipient mention at `pos` is the agent of a giving participle after the verb at
/// `p`: "This includes information added to your profile by third-party accounts" — the data
/// comes from them.
fn agent_of_giving(s: &Sentence, p: usize, pos: usize) -> bool {
    // Back over the agents' list ("by third-party accounts like Facebook, Instagram, or
    // Spotify") to "by", stopping at a verb, a recipient preposition or a clause break.
    let Some(k) = (p + 3..=pos)
        .rev()
        .take(10)
        .take_while(|&k| {
            k == pos
                || !(matches!(cue_at(s, k), Some(Cue::Verb(_) | Cue::RecipientPrep))
                    || matches!(s.toks[k].punct, Some(';' | ':' | '(' | ')')))
        })
        .find(|&k| word_at(s, k - 1) == "by")
    else {
        return false;
    };
    // ("added to your profile by …": the participle may come a phrase earlier.)
    k > p + 2
        && word_at(s, k - 1) == "by"
        && (k.saturating_sub(6).max(p + 1)..k - 1).any(|j| lexicon::GIVING_PARTICIPLES.contains(&word_at(s, j)))
}

/// Whether an opt-out sentence is about the company's own mailings ("unsubscribe from our
/// newsletter") and names nothing about sharing.
fn is_mailing_opt_out(s: &Sentence) -> bool {
    let words = || (0..s.toks.len()).map(|k| word_at(s, k));
    words().any(|w| lexicon::MAILING_OPT_OUT_WORDS.contains(&w))
        && !words().any(|w| lexicon::SHARING_OPT_OUT_WORDS.contains(&w))
}

/// Whether `text` names `name` as a whole word ("Google" in "Google: Install …", not in
/// "Googlebot").
fn mentions_name(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The companies an opt-out item is labelled with ("Convert.com: Opt out on …",
/// "ShareProgress and Fathom.com: You can …", "Google: Install …" where a recipient is a
/// "Google …"); not a topic label ("Email: …", "Analytics & Optimization: …").
fn opt_out_label_names(text: &str, recipient_names: &[&str]) -> Vec<String> {
    let Some((label, _)) = text.split_once(':') else { return Vec::new() };
    if label.split_whitespace().count() > 5 {
        return Vec::new();
    }
    label
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| {
            let domain = p.contains('.') && !p.ends_with('.') && !p.contains(' ');
            let camel = !p.contains(' ') && camel_case(p);
            !p.is_empty() && (domain || camel || recipient_names.iter().any(|n| mentions_name(n, p)))
        })
        .map(str::to_string)
        .collect()
}

fn attach_opt_outs(sents: &[Sentence], ctx: &Context<'_>, out: &mut [Statement]) {
    let lex = lexicon::lexicon(ctx.lang);
    let opt: Vec<usize> =
        (0..sents.len()).filter(|&i| is_opt_out(&sents[i], lex) && !beyond_policy(&sents[i])).collect();
    if opt.is_empty() {
        return;
    }
    let short = sents.len() <= 40;
    // Opt-out sentences per section, in order (sentence indices ascend), for a nearest lookup.
    let mut by_section: std::collections::HashMap<Option<usize>, Vec<usize>> = std::collections::HashMap::new();
    for &i in &opt {
        by_section.entry(ctx.doc.blocks[sents[i].block].section).or_default().push(i);
    }
    // "You can unsubscribe from our marketing emails": a way out of the company's own mailings.
    // It stays in the report's opt-outs, but it is offered for a practice only when that
    // practice is marketing; it is no way out of sharing with advertisers.
    // (Read for the opt-out sentences only.)
    let mut mailing = vec![false; sents.len()];
    for &i in &opt {
        mailing[i] = is_mailing_opt_out(&sents[i]);
    }
    // "You can always turn off geolocation …", "If you do not want your profile to be shown on
    // …": an opt-out that names data or a kind of recipient is a way out for the practices that
    // share that data with that kind, not for the identity-check vendor beside it. (Unspecified
    // "personal information" and "third parties" narrow nothing.)
    let mut topic: Vec<(Vec<DataType>, Vec<RecipientKind>, Vec<Purpose>)> = vec![Default::default(); sents.len()];
    for &i in &opt {
        topic[i] = {
            let e = entities(&sents[i], lex);
            let x = &sents[i];
            // ("… in your account settings", "via the Privacy page", "dans Mon compte > Confidentialité":
            // where, not what.)
            let place = |m: &&Match<DataType>| {
                matches!(
                    word_at(x, m.end),
                    "settings"
                        | "setting"
                        | "page"
                        | "preferences"
                        | "dashboard"
                        | "menu"
                        | "center"
                        | "centre"
                        | "tab"
                ) || (m.start.saturating_sub(3)..m.start)
                    .rev()
                    .find(|&k| {
                        !matches!(
                            word_at(x, k),
                            "your" | "the" | "our" | "mon" | "votre" | "tu" | "su" | "ihrem" | "ihr" | "deinem" | "ma"
                        )
                    })
                    .is_some_and(|k| {
                        matches!(
                            word_at(x, k),
                            "in" | "via"
                                | "through"
                                | "under"
                                | "from"
                                | "into"
                                | "dans"
                                | "sous"
                                | "im"
                                | "unter"
                                | "en"
                                | "desde"
                        )
                    })
            };
            let mut d: Vec<DataType> =
                e.data.iter().filter(|m| !place(m)).map(|m| m.value).filter(|&v| v != DataType::Other).collect();
            d.dedup();
            let mut r: Vec<RecipientKind> =
                e.recips.iter().map(|m| m.value).filter(|&v| v != RecipientKind::ThirdParty).collect();
            r.dedup();
            let mut p: Vec<Purpose> = e.purposes.iter().map(|m| m.value).collect();
            p.dedup();
            (d, r, p)
        };
    }
    // "Convert.com: Opt out on www.mozilla.org", "Google: Install the Google Analytics Opt-out
    // Browser Add-on": an opt-out that names a recipient of the page is a way out of sharing
    // with that recipient only.
    let mut recipient_names: Vec<&str> =
        out.iter().flat_map(|st| st.recipients.iter().filter_map(|r| r.name.as_deref())).collect();
    recipient_names.sort_unstable();
    recipient_names.dedup();
    let named: Vec<Vec<String>> = (0..sents.len())
        .map(|i| {
            if !opt.contains(&i) {
                return Vec::new();
            }
            let mut v: Vec<String> =
                recipient_names.iter().filter(|n| mentions_name(&sents[i].text, n)).map(|n| n.to_string()).collect();
            v.extend(opt_out_label_names(&sents[i].text, &recipient_names));
            v
        })
        .collect();
    // "To opt-out from the caller identification processing as described above, please visit
    // this page." refers back: it is no way out of a practice stated after it.
    let refers_back: Vec<bool> = (0..sents.len())
        .map(|i| {
            opt.binary_search(&i).is_ok()
                && (0..sents[i].toks.len()).any(|k| {
                    matches!(word_at(&sents[i], k), "above" | "ci-dessus" | "oben" | "arriba" | "anteriormente")
                        || word_at(&sents[i], k) == "ci" && word_at(&sents[i], k + 1) == "dessus"
                })
        })
        .collect();
    // ("Location" in an opt-out covers precise and approximate location.)
    let family = |d: DataType| d.id().split('.').next().unwrap_or_default();
    for st in out.iter_mut().filter(|st| !st.negated) {
        let sec = ctx.doc.blocks[sents[st.sentence].block].section;
        let marketing = st.purposes.contains(&Purpose::Marketing);
        // An opt-out that names a purpose ("opt out of personalised ads") is offered from
        // another section only for a practice with that purpose.
        let for_purpose = |i: usize| {
            let p = &topic[i].2;
            p.is_empty()
                || p.iter().any(|x| {
                    st.purposes.contains(x)
                        || st.recipients.iter().any(|r| {
                            *x == Purpose::Advertising && r.kind == RecipientKind::Advertiser
                                || *x == Purpose::Analytics && r.kind == RecipientKind::Analytics
                        })
                })
        };
        let on_topic = |i: usize| {
            let (d, r, _) = &topic[i];
            (d.is_empty() || d.iter().any(|x| st.data.iter().chain(&st.nearby_data).any(|y| family(*x) == family(*y))))
                && (r.is_empty()
                    || st.recipients.iter().any(|x| x.kind == RecipientKind::ThirdParty || r.contains(&x.kind)))
        };
        let for_recipient = |i: usize| {
            named[i].is_empty()
                || st
                    .recipients
                    .iter()
                    .any(|r| r.name.as_ref().is_some_and(|n| named[i].iter().any(|x| x == n || mentions_name(n, x))))
        };
        let fits = |i: usize| {
            (marketing || !mailing[i]) && on_topic(i) && for_recipient(i) && !(refers_back[i] && i < st.sentence)
        };
        let same_sentence = opt.binary_search(&st.sentence).ok().map(|_| st.sentence);
        // The nearest opt-out sentence of the same section; on a tie the later one.
        let in_section = by_section.get(&sec).and_then(|v| {
            // (Only opt-outs within 8 sentences are offered below: look no further, so that a
            // page of one long section stays linear.)
            let k = v.partition_point(|&i| i < st.sentence);
            let after = v[k..].iter().copied().take_while(|&i| i - st.sentence <= 8).find(|&i| fits(i));
            let before = v[..k].iter().rev().copied().take_while(|&i| st.sentence - i <= 8).find(|&i| fits(i));
            match (before, after) {
                (Some(b), Some(a)) => Some(if st.sentence - b < a - st.sentence { b } else { a }),
                (b, a) => a.or(b),
            }
        });
        // "You can opt out of this sharing …" refers back: it covers the practice of its own
        // paragraph, not the payment processor two paragraphs up.
        // (On a notice, "this sharing" is the change it announces.)
        // ("Artists and record labels — … — You'll always have the option to … withdraw your
        // consent at any time.": an opt-out inside a table row is a way out of that row only.)
        // ("- Visual Studio Code (GitHub Codespaces): … To opt out, go to File > Preferences …":
        // so is an opt-out inside a labelled list item.)
        let in_row = |i: usize| {
            let b = sents[i].block;
            b != sents[st.sentence].block
                && (ctx.doc.blocks[b].text.contains(" \u{2014} ")
                    || ctx.doc.blocks[b].kind == BlockKind::ListItem
                        && ctx.doc.blocks[b].text.split_once(':').is_some_and(|(l, _)| {
                            l.split_whitespace().count() <= 8 && !l.contains(['.', ';', '!', '?'])
                        }))
        };
        let applies = |i: usize| {
            !in_row(i)
                && (!opens_with_ref_anywhere(&sents[i])
                    || sents[i].block == sents[st.sentence].block && i >= st.sentence
                    || st.framing == Framing::New)
        };
        let pick = same_sentence.or(in_section.filter(|&i| i.abs_diff(st.sentence) <= 8 && applies(i))).or(if short {
            opt.iter().copied().find(|&i| fits(i) && for_purpose(i)).filter(|&i| applies(i))
        } else {
            None
        });
        st.opt_out = pick.map(|i| sents[i].text.clone());
    }
}

#[cfg(test)]
mod tests {
    /// A long page analysed on two threads gives the statements it gives on one, in the same
    /// order: the split falls where the second half reads nothing the first computes.
    #[test]
    fn two_threads_give_the_same_statements_as_one() {
        use crate::extract::{extract, InputType};
        let sections = [
            "We share your email address with Mailstream Inc., which sends our newsletters. It also \
             receives your name. This is passed to its subprocessors as well.",
            "We use the following providers:\n\n- Clickwise, for analytics: your usage data\n- Adfront \
             Ltd.: your device identifiers, for advertising\n\nThese partners may combine it with other data.",
            "Some of these models are developed by Meridian. We provide them with your chat messages. \
             Both companies build language models.",
            "We never sell your personal information. We do not share your messages with advertisers.",
            "The providers listed above receive your IP address. Your payment details go to Paystream \
             to process payments.",
        ];
        let mut md = String::from("# Privacy Policy\n\n");
        for i in 0..160 {
            md.push_str(&format!("## Section {i}\n\nThis section explains part {i} of our practices.\n\n"));
            md.push_str(sections[i % sections.len()]);
            md.push_str("\n\n");
        }
        let doc = extract(&md, InputType::Markdown);
        let mut sents = sentences(&doc);
        let lex = lexicon::lexicon(Lang::En);
        match_cues(&mut sents, lex);
        let ctx = Context::plain(&doc, Lang::En);
        assert!(section_split(&sents, &ctx).is_some(), "the page has a place to split");
        let one = extract_statements_on(&sents, &ctx, false);
        let two = extract_statements_on(&sents, &ctx, true);
        assert!(one.len() > 300, "{} statements", one.len());
        let first_difference = one.iter().zip(&two).position(|(a, b)| a != b);
        assert!(one == two, "{} vs {} statements, first difference at {first_difference:?}", one.len(), two.len());
    }

    use super::*;

    #[test]
    fn other_brand_users_openers_fit_the_length_test() {
        assert!(lexicon::OTHER_BRAND_USERS.iter().all(|(o, _)| (5..=7).contains(&o.len())));
    }

    #[test]
    fn brand_matches_hosts_made_of_the_name() {
        assert!(is_brand("wayfarer stays", "wayfarerstays"));
        assert!(is_brand("velo magazine sud", "velomagsud"));
        assert!(is_brand("facebook", "meta"));
        assert!(!is_brand("google analytics", "velomagsud"));
        assert!(!is_brand("velo", "velomagsud"));
        assert!(!is_brand("criteo", "crit"));
        assert!(!is_brand("tasklane europe", "tasklane"));
        assert!(is_brand("sci news com", "sci-news"));
        assert!(is_brand("barnes noble", "barnesandnoble"));
        // Issue 2 (OPP-115, foodallergy.org): the name's first words make the host.
        assert!(is_brand("food allergy research education", "foodallergy"));
        assert!(!is_brand("acme bank europe", "acmebank"));
    }
    use crate::extract::{extract, InputType};

    fn run(text: &str, update: bool) -> Vec<Statement> {
        let doc = extract(text, InputType::Text);
        let mut sents = sentences(&doc);
        match_cues(&mut sents, lexicon::lexicon(Lang::En));
        extract_statements(&sents, &Context { update_page: update, ..Context::plain(&doc, Lang::En) })
    }

    fn pairs(sts: &[Statement], negated: bool) -> Vec<(String, String)> {
        let mut v = Vec::new();
        for st in sts.iter().filter(|s| s.negated == negated) {
            for d in &st.data {
                for r in &st.recipients {
                    v.push((d.id().to_string(), r.name.clone().unwrap_or_else(|| r.kind.id().to_string())));
                }
            }
        }
        v
    }

    #[test]
    fn basic_sharing_with_named_parent() {
        let st = run("Starting today, we will share your phone number and usage data with Facebook, our parent company, for more relevant ads and friend suggestions.", false);
        assert_eq!(st.len(), 1);
        let p = pairs(&st, false);
        assert!(p.contains(&("contact.phone".into(), "Facebook".into())));
        assert!(p.contains(&("activity.usage".into(), "Facebook".into())));
        assert_eq!(st[0].recipients[0].kind, RecipientKind::Affiliate);
        assert!(st[0].purposes.contains(&Purpose::Advertising));
        assert!(st[0].purposes.contains(&Purpose::Personalization));
        assert_eq!(st[0].framing, Framing::New);
    }

    #[test]
    fn negation_is_a_promise() {
        let st =
            run("We will never sell your personal information. We do not share your messages with Facebook.", false);
        assert_eq!(pairs(&st, false), Vec::<(String, String)>::new());
        let n = pairs(&st, true);
        assert!(n.contains(&("personal.other".into(), "third_party".into())));
        assert!(n.contains(&("content.messages".into(), "Facebook".into())));
    }

    #[test]
    fn first_party_use_is_not_sharing() {
        let st =
            run("We use your data to train our own models. We collect your email address when you sign up.", false);
        assert!(st.is_empty(), "{st:?}");
    }

    #[test]
    fn third_party_collection_counts() {
        let st = run("Our advertising partners may place cookies on your device to collect information about your browsing activity.", false);
        let p = pairs(&st, false);
        assert!(p.iter().any(|(d, r)| d == "activity.browsing" && r == "advertiser"), "{p:?}");
    }

    #[test]
    fn source_is_not_recipient() {
        let st = run("We receive information about you from data brokers and advertising partners.", false);
        assert!(pairs(&st, false).is_empty());
    }

    #[test]
    fn coreference_to_previous_sentence() {
        let st =
            run("We collect your precise location. We share this information with our analytics providers.", false);
        assert_eq!(pairs(&st, false), vec![("location.precise".to_string(), "analytics".to_string())]);
    }

    #[test]
    fn exception_recipients_are_sharing() {
        let st = run("We do not share your personal information with third parties except with service providers who process payments.", false);
        let p = pairs(&st, false);
        assert!(p.iter().any(|(_, r)| r == "service_provider"), "{p:?}");
        assert!(pairs(&st, true).iter().all(|(_, r)| r != "service_provider"));
    }

    #[test]
    fn legal_disclosure_goes_to_government() {
        let st = run("We may disclose your information if required by law or in response to a subpoena.", false);
        assert_eq!(pairs(&st, false), vec![("personal.other".to_string(), "government".to_string())]);
    }

    #[test]
    fn named_data_company_apposition() {
        let st = run(
            "We will share your IP address with our advertising partners and with Experian, a data company.",
            false,
        );
        let st0 = &st[0];
        assert!(
            st0.recipients.iter().any(|r| r.name.as_deref() == Some("Experian") && r.kind == RecipientKind::DataBroker),
            "{:?}",
            st0.recipients
        );
        assert!(st0.recipients.iter().any(|r| r.name.is_none() && r.kind == RecipientKind::Advertiser));
    }

    #[test]
    fn list_lead_in() {
        let st =
            run("We share your email address with:\n- Payment processors, to bill you\n- Advertising partners", false);
        let p = pairs(&st, false);
        assert!(p.contains(&("contact.email".into(), "service_provider".into())), "{p:?}");
        assert!(p.contains(&("contact.email".into(), "advertiser".into())), "{p:?}");
    }

    #[test]
    fn issue2_label_before_the_verb_does_not_hide_the_recipient() {
        let st = run("Advertising partners: we share cookie identifiers with advertising partners.", false);
        assert_eq!(pairs(&st, false), vec![("identifiers.device".to_string(), "advertiser".to_string())]);
    }

    #[test]
    fn issue2_negated_list_lead_gives_promises() {
        let st =
            run("We will not share the following with Corvane:\n- your private messages\n- your email address", false);
        assert!(pairs(&st, false).is_empty(), "{:?}", pairs(&st, false));
        let p = pairs(&st, true);
        assert!(p.contains(&("content.messages".into(), "Corvane".into())), "{p:?}");
        assert!(p.contains(&("contact.email".into(), "Corvane".into())), "{p:?}");
    }

    #[test]
    fn issue2_names_after_possessives_are_products_not_recipients() {
        let st =
            run("The pixel sends the pages you view to Meta, so we can measure our Facebook and Instagram ads.", false);
        let p = pairs(&st, false);
        assert!(p.iter().all(|(_, r)| r == "Meta"), "{p:?}");
        assert!(!p.is_empty());
    }

    #[test]
    fn issue2_heading_words_are_not_recipients() {
        let md = "# Terms update\n\n## Summary of changes\n\nFree accounts may have their files deleted after we give 60 days notice by email.\n\n## Why we use it\n\nYour information lets us run the service and sync it.\n";
        let doc = extract(md, InputType::Markdown);
        assert!(doc
            .blocks
            .iter()
            .any(|b| b.text == "Why we use it" && matches!(b.kind, crate::extract::BlockKind::Heading(_))));
        let mut sents = sentences(&doc);
        match_cues(&mut sents, lexicon::lexicon(Lang::En));
        let st = extract_statements(&sents, &Context::plain(&doc, Lang::En));
        assert!(pairs(&st, false).is_empty(), "{:?}", pairs(&st, false));
    }

    #[test]
    fn issue2_a_later_negated_verb_keeps_its_objects() {
        let st = run("We use our own cookies and do not use any third-party service providers in this context.", false);
        assert!(pairs(&st, false).is_empty(), "{:?}", pairs(&st, false));
    }
}
