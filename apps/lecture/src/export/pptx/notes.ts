// The speaker notes of a PowerPoint slide, from the deck's own notes markup (engine/slide.ts): the talking points,
// the slide's time, each figure's statement with the essay's words and their citation, the chart's numbers. PowerPoint
// notes are plain text, so each paragraph and list item becomes a line and each table row a line of cells.
import { ElementType, parseDocument } from "htmlparser2";
import type { SafeHtml } from "../../engine/html.ts";

type Node = ReturnType<typeof parseDocument>["children"][number];

const BLOCKS = new Set(["p", "li", "caption", "tr", "ul", "ol", "table", "thead", "tbody"]);

/** The text of inline markup; a `<br>` is a line break. */
function inline(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === ElementType.Text) return node.data.replace(/\s+/g, " ");
      if (node.type !== ElementType.Tag) return "";
      if (node.name === "br") return "\n";
      return inline(node.children);
    })
    .join("");
}

function lines(nodes: readonly Node[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type !== ElementType.Tag) {
      const text = node.type === ElementType.Text ? node.data.trim() : "";
      if (text !== "") out.push(text);
      continue;
    }
    if (!BLOCKS.has(node.name)) {
      out.push(inline([node]).trim());
    } else if (node.name === "li") {
      out.push(
        `\u2022 ${inline(node.children)
          .trim()
          .replace(/ ?\n ?/g, "\n   ")}`,
      );
    } else if (node.name === "tr") {
      out.push(
        node.children
          .filter((cell) => cell.type === ElementType.Tag)
          .map((cell) => inline([cell]).trim())
          .join(" | "),
      );
    } else if (node.name === "p" || node.name === "caption") {
      out.push(inline(node.children).trim());
    } else {
      out.push(...lines(node.children));
    }
  }
  return out.filter((line) => line !== "");
}

/** The notes as plain text, one line per paragraph, list item and table row. */
export function notesText(markup: SafeHtml): string {
  return lines(parseDocument(String(markup)).children).join("\n");
}
