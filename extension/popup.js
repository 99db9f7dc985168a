// The toolbar popup: reads the tab, runs the engine (wasm) here in the popup, renders the report,
// records the version in history and copies the engine's renderings to the clipboard.
//
// Opened by the toolbar button it analyses the active tab (activeTab grants access on click).
// popup.html?tab=<tabId> analyses that tab instead; the end-to-end tests open it that way.
//
// Every piece of page-derived text reaches the DOM as a Text node via dom.js (never innerHTML).
import init, { analyze, render } from "./pkg/sharewatch.js";
import { ext } from "./lib/ext.js";
import { t, localise, formatDate } from "./lib/i18n.js";
import { h, clear } from "./lib/dom.js";
import { collectPage, highlightEvidence, HIGHLIGHT_CSS } from "./lib/page.js";
import { normaliseUrl, readEntry, recordVersion, analyseWithHistory, contentHash } from "./lib/history.js";

// Milliseconds since the popup document started loading (performance.now() is relative to it).
const timings = { scriptStart: Math.round(performance.now()) };
const mark = (name) => (timings[name] = Math.round(performance.now() * 10) / 10);

// Start compiling the wasm at once, in parallel with reading the page.
const engineReady = init().then(() => mark("engineReady"));

const $ = (id) => document.getElementById(id);
const state = { tabId: null, page: null, report: null, entry: null, cssInserted: false };

localise();
$("open-options").addEventListener("click", () => {
  ext.runtime.openOptionsPage();
  if (!new URLSearchParams(location.search).has("tab")) window.close();
});
for (const button of document.querySelectorAll("#copy-bar [data-format]")) {
  button.addEventListener("click", () => copyReport(button.dataset.format));
}

main({ force: false });

async function targetTabId() {
  const param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error("no active tab");
  return tab.id;
}

async function readPage(tabId) {
  // injectImmediately: the page has loaded; do not wait for the (possibly throttled) idle point.
  const [injection] = await ext.scripting.executeScript({ target: { tabId }, func: collectPage, args: [{}], injectImmediately: true });
  if (!injection || !injection.result) throw new Error("no result");
  return injection.result;
}

async function main({ force }) {
  setState("loading");
  clear($("messages"));
  try {
    if (state.page === null) {
      state.tabId = await targetTabId();
      // Read the page and (when the tab's URL is visible to us) its history in parallel.
      const tabUrl = await ext.tabs.get(state.tabId).then((tab) => tab.url, () => undefined);
      const earlyHistory = tabUrl ? readEntry(normaliseUrl(tabUrl)) : null;
      try {
        state.page = await readPage(state.tabId);
      } catch (e) {
        mark("failed");
        return showError(t("cannotReadPage"), e);
      }
      mark("pageRead");
      state.page.contentHash = contentHash(state.page.content);
      state.url = normaliseUrl(state.page.url);
      const history = await (tabUrl && normaliseUrl(tabUrl) === state.url ? earlyHistory : readEntry(state.url));
      state.entry = history.entry;
      for (const p of history.problems) showMessage(t(p));
      mark("historyRead");
    }
    await engineReady;

    let outcome;
    try {
      outcome = analyseWithHistory(analyze, state.page, state.entry, { force });
    } catch (e) {
      return showError(t("analysisFailed"), e);
    }
    mark("analysed");
    const { result, compared, sameAs, compareFailed } = outcome;
    state.report = result.report;
    if (compareFailed) showMessage(t("historyCompareFailed"));
    if (state.page.truncated) showMessage(t("pageTruncated"));

    renderReport(result.report, { compared, sameAs, force });
    mark("rendered");
    finishTimings();

    if (shouldRecord(result.report, force)) {
      const saved = await recordVersion(state.url, state.page.title, result.snapshot, state.entry, new Date(), state.page.contentHash);
      for (const p of saved.problems) showMessage(t(p));
      if (saved.entry) state.entry = saved.entry;
      document.body.dataset.saved = String(saved.saved);
    } else {
      document.body.dataset.saved = "false";
    }
  } catch (e) {
    showError(t("unexpectedError"), e);
  }
}

function finishTimings() {
  // Exposed for the end-to-end tests, which print them; they are not sent anywhere.
  document.body.dataset.timings = JSON.stringify(timings);
  requestAnimationFrame(() => setTimeout(() => {
    mark("painted");
    document.body.dataset.timings = JSON.stringify(timings);
  }, 0));
}

/**
 * History keeps policy pages. A page analysed with "Analyse anyway" is kept only if something was
 * found on it (a policy the detector missed), not every recipe someone tried it on.
 */
function shouldRecord(report, force) {
  const page = report?.page;
  if (!page || page.supported === false) return false;
  if (page.kind !== "other") return true;
  return force && ((report.findings?.length ?? 0) > 0 || (report.assurances?.length ?? 0) > 0);
}

