import type { DimensionId } from '../../domain/dimensions';

// Pictograms drawn for this project (simple strokes on a 24×24 grid); released under the same
// licence as the code, or CC0 at your choice. A few path commands each: they ship in the IIFE.
const PATHS: Record<DimensionId, string> = {
  // A person.
  lichaam: 'M12 2a3 3 0 1 0 0 6a3 3 0 1 0 0-6M5 11h14M12 11v5l-4 6M12 16l4 6',
  // A heart.
  mentaal: 'M12 20C4 14 2 9 6 6s6 1 6 2c0-1 2-5 6-2s2 8-6 14z',
  // A sun.
  zingeving: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 1v3M12 20v3M1 12h3M20 12h3',
  // A smile.
  kwaliteit: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20M8 14q4 4 8 0M9 9h0M15 9h0',
  // Two people.
  meedoen:
    'M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6M16 5a3 3 0 1 0 0 6M2 21a6 6 0 0 1 12 0M14 15a6 6 0 0 1 8 6',
  // A house.
  dagelijks: 'M3 11l9-8 9 8M5 9v12h14V9M10 21v-6h4v6',
};

/** Where a pictogram sits inside another SVG (the web's axes); without it, inline beside text. */
export interface PictogramPlace {
  x: number;
  y: number;
  size: number;
  class: string;
}

/** A pictogram of this project's style: decorative, the words beside it carry the meaning. */
export function Pictogram({ d, place }: { d: string; place?: PictogramPlace | undefined }) {
  const size = place ? place.size : '1.5em';
  return (
    // Presentation attributes, not CSS: the stylesheet ships twice in the script-tag build.
    <svg
      class={place ? place.class : 'picto'}
      x={place?.x}
      y={place?.y}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

/** A dimension's pictogram: decorative, the name beside it carries the meaning. */
export function DimensionIcon({ id, place }: { id: DimensionId; place?: PictogramPlace }) {
  return <Pictogram d={PATHS[id]} place={place} />;
}
