//! Main-text extraction: HTML (via `scraper`), Markdown or plain text → a [`Document`] of blocks
//! (headings, paragraphs, list items), each knowing its section heading.
//!
//! Dropped from HTML: `<head>`, scripts, styles, templates, navigation, site headers and footers,
//! asides, forms, dialogs and cookie banners, hidden elements (`hidden`, `aria-hidden`,
//! `display:none`), and boilerplate containers recognised by class/id ("related", "breadcrumb",
//! "share", "newsletter" …) unless they look like the content itself.

use crate::lexicon;
use crate::text::squash_ws;
use scraper::{node::Node, Html};

/// The markup of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputType {
    /// An HTML page.
    Html,
    /// Markdown.
    Markdown,
    /// Plain text (paragraphs separated by blank lines).
    Text,
}

impl InputType {
    /// Parses `html`, `markdown`/`md`, `text`/`txt`.
    pub fn parse(s: &str) -> Option<InputType> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "htm" | "xhtml" => Some(InputType::Html),
            "markdown" | "md" => Some(InputType::Markdown),
            "text" | "txt" | "plain" => Some(InputType::Text),
            _ => None,
        }
    }
    /// Guesses from the content: HTML if it starts with a tag, otherwise Markdown if it has
    /// Markdown headings, otherwise text.
    pub fn sniff(content: &str) -> InputType {
        let head = content.trim_start().get(..512).unwrap_or(content.trim_start());
        let hl = head.to_ascii_lowercase();
        if hl.starts_with("<!doctype") || hl.starts_with("<html") || hl.starts_with('<') && hl.contains('>') {
            InputType::Html
        } else if content.lines().take(200).any(|l| l.starts_with("# ") || l.starts_with("## ")) {
            InputType::Markdown
        } else {
            InputType::Text
        }
    }
}

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading of the given level (1–6).
    Heading(u8),
    /// A paragraph or other block of running text.
    Paragraph,
    /// A list item.
    ListItem,
}

/// A block of main text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Whitespace-normalised text.
    pub text: String,
    /// What the block is.
    pub kind: BlockKind,
    /// Index (in [`Document::blocks`]) of the heading this block is under.
    pub section: Option<usize>,
}

/// Page-level facts found while extracting.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    /// `<title>` (or the first `<h1>`).
    pub title: Option<String>,
    /// `<html lang>`.
    pub lang_attr: Option<String>,
    /// `og:type` is `article`, or there is an `article:published_time`.
    pub article_meta: bool,
    /// A byline: `meta[name=author]`, `rel=author` or a `.byline`/`.author` element.
    pub byline: bool,
}

/// The extracted main text of a page.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
    /// Page-level facts.
    pub meta: PageMeta,
    /// Index of the last heading pushed.
    last_heading: Option<usize>,
}

impl Document {
    /// The section heading text of block `i`, if any.
    pub fn section_of(&self, i: usize) -> Option<&str> {
        self.blocks[i].section.map(|h| self.blocks[h].text.as_str())
    }
    /// All text, blocks separated by newlines.
    pub fn full_text(&self) -> String {
        let mut s = String::new();
        for b in &self.blocks {
            s.push_str(&b.text);
            s.push('\n');
        }
        s
    }
    fn push(&mut self, text: &str, kind: BlockKind) {
        let text = squash_ws(text);
        if text.is_empty() || !text.chars().any(char::is_alphanumeric) {
            return;
        }
        // "<h2>Sharing We give your name … to our couriers. Our shop platform …</h2>": a heading
        // element holding several sentences is a paragraph, after its label where a sentence's
        // opening word ("We", "Our", "If") shows where the label ends.
        // ("<h2>Who receives your information - Couriers receive … - Our processor …</h2>": a
        // list run into its heading; the items are list items.)
        if matches!(kind, BlockKind::Heading(_)) && text.split(' ').count() > 25 {
            if let Some(at) = text.find(" - ").filter(|&at| text[..at].split(' ').count() <= 10) {
                let items: Vec<String> = text[at + 3..].split(" - ").map(str::to_string).collect();
                if items.len() >= 2 || items.iter().any(|i| i.contains(". ") || i.ends_with('.')) {
                    self.push(&text[..at].to_string(), kind);
                    for item in items {
                        self.push(&item, BlockKind::ListItem);
                    }
                    return;
                }
            }
        }
        if matches!(kind, BlockKind::Heading(_)) {
            if let Some((label, body)) = heading_with_prose(&text) {
                if !label.is_empty() {
                    self.push(label, kind);
                }
                let body = body.to_string();
                self.push(&body, BlockKind::Paragraph);
                return;
            }
        }
        let section = match kind {
            BlockKind::Heading(_) => None,
            _ => self.current_heading(),
        };
        if matches!(kind, BlockKind::Heading(_)) {
            self.last_heading = Some(self.blocks.len());
        }
        self.blocks.push(Block { text, kind, section });
    }
    fn current_heading(&self) -> Option<usize> {
        self.last_heading
    }
}

/// A heading's text that is prose (more than 25 words and more than one sentence): its label
/// (possibly empty) and its body.
fn heading_with_prose(text: &str) -> Option<(&str, &str)> {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let sentences =
        text.match_indices(". ").filter(|(i, _)| text[i + 2..].chars().next().is_some_and(char::is_uppercase)).count();
    if words.len() <= 25 || sentences == 0 {
        return None;
    }
    let split =
        words.iter().take(8).skip(1).find(|(_, w)| crate::lexicon::SENTENCE_OPENERS.contains(w)).map(|&(at, _)| at);
    Some(match split {
        Some(at) => (text[..at].trim_end(), &text[at..]),
        None => ("", text),
    })
}

/// Extracts the main text of `content`.
pub fn extract(content: &str, ty: InputType) -> Document {
    let mut doc = match ty {
        InputType::Html => extract_html(content),
        InputType::Markdown => extract_markdown(content),
        InputType::Text => extract_text(content),
    };
    split_inline_lists(&mut doc);
    pipe_tables(&mut doc);
    drop_glossaries(&mut doc);
    doc
}

/// "Recipient | What they receive | Why" over "Your driver | your first name … | to complete your
/// trip": paragraphs typed as a text table, two or more in a row with as many cells, become table
/// rows (cells set off by dashes, as HTML and Markdown tables are). A lone "Home | About" line is
/// left alone.
fn pipe_tables(doc: &mut Document) {
    const PIPE: &str = " | ";
    // (Most blocks have no '|': one `memchr` instead of setting up a substring search.)
    // ("- Partner | Purpose | Data shared" over "- Stripe | Billing | Name, card details": list
    // items typed as a table are rows too.)
    let cells = |b: &Block| {
        if matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem) && b.text.contains('|') {
            b.text.matches(PIPE).count()
        } else {
            0
        }
    };
    let mut i = 0;
    while i < doc.blocks.len() {
        let n = cells(&doc.blocks[i]);
        if n == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < doc.blocks.len() && cells(&doc.blocks[j]) == n {
            j += 1;
        }
        if j - i >= 2 {
            for b in &mut doc.blocks[i..j] {
                b.text = b.text.replace(PIPE, " \u{2014} ");
            }
        }
        i = j;
    }
}