function setState(name) {
  document.body.dataset.state = name;
  $("main").setAttribute("aria-busy", String(name === "loading"));
  $("copy-bar").hidden = name !== "report";
}

function showMessage(text, kind = "") {
  $("messages").append(h("p", { class: `notice ${kind}` }, text));
}

function showError(text, error) {
  setState("error");
  clear($("report"));
  const detail = error?.message ? String(error.message) : "";
  $("report").append(
    h("div", { class: "empty", id: "error" },
      h("h2", {}, text),
      detail ? h("p", { class: "muted" }, detail) : null),
  );
  finishTimings();
}

// ---------------------------------------------------------------------------------------------
// Rendering

const KIND_KEYS = {
  privacy_policy: "kindPrivacyPolicy",
  terms: "kindTerms",
  cookie_policy: "kindCookiePolicy",
  policy_update: "kindPolicyUpdate",
  other: "kindOther",
};

function renderReport(report, { compared, sameAs, force }) {
  const root = clear($("report"));
  const page = report.page ?? {};
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const assurances = Array.isArray(report.assurances) ? report.assurances : [];

  // (A news article about a policy change is "other" but reports findings, with a notice that
  // says so: those are shown.)
  if (page.kind === "other" && !force && findings.length === 0 && assurances.length === 0) {
    setState("empty");
    root.append(renderEmpty(report));
    return;
  }
  setState("report");

  // Header: title, kind, date, the one-line summary, and how this compares with history.
  const meta = h("p", { class: "page-meta" },
    h("span", { class: "kind", id: "page-kind", "data-kind": page.kind ?? "" }, t(KIND_KEYS[page.kind] ?? "kindOther")),
    page.effective_date ? h("span", { id: "effective-date" }, t("effectiveDate", [String(page.effective_date)])) : null);
  const head = h("section", { class: "page-head", "aria-labelledby": "page-title" },
    h("h1", { class: "page-title", id: "page-title" }, page.title || state.page.title || state.page.url),
    meta,
    renderSince(compared, sameAs),
    report.notice ? h("p", { class: "notice", id: "notice" }, String(report.notice)) : null,
    report.summary ? renderSummary(String(report.summary)) : null);
  root.append(head);

  if (page.supported === false) return;

  const newFindings = findings.filter((f) => f.status === "new");
  const removedFindings = findings.filter((f) => f.status === "removed");
  const otherFindings = findings.filter((f) => f.status !== "new" && f.status !== "removed");

  // 1. New sharing, grouped by recipient.
  root.append(h("section", { class: "section", id: "new-sharing", "aria-labelledby": "new-sharing-h" },
    h("h2", { id: "new-sharing-h" }, t("newSharing"), h("span", { class: "count" }, String(newFindings.length))),
    newFindings.length ? renderGroups(newFindings, "n", 8) : h("p", { class: "none" }, t(compared ? "noNewSharingSince" : "noNewSharing"))));

  // 2. Promises, dropped ones first.
  const order = { removed: 0, new: 1 };
  const promises = [...assurances].sort((a, b) => (order[a.status] ?? 2) - (order[b.status] ?? 2));
  root.append(h("section", { class: "section", id: "promises", "aria-labelledby": "promises-h" },
    h("h2", { id: "promises-h" }, t("promises"), h("span", { class: "count" }, String(promises.length))),
    promises.length
      ? h("ul", { class: "promise-list" }, promises.map((a, i) => h("li", { class: `promise finding ${a.status === "removed" ? "removed" : ""}`, "data-status": a.status ?? "" }, renderStatement(a, `p${i}`, { promise: true }))))
      : h("p", { class: "none" }, t("noPromises"))));

  // 3. Sharing no longer mentioned (only when compared with an earlier version).
  if (removedFindings.length) {
    root.append(h("section", { class: "section", id: "removed-sharing" },
      lazyDetails(false, [t("removedSharing"), h("span", { class: "count" }, String(removedFindings.length))],
        () => renderGroups(removedFindings, "r", 3))));
  }

  // 4. Existing / unchanged sharing, collapsed (open when there is nothing new to look at first).
  if (otherFindings.length) {
    root.append(h("section", { class: "section", id: "other-sharing" },
      lazyDetails(newFindings.length === 0 && !compared,
        [t(compared ? "unchangedSharing" : "otherSharing"), h("span", { class: "count" }, String(otherFindings.length))],
        () => renderGroups(otherFindings, "o", 3))));
  }

  if (findings.length === 0 && assurances.length === 0 && !report.notice) {
    root.append(h("p", { class: "none", id: "nothing-found" }, t("nothingFound")));
  }
}

