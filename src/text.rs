//! Text stage: sentence splitting and tokenisation.
//!
//! Tokens are words (lower-cased, accent-folded, split at hyphens, French elisions split off,
//! English possessives dropped) and a few punctuation marks that matter for clause structure.
//! Each token keeps its byte range in the original text and in the normalised text.

/// A token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the normalised (lower-cased) text.
    pub lo: (u32, u32),
    /// Byte range in the original text.
    pub orig: (u32, u32),
    /// `None` for a word, `Some(c)` for a punctuation mark.
    pub punct: Option<char>,
    /// The word starts with an upper-case letter in the original.
    pub cap: bool,
}

impl Token {
    /// The normalised form.
    #[inline]
    pub fn norm<'a>(&self, lower: &'a str) -> &'a str {
        &lower[self.lo.0 as usize..self.lo.1 as usize]
    }
    /// The original spelling.
    #[inline]
    pub fn orig<'a>(&self, original: &'a str) -> &'a str {
        &original[self.orig.0 as usize..self.orig.1 as usize]
    }
    /// Whether this is a word (not punctuation).
    #[inline]
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

const ELISIONS: &[&str] = &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"];
const PUNCT: &[char] = &[
    '.', ',', ';', ':', '!', '?', '(', ')', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}', '\u{2014}', '\u{2013}',
    '/', '[', ']', '\u{2026}', '>',
];

/// Folds a lower-case character to its unaccented base (for Latin scripts).
fn fold(c: char, out: &mut String) {
    let f = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        c => c,
    };
    out.push(f);
}

