import type { AttributeSpec, CssPropertySpec, DetailFieldSpec } from './elements';

/**
 * Short Markdown phrases for the API's values, shared by the README tables and the Custom
 * Elements Manifest so that both say the same.
 */

/** The values an attribute accepts, e.g. "`nl`, `en`, `ar`" or "whole number 30–3600". */
export function valuesText(attribute: AttributeSpec): string {
  const { values } = attribute;
  switch (values.kind) {
    case 'enum':
      return values.options.map(code).join(', ');
    case 'flag':
      return 'present or absent; the value `false` counts as absent';
    case 'integer':
      return `whole number ${values.min}–${values.max}`;
    case 'same-origin-url':
      return "a URL on the page's own origin";
    case 'id':
      return 'any id, unique on the page';
  }
}

/** The attribute's default as a reader wants it: the value, or what absence means. */
export function defaultText(attribute: AttributeSpec): string {
  if (attribute.default !== undefined) return code(attribute.default);
  return attribute.values.kind === 'flag' ? 'absent (off)' : 'none';
}

/** The fields of an event's detail: "`text` (the SOEP summary), `data` (the consult)". */
export function detailText(fields: readonly DetailFieldSpec[]): string {
  return fields
    .map((f) => (f.description ? `${code(f.name)} (${f.description})` : code(f.name)))
    .join(', ');
}

/** A custom property's default with its note: "`1.125rem` (never below 16px)". */
export function cssDefaultText(property: CssPropertySpec): string {
  return property.note ? `${code(property.default)} (${property.note})` : code(property.default);
}

/** Inline code. */
export function code(text: string): string {
  return `\`${text}\``;
}

/** A phrase as a sentence: capital first letter, full stop at the end. */
export function sentence(phrase: string): string {
  const text = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
