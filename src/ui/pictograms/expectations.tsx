import type { Expectation } from '../../domain/dimensions';
import { Pictogram } from './dimensions';

// Pictograms drawn for this project (simple strokes on a 24×24 grid); released under the same
// licence as the code, or CC0 at your choice. A few path commands each: they ship in the IIFE.
const PATHS: Record<Expectation, string> = {
  // A speech bubble with an "i".
  uitleg: 'M3 4h18v12H9l-5 4v-4H3zM12 7v.5M12 10v3',
  // A heart above an open hand.
  geruststelling: 'M12 12C8 9 7 7 9 5s3 0 3 1c0-1 1-3 3-1s1 4-3 7zM2 16h4l3 2h5M6 21h9l7-5',
  // A stethoscope.
  onderzoek: 'M5 3v6a4 4 0 0 0 8 0V3M9 13v3a4 4 0 0 0 8 0v-2M17 10a2 2 0 1 0 0 4a2 2 0 1 0 0-4',
  // A pill.
  behandeling: 'M4.5 19.5a5 5 0 0 1 0-7l8-8a5 5 0 0 1 7 7l-8 8a5 5 0 0 1-7 0zM8.5 8.5l7 7',
  // An arrow to a building.
  verwijzing: 'M14 21V4h7v17M2 21h20M17 8h1M17 12h1M17 16h1M2 13h8M7 10l3 3-3 3',
  // Two speech bubbles.
  meedenken: 'M2 3h12v9H7l-5 4zM17 8h5v12l-4-3h-8v-2',
  // Three dots.
  anders:
    'M5 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2M12 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2M19 11a1 1 0 1 0 0 2a1 1 0 1 0 0-2',
};

/** An expectation's pictogram: decorative, the chip's text stays its accessible name. */
export function ExpectationIcon({ id }: { id: Expectation }) {
  return <Pictogram d={PATHS[id]} />;
}
