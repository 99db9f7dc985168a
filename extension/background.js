// Background (Chromium: module service worker; Firefox: module event page). It does one thing:
// the opt-in "Watch for policy changes on all sites" badge. Without that opt-in it reads nothing.
//
// When a tab finishes loading and the opt-in is on, a tiny injected check looks at the URL, title
// and top headings only; pages that don't look like a policy return nothing. For likely policies
// the page HTML comes back here, the wasm engine (loaded lazily, once) analyses it locally and the
// badge shows the number of new sharing findings (relative to the last version the user saw in
// the popup) or a dot for a policy page with nothing new. The background never writes history:
// a version counts as "seen" only when the user opens the popup.
//
// No DOM access here (the service worker has none).
import init, { analyze } from "./pkg/sharewatch.js";
import { ext } from "./lib/ext.js";
import { collectPage } from "./lib/page.js";
import { normaliseUrl, readEntry, analyseWithHistory, contentHash } from "./lib/history.js";
import { getSettings, setSettings, ALL_SITES } from "./lib/settings.js";

let engine = null;
const loadEngine = () => (engine ??= init().catch((e) => {
  engine = null;
  throw e;
}));

const BADGE_NEW = "#b3261e";
const BADGE_POLICY = "#0b6e6e";

async function setBadge(tabId, text, color, title) {
  try {
    await ext.action.setBadgeText({ tabId, text });
    if (text) {
      await ext.action.setBadgeBackgroundColor({ tabId, color });
      if (ext.action.setBadgeTextColor) await ext.action.setBadgeTextColor({ tabId, color: "#ffffff" });
    }
    await ext.action.setTitle({ tabId, title: title ?? ext.i18n.getMessage("actionTitle") });
  } catch {
    // the tab may have closed meanwhile
  }
}

const inFlight = new Map();

async function checkTab(tabId) {
  const settings = await getSettings();
  if (!settings.watchAllSites) return;
  let page;
  try {
    const [injection] = await ext.scripting.executeScript({
      target: { tabId },
      func: collectPage,
      args: [{ policyLikeOnly: true }],
    });
    page = injection?.result;
  } catch {
    return; // no permission for this page (browser pages, stores, PDFs, …)
  }
  if (!page) return setBadge(tabId, "", BADGE_POLICY, null);
  page.contentHash = contentHash(page.content);
  await loadEngine();
  const { entry } = await readEntry(normaliseUrl(page.url));
  let outcome;
  try {
    outcome = analyseWithHistory(analyze, page, entry, { force: false });
  } catch {
    return;
  }
  const report = outcome.result.report;
  if (!report?.page || report.page.kind === "other") return setBadge(tabId, "", BADGE_POLICY, null);
  const newCount = (report.findings ?? []).filter((f) => f.status === "new").length;
  const dropped = (report.assurances ?? []).filter((a) => a.status === "removed").length;
  const count = newCount + dropped;
  if (count > 0) {
    await setBadge(tabId, String(count), BADGE_NEW, ext.i18n.getMessage("badgeNewTitle", [String(count)]));
  } else {
    await setBadge(tabId, "•", BADGE_POLICY, ext.i18n.getMessage("badgePolicyTitle"));
  }
}

ext.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status !== "complete") return;
  // Coalesce repeated "complete" events for the same tab.
  if (inFlight.has(tabId)) return;
  const job = checkTab(tabId).catch(() => {}).finally(() => inFlight.delete(tabId));
  inFlight.set(tabId, job);
});

// If the user revokes the permission in the browser's UI, turn the option off too.
ext.permissions.onRemoved.addListener(async (removed) => {
  if ((removed.origins ?? []).includes(ALL_SITES.origins[0])) await setSettings({ watchAllSites: false });
});
