// The end-to-end cases, written once against a small driver interface (lib/chromium.mjs,
// lib/firefox.mjs) and registered for each browser by chromium.test.mjs / firefox.test.mjs.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "./server.mjs";
import { ARTIFACTS } from "./lib/prepare.mjs";

// Runs inside the popup page: a plain-data view of what the user sees.
function popupView() {
  const txt = (el) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
  const groups = (sel) =>
    [...document.querySelectorAll(`${sel} .group`)].map((g) => ({
      recipients: txt(g.querySelector(".group-head")),
      findings: [...g.querySelectorAll(".finding")].map((f) => ({
        data: [...f.querySelectorAll(".chip.data")].map(txt),
        evidence: txt(f.querySelector(".evidence")),
        text: txt(f),
      })),
    }));
  return {
    state: document.body.dataset.state,
    kind: document.getElementById("page-kind")?.dataset.kind ?? null,
    title: txt(document.getElementById("page-title")),
    since: txt(document.getElementById("since")),
    summary: txt(document.getElementById("summary")),
    notice: txt(document.getElementById("notice")),
    error: txt(document.getElementById("error")),
    messages: [...document.querySelectorAll("#messages p")].map(txt),
    newSharing: groups("#new-sharing"),
    otherSharing: groups("#other-sharing"),
    removedSharing: groups("#removed-sharing"),
    promises: [...document.querySelectorAll("#promises .promise")].map((p) => ({ text: txt(p), dropped: p.classList.contains("removed") })),
    reportText: txt(document.getElementById("report")),
    timings: JSON.parse(document.body.dataset.timings || "{}"),
    saved: document.body.dataset.saved ?? null,
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check, { timeout = 15000, interval = 50, message = "condition" } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${message} (last: ${JSON.stringify(last)})`);
}

const describeView = (v) => JSON.stringify({ state: v.state, kind: v.kind, since: v.since, summary: v.summary, notice: v.notice, error: v.error, messages: v.messages, newSharing: v.newSharing, promises: v.promises, otherSharing: v.otherSharing }, null, 1);

export function registerCases(browserName, launch) {
  describe(`ShareWatch in ${browserName}`, { timeout: 240_000 }, () => {
    let b;
    let server;
    const results = { browser: browserName, timings: [], screenshots: [] };
    const shot = async (popup, name) => {
      const file = join(ARTIFACTS, `${browserName}-${name}.png`);
      // Full-page capture: un-stick the copy bar so it doesn't float over the middle of the image.
      await popup.evaluate(() => document.getElementById("copy-bar")?.style.setProperty("position", "static"));
      await popup.screenshot(file);
      await popup.evaluate(() => document.getElementById("copy-bar")?.style.removeProperty("position"));
      results.screenshots.push(file);
    };
    const popupFor = async (path) => {
      const tabId = await b.openFixture(server.base + path);
      assert.ok(Number.isInteger(tabId), `tab id for ${path}: ${tabId}`);
      const popup = await b.openPopup(tabId);
      const view = await popup.evaluate(popupView);
      return { tabId, popup, view };
    };
    const waitSaved = (popup) => waitFor(async () => (await popup.evaluate(() => document.body.dataset.saved)) ?? false, { message: "history save" });

    before(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await startServer();
      b = await launch();
      results.version = b.version;
    });

    after(async () => {
      await b?.close();
      await server?.close();
      writeFileSync(join(ARTIFACTS, `timings-${browserName}.json`), JSON.stringify(results, null, 2));
    });

    it("WhatsApp-2016-like update: phone number and usage data → Facebook are new; message contents is a promise", async () => {
      const { popup, view } = await popupFor("/whatsapp/update");
      await shot(popup, "whatsapp");
      if (await popup.emulateDark(true)) {
        await shot(popup, "whatsapp-dark");
        await popup.emulateDark(false);
      }
      assert.equal(view.state, "report", describeView(view));
      const facebook = view.newSharing.find((g) => /facebook/i.test(g.recipients));
      assert.ok(facebook, `no new-sharing group for Facebook:\n${describeView(view)}`);
      const data = facebook.findings.flatMap((f) => f.data).join(" | ");
      assert.match(data, /phone/i, `phone number not in Facebook's new data: ${data}`);
      assert.match(data, /usage/i, `usage data not in Facebook's new data: ${data}`);
      assert.ok(view.promises.some((p) => /message/i.test(p.text)), `no promise about message contents:\n${describeView(view)}`);
      assert.match(view.since, /first/i);

      // Show on page: scrolls the tab to the sentence and highlights it.
      await popup.click("#new-sharing .show-on-page");
      const status = await waitFor(() => popup.evaluate(() => document.querySelector("#new-sharing .locate-status")?.textContent || false), { message: "show-on-page status" });
      assert.match(status, /highlighted/i);
      const highlighted = await b.fixtureEval(() => ({
        marker: document.documentElement.dataset.sharewatchHighlight ?? null,
        api: globalThis.CSS?.highlights?.has("sharewatch-evidence") ?? null,
        marks: document.querySelectorAll("mark.sharewatch-evidence").length,
      }));
      assert.ok(highlighted.marker, `page not highlighted: ${JSON.stringify(highlighted)}`);
      assert.ok(highlighted.api || highlighted.marks > 0, `no highlight painted: ${JSON.stringify(highlighted)}`);
      await waitSaved(popup);
      await popup.close();
    });

    it("two versions of one policy URL: the second visit shows the added sharing as new since the first", async () => {
      server.setVersion("/acme/privacy", 1);
      const first = await popupFor("/acme/privacy");
      assert.equal(first.view.state, "report", describeView(first.view));
      assert.match(first.view.since, /first/i);
      assert.ok(!first.view.newSharing.some((g) => g.findings.some((f) => /location/i.test(f.evidence))));
      assert.equal(await waitSaved(first.popup), "true");
      await first.popup.close();

      server.setVersion("/acme/privacy", 2);
      const second = await popupFor("/acme/privacy");
      await shot(second.popup, "acme-v2");
      const v = second.view;
      assert.equal(v.state, "report", describeView(v));
      assert.match(v.since, /new since the version you saw on/i, describeView(v));
      const added = v.newSharing.flatMap((g) => g.findings.map((f) => ({ ...f, recipients: g.recipients })));
      const location = added.find((f) => /location/i.test(f.evidence));
      assert.ok(location, `added sharing not shown as new:\n${describeView(v)}`);
      assert.match(location.recipients, /advertis/i);
      assert.ok(!added.some((f) => /stripe|payment processor/i.test(f.evidence)), `unchanged sharing shown as new:\n${describeView(v)}`);
      await waitSaved(second.popup);
      await second.popup.close();
    });

    it("copy: Markdown, text and JSON each land in the clipboard", async () => {
      const { popup, view } = await popupFor("/whatsapp/update");
      assert.equal(view.state, "report", describeView(view));
      const copied = {};
      for (const format of ["markdown", "text", "json"]) {
        await popup.evaluate(() => {
          delete document.body.dataset.copied;
          document.getElementById("copy-status").textContent = "";
        });
        await popup.click(`#copy-bar [data-format="${format}"]`);
        const status = await waitFor(() => popup.evaluate((f) => document.body.dataset.copied === f && document.getElementById("copy-status").textContent, format), { message: `copy ${format}` });
        assert.match(status, /copied/i);
        copied[format] = await popup.evaluate(() => navigator.clipboard.readText());
      }
      await shot(popup, "copied");
      assert.match(copied.markdown, /facebook/i);
      assert.match(copied.markdown, /^#|\n#|\*\*|\n- /, "markdown has no markdown syntax");
      assert.match(copied.text, /facebook/i);
      assert.notEqual(copied.text, copied.markdown);
      const json = JSON.parse(copied.json);
      assert.ok(Array.isArray(json.findings) && json.findings.length > 0, "JSON has no findings");
      assert.ok(json.findings.some((f) => JSON.stringify(f.recipients).match(/facebook/i)), "JSON findings lack Facebook");
      await popup.close();
    });

    it("history: a corrupt stored entry is dropped with a message; tracking parameters and #fragments are ignored", async () => {
      const key = `h:${server.base}/hostile/privacy`;
      await b.extEval((k) => (globalThis.browser ?? chrome).storage.local.set({ [k]: { schema: 1, versions: "not-a-list" } }), key);
      const { popup, view } = await popupFor("/hostile/privacy?utm_source=newsletter&fbclid=abc#sharing");
      assert.equal(view.state, "report", describeView(view));
      assert.ok(view.messages.some((m) => /unreadable/i.test(m)), `no message about the dropped entry: ${view.messages}`);
      assert.equal(await waitSaved(popup), "true");
      const stored = await b.extEval((k) => (globalThis.browser ?? chrome).storage.local.get(k).then((r) => r[k]), key);
      assert.equal(stored?.versions?.length, 1, JSON.stringify(stored)?.slice(0, 300));
      await popup.close();
    });

    it("hostile page: markup in a sharing sentence is shown as text, never run", async () => {
      const { popup, view } = await popupFor("/hostile/privacy");
      await shot(popup, "hostile");
      assert.equal(view.state, "report", describeView(view));
      assert.ok(view.reportText.includes("<img src=x onerror=alert(1)>"), `markup not shown as text:\n${view.reportText}`);
      const dom = await popup.evaluate(() => ({
        badImages: [...document.images].filter((i) => i.getAttribute("src") === "x").length,
        handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
        scripts: document.scripts.length,
        bold: document.querySelectorAll("#report b, #report script").length,
      }));
      assert.deepEqual(dom, { badImages: 0, handlers: 0, scripts: 1, bold: 0 });
      assert.deepEqual(b.dialogs(), []);
      await popup.close();
      assert.deepEqual(b.dialogs(), []);
    });

    it("recipe page: empty state with an 'Analyse anyway' button", async () => {
      const { popup, view } = await popupFor("/recipes/lemon-drizzle");
      await shot(popup, "recipe-empty");
      assert.equal(view.state, "empty", describeView(view));
      const visible = await popup.evaluate(() => {
        const btn = document.getElementById("analyse-anyway");
        return Boolean(btn && btn.offsetParent !== null && document.getElementById("empty-state"));
      });
      assert.ok(visible);
      await popup.click("#analyse-anyway");
      const state = await waitFor(() => popup.evaluate(() => (document.body.dataset.state !== "loading" ? document.body.dataset.state : false)), { message: "forced analysis" });
      assert.equal(state, "report");
      const forced = await popup.evaluate(popupView);
      // A forced analysis is kept in history only if it found something (checked on the options page).
      results.recipeForcedFound = forced.newSharing.length + forced.otherSharing.length + forced.promises.length > 0;
      if (results.recipeForcedFound) {
        console.log(`NOTE ${browserName}: 'Analyse anyway' on the recipe found: ${JSON.stringify([...forced.newSharing, ...forced.otherSharing].flatMap((g) => g.findings.map((f) => f.evidence)))}`);
      }
      await popup.close();
    });

    it("news article about a policy change: what it reports, as existing sharing, under a notice", async () => {
      const { popup, view } = await popupFor("/news/bakery-broker");
      await shot(popup, "news-article");
      assert.equal(view.state, "report", describeView(view));
      assert.equal(view.kind, "other", describeView(view));
      assert.match(view.notice, /news article/, describeView(view));
      assert.equal(view.newSharing.length, 0, describeView(view));
      const reported = view.otherSharing.flatMap((g) => g.findings.map((f) => `${g.recipients} ${f.text}`));
      assert.ok(reported.some((t) => t.includes("Listwise Data") && t.includes("email")), describeView(view));
      // The footer's own advertising sentence and the open question are not reported.
      assert.ok(!view.reportText.includes("advertising partners"), describeView(view));
      assert.ok(!view.reportText.includes("declined to say"), describeView(view));
      await popup.close();
    });

    it("timing: a ~300 KB policy page, popup open → findings visible (printed, not asserted)", async () => {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const { popup, view } = await popupFor("/big/privacy");
        if (i === 0) await shot(popup, "big-policy");
        assert.equal(view.state, "report", describeView(view));
        const findings = view.newSharing.length + view.otherSharing.length;
        assert.ok(findings > 0, "no findings on the big page");
        const t = await waitFor(() => popup.evaluate(() => {
          const t = JSON.parse(document.body.dataset.timings || "{}");
          return t.painted ? t : false;
        }), { message: "painted timing" });
        runs.push({ run: i + 1, wallMs: popup.wallMs, ...t });
        await waitSaved(popup);
        await popup.close();
      }
      results.timings = runs;
      results.bigPolicyBytes = server.bigBytes;
      if (b.openRealPopup) {
        // Chromium can also open the real toolbar popup; measure that too.
        const real = [];
        for (let i = 0; i < 3; i++) {
          const popup = await b.openRealPopup(server.base + "/big/privacy");
          const t = await waitFor(() => popup.evaluate(() => {
            const t = JSON.parse(document.body.dataset.timings || "{}");
            return t.painted ? t : false;
          }), { message: "painted timing (toolbar popup)" });
          if (i === 0) {
            await sleep(600); // Chromium grows the popup window to the content size after first paint
            await popup.screenshot(join(ARTIFACTS, `${browserName}-toolbar-popup.png`));
            results.screenshots.push(join(ARTIFACTS, `${browserName}-toolbar-popup.png`));
          }
          real.push({ run: i + 1, wallMs: popup.wallMs, ...t });
          await popup.close();
          await sleep(300);
        }
        results.toolbarPopupTimings = real;
        for (const r of real) {
          console.log(`TIMING ${browserName} big policy, real toolbar popup, run ${r.run}: findings painted ${r.painted} ms after popup navigation start ` +
            `(engine ready ${r.engineReady}, page read ${r.pageRead}, analysed ${r.analysed}, rendered ${r.rendered}); openPopup() call → report state ${r.wallMs} ms`);
        }
      }
      for (const r of runs) {
        console.log(`TIMING ${browserName} big policy (${Math.round(server.bigBytes / 1024)} KB) run ${r.run}: findings painted ${r.painted} ms after popup navigation start ` +
          `(engine ready ${r.engineReady}, page read ${r.pageRead}, analysed ${r.analysed}, rendered ${r.rendered}); driver wall clock ${r.wallMs} ms`);
      }
    });

    it("opt-in badge: after enabling 'watch all sites', a policy page gets a badge and a recipe does not", async () => {
      // The option's permission prompt cannot be clicked in a test; the test copy's manifest
      // already grants http://127.0.0.1/*, so only the stored setting is switched on here.
      await b.extEval(() => (globalThis.browser ?? chrome).storage.local.set({ settings: { watchAllSites: true } }));
      const tabId = await b.openFixture(server.base + "/badge/whatsapp");
      const badge = await waitFor(() => b.extEval((id) => (globalThis.browser ?? chrome).action.getBadgeText({ tabId: id }), tabId), { timeout: 20000, message: "badge text" });
      assert.match(badge, /^(\d+|•)$/);
      results.badge = badge;
      console.log(`BADGE ${browserName} on the WhatsApp-like page: "${badge}"`);

      const recipeTab = await b.openFixture(server.base + "/badge/recipe");
      await sleep(1500);
      const none = await b.extEval((id) => (globalThis.browser ?? chrome).action.getBadgeText({ tabId: id }), recipeTab);
      assert.equal(none, "");
      await b.extEval(() => (globalThis.browser ?? chrome).storage.local.set({ settings: { watchAllSites: false } }));
    });

    it("options page: lists the history and clears it in two steps", async () => {
      const page = await b.openPage("options.html", () => document.querySelectorAll("#history-list li[data-key]").length > 0);
      const listed = await page.evaluate(() => [...document.querySelectorAll("#history-list li[data-key]")].map((li) => li.dataset.key));
      for (const path of ["/whatsapp/update", "/acme/privacy", "/hostile/privacy", "/big/privacy"]) {
        assert.ok(listed.includes(`h:${server.base}${path}`), `${path} not listed: ${listed}`);
      }
      assert.equal(listed.some((k) => k.includes("lemon-drizzle")), results.recipeForcedFound,
        "the recipe must be stored exactly when 'Analyse anyway' found something on it");
      const acme = await b.extEval((k) => (globalThis.browser ?? chrome).storage.local.get(k).then((r) => r[k].versions.length), `h:${server.base}/acme/privacy`);
      assert.equal(acme, 2, "acme should have two versions");
      await shot(page, "options");
      await page.click("#clear");
      assert.equal(await page.evaluate(() => document.querySelectorAll("#history-list li[data-key]").length), listed.length, "cleared on the first click");
      await page.click("#clear");
      await waitFor(() => page.evaluate(() => document.querySelectorAll("#history-list li[data-key]").length === 0), { message: "history cleared" });
      await page.close();
    });
  });
}
