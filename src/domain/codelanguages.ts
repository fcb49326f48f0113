/**
 * The patient languages a version 3 consultcode can name, in three bits: the field holds the
 * index here plus one, 0 for a language not listed (it decodes to no locale), and 7 is unused.
 *
 * Append only, never reorder: an index, once published in a code, keeps its meaning. This is
 * not the i18n language list (`locales/languages.json`), whose order is the language picker's and
 * may change. A unit test checks that both hold the same languages, so a new patient language
 * is not forgotten here; a seventh fits (index 6, field 7) only under a new code version, since
 * 7 is refused as out of range by the decoders already out there.
 */
export const CODE_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** The field value for a locale: `nl-NL` codes as its base `nl`; an unlisted language as 0. */
export function codeLanguageField(locale: string | null): number {
  if (locale === null) return 0;
  const base = locale.split('-')[0]?.toLowerCase() ?? '';
  return (CODE_LANGUAGES as readonly string[]).indexOf(base) + 1;
}