/// Removes the rows of glossary tables ("Term — Meaning" over "Platform — Any websites, mobile
/// apps or other technologies that we provide…"): a definition states no practice, yet reads
/// like one. The header row and each row after it with as many cells go, up to the next heading.
fn drop_glossaries(doc: &mut Document) {
    const SEP: &str = " \u{2014} ";
    let is_header = |b: &Block| {
        if b.kind != BlockKind::Paragraph || b.text.len() > 80 {
            return false;
        }
        // Two cells, each normalised only when the one before is a header.
        let mut cells = b.text.split(SEP);
        let (Some(a), Some(m), None) = (cells.next(), cells.next(), cells.next()) else {
            return false;
        };
        lexicon::GLOSSARY_TERM_HEADERS.contains(&crate::text::normalize_phrase(a).as_str())
            && lexicon::GLOSSARY_MEANING_HEADERS.contains(&crate::text::normalize_phrase(m).as_str())
    };
    if !doc.blocks.iter().any(|b| b.text.contains(SEP) && is_header(b)) {
        return;
    }
    let mut keep = vec![true; doc.blocks.len()];
    let mut i = 0;
    while i < doc.blocks.len() {
        if !(doc.blocks[i].text.contains(SEP) && is_header(&doc.blocks[i])) {
            i += 1;
            continue;
        }
        keep[i] = false;
        i += 1;
        while i < doc.blocks.len()
            && doc.blocks[i].kind == BlockKind::Paragraph
            && doc.blocks[i].text.matches(SEP).count() == 1
        {
            keep[i] = false;
            i += 1;
        }
    }
    let old = std::mem::take(&mut doc.blocks);
    let mut map: Vec<usize> = Vec::with_capacity(old.len());
    let mut blocks: Vec<Block> = Vec::with_capacity(old.len());
    for (b, k) in old.into_iter().zip(keep) {
        map.push(blocks.len());
        if k {
            blocks.push(b);
        }
    }
    relink(doc, blocks, &map);
}

/// "Wir setzen folgende Dienstleister ein: - Hetzner Online GmbH (Hosting) - Zoom … - GoCardless
/// Ltd. …": a list flattened into one paragraph (a list typed without line breaks, or whose
/// markup was lost) becomes the lead-in paragraph and one list item per entry. Only after a colon
/// and with at least two entries, so a dash inside a sentence stays as it is.
fn split_inline_lists(doc: &mut Document) {
    const ITEM: &str = " - ";
    let splits = |t: &str| -> Option<Vec<(usize, usize)>> {
        let start = t.find(": - ")? + 1;
        let mut cuts: Vec<usize> = t[start..].match_indices(ITEM).map(|(i, _)| start + i).collect();
        if cuts.len() < 2 {
            return None;
        }
        cuts.push(t.len());
        Some(cuts.windows(2).map(|w| (w[0] + ITEM.len(), w[1])).filter(|(a, b)| b > a).collect())
    };
    if !doc.blocks.iter().any(|b| b.kind == BlockKind::Paragraph && b.text.contains(": - ")) {
        return;
    }
    let old = std::mem::take(&mut doc.blocks);
    // Old block index → new index, for the section links.
    let mut map: Vec<usize> = Vec::with_capacity(old.len());
    let mut blocks: Vec<Block> = Vec::with_capacity(old.len() + 8);
    for b in old {
        map.push(blocks.len());
        let parts = if b.kind == BlockKind::Paragraph { splits(&b.text) } else { None };
        match parts {
            Some(items) => {
                let lead_end = b.text.find(": - ").map_or(b.text.len(), |i| i + 1);
                blocks.push(Block {
                    text: b.text[..lead_end].to_string(),
                    kind: BlockKind::Paragraph,
                    section: b.section,
                });
                for (a, e) in items {
                    blocks.push(Block {
                        text: b.text[a..e].trim().to_string(),
                        kind: BlockKind::ListItem,
                        section: b.section,
                    });
                }
            }
            None => blocks.push(b),
        }
    }
    relink(doc, blocks, &map);
}

/// Puts `blocks` in place of the document's, `map` giving each old block's new index: section
/// links follow their headings (which the passes above never drop).
fn relink(doc: &mut Document, mut blocks: Vec<Block>, map: &[usize]) {
    for b in &mut blocks {
        b.section = b.section.map(|h| map[h]);
    }
    doc.last_heading = doc.last_heading.map(|h| map[h]);
    doc.blocks = blocks;
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
const SKIP_TAGS: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "footer",
    "aside", "form", "button", "select", "option", "textarea", "input", "menu", "dialog", "video", "audio", "math",
    "map", "datalist",
];
#[cfg(test)]
const BLOCK_TAGS: &[&str] = &[
    "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "dl", "section",
    "article", "main", "blockquote", "pre", "address", "figure", "figcaption", "details", "summary", "hr", "br",
    "header", "body", "caption", "fieldset", "center", "tbody", "thead", "tfoot",
];
const SKIP_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "dialog", "alertdialog", "complementary", "search", "menu", "menubar",
    "toolbar", "tablist",
];
const BOILERPLATE_TOKENS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "related", "share",
    "social", "comments", "comment", "newsletter", "promo", "advert", "advertisement", "banner", "consent", "onetrust",
    "cookiebanner", "popup", "modal", "overlay", "skip", "toolbar", "masthead", "subscribe", "signup", "cart",
    "recommended", "trending", "widget", "sharebar", "visually", "sronly", "screenreader", "cc", "gdpr-banner", "toc",
];
const CONTENT_TOKENS: &[&str] = &[
    "content", "main", "article", "body", "post", "entry", "page", "policy", "privacy", "terms", "legal", "text",
    "notice", "document",
];

/// Appends the class/id tokens of `v` (lower-case) to `buf`, their ranges to `out`: the runs of
/// ASCII alphanumerics, then the whitespace-separated words with all other characters removed
/// ("sr-only" → "sr", "only", "sronly"; "cookie-banner" → "cookiebanner").
fn class_tokens(v: &str, buf: &mut String, out: &mut Vec<(usize, usize)>) {
    for t in v.split(|c: char| !c.is_ascii_alphanumeric()) {
        if !t.is_empty() {
            let a = buf.len();
            buf.extend(t.chars().map(|c| c.to_ascii_lowercase()));
            out.push((a, buf.len()));
        }
    }
    // The words of `v` with every character but ASCII alphanumerics and whitespace removed.
    let mut a = buf.len();
    for c in v.chars() {
        if c.is_whitespace() {
            if buf.len() > a {
                out.push((a, buf.len()));
            }
            a = buf.len();
        } else if c.is_ascii_alphanumeric() {
            buf.push(c.to_ascii_lowercase());
        }
    }
    if buf.len() > a {
        out.push((a, buf.len()));
    }
}

/// An attribute without namespace or prefix, as [`scraper::node::Element::attr`] finds it, without
/// interning the name (attribute lists are short: a linear scan is cheaper).
#[inline]
fn attr<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    el.attrs.iter().find(|(q, _)| q.prefix.is_none() && q.ns.is_empty() && &*q.local == name).map(|(_, v)| &**v)
}

fn is_skip_tag(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "canvas"
            | "iframe"
            | "object"
            | "embed"
            | "nav"
            | "footer"
            | "aside"
            | "form"
            | "button"
            | "select"
            | "option"
            | "textarea"
            | "input"
            | "menu"
            | "dialog"
            | "video"
            | "audio"
            | "math"
            | "map"
            | "datalist"
    )
}

fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "ul"
            | "ol"
            | "dl"
            | "section"
            | "article"
            | "main"
            | "blockquote"
            | "pre"
            | "address"
            | "figure"
            | "figcaption"
            | "details"
            | "summary"
            | "hr"
            | "br"
            | "header"
            | "body"
            | "caption"
            | "fieldset"
            | "center"
            | "tbody"
            | "thead"
            | "tfoot"
    )
}

/// Scratch buffers for [`should_skip`].
#[derive(Default)]
struct SkipScratch {
    buf: String,
    toks: Vec<(usize, usize)>,
}

