// Faces drawn for this project on a 24×24 grid, saddest first; released under the same licence
// as the code, or CC0 at your choice. Only the mouth changes, so the five read as one scale.
const MOUTHS = [
  'M7 17q5-5 10 0', // very sad
  'M8 16.5q4-2.5 8 0', // sad
  'M8 16h8', // so-so
  'M8 15q4 2.5 8 0', // good
  'M7 14q5 5 10 0', // very good
] as const;

/** One face of the face scale; decorative, as the written label beside it names the answer. */
export function FaceIcon({ face }: { face: number }) {
  return (
    <svg
      class="face-picto"
      viewBox="0 0 24 24"
      width="2.75em"
      height="2.75em"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10" />
      <path d="M9 9.5h0M15 9.5h0" stroke-width="2.4" />
      <path d={MOUTHS[face] ?? MOUTHS[2]} />
    </svg>
  );
}
