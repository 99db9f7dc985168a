import { registerCases } from "./cases.mjs";
import { launchFirefox } from "./lib/firefox.mjs";

registerCases("firefox", launchFirefox);
