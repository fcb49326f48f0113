import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { byReviewDate, isOverdue } from '../../domain/cardedit';
import type { Keuzekaart } from '../../domain/keuzekaart';
import type { StoredDraft } from '../../storage/keuzekaarten';
import { OptionColumns } from '../consult/PatientGrid';
import { dutchDate } from '../format';
import { useI18n } from '../i18n';

export interface CardListProps {
  /** Every card that can be chosen in a consult: the practice's own and the bundled ones. */
  cards: readonly Keuzekaart[];
  /** The ids of the practice's own cards: only those can be edited or deleted. */
  own: ReadonlySet<string>;
  drafts: readonly StoredDraft[];
  /** yyyy-mm-dd, for "verlopen". */
  today: string;
  versionsView: { card: Keuzekaart; versions: Keuzekaart[] } | null;
  onNew: () => void;
  onEdit: (card: Keuzekaart) => void;
  onCopy: (card: Keuzekaart) => void;
  onResume: (draft: StoredDraft) => void;
  onDropDraft: (draft: StoredDraft) => void;
  onExport: (card: Keuzekaart) => void;
  onVersions: (card: Keuzekaart) => void;
  onCloseVersions: () => void;
  onDelete: (card: Keuzekaart) => void;
}

/** The practice's keuzekaarten by review date, the first to review on top, and the drafts. */
export function CardList(props: CardListProps) {
  const { t } = useI18n();
  const { cards, own, drafts, today } = props;
  const [confirm, setConfirm] = useState<Keuzekaart | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirm) question.current?.focus();
  }, [confirm]);

  if (props.versionsView)
    return <Versions {...props.versionsView} onClose={props.onCloseVersions} />;

  return (
    <section class="beheer-list" aria-labelledby="beheer-title">
      <h2 id="beheer-title">{t('beheer.title')}</h2>
      <p>{t('beheer.intro')}</p>
      <p>
        <button type="button" class="primary" onClick={props.onNew}>
          {t('beheer.new')}
        </button>
      </p>

      {drafts.length > 0 && (
        <section aria-labelledby="drafts-title">
          <h3 id="drafts-title">{t('beheer.drafts.title')}</h3>
          <p class="field-hint">{t('beheer.drafts.hint')}</p>
          <ul class="beheer-drafts">
            {drafts.map((stored) => {
              const title = stored.draft.title.trim() || t('beheer.drafts.untitled');
              return (
                <li key={stored.key}>
                  <span>
                    {title}{' '}
                    <span class="field-hint">
                      {t('beheer.drafts.savedAt', { date: dutchDate.longWithTime(stored.savedAt) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    aria-label={t('beheer.drafts.resumeLabel', { title })}
                    onClick={() => props.onResume(stored)}
                  >
                    {t('beheer.drafts.resume')}
                  </button>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t('beheer.drafts.dropLabel', { title })}
                    onClick={() => props.onDropDraft(stored)}
                  >
                    {t('beheer.drafts.drop')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <h3 id="cards-title">{t('beheer.list.title')}</h3>
      {confirm && (
        <div class="notice beheer-confirm">
          <p ref={question} tabIndex={-1}>
            {t('beheer.list.confirmDelete', { title: confirm.title })}
          </p>
          <div class="inline">
            <button
              type="button"
              onClick={() => {
                props.onDelete(confirm);
                setConfirm(null);
              }}
            >
              {t('beheer.list.confirmYes')}
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              {t('beheer.list.confirmNo')}
            </button>
          </div>
        </div>
      )}
      <div class="grid-wrap">
        <table class="beheer-cards">
          <caption class="visually-hidden">{t('beheer.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('beheer.list.card')}</th>
              <th scope="col">{t('beheer.list.version')}</th>
              <th scope="col">{t('beheer.list.reviewBy')}</th>
              <th scope="col">{t('beheer.list.origin')}</th>
              <th scope="col">{t('beheer.list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {byReviewDate(cards).map((card) => {
              const mine = own.has(card.id);
              const label = (key: string) => t(`beheer.list.${key}Label`, { title: card.title });
              return (
                <tr key={card.id}>
                  <th scope="row">{card.title}</th>
                  <td>{card.version}</td>
                  <td class={isOverdue(card, today) ? 'overdue' : undefined}>
                    {dutchDate.day(card.reviewBy)}
                    {isOverdue(card, today) && <strong> — {t('beheer.list.overdue')}</strong>}
                  </td>
                  <td>
                    {mine ? t('beheer.list.own') : t('beheer.list.bundled')}
                    {card.example && `, ${t('beheer.list.example')}`}
                  </td>
                  <td class="beheer-actions">
                    {mine && (
                      <button
                        type="button"
                        aria-label={label('edit')}
                        onClick={() => props.onEdit(card)}
                      >
                        {t('beheer.list.edit')}
                      </button>
                    )}
                    <button
                      type="button"
                      aria-label={label('copy')}
                      onClick={() => props.onCopy(card)}
                    >
                      {t('beheer.list.copy')}
                    </button>
                    <button
                      type="button"
                      aria-label={label('export')}
                      onClick={() => props.onExport(card)}
                    >
                      {t('beheer.list.export')}
                    </button>
                    {mine && (
                      <button
                        type="button"
                        aria-label={label('versions')}
                        onClick={() => props.onVersions(card)}
                      >
                        {t('beheer.list.versions')}
                      </button>
                    )}
                    {mine && (
                      <button
                        type="button"
                        class="link-button"
                        aria-label={label('delete')}
                        onClick={() => setConfirm(card)}
                      >
                        {t('beheer.list.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The earlier versions of a card, each readable as the patient saw it. */
function Versions(props: { card: Keuzekaart; versions: Keuzekaart[]; onClose: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="beheer-versions" aria-labelledby="versions-title">
      <h2 id="versions-title" ref={heading} tabIndex={-1}>
        {t('beheer.versions.title', { title: props.card.title })}
      </h2>
      {props.versions.length === 0 && <p>{t('beheer.versions.none')}</p>}
      {props.versions.map((card) => (
        <details key={card.version}>
          <summary>
            {t('beheer.versions.version', {
              version: card.version,
              date: dutchDate.day(card.publishedAt),
            })}
          </summary>
          <p>
            <strong>{card.title}</strong>: {card.question}
          </p>
          <OptionColumns
            options={card.options.map((o) => ({ ...o, afwachten: o.afwachten === true }))}
            rows={card.rows ?? []}
            numbers={(id) => card.options.find((o) => o.id === id)?.numbers ?? []}
          />
          <p class="field-hint">{card.source}</p>
        </details>
      ))}
      <p>
        <button type="button" onClick={props.onClose}>
          {t('beheer.versions.back')}
        </button>
      </p>
    </section>
  );
}
