// Where a quote stands in the essay: the paragraph and the character range of source/essay.txt whose text, once
// normalised the way quotes are matched, is the quote. Pure functions of the essay's text, shared by parseDataset
// (which checks every locator when given the essay) and the script that writes the locators into the content.

/**
 * Normalises text the way quotes are matched against the essay: the essay's markdown links keep only their text,
 * `\$` is `$`, curly quotes are straight, and every run of whitespace is one space, trimmed at both ends.
 */
export function normaliseForQuoteMatch(text: string): string {
  return normaliseMapped(text).text;
}

/** `normaliseForQuoteMatch`'s result, with the offset in the raw text of each character of the result. */
function normaliseMapped(raw: string): { text: string; offsets: number[] } {
  let text = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  const push = (char: string, at: number) => {
    if (pendingSpace >= 0 && text.length > 0) {
      text += " ";
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    text += char;
    offsets.push(at);
  };
  // Where the next "]", "[" and ")" stand: each only moves forward, so that a text of many brackets is still read in
  // one pass (a regular expression over "[[[[..." would go back for every bracket).
  let nextClose = -1;
  let nextOpen = -1;
  let nextParen = -1;
  const after = (char: string, cached: number, from: number) => {
    if (cached >= from) return cached;
    const found = raw.indexOf(char, from);
    return found < 0 ? raw.length : found;
  };
  let i = 0;
  while (i < raw.length) {
    const char = raw[i] as string;
    if (char === "[") {
      // A markdown link `[words](target)` reads as its words; a bracket that opens no link is kept.
      nextClose = after("]", nextClose, i + 1);
      nextOpen = after("[", nextOpen, i + 1);
      if (nextClose < raw.length && nextOpen > nextClose && raw[nextClose + 1] === "(") {
        nextParen = after(")", nextParen, nextClose + 2);
        if (nextParen < raw.length) {
          for (let k = i + 1; k < nextClose; k++) addChar(raw[k] as string, k);
          i = nextParen + 1;
          continue;
        }
      }
    }
    if (char === "\\" && raw[i + 1] === "$") {
      push("$", i);
      i += 2;
      continue;
    }
    addChar(char, i);
    i++;
  }
  return { text, offsets };

  function addChar(char: string, at: number) {
    if (/\s/.test(char)) {
      if (pendingSpace < 0) pendingSpace = at;
      return;
    }
    push(/[\u2018\u2019\u201B\u2032]/.test(char) ? "'" : /[\u201C\u201D\u201F\u2033]/.test(char) ? '"' : char, at);
  }
}

/**
 * The essay's paragraphs as character ranges of its text: blocks between blank lines, where a block that breaks off
 * mid-sentence (a page break of the source: "including control and" / "ownership of vast ...") is joined to the next.
 * The title lines and the headings are paragraphs of their own.
 */
export function paragraphsOf(essay: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  const pattern = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = pattern.exec(essay); m !== null; m = pattern.exec(essay)) {
    if (m[0].trim() !== "") blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  const paragraphs: { start: number; end: number }[] = [];
  for (const block of blocks) {
    const previous = paragraphs.at(-1);
    const text = essay.slice(block.start, block.end).trim();
    const brokenOff =
      previous !== undefined && !/[.!?:"”)¹\p{Lu}]$/u.test(essay.slice(previous.start, previous.end).trim());
    if (previous !== undefined && brokenOff && /^\p{Ll}/u.test(text)) previous.end = block.end;
    else paragraphs.push({ ...block });
  }
  return paragraphs;
}

export interface Locator {
  /** 1-based paragraph number (see `paragraphsOf`). */
  paragraph: number;
  /** Character offset in the essay's text where the quote starts. */
  start: number;
  /** Character offset just after the quote's last character. */
  end: number;
}

/**
 * The first place the quote stands in the essay, or undefined. A range never cuts a markdown link in two: it
 * widens to the whole `[words](target)`, so that its slice normalises to the quote.
 */
export function locateQuote(essay: string, quote: string, paragraphs = paragraphsOf(essay)): Locator | undefined {
  const { text, offsets } = normaliseMapped(essay);
  const wanted = normaliseForQuoteMatch(quote);
  const at = wanted === "" ? -1 : text.indexOf(wanted);
  if (at < 0) return undefined;
  let start = offsets[at] as number;
  let end = (offsets[at + wanted.length - 1] as number) + 1;
  const linkAround = (offset: number) => {
    const open = essay.lastIndexOf("[", offset);
    if (open < 0) return undefined;
    const match = /^\[[^\][]*\]\([^)]*\)/.exec(essay.slice(open));
    return match !== null && open + match[0].length > offset ? { start: open, end: open + match[0].length } : undefined;
  };
  start = linkAround(start)?.start ?? start;
  end = linkAround(end - 1)?.end ?? end;
  if (essay[end] === "\\" && essay[end + 1] === "$") end += 2;
  const paragraph = paragraphs.findIndex((p) => start >= p.start && start < p.end) + 1;
  return { paragraph, start, end };
}

/** Why a locator does not point at its quote, or undefined when it does. */
export function locatorProblem(
  essay: string,
  quote: string,
  locator: Locator,
  paragraphs = paragraphsOf(essay),
): string | undefined {
  const slice = essay.slice(locator.start, locator.end);
  if (locator.end > essay.length || normaliseForQuoteMatch(slice) !== normaliseForQuoteMatch(quote)) {
    return `characters ${locator.start}-${locator.end} of the essay read "${normaliseForQuoteMatch(slice).slice(0, 60)}", not the quote`;
  }
  const home = paragraphs.findIndex((p) => locator.start >= p.start && locator.start < p.end) + 1;
  if (home !== locator.paragraph) return `the quote stands in paragraph ${home}, not ${locator.paragraph}`;
  return undefined;
}
