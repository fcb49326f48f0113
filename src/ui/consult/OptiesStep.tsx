import { useState } from 'preact/hooks';
import {
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  OPTION_TEXT_MAX,
  OPTIONS_MAX,
  PROCONS_MAX,
  type ProCon,
} from '../../domain/consult';
import type { ContentPack } from '../../domain/contentpack';
import { isOverdue, type Keuzekaart } from '../../domain/keuzekaart';
import { DimensionChips } from '../DimensionChips';
import { dutchDate } from '../format';
import { useI18n } from '../i18n';
import { TooLong } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import { useLimit } from '../useLimit';
import { CardFillIns } from './CardFillIns';
import { CardImport } from './CardImport';
import type { ImportOutcome, SaveMode } from './keuzekaartimport';
import { LibrarySection } from './LibrarySection';
import { PatientGrid } from './PatientGrid';
import type { CardLibrary } from './useCardLibrary';

export interface OptiesStepProps {
  pack: ContentPack;
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
  cards: readonly Keuzekaart[];
  afwachten: ConsultOption;
  onImport: (file: File) => Promise<ImportOutcome>;
  /** Store a card the GP chose to keep after a conflict. */
  onSave: (card: Keuzekaart, mode: SaveMode, file: string) => Promise<ImportOutcome>;
  /**
   * The card this consult uses, in the version it recorded (a version the library replaced
   * while the page is open included); by default looked up in `cards` by id and version.
   */
  card?: Keuzekaart | null;
  /** The practice's keuzekaarten library; without it, no library section. */
  library?: CardLibrary;
  /** Keep the options as the start of a keuzekaart in "Keuzekaarten beheren"; false if it failed. */
  onKeepAsCard: () => Promise<boolean>;
  /** yyyy-mm-dd: a card past its review date says so wherever it can be chosen. */
  today: string;
}

let counter = 0;
/** A fresh id for something the GP typed; unique within the consult. */
function freshId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** Step 2 (option talk): a keuzekaart or typed options, shown side by side as a grid. */
export function OptiesStep(props: OptiesStepProps) {
  const { pack, state, dispatch } = props;
  const { t } = useI18n();
  // The version the consult recorded, never another one with the same id.
  const card =
    props.card !== undefined
      ? props.card
      : (props.cards.find(
          (c) => c.id === state.keuzekaart?.id && c.version === state.keuzekaart.version,
        ) ?? null);
  return (
    <section class="step" aria-labelledby="opties-title">
      <StepHeading id="opties-title">{t('consult.opties.title')}</StepHeading>
      {/* Screen order is Tab order: the card, the grid, then what is said about the card. */}
      <CardPicker {...props} />
      <CardFillIns state={state} dispatch={dispatch} />
      {(card || state.options.some((o) => !o.afwachten)) && (
        <PatientGrid options={state.options} card={card} />
      )}
      <OptionsGrid pack={pack} state={state} card={card} />
      {card && <CardSource {...props} card={card} />}
      <CardImport onImport={props.onImport} onSave={props.onSave} />
      {/* After the import: a new version waits here, never in the way of the consult. */}
      {props.library && <LibrarySection library={props.library} state={state} />}
      <section aria-labelledby="edit-title">
        <h3 id="edit-title">{t('consult.opties.edit')}</h3>
        {state.options.map((option, index) => (
          <OptionEditor
            key={option.id}
            index={index}
            option={option}
            dispatch={dispatch}
            pack={pack}
          />
        ))}
        <button
          type="button"
          disabled={state.options.length >= OPTIONS_MAX}
          onClick={() =>
            dispatch({
              type: 'addOption',
              option: {
                id: freshId('optie'),
                title: t('consult.opties.newOption'),
                description: '',
                pros: [],
                cons: [],
                dimensions: [],
                afwachten: false,
              },
            })
          }
        >
          {t('consult.opties.add')}
        </button>
        <KeepAsCard onKeepAsCard={props.onKeepAsCard} />
      </section>
    </section>
  );
}

/** "Bewaar deze opties als keuzekaart": a draft for the editor, where the practice finishes it. */
function KeepAsCard({ onKeepAsCard }: Pick<OptiesStepProps, 'onKeepAsCard'>) {
  const { t } = useI18n();
  const [kept, setKept] = useState<boolean | null>(null);
  return (
    <div class="keep-as-card">
      <button
        type="button"
        aria-describedby="keep-as-card-status"
        onClick={async () => setKept(await onKeepAsCard().catch(() => false))}
      >
        {t('consult.opties.keepAsCard')}
      </button>
      <p
        id="keep-as-card-status"
        role="status"
        class={kept === false ? 'field-error' : 'field-hint'}
      >
        {kept === true && t('consult.opties.keptAsCard')}
        {kept === false && t('consult.opties.keepAsCardFailed')}
      </p>
    </div>
  );
}

