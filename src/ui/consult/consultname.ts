import type { ConsultState } from '../../domain/consult';
import type { TFunction } from '../../i18n';

/** The first words of a hulpvraag that fit a list line. */
const NAME_MAX = 60;

/**
 * How a consult is named in the drafts and the history, so the GP finds it again the same day:
 * the first words of the hulpvraag, else the keuzekaart, with the choice where there is one.
 */
export function consultName(state: ConsultState, t: TFunction): string {
  const words = state.hulpvraag.replace(/\s+/g, ' ').trim();
  const first = words.length > NAME_MAX ? `${words.slice(0, NAME_MAX - 1).trimEnd()}…` : words;
  const base =
    first ||
    state.keuzekaart?.title ||
    (state.handover ? t('consult.naming.prepared') : t('consult.start.drafts.untitled'));
  const decision = state.decision;
  let choice: string | undefined;
  if (decision?.kind === 'keuze') {
    choice = state.options.find((o) => o.id === decision.optionId)?.title.trim() || undefined;
  } else if (decision?.kind === 'bedenktijd') {
    choice = t('consult.naming.bedenktijd');
  }
  return choice ? t('consult.naming.withChoice', { name: base, choice }) : base;
}
