import { describe, expect, it } from 'vitest';
import { dimensionScore, roundScore } from '../../src/domain/scoring';

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
