import { ext } from "./ext.js";

/** A UI string from _locales. Falls back to the key so a missing string is visible, not blank. */
export function t(key, substitutions) {
  let msg = "";
  try {
    msg = ext.i18n.getMessage(key, substitutions);
  } catch {
    // getMessage throws on malformed substitutions in some browsers; fall through
  }
  return msg || key;
}

export function uiLanguage() {
  try {
    return ext.i18n.getUILanguage() || "en";
  } catch {
    return "en";
  }
}

/**
 * Fills static markup: data-i18n sets textContent, data-i18n-aria-label / -title / -placeholder
 * set those attributes. Only extension-owned strings go through here.
 */
export function localise(root = document) {
  document.documentElement.lang = uiLanguage();
  const dir = t("@@bidi_dir");
  if (dir === "rtl" || dir === "ltr") document.documentElement.dir = dir;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const attr of ["aria-label", "title", "placeholder"]) {
    const data = `data-i18n-${attr}`;
    for (const el of root.querySelectorAll(`[${data}]`)) el.setAttribute(attr, t(el.getAttribute(data)));
  }
}

const dateFormats = new Map();
/** Formats an ISO timestamp as a medium date in the UI language; returns "" for junk input. */
export function formatDate(iso, style = "medium") {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  if (!dateFormats.has(style)) {
    const opts = style === "datetime" ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: style };
    try {
      dateFormats.set(style, new Intl.DateTimeFormat(uiLanguage(), opts));
    } catch {
      dateFormats.set(style, new Intl.DateTimeFormat("en", opts));
    }
  }
  return dateFormats.get(style).format(d);
}

/** Human-readable byte count (KB/MB), UI-language number formatting. */
export function formatBytes(n) {
  const fmt = (v, unit) => `${new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 1 }).format(v)} ${unit}`;
  if (n < 1024) return fmt(n, "B");
  if (n < 1024 * 1024) return fmt(n / 1024, "KB");
  return fmt(n / (1024 * 1024), "MB");
}
