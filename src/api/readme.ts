import { CSS_PROPERTIES, ELEMENTS, EVENTS } from './elements';
import { code, cssDefaultText, defaultText, detailText, valuesText } from './text';

/**
 * The README's API tables, rendered from src/api/elements.ts. `npm run api` writes them between
 * the `<!-- api:NAME -->` … `<!-- /api:NAME -->` markers; tests/tooling/api.test.ts checks that
 * the README still has exactly this text there.
 */

/** The names of the generated tables, as their markers spell them. */
export const README_TABLES = ['attributes', 'events', 'theming'] as const;

export type ReadmeTable = (typeof README_TABLES)[number];

/** The three tables as Markdown, each without a trailing newline. */
export function readmeTables(): Record<ReadmeTable, string> {
  const attributes = ELEMENTS.flatMap((element) =>
    element.attributes.map((attribute, i) => [
      // The element is named on its first row only, as a reader scans the table.
      i === 0 ? code(element.tagName) : '',
      code(attribute.name),
      valuesText(attribute),
      defaultText(attribute),
      attribute.description,
    ]),
  );
  return {
    attributes: table(['element', 'attribute', 'values', 'default', 'what'], attributes),
    events: table(
      ['event', 'when', '`detail`'],
      EVENTS.map((event) => [code(event.name), event.when, detailText(event.detail)]),
    ),
    theming: table(
      ['property', 'default', 'what'],
      CSS_PROPERTIES.map((p) => [code(p.name), cssDefaultText(p), p.description]),
    ),
  };
}

// Blank lines around the table: a line right after a GFM table could be read as one more row.
const open = (name: ReadmeTable) => `<!-- api:${name} -->\n\n`;
const close = (name: ReadmeTable) => `\n\n<!-- /api:${name} -->`;

/** The text between a table's markers, or null when the markers are missing. */
export function readmeSection(readme: string, name: ReadmeTable): string | null {
  const start = readme.indexOf(open(name));
  const end = readme.indexOf(close(name), start);
  if (start < 0 || end < 0) return null;
  return readme.slice(start + open(name).length, end);
}

/** The README with every generated table replaced; throws when a marker pair is missing. */
export function withReadmeTables(readme: string): string {
  const tables = readmeTables();
  let text = readme;
  for (const name of README_TABLES) {
    const current = readmeSection(text, name);
    if (current === null) throw new Error(`README.md: no ${open(name).trim()} … markers`);
    const start = text.indexOf(open(name)) + open(name).length;
    text = text.slice(0, start) + tables[name] + text.slice(start + current.length);
  }
  return text;
}

/** Width as a Markdown formatter counts it: in code points. */
const width = (text: string) => [...text].length;

/** A Markdown table with its columns aligned, as prettier formats it. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => cell.replaceAll('|', '\\|')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ''))));
  const pad = (cell: string, w: number) => cell + ' '.repeat(w - width(cell));
  const line = (row: readonly string[]) =>
    `| ${widths.map((w, i) => pad(row[i] ?? '', w)).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
