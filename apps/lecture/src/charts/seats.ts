// Seats of a body drawn as circles, the ones a group holds coloured by who holds them: two of the five permanent
// seats on the UN Security Council. A body too large to draw seat by seat (or a count that is not whole seats) is
// stated instead: the holders in their colours and "2 of 50,000,000 seats".

import { palette } from "../design/palette.ts";
import { html, type SafeHtml } from "../engine/html.ts";
import { frame, LABEL, SMALL, wrap } from "./svg.ts";

const RADIUS = 52;
const PITCH = 160;
/** The whole Security Council, 15 seats, still fits a slide's width as circles; more would be specks. */
const MAX_SEATS = 15;
const HEIGHT = 2 * RADIUS + 120;

type Holder = { name: string; colour: string };

/** A council too large to draw, stated: "2 of 50,000,000 seats". */
export function seatCount(held: number, total: number): string {
  return `${held} of ${total.toLocaleString("en-US")} seats`;
}

function statedCount(total: number, holders: readonly Holder[]) {
  const width = 900;
  const names = holders.map(
    (holder, i) =>
      html`<text x="${width / 2}" y="${LABEL * 1.5 * (i + 1)}" font-size="${LABEL}" font-weight="700" text-anchor="middle" fill="${holder.colour}">${holder.name}</text>`,
  );
  const y = Math.min(HEIGHT - 16, LABEL * 1.5 * (holders.length + 1) + 12);
  return {
    width,
    content: html`${names}<text x="${width / 2}" y="${y}" font-size="${LABEL + 8}" font-weight="700" text-anchor="middle">${seatCount(holders.length, total)}</text>`,
  };
}

function seatBySeat(total: number, holders: readonly Holder[], othersLabel: string) {
  const width = total * PITCH;
  const seats = Array.from({ length: total }, (_, i) => {
    const holder = holders[i];
    const cx = PITCH / 2 + i * PITCH;
    const circle =
      holder === undefined
        ? html`<circle class="mark" cx="${cx}" cy="${RADIUS + 10}" r="${RADIUS}" fill="${palette.wash}" stroke="${palette.rule}" stroke-width="3"/>`
        : html`<circle class="mark" cx="${cx}" cy="${RADIUS + 10}" r="${RADIUS}" fill="${holder.colour}"/>`;
    const label =
      holder === undefined
        ? html``
        : html`<text x="${cx}" y="${2 * RADIUS + 56}" font-size="${LABEL}" font-weight="700" text-anchor="middle" fill="${holder.colour}">${holder.name}</text>`;
    return html`${circle}${label}`;
  });
  const othersStart = PITCH * holders.length;
  const othersCentre = othersStart + (width - othersStart) / 2;
  const others = wrap(othersLabel, 24).map(
    (line, i) =>
      html`<text x="${othersCentre}" y="${2 * RADIUS + 56 + i * SMALL * 1.2}" font-size="${SMALL}" text-anchor="middle" fill="${palette.muted}">${line}</text>`,
  );
  return { width, content: html`${seats}${others}` };
}

export interface SeatChartOptions {
  id: string;
  title: string;
  description: string;
  /** What a circle is: "Permanent seats on the UN Security Council, one circle per seat". */
  measure: string;
  total: number;
  /** The seats held, one per holder, in order: a name and a colour. */
  holders: readonly Holder[];
  /** Label for the seats nobody in `holders` holds. */
  othersLabel: string;
}

/** Whether the seats are drawn one by one (whole seats, few enough), or stated as a count. */
export function seatBySeatFits(options: Pick<SeatChartOptions, "total" | "holders">): boolean {
  const { total, holders } = options;
  return Number.isInteger(total) && total >= holders.length && total <= MAX_SEATS;
}

export function seatChart(options: SeatChartOptions): SafeHtml {
  const { total, holders } = options;
  const { width, content } = seatBySeatFits(options)
    ? seatBySeat(total, holders, options.othersLabel)
    : statedCount(total, holders);
  return frame({ ...options, width, height: HEIGHT, content });
}
