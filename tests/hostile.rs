//! Hostile and degenerate input, through the library API and the CLI binary.
//!
//! Every input here must give a report or a clean error ([`Error::NotText`],
//! [`Error::TooLarge`], exit 2 with one line on stderr) — never a panic, a hang or an
//! unbounded slowdown. Text the reader cannot see (scripts, styles, templates, `noscript`,
//! hidden elements) is never analysed.
//!
//! Run with `cargo test --release --test hostile`. The timing bounds are generous for the
//! release profile and scaled up in debug builds; the 20 MB page runs in release only (see
//! [`twenty_megabyte_page_finishes`]).

mod common;

use serde_json::Value;
use sharewatch::{analyze, render, Error, Format, InputType, Options, Previous, Report, Status};
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_sharewatch");

/// The visible sharing sentence every hostile page carries somewhere.
const SHARE: &str = "We share your email address with advertising partners for marketing purposes.";
/// A sharing sentence that must never be analysed (put only where a reader cannot see it).
const SECRET: &str = "We sell your precise location and health information to data brokers.";

const HEAD: &str = "<!doctype html><html lang=\"en\"><head><title>Privacy Policy</title></head><body>\
<main><h1>Privacy Policy</h1>\
<p>This privacy policy explains how we collect, use and share personal information.</p>";
const TAIL: &str = "</main></body></html>";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn opts(ty: Option<InputType>) -> Options<'static> {
    Options { url: None, input_type: ty, force: false }
}

fn lib(content: &str, ty: Option<InputType>) -> Result<Report, Error> {
    analyze(content, &opts(ty), Previous::None).map(|a| a.report)
}

fn lib_ok(content: &str, ty: Option<InputType>) -> Report {
    lib(content, ty).unwrap_or_else(|e| panic!("analyze failed: {e}"))
}

fn evidence_has(r: &Report, needle: &str) -> bool {
    r.findings.iter().any(|f| f.evidence.contains(needle)) || r.assurances.iter().any(|a| a.evidence.contains(needle))
}

/// The page's visible sharing sentence was analysed (email → advertiser).
fn assert_share_found(r: &Report, what: &str) {
    assert!(
        r.findings.iter().any(|f| f.data.iter().any(|d| d.id() == "contact.email")
            && f.evidence.contains("email address with advertising partners")),
        "{what}: the visible sharing sentence must be analysed; got {:#?}",
        r.findings.iter().map(|f| &f.evidence).collect::<Vec<_>>()
    );
}

fn assert_secret_absent(r: &Report, what: &str) {
    assert!(!evidence_has(r, "precise location"), "{what}: invisible text was analysed: {:#?}", r.findings);
    assert!(
        r.findings.iter().all(|f| f.data.iter().all(|d| !d.id().starts_with("location.") && d.id() != "health")),
        "{what}: {:#?}",
        r.findings
    );
}

/// Generous wall-clock bound: `release` in release builds, 15× that in debug builds.
fn bound(release: Duration) -> Duration {
    if cfg!(debug_assertions) {
        release * 15
    } else {
        release
    }
}

fn timed<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    let took = t.elapsed();
    assert!(took <= bound(limit), "{what} took {took:?} (bound {:?})", bound(limit));
    out
}

/// Deterministic 64-bit LCG (Knuth's MMIX constants).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0
    }
    fn byte(&mut self) -> u8 {
        (self.next() >> 56) as u8
    }
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 33) % n as u64) as usize
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.byte()).collect()
    }
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn cli(args: &[&str], stdin: Option<Vec<u8>>) -> Out {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("spawn sharewatch");
    let writer = stdin.map(|data| {
        let mut si = child.stdin.take().expect("stdin");
        std::thread::spawn(move || {
            let _ = si.write_all(&data);
        })
    });
    let o = child.wait_with_output().expect("wait sharewatch");
    if let Some(w) = writer {
        w.join().expect("stdin writer");
    }
    let out = Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    };
    assert!(!out.stderr.contains("panicked"), "panic: {}", out.stderr);
    assert_ne!(out.code, 101, "panic exit: {}", out.stderr);
    out
}

