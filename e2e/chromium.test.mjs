import { registerCases } from "./cases.mjs";
import { launchChromium } from "./lib/chromium.mjs";

registerCases("chromium", launchChromium);
