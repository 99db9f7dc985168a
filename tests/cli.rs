//! CLI contract tests: run the built `sharewatch` binary as a user would.
//!
//! The contract (issue 2):
//! - `sharewatch analyze PAGE [--previous OLD] [--url URL] [--input-type html|markdown|text]
//!   [--format json|markdown|text]`, `-` reads standard input; JSON report on stdout.
//! - `sharewatch batch --input FILE.jsonl|-`: one output line per input line, same order,
//!   `{"id", "report"}` or `{"id", "error"}`; a bad line never stops the batch.
//! - Exit 0 on success; exit 2 with a one-line message on stderr for unreadable files, binary
//!   input or bad arguments. Never a panic.
//!
//! Run with `cargo test --release --test cli`.

mod common;

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_sharewatch");

// ---------------------------------------------------------------------------------------------
// Pages (written for these tests)
// ---------------------------------------------------------------------------------------------

/// A policy-change notice: one new sharing practice and one promise.
const NOTICE: &str = r#"<!doctype html>
<html lang="en"><head><title>Changes to our Privacy Policy</title></head><body>
<nav><a href="/">Home</a> <a href="/help">Help centre</a></nav>
<main>
<h1>We are updating our Privacy Policy</h1>
<p>Starting March 1, we will share your phone number and usage data with Facebook, our parent company, to show you more relevant ads.</p>
<p>We will never share the contents of your messages.</p>
<p>You can opt out of this sharing in Settings &gt; Privacy at any time.</p>
</main>
<footer>&copy; 2024 Chatterbox Ltd.</footer>
</body></html>
"#;

/// Version 1 of a privacy policy.
const POLICY_V1: &str = r#"<!doctype html>
<html lang="en"><head><title>Privacy Policy - Example Inc.</title></head><body><main>
<h1>Privacy Policy</h1>
<p>Last updated: January 5, 2024</p>
<h2>Information we collect</h2>
<p>Example Inc. collects your email address and your name when you create an account.</p>
<h2>How we share information</h2>
<p>We share your email address with our payment processor to process your orders.</p>
<p>We share your purchase history with our analytics providers to improve our services.</p>
<p>We do not sell your personal information to third parties.</p>
<p>We will never share your health information with advertisers.</p>
<h2>Contact</h2>
<p>Write to privacy@example.com with questions.</p>
</main></body></html>
"#;

/// Version 2: adds location sharing with advertisers, drops the analytics sharing and the health
/// promise, keeps the rest.
const POLICY_V2: &str = r#"<!doctype html>
<html lang="en"><head><title>Privacy Policy - Example Inc.</title></head><body><main>
<h1>Privacy Policy</h1>
<p>Last updated: June 5, 2024</p>
<h2>Information we collect</h2>
<p>Example Inc. collects your email address and your name when you create an account.</p>
<h2>How we share information</h2>
<p>We share your email address with our payment processor to process your orders.</p>
<p>We share your precise location with advertising partners to show you personalized ads.</p>
<p>We do not sell your personal information to third parties.</p>
<h2>Contact</h2>
<p>Write to privacy@example.com with questions.</p>
</main></body></html>
"#;

/// Version 1 reworded and reordered, "Example Inc." renamed to "Example LLC": same practices.
const POLICY_V1_REWORDED: &str = r#"<!doctype html>
<html lang="en"><head><title>Privacy Policy - Example LLC</title></head><body><main>
<h1>Privacy Policy</h1>
<p>Last updated: February 9, 2024</p>
<h2>How we share information</h2>
<p>To improve our services, we share your purchase history with our analytics providers.</p>
<p>To process your orders, your email address is shared with our payment processor.</p>
<p>We will never share your health information with advertisers.</p>
<p>We do not sell your personal information to third parties.</p>
<h2>Information we collect</h2>
<p>When you create an account, Example LLC collects your name and your email address.</p>
<h2>Contact</h2>
<p>Write to privacy@example.com with questions.</p>
</main></body></html>
"#;

/// A second rename pair where the company name sits inside the sharing sentences themselves.
const RENAME_V1: &str = r#"<html><head><title>Example Inc. Privacy Policy</title></head><body><main>
<h1>Example Inc. Privacy Policy</h1>
<p>Effective date: April 2, 2023</p>
<h2>Sharing</h2>
<p>Example Inc. shares your device identifiers and IP address with analytics providers so that we can understand how the app is used.</p>
<p>Example Inc. may disclose your contact details to delivery partners to deliver your orders.</p>
<p>If Example Inc. is involved in a merger or acquisition, your information may be transferred to the buyer.</p>
<p>Example Inc. does not sell your personal data.</p>
<h2>Your choices</h2><p>You can opt out of analytics in the app settings.</p>
</main></body></html>
"#;