/// Exit 0 with a JSON report, or exit 2 with one line on stderr.
fn cli_report_or_clean_error(args: &[&str], stdin: Option<Vec<u8>>) -> Option<Value> {
    let out = cli(args, stdin);
    match out.code {
        0 => Some(
            serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", out.stdout)),
        ),
        2 => {
            assert_eq!(out.stderr.trim_end().lines().count(), 1, "one-line error: {:?}", out.stderr);
            assert!(out.stdout.is_empty());
            None
        }
        c => panic!("exit {c}; stderr: {}", out.stderr),
    }
}

fn scratch(name: &str) -> common::Scratch {
    common::scratch("hostile", name)
}

fn json_findings(r: &Value) -> &Vec<Value> {
    r["findings"].as_array().expect("findings")
}

// ---------------------------------------------------------------------------------------------
// Empty, whitespace, binary
// ---------------------------------------------------------------------------------------------

#[test]
fn empty_input_gives_empty_report() {
    for ty in [None, Some(InputType::Html), Some(InputType::Markdown), Some(InputType::Text)] {
        let r = lib_ok("", ty);
        assert!(r.findings.is_empty() && r.assurances.is_empty(), "{ty:?}");
        for f in [Format::Json, Format::Markdown, Format::Text] {
            let _ = render(&r, f);
        }
    }
    let d = scratch("empty");
    let p = d.join("empty.html");
    std::fs::write(&p, b"").unwrap();
    let r = cli_report_or_clean_error(&["analyze", p.to_str().unwrap()], None).expect("empty file gives a report");
    assert!(json_findings(&r).is_empty());
    let r = cli_report_or_clean_error(&["analyze", "-"], Some(Vec::new())).expect("empty stdin gives a report");
    assert!(json_findings(&r).is_empty());
}

