import type { ConsultState } from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import { DIMENSIONS } from '../../domain/dimensions';
import { useI18n } from '../i18n';
import { SpiderWebChart } from '../spiderweb/SpiderWebChart';

export interface TakeHomeProps {
  state: ConsultState;
  /** The pack in the patient's language, for the dimension names. */
  pack: ContentPack;
  /** The day of the consult. */
  date: number;
}

/**
 * The sheet the patient takes home, in their own language: their web, what they wanted to talk
 * about, the options, the choice and the afspraken. It names no one.
 */
export function TakeHome({ state, pack, date }: TakeHomeProps) {
  const { t, lang, dir } = useI18n();
  const handover = state.handover;
  const label = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  const decision = state.decision;
  const chosen =
    decision?.kind === 'keuze' ? state.options.find((o) => o.id === decision.optionId) : undefined;
  const talk = handover?.talk ?? [];
  const afspraken = (['nextStep', 'evaluation', 'vangnet'] as const).filter(
    (field) => state.afspraken[field].trim() !== '',
  );
  return (
    <article class="takehome" lang={lang} dir={dir}>
      <h1>{t('takehome.title')}</h1>
      <p class="takehome-date">{day}</p>
      {handover && (
        <section>
          <h2>{t('takehome.web')}</h2>
          <div class="takehome-web">
            <SpiderWebChart
              axes={DIMENSIONS.map((id) => ({ id, label: label(id) }))}
              scores={handover.scores}
              talk={talk}
            />
          </div>
        </section>
      )}
      {(talk.length > 0 || handover?.focus) && (
        <section>
          <h2>{t('takehome.talk')}</h2>
          <ul>
            {talk.map((id) => (
              <li key={id}>{label(id)}</li>
            ))}
          </ul>
          {handover?.focus && (
            <p>
              {t('takehome.focus', { dimension: label(handover.focus) })}
              {handover.detail?.change ? ` ${handover.detail.change}` : ''}
            </p>
          )}
        </section>
      )}
      {state.options.length > 1 && (
        <section>
          <h2>{t('takehome.options')}</h2>
          <ul>
            {state.options.map((option) => (
              <li key={option.id}>{option.title}</li>
            ))}
          </ul>
        </section>
      )}
      {decision && (
        <section>
          <h2>{t('takehome.choice')}</h2>
          <p>
            {chosen
              ? chosen.title
              : decision.kind === 'bedenktijd'
                ? t('takehome.bedenktijd', {
                    date: decision.followUp
                      ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(
                          new Date(`${decision.followUp}T12:00:00`),
                        )
                      : t('takehome.later'),
                  })
                : ''}
          </p>
        </section>
      )}
      {afspraken.length > 0 && (
        <section>
          <h2>{t('takehome.afspraken')}</h2>
          <ul>
            {afspraken.map((field) => (
              <li key={field}>
                {t(`takehome.${field}`)}: {state.afspraken[field]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="takehome-date">{t('takehome.footer')}</p>
    </article>
  );
}
