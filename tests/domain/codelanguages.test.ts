import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, codeLanguageField } from '../../src/domain/codelanguages';

const LANGUAGES = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../locales/languages.json'), 'utf8'),
) as { code: string }[];

describe('CODE_LANGUAGES', () => {
  it('holds the same languages as locales/languages.json, so a new one is not forgotten', () => {
    expect(new Set(CODE_LANGUAGES)).toEqual(new Set(LANGUAGES.map((l) => l.code)));
  });

  it('keeps its order: a published code names a language by its index', () => {
    // Never change this line to follow the picker's order; append a new language at the end.
    expect(CODE_LANGUAGES).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
  });

  it('leaves field value 7 unused, and 0 for a language not listed', () => {
    expect(CODE_LANGUAGES.length).toBeLessThanOrEqual(6);
    expect(codeLanguageField('fr')).toBe(0);
    expect(codeLanguageField(null)).toBe(0);
    expect(codeLanguageField('nl-BE')).toBe(1);
    expect(codeLanguageField('uk')).toBe(6);
  });
});
