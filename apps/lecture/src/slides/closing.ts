// The close: the essay's conclusion, questions for discussion (with the way to the explorer and to the slides as one
// page to read), and the references.
import { formatWhen } from "@alignment/data";
import { html } from "../engine/html.ts";
import { essayCitation } from "../engine/parts.ts";
import { type SlideMaker, slide } from "../engine/slide.ts";
import { claimList, filled, followCode, heading } from "./layout.ts";

export const conclusion: SlideMaker = (deck) =>
  slide(deck, "conclusion", (d) => {
    const trajectory = d.claim("claim.ever-closer-trajectory");
    const sustain = d.claim("claim.china-india-sustain-russia");
    const alignment = d.claim("claim.eastern-southern-alignment");
    const boundaries = d.claim("claim.boundaries-despite-no-limits");
    return {
      body: filled(heading(d.meta.subtitle), claimList([trajectory, sustain, alignment, boundaries])),
      points: [html`${trajectory.label}.`, html`Yet: ${boundaries.label}.`],
    };
  });

export const questions: SlideMaker = (deck) =>
  slide(deck, "questions", (d) => {
    const [russia, china, ukraine, xi, putin, us] = (
      ["russia", "china", "ukraine", "xi", "putin", "united-states"] as const
    ).map((id) => d.entity(id).name);
    return {
      layout: "questions-slide",
      body: html`${heading("Questions for discussion")}
<div class="questions-follow"><ol class="questions">
<li>If ${russia}'s war with ${ukraine} ended, what would still bind ${china} to ${russia}?</li>
<li>The bond is almost purely pragmatic: which change in world conditions would test it first?</li>
<li>${china} has benefitted from the postwar order that ${putin} appears intent on disrupting. Where do they collide?</li>
<li>Would the partnership outlast ${xi} and ${putin}? And how should the ${us} respond to it?</li>
</ol>
<div>${followCode(deck)}<p class="reading-view"><a href="?view=scroll">The slides as one page, to read</a></p></div></div>`,
      points: [
        html`Take the first question to small groups, the rest to the room.`,
        html`The code leads to the fact explorer: every figure with the essay's words.`,
      ],
    };
  });

export const references: SlideMaker = (deck) =>
  slide(deck, "references", (d) => {
    const sources = deck.dataset.sources.filter((s) => s.unnamed !== true);
    const linked = deck.dataset.sources.filter((s) => s.unnamed === true);
    return {
      layout: "references-slide",
      body: html`${heading("References")}
<ul class="references">
<li>${essayCitation(d.meta)}.</li>
${sources.map(
  (s) =>
    html`<li>${s.authors === undefined ? "" : `${s.authors.join(", ")}, `}${s.title ?? s.label}${s.publisher === undefined ? "" : `, ${s.publisher}`}${s.published === undefined ? "" : `, ${formatWhen(s.published)}`}.</li>`,
)}
<li>The essay also links to: ${linked.map((s) => s.label).join("; ")}.</li>
</ul>
${d.meta.scopeNotes.map((note) => html`<p class="scope-note">${note}</p>`)}
<p class="data-version">Facts: @alignment/data ${deck.options.dataVersion}</p>`,
      points: [html`Point to the fact explorer: every figure's page shows the essay's words and where they stand.`],
    };
  });
