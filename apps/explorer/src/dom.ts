// The one way the explorer makes DOM: elements with attributes and text nodes. Data never passes through
// an HTML parser, so a quote with "<" in it is shown, not parsed.
type Child = Node | string | false | null | undefined | readonly Child[];
type Attributes = Record<string, string | number | boolean | undefined>;

function append(parent: Node, child: Child): void {
  if (child === false || child === null || child === undefined) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(typeof child === "string" ? document.createTextNode(child) : (child as Node));
}

/** `h("a", { href: "#/" }, "All records")`; `true` sets a boolean attribute, `false`/`undefined` leaves it out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Text with every occurrence of the (folded) terms wrapped in <mark>; `fold` must keep indices aligned. */
export function highlighted(text: string, terms: readonly string[], fold: (s: string) => string): Child[] {
  if (terms.length === 0) return [text];
  const folded = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const out: Child[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      const piece = text.slice(start, i);
      out.push(marked[start] ? h("mark", {}, piece) : piece);
      start = i;
    }
  }
  return out;
}
