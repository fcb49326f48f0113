import { describe, expect, it } from 'vitest';
import somberheid from '../../content/keuzekaarten/somberheid.json';
import {
  cardFileName,
  cardMatchesEntry,
  compareVersions,
  LIBRARY_FORMAT,
  LIBRARY_MAX_CARDS,
  type LibraryEntry,
  libraryIndex,
  libraryPlan,
  parseLibraryIndex,
  parseLibraryIndexText,
} from '../../src/domain/cardlibrary';
import { keuzekaartSchema } from '../../src/domain/keuzekaart';

const entry = (id: string, version: string, extra: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id,
  version,
  file: `${id}.json`,
  ...extra,
});

const index = (cards: unknown[]) => ({ format: LIBRARY_FORMAT, version: 1, cards });

describe('compareVersions', () => {
  it('orders by number, part by part, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
    expect(compareVersions('1.2.0', '1.2.1')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
    expect(compareVersions('0.0.10', '0.0.9')).toBeGreaterThan(0);
  });

  it('reads leading zeros as the same number and has no size limit', () => {
    expect(compareVersions('1.02.0', '1.2.0')).toBe(0);
    expect(compareVersions('1.0.12345678901234567890', '1.0.12345678901234567891')).toBe(-1);
    expect(compareVersions('1.0.99999999999999999999', '1.0.100000000000000000000')).toBe(-1);
  });

  it('puts a version that is not x.y.z before every real one', () => {
    expect(compareVersions('1.2', '0.0.1')).toBeLessThan(0);
    expect(compareVersions('0.0.1', 'v1.0.0')).toBeGreaterThan(0);
    expect(compareVersions('x', 'y')).toBe(0);
  });
});

describe('libraryPlan', () => {
  it('offers a newer version of a card the page has, and nothing for the same or an older one', () => {
    const plan = libraryPlan(
      [entry('somberheid', '1.2.0'), entry('rugpijn', '1.0.0'), entry('verwijzen', '0.9.0')],
      [
        { id: 'somberheid', version: '1.0.0' },
        { id: 'rugpijn', version: '1.0.0' },
        { id: 'verwijzen', version: '1.0.0' },
      ],
    );
    expect(plan.newer).toEqual([{ entry: entry('somberheid', '1.2.0'), current: '1.0.0' }]);
    expect(plan.added).toEqual([]);
    expect(plan.withdrawn).toEqual([]);
  });

  it('lists a card the page does not have as new', () => {
    const plan = libraryPlan([entry('nieuw', '1.0.0')], [{ id: 'somberheid', version: '1.0.0' }]);
    expect(plan.added).toEqual([entry('nieuw', '1.0.0')]);
    expect(plan.newer).toEqual([]);
  });

  it('marks a withdrawn card and never offers it, whether the page has it or not', () => {
    const plan = libraryPlan(
      [entry('oud', '9.0.0', { withdrawn: true }), entry('weg', '1.0.0', { withdrawn: true })],
      [{ id: 'oud', version: '1.0.0' }],
    );
    expect(plan.withdrawn).toEqual(['oud', 'weg']);
    expect(plan.newer).toEqual([]);
    expect(plan.added).toEqual([]);
  });

  it('compares with the newest the page has of an id (an example and an own card)', () => {
    const plan = libraryPlan(
      [entry('somberheid', '1.1.0')],
      [
        { id: 'somberheid', version: '1.2.0' },
        { id: 'somberheid', version: '1.0.0' },
      ],
    );
    expect(plan.newer).toEqual([]);
  });

  it('has nothing to say about an empty library', () => {
    expect(libraryPlan([], [{ id: 'a', version: '1.0.0' }])).toEqual({
      newer: [],
      added: [],
      withdrawn: [],
    });
  });
});

describe('cardMatchesEntry', () => {
  it('accepts the card its entry names and says which field differs otherwise', () => {
    expect(cardMatchesEntry(entry('a', '1.0.0'), { id: 'a', version: '1.0.0' })).toEqual({
      ok: true,
    });
    expect(cardMatchesEntry(entry('a', '1.0.0'), { id: 'b', version: '1.0.0' })).toEqual({
      ok: false,
      field: 'id',
    });
    expect(cardMatchesEntry(entry('a', '1.1.0'), { id: 'a', version: '1.0.0' })).toEqual({
      ok: false,
      field: 'version',
    });
    // An equal number written otherwise is still another version string: the file is refused.
    expect(cardMatchesEntry(entry('a', '1.01.0'), { id: 'a', version: '1.1.0' }).ok).toBe(false);
  });
});

