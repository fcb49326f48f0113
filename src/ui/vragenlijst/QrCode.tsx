import { correction, generate, mode } from 'lean-qr';

export interface QrCodeProps {
  /** The modules to draw, from {@link qrPath}. */
  path: { size: number; d: string };
  label: string;
}

const QUIET_ZONE = 4;

/**
 * Dark modules as one SVG path: one short run per row segment, so the DOM stays small. Throws
 * when the text does not fit a QR code.
 */
export function qrPath(text: string): { size: number; d: string } {
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

/** The QR code as SVG: crisp at any size, printable, and no canvas or data URL needed. */
export function QrCode({ path, label }: QrCodeProps) {
  const { size, d } = path;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect class="qr-light" width={size} height={size} />
      <path class="qr-dark" d={d} />
    </svg>
  );
}
