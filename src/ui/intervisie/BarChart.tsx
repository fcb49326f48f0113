/**
 * A small horizontal bar chart in SVG, with a table beside it as its text alternative
 * (docs/architecture.md, "Intervisie"). The project draws its own: six charts of a few bars
 * each need no chart library, and the smallest would weigh more than this page's own code.
 * The SVG is hidden from screen readers; the table says the same in words and numbers.
 */
export interface BarRow {
  /** The row's name, in the chart and the table's first column. */
  label: string;
  /** The bar's length as a share of the largest possible (0–1), or null where it is hidden. */
  share: number | null;
  /** What the bar's end and the table's other columns say. */
  cells: string[];
}

const WIDTH = 360;
const LABEL = 150;
const ROW = 26;
const BAR = 16;

export function BarChart(props: {
  id: string;
  title: string;
  /** The table's column headers: the first names the rows. */
  columns: string[];
  rows: BarRow[];
  /** A line under the chart, such as the most common "nee". */
  note?: string | null;
}) {
  const { id, title, columns, rows, note } = props;
  const height = Math.max(1, rows.length) * ROW;
  const room = WIDTH - LABEL - 60;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}
      </figcaption>
      <div class="chart-body">
        <svg
          class="chart-svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
          aria-hidden="true"
          focusable="false"
        >
          {rows.map((row, i) => {
            const y = i * ROW;
            const length = row.share === null ? 0 : Math.max(0, Math.min(1, row.share)) * room;
            return (
              <g key={row.label}>
                <text class="chart-label" x={LABEL - 6} y={y + ROW / 2 + 5} text-anchor="end">
                  {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
                </text>
                <rect
                  class="chart-track"
                  x={LABEL}
                  y={y + (ROW - BAR) / 2}
                  width={room}
                  height={BAR}
                />
                {row.share !== null && (
                  <rect
                    class="chart-bar"
                    x={LABEL}
                    y={y + (ROW - BAR) / 2}
                    width={length}
                    height={BAR}
                  />
                )}
                <text
                  class="chart-value"
                  x={LABEL + (row.share === null ? 4 : length + 4)}
                  y={y + ROW / 2 + 5}
                >
                  {row.cells.at(-1)}
                </text>
              </g>
            );
          })}
        </svg>
        <table class="chart-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && <p class="chart-note">{note}</p>}
    </figure>
  );
}
