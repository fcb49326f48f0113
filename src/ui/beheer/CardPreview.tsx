import { useMemo } from 'preact/hooks';
import { type CardDraft, completeNumbers } from '../../domain/cardedit';
import type { ConsultOption } from '../../domain/consult';
import type { KeuzeGetal } from '../../domain/keuzekaart';
import { OptionColumns } from '../consult/PatientGrid';
import { useI18n } from '../i18n';

/**
 * The card as the patient will see it in "Laat zien aan patiënt", beside the form and updated
 * with every key. Only what is filled in shows; a number that is no number yet is left out.
 */
export function CardPreview({ draft }: { draft: CardDraft }) {
  const { t } = useI18n();
  const options: ConsultOption[] = useMemo(
    () =>
      draft.options.map((o) => ({
        id: o.id,
        title: o.title.trim() || t('beheer.preview.untitled'),
        description: o.description,
        pros: o.pros.filter((p) => p.text.trim()).map((p) => ({ id: p.id, text: p.text })),
        cons: o.cons.filter((p) => p.text.trim()).map((p) => ({ id: p.id, text: p.text })),
        dimensions: o.dimensions,
        afwachten: o.afwachten,
      })),
    [draft.options, t],
  );
  const numbers = (id: string): KeuzeGetal[] => {
    const option = draft.options.find((o) => o.id === id);
    return option ? completeNumbers(option) : [];
  };
  const rows = draft.rows.filter((r) => r.question.trim());
  return (
    <section class="card-preview" aria-labelledby="card-preview-title">
      <h2 id="card-preview-title">{t('beheer.preview.title')}</h2>
      <p class="card-preview-question">{draft.question}</p>
      <section
        class="card-preview-scroll"
        aria-label={t('beheer.preview.grid')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
        tabIndex={0}
      >
        <OptionColumns options={options} rows={rows} numbers={numbers} />
      </section>
    </section>
  );
}
