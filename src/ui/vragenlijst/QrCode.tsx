import type { QrPath } from './qrgenerator';

export interface QrCodeProps {
  /** The modules to draw, from `qrPath` in ./qrgenerator. */
  path: QrPath;
  label: string;
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
