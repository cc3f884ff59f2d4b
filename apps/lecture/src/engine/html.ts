// HTML built from data is escaped by construction: every value interpolated into `html` is escaped unless it is
// itself a fragment built by `html`. A record whose text holds "<script>" therefore renders as text.

/** A piece of markup that is already safe to insert. Only `html`, `join` and `trustedMarkup` create one. */
export class SafeHtml {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Tagged template for markup: `html\`<p>${text}</p>\`` escapes `text`; nested `html` fragments pass through. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Markup on one line: each line break, with the indentation after it, becomes a space. (Not for `<pre>`.) */
export function oneLine(markup: SafeHtml): SafeHtml {
  return new SafeHtml(String(markup).replace(/\n\s*/g, " "));
}

/** Fragments joined with a separator (itself markup, e.g. `html\`, \``). */
export function join(parts: readonly SafeHtml[], separator: SafeHtml = html``): SafeHtml {
  return new SafeHtml(parts.map(String).join(String(separator)));
}

/**
 * Markup that holds no text of ours as markup, inserted as it is: a QR code's SVG paths, which a library generated; the
 * speaker notes' JSON, written so that a script element holds it as it is (notesJson).
 */
export function trustedMarkup(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
