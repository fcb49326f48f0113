import { describe, expect, it } from 'vitest';
import { nearestAxis, pointAt, scoreAt, VIEW } from '../../src/ui/spiderweb/geometry';
import { splitLabel } from '../../src/ui/spiderweb/SpiderWebChart';

describe('spider web geometry', () => {
  it('puts the first axis straight up and 10 at the rim', () => {
    const top = pointAt(0, 6, 10);
    expect(top.x).toBeCloseTo(VIEW.center);
    expect(top.y).toBeCloseTo(VIEW.center - VIEW.radius);
    expect(pointAt(3, 6, 0)).toEqual({ x: VIEW.center, y: VIEW.center });
  });

  it('reads a score back from every point it draws', () => {
    for (let axis = 0; axis < 6; axis++) {
      for (let score = 0; score <= 10; score++) {
        expect(scoreAt(pointAt(axis, 6, score), axis, 6)).toBe(score);
        if (score > 0) expect(nearestAxis(pointAt(axis, 6, score), 6)).toBe(axis);
      }
    }
  });

  it('clamps a drag beyond the rim or past the centre', () => {
    expect(scoreAt({ x: VIEW.center, y: 0 }, 0, 6)).toBe(10);
    expect(scoreAt({ x: VIEW.center, y: VIEW.size }, 0, 6)).toBe(0);
  });

  it('splits long labels at the space nearest the middle', () => {
    expect(splitLabel('Zingeving')).toEqual(['Zingeving']);
    expect(splitLabel('Dagelijks functioneren')).toEqual(['Dagelijks', 'functioneren']);
    expect(splitLabel('Kwaliteit van leven')).toEqual(['Kwaliteit', 'van leven']);
  });
});
