// Makes the test copy of a built extension: dist/<browser> plus
//   host_permissions ["http://127.0.0.1/*"] - stands in for the activeTab grant a real toolbar
//     click would give (tests cannot click the toolbar) and for the opt-in's <all_urls> grant;
//   permission "clipboardRead" - lets the test read back what the popup copied.
//   control.html - an empty extension page the tests drive extension APIs from (storage, tabs,
//     badge); the options page would react to storage changes and disturb the tests.
// Nothing else changes; the shipped manifest is untouched.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = join(ROOT, "e2e", "artifacts");

export function prepareExtension(browser) {
  const src = join(ROOT, "dist", browser);
  if (!existsSync(join(src, "manifest.json"))) {
    throw new Error(`${src} is missing: run scripts/build.sh first`);
  }
  const dir = mkdtempSync(join(tmpdir(), `sharewatch-${browser}-ext-`));
  cpSync(src, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  manifest.permissions = [...new Set([...(manifest.permissions ?? []), "clipboardRead"])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, "control.html"), '<!doctype html><meta charset="utf-8"><title>ShareWatch test control</title>\n');
  return { dir, manifest };
}
