// How long each slide of a talk gets: the seconds the talk sets for some slides, and an even share of the rest of its
// minutes for the others, in whole seconds that add up to the talk's length exactly. Each becomes the slide's
// `data-timing`, which reveal's speaker view reads for its pacing timer.
import type { Talk } from "../talks/talk.ts";

/** The seconds the talk sets for a slide: by its id, or by the prefix of its run ("timeline-"). */
function setSeconds(talk: Talk, id: string): number | undefined {
  const exact = talk.seconds[id];
  if (exact !== undefined) return exact;
  const run = Object.keys(talk.seconds).find((key) => key.endsWith("-") && id.startsWith(key));
  return run === undefined ? undefined : talk.seconds[run];
}

/** Seconds per slide, in the order of `slideIds`; a time that cannot add up names the talk and the field. */
export function slideSeconds(talk: Talk, slideIds: readonly string[]): number[] {
  const total = talk.minutes * 60;
  for (const key of Object.keys(talk.seconds)) {
    const matched = key.endsWith("-") ? slideIds.some((id) => id.startsWith(key)) : slideIds.includes(key);
    if (!matched) throw new Error(`Talk "${talk.id}" › seconds › "${key}": the talk has no such slide`);
  }
  const set = slideIds.map((id) => setSeconds(talk, id));
  const fixed = set.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const open = set.filter((s) => s === undefined).length;
  const rest = total - fixed;
  if (rest < 0 || (open === 0 && rest !== 0) || (open > 0 && rest < open)) {
    throw new Error(
      `Talk "${talk.id}" › seconds: the slides it times take ${fixed} s, which leaves ${rest} s of its ${total} s for ${open} other slides`,
    );
  }
  // Whole seconds: the first `rest % open` of the other slides get one second more, so the sum is exact.
  const share = Math.floor(rest / Math.max(open, 1));
  let extra = rest - share * open;
  return set.map((s) => {
    if (s !== undefined) return s;
    if (extra === 0) return share;
    extra -= 1;
    return share + 1;
  });
}
