// Version history in storage.local: one key per normalised URL ("h:" + url) holding
//   { schema: 1, url, title, versions: [{ seen, lastSeen, bytes, snapshot, content_hash }] }
// (oldest first; content_hash is a hash of the raw page content, an optimisation only)
// where `snapshot` is the engine's opaque snapshot object, stored as-is.
// Bounded: MAX_VERSIONS per URL, MAX_SNAPSHOT_BYTES per snapshot, MAX_TOTAL_BYTES overall (oldest
// versions across all URLs are evicted first). Anything unreadable is dropped, never thrown.
import { ext } from "./ext.js";

export const HISTORY_SCHEMA = 1;
export const KEY_PREFIX = "h:";
export const MAX_VERSIONS = 5;
export const MAX_SNAPSHOT_BYTES = 512 * 1024;
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024;

// Query parameters that identify a campaign or click, not a document.
const TRACKING_PARAM = new RegExp(
  "^(" +
    [
      "utm_[a-z0-9_]+", "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
      "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking",
      "igshid", "igsh", "si", "spm", "scid", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
      "wickedid", "s_cid", "ref_src", "ref_url", "trk", "trkcampaign", "sc_campaign", "sc_channel",
      "cmpid", "campaign_id", "ocid", "rb_clickid", "__s", "_branch_match_id", "ved", "ei",
    ].join("|") +
    ")$",
  "i",
);

/**
 * The key a page's history is stored under: no fragment, no tracking parameters, remaining
 * parameters sorted, lower-case host (URL does that), default port dropped, no trailing slash.
 */
export function normaliseUrl(href) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return String(href ?? "").split("#")[0];
  }
  url.hash = "";
  if (url.protocol !== "http:" && url.protocol !== "https:") return url.href;
  const kept = [...url.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = "";
  for (const [k, v] of kept) url.searchParams.append(k, v);
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) url.pathname = url.pathname.replace(/\/+$/, "");
  return url.href;
}

export const storageKey = (normalisedUrl) => KEY_PREFIX + normalisedUrl;

const encoder = new TextEncoder();
export const byteSize = (value) => encoder.encode(JSON.stringify(value) ?? "").length;

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const validDate = (s) => typeof s === "string" && !Number.isNaN(new Date(s).getTime());

/** Is this a snapshot we can hand back to the engine? (Only the documented fields are checked.) */
export function isUsableSnapshot(snapshot) {
  return (
    isObject(snapshot) &&
    Number.isInteger(snapshot.schema) &&
    typeof snapshot.text_hash === "string" &&
    snapshot.text_hash.length > 0
  );
}

/**
 * Validates a raw stored entry. Returns { entry, problems, dropEntry } where `entry` is a clean
 * copy (or null), `problems` lists message keys describing what was dropped, and `dropEntry`
 * says the whole key should be removed.
 */
export function validateEntry(raw, url) {
  const problems = [];
  if (raw === undefined) return { entry: null, problems, dropEntry: false };
  if (!isObject(raw) || raw.schema !== HISTORY_SCHEMA || !Array.isArray(raw.versions)) {
    problems.push(isObject(raw) && Number.isInteger(raw.schema) && raw.schema > HISTORY_SCHEMA ? "historyNewerSchema" : "historyCorrupt");
    return { entry: null, problems, dropEntry: true };
  }
  const versions = [];
  for (const v of raw.versions) {
    if (!isObject(v) || !validDate(v.seen) || !isUsableSnapshot(v.snapshot)) {
      problems.push("historyCorruptVersion");
      continue;
    }
    const bytes = byteSize(v.snapshot);
    if (bytes > MAX_SNAPSHOT_BYTES) {
      problems.push("historyOversizedVersion");
      continue;
    }
    versions.push({
      seen: v.seen,
      lastSeen: validDate(v.lastSeen) ? v.lastSeen : v.seen,
      bytes,
      snapshot: v.snapshot,
      content_hash: typeof v.content_hash === "string" ? v.content_hash : null,
    });
  }
  versions.sort((a, b) => new Date(a.seen) - new Date(b.seen));
  if (versions.length === 0) return { entry: null, problems, dropEntry: true };
  const entry = {
    schema: HISTORY_SCHEMA,
    url: typeof raw.url === "string" ? raw.url : url,
    title: typeof raw.title === "string" ? raw.title.slice(0, 500) : "",
    versions: versions.slice(-MAX_VERSIONS),
  };
  return { entry, problems, dropEntry: false };
}

/** Reads and validates the history for one normalised URL. Never throws. */
export async function readEntry(url) {
  const key = storageKey(url);
  try {
    const got = await ext.storage.local.get(key);
    const result = validateEntry(got[key], url);
    if (result.dropEntry) await ext.storage.local.remove(key).catch(() => {});
    else if (result.problems.length) await ext.storage.local.set({ [key]: result.entry }).catch(() => {});
    return result;
  } catch (e) {
    return { entry: null, problems: ["historyUnavailable"], dropEntry: false, error: String(e?.message ?? e) };
  }
}

/**
 * Records that the user saw `snapshot` now. Same text_hash as the latest version -> only its
 * lastSeen moves; otherwise a new version is appended (keeping the last MAX_VERSIONS). Then the
 * global size cap is enforced. Returns { saved, problems }.
 */