/** The one-line summary; long ones are clamped to four lines with a toggle. */
function renderSummary(text) {
  const body = h("p", { class: "summary-text", id: "summary-text" }, text);
  const box = h("div", { class: "summary", id: "summary" }, body);
  if (text.length > 220) {
    box.classList.add("clamped");
    const toggle = h("button", { type: "button", class: "link-button", "aria-controls": "summary-text", "aria-expanded": "false" }, t("showFullSummary"));
    toggle.addEventListener("click", () => {
      const clamped = box.classList.toggle("clamped");
      toggle.setAttribute("aria-expanded", String(!clamped));
      toggle.textContent = t(clamped ? "showFullSummary" : "showLessSummary");
    });
    box.append(toggle);
  }
  return box;
}

function renderSince(compared, sameAs) {
  if (compared) {
    return h("p", { class: "since", id: "since" }, t("newSinceVersion", [formatDate(compared.lastSeen)]));
  }
  if (sameAs) {
    return h("p", { class: "since quiet", id: "since" }, t("unchangedSinceVersion", [formatDate(sameAs.lastSeen)]));
  }
  return h("p", { class: "since quiet", id: "since" }, t("firstVisit"));
}

function recipientKey(r) {
  return `${r?.name ?? ""}\u0000${r?.kind ?? ""}`;
}

function groupByRecipients(items) {
  const groups = new Map();
  for (const item of items) {
    const recipients = Array.isArray(item.recipients) && item.recipients.length ? item.recipients : [null];
    const key = recipients.map(recipientKey).join("\u0001");
    if (!groups.has(key)) groups.set(key, { recipients, items: [] });
    groups.get(key).items.push(item);
  }
  return [...groups.values()];
}

function renderRecipients(recipients) {
  const parts = [];
  recipients.forEach((r, i) => {
    if (i > 0) parts.push(h("span", { class: "label", "aria-hidden": "true" }, "·"));
    if (!r) {
      parts.push(h("span", { class: "recipient" }, t("unspecifiedRecipient")));
    } else if (r.name) {
      const name = String(r.name);
      const label = r.label ? String(r.label) : "";
      // Labels often repeat the name ("Facebook (affiliated company)"); show such a label alone.
      if (label && label.toLowerCase().includes(name.toLowerCase())) {
        parts.push(h("span", { class: "recipient" }, label));
      } else {
        parts.push(h("span", { class: "recipient" }, name));
        if (label) parts.push(h("span", { class: "recipient-kind" }, label));
      }
    } else {
      parts.push(h("span", { class: "recipient" }, String(r.label ?? r.kind ?? t("unspecifiedRecipient"))));
    }
  });
  return parts;
}

/** A <details> whose content is built the first time it opens (long policies have hundreds of findings). */
function lazyDetails(open, summary, build) {
  const details = h("details", {}, h("summary", {}, summary));
  let built = false;
  const fill = () => {
    if (built) return;
    built = true;
    details.append(...[build()].flat());
  };
  details.addEventListener("toggle", () => details.open && fill());
  if (open) {
    fill();
    details.open = true;
  }
  return details;
}

/**
 * Findings grouped by recipient. Each group shows its first `limit` findings; a "Show N more"
 * button renders the rest on demand, so a 300 KB policy doesn't build thousands of nodes upfront.
 */
function renderGroups(findings, prefix, limit = Infinity) {
  return groupByRecipients(findings).map((group, g) => {
    const headId = `${prefix}-g${g}`;
    const item = (f, i) => h("li", { class: "finding", "data-status": f.status ?? "" }, renderStatement(f, `${prefix}${g}-${i}`, {}));
    const list = h("ul", { class: "findings" }, group.items.slice(0, limit).map(item));
    const rest = group.items.length - Math.min(limit, group.items.length);
    let more = null;
    if (rest > 0) {
      more = h("button", {
        type: "button",
        class: "link-button more",
        "aria-label": t("showMoreLabel", [String(rest), group.recipients.map((r) => r?.name ?? r?.label ?? "").join(", ")]),
        onclick: () => {
          const first = list.children.length;
          list.append(...group.items.slice(limit).map((f, i) => item(f, limit + i)));
          more.remove();
          list.children[first]?.querySelector("button")?.focus();
        },
      }, t("showMore", [String(rest)]));
    }
    return h("article", { class: "group", "aria-labelledby": headId },
      h("h3", { class: "group-head", id: headId }, h("span", { class: "visually-hidden" }, t("sharedWith")), renderRecipients(group.recipients)),
      list,
      more ? h("div", { class: "more-row" }, more) : null);
  });
}