fn push_lower(s: &str, out: &mut String) {
    if s.is_ascii() {
        let a = out.len();
        out.push_str(s);
        out[a..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                fold(l, out);
            }
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenises `s`. Returns the normalised text (words separated by single spaces) and tokens.
pub fn tokenize(s: &str) -> (String, Vec<Token>) {
    if ascii_or_dashes(s) {
        tokenize_ascii(s, true)
    } else {
        tokenize_any(s)
    }
}

/// Whether `s` is ASCII but for em and en dashes (table rows, "A — B"): text that
/// [`tokenize_ascii`] reads as [`tokenize_any`] does.
fn ascii_or_dashes(s: &str) -> bool {
    // (`is_ascii` reads a word at a time: most text is ASCII.)
    if s.is_ascii() {
        return true;
    }
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0..=0x7f => i += 1,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Bytes that make up words in ASCII text (`char::is_alphanumeric` on ASCII).
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// [`tokenize`] of ASCII text: the same tokens as [`tokenize_any`] gives (word characters are
/// ASCII letters and digits, the only apostrophe is `'`, lower-casing is ASCII lower-casing),
/// without decoding characters. A token's normalised form is then its span of the text
/// lower-cased, so the normalised text is copied from `s` in runs of tokens one space apart
/// instead of token by token, and lower-cased at once at the end. Without `keep_tokens`, only
/// the normalised text is made (the tokens returned are empty).
fn tokenize_ascii(s: &str, keep_tokens: bool) -> (String, Vec<Token>) {
    let b = s.as_bytes();
    let n = b.len();
    // A space before each punctuation mark can make the normalised text longer than `s`.
    let mut lower = String::with_capacity(n + n / 8 + 8);
    let mut toks = if keep_tokens { Vec::with_capacity(n / 5 + 1) } else { Vec::new() };
    // The run of tokens not yet copied to `lower`: a span of `s`.
    let mut run = (0usize, 0usize);
    let mut push = |lower: &mut String, toks: &mut Vec<Token>, a: usize, e: usize, punct: Option<char>, cap: bool| {
        let ls = if run.1 > run.0 && a == run.1 + 1 && b[run.1] == b' ' {
            // One space after the run: the token joins it.
            run.1 = e;
            lower.len() + (a - run.0)
        } else {
            lower.push_str(&s[run.0..run.1]);
            if !lower.is_empty() {
                lower.push(' ');
            }
            run = (a, e);
            lower.len()
        };
        if keep_tokens {
            toks.push(Token { lo: (ls as u32, (ls + e - a) as u32), orig: (a as u32, e as u32), punct, cap });
        }
    };
    let mut next = 0;
    while next < n {
        let i = next;
        let c = b[i];
        next = i + 1;
        if ASCII_WORD[c as usize] {
            // Word run: alphanumerics with an inner apostrophe.
            let start = i;
            let mut end = i + 1;
            let mut apos: Option<usize> = None; // byte index of the apostrophe
            loop {
                while end < n && ASCII_WORD[b[end] as usize] {
                    end += 1;
                }
                // Apostrophe: part of the word only if a letter follows (an apostrophe left out
                // makes no token either way).
                if apos.is_none() && end + 1 < n && b[end] == b'\'' && ASCII_WORD[b[end + 1] as usize] {
                    apos = Some(end);
                    end += 1;
                    continue;
                }
                break;
            }
            next = end;
            // "iSpot", "eBay": a lower-case initial followed by a capital is capitalised as a name.
            let cap = |a: usize, e: usize| {
                b[a].is_ascii_uppercase() || b[a].is_ascii_lowercase() && e > a + 1 && b[a + 1].is_ascii_uppercase()
            };
            match apos {
                Some(ap) => {
                    let pre = &s[start..ap];
                    let post = &s[ap + 1..end];
                    if ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(pre)) {
                        push(&mut lower, &mut toks, start, ap, None, cap(start, ap));
                        push(&mut lower, &mut toks, ap + 1, end, None, cap(ap + 1, end));
                    } else if post.eq_ignore_ascii_case("s") {
                        push(&mut lower, &mut toks, start, ap, None, cap(start, ap));
                    } else {
                        // Contraction ("don't"): kept whole.
                        push(&mut lower, &mut toks, start, end, None, b[start].is_ascii_uppercase());
                    }
                }
                None => push(&mut lower, &mut toks, start, end, None, cap(start, end)),
            }
        } else if c == 0xe2 {
            // An em or en dash, the only non-ASCII text this reads ([`ascii_or_dashes`]): a mark.
            next = i + 3;
            let dash = if b[i + 2] == 0x94 { '\u{2014}' } else { '\u{2013}' };
            push(&mut lower, &mut toks, i, i + 3, Some(dash), false);
        } else if matches!(
            c,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'"' | b'/' | b'[' | b']' | b'>' | b'-'
        ) {
            // A hyphen inside a word only separates words; a free-standing dash is a break.
            if c == b'-' && i > 0 && ASCII_WORD[b[i - 1] as usize] && i + 1 < n && ASCII_WORD[b[i + 1] as usize] {
                continue;
            }
            push(&mut lower, &mut toks, i, i + 1, Some(char::from(c)), false);
        }
    }
    lower.push_str(&s[run.0..run.1]);
    lower.make_ascii_lowercase();
    (lower, toks)
}

/// [`tokenize`] of any text.
fn tokenize_any(s: &str) -> (String, Vec<Token>) {
    let mut lower = String::with_capacity(s.len() + 8);
    let mut toks = Vec::with_capacity(s.len() / 5 + 1);
    let b = s.as_bytes();
    let push_word = |lower: &mut String, toks: &mut Vec<Token>, a: usize, e: usize| {
        let w = &s[a..e];
        if !lower.is_empty() {
            lower.push(' ');
        }
        let ls = lower.len();
        push_lower(w, lower);
        // "iSpot", "eBay": a lower-case initial followed by a capital is capitalised as a name.
        let mut cs = w.chars();
        let cap = cs
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_lowercase() && cs.next().is_some_and(char::is_uppercase));
        toks.push(Token { lo: (ls as u32, lower.len() as u32), orig: (a as u32, e as u32), punct: None, cap });
    };
    // The character at byte `i` and its length (ASCII without decoding).
    let char_at = |i: usize| -> (char, usize) {
        let c0 = b[i];
        if c0 < 0x80 {
            (c0 as char, 1)
        } else {
            let c = s[i..].chars().next().unwrap_or('\u{fffd}');
            (c, c.len_utf8())
        }
    };
    let n = b.len();
    let mut next = 0;
    while next < n {
        let i = next;
        let (c, clen) = char_at(i);
        next = i + clen;
        if c == ' ' {
            continue;
        }
        if is_word_char(c) {
            // Word run: alphanumerics with inner apostrophes.
            let start = i;
            let mut end = i + clen;
            let mut apos: Option<(usize, usize)> = None; // (byte index of apostrophe, its len)
            while next < n {
                let j = next;
                if b[j].is_ascii_alphanumeric() {
                    end = j + 1;
                    next = end;
                    continue;
                }
                let (d, dlen) = char_at(j);
                if is_word_char(d) {
                    end = j + dlen;
                    next = end;
                } else if (d == '\'' || d == '\u{2019}') && apos.is_none() {
                    // Apostrophe: part of the word only if a letter follows, or a plural possessive.
                    let after = j + dlen;
                    let next_is_word = s[after..].chars().next().is_some_and(is_word_char);
                    next = after;
                    if next_is_word {
                        apos = Some((j, dlen));
                        end = after;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            match apos {
                Some((ap, al)) => {
                    let pre = &s[start..ap];
                    let post = &s[ap + al..end];
                    // (`ELISIONS.contains(pre.to_lowercase())`: no non-ASCII letter lower-cases
                    // into an elision's ASCII letters.)
                    if ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(pre)) {
                        push_word(&mut lower, &mut toks, start, ap);
                        push_word(&mut lower, &mut toks, ap + al, end);
                    } else if post.eq_ignore_ascii_case("s") {
                        push_word(&mut lower, &mut toks, start, ap);
                    } else {
                        // Contraction ("don't"): keep whole, normalise the apostrophe.
                        if !lower.is_empty() {
                            lower.push(' ');
                        }
                        let ls = lower.len();
                        push_lower(pre, &mut lower);
                        lower.push('\'');
                        push_lower(post, &mut lower);
                        let cap = pre.chars().next().is_some_and(char::is_uppercase);
                        toks.push(Token {
                            lo: (ls as u32, lower.len() as u32),
                            orig: (start as u32, end as u32),
                            punct: None,
                            cap,
                        });
                    }
                }
                None => push_word(&mut lower, &mut toks, start, end),
            }
        } else if PUNCT.contains(&c) || c == '-' || c == '\u{2011}' {
            if c == '-' || c == '\u{2011}' {
                // A hyphen inside a word only separates words; a free-standing dash is a break.
                let prev_word = i > 0 && s[..i].chars().next_back().is_some_and(is_word_char);
                let next_word =
                    b.get(i + 1).is_some_and(|_| s[i + c.len_utf8()..].chars().next().is_some_and(is_word_char));
                if prev_word && next_word {
                    continue;
                }
            }
            if !lower.is_empty() {
                lower.push(' ');
            }
            let ls = lower.len();
            lower.push(c);
            toks.push(Token {
                lo: (ls as u32, lower.len() as u32),
                orig: (i as u32, (i + c.len_utf8()) as u32),
                punct: Some(if c == '\u{2011}' { '-' } else { c }),
                cap: false,
            });
        }
    }
    (lower, toks)
}

/// Normalises a lexicon phrase the way [`tokenize`] normalises text, keeping trailing `*`.
pub fn normalize_phrase(phrase: &str) -> String {
    // Without stars, the phrase word by word tokenises as the whole does (no token spans
    // whitespace, and the tokens' normalised forms are joined by single spaces either way).
    if !phrase.contains('*') {
        return if ascii_or_dashes(phrase) { tokenize_ascii(phrase, false).0 } else { tokenize_any(phrase).0 };
    }
    let mut out = String::new();
    for w in phrase.split_whitespace() {
        let (body, star) = match w.strip_suffix('*') {
            Some(b) => (b, true),
            None => (w, false),
        };
        let (lower, toks) = tokenize(body);
        for t in &toks {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(t.norm(&lower));
        }
        if star {
            out.push('*');
        }
    }
    out
}

const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "eg", "ie", "inc", "ltd", "co", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs", "approx",
    "u.s", "u.k", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "z.b",
    "d.h", "bzw", "ca", "ggf", "usw", "inkl", "evtl", "vgl", "p.ex", "cf", "art", "abs", "p", "pp", "para", "sec",
    "fig", "ex", "sr", "sra", "etc.)", "ff", "f", "lit", "ziff", "gem", "bspw", "insb", "sog", "u.a", "s", "mwst",
    "corp", "pte", "pty", "av", "apdo", "núm", "num", "art", "arts", "al", "cap", "min", "max", "tel", "vol", "no",
    "n", "nº",
];

/// Splits a block of text into sentences; returns byte ranges. Very long runs without sentence
/// punctuation are cut at `;` or whitespace so that later stages stay linear.
pub fn split_sentences(s: &str) -> Vec<(usize, usize)> {
    const MAX: usize = 1200;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'.' || c == b'!' || c == b'?' {
            // Skip closing quotes/brackets after the mark.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            // Also the UTF-8 right quotes.
            while s[j..].starts_with('\u{201d}') || s[j..].starts_with('\u{2019}') {
                j += 3;
            }
            let ws_end = s[j..].find(|ch: char| !ch.is_whitespace()).map_or(s.len(), |k| j + k);
            // "… will not operate properly.The pages on the Services …": a full stop glued to
            // the next sentence after a lower-case word (not "Booking.com", "Node.js", "U.S.").
            let glued = ws_end == j && c == b'.' && glued_sentence(&s[start..i], &s[j..]);
            if ws_end > j || j == s.len() || glued {
                let next = s[ws_end..].chars().next();
                let starts_new = next.is_none_or(|n| {
                    n.is_uppercase()
                        || n.is_numeric()
                        || matches!(n, '"' | '\u{201c}' | '(' | '\u{ab}' | '\u{bf}' | '\u{a1}' | '[' | '-' | '\u{2022}')
                });
                let abbrev = c == b'.' && (is_abbreviation(&s[start..i]) || ordinal_date(&s[start..i], &s[ws_end..]));
                // "No. 5" is a number; "No. We continue …" is an answer.
                let abbrev = abbrev
                    && !(s[start..i].rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("no"))
                        && !next.is_some_and(|n| n.is_ascii_digit()));
                // "… by Postmark Mailing Services Ltd. It receives …": a company form before a
                // word that opens sentences ends the sentence.
                let abbrev = abbrev
                    && !(company_form(&s[start..i])
                        && (opens_sentence(&s[ws_end..]) || capitalised_word(&s[ws_end..])));
                if starts_new && !abbrev {
                    push_trimmed(s, start, j, &mut out);
                    start = ws_end;
                    i = ws_end;
                    continue;
                }
            }
            i = j;
            continue;
        }
        if i - start > MAX && s.is_char_boundary(i) {
            // Force a cut at the last ';' or space before here.
            let cut = s[start..i].rfind(';').or_else(|| s[start..i].rfind(' ')).map(|k| start + k + 1);
            let cut = match cut {
                Some(k) if k > start => k,
                _ => {
                    let mut k = i;
                    while !s.is_char_boundary(k) {
                        k += 1;
                    }
                    k
                }
            };
            push_trimmed(s, start, cut, &mut out);
            start = cut;
        }
        i += 1;
        // Jump to the next sentence mark: the bytes before it only matter once the sentence
        // runs past MAX, so not beyond `start + MAX + 1`.
        let stop = (start + MAX + 1).min(bytes.len());
        if i < stop {
            i = memchr::memchr3(b'.', b'!', b'?', &bytes[i..stop]).map_or(stop, |k| i + k);
        }
    }
    push_trimmed(s, start, s.len(), &mut out);
    out
}

