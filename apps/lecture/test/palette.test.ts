// The palette's colours meet WCAG AA for text (4.5:1) where text is set in or on them. axe checks the HTML on every
// slide; SVG chart labels it cannot measure, so the pairs the charts use are checked here.
import { describe, expect, it } from "vitest";
import { palette } from "../src/design/palette.ts";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the palette", () => {
  it.each([
    ["text", palette.text, palette.background],
    ["muted text", palette.muted, palette.background],
    ["Russia labels", palette.russia, palette.background],
    ["China labels", palette.china, palette.background],
    ["neutral labels", palette.other, palette.background],
    ["text on a card", palette.text, palette.wash],
    ["muted text on a card", palette.muted, palette.wash],
    ["white on a Russia bar", "#ffffff", palette.russia],
    ["white on a China bar", "#ffffff", palette.china],
  ])("%s reach 4.5:1", (_, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});