#[test]
fn whitespace_only_gives_empty_report() {
    let ws = " \n\n\t \r\n\u{c}   \u{a0}\u{2003}\n";
    for ty in [None, Some(InputType::Html), Some(InputType::Markdown), Some(InputType::Text)] {
        let r = lib_ok(ws, ty);
        assert!(r.findings.is_empty(), "{ty:?}");
    }
    let r =
        cli_report_or_clean_error(&["analyze", "-"], Some(ws.as_bytes().to_vec())).expect("whitespace gives a report");
    assert!(json_findings(&r).is_empty());
    let out = cli(&["analyze", "-", "--format", "text"], Some(ws.as_bytes().to_vec()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.trim().is_empty(), "text output says what happened");
}

#[test]
fn random_bytes_are_not_text_or_empty() {
    let mut rng = Lcg(0x5eed_0001);
    for (i, len) in [1usize, 2, 3, 7, 64, 512, 4096, 65536, 200_000].into_iter().enumerate() {
        let bytes = rng.bytes(len);
        let s = String::from_utf8_lossy(&bytes);
        for ty in [None, Some(InputType::Html), Some(InputType::Markdown), Some(InputType::Text)] {
            match lib(&s, ty) {
                Err(Error::NotText) => {}
                Ok(r) => assert!(r.findings.is_empty(), "random bytes #{i} produced findings: {:#?}", r.findings),
                Err(e) => panic!("random bytes #{i}: unexpected error {e}"),
            }
        }
        // Large blobs must be rejected as binary, not analysed.
        if len >= 512 {
            assert_eq!(lib(&s, None).err(), Some(Error::NotText), "random bytes of length {len}");
        }
        if let Some(r) = cli_report_or_clean_error(&["analyze", "-"], Some(bytes.clone())) {
            assert!(json_findings(&r).is_empty());
        } else if len >= 512 {
            let out = cli(&["analyze", "-"], Some(bytes));
            assert!(out.stderr.contains("not text"), "{}", out.stderr);
        }
    }
}

#[test]
fn random_text_and_tag_soup_never_panics() {
    // Fragments that stress the tokenizer, extractor and sentence splitter.
    const PIECES: &[&str] = &[
        "<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<table>", "<td>", "<tr>", "<h2>", "</h2>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<b>", "</i>", "<a href=\"", "\">", "<",
        ">", "&", "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "\"", "'", "=", "/", "\n", "\n\n", "# ", "## ",
        "- ", "* ", "> ", "```", "`", "[", "](", ")", "|", "    ", "\t", " ", ".", "...", "?", "!", ";", "we share",
        "your email address", "with advertisers", "for marketing", "we never sell", "location data",
        "Facebook, our parent company,", "except", "unless", "e.g.", "U.S.", "Inc.", "Starting March 1, ",
        "Datenschutz", "nous partageons", "compartimos", "é", "\u{301}", "\u{200b}", "\u{202e}", "\u{feff}", "😀", "𝕏",
        "\u{fffd}", "\u{0}", "\u{7}", "\r", "\u{2028}", "ǅ", "İ", "ß", "ﬁ",
    ];
    let mut rng = Lcg(0xdead_beef);
    let t = Instant::now();
    for case in 0..300 {
        let n = 1 + rng.below(400);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
        let ty = [None, Some(InputType::Html), Some(InputType::Markdown), Some(InputType::Text)][case % 4];
        let force = case % 3 == 0;
        let o = Options { url: Some("https://example.com/privacy"), input_type: ty, force };
        match analyze(&s, &o, Previous::None) {
            Ok(a) => {
                for f in [Format::Json, Format::Markdown, Format::Text] {
                    let _ = render(&a.report, f);
                }
                // Against itself: nothing new, nothing removed.
                let again = analyze(&s, &o, Previous::Snapshot(&a.snapshot)).expect("same page against its snapshot");
                assert!(
                    again.report.findings.iter().all(|f| f.status == Status::Unchanged),
                    "case {case}: page against its own snapshot must be unchanged: {s:?}\n{:#?}",
                    again.report.findings
                );
                // Against another random page.
                let _ = analyze(&s, &o, Previous::Page(PIECES[case % PIECES.len()], ty));
            }
            Err(Error::NotText) => {}
            Err(e) => panic!("case {case}: unexpected error {e} for {s:?}"),
        }
    }
    assert!(t.elapsed() < bound(Duration::from_secs(10)), "300 small random pages took {:?}", t.elapsed());
}

// ---------------------------------------------------------------------------------------------
// Encoding damage
// ---------------------------------------------------------------------------------------------

#[test]
fn invalid_utf8_inside_html_still_analysed() {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(HEAD.as_bytes());
    bytes.extend_from_slice(
        b"<p>Caf\xe9 cr\xe8me \xff\xfe \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80 truncated \xe2\x82</p>",
    );
    bytes.extend_from_slice(format!("<p>{SHARE}</p>").as_bytes());
    bytes.extend_from_slice(b"<p>Overlong \xc0\xaf and lone continuation \x80\x80\x80.</p>");
    bytes.extend_from_slice(TAIL.as_bytes());
    assert!(std::str::from_utf8(&bytes).is_err());

    let s = String::from_utf8_lossy(&bytes);
    assert_share_found(&lib_ok(&s, None), "library, lossy UTF-8");

    let d = scratch("utf8");
    let p = d.join("latin1.html");
    std::fs::write(&p, &bytes).unwrap();
    let r = cli_report_or_clean_error(&["analyze", p.to_str().unwrap()], None).expect("a damaged page is still a page");
    assert!(
        json_findings(&r)
            .iter()
            .any(|f| f["evidence"].as_str().unwrap().contains("email address with advertising partners")),
        "{r:#}"
    );
    let r = cli_report_or_clean_error(&["analyze", "-"], Some(bytes)).expect("stdin too");
    assert!(!json_findings(&r).is_empty());
}

#[test]
fn nul_bytes_are_ignored() {
    let page = format!("{HEAD}<p>\0{SHARE}\0</p><p>Harmless\0\0 text.</p>\0{TAIL}");
    assert_share_found(&lib_ok(&page, None), "NULs around the sentence");
    let text = format!("Privacy Policy\n\n\0This privacy policy explains what we share.\0\n\n{SHARE}\n\0");
    assert_share_found(&lib_ok(&text, Some(InputType::Text)), "NULs in text");
    // NUL inside a word/tag name must not panic either.
    let odd = format!("{HEAD}<p\0 class=x>We sh\0are your email address with advertising partners.</p><\0div>{TAIL}");
    let _ = lib_ok(&odd, None);

    let r = cli_report_or_clean_error(&["analyze", "-"], Some(page.into_bytes())).expect("NULs are not binary");
    assert!(!json_findings(&r).is_empty(), "{r:#}");
    // Mostly NULs is binary.
    let mostly = vec![0u8; 10_000];
    assert!(cli_report_or_clean_error(&["analyze", "-"], Some(mostly.clone())).is_none(), "a NUL blob is not text");
    assert_eq!(lib(&String::from_utf8(mostly).unwrap(), None).err(), Some(Error::NotText));
}

// ---------------------------------------------------------------------------------------------
// Deep and broken nesting
// ---------------------------------------------------------------------------------------------

const DEPTH: usize = 60_000;

fn nested(open: &str, close: &str, n: usize, inner: &str, closed: bool) -> String {
    let mut s = String::with_capacity(n * (open.len() + close.len()) + inner.len() + 512);
    s.push_str(HEAD);
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(inner);
    if closed {
        for _ in 0..n {
            s.push_str(close);
        }
    }
    s.push_str(TAIL);
    s
}

#[test]
fn deep_nested_divs_are_fast_and_analysed() {
    let page = nested("<div>", "</div>", DEPTH, &format!("<p>{SHARE}</p>"), true);
    let r = timed("60,000 nested <div>", Duration::from_secs(2), || lib_ok(&page, None));
    assert_share_found(&r, "60,000 nested <div>");
}

#[test]
fn deep_nested_inline_formatting_is_fast_and_analysed() {
    let page = nested("<b><i><span>", "</span></i></b>", DEPTH, SHARE, true);
    let r = timed("60,000 nested <b><i><span>", Duration::from_secs(2), || lib_ok(&page, None));
    assert_share_found(&r, "nested <b><i><span>");
    let page = nested("<b><i><span>", "", DEPTH, SHARE, false);
    let r = timed("60,000 unclosed <b><i><span>", Duration::from_secs(2), || lib_ok(&page, None));
    assert_share_found(&r, "unclosed <b><i><span>");
}

#[test]
fn unclosed_divs_are_fast_and_analysed() {
    let page = nested("<div>", "", DEPTH, &format!("<p>{SHARE}</p>"), false);
    let r = timed("60,000 unclosed <div>", Duration::from_secs(2), || lib_ok(&page, None));
    assert_share_found(&r, "60,000 unclosed <div>");
}

#[test]
fn other_pathological_markup_is_fast() {
    let cases: Vec<(&str, String)> = vec![
        ("nested <a>", nested("<a href=\"#x\">", "</a>", DEPTH, SHARE, false)),
        ("nested <p>", nested("<p>", "", DEPTH, SHARE, false)),
        ("nested <li>", nested("<ul><li>", "", 30_000, SHARE, false)),
        ("nested <table>", nested("<table><tr><td>", "", 20_000, SHARE, false)),
        ("nested <dl><dt>", nested("<dl><dt>", "", 30_000, SHARE, false)),
        ("nested <blockquote>", nested("<blockquote>", "</blockquote>", DEPTH, SHARE, true)),
        ("nested <font>", nested("<font>", "", DEPTH, SHARE, false)),
        ("nested <nobr>", nested("<nobr>", "", DEPTH, SHARE, false)),
        ("stray closers", nested("</div>", "", DEPTH, &format!("<p>{SHARE}</p>"), false)),
        ("many <", nested("<", "", DEPTH, &format!("<p>{SHARE}</p>"), false)),
        ("many <!--", format!("{HEAD}<p>{SHARE}</p>{}", "<!--".repeat(DEPTH))),
        ("unterminated tag", format!("{HEAD}<p>{SHARE}</p><div class=\"{}", "x".repeat(DEPTH))),
        ("unterminated script", format!("{HEAD}<p>{SHARE}</p><script>{}", "if (a<b) { c(); }\n".repeat(5000))),
        ("svg soup", format!("{HEAD}<svg>{}</svg><p>{SHARE}</p>{TAIL}", "<g>".repeat(DEPTH))),
        ("select soup", format!("{HEAD}<select>{}</select><p>{SHARE}</p>{TAIL}", "<option>".repeat(DEPTH))),
    ];
    for (what, page) in cases {
        let r = timed(what, Duration::from_secs(2), || lib(&page, None));
        match r {
            Ok(r) => {
                if !matches!(
                    what,
                    "many <!--"
                        | "unterminated tag"
                        | "unterminated script"
                        | "svg soup"
                        | "select soup"
                        | "many <"
                        | "stray closers"
                ) {
                    assert_share_found(&r, what);
                }
            }
            Err(e) => panic!("{what}: {e}"),
        }
    }
}

#[test]
fn deep_markdown_is_fast() {
    let sentence = "We share your email address with advertising partners for marketing purposes.";
    let cases = [
        format!("# Privacy Policy\n\n{} {sentence}\n", ">".repeat(DEPTH)),
        format!("# Privacy Policy\n\n{}{sentence}\n", "- ".repeat(30_000)),
        format!("# Privacy Policy\n\n{}{sentence}{}\n", "*".repeat(DEPTH), "_".repeat(DEPTH)),
        format!("# Privacy Policy\n\n{}{sentence}\n", "[".repeat(DEPTH)),
        format!("# Privacy Policy\n\n{}\n{sentence}\n", "`".repeat(DEPTH)),
        format!("{}\n\n{sentence}\n", "#".repeat(DEPTH)),
    ];
    for (i, md) in cases.iter().enumerate() {
        timed(&format!("markdown case {i}"), Duration::from_secs(2), || lib(md, Some(InputType::Markdown))).unwrap();
    }
}

#[test]
fn deep_nesting_through_cli() {
    let page = nested("<div>", "", DEPTH, &format!("<p>{SHARE}</p>"), false);
    let t = Instant::now();
    let r = cli_report_or_clean_error(&["analyze", "-"], Some(page.into_bytes())).expect("deep page analysed");
    assert!(t.elapsed() < bound(Duration::from_secs(3)), "CLI took {:?}", t.elapsed());
    assert!(json_findings(&r).iter().any(|f| f["evidence"].as_str().unwrap().contains("email address")), "{r:#}");
}

// ---------------------------------------------------------------------------------------------
// Size
// ---------------------------------------------------------------------------------------------

/// A policy-like page of about `bytes` bytes with varied sentences.
fn big_page(bytes: usize) -> String {
    const DATA: &[&str] = &[
        "email address", "phone number", "purchase history", "device identifiers", "precise location",
        "browsing history", "name", "postal address",
    ];
    const WHO: &[&str] = &[
        "advertising partners", "analytics providers", "our affiliates", "payment processors", "data brokers",
        "law enforcement", "service providers",
    ];
    const WHY: &[&str] = &[
        "for marketing", "to improve our services", "to process payments", "to show you personalized ads",
        "to detect fraud", "as required by law",
    ];
    let mut rng = Lcg(42);
    let mut s = String::with_capacity(bytes + 4096);
    s.push_str(HEAD);
    let mut section = 0;
    while s.len() < bytes {
        section += 1;
        s.push_str(&format!("<section><h2>Section {section}: How we use information</h2>"));
        for _ in 0..6 {
            let (d, w, y) = (DATA[rng.below(DATA.len())], WHO[rng.below(WHO.len())], WHY[rng.below(WHY.len())]);
            match rng.below(4) {
                0 => s.push_str(&format!("<p>We share your {d} with {w} {y}.</p>")),
                1 => s.push_str(&format!("<p>We collect your {d} when you use the service, and we keep it for as long as your account is open. We do not sell your {d}.</p>")),
                2 => s.push_str(&format!("<ul><li>Your {d} may be disclosed to {w} {y}.</li><li>You can ask us to delete your {d} at any time.</li></ul>")),
                _ => s.push_str("<p>This section explains our practices in plain language; please read it carefully and contact us with any questions.</p>"),
            }
        }
        s.push_str("</section>");
    }
    s.push_str(TAIL);
    s
}

/// 20 MB of policy text through the library. Release only: the debug build of the engine is
/// roughly 10-20× slower, which would make this single test take most of a minute without
/// testing anything the release run does not.
#[test]
#[cfg_attr(debug_assertions, ignore = "20 MB page: run with --release")]
fn twenty_megabyte_page_finishes() {
    let page = big_page(20 * 1024 * 1024);
    assert!(page.len() < sharewatch::MAX_INPUT);
    let r = timed("20 MB page", Duration::from_secs(15), || lib_ok(&page, None));
    assert!(!r.findings.is_empty());
    let _ = render(&r, Format::Json);
}

#[test]
fn over_limit_is_too_large_not_a_crash() {
    let n = sharewatch::MAX_INPUT + 1;
    let mut page = String::with_capacity(n);
    page.push_str(HEAD);
    while page.len() < n {
        page.push_str("<p>We share your email address with advertising partners.</p>");
    }
    let len = page.len();
    let t = Instant::now();
    assert_eq!(lib(&page, None).err(), Some(Error::TooLarge(len)));
    assert!(t.elapsed() < Duration::from_secs(1), "rejecting should be immediate: {:?}", t.elapsed());
    // As the previous version too.
    assert_eq!(analyze(HEAD, &opts(None), Previous::Page(&page, None)).err(), Some(Error::TooLarge(len)));

    // CLI: file and stdin → exit 2, one line.
    let d = scratch("too-large");
    let p = d.join("huge.html");
    std::fs::write(&p, page.as_bytes()).unwrap();
    let out = cli(&["analyze", p.to_str().unwrap()], None);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(out.stderr.trim_end().lines().count(), 1);
    assert!(out.stderr.contains("limit"), "{}", out.stderr);
    let out = cli(&["analyze", "-"], Some(page.into_bytes()));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("limit"), "{}", out.stderr);
}