fn should_skip(el: &scraper::node::Element, parent_is_body: bool, scratch: &mut SkipScratch) -> bool {
    let name = el.name();
    if is_skip_tag(name) {
        return true;
    }
    if name == "header" && parent_is_body {
        return true;
    }
    if el.attrs.is_empty() {
        // Nothing below can hold without attributes.
        return false;
    }
    if attr(el, "hidden").is_some() || attr(el, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    if let Some(style) = attr(el, "style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if let Some(role) = attr(el, "role") {
        if SKIP_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()) {
            return true;
        }
    }
    if name == "main" || name == "article" || name == "body" || name == "html" {
        return false;
    }
    let SkipScratch { buf, toks } = scratch;
    buf.clear();
    toks.clear();
    if let Some(c) = attr(el, "class") {
        class_tokens(c, buf, toks);
    }
    // An id made from a heading's text ("who-we-share-information-with") is an anchor, not a
    // component's name ("cookie-law-info-bar"): headings' ids, and ids of three words or more
    // with the words of a sentence in them.
    let slug = |i: &str| {
        let words: Vec<&str> = i.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
        words.len() >= 3
            && words.iter().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "we" | "our"
                        | "you"
                        | "your"
                        | "how"
                        | "who"
                        | "what"
                        | "whom"
                        | "why"
                        | "when"
                        | "with"
                        | "information"
                        | "data"
                        | "personal"
                )
            })
    };
    if let Some(i) = attr(el, "id").filter(|i| !matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") && !slug(i)) {
        class_tokens(i, buf, toks);
    }
    if toks.is_empty() {
        return false;
    }
    let tok = |&(a, b): &(usize, usize)| &buf[a..b];
    if toks.iter().map(tok).any(|t| CONTENT_TOKENS.contains(&t)) {
        return false;
    }
    toks.iter().map(tok).any(|t| BOILERPLATE_TOKENS.contains(&t) || t.starts_with("cookie") && t.len() > 6)
}

/// Whether a paragraph is a list of links (a table of contents, "Related: A · B · C"): three
/// links or more that hold nine tenths of its text. Or, where the links' markup is gone, whether
/// it reads as link texts run together ("About this noticeTerms we useHow we share data…").
fn link_list(text: &str, links: usize, link_chars: usize) -> bool {
    if text.len() < 40 || has_sentence_end(text) {
        return false;
    }
    let chars = text.chars().filter(|c| !c.is_whitespace()).count();
    links >= 3 && link_chars * 10 >= chars * 9 || run_together(text)
}

/// Whether a paragraph is one link and nothing else, an entry of a table of contents that points
/// elsewhere rather than says something ("Content others share or reshare about you", "Why is
/// information transferred to other countries?"): three words or more, nine tenths of them the
/// link's, and no final full stop. Or the orphaned tail of a Markdown link whose opening bracket
/// is on another line ("Privacy Center](https://…)").
fn nav_link_line(text: &str, links: usize, link_chars: usize) -> bool {
    let t = text.trim();
    if let Some(i) = t.find("](http") {
        if t.ends_with(')') && !t[..i].contains('[') && !t[i..].contains(char::is_whitespace) {
            return true;
        }
    }
    if links != 1 || t.ends_with('.') || t.split_whitespace().nth(2).is_none() {
        return false;
    }
    let chars = t.chars().filter(|c| !c.is_whitespace()).count();
    link_chars * 10 >= chars * 9
}

/// Whether text ends a sentence: a final full stop, or one followed by a capital ("Inc. group" is
/// none).
fn has_sentence_end(text: &str) -> bool {
    let b = text.trim_end().as_bytes();
    b.last() == Some(&b'.') || b.windows(3).any(|w| w[0] == b'.' && w[1] == b' ' && w[2].is_ascii_uppercase())
}

/// Whether text is headings or link texts run together without spaces ("About this privacy
/// noticeTerms we may use…Personal data we collect"): four joins or more of a lower-case word
/// end and a capitalised word ("noticeTerms", not "WhatsApp" once), at least one per 80
/// characters.
fn run_together(text: &str) -> bool {
    if text.len() < 120 {
        return false;
    }
    let b = text.as_bytes();
    let joins = (1..b.len().saturating_sub(2))
        .filter(|&i| {
            b[i - 1].is_ascii_lowercase()
                && b[i].is_ascii_uppercase()
                && b[i + 1].is_ascii_lowercase()
                && b[i + 2].is_ascii_lowercase()
        })
        .count();
    joins >= 4 && joins * 80 >= text.len()
}

struct Builder {
    doc: Document,
    cur: String,
    cur_kind: BlockKind,
    bold_chars: usize,
    bold_depth: usize,
    /// Links opened in the current block, and the characters of their text.
    links: usize,
    link_chars: usize,
    link_depth: usize,
    /// The data-table cell being read: inside it, line breaks, paragraphs and list items are
    /// lines of the cell ([`cell_sep`]), not blocks, so that the row stays one block.
    cell: Option<ego_tree::NodeId>,
    /// A line of the cell ended; the next text says how it joins on.
    cell_break: bool,
    /// Where each table cell of the current block starts in `cur` (empty outside a row).
    cell_starts: Vec<usize>,
    /// For each table open around the text: whether it has a header row (a table of data, whose
    /// rows are never read as layout).
    tables: Vec<bool>,
}

/// What joins two lines of a table cell ("Inferences<br>Your preferences …", "<li>Google</li>
/// <li>Meta</li>"): nothing after punctuation or before a continuation ("(for example, Twilio)",
/// a lower-case word); a `,` after a short line (an item of a list); a `;` after a long one (a
/// clause). So the cell's lines read as lists and clauses, and the row stays one block.
fn cell_sep(prev: &str, next: &str) -> &'static str {
    let t = prev.trim_end();
    let n = next.trim_start();
    if t.is_empty()
        || t.ends_with(['.', ';', ':', ',', '!', '?', '\u{2014}', '('])
        || n.starts_with(['(', ',', '.', ';', ':', ')'])
        || n.chars().next().is_some_and(char::is_lowercase)
    {
        return " ";
    }
    let line = t.rsplit(['.', ';', ':', '\u{2014}']).next().unwrap_or(t).trim();
    if line.len() <= 40 {
        ", "
    } else {
        "; "
    }
}

