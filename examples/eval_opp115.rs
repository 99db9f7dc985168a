//! OPP-115 evaluation: third-party sharing detection per policy segment, against the law-student
//! annotations in `../shared/corpora/opp115/segments.jsonl` (2-of-3 majority).
//!
//! ```text
//! cargo run --release --example eval_opp115 [-- --show fp|fn N] [--corpus PATH]
//! ```
//! Each segment is analysed on its own, with the policy's URL (as the extension would know it).
//! Prints precision, recall, F1 and data-type agreement. Skips (exit 0) when the corpus is absent.

use sharewatch::{analyze, InputType, Options, Previous};
use std::io::BufRead;

/// OPP-115 information types → ShareWatch data ids that count as agreeing.
fn agrees(opp: &str, id: &str) -> bool {
    match opp {
        "Generic personal information" | "Other" | "Survey data" => true,
        "Cookies and tracking elements" | "IP address and device IDs" | "Computer information" => {
            id == "identifiers.device"
        }
        "User online activities" => id.starts_with("activity."),
        "Contact" => id.starts_with("contact.") || id == "identity.name",
        "Health" => id == "health",
        "Financial" => id.starts_with("financial."),
        "Location" => id.starts_with("location."),
        "Demographic" => id == "demographic",
        "User Profile" => id.starts_with("identity.") || id == "demographic",
        "Personal identifier" => id.starts_with("identity.") || id == "identifiers.device",
        _ => false,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = format!("{}/../shared/corpora/opp115/segments.jsonl", env!("CARGO_MANIFEST_DIR"));
    let mut show: Option<(String, usize)> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--corpus" => {
                i += 1;
                path = args.get(i).cloned().unwrap_or_default();
            }
            "--show" => {
                let what = args.get(i + 1).cloned().unwrap_or_else(|| "fn".into());
                let n = args.get(i + 2).and_then(|x| x.parse().ok()).unwrap_or(10);
                show = Some((what, n));
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    let Ok(f) = std::fs::File::open(&path) else {
        println!("opp115: corpus not found at {path}; skipped");
        return;
    };
    let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let (mut dt_agree, mut dt_total) = (0usize, 0usize);
    let (mut neg_gold, mut neg_found) = (0usize, 0usize);
    let mut shown = 0usize;
    let start = std::time::Instant::now();
    let mut n = 0usize;
    for line in std::io::BufReader::new(f).lines() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let gold = v["third_party"]["sharing"].as_bool().unwrap_or(false);
        let gold_neg = v["third_party"]["does_not"].as_bool().unwrap_or(false);
        n += 1;
        // The page's address, as the extension and the CLI know it (the policy's own brand is
        // then never a recipient of its own data).
        let url =
            v["policy_url"].as_str().map(|u| if u.contains("://") { u.to_string() } else { format!("https://{u}") });
        let a = match analyze(
            text,
            &Options { url: url.as_deref(), input_type: Some(InputType::Text), force: true },
            Previous::None,
        ) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("segment {}: {e}", v["segment_id"]);
                continue;
            }
        };
        let pred = a.report.findings.iter().any(|f| f.status != sharewatch::Status::Removed);
        if gold_neg {
            neg_gold += 1;
            if !a.report.assurances.is_empty() {
                neg_found += 1;
            }
        }
        match (gold, pred) {
            (true, true) => {
                tp += 1;
                let types: Vec<&str> = v["third_party"]["info_types_majority"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
                    .unwrap_or_default();
                if !types.is_empty() {
                    dt_total += 1;
                    let ids: Vec<&str> = a.report.findings.iter().flat_map(|f| f.data.iter().map(|d| d.id())).collect();
                    if types.iter().any(|t| ids.iter().any(|id| agrees(t, id))) {
                        dt_agree += 1;
                    }
                }
            }
            (false, true) => fp += 1,
            (true, false) => fn_ += 1,
            (false, false) => tn += 1,
        }
        if let Some((what, max)) = &show {
            let hit = what == "fp" && !gold && pred || what == "fn" && gold && !pred;
            if hit && shown < *max {
                shown += 1;
                println!(
                    "--- {} [{}#{}] gold entities {:?}",
                    what.to_uppercase(),
                    v["policy_name"],
                    v["segment_id"],
                    v["third_party"]["entities_majority"]
                );
                println!("{}", text.chars().take(700).collect::<String>().replace('\n', " "));
                for f in &a.report.findings {
                    println!(
                        "  => {:?} -> {:?} | {}",
                        f.data.iter().map(|d| d.id()).collect::<Vec<_>>(),
                        f.recipients.iter().map(|r| r.label.clone()).collect::<Vec<_>>(),
                        f.evidence.chars().take(160).collect::<String>()
                    );
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("opp115: {n} segments, gold sharing {} | TP {tp} FP {fp} FN {fn_} TN {tn}", tp + fn_);
    println!("opp115: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    println!(
        "opp115: data-type agreement on true positives {dt_agree}/{dt_total} ({:.3})",
        dt_agree as f64 / dt_total.max(1) as f64
    );
    println!("opp115: explicit \"does not share\" segments with a promise found: {neg_found}/{neg_gold}");
    println!("opp115: {:.0} segments/s (single thread, including JSON parsing)", n as f64 / secs);
}
