// Options page: the "watch all sites" opt-in (optional host permission, asked at runtime) and the
// version history: list, export as a JSON file (Blob download, nothing leaves the machine), clear.
import { ext } from "./lib/ext.js";
import { t, localise, formatDate, formatBytes } from "./lib/i18n.js";
import { h, clear } from "./lib/dom.js";
import { readAll, removeEntry, clearAll, MAX_TOTAL_BYTES, HISTORY_SCHEMA } from "./lib/history.js";
import { getSettings, setSettings, ALL_SITES } from "./lib/settings.js";

const $ = (id) => document.getElementById(id);
localise();

// --- Opt-in --------------------------------------------------------------------------------
const toggle = $("watch-all-sites");

async function refreshToggle() {
  const settings = await getSettings();
  let granted = false;
  try {
    granted = await ext.permissions.contains(ALL_SITES);
  } catch {
    granted = false;
  }
  toggle.checked = Boolean(settings.watchAllSites && granted);
}

toggle.addEventListener("change", () => {
  const status = $("watch-status");
  status.textContent = "";
  if (toggle.checked) {
    // permissions.request must run synchronously inside the user gesture (Firefox is strict).
    ext.permissions.request(ALL_SITES).then(
      async (granted) => {
        await setSettings({ watchAllSites: granted });
        toggle.checked = granted;
        status.textContent = granted ? t("watchOn") : t("watchDenied");
      },
      async () => {
        toggle.checked = false;
        status.textContent = t("watchDenied");
      },
    );
  } else {
    setSettings({ watchAllSites: false })
      .then(() => ext.permissions.remove(ALL_SITES).catch(() => false))
      .then(() => (status.textContent = t("watchOff")));
  }
});

// --- History -------------------------------------------------------------------------------
async function refreshHistory() {
  const list = clear($("history-list"));
  const { entries, problems } = await readAll();
  clear($("messages"));
  for (const p of new Set(problems)) $("messages").append(h("p", { class: "notice" }, t(p)));
  entries.sort((a, b) => new Date(b.entry.versions.at(-1).lastSeen) - new Date(a.entry.versions.at(-1).lastSeen));
  const versions = entries.reduce((n, e) => n + e.entry.versions.length, 0);
  const bytes = entries.reduce((n, e) => n + e.bytes, 0);
  $("history-summary").textContent = t("historySummary", [String(entries.length), String(versions), formatBytes(bytes), formatBytes(MAX_TOTAL_BYTES)]);
  $("export").disabled = entries.length === 0;
  $("clear").disabled = entries.length === 0;
  if (entries.length === 0) {
    list.append(h("li", { class: "empty-history" }, t("historyEmpty")));
    return;
  }
  for (const { key, entry } of entries) {
    const seen = entry.versions.map((v) => formatDate(v.seen)).join(", ");
    const title = entry.title || entry.url;
    list.append(h("li", { "data-key": key },
      h("span", { class: "history-title" }, title),
      h("span", { class: "history-url" }, entry.url),
      h("span", { class: "history-versions" }, t("historyVersions", [String(entry.versions.length), seen])),
      h("button", {
        type: "button",
        class: "button",
        "aria-label": t("deleteEntryLabel", [title]),
        onclick: async () => {
          await removeEntry(key);
          $("history-status").textContent = t("entryDeleted");
          refreshHistory();
        },
      }, t("deleteEntry"))));
  }
}

$("export").addEventListener("click", async () => {
  const { entries } = await readAll();
  const payload = {
    format: "sharewatch-history",
    schema: HISTORY_SCHEMA,
    extension_version: ext.runtime.getManifest().version,
    exported_at: new Date().toISOString(),
    entries: entries.map((e) => e.entry),
  };
  const blob = new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" });
  const href = URL.createObjectURL(blob);
  const a = h("a", { href, download: `sharewatch-history-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  $("history-status").textContent = t("exported", [String(entries.length)]);
});

// Two-step clear: the first press arms the button for a few seconds (no confirm() dialogs, which
// an embedded options page may not allow).
let armed = null;
$("clear").addEventListener("click", async () => {
  const button = $("clear");
  if (!armed) {
    button.textContent = t("clearConfirm");
    armed = setTimeout(() => {
      armed = null;
      button.textContent = t("clearHistory");
    }, 5000);
    return;
  }
  clearTimeout(armed);
  armed = null;
  button.textContent = t("clearHistory");
  const n = await clearAll();
  $("history-status").textContent = t("historyCleared", [String(n)]);
  refreshHistory();
});

ext.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && Object.keys(changes).some((k) => k.startsWith("h:"))) refreshHistory();
});

refreshToggle();
refreshHistory();
