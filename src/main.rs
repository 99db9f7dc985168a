//! `sharewatch` — the command-line face of the ShareWatch engine.
//!
//! ```text
//! sharewatch analyze PAGE [--previous OLD] [--url URL] [--input-type html|markdown|text]
//!                         [--format json|markdown|text] [--force]
//! sharewatch batch --input FILE.jsonl|-
//! ```
//! Exit status: 0 on success, 2 with a one-line message on stderr for unreadable input or bad
//! arguments.

use sharewatch::{analyze, render, Format, InputType, Options, Previous};
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  sharewatch analyze PAGE [--previous OLD] [--url URL] [--input-type html|markdown|text] [--format json|markdown|text] [--force]
  sharewatch batch --input FILE.jsonl|-
PAGE or FILE may be '-' for standard input.";

// malloc/free were ~16% of a run with the system allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Fail(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => cmd_analyze(&args[1..]),
        Some("batch") => cmd_batch(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("sharewatch {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(Fail(format!("unknown command '{other}' (try --help)"))),
        None => Err(Fail("missing command (try --help)".into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("sharewatch: {}", msg.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

fn read_input(path: &str) -> Result<String, Fail> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
        if meta.len() as usize > sharewatch::MAX_INPUT {
            return Err(Fail(format!("{path} is {} bytes; the limit is {} bytes", meta.len(), sharewatch::MAX_INPUT)));
        }
        bytes = std::fs::read(path).map_err(|e| Fail(format!("cannot read {path}: {e}")))?;
    }
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn type_from_path(path: &str) -> Option<InputType> {
    let ext = std::path::Path::new(path).extension()?.to_str()?;
    InputType::parse(ext)
}

fn cmd_analyze(args: &[String]) -> Result<(), Fail> {
    let mut page: Option<&str> = None;
    let (mut previous, mut url, mut ty, mut format, mut force) = (None, None, None, Format::Json, false);
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut value = |name: &str| -> Result<&str, Fail> {
            i += 1;
            args.get(i).map(String::as_str).ok_or_else(|| Fail(format!("{name} needs a value")))
        };
        match a {
            "--previous" => previous = Some(value("--previous")?),
            "--url" => url = Some(value("--url")?),
            "--input-type" => {
                let v = value("--input-type")?;
                ty = Some(
                    InputType::parse(v)
                        .ok_or_else(|| Fail(format!("unknown --input-type '{v}' (html, markdown, text)")))?,
                );
            }
            "--format" => {
                let v = value("--format")?;
                format =
                    Format::parse(v).ok_or_else(|| Fail(format!("unknown --format '{v}' (json, markdown, text)")))?;
            }
            "--force" => force = true,
            s if s.starts_with("--") => return Err(Fail(format!("unknown option '{s}' (try --help)"))),
            s => {
                if page.replace(s).is_some() {
                    return Err(Fail("analyze takes one PAGE".into()));
                }
            }
        }
        i += 1;
    }
    let page = page.ok_or_else(|| Fail("analyze needs a PAGE (a file or '-')".into()))?;
    let content = read_input(page)?;
    let ty = ty.or_else(|| type_from_path(page));
    let old = match previous {
        Some(p) => Some((read_input(p)?, ty.or_else(|| type_from_path(p)))),
        None => None,
    };
    let prev = match &old {
        Some((c, t)) => Previous::Page(c, *t),
        None => Previous::None,
    };
    let a =
        analyze(&content, &Options { url, input_type: ty, force }, prev).map_err(|e| Fail(format!("{page}: {e}")))?;
    let out = render(&a.report, format);
    let mut so = std::io::stdout().lock();
    so.write_all(out.as_bytes()).and_then(|_| so.flush()).map_err(|e| Fail(format!("cannot write output: {e}")))
}

fn batch_one(line: &str) -> String {
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return serde_json::json!({"id": null, "error": format!("invalid JSON: {e}")}).to_string(),
    };
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let pick = |prefix: &str| -> Option<(String, InputType)> {
        for (k, t) in [("html", InputType::Html), ("markdown", InputType::Markdown), ("text", InputType::Text)] {
            if let Some(s) = v.get(format!("{prefix}{k}")).and_then(|x| x.as_str()) {
                return Some((s.to_string(), t));
            }
        }
        None
    };
    let Some((content, ty)) = pick("") else {
        return serde_json::json!({"id": id, "error": "no \"html\", \"text\" or \"markdown\" field"}).to_string();
    };
    let prev = pick("previous_");
    let url = v.get("url").and_then(|x| x.as_str()).map(str::to_string);
    let force = v.get("force").and_then(|x| x.as_bool()).unwrap_or(false);
    let result = std::panic::catch_unwind(|| {
        let p = match &prev {
            Some((c, t)) => Previous::Page(c, Some(*t)),
            None => Previous::None,
        };
        analyze(&content, &Options { url: url.as_deref(), input_type: Some(ty), force }, p)
    });
    match result {
        // Serialised directly (not through a `Value`) so numbers print as `analyze` prints them.
        Ok(Ok(a)) => match serde_json::to_string(&a.report) {
            Ok(r) => {
                format!("{{\"id\":{},\"report\":{r}}}", serde_json::to_string(&id).unwrap_or_else(|_| "null".into()))
            }
            Err(e) => serde_json::json!({"id": id, "error": format!("cannot serialise the report: {e}")}).to_string(),
        },
        Ok(Err(e)) => serde_json::json!({"id": id, "error": e.to_string()}).to_string(),
        Err(_) => serde_json::json!({"id": id, "error": "internal error while analysing this input"}).to_string(),
    }
}

fn cmd_batch(args: &[String]) -> Result<(), Fail> {
    let mut input: Option<&str> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--input" => {
                i += 1;
                input = Some(args.get(i).ok_or_else(|| Fail("--input needs a value".into()))?);
            }
            s => return Err(Fail(format!("unknown batch argument '{s}' (try --help)"))),
        }
        i += 1;
    }
    let input = input.ok_or_else(|| Fail("batch needs --input FILE.jsonl or --input -".into()))?;
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(input).map_err(|e| Fail(format!("cannot read {input}: {e}")))?,
        ))
    };
    // Quiet the default panic message: a failed item is reported as an error line.
    std::panic::set_hook(Box::new(|_| {}));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 16);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut window: Vec<String> = Vec::with_capacity(512);
    let mut lines = reader.split(b'\n');
    loop {
        window.clear();
        while window.len() < 512 {
            match lines.next() {
                Some(Ok(bytes)) => {
                    let s =
                        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                    if !s.trim().is_empty() {
                        window.push(s);
                    }
                }
                Some(Err(e)) => return Err(Fail(format!("cannot read {input}: {e}"))),
                None => break,
            }
        }
        if window.is_empty() {
            break;
        }
        let results = process_parallel(&window, workers);
        for r in results {
            out.write_all(r.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
                .map_err(|e| Fail(format!("cannot write output: {e}")))?;
        }
    }
    out.flush().map_err(|e| Fail(format!("cannot write output: {e}")))
}

fn process_parallel(lines: &[String], workers: usize) -> Vec<String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<String>> = vec![None; lines.len()];
    let slots: Vec<std::sync::Mutex<Option<String>>> = (0..lines.len()).map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|sc| {
        for _ in 0..workers.min(lines.len()) {
            sc.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= lines.len() {
                    break;
                }
                let r = batch_one(&lines[i]);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    for (i, s) in slots.into_iter().enumerate() {
        results[i] = s.into_inner().ok().flatten();
    }
    results.into_iter().map(|r| r.unwrap_or_else(|| "{\"id\": null, \"error\": \"internal error\"}".into())).collect()
}