fn push_trimmed(s: &str, a: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    if a >= e {
        return;
    }
    let seg = &s[a..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if seg.trim().is_empty() {
        return;
    }
    out.push((a + lead, e - trail));
}

/// "Ab dem 1. März": a day number with a full stop before a month name is an ordinal, not the
/// end of a sentence.
fn ordinal_date(before: &str, after: &str) -> bool {
    let num = before.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or("");
    let is_day = !num.is_empty()
        && num.len() <= 2
        && before.len() >= num.len()
        && before[..before.len() - num.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    if !is_day {
        return false;
    }
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let (folded, _) = tokenize(&word);
    crate::lexicon::is_month_name(folded.trim())
}

/// Whether a full stop with no space after it ends a sentence: the word before is lower case
/// (three letters or more) and the word after is a capitalised word of lower-case letters
/// ("properly.The"), which neither a domain ("Booking.com") nor an initialism ("U.S.") is.
fn glued_sentence(before: &str, after: &str) -> bool {
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let word: &str = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
    let mut chars = word.chars();
    prev.chars().count() >= 3
        && prev.chars().all(char::is_lowercase)
        && chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(char::is_lowercase)
        && prev != "www"
        // ("www.Facebook.com", "help.Example.org": a host name.)
        && !after[word.len()..].starts_with('.')
}

/// Whether `before` ends with a company form written with a full stop ("Ltd", "Inc", "Corp").
fn company_form(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
    matches!(
        word.to_ascii_lowercase().as_str(),
        "inc"
            | "ltd"
            | "corp"
            | "co"
            | "llc"
            | "plc"
            | "gmbh"
            | "ag"
            | "sa"
            | "sas"
            | "sl"
            | "bv"
            | "b.v"
            | "n.v"
            | "s.a"
            | "s.l"
            | "s.a.s"
    )
}

/// Whether `after` opens with a capitalised word of lower-case letters that is no company form
/// ("Printfast receives …" after "… by Printfast Mailing Ltd.", but not "Ltd." after "Co.").
fn capitalised_word(after: &str) -> bool {
    let word: &str = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(char::is_lowercase)
        && !company_form(word)
        && !matches!(word.to_ascii_lowercase().as_str(), "limited" | "kg" | "kgaa" | "ohg" | "mbh")
}

/// Whether `after` opens with a word that typically starts a sentence (a pronoun, article or
/// conjunction), in any supported language.
fn opens_sentence(after: &str) -> bool {
    let word: String = after.chars().take_while(|c| c.is_alphabetic() || *c == '\'').collect();
    matches!(
        word.as_str(),
        "It" | "Its"
            | "They"
            | "Their"
            | "We"
            | "Our"
            | "You"
            | "Your"
            | "This"
            | "These"
            | "That"
            | "Those"
            | "The"
            | "In"
            | "If"
            | "When"
            | "For"
            | "All"
            | "Such"
            | "Both"
            | "Each"
            | "No"
            | "Only"
            | "As"
            | "Under"
            | "From"
            | "Since"
            | "After"
            | "Before"
            | "Once"
            | "Because"
            | "However"
            | "Additionally"
            | "There"
            | "A"
            | "An"
            | "He"
            | "She"
            | "Most"
            | "Many"
            | "Some"
            | "Any"
            | "Every"
            | "One"
            | "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Eleven"
            | "Twelve"
            | "Please"
            | "Der"
            | "Die"
            | "Das"
            | "Wir"
            | "Sie"
            | "Es"
            | "Diese"
            | "Dieser"
            | "Nous"
            | "Il"
            | "Elle"
            | "Ils"
            | "Elles"
            | "Ce"
            | "Cette"
            | "Ces"
            | "Le"
            | "Les"
            | "Nosotros"
            | "El"
            | "Los"
            | "Las"
            | "Este"
            | "Esta"
            | "Estos"
            | "Estas"
    )
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',').next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // A single letter ("J. Smith", "U.S.") is an initial.
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    // Lower-casing never makes or removes a '.', so the dots can be trimmed first; an ASCII word
    // longer than eight bytes is no abbreviation (the longest, "approx", has six).
    let word = word.trim_end_matches('.');
    if word.is_ascii() {
        return word.len() <= 8 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
    }
    let lw = word.to_lowercase();
    ABBREVIATIONS.contains(&lw.as_str())
}

/// Bytes that can start a whitespace character: ASCII whitespace (`\t \n \x0b \x0c \r` and
/// space) and the lead bytes of the Unicode `White_Space` characters beyond ASCII (U+0085,
/// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
const WS_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(i as u8, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        i += 1;
    }
    t
};

