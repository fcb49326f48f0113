import { describe, expect, it } from 'vitest';
import pack from '../../content/packs/samenspraak-pg.nl.json';
import nl from '../../locales/nl.json';

// Patient texts are B1 Dutch: no sentence over twelve words, and everyday words.
const MAX_WORDS = 12;

/** Every text in a JSON tree with its path, leaving out ids and what a patient never reads. */
function texts(
  tree: unknown,
  path = '',
  skip: (path: string) => boolean = () => false,
): [string, string][] {
  if (skip(path)) return [];
  if (typeof tree === 'string') return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((value, i) => texts(value, `${path}[${i}]`, skip));
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([key, value]) =>
      texts(value, path ? `${path}.${key}` : key, skip),
    );
  }
  return [];
}

/** Sentences end at . ! or ? before a space or the end; a {{placeholder}} is one word. */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter(
      (sentence) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_WORDS,
    );
}

const locale = texts(nl, '', (path) => path === 'review');
// The pack's id fields are no text; its source and licence are read by the practice, not the patient.
const packTexts = texts(pack, '', (path) =>
  /(^|\.)(id|lang|version|publishedAt|reviewBy|review|source|licence)$/.test(path),
);

describe('the Dutch patient texts', () => {
  it('finds a long sentence, and leaves a short one', () => {
    expect(
      longSentences(
        'Dit is kort. Dit is een zin van veel te veel woorden voor een patiënt die slecht leest.',
      ),
    ).toEqual(['Dit is een zin van veel te veel woorden voor een patiënt die slecht leest.']);
    expect(longSentences('Over {{count}} seconden wissen we alles.')).toEqual([]);
  });

  it.each([
    ['locales/nl.json', locale],
    ['the nl pack', packTexts],
  ])('in %s, no sentence has more than twelve words', (_, entries) => {
    expect(entries.length).toBeGreaterThan(50);
    const long = entries.flatMap(([path, text]) => longSentences(text).map((s) => `${path}: ${s}`));
    expect(long).toEqual([]);
  });

  it.each([
    ['tekens', 'letters'],
    ['aanvaarden', 'accepteren'],
    ['anders zelf', 'dan zelf'],
  ])('say "%s" nowhere (say "%s")', (word) => {
    const found = [...locale, ...packTexts].filter(([, text]) => text.toLowerCase().includes(word));
    expect(found).toEqual([]);
  });
});
