// Driver for headless Chromium (Debian's /usr/bin/chromium) through playwright-core.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareExtension } from "./prepare.mjs";

export async function launchChromium() {
  const { dir } = prepareExtension("chromium");
  const profile = mkdtempSync(join(tmpdir(), "sharewatch-chromium-profile-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
    headless: true,
    // No emulated viewport for the context: Chromium caps the toolbar popup by the window size,
    // so the window stays desktop-sized; popup-as-a-tab pages get a popup-sized viewport below.
    viewport: null,
    args: [
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--window-size=1280,800",
    ],
  });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"]);
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 20000 }));
  const id = new URL(sw.url()).host;
  const base = `chrome-extension://${id}`;
  const dialogs = [];
  ctx.on("page", (p) => p.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); }));

  // A control tab on an extension page, for extension-API calls (tabs, storage, badge).
  const control = await ctx.newPage();
  await control.goto(`${base}/control.html`);
  // The tab that shows fixture pages.
  const fixturePage = await ctx.newPage();
  dialogs.length = 0;

  const popupHandle = (page) => ({
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (selector) => page.click(selector),
    screenshot: (file) => page.screenshot({ path: file, fullPage: true }),
    emulateDark: async (on) => (await page.emulateMedia({ colorScheme: on ? "dark" : "light" }), true),
    close: () => page.close(),
  });

  return {
    name: "chromium",
    version: ctx.browser()?.version() ?? "",
    async openFixture(url) {
      await fixturePage.goto(url, { waitUntil: "load" });
      await fixturePage.bringToFront();
      return control.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    },
    fixtureEval: (fn, arg) => fixturePage.evaluate(fn, arg),
    extEval: (fn, arg) => control.evaluate(fn, arg),
    async openPopup(tabId) {
      return this.openPage(`popup.html?tab=${tabId}`, () => document.body.dataset.state !== "loading");
    },
    async openPage(path, ready) {
      const page = await ctx.newPage();
      await page.setViewportSize({ width: 420, height: 720 });
      const t0 = Date.now();
      await page.goto(`${base}/${path}`);
      await page.waitForFunction(ready, null, { timeout: 30000, polling: 10 });
      const wallMs = Date.now() - t0;
      return { ...popupHandle(page), wallMs };
    },
    /**
     * Opens the real toolbar popup (chrome.action.openPopup) over the fixture tab and returns a
     * handle to it through the DevTools protocol: a measurement without the popup-as-a-tab
     * approximation (there the analysed tab is in the background).
     */
    async openRealPopup(url) {
      await fixturePage.goto(url, { waitUntil: "load" });
      await fixturePage.bringToFront();
      const cdp = await ctx.newCDPSession(fixturePage);
      const t0 = Date.now();
      await control.evaluate(() => chrome.action.openPopup());
      let target;
      for (let k = 0; k < 500 && !target; k++) {
        const { targetInfos } = await cdp.send("Target.getTargets");
        target = targetInfos.find((t) => t.url.startsWith(`${base}/popup.html`));
        if (!target) await new Promise((r) => setTimeout(r, 10));
      }
      if (!target) throw new Error("the toolbar popup did not open");
      const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
      let nextId = 0;
      const call = (method, params) => new Promise((resolve, reject) => {
        const id = ++nextId;
        const onMessage = (ev) => {
          const m = JSON.parse(ev.message);
          if (m.id !== id) return;
          cdp.off("Target.receivedMessageFromTarget", onMessage);
          if (m.error) reject(new Error(m.error.message));
          else resolve(m.result);
        };
        cdp.on("Target.receivedMessageFromTarget", onMessage);
        cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
      const evaluate = async (fn, arg) => {
        const r = await call("Runtime.evaluate", { expression: `(${fn})(${JSON.stringify(arg ?? null)})`, awaitPromise: true, returnByValue: true });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? "evaluate failed");
        return r.result.value;
      };
      for (let k = 0; k < 1500; k++) {
        if (await evaluate(() => document.body?.dataset.state && document.body.dataset.state !== "loading").catch(() => false)) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      const wallMs = Date.now() - t0;
      return {
        wallMs,
        evaluate,
        screenshot: async (file) => {
          const { data } = await call("Page.captureScreenshot", { format: "png" });
          writeFileSync(file, Buffer.from(data, "base64"));
        },
        close: async () => {
          await cdp.send("Target.closeTarget", { targetId: target.targetId }).catch(() => {});
          await cdp.detach().catch(() => {});
        },
      };
    },
    dialogs: () => [...dialogs],
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
