import { canonicalOrder, DIMENSIONS, EXPECTATIONS } from './dimensions';
import type { Handover } from './preparation';
import type { Translate } from './summary';

/**
 * The one line the GP reads back to the patient right after opening their preparation, so a
 * code or QR code of someone else is caught at once: "Klopt dit? Wil praten over: meedoen.
 * Verwachting: uitleg." Built from the structured handover only, which a code and a QR code both
 * carry; the words come from `consult.check` in the GP's locale.
 */
export function checkLine(handover: Handover, t: Translate): string {
  const talk = canonicalOrder(DIMENSIONS, handover.talk);
  const expectations = canonicalOrder(EXPECTATIONS, handover.expectations);
  const parts: string[] = [];
  if (talk.length > 0) {
    const items = talk.map((d) => t(`consult.check.dimensions.${d}`)).join(', ');
    parts.push(t('consult.check.talk', { items }));
  }
  // The dimension to change, unless it is already named among the topics.
  if (handover.focus !== null && !talk.includes(handover.focus)) {
    parts.push(t('consult.check.focus', { item: t(`consult.check.dimensions.${handover.focus}`) }));
  }
  if (expectations.length > 0) {
    const items = expectations.map((e) => t(`consult.check.expectation.${e}`)).join(', ');
    const key = expectations.length === 1 ? 'oneExpectation' : 'expectations';
    parts.push(t(`consult.check.${key}`, { items }));
  }
  if (parts.length === 0) parts.push(t('consult.check.nothing'));
  return t('consult.check.line', { parts: parts.join(' ') });
}
