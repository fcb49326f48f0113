// The 100-person picture drawn for this project; released under the same licence as the code,
// or CC0 at your choice. One figure per person, ten to a row, the counted ones filled first, as
// IPDAS icon arrays do: people, not a bar, so "30 van de 100" reads as people like the patient.

const FIGURE = 'M1.5 2a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0M1 9V6a2 2 0 0 1 4 0v3z';

/** A hundred figures, `count` of them filled. Decorative: the words beside it say the number. */
export function PeopleChart({ count }: { count: number }) {
  const filled = Math.max(0, Math.min(100, Math.round(count)));
  return (
    <svg
      class="people-chart"
      viewBox="0 0 60 100"
      width="6em"
      height="10em"
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: 100 }, (_, i) => (
        <path
          key={i}
          d={FIGURE}
          transform={`translate(${(i % 10) * 6} ${Math.floor(i / 10) * 10})`}
          class={i < filled ? 'person counted' : 'person'}
        />
      ))}
    </svg>
  );
}
