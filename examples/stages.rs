//! Per-stage timing of the engine on one page (a profiling aid):
//! `cargo run --release --example stages -- FILE [RUNS]` prints the median ms of each stage.

use sharewatch::extract::{extract, InputType};
use sharewatch::lexicon::{lexicon, Lang};
use sharewatch::statements::{extract_statements, match_cues, sentences, Context};
use sharewatch::{analyze, Options, Previous};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: stages FILE [RUNS]");
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(30);
    let content = std::fs::read_to_string(path).expect("read page");
    let ty = InputType::sniff(&content);
    let lex = lexicon(Lang::En);
    let names = ["extract", "sentences", "match_cues", "extract_statements", "drop", "analyze (all)"];
    let mut t: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    for _ in 0..runs {
        let mut lap = Instant::now();
        let mut mark = |k: usize, t: &mut Vec<Vec<f64>>| {
            t[k].push(lap.elapsed().as_secs_f64() * 1000.0);
            lap = Instant::now();
        };
        let doc = extract(&content, ty);
        mark(0, &mut t);
        let mut sents = sentences(&doc);
        mark(1, &mut t);
        match_cues(&mut sents, lex);
        mark(2, &mut t);
        let st = extract_statements(&sents, &Context::plain(&doc, Lang::En));
        mark(3, &mut t);
        drop((st, sents, doc));
        mark(4, &mut t);
        std::hint::black_box(analyze(&content, &Options::default(), Previous::None).unwrap());
        mark(5, &mut t);
    }
    for (n, v) in names.iter().zip(t) {
        let min = v.iter().copied().fold(f64::MAX, f64::min);
        println!("{n:>20}: median {:7.2} ms, min {min:7.2} ms", median(v));
    }
}
