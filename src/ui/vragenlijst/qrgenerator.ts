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
  return pathOf(generate(mode.alphaNumeric(text), { minCorrectionLevel: correction.M }));
}

/**
 * A link as a QR code: the page's address in byte mode, then the `#` fragment (QR alphanumeric,
 * see src/domain/phonelink.ts) in alphanumeric mode, so the long part costs 5.5 bits a character.
 */
export function qrLinkPath(page: string, fragment: string): QrPath {
  return pathOf(
    generate(mode.multi(mode.ascii(`${page}#`), mode.alphaNumeric(fragment)), {
      minCorrectionLevel: correction.M,
    }),
  );
}

function pathOf(bitmap: ReturnType<typeof generate>): QrPath {
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
