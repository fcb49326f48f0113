import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeConsultcode } from '../../src/domain/consultcode';

// Every consultcode that the documentation, the published types or a locale shows as an example
// must be a code a GP could type: a made-up code that fails its check symbol teaches the wrong
// shape and breaks the first try of anyone who copies it.

const ROOT = resolve(import.meta.dirname, '../..');

/** Every JSON file under a folder, at any depth, sorted so failures read the same every run. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort();
}

const FILES = [
  'README.md',
  'SECURITY.md',
  'docs/architecture.md',
  'types/samenspraak.d.ts',
  ...jsonFiles(join(ROOT, 'locales')),
];

/**
 * Anything shaped like a code, `SCHT-KYJJ-25B2`: groups of four, four and four symbols (or three,
 * `HCHT-KC2J-2F8`, or two, `9CHT-KC2J-2M`, codes of the older versions 2 and 1). Letters
 * outside the Crockford alphabet are matched too, so a code with an I, L, O or U in it is found
 * (and then judged by the decoder). The last symbol may be a check-only symbol `* ~ $ =`, which
 * `\b` would not see as the end of a word: look-arounds mark the edges instead, and refuse a
 * match inside a longer run of symbols.
 */
const CODE_SHAPE =
  /(?<![0-9A-Za-z*~$=-])[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z][0-9A-Z*~$=]{1,3}(?![0-9A-Za-z*~$=-])/g;

interface Found {
  file: string;
  line: number;
  code: string;
}

function codesIn(file: string): Found[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return text
    .split('\n')
    .flatMap((content, i) =>
      [...content.matchAll(CODE_SHAPE)].map((m) => ({ file, line: i + 1, code: m[0] })),
    );
}

describe('consultcodes in the docs, the types and the locales', () => {
  const found = FILES.flatMap(codesIn);

  it('finds the example code in README.md, so this test cannot pass on nothing', () => {
    expect(
      found.filter((f) => f.file === 'README.md').map((f) => f.code),
      'README.md shows no consultcode: the pattern or the README changed',
    ).not.toEqual([]);
  });

  it('shows the GP an example of the current version in the locale', () => {
    const examples = found.filter((f) => f.file.startsWith('locales/'));
    expect(examples.map((f) => f.code)).not.toEqual([]);
    for (const { code } of examples) expect(decodeConsultcode(code)).toMatchObject({ version: 3 });
  });

  it.each(FILES)('every code in %s decodes', (file) => {
    const failures = found
      .filter((f) => f.file === file)
      .flatMap(({ line, code }) => {
        const result = decodeConsultcode(code);
        return result.ok ? [] : [`${file}:${line}: ${code} does not decode (${result.error.kind})`];
      });
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
