// Where students follow the talk: the fact explorer's public address, as a QR code and a short printed URL on the title
// and closing slides. The code is drawn at build time as SVG markup by the qrcode library, so the deck fetches and
// computes nothing for it in the hall.
import QRCode from "qrcode";

export interface FollowLink {
  /** The address the code holds. */
  url: string;
  /** The same, short enough to type from the screen: no scheme, no trailing slash. */
  printed: string;
  /**
   * The QR code as `<svg>` markup: path data only, no text from anywhere. A string, not markup yet: the build loads
   * the data apart from the renderer, and only the renderer's `html` can vouch for markup (layout.ts does).
   */
  qrSvg: string;
}

/** The link for `url`, an absolute http(s) address; `origin` names where it was configured, for the error. */
export async function followLink(url: string, origin: string): Promise<FollowLink> {
  if (!/^https?:\/\/[^/\s]+/.test(url)) throw new Error(`${origin}: "${url}" is not an absolute http(s) URL`);
  // Medium error correction survives a projector's glare; a margin of two modules keeps the code clear of the slide.
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { url, printed: url.replace(/^https?:\/\//, "").replace(/\/$/, ""), qrSvg: svg.trim() };
}
