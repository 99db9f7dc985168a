import { ext } from "./ext.js";

export const SETTINGS_KEY = "settings";
export const ALL_SITES = { origins: ["<all_urls>"] };
const DEFAULTS = { watchAllSites: false };

export async function getSettings() {
  try {
    const got = await ext.storage.local.get(SETTINGS_KEY);
    const raw = got[SETTINGS_KEY];
    return { ...DEFAULTS, ...(raw && typeof raw === "object" ? raw : {}) };
  } catch {
    return { ...DEFAULTS };
  }
}

export async function setSettings(patch) {
  const next = { ...(await getSettings()), ...patch };
  await ext.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
