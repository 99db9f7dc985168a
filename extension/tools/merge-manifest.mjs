#!/usr/bin/env node
// Builds a browser's manifest.json from manifest.base.json plus a small per-browser patch.
// The patch is applied as a JSON Merge Patch (RFC 7386): objects merge recursively, arrays and
// scalars replace, and `null` deletes a key.
//
// usage: node merge-manifest.mjs BASE PATCH OUT [--version X.Y.Z] [--set-json KEY=JSON]...
import { readFileSync, writeFileSync } from "node:fs";

export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out = target && typeof target === "object" && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function main(argv) {
  const [base, patch, out, ...rest] = argv;
  if (!base || !patch || !out) {
    console.error("usage: merge-manifest.mjs BASE PATCH OUT [--version V] [--set-json KEY=JSON]");
    process.exit(2);
  }
  let manifest = mergePatch(JSON.parse(readFileSync(base, "utf8")), JSON.parse(readFileSync(patch, "utf8")));
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (flag === "--version") manifest.version = value;
    else if (flag === "--set-json") {
      const eq = value.indexOf("=");
      manifest = mergePatch(manifest, { [value.slice(0, eq)]: JSON.parse(value.slice(eq + 1)) });
    } else {
      console.error(`unknown flag ${flag}`);
      process.exit(2);
    }
  }
  writeFileSync(out, JSON.stringify(manifest, null, 2) + "\n");
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
