// Functions injected into web pages with scripting.executeScript({func}). Each is serialised on
// its own, so each must be self-contained: no imports, no references to outer scope.

/**
 * Returns what the engine needs from the page: {url, title, inputType, content, truncated}.
 * With `{policyLikeOnly: true}` (the opt-in background check) it first does a cheap test on the
 * URL, title and top headings and returns null for pages that do not look like a policy, so
 * ordinary pages are never serialised.
 */
export function collectPage(options) {
  const MAX_CHARS = 4 * 1024 * 1024;
  const policyLikeOnly = Boolean(options && options.policyLikeOnly);
  if (policyLikeOnly) {
    const headings = Array.from(document.querySelectorAll("h1, h2"), (h) => h.textContent || "").slice(0, 8);
    const haystack = [decodeURIComponent(location.pathname), document.title, ...headings].join(" \n ").toLowerCase();
    const keywords = new RegExp(
      [
        "privacy", "policy", "policies", "terms", "conditions", "cookie", "legal", "gdpr",
        "data[-_ ]?protection", "personal (data|information)", "updates? to our", "what's changing",
        "datenschutz", "nutzungsbedingungen", "\\bagb\\b", "confidentialit", "vie priv", "conditions g",
        "donn[ée]es personnelles", "privacidad", "t[ée]rminos", "condiciones", "protecci[óo]n de datos",
      ].join("|"),
    );
    if (!keywords.test(haystack)) return null;
  }
  const contentType = document.contentType || "text/html";
  let inputType = "html";
  let content;
  if (/^text\/(plain|markdown|x-markdown)\b/i.test(contentType)) {
    content = document.body ? document.body.innerText : document.documentElement.textContent || "";
    inputType = /markdown/i.test(contentType) || /\.(md|markdown)$/i.test(location.pathname) ? "markdown" : "text";
  } else {
    content = document.documentElement.outerHTML;
  }
  const truncated = content.length > MAX_CHARS;
  if (truncated) content = content.slice(0, MAX_CHARS);
  return { url: location.href, title: document.title, inputType, content, truncated };
}

/**
 * Finds `evidence` in the page's visible text, scrolls to it and highlights it. Matching ignores
 * whitespace entirely (the engine normalises it, and block boundaries add none in the DOM), case,
 * curly vs straight quotes and dash variants. Falls back to the sentence's start, then its end.
 * Returns {found, partial}.
 */
export function highlightEvidence(evidence) {
  const NAME = "sharewatch-evidence";
  const fold = (ch) => {
    if (/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/.test(ch)) return "'";
    if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(ch)) return '"';
    if (/[\u2010-\u2015\u2212]/.test(ch)) return "-";
    if (ch === "\u2026") return ".";
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  };
  const isSpace = (ch) => /[\s\u00A0\u200B\u200C\u200D\uFEFF]/.test(ch);

  // Haystack: every non-space character of visible text, with where it came from.
  const chars = [];
  const where = [];
  const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);
  const root = document.body || document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || skip.has(parent.tagName) || parent.closest("[aria-hidden='true']")) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data[i])) continue;
      chars.push(fold(data[i]));
      where.push(node, i);
    }
  }
  const haystack = chars.join("");
  const needleChars = Array.from(String(evidence || "")).filter((c) => !isSpace(c)).map(fold);
  // A multi-char lowercase mapping never happens for the folded haystack, so lengths line up.
  const needle = needleChars.join("");
  if (!needle) return { found: false, partial: false };

  let start = haystack.indexOf(needle);
  let length = needle.length;
  let partial = false;
  if (start < 0 && needle.length > 40) {
    const head = needle.slice(0, 60);
    const tail = needle.slice(-60);
    partial = true;
    start = haystack.indexOf(head);
    length = head.length;
    if (start < 0) {
      start = haystack.indexOf(tail);
      length = tail.length;
    }
  }
  if (start < 0) return { found: false, partial: false };

  const range = document.createRange();
  range.setStart(where[start * 2], where[start * 2 + 1]);
  const endNode = where[(start + length - 1) * 2];
  range.setEnd(endNode, where[(start + length - 1) * 2 + 1] + 1);

  // Open any collapsed <details> that hides the sentence.
  for (let el = range.startContainer.parentElement; el; el = el.parentElement) {
    if (el.tagName === "DETAILS" && !el.open) el.open = true;
  }

  // Remove an earlier fallback highlight before adding a new one.
  for (const mark of document.querySelectorAll(`mark.${NAME}`)) {
    mark.replaceWith(...mark.childNodes);
  }
  if (globalThis.CSS && CSS.highlights && typeof Highlight === "function") {
    // The Custom Highlight API paints the range without touching the page's DOM.
    CSS.highlights.set(NAME, new Highlight(range));
  } else {
    // Fallback: wrap each text-node slice in <mark>. Text nodes are split, never re-parsed.
    const textNodes = [];
    const w = document.createTreeWalker(range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer.parentNode : range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (range.intersectsNode(n)) textNodes.push(n);
    for (const n of textNodes) {
      let node = n;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from || !node.data.slice(from, to).trim()) continue;
      if (from > 0) node = node.splitText(from);
      if (to - from < node.data.length) node.splitText(to - from);
      const mark = document.createElement("mark");
      mark.className = NAME;
      node.replaceWith(mark);
      mark.append(node);
    }
  }
  document.documentElement.dataset.sharewatchHighlight = String(Date.now());

  const target = range.startContainer.parentElement;
  const reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (target) target.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  return { found: true, partial };
}

/** CSS injected with scripting.insertCSS (not subject to the page's CSP) for the highlight. */
export const HIGHLIGHT_CSS = `
::highlight(sharewatch-evidence) { background-color: #ffd54a; color: #111; }
mark.sharewatch-evidence { background-color: #ffd54a; color: #111; box-shadow: 0 0 0 2px #ffd54a; }
`;