const RENAME_V2: &str = r#"<html><head><title>Example LLC Privacy Policy</title></head><body><main>
<h1>Example LLC Privacy Policy</h1>
<p>Effective date: October 14, 2023</p>
<h2>Your choices</h2><p>In the app settings, you can opt out of analytics.</p>
<h2>Sharing</h2>
<p>Example LLC does not sell your personal data.</p>
<p>To deliver your orders, Example LLC may disclose your contact details to delivery partners.</p>
<p>So that we can understand how the app is used, Example LLC shares your IP address and device identifiers with analytics providers.</p>
<p>Should Example LLC be involved in an acquisition or merger, your information may be transferred to the buyer.</p>
</main></body></html>
"#;

const MARKDOWN_POLICY: &str = "# Privacy Policy\n\n## Who we share with\n\nWe share your email address with **advertisers** for marketing.\n\nWe never sell your contacts.\n";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
    /// Exit 0, nothing alarming on stderr.
    fn ok(self) -> Self {
        assert_eq!(self.code, 0, "expected exit 0; stderr: {}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        self
    }
    /// Exit 2, exactly one line on stderr, nothing on stdout, no panic.
    fn usage_error(self) -> Self {
        assert_eq!(self.code, 2, "expected exit 2; stdout: {} stderr: {}", self.stdout, self.stderr);
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
        assert_eq!(self.stderr.trim_end().lines().count(), 1, "stderr must be one line: {:?}", self.stderr);
        assert!(!self.stderr.trim().is_empty(), "stderr must explain the failure");
        assert!(self.stdout.is_empty(), "nothing on stdout on failure: {}", self.stdout);
        self
    }
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Out {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("spawn sharewatch");
    let writer = stdin.map(|data| {
        let mut si = child.stdin.take().expect("stdin");
        let data = data.to_vec();
        // Write from a thread so a large input cannot deadlock against a full stdout pipe.
        std::thread::spawn(move || {
            let _ = si.write_all(&data);
        })
    });
    let o = child.wait_with_output().expect("wait sharewatch");
    if let Some(w) = writer {
        w.join().expect("stdin writer");
    }
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn scratch(name: &str) -> common::Scratch {
    common::scratch("cli", name)
}

fn write(dir: &std::path::Path, name: &str, content: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write scratch file");
    p.to_str().expect("utf-8 path").to_string()
}

fn findings(r: &Value) -> Vec<&Value> {
    r["findings"].as_array().expect("findings array").iter().collect()
}

fn assurances(r: &Value) -> Vec<&Value> {
    r["assurances"].as_array().expect("assurances array").iter().collect()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

fn has_data(f: &Value, prefix: &str) -> bool {
    ids(&f["data"]).iter().any(|d| d.starts_with(prefix))
}

fn status(f: &Value) -> &str {
    f["status"].as_str().expect("status string")
}

/// Checks every field the contract names, with its JSON type.
fn assert_report_shape(r: &Value) {
    let page = &r["page"];
    assert!(page["kind"].is_string(), "page.kind: {page}");
    assert!(page["confidence"].is_number(), "page.confidence: {page}");
    assert!(page["title"].is_string() || page["title"].is_null(), "page.title: {page}");
    assert!(page["language"].is_string(), "page.language: {page}");
    assert!(page["effective_date"].is_string() || page["effective_date"].is_null(), "page.effective_date: {page}");
    assert!(page["reasons"].as_array().is_some_and(|a| a.iter().all(Value::is_string)), "page.reasons: {page}");
    for f in findings(r) {
        assert!(f["data"].as_array().is_some_and(|a| a.iter().all(Value::is_string)), "finding.data: {f}");
        for rec in f["recipients"].as_array().expect("finding.recipients") {
            assert!(rec["name"].is_string() || rec["name"].is_null(), "recipient.name: {rec}");
            assert!(rec["kind"].is_string(), "recipient.kind: {rec}");
        }
        assert!(f["purposes"].as_array().is_some_and(|a| a.iter().all(Value::is_string)), "finding.purposes: {f}");
        assert!(matches!(status(f), "new" | "existing" | "unchanged" | "removed"), "finding.status: {f}");
        assert!(f["evidence"].as_str().is_some_and(|e| !e.is_empty()), "finding.evidence: {f}");
        assert!(f["section"].is_string() || f["section"].is_null(), "finding.section: {f}");
        assert!(f["opt_out"].is_string() || f["opt_out"].is_null(), "finding.opt_out: {f}");
        assert!(f["confidence"].is_number(), "finding.confidence: {f}");
    }
    for a in assurances(r) {
        assert!(a["data"].is_array(), "assurance.data: {a}");
        assert!(a["recipients"].is_array(), "assurance.recipients: {a}");
        assert!(a["evidence"].as_str().is_some_and(|e| !e.is_empty()), "assurance.evidence: {a}");
        assert!(
            matches!(a["status"].as_str(), Some("new" | "existing" | "unchanged" | "removed")),
            "assurance.status: {a}"
        );
    }
    assert!(r["summary"].is_string(), "summary");
}

/// The diff of POLICY_V2 against POLICY_V1, through the CLI.
fn v2_against_v1() -> Value {
    let d = scratch("v2v1");
    let old = write(&d, "v1.html", POLICY_V1);
    let new = write(&d, "v2.html", POLICY_V2);
    let r = run(&["analyze", &new, "--previous", &old], None).ok().json();
    assert_report_shape(&r);
    r
}

// ---------------------------------------------------------------------------------------------
// analyze: formats, inputs
// ---------------------------------------------------------------------------------------------

#[test]
fn issue2_analyze_json_update_notice() {
    let d = scratch("notice");
    let p = write(&d, "notice.html", NOTICE);
    let r = run(&["analyze", &p], None).ok().json();
    assert_report_shape(&r);
    assert_eq!(r["page"]["kind"], "policy_update");
    assert_eq!(r["page"]["language"], "en");
    assert_eq!(r["page"]["title"], "Changes to our Privacy Policy");

    let fs = findings(&r);
    let f = fs
        .iter()
        .find(|f| has_data(f, "contact.phone"))
        .unwrap_or_else(|| panic!("phone-number finding expected: {r:#}"));
    assert_eq!(status(f), "new", "an announced change is new: {f}");
    assert!(has_data(f, "activity."), "usage data: {f}");
    let rec = &f["recipients"][0];
    assert_eq!(rec["name"], "Facebook");
    assert_eq!(rec["kind"], "affiliate", "\"our parent company\" makes Facebook an affiliate: {rec}");
    assert!(ids(&f["purposes"]).contains(&"advertising".to_string()), "purpose: {f}");
    assert!(f["evidence"].as_str().unwrap().contains("phone number and usage data with Facebook"));
    assert!(f["opt_out"].as_str().is_some_and(|o| o.contains("opt out")), "opt-out sentence attached: {f}");

    // The promise is an assurance, never a finding.
    assert!(fs.iter().all(|f| !has_data(f, "content.messages")), "messages are not shared: {r:#}");
    let a = assurances(&r);
    assert!(
        a.iter().any(|a| has_data(a, "content.messages") && a["evidence"].as_str().unwrap().contains("never share")),
        "{r:#}"
    );
    // Navigation and footer chrome is not evidence.
    for f in &fs {
        let e = f["evidence"].as_str().unwrap();
        assert!(!e.contains("Help centre") && !e.contains("Chatterbox Ltd"), "chrome leaked: {e}");
    }
}

#[test]
fn issue2_analyze_markdown_format_has_evidence_quote() {
    let d = scratch("md-format");
    let p = write(&d, "notice.html", NOTICE);
    let out = run(&["analyze", &p, "--format", "markdown"], None).ok();
    assert!(!out.stdout.trim().is_empty());
    assert!(out.stdout.starts_with('#'), "markdown starts with a heading: {}", out.stdout);
    assert!(
        out.stdout.contains("Starting March 1, we will share your phone number and usage data with Facebook"),
        "markdown quotes the evidence: {}",
        out.stdout
    );
    assert!(out.stdout.contains("Facebook"));
    assert!(serde_json::from_str::<Value>(&out.stdout).is_err(), "markdown is not JSON");
}

#[test]
fn issue2_analyze_text_format_non_empty() {
    let d = scratch("text-format");
    let p = write(&d, "notice.html", NOTICE);
    let out = run(&["analyze", &p, "--format", "text"], None).ok();
    assert!(!out.stdout.trim().is_empty());
    assert!(out.stdout.contains("Facebook"), "{}", out.stdout);
    assert!(out.stdout.contains("phone number"), "{}", out.stdout);
    assert!(!out.stdout.contains("**"), "plain text has no Markdown emphasis: {}", out.stdout);
    assert!(serde_json::from_str::<Value>(&out.stdout).is_err(), "text is not JSON");

    // --format json is the default.
    let explicit = run(&["analyze", &p, "--format", "json"], None).ok().stdout;
    let default = run(&["analyze", &p], None).ok().stdout;
    assert_eq!(explicit, default);
}

#[test]
fn issue2_analyze_stdin_dash() {
    let out = run(&["analyze", "-"], Some(NOTICE.as_bytes())).ok();
    let r = out.json();
    assert_report_shape(&r);
    assert!(findings(&r).iter().any(|f| has_data(f, "contact.phone") && status(f) == "new"), "{r:#}");

    // Same report as from a file.
    let d = scratch("stdin");
    let p = write(&d, "notice.html", NOTICE);
    assert_eq!(run(&["analyze", &p], None).ok().stdout, out.stdout);
}

#[test]
fn issue2_analyze_stdin_with_previous_file() {
    let d = scratch("stdin-prev");
    let old = write(&d, "v1.html", POLICY_V1);
    let r = run(&["analyze", "-", "--previous", &old], Some(POLICY_V2.as_bytes())).ok().json();
    assert!(findings(&r).iter().any(|f| has_data(f, "location.") && status(f) == "new"), "{r:#}");
}

#[test]
fn issue2_analyze_input_type_markdown() {
    let d = scratch("input-type");
    // A .txt name would make it plain text; --input-type overrides.
    let p = write(&d, "policy.txt", MARKDOWN_POLICY);
    let r = run(&["analyze", &p, "--input-type", "markdown"], None).ok().json();
    assert_report_shape(&r);
    assert_eq!(r["page"]["title"], "Privacy Policy", "Markdown heading is the title: {r:#}");
    let fs = findings(&r);
    let f = fs.iter().find(|f| has_data(f, "contact.email")).unwrap_or_else(|| panic!("{r:#}"));
    assert_eq!(f["section"], "Who we share with");
    assert_eq!(f["recipients"][0]["kind"], "advertiser");
    assert!(!f["evidence"].as_str().unwrap().contains("**"), "Markdown emphasis removed: {f}");

    // As plain text the '#' lines are not headings.
    let t = run(&["analyze", &p, "--input-type", "text"], None).ok().json();
    assert_ne!(t["page"]["title"], "Privacy Policy", "{t:#}");

    // Markdown from stdin.
    let s = run(&["analyze", "-", "--input-type", "markdown"], Some(MARKDOWN_POLICY.as_bytes())).ok().json();
    assert_eq!(s["findings"], r["findings"]);
}

#[test]
fn issue2_analyze_input_type_text_keeps_markup_literal() {
    // A plain-text page mentioning a tag: analysed as text, the tag is characters.
    let page = "Privacy Policy\n\nThis privacy policy explains what we collect and share.\n\nWe share your email address <b>and</b> your name with advertisers for marketing.\n";
    let r = run(&["analyze", "-", "--input-type", "text"], Some(page.as_bytes())).ok().json();
    let fs = findings(&r);
    let f = fs.iter().find(|f| has_data(f, "contact.email")).unwrap_or_else(|| panic!("{r:#}"));
    assert!(f["evidence"].as_str().unwrap().contains("<b>and</b>"), "{f}");
    // The same bytes as HTML lose the tags.
    let h = run(&["analyze", "-", "--input-type", "html"], Some(page.as_bytes())).ok().json();
    for f in findings(&h) {
        assert!(!f["evidence"].as_str().unwrap().contains("<b>"), "{f}");
    }
}

#[test]
fn issue2_analyze_url_is_reported() {
    let d = scratch("url");
    let p = write(&d, "notice.html", NOTICE);
    let r = run(&["analyze", &p, "--url", "https://chat.example/legal/privacy-update"], None).ok().json();
    assert_eq!(r["page"]["url"], "https://chat.example/legal/privacy-update");
}

#[test]
fn issue2_help_and_version_exit_zero() {
    let h = run(&["--help"], None).ok();
    assert!(h.stdout.contains("analyze") && h.stdout.contains("batch"), "{}", h.stdout);
    let v = run(&["--version"], None).ok();
    assert!(v.stdout.starts_with("sharewatch "), "{}", v.stdout);
}

// ---------------------------------------------------------------------------------------------
// analyze --previous: diff by meaning
// ---------------------------------------------------------------------------------------------

#[test]
fn issue2_previous_added_sharing_is_new() {
    let r = v2_against_v1();
    let fs = findings(&r);
    let f = fs.iter().find(|f| has_data(f, "location.")).unwrap_or_else(|| panic!("location finding expected: {r:#}"));
    assert_eq!(status(f), "new", "{f}");
    assert_eq!(f["recipients"][0]["kind"], "advertiser", "{f}");
    assert!(f["evidence"].as_str().unwrap().contains("precise location with advertising partners"));
    // Exactly one new finding.
    assert_eq!(fs.iter().filter(|f| status(f) == "new").count(), 1, "{r:#}");
    assert!(r["summary"].as_str().unwrap().contains("location"), "{}", r["summary"]);
}

#[test]
fn issue2_previous_kept_sharing_is_unchanged() {
    let r = v2_against_v1();
    let fs = findings(&r);
    let kept = fs
        .iter()
        .find(|f| f["evidence"].as_str().unwrap().contains("payment processor"))
        .unwrap_or_else(|| panic!("payment-processor finding expected: {r:#}"));
    assert_eq!(status(kept), "unchanged", "{kept}");
    assert!(has_data(kept, "contact.email"));
    // Nothing is "existing" once there is a previous version to compare with.
    assert!(fs.iter().all(|f| status(f) != "existing"), "{r:#}");
}

#[test]
fn issue2_previous_dropped_sharing_is_removed() {
    let r = v2_against_v1();
    let fs = findings(&r);
    let gone = fs
        .iter()
        .find(|f| f["recipients"].as_array().unwrap().iter().any(|x| x["kind"] == "analytics"))
        .unwrap_or_else(|| panic!("removed analytics finding expected: {r:#}"));
    assert_eq!(status(gone), "removed", "{gone}");
    // The evidence of a removed practice quotes the old version.
    assert!(gone["evidence"].as_str().unwrap().contains("analytics providers"));
}

#[test]
fn issue2_previous_dropped_promise_is_removed_assurance() {
    let r = v2_against_v1();
    let a = assurances(&r);
    let health = a
        .iter()
        .find(|a| has_data(a, "health"))
        .unwrap_or_else(|| panic!("dropped health promise expected in assurances: {r:#}"));
    assert_eq!(health["status"], "removed", "{health}");
    let sold = a.iter().find(|a| a["evidence"].as_str().unwrap().contains("do not sell")).expect("kept promise");
    assert_eq!(sold["status"], "unchanged", "{sold}");
    // A dropped promise is not turned into a sharing finding.
    assert!(findings(&r).iter().all(|f| !has_data(f, "health")), "{r:#}");
}

#[test]
fn issue2_rewording_is_not_new() {
    let d = scratch("reword");
    let old = write(&d, "v1.html", POLICY_V1);
    let new = write(&d, "v1b.html", POLICY_V1_REWORDED);
    let r = run(&["analyze", &new, "--previous", &old], None).ok().json();
    assert_report_shape(&r);
    let fs = findings(&r);
    assert!(!fs.is_empty(), "the practices are still reported: {r:#}");
    assert!(fs.iter().all(|f| status(f) == "unchanged"), "reworded/reordered/renamed is unchanged: {r:#}");
    assert!(assurances(&r).iter().all(|a| a["status"] == "unchanged"), "{r:#}");
}

#[test]
fn issue2_rename_inside_sharing_sentences_is_not_new() {
    let d = scratch("rename");
    let old = write(&d, "r1.html", RENAME_V1);
    let new = write(&d, "r2.html", RENAME_V2);
    let r = run(&["analyze", &new, "--previous", &old], None).ok().json();
    let fs = findings(&r);
    assert!(fs.len() >= 3, "{r:#}");
    assert_eq!(fs.iter().filter(|f| status(f) == "new").count(), 0, "no new findings: {r:#}");
    assert_eq!(fs.iter().filter(|f| status(f) == "removed").count(), 0, "no removed findings: {r:#}");
    // Swapped direction too.
    let back = run(&["analyze", &old, "--previous", &new], None).ok().json();
    assert_eq!(findings(&back).iter().filter(|f| status(f) != "unchanged").count(), 0, "{back:#}");
}

#[test]
fn issue2_previous_same_page_all_unchanged() {
    let d = scratch("same");
    let p = write(&d, "v2.html", POLICY_V2);
    let r = run(&["analyze", &p, "--previous", &p], None).ok().json();
    assert!(!findings(&r).is_empty());
    assert!(findings(&r).iter().all(|f| status(f) == "unchanged"), "{r:#}");
}

#[test]
fn issue2_no_previous_policy_statuses_are_existing() {
    let d = scratch("existing");
    let p = write(&d, "v1.html", POLICY_V1);
    let r = run(&["analyze", &p], None).ok().json();
    let fs = findings(&r);
    assert!(fs.len() >= 2, "{r:#}");
    assert!(fs.iter().all(|f| status(f) == "existing"), "a plain policy without framing: {r:#}");
}

// ---------------------------------------------------------------------------------------------
// analyze: errors
// ---------------------------------------------------------------------------------------------

#[test]
fn issue2_missing_file_exits_2() {
    let out = run(&["analyze", "/nonexistent/sharewatch/policy.html"], None).usage_error();
    assert!(out.stderr.contains("/nonexistent/sharewatch/policy.html"), "names the file: {}", out.stderr);
}

#[test]
fn issue2_missing_previous_file_exits_2() {
    let d = scratch("missing-prev");
    let p = write(&d, "notice.html", NOTICE);
    run(&["analyze", &p, "--previous", "/nonexistent/old.html"], None).usage_error();
}

#[test]
fn issue2_directory_as_page_exits_2() {
    let d = scratch("dir");
    run(&["analyze", d.to_str().unwrap()], None).usage_error();
}

#[test]
fn issue2_unknown_flag_exits_2() {
    let d = scratch("unknown-flag");
    let p = write(&d, "notice.html", NOTICE);
    let out = run(&["analyze", &p, "--frobnicate"], None).usage_error();
    assert!(out.stderr.contains("--frobnicate"), "{}", out.stderr);
    run(&["batch", "--input", "-", "--verbose"], Some(b"")).usage_error();
}

#[test]
fn issue2_bad_format_exits_2() {
    let d = scratch("bad-format");
    let p = write(&d, "notice.html", NOTICE);
    let out = run(&["analyze", &p, "--format", "xml"], None).usage_error();
    assert!(out.stderr.contains("xml"), "{}", out.stderr);
    run(&["analyze", &p, "--format"], None).usage_error();
}

#[test]
fn issue2_bad_input_type_exits_2() {
    let d = scratch("bad-type");
    let p = write(&d, "notice.html", NOTICE);
    run(&["analyze", &p, "--input-type", "pdf"], None).usage_error();
}

#[test]
fn issue2_bad_command_lines_exit_2() {
    let d = scratch("bad-cmd");
    let p = write(&d, "notice.html", NOTICE);
    run(&[], None).usage_error();
    run(&["frobnicate"], None).usage_error();
    run(&["analyze"], None).usage_error();
    run(&["analyze", &p, &p], None).usage_error();
    run(&["analyze", &p, "--previous"], None).usage_error();
    run(&["analyze", &p, "--url"], None).usage_error();
    run(&["batch"], None).usage_error();
    run(&["batch", "--input"], None).usage_error();
    run(&["batch", "--input", "/nonexistent/in.jsonl"], None).usage_error();
}

#[test]
fn issue2_binary_input_exits_2() {
    let d = scratch("binary");
    // Deterministic pseudo-random bytes.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let bytes: Vec<u8> = (0..8192)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect();
    let p = write(&d, "blob.html", &bytes);
    let out = run(&["analyze", &p], None).usage_error();
    assert!(out.stderr.contains("not text"), "{}", out.stderr);
    run(&["analyze", "-"], Some(&bytes)).usage_error();
    // Binary previous version as well.
    let ok = write(&d, "notice.html", NOTICE);
    run(&["analyze", &ok, "--previous", &p], None).usage_error();
}

// ---------------------------------------------------------------------------------------------
// batch
// ---------------------------------------------------------------------------------------------

fn batch_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("batch output line is not JSON ({e}): {l}")))
        .collect()
}

