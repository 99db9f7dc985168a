//! Speed benchmark for the ShareWatch engine.
//!
//! ```text
//! cargo run --release --example bench [-- --iters N] [--corpus PATH] [--no-cli]
//! cargo run --release --example bench -- --dump-page BYTES PATH   # write a generated page, exit
//! ```
//!
//! Prints one line per metric:
//! - (a) full `analyze` on a generated ~300 KB privacy-policy page (min / median ms over N runs)
//!   against html5ever alone (`scraper::Html::parse_document` on the same bytes); goals: full ≤
//!   10 ms, full / parse ≤ 2×.
//! - (b) batch throughput over the OPP-115 segments (`../shared/corpora/opp115/segments.jsonl`)
//!   with 1 and 2 threads through the library, and through `target/release/sharewatch batch`;
//!   goal ≥ 5,000 segments/s with 2 threads. Skipped with a message when the corpus is absent.
//! - (c) 1 MB and 20 MB generated pages: ms and ms per MB (linearity).
//!
//! A page of 300 sentences or more is analysed on two threads where the machine has two cores;
//! `SHAREWATCH_THREADS=1` keeps it on one (the first line says which).
//!
//! The pages are generated here from sentence templates (sharing statements, promises, ordinary
//! policy prose, headings, lists, a table, navigation/cookie-banner/footer chrome and inline
//! scripts), with a fixed-seed generator so every run measures the same bytes.

use sharewatch::{analyze, InputType, Options, Previous};
use std::io::{BufRead, Read, Write};
use std::time::{Duration, Instant};

// The allocator the CLI uses (src/main.rs), so that the bench measures what the CLI does.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// ---------------------------------------------------------------------------------------------
// Page generator
// ---------------------------------------------------------------------------------------------

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const DATA: &[&str] = &[
    "email address", "phone number", "postal address", "name", "date of birth", "precise location",
    "approximate location", "IP address", "device identifiers", "advertising ID", "browsing history", "search history",
    "purchase history", "payment card details", "contacts", "photos", "voice recordings", "health information",
    "fitness data", "usage data", "crash logs", "the content of your messages", "account information",
    "profile information", "information about your interactions with our ads",
];
const RECIPIENTS: &[&str] = &[
    "advertising partners", "analytics providers", "our affiliates", "our parent company", "payment processors",
    "cloud hosting providers", "data brokers", "law enforcement agencies", "marketing partners", "Google", "Facebook",
    "Stripe", "Amazon Web Services", "insurance companies", "our corporate family", "researchers",
    "service providers who work on our behalf", "a buyer of our business",
];
const PURPOSES: &[&str] = &[
    "to show you personalized ads", "to measure the performance of our campaigns", "to process your payments",
    "to deliver your orders", "to prevent fraud", "to comply with legal obligations", "to improve our services",
    "for research purposes", "to provide customer support", "to send you marketing emails", "",
];
const ACTIONS: &[&str] = &[
    "create an account", "make a purchase", "contact customer support", "use our mobile app", "visit our stores",
    "enter a contest", "connect a third-party account", "enable location services",
];
const HEADINGS: &[&str] = &[
    "Information We Collect", "How We Use Your Information", "How We Share Your Information",
    "Cookies and Similar Technologies", "Your Choices and Rights", "Data Retention", "Security",
    "International Transfers", "Children's Privacy", "California Residents", "Changes to This Policy", "Contact Us",
    "Advertising and Analytics", "Business Transfers",
];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

fn sentence(r: &mut Lcg) -> String {
    let (d, d2, who, why) = (r.pick(DATA), r.pick(DATA), r.pick(RECIPIENTS), r.pick(PURPOSES));
    let why = if why.is_empty() { String::new() } else { format!(" {why}") };
    match r.below(22) {
        0 | 1 => format!("We share your {d} and {d2} with {who}{why}."),
        2 => format!("We may disclose your {d} to {who}{why}."),
        3 => format!("When you {}, {who} may receive your {d}.", r.pick(ACTIONS)),
        4 => format!("Starting {} {}, we will share your {d} with {who}{why}.", r.pick(MONTHS), 1 + r.below(28)),
        5 => format!("We sell your {d} to {who}."),
        6 => format!("We do not sell your {d}."),
        7 => format!("We will never share your {d} with {who}."),
        8 => format!("We may share aggregated or de-identified information with {who}{why}."),
        9 => format!("If we are involved in a merger, acquisition or sale of assets, your {d} may be transferred to the acquiring company."),
        10 => format!("We collect your {d} when you {}.", r.pick(ACTIONS)),
        11 => format!("We retain your {d} for {} months after you close your account, unless a longer period is required by law.", 3 + r.below(36)),
        12 => format!("You can access, correct or delete your {d} at any time in your account settings."),
        13 => format!("We use industry-standard encryption to protect your {d} in transit and at rest."),
        14 => "If you have any questions about this policy, please contact our Data Protection Officer at privacy@example.com.".to_string(),
        15 => "This policy applies to all of our websites, mobile applications and other online services.".to_string(),
        16 => format!("You may opt out of {why} by visiting the privacy settings page.", why = if why.is_empty() { " targeted advertising" } else { why.as_str() }),
        17 => format!("Our <a href=\"/partners\">{who}</a> are contractually required to protect your <strong>{d}</strong>."),
        18 => "We review this policy regularly and will notify you of material changes by email or through a notice on our website.".to_string(),
        19 => format!("Some browsers offer a Do Not Track setting; our services do not currently respond to it, but you can limit the {d} we collect."),
        20 => format!("Third parties such as {who} may collect your {d} directly through cookies and pixels on our site."),
        _ => "Where we rely on your consent, you may withdraw it at any time without affecting the lawfulness of earlier processing.".to_string(),
    }
}

