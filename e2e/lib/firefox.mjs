// Driver for headless Firefox ESR through selenium-webdriver + geckodriver.
// geckodriver needs --allow-system-access to open moz-extension:// pages; the extension's
// internal UUID is pinned with extensions.webextensions.uuids so its pages have a known origin.
import { Builder, By } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { randomUUID } from "node:crypto";
import { writeFileSync, rmSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { homedir } from "node:os";
import { prepareExtension } from "./prepare.mjs";

function findGeckodriver() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const cargo = join(homedir(), ".cargo", "bin", "geckodriver");
  if (existsSync(cargo)) return cargo;
  return execFileSync("sh", ["-c", "command -v geckodriver"]).toString().trim();
}

export async function launchFirefox() {
  process.env.SE_OFFLINE = "true"; // never let Selenium Manager go looking for drivers online
  const { dir, manifest } = prepareExtension("firefox");
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const base = `moz-extension://${uuid}`;

  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX_BIN ?? "/usr/bin/firefox-esr")
    .addArguments("-headless", "--width=420", "--height=720")
    .setPreference("extensions.webextensions.uuids", JSON.stringify({ [geckoId]: uuid }))
    .setPreference("datareporting.policy.dataSubmissionEnabled", false)
    .setPreference("app.update.enabled", false)
    .setPreference("browser.shell.checkDefaultBrowser", false);
  const service = new firefox.ServiceBuilder(findGeckodriver()).addArguments("--allow-system-access");
  const driver = await new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(service).build();
  await driver.manage().setTimeouts({ script: 30000 });
  await driver.installAddon(dir, true);
  const caps = await driver.getCapabilities();

  const run = (fn, arg) => driver.executeScript(`return (${fn}).call(null, arguments[0]);`, arg);

  // Tab 1: control page (extension page, for extension APIs). Tab 2: fixture pages.
  const control = await driver.getWindowHandle();
  await driver.get(`${base}/control.html`);
  await driver.switchTo().newWindow("tab");
  const fixture = await driver.getWindowHandle();
  let current = fixture;
  const use = async (handle) => {
    if (current !== handle) {
      await driver.switchTo().window(handle);
      current = handle;
    }
  };

  const alerts = [];
  const checkAlert = async () => {
    try {
      const a = await driver.switchTo().alert();
      alerts.push(await a.getText());
      await a.dismiss();
    } catch {
      // no alert open: good
    }
  };

  return {
    name: "firefox",
    version: caps.get("browserVersion"),
    async openFixture(url) {
      await use(fixture);
      await driver.get(url);
      await use(control);
      const id = await run(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
      return id;
    },
    async fixtureEval(fn, arg) {
      await use(fixture);
      return run(fn, arg);
    },
    async extEval(fn, arg) {
      await use(control);
      return run(fn, arg);
    },
    async openPopup(tabId) {
      return this.openPage(`popup.html?tab=${tabId}`, () => document.body.dataset.state !== "loading");
    },
    async openPage(path, ready) {
      await driver.switchTo().newWindow("tab");
      const handle = await driver.getWindowHandle();
      current = handle;
      const t0 = Date.now();
      await driver.get(`${base}/${path}`);
      await driver.wait(async () => run(ready), 30000, `${path} not ready`, 10);
      const wallMs = Date.now() - t0;
      return {
        wallMs,
        evaluate: async (fn, arg) => {
          await use(handle);
          return run(fn, arg);
        },
        click: async (selector) => {
          await use(handle);
          await driver.findElement(By.css(selector)).click();
        },
        screenshot: async (file) => {
          await use(handle);
          // Full-page capture is a geckodriver extension command; fall back to the viewport.
          let png;
          try {
            const { Command } = await import("selenium-webdriver/lib/command.js");
            const cmd = new Command("fullPageScreenshot");
            driver.getExecutor().defineCommand("fullPageScreenshot", "GET", "/session/:sessionId/moz/screenshot/full");
            png = await driver.execute(cmd);
          } catch {
            png = await driver.takeScreenshot();
          }
          writeFileSync(file, Buffer.from(png, "base64"));
        },
        emulateDark: async () => false,
        close: async () => {
          await use(handle);
          await checkAlert();
          await driver.close();
          await driver.switchTo().window(control);
          current = control;
        },
      };
    },
    dialogs: () => [...alerts],
    async close() {
      await driver.quit();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
