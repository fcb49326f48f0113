import type { ConsultState } from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import { DIMENSIONS } from '../../domain/dimensions';
import type { Practice } from '../../domain/practice';
import type { SheetContent, SheetText } from '../../domain/takehome';
import { languageOf } from '../../i18n';
import { useI18n } from '../i18n';
import { DimensionIcon } from '../pictograms/dimensions';
import { SpiderWebChart } from '../spiderweb/SpiderWebChart';

export interface TakeHomeProps {
  state: ConsultState;
  /** The pack in the sheet's language, for the dimension names. */
  pack: ContentPack;
  /** The day of the consult. */
  date: number;
  /** The options, fill-ins and worse row in the sheet's language (`sheetContent`). */
  content: SheetContent;
  /** The practice's name and telephone; without it the sheet shows nothing for it. */
  practice?: Practice | null;
  /**
   * The patient's language. The sheet is in the translator's language (`sheetLanguage`); when
   * that is not the patient's, one line at the top says, in the patient's language, that the
   * sheet is in Dutch.
   */
  patientLang?: string;
}

/**
 * The sheet the patient takes home: their web, what they wanted to talk about, every option with
 * its pros and cons (the chosen one marked, none ranked), the choice, the afspraken, what to do
 * when it gets worse, and the practice's telephone. The GP's own words say so. It names no
 * patient.
 */
