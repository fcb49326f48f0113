import { describe, expect, it } from 'vitest';
import { dutchDate, formatScore, quoteCharacter } from '../../src/ui/format';

describe('formatScore', () => {
  it('writes one decimal at most, with a comma in Dutch and a point in English', () => {
    expect(formatScore(6.46, 'nl')).toBe('6,5');
    expect(formatScore(6.46, 'en')).toBe('6.5');
    expect(formatScore(7, 'nl')).toBe('7');
    expect(formatScore(0, 'nl')).toBe('0');
    expect(formatScore(10, 'en')).toBe('10');
  });

  it('keeps Western digits in Arabic', () => {
    expect(formatScore(4.5, 'ar')).toBe('4.5');
  });

  it('agrees with Intl for every score a web can show', () => {
    for (let tenth = 0; tenth <= 100; tenth++) {
      const score = tenth / 10;
      for (const lang of ['nl', 'en']) {
        const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(score);
        expect(formatScore(score, lang)).toBe(intl);
      }
    }
  });
});

describe('dutchDate', () => {
  const at = new Date(2026, 11, 1, 9, 5).getTime();

  it('writes times and dates the way a Dutch GP reads them', () => {
    expect(dutchDate.time(at)).toBe('09:05');
    expect(dutchDate.short(at)).toBe('01-12-2026 09:05');
    expect(dutchDate.long(at)).toBe('1 december 2026');
    expect(dutchDate.longWithTime(at)).toBe('1 december 2026, 09:05');
  });

  it('agrees with Intl for the short and long forms, every month', () => {
    for (let month = 0; month < 12; month++) {
      const day = new Date(2026, month, 28, 23, 59).getTime();
      const short = new Intl.DateTimeFormat('nl', { dateStyle: 'short', timeStyle: 'short' });
      expect(dutchDate.short(day)).toBe(short.format(day).replace(',', ''));
      expect(dutchDate.long(day)).toBe(
        new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(day),
      );
    }
  });
});

describe('quoteCharacter', () => {
  it('names invisible and control characters by code point', () => {
    expect(quoteCharacter('\u202E')).toBe('U+202E');
    expect(quoteCharacter('\u200B')).toBe('U+200B');
    expect(quoteCharacter('\u0007')).toBe('U+0007');
    expect(quoteCharacter('\u00A0')).toBe('U+00A0');
  });

  it('isolates a visible character, whatever its direction', () => {
    expect(quoteCharacter('#')).toBe('\u2068#\u2069');
    expect(quoteCharacter('א')).toBe('\u2068א\u2069');
    expect(quoteCharacter('😀')).toBe('\u2068😀\u2069');
  });
});