/// The length of the whitespace character at byte `i` of `s`, or 0.
#[inline(always)]
fn ws_len_at(s: &str, i: usize) -> usize {
    match s.as_bytes()[i] {
        b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => 1,
        0xc2 | 0xe1 | 0xe2 | 0xe3 => match s[i..].chars().next() {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// Whether the eight bytes of `s` at `i` are plain text between single spaces: ASCII, with no
/// whitespace but spaces, no two spaces together and none last. (Given a non-whitespace byte
/// before `i`, [`squash_ws`] has nothing to do there.) Bytes are tested eight at a time, in a
/// `u64`: for bytes below 0x80, adding `0x80 - c` to each sets its top bit exactly when the
/// byte is `c` or more, without a carry into the next byte.
#[inline(always)]
fn plain8(b: &[u8], i: usize) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5], b[i + 6], b[i + 7]]);
    if x & HI != 0 {
        return false;
    }
    // Top bit of each byte below 0x21 (whitespace and control characters) …
    let low = !(x + 0x5f * LO) & HI;
    // … and of each space.
    let space = !((x ^ (0x20 * LO)) + 0x7f * LO) & HI;
    low == space && space & (space >> 8) == 0 && space >> 63 == 0
}

/// `s.contains(chars)`, found with `memchr` on the characters' first bytes instead of decoding
/// every character of `s` (at most three distinct first bytes; more fall back to `str::contains`).
pub fn contains_any_char(s: &str, chars: &[char]) -> bool {
    let mut lead = [0u8; 3];
    let mut n = 0;
    for c in chars {
        let b = c.encode_utf8(&mut [0u8; 4]).as_bytes()[0];
        if !lead[..n].contains(&b) {
            if n == lead.len() {
                return s.contains(chars);
            }
            lead[n] = b;
            n += 1;
        }
    }
    let hay = s.as_bytes();
    // A first byte is never a continuation byte: each hit is a character boundary.
    let at = |i: usize| s[i..].starts_with(chars);
    match n {
        0 => false,
        1 => memchr::memchr_iter(lead[0], hay).any(at),
        2 => memchr::memchr2_iter(lead[0], lead[1], hay).any(at),
        _ => memchr::memchr3_iter(lead[0], lead[1], lead[2], hay).any(at),
    }
}