/** The choice of keuzekaart: first on the step, before the grid it fills. */
function CardPicker({ state, dispatch, cards, afwachten, library, today }: OptiesStepProps) {
  const { t } = useI18n();
  const withdrawn = library?.withdrawn;
  return (
    <div class="cardpicker">
      <label class="field-label" for="keuzekaart">
        {t('consult.opties.card')}
      </label>
      <select
        id="keuzekaart"
        value={state.keuzekaart?.id ?? ''}
        aria-describedby="keuzekaart-hint"
        onChange={(e) => {
          const card = cards.find((c) => c.id === e.currentTarget.value);
          dispatch(
            card ? { type: 'keuzekaart', card, afwachten } : { type: 'clearKeuzekaart', afwachten },
          );
        }}
      >
        <option value="">{t('consult.opties.cardNone')}</option>
        {cards.map((card) => (
          <option key={card.id} value={card.id}>
            {card.title}
            {withdrawn?.has(card.id) && ` (${t('consult.opties.withdrawn')})`}
            {isOverdue(card, today) &&
              ` — ${t('consult.opties.overdue', { date: dutchDate.day(card.reviewBy) })}`}
          </option>
        ))}
      </select>
      <p id="keuzekaart-hint" class="field-hint">
        {t('consult.opties.cardReplace')}
      </p>
    </div>
  );
}

/**
 * Below the grid: whether the card is an example, withdrawn or past its review date, its source,
 * licence and review date; and, where the page now has another version of it, that this consult
 * keeps its own.
 */
function CardSource({
  card,
  cards,
  library,
  dispatch,
  afwachten,
  today,
}: OptiesStepProps & { card: Keuzekaart }) {
  const { t } = useI18n();
  const listed = cards.find((c) => c.id === card.id && c.version !== card.version);
  return (
    <div class="card-source">
      {library?.withdrawn.has(card.id) && (
        <p class="notice">{t('consult.opties.withdrawnNotice')}</p>
      )}
      {listed && (
        <div class="notice">
          <p>
            {t('consult.opties.olderVersion', { version: card.version, current: listed.version })}
          </p>
          <button
            type="button"
            onClick={() => dispatch({ type: 'keuzekaart', card: listed, afwachten })}
          >
            {t('consult.opties.useCurrent', { version: listed.version })}
          </button>
        </div>
      )}
      {isOverdue(card, today) && (
        <p class="notice overdue-mark">
          {t('consult.opties.overdue', { date: dutchDate.day(card.reviewBy) })}
        </p>
      )}
      {card.example && <p class="notice">{t('consult.opties.example')}</p>}
      <p>
        <strong>{t('consult.opties.source')}:</strong> {card.source}
      </p>
      <p class="field-hint">
        {card.licence} · {t('consult.opties.reviewBy', { date: card.reviewBy })}
      </p>
      {card.authors && (
        <p class="field-hint">{t('consult.opties.authors', { names: card.authors.join(', ') })}</p>
      )}
      {card.reviewers && (
        <p class="field-hint">
          {t('consult.opties.reviewers', { names: card.reviewers.join(', ') })}
        </p>
      )}
      {card.conflicts && (
        <p class="field-hint">{t('consult.opties.conflicts', { text: card.conflicts })}</p>
      )}
    </div>
  );
}

