// search.test.mjs — the user's main job in a real browser: open tonle, type "Human Rights
// Watch", submit, see the two articles that mention it with the phrase highlighted, tick a
// facet, see the list narrow; keep ticked facets across a new sort and a new query, narrow by
// date, clear it all; search a correction when nothing matched; export every match as CSV; and
// save screenshots (desktop and phone width).
//
// Runs Debian's /usr/bin/chromium through playwright-core (no browser download). Needs
// TONLE_BIN and TONLE_CORPUS; writes screenshots to SCREENSHOT_DIR. Exits non-zero on failure.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const bin = process.env.TONLE_BIN;
const corpus = process.env.TONLE_CORPUS;
const shots = process.env.SCREENSHOT_DIR || ".";
assert.ok(bin && corpus, "TONLE_BIN and TONLE_CORPUS must be set");
mkdirSync(shots, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "tonle-browser-"));
const db = join(work, "db");
const indexed = spawnSync(bin, ["index", corpus, "--db", db, "--quiet"], { encoding: "utf8" });
assert.equal(indexed.status, 0, indexed.stderr);

// Start the server on a free port and read the port from its start-up line.
const server = spawn(bin, ["serve", "--db", db, "--port", "0", "--quiet"]);
const base = await new Promise((resolve, reject) => {
  let err = "";
  const timer = setTimeout(() => reject(new Error("server did not start: " + err)), 15000);
  server.stderr.on("data", (chunk) => {
    err += chunk;
    const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on("exit", (code) => reject(new Error("server exited " + code + ": " + err)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  await page.goto(base + "/");
  await page.keyboard.press("/");  // the shortcut focuses the search box
  assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  await page.fill("#q", '"Human Rights Watch"');
  await Promise.all([page.waitForURL(/\/search\?/), page.press("#q", "Enter")]);

  const summary = await page.textContent("#summary");
  assert.match(summary, /^2 articles/, summary);
  const titles = await page.$$eval("ol.hits h2 a", (as) => as.map((a) => a.textContent));
  assert.deepEqual(titles.sort(), [
    "CHRC Rejects International Allegations of Deteriorating Human Rights",
    "Ministry Dismisses Human Rights Watch Credibility",
  ]);
  const marks = await page.$$eval("ol.hits mark", (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.filter((m) => m === "Human Rights Watch").length >= 2, "phrase highlighted: " + marks);
  assert.ok(marks.includes("HRW"), "acronym highlighted: " + marks);
  assert.match(await page.textContent(".expanded"), /HRW/);
  await page.screenshot({ path: join(shots, "search-human-rights-watch.png"), fullPage: true });

  // Tick a facet value: the script submits the form and the list narrows.
  const box = page.locator('fieldset[data-facet="person"] input[value="Keo Remy"]');
  await Promise.all([page.waitForURL(/person=Keo/), box.check()]);
  assert.match(await page.textContent("#summary"), /^1 article\b/);
  assert.deepEqual(await page.$$eval("ol.hits h2 a", (as) => as.map((a) => a.textContent)),
                   ["CHRC Rejects International Allegations of Deteriorating Human Rights"]);
  assert.ok(await page.locator('fieldset[data-facet="person"] input[value="Keo Remy"]').isChecked());
  await page.screenshot({ path: join(shots, "search-facet-ticked.png"), fullPage: true });

  // The article page links its entities to filtered searches.
  await Promise.all([page.waitForURL(/\/articles\//), page.click("ol.hits h2 a")]);
  // Arriving from a search, the search's words are marked in the whole text.
  assert.ok((await page.$$eval(".story mark", (ms) => ms.map((m) => m.textContent))).includes("Human Rights Watch"));
  assert.ok(await page.locator('.entities a[href*="ngo=Human%20Rights%20Watch"]').count() >= 1);
  // It can be cited (permalink and original) and linked to paragraph by paragraph.
  assert.match(await page.inputValue(".cite textarea"), /Archived at http:\/\/127\.0\.0\.1:\d+\/articles\//);
  assert.ok(await page.locator(".story p#p2 a.anchor").count() === 1);
  await page.screenshot({ path: join(shots, "article-page.png"), fullPage: true });
  // ... and to their own pages: who, when, beside whom.
  await Promise.all([page.waitForURL(/\/entities\/ngo\//), page.click('.entities a[href="/entities/ngo/Human%20Rights%20Watch"]')]);
  assert.equal(await page.textContent("h1"), "Human Rights Watch");
  assert.ok(await page.locator("ol.timeline li").count() >= 1);
  await page.screenshot({ path: join(shots, "entity-page.png"), fullPage: true });

  // The timeline: by month for the corpus (2021-04 to 2023-12), empty months as gaps; a drag
  // from March to September 2023 narrows to that range; the share view divides by the archive.
  await page.goto(base + "/search?q=rights");
  assert.equal(await page.locator(".timeline-chart a[data-period]").count(), 33);
  assert.equal(await page.locator('.timeline-chart a[data-period="2022-06"] .bar.h0').count(), 1);
  const from = await page.locator('.timeline-chart a[data-period="2023-03"]').boundingBox();
  const to = await page.locator('.timeline-chart a[data-period="2023-09"]').boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 20);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 20, { steps: 5 });
  await Promise.all([page.waitForURL(/date_from=2023-03&date_to=2023-09/), page.mouse.up()]);
  assert.match(await page.textContent("#summary"), /^3 articles/);
  await page.screenshot({ path: join(shots, "timeline-dragged.png"), fullPage: true });
  await Promise.all([page.waitForURL(/share=1/), page.click(".timeline-links a")]);
  assert.match(await page.textContent(".timeline-chart h2"), /share of all articles/);
  assert.match(await page.getAttribute('.timeline-chart a[data-period="2023-03"]', "title"), /100\.0% of 2/);

  // The search keeps its state: a ticked facet survives a change of sort (applied at once) and
  // a new query; a date narrows; "Clear all filters" drops the narrowing and keeps the words.
  await page.goto(base + "/search?q=rights&ngo=Human%20Rights%20Watch");
  await Promise.all([page.waitForURL(/sort=newest/), page.selectOption("#sort", "newest")]);
  assert.match(page.url(), /ngo=Human/, "sort dropped the facet: " + page.url());
  assert.equal(await page.locator("#sort").inputValue(), "newest");
  await page.fill("#q", "Cambodia");
  await Promise.all([page.waitForURL(/q=Cambodia/), page.press("#q", "Enter")]);
  assert.match(page.url(), /ngo=Human/, "a new query dropped the facet: " + page.url());
  assert.ok(await page.locator('fieldset[data-facet="ngo"] input[value="Human Rights Watch"]').isChecked());
  await page.fill("#date_from", "2023-12");
  await Promise.all([page.waitForURL(/date_from=2023-12/), page.press("#date_from", "Tab")]);
  assert.match(await page.textContent("#summary"), /^1 article\b/);
  assert.match(await page.textContent(".chips"), /Published: from 2023-12/);
  await page.screenshot({ path: join(shots, "search-state-kept.png"), fullPage: true });
  await Promise.all([page.waitForURL((u) => !/ngo=|date_from=/.test(u.search)),
                     page.click(".chips .clear a")]);
  assert.match(page.url(), /q=Cambodia/);
  assert.match(page.url(), /sort=newest/);

  // A facet list cut at its limit: the filter box asks the server for every value that holds
  // what is typed, and ticking one searches with it; "All ... values" opens the facet page.
  await page.goto(base + "/search?q=rights&facet_limit=2");
  const filter = page.locator('fieldset[data-facet="person"] .facet-filter');
  await filter.fill("sokk");
  const found = page.locator('fieldset[data-facet="person"] ul.found input[value="An Sokkhoeurn"]');
  await found.waitFor();
  // click, not check(): the page navigates away, so the ticked box it would wait for is gone.
  await Promise.all([page.waitForURL(/person=An/), found.click()]);
  assert.match(await page.textContent("#summary"), /^1 article\b/);
  await page.goto(base + "/search?q=rights&facet_limit=2");
  await Promise.all([page.waitForURL(/\/facets\/ngo/), page.click('fieldset[data-facet="ngo"] .all a')]);
  await page.fill("#contains", "watch");
  await Promise.all([page.waitForURL(/contains=watch/), page.press("#contains", "Enter")]);
  await page.locator('ul.all-values input[value="Human Rights Watch"]').check();
  await page.screenshot({ path: join(shots, "facet-values-page.png"), fullPage: true });
  await Promise.all([page.waitForURL(/\/search\?.*ngo=Human/), page.click(".facet-values button[type=submit]")]);
  assert.match(await page.textContent("#summary"), /^2 articles/);

  // The feed and the OpenSearch description are XML a browser parses.
  const parsed = await page.evaluate(async () => {
    const read = async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), "application/xml");
      return doc.querySelector("parsererror") ? "parse error" : doc.documentElement.localName;
    };
    const feed = new DOMParser().parseFromString(await (await fetch("/feed.atom?q=rights")).text(), "application/xml");
    return [await read("/feed.atom?q=rights"), await read("/opensearch.xml"), feed.querySelectorAll("entry").length];
  });
  assert.deepEqual(parsed, ["feed", "OpenSearchDescription", 5]);

  // A misspelt name that matches nothing: the correction is searched, and the page says so and
  // offers the words as typed.
  await page.goto(base + "/search?q=Sokkhoern");
  assert.match(await page.textContent(".dym"), /showing results for .*Sokkhoeurn/i);
  assert.match(await page.textContent("#summary"), /^1 article\b/);
  assert.ok(await page.locator('.dym a[href*="autocorrect=0"]').count() === 1);
  // page=0 is the first page.
  await page.goto(base + "/search?q=rights&page=0");
  assert.match(await page.textContent("#summary"), /^5 articles/);

  // Export: the page's CSV link gives every match, a byte-order mark first (Excel and Khmer),
  // one row per article and a column per facet.
  await page.goto(base + "/search?q=");
  const csv = await page.evaluate(async () => {
    const href = document.querySelector('a[href*="format=csv"]').getAttribute("href");
    const res = await fetch(href);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes.slice(3)),
             name: res.headers.get("Content-Disposition") };
  });
  assert.deepEqual(csv.bom, [0xef, 0xbb, 0xbf]);
  assert.match(csv.name, /filename=/);
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < csv.text.length; ++i) {  // RFC 4180: quotes, doubled quotes, newlines inside
    const c = csv.text[i];
    if (quoted) {
      if (c === '"' && csv.text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field.replace(/\r$/, "")); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  assert.equal(rows.length, 1 + 5, "header and one row per article: " + rows.length);
  assert.ok(rows[0].includes("spokesperson") && rows[0].includes("permalink"), "columns: " + rows[0]);
  assert.ok(rows.every((r) => r.length === rows[0].length), "ragged rows");

  // Phone width: no sideways scrolling, the search box still usable.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(base + "/search?q=%22Human+Rights+Watch%22");
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, "horizontal overflow at phone width: " + overflow + "px");
  await phone.screenshot({ path: join(shots, "search-phone.png"), fullPage: true });
  // The filters come after the results there: a link at the top leads to them.
  assert.ok(await phone.locator(".filters-jump a").isVisible(), "no Filters link at phone width");
  await phone.click(".filters-jump a");
  assert.match(phone.url(), /#filters$/);
  // Keyboard: the second stop skips the filters to the results.
  await page.goto(base + "/search?q=rights");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to results");

  assert.deepEqual(errors, [], "browser errors: " + errors.join("; "));
  console.log("browser test: 1 passed, 0 failed");
} catch (e) {
  failed = true;
  console.error(e);
  console.log("browser test: 0 passed, 1 failed");
} finally {
  await browser.close();
  server.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
