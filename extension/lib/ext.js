// One namespace for both browsers: Firefox exposes `browser`, Chromium `chrome`; in MV3 both
// return Promises from the APIs used here.
export const ext = globalThis.browser ?? globalThis.chrome;
