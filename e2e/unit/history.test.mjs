// Unit tests (plain Node, no browser) for the extension's history logic: URL normalisation,
// validation of stored entries, the size caps and which snapshot is handed to the engine.
import { test } from "node:test";
import assert from "node:assert/strict";

// A minimal in-memory storage.local, installed before the module under test loads.
const store = new Map();
globalThis.chrome = {
  storage: {
    local: {
      async get(keys) {
        if (keys === null) return Object.fromEntries(store);
        const list = Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))]));
      },
      async set(items) {
        for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
      },
      async remove(keys) {
        for (const k of Array.isArray(keys) ? keys : [keys]) store.delete(k);
      },
    },
  },
};
const h = await import("../../extension/lib/history.js");

const snap = (hash, extra = {}) => ({ schema: 1, url: "u", title: "t", kind: "privacy_policy", effective_date: null, text_hash: hash, statements: [], ...extra });

test("normaliseUrl drops fragments and tracking parameters, sorts the rest, trims trailing slashes", () => {
  assert.equal(h.normaliseUrl("https://Example.com/Privacy/?utm_source=x&b=2&fbclid=1&a=1#top"), "https://example.com/Privacy?a=1&b=2");
  assert.equal(h.normaliseUrl("https://example.com:443/"), "https://example.com/");
  assert.equal(h.normaliseUrl("http://127.0.0.1:8080/p?gclid=1"), "http://127.0.0.1:8080/p");
  assert.equal(h.normaliseUrl("https://example.com/terms?lang=de"), "https://example.com/terms?lang=de");
  assert.equal(h.normaliseUrl("not a url#x"), "not a url");
});

test("validateEntry drops corrupt, oversized and newer-schema data without throwing", () => {
  for (const raw of [null, "x", 42, [], { schema: 1 }, { schema: 1, versions: "no" }]) {
    const r = h.validateEntry(raw, "u");
    assert.equal(r.entry, null);
    assert.equal(r.dropEntry, true);
    assert.deepEqual(r.problems, ["historyCorrupt"]);
  }
  assert.deepEqual(h.validateEntry({ schema: 99, versions: [] }, "u").problems, ["historyNewerSchema"]);
  const big = snap("big", { statements: ["x".repeat(h.MAX_SNAPSHOT_BYTES)] });
  const r = h.validateEntry({ schema: 1, url: "u", versions: [
    { seen: "2024-01-01T00:00:00Z", snapshot: snap("a") },
    { seen: "garbage", snapshot: snap("b") },
    { seen: "2024-02-01T00:00:00Z", snapshot: { text_hash: 5 } },
    { seen: "2024-03-01T00:00:00Z", snapshot: big },
  ] }, "u");
  assert.equal(r.entry.versions.length, 1);
  assert.deepEqual(r.problems, ["historyCorruptVersion", "historyCorruptVersion", "historyOversizedVersion"]);
  assert.equal(h.validateEntry(undefined, "u").entry, null);
  assert.deepEqual(h.validateEntry(undefined, "u").problems, []);
});

test("recordVersion appends changed versions, refreshes identical ones and keeps the last five", async () => {
  store.clear();
  let entry = null;
  for (let i = 0; i < 7; i++) {
    const r = await h.recordVersion("https://x.test/p", "P", snap(`v${i}`), entry, new Date(Date.UTC(2024, i, 1)));
    assert.equal(r.saved, true);
    entry = r.entry;
  }
  assert.equal(entry.versions.length, h.MAX_VERSIONS);
  assert.deepEqual(entry.versions.map((v) => v.snapshot.text_hash), ["v2", "v3", "v4", "v5", "v6"]);
  const again = await h.recordVersion("https://x.test/p", "P", snap("v6"), entry, new Date(Date.UTC(2025, 0, 1)));
  assert.equal(again.entry.versions.length, h.MAX_VERSIONS);
  assert.equal(again.entry.versions.at(-1).lastSeen, "2025-01-01T00:00:00.000Z");
  assert.equal(again.entry.versions.at(-1).seen, "2024-07-01T00:00:00.000Z");
  const tooBig = await h.recordVersion("https://x.test/q", "Q", snap("q", { statements: ["x".repeat(h.MAX_SNAPSHOT_BYTES)] }), null);
  assert.deepEqual(tooBig, { saved: false, problems: ["historyTooLarge"] });
  const { entry: readBack, problems } = await h.readEntry("https://x.test/p");
  assert.deepEqual(problems, []);
  assert.equal(readBack.versions.length, 5);
});

test("the total cap evicts the least recently seen versions first", async () => {
  store.clear();
  const filler = "y".repeat(400 * 1024); // ~400 KB per snapshot -> ~11 fit under 4 MB
  for (let i = 0; i < 14; i++) {
    await h.recordVersion(`https://site${i}.test/privacy`, `S${i}`, snap(`h${i}`, { statements: [filler] }), null, new Date(Date.UTC(2024, 0, 1 + i)));
  }
  const { entries } = await h.readAll();
  const total = entries.reduce((n, e) => n + e.bytes, 0);
  assert.ok(total <= h.MAX_TOTAL_BYTES, `total ${total}`);
  const urls = entries.map((e) => e.entry.url);
  assert.ok(!urls.includes("https://site0.test/privacy"), "oldest kept");
  assert.ok(urls.includes("https://site13.test/privacy"), "newest evicted");
});

test("analyseWithHistory compares with the latest version, or the one before when unchanged", () => {
  const calls = [];
  const analyze = (content, opts) => {
    calls.push(opts.previous?.text_hash ?? null);
    return { report: { page: { kind: "privacy_policy" } }, snapshot: snap(content) };
  };
  const v = (hash, day, content_hash = null) => ({ seen: `2024-01-0${day}T00:00:00Z`, lastSeen: `2024-01-0${day}T00:00:00Z`, snapshot: snap(hash), content_hash });
  const page = (content) => ({ url: "u", inputType: "html", content, contentHash: `c-${content}` });

  let out = h.analyseWithHistory(analyze, page("B"), null);
  assert.deepEqual(calls.splice(0), [null]);
  assert.equal(out.compared, null);

  out = h.analyseWithHistory(analyze, page("B"), { versions: [v("A", 1)] });
  assert.deepEqual(calls.splice(0), ["A"]);
  assert.equal(out.compared.snapshot.text_hash, "A");

  // Same version as last time: compared with the one before, after one wasted run...
  out = h.analyseWithHistory(analyze, page("B"), { versions: [v("A", 1), v("B", 2)] });
  assert.deepEqual(calls.splice(0), ["B", "A"]);
  assert.equal(out.sameAs.snapshot.text_hash, "B");
  assert.equal(out.compared.snapshot.text_hash, "A");
  // ...or directly when the raw content hash matches.
  out = h.analyseWithHistory(analyze, page("B"), { versions: [v("A", 1), v("B", 2, "c-B")] });
  assert.deepEqual(calls.splice(0), ["A"]);
  assert.equal(out.sameAs.snapshot.text_hash, "B");

  // A snapshot the engine rejects: analysed without it, flagged.
  const picky = (content, opts) => {
    if (opts.previous) throw new Error("unsupported snapshot schema");
    return { report: {}, snapshot: snap(content) };
  };
  out = h.analyseWithHistory(picky, page("B"), { versions: [v("A", 1)] });
  assert.equal(out.compareFailed, true);
  assert.equal(out.compared, null);
});

test("contentHash is stable and sensitive", () => {
  assert.equal(h.contentHash("abc"), h.contentHash("abc"));
  assert.notEqual(h.contentHash("abc"), h.contentHash("abd"));
});
