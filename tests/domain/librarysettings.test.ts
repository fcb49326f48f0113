import { describe, expect, it } from 'vitest';
import { libraryReadDue, libraryUrl } from '../../src/domain/librarysettings';

describe('libraryReadDue and libraryUrl', () => {
  const DAY = 24 * 60 * 60 * 1000;

  it('reads again after a day, not before, and when the clock went back', () => {
    expect(libraryReadDue(null, 0)).toBe(true);
    expect(libraryReadDue(1_000, 1_000 + DAY - 1)).toBe(false);
    expect(libraryReadDue(1_000, 1_000 + DAY)).toBe(true);
    expect(libraryReadDue(1_000, 999)).toBe(true);
  });

  it('lets the setting in the page win over the attribute', () => {
    expect(libraryUrl('/eigen.json', '/attribuut.json')).toBe('/eigen.json');
    expect(libraryUrl(null, '/attribuut.json')).toBe('/attribuut.json');
    expect(libraryUrl(null, null)).toBe(null);
  });
});