/** One finding or promise: data chips, purposes, evidence sentence, opt-out, "Show on page". */
function renderStatement(s, id, { promise }) {
  const parts = [];
  const tags = [];
  if (promise && s.status === "removed") tags.push(h("span", { class: "tag removed" }, t("dropped")));
  if (promise && s.status === "new") tags.push(h("span", { class: "tag new" }, t("statusNew")));
  if (s.modality === "may") tags.push(h("span", { class: "tag may" }, t("modalityMay")));
  if (s.deidentified === true) tags.push(h("span", { class: "tag may" }, t("deidentifiedTag")));
  if (typeof s.confidence === "number" && s.confidence < 0.5) tags.push(h("span", { class: "tag uncertain" }, t("uncertain")));

  const labels = Array.isArray(s.data_labels) && s.data_labels.length ? s.data_labels : (s.data ?? []);
  parts.push(h("div", { class: "chips" },
    h("span", { class: "visually-hidden" }, t("dataTypes")),
    labels.map((l) => h("span", { class: "chip data" }, String(l))),
    tags));
  if (promise && Array.isArray(s.recipients) && s.recipients.length) {
    parts.push(h("p", { class: "purposes" }, h("span", { class: "label" }, t("recipientsLabel"), " "),
      s.recipients.map((r) => r?.name ?? r?.label ?? "").filter(Boolean).join(", ")));
  }
  const purposes = Array.isArray(s.purpose_labels) && s.purpose_labels.length ? s.purpose_labels : (s.purposes ?? []);
  // (A promise's purposes are in its summary line and JSON; listed here they would read as
  // what the data is used for.)
  if (purposes.length && !promise) {
    parts.push(h("p", { class: "purposes" }, h("span", { class: "label" }, t("purposesLabel"), " "), purposes.map(String).join(", ")));
  }
  const evidenceId = `ev-${id}`;
  if (s.evidence) parts.push(h("blockquote", { class: "evidence", id: evidenceId }, String(s.evidence)));
  if (s.section) parts.push(h("p", { class: "section-name" }, h("span", { class: "label" }, t("sectionLabel"), " "), String(s.section)));
  if (s.opt_out) parts.push(h("p", { class: "opt-out" }, h("span", { class: "label" }, t("optOutLabel"), " "), String(s.opt_out)));
  if (s.evidence && s.status !== "removed") {
    const status = h("span", { class: "locate-status", role: "status", "aria-live": "polite" });
    parts.push(h("div", { class: "finding-actions" },
      h("button", { type: "button", class: "button show-on-page", "aria-describedby": evidenceId, onclick: () => showOnPage(s.evidence, status) }, t("showOnPage")),
      status));
  }
  return parts;
}

function renderEmpty(report) {
  const reasons = Array.isArray(report.page?.reasons) ? report.page.reasons.slice(0, 4) : [];
  return h("div", { class: "empty", id: "empty-state" },
    h("img", { src: "icons/icon-48.png", alt: "", width: "40", height: "40" }),
    h("h2", {}, t("notPolicyTitle")),
    h("p", { class: "muted" }, t("notPolicyBody")),
    reasons.length ? h("ul", { class: "reasons", "aria-label": t("reasonsLabel") }, reasons.map((r) => h("li", {}, String(r)))) : null,
    h("button", { type: "button", class: "button primary", id: "analyse-anyway", onclick: () => main({ force: true }) }, t("analyseAnyway")));
}

// ---------------------------------------------------------------------------------------------
// Actions

async function showOnPage(evidence, statusEl) {
  statusEl.textContent = "";
  try {
    if (!state.cssInserted) {
      await ext.scripting.insertCSS({ target: { tabId: state.tabId }, css: HIGHLIGHT_CSS });
      state.cssInserted = true;
    }
    const [injection] = await ext.scripting.executeScript({ target: { tabId: state.tabId }, func: highlightEvidence, args: [evidence] });
    const r = injection?.result;
    statusEl.textContent = !r?.found ? t("notFoundOnPage") : r.partial ? t("foundPartly") : t("highlighted");
  } catch (e) {
    statusEl.textContent = t("notFoundOnPage");
  }
}

const FORMAT_KEYS = { markdown: "formatMarkdown", text: "formatText", json: "formatJson" };

async function copyReport(format) {
  const status = $("copy-status");
  status.classList.remove("error");
  status.textContent = "";
  let text;
  try {
    text = render(state.report, format);
  } catch (e) {
    status.classList.add("error");
    status.textContent = t("copyFailed");
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Fallback for browsers that refuse the async clipboard here: a hidden textarea + copy.
    const area = h("textarea", { "aria-hidden": "true", style: "position:fixed;left:-9999px;top:0" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) {
      status.classList.add("error");
      status.textContent = t("copyFailed");
      return;
    }
  }
  status.textContent = t("copied", [t(FORMAT_KEYS[format])]);
  document.body.dataset.copied = format;
}