#[test]
fn snapshot_of_unknown_schema_is_an_error() {
    let a = analyze(&format!("{HEAD}<p>{SHARE}</p>{TAIL}"), &opts(None), Previous::None).unwrap();
    let mut snap = a.snapshot.clone();
    snap.schema = 999;
    assert_eq!(analyze(HEAD, &opts(None), Previous::Snapshot(&snap)).err(), Some(Error::SnapshotSchema(999)));
}

// ---------------------------------------------------------------------------------------------
// Invisible text is never analysed
// ---------------------------------------------------------------------------------------------

/// (name, wrapper open, wrapper close): text inside is invisible to a reader.
const INVISIBLE: &[(&str, &str, &str)] = &[
    ("script", "<script>", "</script>"),
    ("script with type", "<script type=\"text/plain\">", "</script>"),
    ("json script", "<script type=\"application/ld+json\">{\"text\": \"", "\"}</script>"),
    ("style", "<style>/* ", " */</style>"),
    ("template", "<template><p>", "</p></template>"),
    ("noscript", "<noscript><p>", "</p></noscript>"),
    ("hidden attribute", "<div hidden><p>", "</p></div>"),
    ("aria-hidden", "<div aria-hidden=\"true\"><p>", "</p></div>"),
    ("display:none", "<div style=\"display: none\"><p>", "</p></div>"),
    ("visibility:hidden", "<section style=\"visibility:hidden\"><p>", "</p></section>"),
    ("comment", "<!-- ", " -->"),
];

