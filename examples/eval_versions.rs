//! Version-pair evaluation over real policy histories (Open Terms Archive / PGA pairs in
//! `../shared/corpora/versions/`, listed in `index.jsonl`).
//!
//! ```text
//! cargo run --release --example eval_versions [-- --show N] [--corpus DIR]
//! ```
//! For each (old, new) pair it runs the engine's diff and prints how many findings are `new` and
//! `removed`, and promises that appeared or disappeared. The pairs are unlabelled, so these are
//! numbers to read, not scores; `--show N` prints up to N `new` findings per pair with their
//! evidence for reading.
//!
//! Two automatic controls measure false `new` findings, which must be zero:
//! * **reordered**: the old version with its sections (heading + following paragraphs) after
//!   the first in reverse order, compared with the old version;
//! * **renamed**: the old version with company suffixes changed ("Inc." → "LLC", "Ltd" →
//!   "Limited") and years moved forward, compared with the old version.
//!
//! Skips (exit 0) when the corpus is absent.

use sharewatch::{analyze, report::Status, InputType, Options, Previous};
use std::io::BufRead;
use std::time::Instant;

struct Counts {
    new: usize,
    removed: usize,
    promises_new: usize,
    promises_removed: usize,
}

fn diff(old: &str, new: &str) -> Result<(Counts, sharewatch::Analysis), sharewatch::Error> {
    let opts = Options { url: None, input_type: Some(InputType::Markdown), force: true };
    let a = analyze(new, &opts, Previous::Page(old, Some(InputType::Markdown)))?;
    let r = &a.report;
    let c = Counts {
        new: r.findings.iter().filter(|f| f.status == Status::New).count(),
        removed: r.findings.iter().filter(|f| f.status == Status::Removed).count(),
        promises_new: r.assurances.iter().filter(|f| f.status == Status::New).count(),
        promises_removed: r.assurances.iter().filter(|f| f.status == Status::Removed).count(),
    };
    Ok((c, a))
}

/// Prints up to `n` findings that are not `unchanged`, with their evidence.
fn show_changes(a: &sharewatch::Analysis, n: usize, label: &str) {
    for f in a.report.findings.iter().filter(|f| f.status != Status::Unchanged).take(n) {
        let recips: Vec<String> =
            f.recipients.iter().map(|r| r.name.clone().unwrap_or_else(|| r.kind.id().to_string())).collect();
        let data: Vec<&str> = f.data.iter().map(|d| d.id()).collect();
        println!(
            "    {label} {:?} {} -> {}: {}",
            f.status,
            data.join(","),
            recips.join(","),
            f.evidence.chars().take(220).collect::<String>()
        );
    }
}

/// Sections (a heading line and what follows it) in reverse order, the first (title) kept first.
fn reorder_sections(md: &str) -> String {
    let mut sections: Vec<String> = vec![String::new()];
    for line in md.lines() {
        if line.starts_with('#') && !sections.last().unwrap().trim().is_empty() {
            sections.push(String::new());
        }
        let cur = sections.last_mut().unwrap();
        cur.push_str(line);
        cur.push('\n');
    }
    let mut out = String::new();
    let first = sections.remove(0);
    out.push_str(&first);
    out.push('\n');
    for s in sections.iter().rev() {
        out.push_str(s);
        out.push('\n');
    }
    out
}

