//! Renderers: JSON, Markdown (for the clipboard) and plain text. The extension's copy buttons and
//! the CLI call these same functions, so both produce the same bytes.

use crate::report::{Assurance, Finding, Report, Status};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON of the report.
    Json,
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
}

impl Format {
    /// Parses `json`, `markdown`/`md`, `text`/`txt`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Some(Format::Json),
            "markdown" | "md" => Some(Format::Markdown),
            "text" | "txt" | "plain" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Renders a report.
pub fn render(r: &Report, f: Format) -> String {
    match f {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(r).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
            s.push('\n');
            s
        }
        Format::Markdown => markdown(r),
        Format::Text => text(r),
    }
}

fn kind_label(r: &Report) -> &'static str {
    match r.page.kind {
        crate::detect::PageKind::PrivacyPolicy => "privacy policy",
        crate::detect::PageKind::Terms => "terms of service",
        crate::detect::PageKind::CookiePolicy => "cookie policy",
        crate::detect::PageKind::PolicyUpdate => "policy update notice",
        crate::detect::PageKind::Other => "not a policy page",
    }
}

/// Escapes Markdown punctuation (and HTML angle brackets) in page-derived text.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn group_by_recipient<'a>(fs: &[&'a Finding]) -> Vec<(String, Vec<&'a Finding>)> {
    let mut g: Vec<(String, Vec<&Finding>)> = Vec::new();
    for f in fs {
        let key = f.recipients.iter().map(|r| r.label.clone()).collect::<Vec<_>>().join(", ");
        match g.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(f),
            None => g.push((key, vec![f])),
        }
    }
    g
}

fn sections(r: &Report) -> Vec<(&'static str, Vec<&Finding>)> {
    let pick = |s: Status| r.findings.iter().filter(|f| f.status == s).collect::<Vec<_>>();
    let mut v = vec![("New sharing", pick(Status::New))];
    if r.compared_with.is_some() {
        v.push(("No longer shared", pick(Status::Removed)));
        v.push(("Unchanged sharing", pick(Status::Unchanged)));
    } else {
        v.push(("Existing sharing", pick(Status::Existing)));
    }
    v
}

fn promise_line(a: &Assurance) -> String {
    let to: Vec<&str> = a.recipients.iter().map(|r| r.label.as_str()).collect();
    let what = a.data_labels.join(", ");
    // "We don't sell your personal information" promises no sale (of the data, to anyone).
    if a.purposes.contains(&crate::lexicon::Purpose::Sale) {
        return match a.status {
            Status::Removed => format!("Dropped promise: not selling {what}"),
            Status::New => format!("New promise: not selling {what}"),
            _ => format!("Not sold: {what}"),
        };
    }
    match a.status {
        Status::Removed => format!("Dropped promise: not sharing {what} with {}", to.join(", ")),
        Status::New => format!("New promise: not sharing {what} with {}", to.join(", ")),
        _ => format!("Not shared: {what} with {}", to.join(", ")),
    }
}