#[test]
fn invisible_text_is_never_analysed() {
    for &(what, open, close) in INVISIBLE {
        let page = format!("{HEAD}<p>{SHARE}</p>{open}{SECRET}{close}<p>Contact us with questions.</p>{TAIL}");
        let r = lib_ok(&page, None);
        assert_share_found(&r, what);
        assert_secret_absent(&r, what);
        // In <head> too.
        let head_page = format!("<html><head><title>Privacy Policy</title>{open}{SECRET}{close}</head><body><h1>Privacy Policy</h1><p>{SHARE}</p></body></html>");
        assert_secret_absent(&lib_ok(&head_page, None), &format!("{what} in <head>"));
        // Even when forced.
        let forced = analyze(&page, &Options { force: true, ..opts(None) }, Previous::None).unwrap().report;
        assert_secret_absent(&forced, &format!("{what}, forced"));
    }
}

#[test]
fn invisible_text_is_never_analysed_through_cli() {
    let mut body = String::new();
    for &(_, open, close) in INVISIBLE {
        body.push_str(&format!("{open}{SECRET}{close}"));
    }
    let page = format!("{HEAD}<p>{SHARE}</p>{body}{TAIL}");
    let r = cli_report_or_clean_error(&["analyze", "-"], Some(page.into_bytes())).expect("report");
    for f in json_findings(&r) {
        assert!(!f["evidence"].as_str().unwrap().contains("precise location"), "{f}");
    }
    assert!(!r.to_string().contains("data brokers"), "{r:#}");
}