fn numbered_policy(i: usize) -> String {
    let (data, who) = [
        ("email address", "advertising partners"),
        ("precise location", "data brokers"),
        ("purchase history", "analytics providers"),
        ("phone number", "our affiliates"),
        ("browsing history", "advertisers"),
    ][i % 5];
    format!(
        "<html><head><title>Privacy Policy {i}</title></head><body><main><h1>Privacy Policy</h1>\
         <p>This policy describes how Shop{i} handles personal information.</p>\
         <h2>Sharing</h2><p>We share your {data} with {who} for marketing purposes.</p></main></body></html>"
    )
}

#[test]
fn issue2_batch_preserves_order() {
    let d = scratch("batch-order");
    let mut input = String::new();
    for i in 0..50 {
        let line = match i % 3 {
            0 => json!({"id": format!("p{i}"), "html": numbered_policy(i)}),
            1 => {
                json!({"id": i, "text": format!("Privacy Policy\n\nThis privacy policy applies to Shop{i}.\n\nWe sell your contact information to data brokers.\n")})
            }
            _ => {
                json!({"id": format!("p{i}"), "markdown": format!("# Privacy Policy {i}\n\nWe share your device identifiers with analytics providers.\n"), "url": format!("https://shop{i}.example/privacy")})
            }
        };
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let path = write(&d, "in.jsonl", &input);
    let out = run(&["batch", "--input", &path], None).ok();
    let lines = batch_lines(&out.stdout);
    assert_eq!(lines.len(), 50, "one line per input");
    for (i, l) in lines.iter().enumerate() {
        let want = if i % 3 == 1 { json!(i) } else { json!(format!("p{i}")) };
        assert_eq!(l["id"], want, "line {i} out of order");
        let r = &l["report"];
        assert!(r.is_object(), "line {i} has a report: {l}");
        assert_report_shape(r);
        assert!(!findings(r).is_empty(), "line {i} finds the sharing: {l}");
        if i % 3 == 0 {
            let (data, _) = [("email", ""), ("location", ""), ("purchase", ""), ("phone", ""), ("browsing", "")][i % 5];
            assert!(findings(r)[0]["evidence"].as_str().unwrap().contains(data), "line {i} belongs to its input: {l}");
            assert_eq!(r["page"]["title"], format!("Privacy Policy {i}"));
        }
        if i % 3 == 2 {
            assert_eq!(r["page"]["url"], format!("https://shop{i}.example/privacy"));
        }
    }
    // stdin gives the same bytes.
    let via_stdin = run(&["batch", "--input", "-"], Some(input.as_bytes())).ok();
    assert_eq!(via_stdin.stdout, out.stdout);
}

#[test]
fn issue2_batch_bad_line_does_not_stop() {
    let lines = [
        json!({"id": "first", "html": NOTICE}).to_string(),
        "{this is not json".to_string(),
        json!({"id": "no-content", "url": "https://x.example/privacy"}).to_string(),
        json!({"id": "wrong-type", "html": 42}).to_string(),
        "[1, 2, 3]".to_string(),
        json!({"id": "binary", "text": "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}".repeat(20)}).to_string(),
        json!({"id": "last", "markdown": MARKDOWN_POLICY}).to_string(),
    ];
    let input = lines.join("\n") + "\n";
    let out = run(&["batch", "--input", "-"], Some(input.as_bytes())).ok();
    let got = batch_lines(&out.stdout);
    assert_eq!(got.len(), lines.len(), "one output line per input line:\n{}", out.stdout);

    assert_eq!(got[0]["id"], "first");
    assert!(got[0]["report"].is_object());
    for (i, l) in got.iter().enumerate().take(6).skip(1) {
        assert!(l["error"].as_str().is_some_and(|e| !e.is_empty()), "line {i} is an error line: {l}");
        assert!(l.get("report").is_none(), "line {i}: {l}");
        assert!(l.get("id").is_some(), "line {i} carries an id (null when unknown): {l}");
    }
    assert!(got[1]["error"].as_str().unwrap().to_lowercase().contains("json"), "{}", got[1]);
    assert_eq!(got[2]["id"], "no-content");
    assert_eq!(got[3]["id"], "wrong-type");
    assert_eq!(got[5]["id"], "binary");
    assert!(got[5]["error"].as_str().unwrap().contains("not text"), "{}", got[5]);
    assert_eq!(got[6]["id"], "last");
    assert!(findings(&got[6]["report"]).iter().any(|f| has_data(f, "contact.email")), "{}", got[6]);
}

#[test]
fn issue2_batch_previous_produces_diff() {
    let lines = [
        json!({"id": "html-pair", "html": POLICY_V2, "previous_html": POLICY_V1}),
        json!({"id": "reworded", "html": POLICY_V1_REWORDED, "previous_html": POLICY_V1}),
        json!({
            "id": "text-pair",
            "text": "Privacy Policy\n\nWe share your email address with our payment processor to process payments.\n\nWe share your precise location with data brokers.\n",
            "previous_text": "Privacy Policy\n\nWe share your email address with our payment processor to process payments.\n"
        }),
        json!({
            "id": "md-pair",
            "markdown": "# Privacy Policy\n\nWe share your email address with our payment processor.\n",
            "previous_markdown": "# Privacy Policy\n\nWe share your email address with our payment processor.\n\nWe sell your browsing history to advertisers.\n"
        }),
    ];
    let input: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    let got = batch_lines(&run(&["batch", "--input", "-"], Some(input.as_bytes())).ok().stdout);
    assert_eq!(got.len(), 4);

    let r = &got[0]["report"];
    assert_report_shape(r);
    assert!(findings(r).iter().any(|f| has_data(f, "location.") && status(f) == "new"), "{r:#}");
    assert!(findings(r).iter().any(|f| status(f) == "unchanged"), "{r:#}");
    assert!(findings(r).iter().any(|f| status(f) == "removed"), "{r:#}");
    assert!(assurances(r).iter().any(|a| has_data(a, "health") && a["status"] == "removed"), "{r:#}");

    let r = &got[1]["report"];
    assert!(findings(r).iter().all(|f| status(f) == "unchanged"), "reworded: {r:#}");

    let r = &got[2]["report"];
    assert!(findings(r).iter().any(|f| has_data(f, "location.") && status(f) == "new"), "{r:#}");
    assert!(findings(r).iter().any(|f| has_data(f, "contact.email") && status(f) == "unchanged"), "{r:#}");

    let r = &got[3]["report"];
    assert!(findings(r).iter().any(|f| has_data(f, "activity.browsing") && status(f) == "removed"), "{r:#}");
    assert!(findings(r).iter().all(|f| status(f) != "new"), "{r:#}");
}

#[test]
fn issue2_batch_report_matches_analyze() {
    // A batch report carries the same findings as `analyze` on the same page.
    let d = scratch("batch-vs-analyze");
    let p = write(&d, "notice.html", NOTICE);
    let single = run(&["analyze", &p], None).ok().json();
    let input = json!({"id": 1, "html": NOTICE}).to_string() + "\n";
    let got = batch_lines(&run(&["batch", "--input", "-"], Some(input.as_bytes())).ok().stdout);
    let b = &got[0]["report"];
    assert_eq!(b["page"]["kind"], single["page"]["kind"]);
    assert_eq!(b["summary"], single["summary"]);
    let strip = |r: &Value| -> Vec<(Value, Value, Value, Value)> {
        findings(r)
            .iter()
            .map(|f| (f["data"].clone(), f["recipients"].clone(), f["status"].clone(), f["evidence"].clone()))
            .collect()
    };
    assert_eq!(strip(b), strip(&single));
}

#[test]
fn issue2_batch_empty_input_is_empty_output() {
    let out = run(&["batch", "--input", "-"], Some(b"")).ok();
    assert!(out.stdout.is_empty(), "{}", out.stdout);
}

#[test]
fn issue2_batch_large_input_uses_windows_in_order() {
    // More lines than one processing window (512) keeps order and count.
    let mut input = String::new();
    for i in 0..1100 {
        if i % 97 == 13 {
            input.push_str("not json at all\n");
        } else {
            input.push_str(&json!({"id": i, "text": format!("Privacy Policy\n\nWe share your email address with advertisers ({i}).\n")}).to_string());
            input.push('\n');
        }
    }
    let got = batch_lines(&run(&["batch", "--input", "-"], Some(input.as_bytes())).ok().stdout);
    assert_eq!(got.len(), 1100);
    for (i, l) in got.iter().enumerate() {
        if i % 97 == 13 {
            assert!(l["error"].is_string(), "line {i}: {l}");
        } else {
            assert_eq!(l["id"], json!(i), "line {i}");
            assert!(l["report"].is_object(), "line {i}: {l}");
        }
    }
}
