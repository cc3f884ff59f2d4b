// A talk is a definition over the data, not a copy: the briefing's slides are the lecture's own slide functions,
// so every slide they share is rendered identically; and the lecture's timeline holds every dated event.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataset, timeline } from "@alignment/data";
import { lectureDist } from "@alignment/devkit/paths";
import { describe, expect, it } from "vitest";

/** The top-level slides of a built page, by id, in order (slides do not nest in these talks). */
function slides(page: string): Map<string, string> {
  const html = readFileSync(join(lectureDist, page), "utf8");
  return new Map([...html.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => [m[1] ?? "", m[0]]));
}

const lecture = slides("index.html");
const briefing = slides("briefing.html");

describe("the briefing", () => {
  it("is a shorter selection of the lecture's slides, in the lecture's order", () => {
    const ids = [...briefing.keys()];
    expect(ids.length).toBeLessThan(lecture.size / 2);
    expect(ids.every((id) => lecture.has(id))).toBe(true);
    const order = [...lecture.keys()];
    expect(ids).toEqual(order.filter((id) => briefing.has(id)));
  });

  it("renders each slide it shares with the lecture exactly as the lecture does, but for its time and occasion", () => {
    // What a talk decides for a slide: its time (data-timing), and the notes' line on it and on the slide's builds;
    // and on the title slide, who gives the talk, where and when (its occasion), on the face and in the notes.
    const untimed = (html: string | undefined) =>
      html
        ?.replace(/ data-timing="\d+"/, "")
        .replace(/<p class=&quot;pace&quot;>[^<]*<\/p>/, "")
        .replace(/<p class="occasion">[\s\S]*?<\/p>/, "")
        .replace(/<li>[^<]*, [A-Z][a-z]+ \d+, \d{4}\. A talk built from/, "<li>A talk built from");
    for (const [id, html] of briefing) expect(untimed(html), id).toBe(untimed(lecture.get(id)));
  });
});

describe("the lecture's timeline", () => {
  it("shows every dated event of the dataset once, in order as the essay dates them, and no undated one", () => {
    const shown = [...lecture]
      .filter(([id]) => id.startsWith("timeline-"))
      .flatMap(([, html]) => (/data-records="([^"]*)"/.exec(html)?.[1] ?? "").split(" "));
    // The package's timeline: "the mid-2000s" sorts at 2005, "by 2016" at 2016; undated events are left out.
    const chronological = timeline().map((e) => e.id);
    expect(shown).toEqual(chronological);
    const undated = dataset.events.filter((e) => e.when === undefined).map((e) => e.id);
    expect(undated.length).toBeGreaterThan(0);
    for (const id of undated) expect(shown).not.toContain(id);
  });
});