fn chrome_top(r: &mut Lcg) -> String {
    let mut s = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Privacy Policy | Example Shop</title>\
         <meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"/site.css\">\
         <style>body{font-family:sans-serif}.nav a{margin:0 4px}.cookie-banner{position:fixed;bottom:0}</style>\
         <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>\
         </head><body><header class=\"site-header\"><a class=\"logo\" href=\"/\">Example Shop</a><nav class=\"nav\"><ul>",
    );
    for i in 0..40 {
        s.push_str(&format!(
            "<li><a href=\"/c/{i}\">{} {i}</a></li>",
            r.pick(&["Women", "Men", "Kids", "Home", "Sale", "New in", "Brands"])
        ));
    }
    s.push_str("</ul></nav><form class=\"search\"><input type=\"search\" placeholder=\"Search\"><button>Go</button></form></header>");
    s.push_str("<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience and share data with our partners.</p><button>Accept all</button><button>Settings</button></div>");
    s.push_str("<div class=\"layout\"><aside class=\"sidebar\"><h4>On this page</h4><ul>");
    for h in HEADINGS {
        s.push_str(&format!("<li><a href=\"#{}\">{h}</a></li>", h.to_lowercase().replace(' ', "-")));
    }
    s.push_str("</ul></aside><main id=\"content\" class=\"policy\"><article><h1>Privacy Policy</h1><p class=\"updated\">Last updated: March 3, 2024</p>");
    s
}

fn chrome_bottom(r: &mut Lcg) -> String {
    let mut s = String::from("</article></main></div><footer class=\"site-footer\"><div class=\"cols\">");
    for c in 0..4 {
        s.push_str(&format!("<div class=\"col\"><h5>Column {c}</h5><ul>"));
        for i in 0..12 {
            s.push_str(&format!(
                "<li><a href=\"/f/{c}/{i}\">{} {i}</a></li>",
                r.pick(&["Help", "Returns", "Careers", "Press", "Stores", "Gift cards"])
            ));
        }
        s.push_str("</ul></div>");
    }
    s.push_str("</div><p>&copy; 2024 Example Shop Ltd. All rights reserved.</p></footer>");
    s.push_str("<script>(function(){var s=document.createElement('script');s.src='https://cdn.example/analytics.js';document.head.appendChild(s);})();</script></body></html>");
    s
}

fn section(r: &mut Lcg, n: usize) -> String {
    let h = HEADINGS[n % HEADINGS.len()];
    let mut s = format!("<section id=\"s{n}\"><h2>{n}. {h}</h2>");
    for _ in 0..(2 + r.below(3)) {
        match r.below(6) {
            0 => {
                s.push_str(&format!(
                    "<h3>{}</h3>",
                    r.pick(&[
                        "Service providers", "Advertising partners", "Legal requirements", "Affiliates",
                        "With your consent"
                    ])
                ));
                s.push_str(&format!("<p>{}</p>", sentence(r)));
            }
            1 => {
                s.push_str(&format!("<p>We share the following information with {}:</p><ul>", r.pick(RECIPIENTS)));
                for _ in 0..(2 + r.below(4)) {
                    s.push_str(&format!("<li>your {};</li>", r.pick(DATA)));
                }
                s.push_str("</ul>");
            }
            2 => {
                s.push_str(
                    "<table><thead><tr><th>Category</th><th>Recipients</th><th>Purpose</th></tr></thead><tbody>",
                );
                for _ in 0..3 {
                    s.push_str(&format!(
                        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                        r.pick(DATA),
                        r.pick(RECIPIENTS),
                        r.pick(PURPOSES)
                    ));
                }
                s.push_str("</tbody></table>");
            }
            _ => {
                let k = 2 + r.below(4);
                let body: Vec<String> = (0..k).map(|_| sentence(r)).collect();
                s.push_str(&format!("<p>{}</p>", body.join(" ")));
            }
        }
    }
    s.push_str("</section>");
    s
}