export async function recordVersion(url, title, snapshot, entry, now = new Date(), pageContentHash = null) {
  const problems = [];
  if (!isUsableSnapshot(snapshot)) return { saved: false, problems: ["historyNotSaved"] };
  const bytes = byteSize(snapshot);
  if (bytes > MAX_SNAPSHOT_BYTES) return { saved: false, problems: ["historyTooLarge"] };
  const iso = now.toISOString();
  const next = entry
    ? { ...entry, versions: [...entry.versions] }
    : { schema: HISTORY_SCHEMA, url, title: "", versions: [] };
  next.title = String(title ?? "").slice(0, 500) || next.title;
  const latest = next.versions.at(-1);
  if (latest && latest.snapshot.text_hash === snapshot.text_hash) {
    next.versions[next.versions.length - 1] = { ...latest, lastSeen: iso, snapshot, bytes, content_hash: pageContentHash };
  } else {
    next.versions.push({ seen: iso, lastSeen: iso, bytes, snapshot, content_hash: pageContentHash });
  }
  next.versions = next.versions.slice(-MAX_VERSIONS);
  try {
    await ext.storage.local.set({ [storageKey(url)]: next });
    problems.push(...(await enforceTotalCap(storageKey(url))));
    return { saved: true, problems, entry: next };
  } catch (e) {
    return { saved: false, problems: ["historyNotSaved"], error: String(e?.message ?? e) };
  }
}

/** All history entries (validated), for the options page and the cap. */
export async function readAll() {
  const all = await ext.storage.local.get(null);
  const entries = [];
  const problems = [];
  const drop = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const r = validateEntry(raw, key.slice(KEY_PREFIX.length));
    problems.push(...r.problems);
    if (r.dropEntry) drop.push(key);
    else if (r.entry) entries.push({ key, entry: r.entry, bytes: byteSize(r.entry) });
  }
  if (drop.length) await ext.storage.local.remove(drop).catch(() => {});
  return { entries, problems };
}

/** Evicts the oldest versions across all URLs until the total fits (never the key just written's newest). */
export async function enforceTotalCap(protectKey) {
  const { entries } = await readAll();
  let total = entries.reduce((n, e) => n + e.bytes, 0);
  if (total <= MAX_TOTAL_BYTES) return [];
  const pool = [];
  for (const e of entries) e.entry.versions.forEach((v, i) => pool.push({ e, v, i }));
  pool.sort((a, b) => new Date(a.v.lastSeen) - new Date(b.v.lastSeen));
  const removed = new Set();
  for (const { e, v } of pool) {
    if (total <= MAX_TOTAL_BYTES) break;
    if (e.key === protectKey && v === e.entry.versions.at(-1)) continue;
    removed.add(v);
    total -= v.bytes;
  }
  const updates = {};
  const drops = [];
  for (const e of entries) {
    const versions = e.entry.versions.filter((v) => !removed.has(v));
    if (versions.length === e.entry.versions.length) continue;
    if (versions.length === 0) drops.push(e.key);
    else updates[e.key] = { ...e.entry, versions };
  }
  if (Object.keys(updates).length) await ext.storage.local.set(updates);
  if (drops.length) await ext.storage.local.remove(drops);
  return removed.size ? ["historyEvicted"] : [];
}

export async function removeEntry(key) {
  await ext.storage.local.remove(key);
}

export async function clearAll() {
  const all = await ext.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(KEY_PREFIX));
  if (keys.length) await ext.storage.local.remove(keys);
  return keys.length;
}

/**
 * A fast 53-bit hash (cyrb53) of the raw page content. Stored with each version so a revisit of
 * byte-identical content can skip straight to the right comparison without a second engine run.
 */
export function contentHash(str) {
  let h1 = 0xdeadbeef ^ str.length;
  let h2 = 0x41c6ce57 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Runs the engine with the right `previous` snapshot:
 * - compare with the latest stored version;
 * - if the page is that very version (same text_hash), compare with the newest *older* version
 *   that differs instead (so a revisit still shows what changed since the version before), or
 *   with nothing if there is none;
 * - if the engine rejects a stored snapshot (e.g. an older snapshot schema), analyse without it.
 * Returns { result: {report, snapshot}, compared: version|null, sameAs: version|null, compareFailed }.
 */
export function analyseWithHistory(analyze, page, entry, { force = false } = {}) {
  const base = { url: page.url, inputType: page.inputType, force };
  const versions = entry?.versions ?? [];
  let compareFailed = false;
  const attempt = (version) => {
    if (version) {
      try {
        return { result: analyze(page.content, { ...base, previous: version.snapshot }), compared: version };
      } catch {
        compareFailed = true;
      }
    }
    return { result: analyze(page.content, { ...base, previous: null }), compared: null };
  };
  const latest = versions.at(-1) ?? null;
  const olderThan = (hash) => [...versions].reverse().find((v) => v.snapshot.text_hash !== hash) ?? null;
  const pageHash = page.contentHash ?? null;
  if (latest && pageHash && latest.content_hash === pageHash) {
    // Byte-identical to the version seen last time: one engine run against the version before.
    const out = attempt(olderThan(latest.snapshot.text_hash));
    if (out.result?.snapshot?.text_hash === latest.snapshot.text_hash) return { ...out, sameAs: latest, compareFailed };
    return { ...out, compared: out.compared, sameAs: null, compareFailed }; // (hash collision: keep the result)
  }
  let out = attempt(latest);
  let sameAs = null;
  const hash = out.result?.snapshot?.text_hash;
  if (latest && hash && hash === latest.snapshot.text_hash) {
    sameAs = latest;
    out = attempt(olderThan(hash));
  }
  return { ...out, sameAs, compareFailed };
}
