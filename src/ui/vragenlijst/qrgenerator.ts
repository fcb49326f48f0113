import { correction, generate, mode } from 'lean-qr';

/** A QR code's dark modules as one SVG path, in a square of `size` modules. */
export interface QrPath {
  size: number;
  d: string;
}

const QUIET_ZONE = 4;

/**
 * Dark modules as one SVG path: one short run per row segment, so the DOM stays small. Throws
 * when the text does not fit a QR code.
 */
export function qrPath(text: string): QrPath {
  const bitmap = generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.M });
  const parts: string[] = [];
  for (let y = 0; y < bitmap.size; y++) {
    let x = 0;
    while (x < bitmap.size) {
      if (!bitmap.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < bitmap.size && bitmap.get(x, y)) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return { size: bitmap.size + 2 * QUIET_ZONE, d: parts.join('') };
}