/// A policy page of about `target` bytes.
fn page(target: usize, seed: u64) -> String {
    let mut r = Lcg(seed);
    let mut s = chrome_top(&mut r);
    let bottom = chrome_bottom(&mut r);
    let mut n = 1;
    while s.len() + bottom.len() < target {
        s.push_str(&section(&mut r, n));
        n += 1;
    }
    s.push_str(&bottom);
    s
}

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// (min, median) over `iters` runs, after one warm-up.
fn time_it(iters: usize, mut f: impl FnMut()) -> (f64, f64) {
    f();
    let mut v: Vec<f64> = (0..iters)
        .map(|_| {
            let t = Instant::now();
            f();
            ms(t.elapsed())
        })
        .collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (v[0], v[v.len() / 2])
}

fn goal(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

fn full(content: &str) -> sharewatch::Analysis {
    analyze(content, &Options::default(), Previous::None).expect("generated page analyses")
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let iters: usize = arg("--iters").and_then(|v| v.parse().ok()).unwrap_or(30).max(1);
    let corpus = arg("--corpus")
        .unwrap_or_else(|| format!("{}/../shared/corpora/opp115/segments.jsonl", env!("CARGO_MANIFEST_DIR")));
    let no_cli = args.iter().any(|a| a == "--no-cli");
    // `--dump-page BYTES PATH`: write a generated page (for profiling the CLI) and exit.
    if let Some(i) = args.iter().position(|a| a == "--dump-page") {
        let size: usize = args.get(i + 1).and_then(|v| v.parse().ok()).expect("--dump-page BYTES PATH");
        let path = args.get(i + 2).expect("--dump-page BYTES PATH");
        std::fs::write(path, page(size, 11)).expect("write page");
        return;
    }
    if cfg!(debug_assertions) {
        println!("warning: debug build; run with `cargo run --release --example bench` for meaningful numbers");
    }

    // (a) ~300 KB page: full analysis vs html5ever parse alone.
    let p300 = page(300 * 1024, 7);
    // `--profile N`: only analyse the 300 KB page N times (for `perf record`), print nothing else.
    if let Some(n) = arg("--profile").and_then(|v| v.parse::<usize>().ok()) {
        for _ in 0..n {
            std::hint::black_box(full(std::hint::black_box(&p300)));
        }
        return;
    }
    let a = full(&p300);
    println!(
        "page300k: {} bytes, {} findings ({} new), {} assurances, kind {:?}",
        p300.len(),
        a.report.findings.len(),
        a.report.findings.iter().filter(|f| f.status == sharewatch::Status::New).count(),
        a.report.assurances.len(),
        a.report.page.kind
    );
    let (full_min, full_med) = time_it(iters, || {
        std::hint::black_box(full(std::hint::black_box(&p300)));
    });
    let (parse_min, parse_med) = time_it(iters, || {
        std::hint::black_box(scraper::Html::parse_document(std::hint::black_box(&p300)));
    });
    let (ex_min, ex_med) = time_it(iters, || {
        std::hint::black_box(sharewatch::extract::extract(std::hint::black_box(&p300), InputType::Html));
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cap = std::env::var("SHAREWATCH_THREADS").ok().and_then(|v| v.parse::<usize>().ok());
    println!(
        "threads per page: {} ({cores} cores; SHAREWATCH_THREADS={})",
        cap.map_or(cores, |c| c.clamp(1, cores)).min(2),
        cap.map_or("unset".to_string(), |c| c.to_string())
    );
    println!(
        "page300k full analyze: min {full_min:.2} ms, median {full_med:.2} ms over {iters} runs (goal <= 10 ms: {})",
        goal(full_med <= 10.0)
    );
    println!("page300k html5ever parse only: min {parse_min:.2} ms, median {parse_med:.2} ms");
    println!("page300k extract (depth limit + parse + walk): min {ex_min:.2} ms, median {ex_med:.2} ms");
    let ratio = full_med / parse_med;
    println!(
        "page300k ratio full/parse: {ratio:.2}x by median, {:.2}x by min (goal <= 2x: {})",
        full_min / parse_min,
        goal(ratio <= 2.0)
    );

    // (b) OPP-115 segments: batch throughput.
    batch_bench(&corpus, no_cli);

    // (c) Linearity: 1 MB and 20 MB pages.
    let per_mb_300 = full_med / (p300.len() as f64 / 1_048_576.0);
    println!("linearity 300 KB: {full_med:.2} ms, {per_mb_300:.1} ms/MB");
    for (label, size, runs) in [("1 MB", 1usize << 20, 10usize), ("20 MB", 20usize << 20, 3)] {
        let p = page(size, 11);
        let mb = p.len() as f64 / 1_048_576.0;
        let (pmin, pmed) = time_it(runs, || {
            std::hint::black_box(scraper::Html::parse_document(&p));
        });
        let (mn, md) = time_it(runs, || {
            std::hint::black_box(full(&p));
        });
        println!(
            "linearity {label}: {} bytes, full min {mn:.1} ms / median {md:.1} ms = {:.1} ms/MB ({:.2}x the 300 KB rate); parse only median {pmed:.1} ms ({:.1} ms/MB, min {pmin:.1}); full/parse {:.2}x",
            p.len(),
            md / mb,
            (md / mb) / per_mb_300,
            pmed / mb,
            md / pmed
        );
    }
}

fn batch_bench(path: &str, no_cli: bool) {
    let Ok(f) = std::fs::File::open(path) else {
        println!("batch: corpus not found at {path}; skipped");
        return;
    };
    let mut texts: Vec<String> = Vec::new();
    for line in std::io::BufReader::new(f).lines() {
        let Ok(line) = line else { continue };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(t) = v["text"].as_str() {
            texts.push(t.to_string());
        }
    }
    if texts.is_empty() {
        println!("batch: no segments with a \"text\" field in {path}; skipped");
        return;
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "batch corpus: {} OPP-115 segments, {:.1} MB of text, {:.0} bytes/segment",
        texts.len(),
        bytes as f64 / 1e6,
        bytes as f64 / texts.len() as f64
    );
    let opts = Options { url: None, input_type: Some(InputType::Text), force: true };
    let run = |chunk: &[String]| -> usize {
        chunk.iter().map(|t| analyze(t, &opts, Previous::None).map_or(0, |a| a.report.findings.len())).sum()
    };
    // Warm-up.
    let _ = run(&texts[..texts.len().min(200)]);

    let mut best1 = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let t = Instant::now();
        found = run(&texts);
        best1 = best1.min(t.elapsed().as_secs_f64());
    }
    let n = texts.len() as f64;
    println!(
        "batch library 1 thread: {:.0} segments/s ({:.0} ms for {} segments, {found} findings; best of 3)",
        n / best1,
        best1 * 1000.0,
        texts.len()
    );

    let mut best2 = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        // Interleave so both threads get a similar mix of long and short segments.
        let total: usize = std::thread::scope(|s| {
            let hs: Vec<_> = (0..2)
                .map(|k| {
                    let texts = &texts;
                    let opts = &opts;
                    s.spawn(move || {
                        texts
                            .iter()
                            .skip(k)
                            .step_by(2)
                            .map(|t| analyze(t, opts, Previous::None).map_or(0, |a| a.report.findings.len()))
                            .sum::<usize>()
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().expect("worker")).sum()
        });
        assert_eq!(total, found, "same findings with 2 threads");
        best2 = best2.min(t.elapsed().as_secs_f64());
    }
    println!(
        "batch library 2 threads: {:.0} segments/s ({:.0} ms; speed-up {:.2}x; goal >= 5000/s: {})",
        n / best2,
        best2 * 1000.0,
        best1 / best2,
        goal(n / best2 >= 5000.0)
    );

    if no_cli {
        println!("batch CLI: skipped (--no-cli)");
        return;
    }
    let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/sharewatch");
    if !bin.exists() {
        println!("batch CLI: {} not built; skipped (cargo build --release)", bin.display());
        return;
    }
    let jsonl = std::env::temp_dir().join(format!("sharewatch-bench-{}.jsonl", std::process::id()));
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&jsonl).expect("temp JSONL"));
        for (i, t) in texts.iter().enumerate() {
            let line = serde_json::json!({"id": i, "text": t, "force": true});
            writeln!(w, "{line}").expect("write JSONL");
        }
    }
    let mut best = f64::MAX;
    let mut lines = 0usize;
    let mut errors = 0usize;
    for _ in 0..3 {
        let t = Instant::now();
        let mut child = std::process::Command::new(&bin)
            .args(["batch", "--input"])
            .arg(&jsonl)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .expect("run sharewatch batch");
        let mut out = String::new();
        child.stdout.take().expect("stdout").read_to_string(&mut out).expect("read batch output");
        let status = child.wait().expect("wait batch");
        best = best.min(t.elapsed().as_secs_f64());
        assert!(status.success(), "batch exited with {status}");
        lines = out.lines().count();
        errors = out.lines().filter(|l| l.starts_with("{\"error\"")).count();
    }
    let _ = std::fs::remove_file(&jsonl);
    println!(
        "batch CLI (target/release/sharewatch batch, {} cores available): {:.0} segments/s ({:.0} ms incl. process start, JSON in/out; {lines} lines, {errors} errors; best of 3)",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        n / best,
        best * 1000.0
    );
}
