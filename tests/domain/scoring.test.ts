import { describe, expect, it } from 'vitest';
import nl from '../../content/packs/samenspraak-pg.nl.json';
import { contentPackSchema } from '../../src/domain/contentpack';
import { dimensionScore, openTopics, roundScore, scoresFor } from '../../src/domain/scoring';

describe('dimensionScore', () => {
  it('is the mean of the answered items', () => {
    expect(dimensionScore(['a', 'b', 'c'], { a: 4, b: 7 })).toBe(5.5);
  });
  it('is null, not 0, when nothing is answered', () => {
    expect(dimensionScore(['a', 'b'], {})).toBeNull();
    expect(dimensionScore([], { a: 3 })).toBeNull();
  });
  it('counts a real 0 as an answer', () => {
    expect(dimensionScore(['a', 'b'], { a: 0 })).toBe(0);
  });
  it('ignores answers to questions of other dimensions', () => {
    expect(dimensionScore(['a'], { a: 2, z: 10 })).toBe(2);
  });
});

describe('roundScore', () => {
  it('keeps one decimal', () => {
    expect(roundScore(20 / 3)).toBe(6.7);
    expect(roundScore(6)).toBe(6);
  });
});

describe('scoresFor and openTopics across modes', () => {
  const pack = contentPackSchema.parse(nl);
  const [first, second] = pack.dimensions;
  if (!first || !second) throw new Error('the pack has no dimensions');
  const quick = { [first.quick.id]: 6 };

  it('a detailed topic with no answer yet keeps its quick answer', () => {
    expect(scoresFor(pack, 'detailed', quick)[first.id]).toBe(6);
    expect(scoresFor(pack, 'detailed', quick)[second.id]).toBeNull();
  });

  it('a detailed answer takes over from the quick one', () => {
    const answers = { ...quick, [first.items[0]?.id ?? '']: 2 };
    expect(scoresFor(pack, 'detailed', answers)[first.id]).toBe(2);
  });

  it('the quick mode never reads detailed answers', () => {
    expect(scoresFor(pack, 'quick', { [first.items[0]?.id ?? '']: 2 })[first.id]).toBeNull();
  });

  it('counts the topics without a score', () => {
    expect(openTopics(pack, 'detailed', quick)).toEqual([1, 2, 3, 4, 5]);
    expect(openTopics(pack, 'detailed', {})).toHaveLength(6);
    const all = Object.fromEntries(pack.dimensions.map((d) => [d.quick.id, 5]));
    expect(openTopics(pack, 'detailed', all)).toEqual([]);
  });
});