/// Whether table cell `node` holds data (a few lines, a list) rather than a page laid out in a
/// table: one of several cells in its row, without headings, forms or nested tables, and not
/// much text. Looks at a bounded number of
/// nodes, so a layout table of any size costs little.
fn data_cell(node: ego_tree::NodeRef<'_, Node>) -> bool {
    // A cell alone in its row is a layout box (e-mail templates are tables of those).
    let cells = node.parent().map_or(0, |row| {
        row.children()
            .filter(|c| c.value().as_element().is_some_and(|e| matches!(e.name(), "td" | "th")))
            .take(2)
            .count()
    });
    if cells < 2 {
        return false;
    }
    let mut text = 0usize;
    for (k, d) in node.descendants().enumerate() {
        if k > 300 {
            return false;
        }
        match d.value() {
            Node::Text(t) => {
                text += t.len();
                if text > 2500 {
                    return false;
                }
            }
            Node::Element(el) => {
                if matches!(
                    el.name(),
                    "h1" | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "table"
                        | "form"
                        | "nav"
                        | "article"
                        | "section"
                        | "main"
                        | "header"
                        | "footer"
                        | "aside"
                ) {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Whether a paragraph is a short title-cased line ("Asset Transfer or Company Acquisition"):
/// two to eight words, every word of four letters or more capitalised, no sentence punctuation.
/// Such a line is a heading even when the page did not mark it up as one.
fn title_line(text: &str) -> bool {
    let t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && !t.contains(['.', ',', ';', ':', '!', '?', '(', '"', '\u{201c}'])
        && words.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters < 4 || w.chars().next().is_some_and(|c| c.is_uppercase())
        })
        && words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count() >= 2
}

impl Builder {
    fn flush(&mut self) {
        if !self.cur.trim().is_empty() {
            let text = &self.cur;
            let mut kind = self.cur_kind;
            // A short, entirely bold paragraph without final punctuation is a heading. (Without
            // bold text, no paragraph is: its length is not counted.)
            let short_and_bold = self.bold_chars > 0 && {
                let len = text.trim().chars().count();
                len > 0 && len <= 100 && self.bold_chars * 10 >= len * 9
            };
            // A title-cased line that is one link ("Apple Health Study Apps Privacy Policy" in a
            // list of related documents) points elsewhere; it heads nothing here.
            let one_link = self.links == 1 && {
                let chars = text.chars().filter(|c| !c.is_whitespace()).count();
                self.link_chars * 10 >= chars * 9
            };
            // (A table row of bold cells is the table's header row, no heading over it.)
            if kind == BlockKind::Paragraph
                && (short_and_bold || (title_line(text) && !one_link))
                && self.cell_starts.len() < 2
                && !text.trim_end().ends_with(['.', ',', ';'])
            {
                kind = BlockKind::Heading(4);
            }
            let layout = if self.tables.last() == Some(&false) { layout_row(text, &self.cell_starts) } else { None };
            match layout {
                Some(LayoutRow::Label(label)) => self.doc.push(label, BlockKind::Heading(6)),
                Some(LayoutRow::Text(t)) => self.doc.push(t, kind),
                Some(LayoutRow::Labelled(label, prose)) => {
                    self.doc.push(label, BlockKind::Heading(6));
                    self.doc.push(prose, BlockKind::Paragraph);
                }
                None => {
                    if !(kind == BlockKind::Paragraph
                        && (link_list(text, self.links, self.link_chars)
                            || self.cell_starts.len() < 2 && nav_link_line(text, self.links, self.link_chars)))
                    {
                        self.doc.push(text, kind);
                    }
                }
            }
        }
        self.cell_starts.clear();
        self.cur.clear();
        self.cur_kind = BlockKind::Paragraph;
        self.bold_chars = 0;
        self.links = 0;
        self.link_chars = 0;
    }
}

/// Whether `table` has a header row: a `<th>` cell, or a first row of two or more short labels
/// ("Category | Recipients"). Looks at a bounded number of nodes.
fn has_header_row(table: ego_tree::NodeRef<'_, Node>) -> bool {
    let mut first_row = None;
    for (k, d) in table.descendants().enumerate() {
        if k > 2000 {
            break;
        }
        if let Node::Element(el) = d.value() {
            match el.name() {
                "th" => return true,
                "tr" if first_row.is_none() => first_row = Some(d),
                _ => {}
            }
        }
    }
    let Some(row) = first_row else { return false };
    let cells: Vec<String> = row
        .children()
        .filter(|c| c.value().as_element().is_some_and(|e| e.name() == "td"))
        .map(|c| {
            squash_ws(&c.descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect::<String>())
        })
        .filter(|t| !t.is_empty())
        .collect();
    cells.len() >= 2 && cells.iter().all(|t| t.chars().count() <= 40 && !t.ends_with('.'))
}

/// A table row that is page layout rather than data.
enum LayoutRow<'a> {
    /// Only one cell has text, a short label: a heading ("Information Collected by Third
    /// Parties" over spacer cells).
    Label(&'a str),
    /// Only one cell has text: that text, without the dashes of the empty cells.
    Text(&'a str),
    /// A short label beside a passage of several sentences: a heading and its paragraph
    /// ("Linked Services | If you authorize … . Linking services may also …").
    Labelled(&'a str, &'a str),
}

/// Whether a cell's text reads as a label: short, no sentence punctuation at its end, and
/// starting with a capital.
fn label_like(t: &str) -> bool {
    t.chars().count() <= 80
        && t.split_whitespace().count() <= 10
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && !t.ends_with(['.', ',', ';', ':', '!', '?'])
}

/// Reads a table row (`text`, its cells starting at `starts`) laid out as a page: spacer cells
/// around one cell of text, or a label beside a passage. Rows of data (several filled cells, or
/// a label beside a short value) are `None` and stay one block, their cells aligned with the
/// header's.
fn layout_row<'a>(text: &'a str, starts: &[usize]) -> Option<LayoutRow<'a>> {
    if starts.len() < 2 {
        return None;
    }
    let mut filled = [""; 2];
    let mut n = 0;
    for (i, &st) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let cell = text.get(st..end)?;
        let cell = cell.strip_suffix(" \u{2014} ").unwrap_or(cell).trim();
        if cell.chars().any(char::is_alphanumeric) {
            if n == 2 {
                return None;
            }
            filled[n] = cell;
            n += 1;
        }
    }
    match n {
        1 if label_like(filled[0]) => Some(LayoutRow::Label(filled[0])),
        1 => Some(LayoutRow::Text(filled[0])),
        2 => {
            let (label, prose) = (filled[0], filled[1]);
            let sentences = prose
                .match_indices(". ")
                .filter(|&(i, _)| prose[i + 2..].chars().next().is_some_and(char::is_uppercase));
            (label_like(label)
                && prose.len() >= 80
                && prose.ends_with(['.', '!', '?', ')', '\u{201d}', '"'])
                && sentences.count() >= 1)
                .then_some(LayoutRow::Labelled(label, prose))
        }
        _ => None,
    }
}

/// `Html::parse_document` into a tree with room for about one node per '<' (an element, or the
/// text after a tag), so that the node vector is not copied over and over as it grows.
fn parse_html(text: &str) -> Html {
    use html5ever::tendril::TendrilSink;
    let nodes = memchr::memchr_iter(b'<', text.as_bytes()).count() + 16;
    let html = Html {
        quirks_mode: html5ever::tree_builder::QuirksMode::NoQuirks,
        tree: ego_tree::Tree::with_capacity(Node::Document, nodes),
    };
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(html), Default::default()).one(text)
}

fn extract_html(content: &str) -> Document {
    let limited = limit_depth(content, MAX_DEPTH);
    let html = parse_html(&limited);
    let mut meta = PageMeta::default();
    let mut first_h1: Option<String> = None;
    let mut main_id = None;
    let mut article_ids = Vec::new();
    let mut body_id = None;
    // Pass 1: page facts and the content root.
    for node in html.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" => {
                if meta.lang_attr.is_none() {
                    meta.lang_attr = attr(el, "lang").or(attr(el, "xml:lang")).map(str::to_string);
                }
            }
            "title" if meta.title.is_none() => {
                let t: String = node.descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect();
                let t = squash_ws(&t);
                if !t.is_empty() {
                    meta.title = Some(t);
                }
            }
            "meta" => {
                let prop = attr(el, "property").or(attr(el, "name")).unwrap_or("").to_ascii_lowercase();
                let val = attr(el, "content").unwrap_or("").to_ascii_lowercase();
                if prop == "og:type" && val == "article" || prop == "article:published_time" {
                    meta.article_meta = true;
                }
                if prop == "author" && !val.is_empty() {
                    meta.byline = true;
                }
            }
            "h1" if first_h1.is_none() => {
                let t: String = node.descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect();
                let t = squash_ws(&t);
                if !t.is_empty() {
                    first_h1 = Some(t);
                }
            }
            "main" if main_id.is_none() => main_id = Some(node.id()),
            "article" => article_ids.push(node.id()),
            "body" if body_id.is_none() => body_id = Some(node.id()),
            "a" if attr(el, "rel").is_some_and(|r| r.contains("author")) => meta.byline = true,
            _ => {}
        }
        if el.attrs.is_empty() {
            continue;
        }
        if let Some(c) = attr(el, "class") {
            // Compared ASCII-case-insensitively: the lower-cased class list's words.
            if c.split_whitespace().any(|t| {
                t.eq_ignore_ascii_case("byline")
                    || t.eq_ignore_ascii_case("author")
                    || t.as_bytes().get(..6).is_some_and(|p| p.eq_ignore_ascii_case(b"byline"))
            }) {
                meta.byline = true;
            }
        }
        if main_id.is_none() && attr(el, "role").is_some_and(|r| r.eq_ignore_ascii_case("main")) {
            main_id = Some(node.id());
        }
    }
    if meta.title.is_none() {
        meta.title = first_h1;
    }
    let mut roots = Vec::new();
    if let Some(m) = main_id {
        roots.push(m);
    }
    if article_ids.len() == 1 {
        roots.push(article_ids[0]);
    }
    roots.push(body_id.unwrap_or(html.tree.root().id()));

    let mut best: Option<Document> = None;
    for root in roots {
        let Some(root_node) = html.tree.get(root) else {
            continue;
        };
        let doc = walk(root_node);
        let chars: usize = doc.blocks.iter().map(|b| b.text.len()).sum();
        if chars >= 200 {
            best = Some(doc);
            break;
        }
        if best.as_ref().is_none_or(|b| b.blocks.iter().map(|b| b.text.len()).sum::<usize>() < chars) {
            best = Some(doc);
        }
    }
    let mut doc = best.unwrap_or_default();
    doc.meta = meta;
    doc
}