/// Regression (found while testing issue 2): `extract::limit_depth` used to drop only the start
/// tags of elements nested deeper than `MAX_DEPTH`, so the content of a deeply nested
/// `<script>`, `<template>`, `<nav>` or hidden element became main text. Now such an element is
/// dropped with its content.
#[test]
fn issue2_hidden_text_deeper_than_max_depth_is_not_analysed() {
    let deep = 300;
    let mut leaked = Vec::new();
    for &(what, open, close) in INVISIBLE {
        let page = nested("<div>", "</div>", deep, &format!("{open}{SECRET}{close}<p>{SHARE}</p>"), true);
        let r = lib_ok(&page, None);
        if evidence_has(&r, "precise location") {
            leaked.push(what);
        }
    }
    for (what, open, close) in [("nav", "<nav><p>", "</p></nav>"), ("footer", "<footer><p>", "</p></footer>")] {
        let page = nested("<div>", "</div>", deep, &format!("{open}{SECRET}{close}<p>{SHARE}</p>"), true);
        if evidence_has(&lib_ok(&page, None), "precise location") {
            leaked.push(what);
        }
    }
    assert!(leaked.is_empty(), "invisible text analysed at depth {deep} for: {leaked:?}");
}

#[test]
fn hidden_text_at_moderate_depth_is_not_analysed() {
    // Within MAX_DEPTH the extractor must still see the wrappers.
    for &(what, open, close) in INVISIBLE {
        let page = nested("<div>", "</div>", 200, &format!("{open}{SECRET}{close}<p>{SHARE}</p>"), true);
        let r = lib_ok(&page, None);
        assert_share_found(&r, what);
        assert_secret_absent(&r, &format!("{what} at depth 200"));
    }
}

