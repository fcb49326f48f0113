import type { ContentPack, PackText } from './contentpack';
import type { DimensionId } from './dimensions';
import { SCORE_MAX, SCORE_MIN } from './dimensions';

/** A conversation prompt ready to show: placeholders filled, with a stable id. */
export interface Prompt {
  id: string;
  text: string;
}

/**
 * Fill a scaling prompt for a score: {{score}}, {{lower}} and {{higher}} are the score and its
 * neighbours on the 0–10 scale. Returns null where the question makes no sense (no lower than 0).
 */
export function fillScaling(template: string, score: number): string | null {
  const whole = Math.round(score);
  const lower = whole - 1;
  const higher = whole + 1;
  if (template.includes('{{lower}}') && lower < SCORE_MIN) return null;
  if (template.includes('{{higher}}') && higher > SCORE_MAX) return null;
  return template
    .replaceAll('{{score}}', String(whole))
    .replaceAll('{{lower}}', String(lower))
    .replaceAll('{{higher}}', String(higher));
}

/** The prompts for one dimension: its own, then the scaling questions for its score. */
export function dimensionPrompts(
  pack: ContentPack,
  dimension: DimensionId,
  score: number | null,
): Prompt[] {
  const dim = pack.dimensions.find((d) => d.id === dimension);
  const own = (dim?.prompts ?? []).map((p: PackText) => ({
    id: `${dimension}/${p.id}`,
    text: p.text,
  }));
  const scaling =
    score === null
      ? []
      : (pack.prompts?.scaling ?? []).flatMap((p) => {
          const text = fillScaling(p.text, score);
          return text === null ? [] : [{ id: `${dimension}/${p.id}`, text }];
        });
  return [...scaling, ...own];
}

/** The general follow-up questions after the web. */
export function followUpPrompts(pack: ContentPack): Prompt[] {
  return (pack.prompts?.followUp ?? []).map((p) => ({ id: `verder/${p.id}`, text: p.text }));
}