/// The deepest element nesting passed to the HTML parser. Browsers stop nesting at a few hundred
/// levels too; deeper markup makes html5ever's scope checks quadratic (60,000 nested `<div>`s
/// took 17 s) while adding nothing a reader could see.
pub const MAX_DEPTH: usize = 256;

/// Elements that never have content (no end tag).
#[cfg(test)]
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "frame", "basefont", "bgsound",
];
/// Elements whose end tag is optional: the parser closes them itself when a sibling starts, so
/// they do not deepen the tree and are never dropped.
#[cfg(test)]
const AUTO_CLOSED_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
    "rp", "rtc", "html", "head", "body", "caption",
];
/// Elements whose content is raw text up to their end tag.
const RAW_TEXT_TAGS: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// A tag found by [`scan_tags`].
struct TagAt<'a> {
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    self_closing: bool,
    /// [`tag_class`] of the name.
    class: u8,
}

/// Calls `f` for each start or end tag of `html` in order, in one linear pass. Comments,
/// doctypes, CDATA and raw-text element contents (`<script>` …) are stepped over.
fn scan_tags<'a>(html: &'a str, mut f: impl FnMut(&TagAt<'a>)) {
    let b = html.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let Some(off) = memchr_lt(&b[i..]) else { break };
        let lt = i + off;
        i = lt + 1;
        if i >= n {
            break;
        }
        if b[i] == b'!' {
            // Comment, doctype or CDATA.
            let close = if html[i..].starts_with("!--") {
                "-->"
            } else if html[i..].starts_with("![CDATA[") {
                "]]>"
            } else {
                ">"
            };
            i = html[i..].find(close).map_or(n, |p| i + p + close.len());
            continue;
        }
        if b[i] == b'?' {
            i = html[i..].find('>').map_or(n, |p| i + p + 1);
            continue;
        }
        let closing = b[i] == b'/';
        let name_start = if closing { i + 1 } else { i };
        if name_start >= n || !b[name_start].is_ascii_alphabetic() {
            continue;
        }
        let mut j = name_start;
        while j < n && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
            j += 1;
        }
        let name = &html[name_start..j];
        // Find the end of the tag, stepping over quoted attribute values.
        let mut k = j;
        loop {
            // Outside quotes: the next '>' or opening quote; inside: the closing quote.
            match memchr::memchr3(b'>', b'"', b'\'', &b[k..]) {
                Some(o) if b[k + o] == b'>' => {
                    k += o;
                    break;
                }
                Some(o) => {
                    let q = b[k + o];
                    match memchr::memchr(q, &b[k + o + 1..]) {
                        Some(c) => k += o + 1 + c + 1,
                        None => {
                            k = n;
                            break;
                        }
                    }
                }
                None => {
                    k = n;
                    break;
                }
            }
        }
        if k >= n {
            break;
        }
        let self_closing = k > j && b[k - 1] == b'/';
        let class = tag_class(name);
        let tag = TagAt { start: lt, end: k + 1, name, closing, self_closing, class };
        f(&tag);
        i = k + 1;
        if !closing && class & RAW_TEXT != 0 {
            if name.eq_ignore_ascii_case("plaintext") {
                break;
            }
            // Skip to the matching end tag (ASCII case-insensitive).
            let needle = format!("</{}", name.to_ascii_lowercase());
            let mut p = i;
            loop {
                let Some(o) = memchr_lt(&b[p..]) else {
                    p = n;
                    break;
                };
                let q = p + o;
                if b.len() >= q + needle.len() && b[q..q + needle.len()].eq_ignore_ascii_case(needle.as_bytes()) {
                    p = q;
                    break;
                }
                p = q + 1;
            }
            i = p;
        }
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', b)
}

/// `name` ASCII-lower-cased into `buf` when it is short enough to be one of the tag names
/// below (the longest has 9 letters); `None` otherwise. (Bytes, compared with the names' bytes:
/// no UTF-8 check needed.)
fn lower_tag<'b>(name: &str, buf: &'b mut [u8; 12]) -> Option<&'b [u8]> {
    let n = name.len();
    if n > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(name.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..n])
}

/// [`tag_class`]: one of [`VOID_TAGS`].
const VOID: u8 = 1;
/// [`tag_class`]: one of [`AUTO_CLOSED_TAGS`].
const AUTO_CLOSED: u8 = 2;
/// [`tag_class`]: one of [`RAW_TEXT_TAGS`].
const RAW_TEXT: u8 = 4;

/// Which of the tag-name lists `name` (any case) is on, as [`VOID`], [`AUTO_CLOSED`] and
/// [`RAW_TEXT`] bits (the lists share no name).
fn tag_class(name: &str) -> u8 {
    let mut buf = [0u8; 12];
    let Some(l) = lower_tag(name, &mut buf) else {
        return 0;
    };
    match l {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
        | b"source" | b"track" | b"wbr" | b"keygen" | b"frame" | b"basefont" | b"bgsound" => VOID,
        b"p" | b"li" | b"dt" | b"dd" | b"option" | b"optgroup" | b"tr" | b"td" | b"th" | b"thead" | b"tbody"
        | b"tfoot" | b"colgroup" | b"rb" | b"rt" | b"rp" | b"rtc" | b"html" | b"head" | b"body" | b"caption" => {
            AUTO_CLOSED
        }
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes"
        | b"plaintext" => RAW_TEXT,
        _ => 0,
    }
}

#[cfg(test)]
fn is_void_tag(name: &str) -> bool {
    tag_class(name) & VOID != 0
}

#[cfg(test)]
fn is_auto_closed_tag(name: &str) -> bool {
    tag_class(name) & AUTO_CLOSED != 0
}

#[cfg(test)]
fn is_raw_text_tag(name: &str) -> bool {
    tag_class(name) & RAW_TEXT != 0
}

