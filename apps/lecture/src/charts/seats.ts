// Seats of a body drawn as circles, the ones a group holds coloured by who holds them: two of the five permanent
// seats on the UN Security Council.
import { html, type SafeHtml } from "../html.ts";
import { palette } from "../palette.ts";
import { frame, LABEL, SMALL, wrap } from "./svg.ts";

const RADIUS = 64;
const PITCH = 180;

export function seatChart(options: {
  id: string;
  title: string;
  description: string;
  total: number;
  /** The seats held, one per holder, in order: a name and a colour. */
  holders: readonly { name: string; colour: string }[];
  /** Label for the seats nobody in `holders` holds. */
  othersLabel: string;
}): SafeHtml {
  const width = options.total * PITCH;
  const seats = Array.from({ length: options.total }, (_, i) => {
    const holder = options.holders[i];
    const cx = PITCH / 2 + i * PITCH;
    const circle =
      holder === undefined
        ? html`<circle cx="${cx}" cy="${RADIUS + 10}" r="${RADIUS}" fill="${palette.wash}" stroke="${palette.rule}" stroke-width="3"/>`
        : html`<circle cx="${cx}" cy="${RADIUS + 10}" r="${RADIUS}" fill="${holder.colour}"/>`;
    const label =
      holder === undefined
        ? html``
        : html`<text x="${cx}" y="${2 * RADIUS + 56}" font-size="${LABEL}" font-weight="700" text-anchor="middle" fill="${holder.colour}">${holder.name}</text>`;
    return html`${circle}${label}`;
  });
  const othersStart = PITCH * options.holders.length;
  const othersCentre = othersStart + (width - othersStart) / 2;
  const others = wrap(options.othersLabel, 24).map(
    (line, i) =>
      html`<text x="${othersCentre}" y="${2 * RADIUS + 56 + i * SMALL * 1.2}" font-size="${SMALL}" text-anchor="middle" fill="${palette.muted}">${line}</text>`,
  );
  return frame({ ...options, width, height: 2 * RADIUS + 120, content: html`${seats}${others}` });
}