describe('parseLibraryIndex', () => {
  it('reads the documented example', () => {
    const result = parseLibraryIndexText(
      JSON.stringify(
        index([
          { id: 'somberheid', version: '1.2.0', file: 'somberheid.json' },
          { id: 'oud', version: '1.0.0', file: 'oud.json', withdrawn: true },
        ]),
      ),
    );
    expect(result).toEqual({
      ok: true,
      index: index([
        { id: 'somberheid', version: '1.2.0', file: 'somberheid.json' },
        { id: 'oud', version: '1.0.0', file: 'oud.json', withdrawn: true },
      ]),
    });
  });

  it('keeps only known fields', () => {
    const result = parseLibraryIndex({
      ...index([{ ...entry('a', '1.0.0'), extra: 1 }]),
      extra: true,
    });
    expect(result).toEqual({ ok: true, index: index([entry('a', '1.0.0')]) });
  });

  it('says what is wrong: not JSON, not an index, a later format, too many, a bad entry', () => {
    expect(parseLibraryIndexText('<html>')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseLibraryIndex(somberheid)).toEqual({ ok: false, reason: 'format' });
    expect(parseLibraryIndex([])).toEqual({ ok: false, reason: 'format' });
    expect(parseLibraryIndex({ ...index([]), version: 2 })).toEqual({
      ok: false,
      reason: 'format',
    });
    const many = Array.from({ length: LIBRARY_MAX_CARDS + 1 }, (_, i) => entry(`k${i}`, '1.0.0'));
    expect(parseLibraryIndex(index(many))).toEqual({ ok: false, reason: 'too-many' });
    expect(parseLibraryIndex(index(many.slice(0, LIBRARY_MAX_CARDS))).ok).toBe(true);
    for (const bad of [
      { ...entry('a', '1.0.0'), id: 'Hoofdletter' },
      { ...entry('a', '1.0.0'), version: '1.0' },
      { ...entry('a', '1.0.0'), file: '' },
      { ...entry('a', '1.0.0'), file: 'a\\b.json' },
      { ...entry('a', '1.0.0'), file: 'a\nb.json' },
      { ...entry('a', '1.0.0'), withdrawn: 'ja' },
      { id: 'a', version: '1.0.0' },
    ]) {
      expect(parseLibraryIndex(index([bad]))).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(parseLibraryIndex(index([entry('a', '1.0.0'), entry('a', '2.0.0')]))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('libraryIndex and cardFileName', () => {
  const card = keuzekaartSchema.parse(somberheid);

  it('names a card file by its id', () => {
    expect(cardFileName(card)).toBe(`${card.id}.json`);
  });

  it('builds an index that the parser reads back, withdrawn cards marked', () => {
    const built = libraryIndex(
      [card, { id: 'oud', version: '1.0.0' }, { id: 'rug', version: '2.0.0' }],
      { withdrawn: ['oud'] },
    );
    expect(built).toEqual(
      index([
        { id: card.id, version: card.version, file: `${card.id}.json` },
        { id: 'oud', version: '1.0.0', file: 'oud.json', withdrawn: true },
        { id: 'rug', version: '2.0.0', file: 'rug.json' },
      ]),
    );
    expect(parseLibraryIndexText(JSON.stringify(built))).toEqual({ ok: true, index: built });
  });

  it('lists the newer of two cards with one id', () => {
    const built = libraryIndex([
      { id: 'a', version: '1.9.0' },
      { id: 'a', version: '1.10.0' },
      { id: 'a', version: '1.2.0' },
    ]);
    expect(built.cards).toEqual([entry('a', '1.10.0')]);
  });

  it('refuses to build an index no page would read', () => {
    const many = Array.from({ length: LIBRARY_MAX_CARDS + 1 }, (_, i) => ({
      id: `k${i}`,
      version: '1.0.0',
    }));
    expect(() => libraryIndex(many)).toThrow(RangeError);
    expect(libraryIndex(many.slice(1)).cards).toHaveLength(LIBRARY_MAX_CARDS);
  });
});
