// Presenting and following the talks in Chromium, as a lecturer and a student meet them: the lecture builds its
// arguments step by step where the briefing shows each slide whole; every slide has its time and the speaker view's
// pacing timer reads it; the title and questions slides carry a QR code that decodes to the printed explorer URL;
// reveal's search and zoom plugins come on their keys; the deck is window.Reveal; a screen reader reaches the slides'
// text; and the reading view (?view=scroll) linked from the questions slide shows every slide.
import { dataset } from "@alignment/data";
import { watch } from "@alignment/devkit/page";
import type {} from "@alignment/lecture/window";
import jsQR from "jsqr";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { gotoSlide, servedDeck, slideIds, squash, TALK_PAGES, talkNotes, waitForDeck } from "../support/deck.ts";

/** The explorer's public address, as the build configures it when ALIGNMENT_EXPLORER_URL is unset. */
const PUBLIC_EXPLORER = "https://alignment-lecture.github.io/alignment/explorer/";

const deck = servedDeck();
let context: BrowserContext;

beforeAll(async () => {
  context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: "reduce" });
});

async function open(file: string, query = ""): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${deck.url}${file}${query}`);
  await waitForDeck(page);
  return page;
}

/** Whether the asymmetry chart's second group (the measures the essay says are often overlooked) can be seen. */
function overlookedShown(page: Page): Promise<boolean> {
  return page.$eval("#asymmetry .measure-group:nth-of-type(2)", (g) => {
    const style = getComputedStyle(g);
    return style.visibility === "visible" && Number(style.opacity) > 0.99;
  });
}

describe("builds", () => {
  it("in the lecture, the asymmetry slide shows the overlooked measures only after its earlier steps", async () => {
    const page = await open("index.html");
    await gotoSlide(page, "asymmetry");
    const overlooked = dataset.comparisons.filter((c) => c.measure === "overlooked").map((c) => c.aspect);
    const group = squash((await page.textContent("#asymmetry .measure-group:nth-of-type(2)")) ?? "");
    for (const aspect of overlooked) expect(group).toContain(aspect);
    // The presses it takes: one per build step up to and including the group's own.
    const presses = await page.$eval("#asymmetry .measure-group:nth-of-type(2)", (g) => {
      const steps = Array.from(document.querySelectorAll("#asymmetry .fragment"));
      return steps.indexOf(g) + 1;
    });
    expect(presses).toBeGreaterThan(0);
    expect(await overlookedShown(page)).toBe(false);
    for (let press = 1; press < presses; press++) await page.keyboard.press("ArrowRight");
    expect(await overlookedShown(page)).toBe(false);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => overlookedShown(page)).toBe(true);
    expect(await page.$eval(".slides > section.present", (s) => s.id)).toBe("asymmetry");
    await page.close();
  });

  it("in the lecture, the timeline's axis is there from the start and its rows come one per press", async () => {
    const page = await open("index.html");
    await gotoSlide(page, "timeline-1");
    const shown = () =>
      page.$$eval("#timeline-1 .timeline-row", (rows) =>
        rows.map(
          (row) => getComputedStyle(row).visibility === "visible" && Number(getComputedStyle(row).opacity) > 0.99,
        ),
      );
    const rows = (await shown()).length;
    expect(rows).toBeGreaterThan(3);
    expect(await shown()).toEqual(Array(rows).fill(false));
    expect(await page.isVisible("#timeline-1 .tick")).toBe(true);
    for (let press = 1; press <= rows; press++) {
      await page.keyboard.press("ArrowRight");
      await expect.poll(shown).toEqual(Array.from({ length: rows }, (_, i) => i < press));
    }
    expect(await page.$eval(".slides > section.present", (s) => s.id)).toBe("timeline-1");
    await page.close();
  });

  it("in the lecture, the notes say how many steps a slide builds in", async () => {
    const page = await open("index.html");
    const steps = await page.$eval("#asymmetry", (s) => s.querySelectorAll(".fragment").length);
    expect(steps).toBeGreaterThan(0);
    expect((await talkNotes(page)).asymmetry?.text).toContain(`builds: ${steps} step`);
    await page.close();
  });

  it("in the briefing, the same slide shows everything at once, and its notes announce no builds", async () => {
    const page = await open("briefing.html");
    await gotoSlide(page, "asymmetry");
    await expect.poll(() => overlookedShown(page)).toBe(true);
    const hidden = await page.$$eval(
      ".slides > section .fragment",
      (steps) => steps.filter((s) => getComputedStyle(s).visibility !== "visible").length,
    );
    expect(hidden).toBe(0);
    expect((await talkNotes(page)).asymmetry?.text).not.toContain("builds:");
    await page.close();
  });
});

describe.each(TALK_PAGES)("the $talk's pacing", ({ page: file, talk }) => {
  const minutes = talk === "lecture" ? 45 : 10;

  it("gives every slide a time, adding up to the talk's minutes, the questions slide the longest", async () => {
    const page = await open(file);
    const timings = await page.$$eval(".slides > section", (sections) =>
      sections.map((s) => ({ id: s.id, seconds: Number(s.getAttribute("data-timing")) })),
    );
    expect(timings.every((t) => Number.isInteger(t.seconds) && t.seconds > 0)).toBe(true);
    expect(timings.reduce((sum, t) => sum + t.seconds, 0)).toBe(minutes * 60);
    const byId = new Map(timings.map((t) => [t.id, t.seconds]));
    const questions = byId.get("questions") ?? 0;
    if (talk === "lecture") expect(questions).toBe(10 * 60);
    expect(Math.max(...timings.map((t) => t.seconds))).toBe(questions);
    const even = (minutes * 60) / timings.length;
    expect(byId.get("title")).toBeLessThan(even);
    for (const [id, seconds] of byId) if (id.startsWith("timeline-")) expect(seconds, id).toBeLessThan(even);
    await page.close();
  });

  it("is what the speaker view's pacing timer counts down on the title slide", async () => {
    const page = await open(file);
    const title = Number(await page.getAttribute("#title", "data-timing"));
    const [speaker] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("s")]);
    const pacing = speaker.locator(".speaker-controls-time .pacing");
    await expect.poll(() => pacing.isVisible(), { timeout: 20_000 }).toBe(true);
    const left = async () => {
      const [h, m, s] = ((await pacing.textContent()) ?? "").split(":").map(Number);
      return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
    };
    await expect.poll(left, { timeout: 10_000 }).toBeGreaterThan(title - 5);
    expect(await left()).toBeLessThanOrEqual(title);
    await speaker.close();
    await page.close();
  });
});

/** Each QR code on a slide, drawn from its SVG onto a canvas and read back as pixels. */
async function qrPixels(page: Page, slide: string) {
  return page.$$eval(`#${slide} .follow .qr svg`, async (codes) =>
    Promise.all(
      codes.map(async (svg) => {
        const size = 400;
        const image = new Image(size, size);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = size;
        canvas.height = size;
        const drawing = canvas.getContext("2d");
        if (drawing === null) throw new Error("no 2d canvas");
        drawing.fillStyle = "#ffffff";
        drawing.fillRect(0, 0, size, size);
        drawing.drawImage(image, 0, 0, size, size);
        return { size, data: Array.from(drawing.getImageData(0, 0, size, size).data) };
      }),
    ),
  );
}

