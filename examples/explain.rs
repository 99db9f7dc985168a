//! Shows how the engine reads a text: per sentence, its cues and entities, then the statements.
//! `cargo run --release --example explain -- FILE [lang [url]]` (a debugging aid for lexicon work).

use sharewatch::extract::{extract, InputType};
use sharewatch::lexicon::{lexicon, Lang};
use sharewatch::statements::{extract_statements, match_cues, sentences, Context};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: explain FILE [en|de|fr|es] [URL]");
        std::process::exit(2);
    };
    let content = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2)
    });
    let lang = args.get(1).and_then(|c| Lang::from_code(c)).unwrap_or(Lang::En);
    let lex = lexicon(lang);
    let doc = extract(&content, InputType::sniff(&content));
    let mut sents = sentences(&doc);
    match_cues(&mut sents, lex);
    for (i, s) in sents.iter().enumerate() {
        println!("[{i}]{} {}", s.lead.map(|l| format!(" (lead {l})")).unwrap_or_default(), s.text);
        if std::env::var_os("EXPLAIN_TOKENS").is_some() {
            let toks: Vec<String> = s
                .toks
                .iter()
                .enumerate()
                .map(|(i, t)| format!("{i}:{}", &s.lower[t.lo.0 as usize..t.lo.1 as usize]))
                .collect();
            println!("    tokens: {}", toks.join(" "));
        }
        let cues: Vec<String> = s.cues.iter().map(|m| format!("{:?}@{}", m.value, m.start)).collect();
        println!("    cues: {}", cues.join(" "));
        let mut ents = Vec::new();
        lex.entities.find_all(&s.toks, &s.lower, &mut ents);
        let ents: Vec<String> = ents.iter().map(|m| format!("{:?}@{}", m.value, m.start)).collect();
        println!("    entities: {}", ents.join(" "));
    }
    // The same publisher name the CLI finds (from the title, else "X (\"we\")"), so that the
    // statements match what `sharewatch analyze` reports.
    let url = args.get(2).map(String::as_str);
    let brand = sharewatch::detect::brand(doc.meta.title.as_deref(), url, lex)
        .or_else(|| sharewatch::detect::self_name(sents.iter().map(|s| s.text.as_str())));
    println!("BRAND {brand:?}");
    for st in extract_statements(&sents, &Context { brand, ..Context::plain(&doc, lang) }) {
        println!(
            "STATEMENT s{} neg={} {:?} -> {:?} for {:?} {:?}",
            st.sentence, st.negated, st.data, st.recipients, st.purposes, st.framing
        );
    }
}