/// Drops start tags (and their matching end tags) nested deeper than `limit`, keeping all text,
/// in linear time. Returns the input unchanged (borrowed) when it is not that deep.
pub fn limit_depth(html: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    fn deepens(t: &TagAt<'_>) -> bool {
        !t.self_closing && t.class & (VOID | AUTO_CLOSED) == 0
    }
    // Pass 1: is it deep at all?
    let mut depth = 0usize;
    let mut max = 0usize;
    scan_tags(html, |t| {
        if !deepens(t) {
            return;
        }
        if t.closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    });
    if max <= limit {
        return std::borrow::Cow::Borrowed(html);
    }
    // Pass 2: copy, dropping the excess tags. Unmatched drops are counted per tag name. An
    // element that would be skipped anyway (script, style, nav, hidden …) that starts too deep is
    // dropped with all its content, so flattening never turns invisible text into main text.
    let mut out = String::with_capacity(html.len());
    let mut copied = 0usize;
    let mut depth = 0usize;
    let mut dropped: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    // (element name, nesting of that name inside it, where the element started)
    let mut removing: Option<(String, usize, usize)> = None;
    scan_tags(html, |t| {
        if let Some((name, nest, from)) = removing.as_mut() {
            if t.name.eq_ignore_ascii_case(name) && !t.self_closing {
                if t.closing {
                    if *nest == 0 {
                        out.push_str(&html[copied..*from]);
                        out.push(' ');
                        copied = t.end;
                        removing = None;
                    } else {
                        *nest -= 1;
                    }
                } else {
                    *nest += 1;
                }
            }
            return;
        }
        if !deepens(t) {
            return;
        }
        let key = t.name.to_ascii_lowercase();
        if !t.closing && depth >= limit && invisible_tag(&key, &html[t.start..t.end]) {
            removing = Some((key, 0, t.start));
            return;
        }
        let drop = if t.closing {
            match dropped.get_mut(&key) {
                Some(c) if *c > 0 => {
                    *c -= 1;
                    true
                }
                _ => {
                    depth = depth.saturating_sub(1);
                    false
                }
            }
        } else if depth >= limit {
            *dropped.entry(key).or_insert(0) += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            out.push_str(&html[copied..t.start]);
            // Keep a word break where a block boundary was.
            out.push(' ');
            copied = t.end;
        }
    });
    match removing {
        // An invisible element never closed: its content runs to the end and is dropped.
        Some((_, _, from)) => out.push_str(&html[copied..from]),
        None => out.push_str(&html[copied..]),
    }
    std::borrow::Cow::Owned(out)
}

/// Whether a start tag (lower-case `name`, raw `tag` text) opens an element whose content is
/// never main text: skipped or raw-text elements, or ones hidden by attribute or inline style.
fn invisible_tag(name: &str, tag: &str) -> bool {
    if is_skip_tag(name) || RAW_TEXT_TAGS.contains(&name) {
        return true;
    }
    let t = tag.to_ascii_lowercase();
    let squashed: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    t.contains(" hidden")
        || squashed.contains("aria-hidden=\"true\"")
        || squashed.contains("aria-hidden='true'")
        || squashed.contains("display:none")
        || squashed.contains("visibility:hidden")
}

fn walk(root: ego_tree::NodeRef<'_, Node>) -> Document {
    use ego_tree::iter::Edge;
    let mut b = Builder {
        doc: Document::default(),
        cur: String::new(),
        cur_kind: BlockKind::Paragraph,
        bold_chars: 0,
        bold_depth: 0,
        links: 0,
        link_chars: 0,
        link_depth: 0,
        cell: None,
        cell_break: false,
        cell_starts: Vec::new(),
        tables: Vec::new(),
    };
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut scratch = SkipScratch::default();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        let s: &str = t;
                        if b.bold_depth > 0 {
                            b.bold_chars += s.trim().chars().count();
                        }
                        if b.link_depth > 0 {
                            b.link_chars += s.chars().filter(|c| !c.is_whitespace()).count();
                        }
                        if b.cell_break && !s.trim().is_empty() {
                            let sep = cell_sep(&b.cur, s);
                            let end = b.cur.trim_end().len();
                            b.cur.truncate(end);
                            b.cur.push_str(sep);
                            b.cell_break = false;
                        }
                        b.cur.push_str(s);
                    }
                    Node::Element(el) => {
                        let parent_is_body = node
                            .parent()
                            .and_then(|p| p.value().as_element().map(|e| e.name() == "body"))
                            .unwrap_or(false);
                        if node.id() != root.id() && should_skip(el, parent_is_body, &mut scratch) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let name = el.name();
                        if name == "table" {
                            b.tables.push(has_header_row(node));
                        }
                        if b.cell.is_some() && is_block_tag(name) {
                            b.cell_break = true;
                        } else if is_block_tag(name) {
                            // "<li><p>Text</p></li>" (a loose list): the paragraph is the item.
                            let item_paragraph = b.cur_kind == BlockKind::ListItem
                                && b.cur.trim().is_empty()
                                && matches!(name, "p" | "div");
                            b.flush();
                            b.cur_kind = match name {
                                _ if item_paragraph => BlockKind::ListItem,
                                "h1" => BlockKind::Heading(1),
                                "h2" => BlockKind::Heading(2),
                                "h3" => BlockKind::Heading(3),
                                "h4" => BlockKind::Heading(4),
                                "h5" => BlockKind::Heading(5),
                                "h6" => BlockKind::Heading(6),
                                "li" => BlockKind::ListItem,
                                _ => BlockKind::Paragraph,
                            };
                        } else if matches!(name, "strong" | "b") {
                            b.bold_depth += 1;
                        } else if name == "a" {
                            b.link_depth += 1;
                            b.links += 1;
                        } else if matches!(name, "img") {
                            // Alt text is not main text.
                        }
                        // A table row is one block, its cells set off by dashes as in a
                        // text table ("_ga — Google LLC — analytics — 2 years").
                        if matches!(name, "td" | "th") && b.cell.is_none() {
                            if b.cur.trim().is_empty() {
                                b.cur.push(' ');
                            } else {
                                b.cur.push_str(" \u{2014} ");
                            }
                            b.cell_starts.push(b.cur.len());
                            if data_cell(node) {
                                b.cell = Some(node.id());
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(s) = skipping {
                    if s == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if name == "table" {
                        // (The row in progress is read while its table is still open.)
                        b.flush();
                        b.tables.pop();
                    }
                    if b.cell == Some(node.id()) {
                        b.cell = None;
                        b.cell_break = false;
                    } else if b.cell.is_some() && is_block_tag(name) {
                        b.cell_break = true;
                    } else if is_block_tag(name) {
                        b.flush();
                    } else if matches!(name, "strong" | "b") {
                        b.bold_depth = b.bold_depth.saturating_sub(1);
                    } else if name == "a" {
                        b.link_depth = b.link_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    b.flush();
    b.doc
}

// ---------------------------------------------------------------------------------------------
// Markdown and text
// ---------------------------------------------------------------------------------------------

/// Removes inline Markdown: links/images, emphasis markers, code ticks, inline HTML tags.
/// The lines of a Markdown table cell, split at `<br>` (any case, with or without a slash).
fn md_cell_lines(cell: &str) -> impl Iterator<Item = &str> {
    let mut rest = cell;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let lower = rest.as_bytes();
        let mut i = 0;
        while let Some(k) = memchr::memchr(b'<', &lower[i..]) {
            let at = i + k;
            let tag = &lower[at..];
            if tag.len() >= 4 && tag[1..3].eq_ignore_ascii_case(b"br") {
                let close =
                    tag.iter().position(|&c| c == b'>').filter(|&e| tag[3..e].iter().all(|&c| c == b' ' || c == b'/'));
                if let Some(e) = close {
                    let line = &rest[..at];
                    rest = &rest[at + e + 1..];
                    return Some(line.trim());
                }
            }
            i = at + 1;
        }
        let line = rest;
        rest = "";
        Some(line.trim())
    })
    .filter(|l| !l.is_empty())
}

fn strip_inline_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '!' if chars.get(i + 1) == Some(&'[') => {
                // Image: drop alt and url.
                if let Some(close) = find_close(&chars, i + 1, '[', ']') {
                    i = close + 1;
                    if chars.get(i) == Some(&'(') {
                        if let Some(p) = find_close(&chars, i, '(', ')') {
                            i = p + 1;
                        }
                    }
                    continue;
                }
                out.push(c);
            }
            '[' => {
                if let Some(close) = find_close(&chars, i, '[', ']') {
                    if chars.get(close + 1) == Some(&'(') {
                        if let Some(p) = find_close(&chars, close + 1, '(', ')') {
                            out.extend(&chars[i + 1..close]);
                            i = p + 1;
                            continue;
                        }
                    }
                }
                out.push(c);
            }
            '*' | '`' => {}
            '_' if i == 0
                || i + 1 == chars.len()
                || !chars[i - 1].is_alphanumeric()
                || !chars[i + 1].is_alphanumeric() => {}
            '<' => {
                // Inline HTML tag: skip to '>' if it looks like a tag.
                let looks_tag = chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || *n == '/');
                if looks_tag {
                    if let Some(k) = chars[i..].iter().take(200).position(|&x| x == '>') {
                        out.push(' ');
                        i += k + 1;
                        continue;
                    }
                }
                out.push(c);
            }
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// The links of a Markdown paragraph and the non-space characters of their texts.
fn md_links(s: &str) -> (usize, usize) {
    let (mut links, mut chars) = (0, 0);
    let mut rest = s;
    while let Some(i) = rest.find("](") {
        let Some(open) = rest[..i].rfind('[') else {
            rest = &rest[i + 2..];
            continue;
        };
        links += 1;
        chars += rest[open + 1..i].chars().filter(|c| !c.is_whitespace()).count();
        rest = &rest[i + 2..];
    }
    (links, chars)
}

fn find_close(chars: &[char], open_at: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (k, &c) in chars.iter().enumerate().skip(open_at).take(2000) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(k);
            }
        }
    }
    None
}

