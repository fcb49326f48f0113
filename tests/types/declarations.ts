/**
 * Compile-time proof that types/samenspraak.d.ts describes what the code really sends: each
 * event detail the widgets build must be assignable to the published type. `npm run typecheck`
 * fails when they drift apart. Nothing here runs.
 */
import type { SummaryEventDetail } from '../../src/ui/consult/element';
import type { WidgetError } from '../../src/ui/element';
import type { HandoverEventDetail } from '../../src/ui/vragenlijst/element';
import type {
  SamenspraakErrorDetail,
  SamenspraakHandoverDetail,
  SamenspraakSummaryDetail,
} from '../../types/samenspraak';

type Assignable<From, To> = From extends To ? true : never;

export const handover: Assignable<HandoverEventDetail, SamenspraakHandoverDetail> = true;
export const summary: Assignable<SummaryEventDetail, SamenspraakSummaryDetail> = true;
export const error: Assignable<WidgetError, SamenspraakErrorDetail> = true;

// What a host writes compiles, with the details typed.
export function host(document: Document): string | undefined {
  const consult = document.querySelector('samenspraak-consult');
  consult?.addEventListener('samenspraak-summary', (event) => event.detail.text.length);
  document.addEventListener('samenspraak-handover', (event) => event.detail.code.length);
  return consult?.tagName;
}
