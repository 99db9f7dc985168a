//! WebAssembly bindings for the extension. They only convert between JS values and the engine's
//! types; every decision is made by the engine.

use crate::{analyze as engine_analyze, render::Format, InputType, Options, Previous, Report, Snapshot};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    url: Option<String>,
    input_type: Option<String>,
    #[serde(default)]
    force: bool,
    previous: Option<Snapshot>,
}

#[derive(Serialize)]
struct JsAnalysis<'a> {
    report: &'a Report,
    snapshot: &'a Snapshot,
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyses a page. `options`: `{url?, inputType?, force?, previous?: Snapshot}`.
/// Returns `{report, snapshot}`.
#[wasm_bindgen]
pub fn analyze(content: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let input_type = match opts.input_type.as_deref() {
        Some(t) => Some(InputType::parse(t).ok_or_else(|| JsError::new(&format!("unknown inputType '{t}'")))?),
        None => None,
    };
    let prev = match &opts.previous {
        Some(s) => Previous::Snapshot(s),
        None => Previous::None,
    };
    let a = engine_analyze(content, &Options { url: opts.url.as_deref(), input_type, force: opts.force }, prev)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&JsAnalysis { report: &a.report, snapshot: &a.snapshot })
}

/// Renders a report as `"markdown"`, `"text"` or `"json"`: the exact clipboard bytes.
#[wasm_bindgen]
pub fn render(report: JsValue, format: &str) -> Result<String, JsError> {
    let f = Format::parse(format).ok_or_else(|| JsError::new(&format!("unknown format '{format}'")))?;
    let r: Report = serde_wasm_bindgen::from_value(report).map_err(|e| JsError::new(&format!("bad report: {e}")))?;
    Ok(crate::render::render(&r, f))
}

/// The engine version.
#[wasm_bindgen(js_name = engineVersion)]
pub fn engine_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