fn list_item_body(line: &str) -> Option<&str> {
    let t = line.trim_start();
    for p in ["- ", "* ", "+ ", "\u{2022} "] {
        if let Some(r) = t.strip_prefix(p) {
            return Some(r);
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let r = &t[digits..];
        if let Some(r) = r.strip_prefix(". ").or_else(|| r.strip_prefix(") ")) {
            return Some(r);
        }
    }
    None
}

fn extract_markdown(content: &str) -> Document {
    let mut doc = Document::default();
    let mut para = String::new();
    let mut para_kind = BlockKind::Paragraph;
    let lines: Vec<&str> = content.lines().collect();
    let flush = |doc: &mut Document, para: &mut String, kind: &mut BlockKind| {
        if !para.trim().is_empty() {
            let text = strip_inline_md(para);
            let (links, link_chars) = md_links(para);
            if !(*kind == BlockKind::Paragraph
                && (link_list(&text, links, link_chars) || nav_link_line(&text, links, link_chars)))
            {
                doc.push(&text, *kind);
            }
        }
        para.clear();
        *kind = BlockKind::Paragraph;
    };
    let mut in_code = false;
    for (idx, raw) in lines.iter().enumerate() {
        let line = raw.trim_end();
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            flush(&mut doc, &mut para, &mut para_kind);
            continue;
        }
        if in_code {
            continue;
        }
        let t = line.trim_start().trim_start_matches('>').trim_start();
        if t.is_empty() {
            flush(&mut doc, &mut para, &mut para_kind);
            continue;
        }
        if t.starts_with('#') {
            let level = t.chars().take_while(|&c| c == '#').count();
            if level <= 6 && t[level..].starts_with(' ') {
                flush(&mut doc, &mut para, &mut para_kind);
                let h = t[level..].trim().trim_end_matches('#').trim();
                doc.push(&strip_inline_md(h), BlockKind::Heading(level as u8));
                if doc.meta.title.is_none() && level == 1 {
                    doc.meta.title = Some(squash_ws(&strip_inline_md(h)));
                }
                continue;
            }
        }
        // Setext heading underline.
        if let Some(next) = lines.get(idx + 1) {
            let n = next.trim();
            if !para.is_empty() || !t.is_empty() {
                if n.len() >= 3
                    && (n.chars().all(|c| c == '=') || n.chars().all(|c| c == '-'))
                    && list_item_body(t).is_none()
                {
                    flush(&mut doc, &mut para, &mut para_kind);
                    let level = if n.starts_with('=') { 1 } else { 2 };
                    doc.push(&strip_inline_md(t), BlockKind::Heading(level));
                    if doc.meta.title.is_none() && level == 1 {
                        doc.meta.title = Some(squash_ws(&strip_inline_md(t)));
                    }
                    continue;
                }
            }
        }
        if t.len() >= 3
            && (t.chars().all(|c| c == '=' || c == ' ')
                || t.chars().all(|c| c == '-' || c == ' ')
                || t.chars().all(|c| c == '*' || c == ' '))
        {
            continue; // setext underline already used, or a rule
        }
        if t.starts_with('|') {
            flush(&mut doc, &mut para, &mut para_kind);
            if t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
                continue;
            }
            // "Inferences<br><br>Your preferences …": lines of a cell, as in an HTML table.
            let mut row = String::new();
            for cell in t.trim_matches('|').split('|').map(str::trim).filter(|c| !c.is_empty()) {
                if !row.is_empty() {
                    row.push_str(" \u{2014} ");
                }
                for (k, line) in md_cell_lines(cell).enumerate() {
                    // ("* Billing services<br>* Customer support": a list inside the cell.)
                    let line = line.strip_prefix("* ").or_else(|| line.strip_prefix("- ")).unwrap_or(line);
                    if k > 0 {
                        let sep = cell_sep(&row, line);
                        let end = row.trim_end().len();
                        row.truncate(end);
                        row.push_str(sep);
                    }
                    row.push_str(line);
                }
            }
            doc.push(&strip_inline_md(&row), BlockKind::Paragraph);
            continue;
        }
        if let Some(body) = list_item_body(t) {
            flush(&mut doc, &mut para, &mut para_kind);
            para.push_str(body);
            para_kind = BlockKind::ListItem;
            continue;
        }
        if !para.is_empty() {
            para.push(' ');
        }
        para.push_str(t);
    }
    flush(&mut doc, &mut para, &mut para_kind);
    doc
}

