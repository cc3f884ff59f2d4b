// The accessibility check that the deck's and the explorer's browser tests share: it finds what a screen reader
// user would miss, names the rule and the element, keeps to the part of the page it is given, and runs under a
// policy that refuses inline scripts, as the server's does.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../src/axe.ts";
import { launchChromium } from "../src/chromium.ts";

const PAGE = `<!doctype html><html lang="en"><head><title>Probe</title>
<meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head>
<body><main><div id="figure"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></div>
<div id="text"><p>Fine text.</p></div></main></body></html>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent(PAGE);
});

afterAll(async () => {
  await browser?.close();
});

describe("seriousViolations", () => {
  it("names the rule, its impact and the element of a serious or critical violation", async () => {
    const found = await seriousViolations(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^image-alt \(critical\): Images must have alternative text at img$/);
  });

  it("keeps to the element it is given", async () => {
    expect(await seriousViolations(page, "#text")).toEqual([]);
    expect(await seriousViolations(page, "#figure")).toHaveLength(1);
  });

  it("sees the page as it stands when asked again", async () => {
    await page.evaluate(() => document.querySelector("img")?.setAttribute("alt", "A dot"));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