/** The NHG keuzekaart layout: options as columns, questions as rows, for reading along. */
function OptionsGrid(props: { pack: ContentPack; state: ConsultState; card: Keuzekaart | null }) {
  const { pack, state, card } = props;
  const { t } = useI18n();
  const label = (id: string) => pack.dimensions.find((d) => d.id === id)?.label ?? id;
  const bullets = (items: ProCon[]) =>
    items.length ? (
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    ) : (
      '–'
    );
  return (
    <div class="grid-wrap">
      <table class="options-grid">
        <caption>{card ? card.question : t('consult.opties.grid')}</caption>
        <thead>
          <tr>
            <td />
            {state.options.map((o) => (
              <th scope="col" key={o.id}>
                {o.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('consult.opties.what')}</th>
            {state.options.map((o) => (
              <td key={o.id}>{o.description || '–'}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('consult.opties.pros')}</th>
            {state.options.map((o) => (
              <td key={o.id}>{bullets(o.pros)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('consult.opties.cons')}</th>
            {state.options.map((o) => (
              <td key={o.id}>{bullets(o.cons)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('consult.opties.dimensions')}</th>
            {state.options.map((o) => (
              <td key={o.id}>{o.dimensions.map(label).join(', ') || '–'}</td>
            ))}
          </tr>
          {card?.rows?.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.question}</th>
              {state.options.map((o) => (
                <td key={o.id}>{row.answers[o.id] ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OptionEditor(props: {
  index: number;
  option: ConsultOption;
  pack: ContentPack;
  dispatch: (action: ConsultAction) => void;
}) {
  const { option, dispatch, pack } = props;
  const { t } = useI18n();
  const base = `optie-${props.index}`;
  const update = (patch: Partial<Omit<ConsultOption, 'id' | 'afwachten'>>) =>
    dispatch({ type: 'updateOption', optionId: option.id, patch });
  return (
    <fieldset class="option-editor">
      <legend>{option.title || t('consult.opties.newOption')}</legend>
      {option.afwachten && <p class="field-hint">{t('consult.opties.afwachtenNote')}</p>}
      <label class="field-label" for={`${base}-title`}>
        {t('consult.opties.optionTitle')}
      </label>
      <LimitedInput
        id={`${base}-title`}
        value={option.title}
        max={OPTION_TEXT_MAX.title}
        onChange={(title) => update({ title })}
      />
      <label class="field-label" for={`${base}-description`}>
        {t('consult.opties.optionDescription')}
      </label>
      <LimitedInput
        id={`${base}-description`}
        multiline
        value={option.description}
        max={OPTION_TEXT_MAX.description}
        onChange={(description) => update({ description })}
      />
      <div class="procon">
        <ProConList base={`${base}-pro`} side="pros" option={option} dispatch={dispatch} />
        <ProConList base={`${base}-con`} side="cons" option={option} dispatch={dispatch} />
      </div>
      <DimensionChips
        legend={t('consult.opties.dimensions')}
        checked={option.dimensions}
        label={(dimension) => pack.dimensions.find((d) => d.id === dimension)?.label ?? dimension}
        onToggle={(dimension, checked) =>
          update({
            dimensions: checked
              ? [...option.dimensions, dimension]
              : option.dimensions.filter((d) => d !== dimension),
          })
        }
      />
      {!option.afwachten && (
        <button
          type="button"
          class="link-button"
          onClick={() => dispatch({ type: 'removeOption', optionId: option.id })}
        >
          {t('consult.opties.removeOption', { title: option.title })}
        </button>
      )}
    </fieldset>
  );
}

/** Pros and cons share one editor, so they always have the same structure (IPDAS). */
function ProConList(props: {
  base: string;
  side: 'pros' | 'cons';
  option: ConsultOption;
  dispatch: (action: ConsultAction) => void;
}) {
  const { base, side, option, dispatch } = props;
  const { t } = useI18n();
  const items = option[side];
  const set = (next: ProCon[]) =>
    dispatch({ type: 'proCon', optionId: option.id, side, items: next });
  const itemLabel = (n: number) =>
    t(side === 'pros' ? 'consult.opties.proLabel' : 'consult.opties.conLabel', { n });
  return (
    <div class="procon-list">
      <h4>{t(side === 'pros' ? 'consult.opties.pros' : 'consult.opties.cons')}</h4>
      {items.map((item, i) => (
        <div class="inline" key={item.id}>
          <label class="visually-hidden" for={`${base}-${i}`}>
            {`${option.title}: ${itemLabel(i + 1)}`}
          </label>
          <LimitedInput
            id={`${base}-${i}`}
            value={item.text}
            max={OPTION_TEXT_MAX.proCon}
            onChange={(text) => set(items.map((it) => (it.id === item.id ? { ...it, text } : it)))}
          />
          <button
            type="button"
            class="link-button"
            aria-label={t('consult.opties.removeItem', {
              label: `${option.title}: ${itemLabel(i + 1)}`,
            })}
            onClick={() => set(items.filter((it) => it.id !== item.id))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={items.length >= PROCONS_MAX}
        onClick={() =>
          set([...items, { id: freshId(side === 'pros' ? 'voor' : 'tegen'), text: '' }])
        }
      >
        {t(side === 'pros' ? 'consult.opties.addPro' : 'consult.opties.addCon')}
      </button>
    </div>
  );
}

/**
 * A text field of an option, held to the limit the consult keeps: input past it is refused
 * whole with a message (never cut off as `maxlength` would), so a draft always reads back.
 */
function LimitedInput(props: {
  id: string;
  value: string;
  max: number;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const { id, value, max, multiline, onChange } = props;
  const limit = useLimit<HTMLInputElement & HTMLTextAreaElement>(value, max, onChange);
  const errorId = `${id}-error`;
  const field = {
    id,
    value,
    'aria-invalid': limit.refused ? ('true' as const) : undefined,
    'aria-describedby': limit.refused ? errorId : undefined,
    onBeforeInput: limit.onBeforeInput,
    onInput: limit.onInput,
  };
  return (
    <>
      {multiline ? <textarea rows={2} {...field} /> : <input type="text" {...field} />}
      {limit.refused && <TooLong id={errorId} left={max - value.length} />}
    </>
  );
}