fn extract_text(content: &str) -> Document {
    let mut doc = Document::default();
    for para in content.split("\n\n").flat_map(|p| p.split("\r\n\r\n")) {
        let lines: Vec<&str> = para.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        let mut buf = String::new();
        for (i, l) in lines.iter().enumerate() {
            if let Some(body) = list_item_body(l) {
                if !buf.is_empty() {
                    doc.push(&buf, BlockKind::Paragraph);
                    buf.clear();
                }
                doc.push(body, BlockKind::ListItem);
                continue;
            }
            let next_upper =
                lines.get(i + 1).is_some_and(|n| n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()));
            // (A text table's row, "Recipient | What they receive | Why", is no heading.)
            let heading_like = l.chars().count() <= 80
                && !l.ends_with(['.', ',', ';', ':', '!', '?'])
                && !l.contains(" | ")
                && (next_upper || lines.len() == 1)
                && l.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
            if heading_like && buf.is_empty() {
                doc.push(l, BlockKind::Heading(2));
                if doc.meta.title.is_none() {
                    doc.meta.title = Some(l.to_string());
                }
                continue;
            }
            if !buf.is_empty() {
                buf.push(' ');
            }
            buf.push_str(l);
        }
        if !buf.is_empty() {
            doc.push(&buf, BlockKind::Paragraph);
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    #[test]
    fn tag_sets_match_their_lists() {
        let names = super::SKIP_TAGS
            .iter()
            .chain(super::BLOCK_TAGS)
            .chain(super::VOID_TAGS)
            .chain(super::AUTO_CLOSED_TAGS)
            .chain(["a", "span", "b", "strong", "td", "th", "img", "html", "x"].iter());
        for n in names
            .chain(super::RAW_TEXT_TAGS)
            .chain(["DIV", "Br", "SCRIPT", "PlainText", "plaintexts", "colgroupxyz", "é", "brÉ"].iter())
        {
            assert_eq!(super::is_skip_tag(n), super::SKIP_TAGS.contains(n), "{n}");
            assert_eq!(super::is_block_tag(n), super::BLOCK_TAGS.contains(n), "{n}");
            assert_eq!(super::is_void_tag(n), super::VOID_TAGS.iter().any(|v| v.eq_ignore_ascii_case(n)), "{n}");
            assert_eq!(
                super::is_auto_closed_tag(n),
                super::AUTO_CLOSED_TAGS.iter().any(|v| v.eq_ignore_ascii_case(n)),
                "{n}"
            );
            assert_eq!(
                super::is_raw_text_tag(n),
                super::RAW_TEXT_TAGS.iter().any(|v| v.eq_ignore_ascii_case(n)),
                "{n}"
            );
        }
    }

    use super::*;

    fn texts(d: &Document) -> Vec<&str> {
        d.blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn html_drops_chrome_and_keeps_sections() {
        let page = r#"<!doctype html><html lang="en"><head><title>Acme Privacy Policy</title>
        <script>var x = "we share your email with partners";</script><style>p{}</style></head>
        <body><header><nav><a href="/">Home</a></nav></header>
        <div class="cookie" id="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p></div>
        <main><h1>Privacy Policy</h1><h2>Sharing</h2><p>We share your email with <b>partners</b>.</p>
        <p style="display: none">Hidden text about sharing.</p><ul><li>One item</li></ul>
        <div class="related-posts"><p>Read more news</p></div></main>
        <footer>All rights reserved</footer></body></html>"#;
        let d = extract(page, InputType::Html);
        assert_eq!(texts(&d), ["Privacy Policy", "Sharing", "We share your email with partners.", "One item"]);
        assert_eq!(d.section_of(2), Some("Sharing"));
        assert_eq!(d.meta.title.as_deref(), Some("Acme Privacy Policy"));
        assert_eq!(d.meta.lang_attr.as_deref(), Some("en"));
        assert_eq!(d.blocks[3].kind, BlockKind::ListItem);
    }

    #[test]
    fn bold_short_paragraph_is_heading() {
        let d = extract("<p><strong>Third Parties</strong></p><p>We share data.</p>", InputType::Html);
        assert_eq!(d.blocks[0].kind, BlockKind::Heading(4));
        assert_eq!(d.section_of(1), Some("Third Parties"));
    }

    #[test]
    fn title_cased_line_is_heading() {
        let d = extract(
            "<p>Asset Transfer or Company Acquisition</p><p>We may transfer data.</p><p>Contact Us: privacy</p><p>Read more about cookies</p>",
            InputType::Html,
        );
        assert_eq!(d.blocks[0].kind, BlockKind::Heading(4));
        assert_eq!(d.section_of(1), Some("Asset Transfer or Company Acquisition"));
        assert_eq!(d.blocks[2].kind, BlockKind::Paragraph);
        assert_eq!(d.blocks[3].kind, BlockKind::Paragraph);
    }

    #[test]
    fn issue2_apple_user_test_a_title_cased_link_line_is_no_heading() {
        let d = extract(
            "<p><a href=\"/a\">Consumer Health Personal Data Privacy Policy</a><br><a href=\"/b\">Apple Health Study Apps Privacy Policy</a></p><p>We share data with our partners.</p>",
            InputType::Html,
        );
        let last = d.blocks.len() - 1;
        assert_eq!(d.blocks[last].kind, BlockKind::Paragraph);
        assert_eq!(d.section_of(last), None);
        // A title-cased line that is not a link still heads its section.
        let d = extract("<p>Sharing With Partners</p><p>We share data with our partners.</p>", InputType::Html);
        assert_eq!(d.section_of(1), Some("Sharing With Partners"));
    }

    #[test]
    fn issue2_instagram_user_test_a_paragraph_that_is_one_link_is_navigation() {
        // A table-of-contents link, an orphaned Markdown link tail, a name that is a link (kept),
        // a whole sentence that is a link (kept) and a list item that is a link (kept).
        const PAGE: &str = "<h2>Sharing</h2><p><a href=\"/x\">Content others share or reshare about you</a></p><p>Privacy Center](https://example.test/guide/sharing/)</p><p><a href=\"/g\">Google Analytics</a></p><p><a href=\"/s\">We share data with our partners.</a></p><ul><li><a href=\"/p\">Partners we work with today</a></li></ul>";
        let kept = ["Sharing", "Google Analytics", "We share data with our partners.", "Partners we work with today"];
        assert_eq!(texts(&extract(PAGE, InputType::Html)), kept);
        let md = "## Sharing\n\n[Content others share or reshare about you](https://example.test/a)\n\nPrivacy Center](https://example.test/b)\n\nWe share data with [partners](https://example.test/c).\n";
        assert_eq!(texts(&extract(md, InputType::Markdown)), ["Sharing", "We share data with partners."]);
    }

    #[test]
    fn markdown_headings_lists_links() {
        let md = "# Privacy\n\nLast updated: May 1, 2024\n\n## Sharing\n\n- We share **email** with [partners](https://x.test).\n- Second\n\n| a | b |\n|---|---|\n| c | d |\n";
        let d = extract(md, InputType::Markdown);
        assert_eq!(
            texts(&d),
            [
                "Privacy", "Last updated: May 1, 2024", "Sharing", "We share email with partners.", "Second",
                "a \u{2014} b", "c \u{2014} d"
            ]
        );
        assert_eq!(d.section_of(3), Some("Sharing"));
    }

    #[test]
    fn text_paragraphs_and_headings() {
        let d = extract("Sharing\nWe share data with partners.\n\nAnother paragraph\nwrapped.", InputType::Text);
        assert_eq!(texts(&d), ["Sharing", "We share data with partners.", "Another paragraph wrapped."]);
    }

    #[test]
    fn limit_depth_keeps_text_and_shallow_pages() {
        let shallow = "<div><p>a<p>b<br><img src=x></div><script>if (a<b) {}</script>";
        assert!(matches!(limit_depth(shallow, 4), std::borrow::Cow::Borrowed(_)));
        let deep = format!("<body>{}deep text{}<p>after</p>", "<div>".repeat(50), "</div>".repeat(50));
        let out = limit_depth(&deep, 10);
        assert_eq!(out.matches("<div>").count(), 10);
        assert_eq!(out.matches("</div>").count(), 10);
        assert!(out.contains("deep text") && out.contains("<p>after</p>"));
        // Script contents are not scanned for tags.
        let s = format!("<script>{}</script>{}", "<div>".repeat(30), "<span>".repeat(3));
        assert!(matches!(limit_depth(&s, 10), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_linear() {
        let n = 60_000;
        let page = format!(
            "<html><body><h1>Privacy Policy</h1>{}We share your email address with advertisers.{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let t = std::time::Instant::now();
        let doc = extract(&page, InputType::Html);
        assert!(doc.full_text().contains("We share your email address with advertisers."));
        // Generous bound (debug build, loaded CI machine); before the fix this took ~17 s.
        assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
    }

    #[test]
    fn sniffs_types() {
        assert_eq!(InputType::sniff("  <!DOCTYPE html><p>x</p>"), InputType::Html);
        assert_eq!(InputType::sniff("# Title\n\ntext"), InputType::Markdown);
        assert_eq!(InputType::sniff("Just text."), InputType::Text);
    }
}
