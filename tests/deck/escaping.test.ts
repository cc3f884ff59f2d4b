// Text from the data is text, never markup: a record whose label holds a script renders as those characters.
// The dataset's schema refuses markup, so this feeds the slide renderer directly, as a future schema slip would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@alignment/data";
import { launchChromium } from "@alignment/devkit/chromium";
import { lectureDir } from "@alignment/devkit/paths";
import { DeckData, type DeckDataset } from "@alignment/lecture/deck-data";
import { followLink } from "@alignment/lecture/follow";
import { renderPage } from "@alignment/lecture/render";
import { lecture } from "@alignment/lecture/talks/lecture";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { talkNotes } from "../support/deck.ts";

const HOSTILE = '<script>window.__injected = "script"</script><img src="x" onerror="window.__injected = \'img\'">';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("a record whose text holds markup", () => {
  it("renders as visible text on its slide and in its notes, and runs nothing", async () => {
    const data = JSON.parse(JSON.stringify(dataset)) as { claims: { id: string; label: string }[] };
    const claim = data.claims.find((c) => c.id === "claim.tsentr-scenario");
    if (claim === undefined) throw new Error("the dataset lost claim.tsentr-scenario");
    claim.label = HOSTILE;
    const follow = await followLink("https://example.org/explorer/", "test");
    const deck = new DeckData(data as unknown as DeckDataset, {
      dataVersion: "test",
      explorerBase: "explorer/",
      follow,
    });
    // The page template without its module script: this checks the markup alone.
    const template = readFileSync(join(lectureDir, "talk.html"), "utf8").replace(/<script[^>]*><\/script>/, "");
    const page = await browser.newPage();
    try {
      await page.setContent(renderPage(template, lecture, deck));
      expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
      const slide = page.locator("section#tsentr-2019");
      expect(await slide.locator(".lead").textContent()).toBe(HOSTILE);
      // The notes are markup in the page's JSON: parsed as the speaker view parses them (innerHTML), they are text.
      const notes = (await talkNotes(page))["tsentr-2019"];
      expect(notes?.text).toContain(HOSTILE);
      expect(notes?.markup).not.toMatch(/<(script|img)\b/);
      expect(await page.locator(".slides script, .slides img").count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
