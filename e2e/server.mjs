// Fixture server for the end-to-end tests: serves the pages in fixtures/ from 127.0.0.1 on an
// ephemeral port, plus a generated ~300 KB privacy policy and a policy whose content changes
// between visits at the same URL.
//
//   node e2e/server.mjs          # run standalone, prints the URL (for manual testing)
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixture = (name) => readFileSync(join(FIXTURES, name), "utf8");

/** A long, realistic privacy policy of about `targetBytes` bytes of HTML. */
export function bigPolicy(targetBytes = 300 * 1024) {
  const data = [
    "your email address", "your name and postal address", "your device identifiers", "your IP address",
    "your precise location", "your purchase history", "your browsing activity on our sites", "your contact list",
    "your payment card details", "information about how you use our apps",
  ];
  const recipients = [
    ["our payment processors", "to process payments and prevent fraud"],
    ["cloud hosting providers", "to store and operate the service"],
    ["advertising partners", "to show you personalised ads and measure their effectiveness"],
    ["analytics providers", "to understand how our services are used"],
    ["our affiliates", "to provide, improve and promote our products"],
    ["customer support vendors", "to answer your questions"],
    ["law enforcement agencies", "when required by law or to protect our rights"],
    ["delivery partners", "to deliver your orders"],
  ];
  const filler = [
    "We take reasonable technical and organisational measures to protect your information against loss, misuse and unauthorised access.",
    "Where we rely on your consent, you can withdraw it at any time without affecting the lawfulness of processing before the withdrawal.",
    "We keep personal information only for as long as we need it for the purposes described in this section, unless a longer period is required by law.",
    "You have the right to access, correct or delete your personal information, and to object to or restrict certain processing.",
    "If you have questions about this section, you can contact our data protection officer using the details at the end of this policy.",
  ];
  const head = `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Privacy Policy — Globex Shopping</title>\n</head>\n<body>\n<main>\n<h1>Globex Shopping Privacy Policy</h1>\n<p>Effective date: June 1, 2025</p>\n<p>This privacy policy explains what personal information Globex Shopping collects, how we use it and with whom we share it.</p>\n`;
  const tail = `<h2>Our commitments</h2>\n<p>We do not sell your personal information.</p>\n<p>We will never share your payment card details with advertising partners.</p>\n</main>\n</body>\n</html>\n`;
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < targetBytes; i++) {
    const d1 = data[i % data.length];
    const d2 = data[(i * 3 + 1) % data.length];
    const [who, why] = recipients[(i * 7 + 2) % recipients.length];
    const section =
      `<section id="s${i + 1}">\n<h2>${i + 1}. Sharing with ${who} (${["our stores", "our apps", "our websites", "Globex Plus members"][i % 4]})</h2>\n` +
      `<p>We may share ${d1} and ${d2} with ${who} ${why}. ${filler[i % filler.length]}</p>\n` +
      `<p>${filler[(i + 2) % filler.length]} ${filler[(i + 3) % filler.length]}</p>\n` +
      `<ul><li>Categories: ${d1}; ${d2}.</li><li>Retention: ${12 + (i % 5) * 6} months.</li><li>Legal basis: ${["contract", "legitimate interests", "consent", "legal obligation"][i % 4]}.</li></ul>\n</section>\n`;
    parts.push(section);
    size += section.length;
  }
  parts.push(tail);
  return parts.join("");
}

export function startServer() {
  const versions = new Map(); // path -> version number for /acme/privacy
  const big = bigPolicy();
  const routes = {
    "/whatsapp/update": () => fixture("whatsapp-update.html"),
    "/badge/whatsapp": () => fixture("whatsapp-update.html"),
    "/acme/privacy": () => fixture(`acme-privacy-v${versions.get("/acme/privacy") ?? 1}.html`),
    "/hostile/privacy": () => fixture("hostile-privacy.html"),
    "/recipes/lemon-drizzle": () => fixture("recipe.html"),
    "/badge/recipe": () => fixture("recipe.html"),
    "/news/bakery-broker": () => fixture("news-article.html"),
    "/big/privacy": () => big,
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    // Test control: /__version?path=/acme/privacy&v=2 switches what that path serves.
    if (url.pathname === "/__version") {
      versions.set(url.searchParams.get("path"), Number(url.searchParams.get("v")));
      res.writeHead(204).end();
      return;
    }
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(route());
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      const base = `http://127.0.0.1:${port}`;
      resolve({
        base,
        bigBytes: Buffer.byteLength(big),
        setVersion: (path, v) => versions.set(path, v),
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer();
  console.log(`fixture server on ${s.base} (big policy: ${s.bigBytes} bytes)`);
  for (const p of ["/whatsapp/update", "/acme/privacy", "/hostile/privacy", "/recipes/lemon-drizzle", "/big/privacy"]) console.log(`  ${s.base}${p}`);
}