// ---------------------------------------------------------------------------------------------
// Markup in text stays text
// ---------------------------------------------------------------------------------------------

#[test]
fn markup_in_policy_text_is_plain_characters_in_json() {
    let page = format!(
        "{HEAD}<p>We share your email address &lt;img src=x onerror=alert(1)&gt; with advertising partners for marketing.</p>\
         <p>We share your name <img src=x onerror=alert(1)> with our payment processor to process payments.</p>\
         <p>We share your phone number with &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Partners Inc. for marketing.</p>{TAIL}"
    );
    // Library: the escaped markup is characters of the evidence; the real <img> element is gone.
    let r = lib_ok(&page, None);
    assert!(r.findings.iter().any(|f| f.evidence.contains("<img src=x onerror=alert(1)>")), "{:#?}", r.findings);
    assert!(
        r.findings.iter().filter(|f| f.evidence.contains("payment processor")).all(|f| !f.evidence.contains("<img")),
        "{:#?}",
        r.findings
    );

    // CLI JSON: the evidence string decodes to exactly those characters.
    let v = cli_report_or_clean_error(&["analyze", "-"], Some(page.clone().into_bytes())).expect("report");
    let ev: Vec<&str> = json_findings(&v).iter().map(|f| f["evidence"].as_str().unwrap()).collect();
    assert!(
        ev.iter().any(|e| e.contains("email address <img src=x onerror=alert(1)> with advertising partners")),
        "{ev:#?}"
    );
    assert!(
        ev.iter().all(|e| !e.contains("&lt;") && !e.contains("&gt;") && !e.contains("&amp;")),
        "entities are decoded once: {ev:#?}"
    );
    assert!(ev.iter().any(|e| e.contains("<script>alert(\"x\")</script>")), "{ev:#?}");

    // Markdown output escapes the angle brackets so the quote cannot become markup.
    let md = render(&r, Format::Markdown);
    assert!(!md.contains("<img src=x onerror=alert(1)>"), "raw tag in Markdown:\n{md}");
    assert!(!md.contains("<script>"), "raw tag in Markdown:\n{md}");
}