export function TakeHome({ state, pack, date, content, practice, patientLang }: TakeHomeProps) {
  const { i18n, t, lang, dir } = useI18n();
  const patient = patientLang ?? lang;
  const handover = state.handover;
  const label = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  const decision = state.decision;
  // The card's texts are in the sheet's language where its translation has them; the fill-ins
  // (Verwijzen: klacht, specialisme) go beside the choice.
  const { options, fillIns, worse, afspraken } = content;
  const chosen = options.find((o) => o.chosen);
  const talk = handover?.talk ?? [];
  const vangnet = state.afspraken.vangnet.trim();
  // A text in another language than the sheet's says which, and its direction (Dutch words
  // on an Arabic sheet run left to right).
  const langOf = (text: SheetText) => (text.lang === lang ? undefined : text.lang);
  const dirOf = (text: SheetText) => {
    const own = languageOf(text.lang.split('-')[0] ?? text.lang).dir;
    return text.lang === lang || own === dir ? undefined : own;
  };
  // The GP types in Dutch: the afspraken and the vangnet.
  const gpText = (text: string): SheetText => ({ text, lang: 'nl', byGp: true });
  // A text in the sheet's language as it is; in another, in an element that says which.
  const inLang = (text: SheetText) =>
    text.lang === lang ? (
      text.text
    ) : (
      <span lang={text.lang} dir={dirOf(text)}>
        {text.text}
      </span>
    );
  const gpWrote = <span class="takehome-by">{t('takehome.gpWrote')} </span>;
  const shown = (text: SheetText) => (
    <>
      {text.byGp && gpWrote}
      <span lang={langOf(text)} dir={dirOf(text)}>
        {text.text}
      </span>
    </>
  );
  return (
    <article class="takehome" lang={lang} dir={dir}>
      {patient !== lang && (
        <p class="takehome-note" lang={patient} dir={languageOf(patient).dir}>
          {i18n.fixedT(patient)('takehome.inDutch')}
        </p>
      )}
      {practice && (
        <p class="takehome-practice">
          <bdi class="takehome-practice-name">{practice.name}</bdi>
          <span class="takehome-practice-telephone">
            {t('takehome.telephone')}: <bdi dir="ltr">{practice.telephone}</bdi>
          </span>
        </p>
      )}
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
              <li key={id}>
                <DimensionIcon id={id} />
                {label(id)}
              </li>
            ))}
          </ul>
          {handover?.focus && (
            <p>
              {t('takehome.focus', { dimension: label(handover.focus) })}
              {handover.detail?.change ? (
                <>
                  {' '}
                  <bdi>{handover.detail.change}</bdi>
                </>
              ) : null}
            </p>
          )}
        </section>
      )}
      {content.listsOptions && (
        <section class="takehome-options">
          <h2>{t('takehome.options')}</h2>
          {options.map((option) => (
            <div
              key={option.id}
              class={option.byGp ? 'takehome-option takehome-gp' : 'takehome-option'}
            >
              {/* The GP's own option is introduced as theirs once; in a card's option, each
                  text the GP changed or added. */}
              {option.byGp && <p class="takehome-by">{t('takehome.gpWrote')}</p>}
              <h3>
                {option.byGp ? (
                  <span lang={langOf(option.title)} dir={dirOf(option.title)}>
                    {option.title.text}
                  </span>
                ) : (
                  shown(option.title)
                )}
                {option.chosen && (
                  <>
                    {' '}
                    <span class="takehome-chosen">{t('takehome.chosen')}</span>
                  </>
                )}
              </h3>
              {option.description && (
                <p>
                  {option.byGp ? (
                    <span lang={langOf(option.description)} dir={dirOf(option.description)}>
                      {option.description.text}
                    </span>
                  ) : (
                    shown(option.description)
                  )}
                </p>
              )}
              {(['pros', 'cons'] as const).map(
                (side) =>
                  option[side].length > 0 && (
                    <div key={side} class="takehome-side">
                      <h4>{t(`takehome.${side}`)}</h4>
                      <ul>
                        {option[side].map((point, i) => (
                          <li key={i}>
                            {option.byGp ? (
                              <span lang={langOf(point)} dir={dirOf(point)}>
                                {point.text}
                              </span>
                            ) : (
                              shown(point)
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
              )}
            </div>
          ))}
        </section>
      )}
      {decision && (
        <section>
          <h2>{t('takehome.choice')}</h2>
          <p>
            {chosen ? (
              <span lang={langOf(chosen.title)} dir={dirOf(chosen.title)}>
                {chosen.title.text}
              </span>
            ) : decision.kind === 'bedenktijd' ? (
              t('takehome.bedenktijd', {
                date: decision.followUp
                  ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(
                      new Date(`${decision.followUp}T12:00:00`),
                    )
                  : t('takehome.later'),
              })
            ) : (
              ''
            )}
          </p>
          {fillIns.length > 0 && (
            <div class="takehome-gp takehome-fillins">
              <p class="takehome-by">{t('takehome.gpWrote')}</p>
              <ul>
                {fillIns.map(({ label, value }, i) => (
                  <li key={i}>
                    <span lang={langOf(label)} dir={dirOf(label)}>
                      {label.text}
                    </span>
                    : {inLang(value)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      {afspraken.length > 0 && (
        <section>
          <h2>{t('takehome.afspraken')}</h2>
          <div class="takehome-gp">
            <p class="takehome-by">{t('takehome.gpWrote')}</p>
            <ul>
              {afspraken.map((field) => (
                <li key={field}>
                  {t(`takehome.${field}`)}: {inLang(gpText(state.afspraken[field]))}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {(worse || vangnet !== '') && (
        <section>
          <h2>
            {worse ? (
              <span lang={langOf(worse.question)} dir={dirOf(worse.question)}>
                {worse.question.text}
              </span>
            ) : (
              t('takehome.worse')
            )}
          </h2>
          {worse?.answers.map(({ option, answer }, i) => (
            <p key={i}>
              {option && (
                <>
                  <strong lang={langOf(option)} dir={dirOf(option)}>
                    {option.text}
                  </strong>
                  :{' '}
                </>
              )}
              <span lang={langOf(answer)} dir={dirOf(answer)}>
                {answer.text}
              </span>
            </p>
          ))}
          {vangnet !== '' && (
            <p class="takehome-gp">
              {gpWrote}
              {inLang(gpText(vangnet))}
            </p>
          )}
        </section>
      )}
      <p class="takehome-date">{t('takehome.footer')}</p>
    </article>
  );
}