/// Company suffixes renamed and years moved forward by one.
fn rename(md: &str) -> String {
    let mut s =
        md.replace(" Inc.", " LLC").replace(", Inc", " LLC").replace(" Ltd", " Limited").replace(" GmbH", " SE");
    for y in (2000..2030).rev() {
        s = s.replace(&y.to_string(), &(y + 1).to_string());
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = format!("{}/../shared/corpora/versions", env!("CARGO_MANIFEST_DIR"));
    let mut show = 0usize;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--corpus" => {
                i += 1;
                dir = args.get(i).cloned().unwrap_or_default();
            }
            "--show" => {
                i += 1;
                show = args.get(i).and_then(|s| s.parse().ok()).unwrap_or(3);
            }
            other => {
                eprintln!("eval_versions: unknown argument {other}");
                std::process::exit(2);
            }
        }
        i += 1;
    }
    let index = format!("{dir}/index.jsonl");
    let Ok(f) = std::fs::File::open(&index) else {
        println!("eval_versions: {index} not found, skipping");
        return;
    };
    let t0 = Instant::now();
    let (mut pairs, mut errors) = (0usize, 0usize);
    let (mut with_new, mut total_new, mut total_removed, mut p_new, mut p_removed) = (0, 0, 0, 0, 0);
    let (mut ctrl_reorder_new, mut ctrl_reorder_pairs, mut ctrl_rename_new, mut ctrl_rename_pairs) = (0, 0, 0, 0);
    let (mut ctrl_reorder_removed, mut ctrl_rename_removed) = (0, 0);
    let mut bytes = 0usize;
    for line in std::io::BufReader::new(f).lines() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let (Some(old), Some(new)) = (v["old"].as_str(), v["new"].as_str()) else {
            continue;
        };
        let (Ok(old_text), Ok(new_text)) =
            (std::fs::read_to_string(format!("{dir}/{old}")), std::fs::read_to_string(format!("{dir}/{new}")))
        else {
            errors += 1;
            continue;
        };
        pairs += 1;
        bytes += old_text.len() + new_text.len();
        match diff(&old_text, &new_text) {
            Ok((c, a)) => {
                println!(
                    "{:<28} {:<16} {} -> {}  sim {:.3}  new {:>3}  removed {:>3}  promises +{} -{}",
                    v["service"].as_str().unwrap_or("?"),
                    v["doc_type"].as_str().unwrap_or("?").chars().take(16).collect::<String>(),
                    v["old_date"].as_str().unwrap_or("?").get(..10).unwrap_or("?"),
                    v["new_date"].as_str().unwrap_or("?").get(..10).unwrap_or("?"),
                    v["word_similarity"].as_f64().unwrap_or(0.0),
                    c.new,
                    c.removed,
                    c.promises_new,
                    c.promises_removed
                );
                for f in a.report.findings.iter().filter(|f| f.status == Status::New).take(show) {
                    let recips: Vec<String> = f
                        .recipients
                        .iter()
                        .map(|r| r.name.clone().unwrap_or_else(|| r.kind.id().to_string()))
                        .collect();
                    let data: Vec<&str> = f.data.iter().map(|d| d.id()).collect();
                    println!(
                        "    + {} -> {}: {}",
                        data.join(","),
                        recips.join(","),
                        f.evidence.chars().take(220).collect::<String>()
                    );
                }
                with_new += usize::from(c.new > 0);
                total_new += c.new;
                total_removed += c.removed;
                p_new += c.promises_new;
                p_removed += c.promises_removed;
            }
            Err(e) => {
                errors += 1;
                println!("{old}: error: {e}");
            }
        }
        if let Ok((c, a)) = diff(&old_text, &reorder_sections(&old_text)) {
            show_changes(&a, show, "reordered control");
            ctrl_reorder_pairs += 1;
            ctrl_reorder_new += c.new;
            ctrl_reorder_removed += c.removed;
        }
        if let Ok((c, a)) = diff(&old_text, &rename(&old_text)) {
            show_changes(&a, show, "renamed control");
            ctrl_rename_pairs += 1;
            ctrl_rename_new += c.new;
            ctrl_rename_removed += c.removed;
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    println!();
    println!(
        "pairs: {pairs} ({errors} errors), {:.1} MB of text, {:.2} s for {} diffs",
        bytes as f64 / 1e6,
        secs,
        pairs * 3
    );
    println!("pairs with at least one new finding: {with_new}/{pairs}; new findings {total_new}, removed findings {total_removed}; promises appeared {p_new}, dropped {p_removed}");
    println!("control reordered sections: {ctrl_reorder_new} new, {ctrl_reorder_removed} removed over {ctrl_reorder_pairs} documents (must be 0)");
    println!("control renamed companies + later years: {ctrl_rename_new} new, {ctrl_rename_removed} removed over {ctrl_rename_pairs} documents (must be 0)");
}