#[test]
fn huge_single_sentence_and_long_words() {
    // No sentence boundary for 2 MB, a 1 MB "word", half a million empty sentences: no panic,
    // bounded time. (Whether the sentence next to a 1 MB word is found: see the ignored
    // `issue_junk_tokens_make_english_page_und` below.)
    let long_sentence = format!(
        "{HEAD}<p>We share your email address with advertising partners {} for marketing.</p>{TAIL}",
        "and other partners ".repeat(100_000)
    );
    timed("2 MB sentence", Duration::from_secs(5), || lib_ok(&long_sentence, None));
    let long_word = format!("{HEAD}<p>{SHARE}</p><p>{}</p>{TAIL}", "a".repeat(1 << 20));
    timed("1 MB word", Duration::from_secs(5), || lib_ok(&long_word, None));
    let many_dots = format!("{HEAD}<p>{SHARE}</p><p>{}</p>{TAIL}", ". ".repeat(500_000));
    timed("500,000 empty sentences", Duration::from_secs(5), || lib_ok(&many_dots, None));
    // A long token of moderate size keeps the page analysable.
    let word_10k = format!("{HEAD}<p>{SHARE}</p><p>{}</p>{TAIL}", "a".repeat(10_000));
    assert_share_found(&lib_ok(&word_10k, None), "after a 10 KB word");
}

/// Regression (found while testing issue 2): a word-dense page (a cookie table of 20 rows, one
/// 100 KB token) declared `lang="en"` used to be reported as language "und" with no findings.
#[test]
fn issue2_word_dense_english_page_is_still_english() {
    let mut rows = String::new();
    for i in 0..20 {
        rows.push_str(&format!(
            "<tr><td>_ck{i}</td><td>Google Analytics</td><td>365 days</td><td>HTTP</td><td>Analytics</td></tr>"
        ));
    }
    let cookie_page = format!(
        "<html lang=\"en\"><head><title>Cookie Policy</title></head><body><main><h1>Cookie Policy</h1>\
         <p>We share your browsing history with advertising partners such as Criteo for targeted advertising.</p>\
         <h2>Cookies we use</h2><table><tr><th>Name</th><th>Provider</th><th>Expiry</th><th>Type</th><th>Category</th></tr>{rows}</table>{TAIL}"
    );
    let r = lib_ok(&cookie_page, None);
    assert_eq!(r.page.language, "en", "notice: {:?}", r.notice);
    assert!(!r.findings.is_empty(), "notice: {:?}", r.notice);

    let long_word = format!("{HEAD}<p>{SHARE}</p><p>{}</p>{TAIL}", "a".repeat(100_000));
    let r = lib_ok(&long_word, None);
    assert_eq!(r.page.language, "en", "notice: {:?}", r.notice);
    assert_share_found(&r, "after a 100 KB word");
}

/// Regression (found while testing issue 2): `statements::attach_opt_outs` compared every
/// statement with every opt-out sentence (1 MB 0.4 s, 2 MB 2.0 s, 4 MB 8.3 s); now a nearest
/// lookup per section keeps it linear.
#[test]
fn issue2_opt_out_sentences_keep_large_pages_linear() {
    let para = "<p>We share your email address with advertising partners to show you personalized ads. \
                You can opt out of personalized ads in your account settings.</p>";
    let mut page = String::from(HEAD);
    while page.len() < 4 << 20 {
        page.push_str(para);
    }
    page.push_str(TAIL);
    let r = timed("4 MB of sharing + opt-out paragraphs", Duration::from_secs(2), || lib_ok(&page, None));
    assert!(r.findings.iter().all(|f| f.opt_out.is_some()));
}