describe.each(TALK_PAGES)("the $talk's way to the explorer", ({ page: file }) => {
  it.each(["title", "questions"])("puts a QR code on the %s slide that decodes to the printed URL", async (slide) => {
    const page = await open(file);
    const codes = await qrPixels(page, slide);
    expect(codes).toHaveLength(1);
    const [code] = codes;
    if (code === undefined) return;
    const decoded = jsQR(Uint8ClampedArray.from(code.data), code.size, code.size);
    expect(decoded?.data).toBe(PUBLIC_EXPLORER);
    const printed = squash((await page.textContent(`#${slide} .follow figcaption`)) ?? "");
    expect(printed).toBe(PUBLIC_EXPLORER.replace(/^https:\/\//, "").replace(/\/$/, ""));
    expect(await page.getAttribute(`#${slide} .follow figcaption a`, "href")).toBe(PUBLIC_EXPLORER);
    await page.close();
  });

  it("ends with the questions slide, before the references", async () => {
    const page = await open(file);
    const ids = await slideIds(page);
    expect(ids.slice(-2)).toEqual(["questions", "references"]);
    await page.close();
  });
});

describe("reveal's own plugins and API", () => {
  it("exposes the deck as window.Reveal", async () => {
    const page = await open("index.html");
    const sections = (await slideIds(page)).length;
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(sections);
    await page.close();
  });

  it("loads search on ctrl+shift+F, not before, and finds a word on its slide", async () => {
    const page = await open("index.html");
    const seen = watch(page);
    expect(seen.requests.some((url) => /search/.test(url))).toBe(false);
    // A word the lecture shows first on a later slide: the name of the first pipeline the essay names.
    const word =
      dataset.entities
        .find((e) => e.id === "power-of-siberia")
        ?.name.split(" ")
        .at(-1) ?? "";
    const first = await page.$$eval(
      ".slides > section",
      (sections, w) => sections.find((s) => (s.textContent ?? "").includes(w))?.id,
      word,
    );
    await page.keyboard.press("Control+Shift+F");
    const input = page.locator(".searchbox .searchinput");
    await expect.poll(() => input.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(seen.requests.some((url) => /search/.test(url))).toBe(true);
    // Typed, not filled: the plugin searches again only after a key has gone up in its box.
    await input.pressSequentially(word);
    await input.press("Enter");
    await expect.poll(() => page.$eval(".slides > section.present", (s) => s.id)).toBe(first);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it("loads zoom when its modifier key goes down", async () => {
    const page = await open("index.html");
    expect(await page.evaluate(() => window.Reveal.hasPlugin("zoom"))).toBe(false);
    await page.keyboard.down("Alt");
    await page.keyboard.up("Alt");
    await expect.poll(() => page.evaluate(() => window.Reveal.hasPlugin("zoom"))).toBe(true);
    await page.close();
  });
});

interface AxNode {
  nodeId: string;
  parentId?: string;
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

describe("screen readers", () => {
  it("reach a slide's heading and a claim as text, under no application role", async () => {
    // The briefing: it shows its claims at once, where the lecture's are hidden until their build step.
    const page = await open("briefing.html");
    await gotoSlide(page, "conclusion");
    const heading = squash((await page.textContent("#conclusion h2")) ?? "");
    const claim = squash((await page.textContent("#conclusion ul.claims li")) ?? "");
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as unknown as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const rolesAbove = (node: AxNode) => {
      const roles: string[] = [];
      for (let at = byId.get(node.parentId ?? ""); at !== undefined; at = byId.get(at.parentId ?? ""))
        roles.push(at.role?.value ?? "");
      return roles;
    };
    const reachable = (text: string, role: string) =>
      nodes.find((n) => !n.ignored && n.role?.value === role && squash(n.name?.value ?? "") === text);
    const headingNode = reachable(heading, "heading");
    const claimNode = nodes.find(
      (n) => !n.ignored && n.role?.value === "StaticText" && squash(n.name?.value ?? "") === claim,
    );
    expect(headingNode, heading).toBeDefined();
    expect(claimNode, claim).toBeDefined();
    for (const node of [headingNode, claimNode]) if (node) expect(rolesAbove(node)).not.toContain("application");
    await page.close();
  });
});

describe("the reading view", () => {
  it("is linked from the questions slide and shows every slide, one after another", async () => {
    const page = await open("index.html");
    const ids = await slideIds(page);
    const href = await page.getAttribute("#questions .reading-view a", "href");
    expect(href).toBe("?view=scroll");
    const reading = await open("index.html", href ?? "");
    expect(await reading.evaluate(() => window.Reveal.getConfig().view)).toBe("scroll");
    const shown = await reading.$$eval(".slides section", (sections) =>
      sections.filter((s) => s.getBoundingClientRect().height > 100).map((s) => s.id),
    );
    expect(shown).toEqual(ids);
    await page.close();
    await reading.close();
  });
});