/// Collapses all whitespace runs to single spaces and trims.
pub fn squash_ws(s: &str) -> String {
    // `split_whitespace` joined by single spaces, copying whole spans: text between runs of
    // whitespace that are not a single ' ' is copied at once. Plain text between single spaces
    // is stepped over eight bytes at a time ([`plain8`]); elsewhere, bytes that cannot start a
    // whitespace character are skipped with one table lookup each ([`WS_LEAD`]); only the lead
    // bytes of non-ASCII whitespace are decoded.
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut from = 0; // start of the text not yet copied
    let mut i = 0;
    // (At the top of this loop the byte before `i`, if any, is not whitespace.)
    while i < n {
        if i > 0 && i + 8 <= n && plain8(b, i) {
            i += 8;
            continue;
        }
        let stop = (i + 8).min(n);
        while i < stop {
            if !WS_LEAD[b[i] as usize] {
                i += 1;
                continue;
            }
            let w = ws_len_at(s, i);
            if w == 0 {
                i += 1;
                continue;
            }
            // A whitespace run [i, j).
            let mut j = i + w;
            while j < n {
                let w = ws_len_at(s, j);
                if w == 0 {
                    break;
                }
                j += w;
            }
            if !(j - i == 1 && b[i] == b' ' && i > 0 && j < n) {
                out.push_str(&s[from..i]);
                if !out.is_empty() && j < n {
                    out.push(' ');
                }
                from = j;
            }
            i = j;
        }
    }
    out.push_str(&s[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_ordinal_dates_do_not_end_sentences() {
        let s = "Ab dem 1. März 2025 geben wir Daten weiter. Neu ist das.";
        let v = split_sentences(s);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(s[v[0].0..v[0].1].starts_with("Ab dem 1. März"));
        // A numbered item still ends a sentence before a capitalised non-month.
        assert_eq!(split_sentences("Wir haben 3. Dann gehen wir.").len(), 2);
    }

    fn words(s: &str) -> Vec<String> {
        let (l, t) = tokenize(s);
        t.iter().map(|t| t.norm(&l).to_string()).collect()
    }

    #[test]
    fn tokenizes_contractions_elisions_hyphens() {
        assert_eq!(words("We don't share"), ["we", "don't", "share"]);
        assert_eq!(words("l'adresse e-mail"), ["l", "adresse", "e", "mail"]);
        assert_eq!(words("our partners' tools, Facebook's ads"), ["our", "partners", "tools", ",", "facebook", "ads"]);
        assert_eq!(words("Über Straße"), ["uber", "strasse"]);
        assert_eq!(words("third-party — cookies"), ["third", "party", "\u{2014}", "cookies"]);
    }

    #[test]
    fn offsets_point_into_original() {
        let s = "Wir teilen Ihre Daten.";
        let (_, t) = tokenize(s);
        assert_eq!(t[2].orig(s), "Ihre");
        assert!(t[2].cap);
        assert_eq!(t[4].punct, Some('.'));
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let s = "We share data with WhatsApp Inc. and others, e.g. Facebook. Then we stop! Is it new? Yes.";
        let parts: Vec<&str> = split_sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            parts,
            ["We share data with WhatsApp Inc. and others, e.g. Facebook.", "Then we stop!", "Is it new?", "Yes."]
        );
    }

    #[test]
    fn long_runs_are_cut() {
        let s = "word ".repeat(2000);
        let parts = split_sentences(&s);
        assert!(parts.len() >= 8);
        assert!(parts.iter().all(|(a, b)| b - a <= 1300));
    }

    #[test]
    fn contains_any_char_matches_str_contains() {
        let sets: [&[char]; 4] =
            [&['>', '\u{203a}', '\u{2192}', '\u{bb}'], &['x'], &['a', '\u{e9}'], &['a', 'b', 'c', 'd']];
        for s in [
            "", "a", "x > y", "Konto \u{203a} Daten", "\u{2190}\u{2192}", "\u{ab}q\u{bb}", "\u{e8}\u{e9}", "\u{2191}",
            "dcb",
        ] {
            for set in sets {
                assert_eq!(contains_any_char(s, set), s.contains(set), "{s:?} {set:?}");
            }
        }
    }

    #[test]
    fn squash_ws_matches_split_whitespace() {
        for s in [
            "", " ", "  ", "a", " a", "a ", " a  b ", "a b c", "a  b c  d", "\u{a0}x\u{2003}y\u{3000}",
            "a\x0bb\x0cc\x1cd", "é  ü\n\tß", "\u{85}\u{2028}q\u{202f}r\u{205f}", "x \u{a0}",
            "\u{e9}\u{1680}\u{20ac}\u{2000}\u{200b}z", "a\u{200a}b", "\u{2029}",
        ] {
            assert_eq!(squash_ws(s), s.split_whitespace().collect::<Vec<_>>().join(" "), "{s:?}");
        }
    }

    /// One xorshift step: the pseudo-random source of the randomised equivalence tests.
    fn next(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    #[test]
    fn squash_ws_matches_split_whitespace_on_random_text() {
        let alphabet = [
            "a", "Z", "9", ".", " ", " ", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x7f", "~", "!",
            "\u{a0}", "\u{e9}", "\u{2003}", "\u{3000}", "\u{20ac}", "\u{85}",
        ];
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20000 {
            let mut t = String::new();
            next(&mut x);
            let len = (x % 40) as usize;
            for _ in 0..len {
                next(&mut x);
                // Mostly letters, so that eight plain bytes in a row occur.
                let k = (x >> 3) % 64;
                t.push_str(if k < 44 {
                    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR".get(k as usize..k as usize + 1).unwrap()
                } else {
                    alphabet[(k - 44) as usize % alphabet.len()]
                });
            }
            assert_eq!(squash_ws(&t), t.split_whitespace().collect::<Vec<_>>().join(" "), "{t:?}");
        }
    }

    #[test]
    fn normalize_phrase_matches_word_by_word() {
        fn word_by_word(phrase: &str) -> String {
            let mut out = String::new();
            for w in phrase.split_whitespace() {
                let (lower, toks) = tokenize(w);
                for t in &toks {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(t.norm(&lower));
                }
            }
            out
        }
        for s in [
            "", "  Categories of Recipients ", "l'adresse e-mail", "a -b c- - d", "Facebook's ads, don't",
            "x\u{2011}y \u{2014} z", "né.e (\"quoted\")", "it's  '  s'", "Straße ŒUVRE", "a'b'c d\u{2019}",
        ] {
            assert_eq!(normalize_phrase(s), word_by_word(s), "{s:?}");
        }
    }

    #[test]
    fn ascii_tokenizer_matches_the_general_one() {
        let fixed = [
            "", " ", "We don't share", "l'adresse e-mail", "our partners' tools, Facebook's ads",
            "third-party - cookies", "a -b c- - d", "it's  '  s'", "a'b'c d'", "x.y,z;(q)[r]/s>t\"u\"!?:",
            "iSpot eBay IBM a1 1a", "'", "a'", "'s", "-a", "a-", "--", "a--b", "D'Artagnan QU'IL Jusqu'ici",
            "tab\there\nnew\rline", "~`@#$%^&*_=+{}|\\<",
            // Em and en dashes, which the ASCII tokenizer reads too.
            "Recipient \u{2014} Data \u{2014} Purpose", "a\u{2014}b", "a-\u{2013}-b", "x'\u{2014}", "\u{2014}'s",
            "\u{2013}", "Facebook's\u{2014}ads", "e-\u{2014}mail", "it'\u{2013}s",
        ];
        for s in fixed {
            assert_eq!(tokenize_ascii(s, true), tokenize_any(s), "{s:?}");
            assert_eq!(tokenize_ascii(s, false).0, tokenize_any(s).0, "{s:?}");
        }
        // Pseudo-random strings over an alphabet of the characters that matter.
        let alphabet: Vec<char> = "aZ9' -.,;:!?()\"/[]>\t_sS\u{2014}\u{2013}".chars().collect();
        let mut x: u64 = 0x2545f4914f6cdd1d;
        for _ in 0..20000 {
            let mut t = String::new();
            next(&mut x);
            let len = (x % 24) as usize;
            for _ in 0..len {
                next(&mut x);
                t.push(alphabet[(x % alphabet.len() as u64) as usize]);
            }
            assert_eq!(tokenize_ascii(&t, true), tokenize_any(&t), "{t:?}");
            assert_eq!(tokenize_ascii(&t, false).0, tokenize_any(&t).0, "{t:?}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "...", "'", "a'", "\u{2019}s", "—", "é'", "x.\u{201d}", "ǅ'ǅ", "a-", "-a", "\0\0"] {
            let _ = tokenize(s);
            let _ = split_sentences(s);
        }
    }
}
