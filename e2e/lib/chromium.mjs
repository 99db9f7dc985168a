// Driver for headless Chromium (Debian's /usr/bin/chromium) through playwright-core.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareExtension } from "./prepare.mjs";

export async function launchChromium() {
  const { dir } = prepareExtension("chromium");
  const profile = mkdtempSync(join(tmpdir(), "sharewatch-chromium-profile-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 420, height: 720 },
    args: [
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync",
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
      const t0 = Date.now();
      await page.goto(`${base}/${path}`);
      await page.waitForFunction(ready, null, { timeout: 30000, polling: 10 });
      const wallMs = Date.now() - t0;
      return { ...popupHandle(page), wallMs };
    },
    dialogs: () => [...dialogs],
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