fn markdown(r: &Report) -> String {
    let mut o = String::new();
    let title = r.page.title.as_deref().unwrap_or("Untitled page");
    o.push_str(&format!("# ShareWatch: {}\n\n", md(title)));
    o.push_str(&format!("- **Page:** {} (confidence {:.2})\n", kind_label(r), r.page.confidence));
    if let Some(u) = &r.page.url {
        o.push_str(&format!("- **URL:** <{}>\n", u.replace(['<', '>', ' '], "")));
    }
    if let Some(d) = &r.page.effective_date {
        o.push_str(&format!("- **Date:** {}\n", md(d)));
    }
    o.push_str(&format!(
        "- **Language:** {}{}\n",
        r.page.language,
        if r.page.supported { "" } else { " (not supported)" }
    ));
    if let Some(c) = &r.compared_with {
        o.push_str(&format!(
            "- **Compared with:** the version of {}\n",
            md(c.date.as_deref().unwrap_or("an earlier visit"))
        ));
    }
    o.push_str(&format!("\n> {}\n", md(&r.summary)));
    if let Some(n) = &r.notice {
        o.push_str(&format!("\n_{}_\n", md(n)));
    }
    for (name, fs) in sections(r) {
        if fs.is_empty() {
            continue;
        }
        o.push_str(&format!("\n## {name}\n"));
        for (rec, group) in group_by_recipient(&fs) {
            o.push_str(&format!("\n### {}\n", md(&rec)));
            for f in group {
                o.push_str(&format!("\n- **Data:** {}{}\n", md(&f.data_labels.join(", ")), deidentified_note(f)));
                if !f.purpose_labels.is_empty() {
                    o.push_str(&format!("- **Purposes:** {}\n", md(&f.purpose_labels.join(", "))));
                }
                if let Some(s) = &f.section {
                    o.push_str(&format!("- **Section:** {}\n", md(s)));
                }
                o.push_str(&format!("- **Evidence:** \u{201c}{}\u{201d}\n", md(&f.evidence)));
                if let Some(op) = &f.opt_out {
                    o.push_str(&format!("- **Opt-out:** {}\n", md(op)));
                }
            }
        }
    }
    if !r.assurances.is_empty() {
        o.push_str("\n## Promises\n\n");
        for a in &r.assurances {
            o.push_str(&format!("- {} \u{2014} \u{201c}{}\u{201d}\n", md(&promise_line(a)), md(&a.evidence)));
        }
    }
    if !r.opt_outs.is_empty() {
        o.push_str("\n## Opt-outs\n\n");
        for op in &r.opt_outs {
            o.push_str(&format!("- {}\n", md(op)));
        }
    }
    o.push_str("\n_Generated locally by ShareWatch._\n");
    o
}

/// " (aggregated or de-identified)" after the data of a finding whose sentence says so.
fn deidentified_note(f: &Finding) -> &'static str {
    if f.deidentified {
        " (aggregated or de-identified)"
    } else {
        ""
    }
}

fn text(r: &Report) -> String {
    let mut o = String::new();
    let title = r.page.title.as_deref().unwrap_or("Untitled page");
    o.push_str(&format!("ShareWatch: {title}\n"));
    o.push_str(&format!("Page: {} (confidence {:.2})\n", kind_label(r), r.page.confidence));
    if let Some(u) = &r.page.url {
        o.push_str(&format!("URL: {u}\n"));
    }
    if let Some(d) = &r.page.effective_date {
        o.push_str(&format!("Date: {d}\n"));
    }
    o.push_str(&format!("Language: {}{}\n", r.page.language, if r.page.supported { "" } else { " (not supported)" }));
    if let Some(c) = &r.compared_with {
        o.push_str(&format!("Compared with: the version of {}\n", c.date.as_deref().unwrap_or("an earlier visit")));
    }
    o.push_str(&format!("\n{}\n", r.summary));
    if let Some(n) = &r.notice {
        o.push_str(&format!("\n{n}\n"));
    }
    for (name, fs) in sections(r) {
        if fs.is_empty() {
            continue;
        }
        o.push_str(&format!("\n{}\n{}\n", name.to_uppercase(), "=".repeat(name.len())));
        for (rec, group) in group_by_recipient(&fs) {
            o.push_str(&format!("\n{rec}\n"));
            for f in group {
                o.push_str(&format!("  Data: {}{}\n", f.data_labels.join(", "), deidentified_note(f)));
                if !f.purpose_labels.is_empty() {
                    o.push_str(&format!("  Purposes: {}\n", f.purpose_labels.join(", ")));
                }
                o.push_str(&format!("  Evidence: \"{}\"\n", f.evidence));
                if let Some(op) = &f.opt_out {
                    o.push_str(&format!("  Opt-out: {op}\n"));
                }
            }
        }
    }
    if !r.assurances.is_empty() {
        o.push_str("\nPROMISES\n========\n");
        for a in &r.assurances {
            o.push_str(&format!("- {} \u{2014} \"{}\"\n", promise_line(a), a.evidence));
        }
    }
    if !r.opt_outs.is_empty() {
        o.push_str("\nOPT-OUTS\n========\n");
        for op in &r.opt_outs {
            o.push_str(&format!("- {op}\n"));
        }
    }
    o
}
