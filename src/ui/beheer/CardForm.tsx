import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CardProblem } from '../../domain/cardcheck';
import type { CardDraft, OptionDraft } from '../../domain/carddraft';
import {
  addFillIn,
  addOption,
  addPoint,
  addRow,
  DRAFT_LIMITS,
  moveOption,
  nextVersion,
  removeOption,
  updateOption,
} from '../../domain/cardedit';
import { DIMENSIONS, type DimensionId } from '../../domain/dimensions';
import type { KaartVertaling } from '../../domain/keuzekaart';
import { DimensionChips } from '../DimensionChips';
import { useI18n } from '../i18n';
import { CardPreview } from './CardPreview';
import { focusField, inFormOrder } from './focus';

export interface CardFormProps {
  draft: CardDraft;
  onChange: (draft: CardDraft) => void;
  /** Whether the card is already saved once: then saving it changed raises its version. */
  saved: boolean;
  /** The problems found when saving was tried, kept up to date while the GP fixes them. */
  problems: readonly CardProblem[] | null;
  dimensionLabel: (id: DimensionId) => string;
  onSave: () => void;
  onBack: () => void;
  busy: boolean;
}

/**
 * The keuzekaart as a form, with the patient's view beside it. Every control's id is the card
 * checker's field id, so a problem in the list moves focus to its place, and its message is
 * tied to the control it names.
 */
export function CardForm(props: CardFormProps) {
  const { draft, onChange, problems } = props;
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLHeadingElement>(null);
  const errors = new Map<string, string>();
  for (const p of problems ?? []) if (!errors.has(p.fieldId)) errors.set(p.fieldId, p.message);
  const set = (patch: Partial<CardDraft>) => onChange({ ...draft, ...patch });
  const field = (id: string) => ({ id, error: errors.get(id) });

  // A failed save puts focus on the list of problems, so it is read out at once.
  const shown = problems?.length ?? 0;
  const attempt = useRef(0);
  useEffect(() => {
    if (shown) list.current?.focus();
  }, [attempt.current]);
  // An "add" button puts focus on the first field that was not there before: the new item's.
  // Without it a keyboard user stays on the button and must find the new field by Shift+Tab.
  const fieldsBeforeAdd = useRef<Set<Element> | null>(null);
  const fields = () => new Set(form.current?.querySelectorAll('input, textarea, select') ?? []);
  useEffect(() => {
    const before = fieldsBeforeAdd.current;
    if (!before) return;
    fieldsBeforeAdd.current = null;
    const added = [...fields()].find((f) => !before.has(f));
    if (added instanceof HTMLElement) added.focus();
  });
  // The form opens at its first field, so typing can start at once.
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('#card-title')?.focus();
  }, []);

  return (
    <div class="beheer-edit">
      <form
        ref={form}
        class="card-form"
        aria-labelledby="card-form-title"
        noValidate
        onClickCapture={(e) => {
          if ((e.target as Element).closest('[data-add]')) fieldsBeforeAdd.current = fields();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          attempt.current += 1;
          props.onSave();
        }}
      >
        <h2 id="card-form-title">
          {props.saved
            ? t('beheer.form.titleEdit', { title: draft.title })
            : t('beheer.form.titleNew')}
        </h2>
        <p class="field-hint">
          {props.saved
            ? t('beheer.form.versionNext', {
                version: draft.version,
                next: nextVersion(draft.version),
              })
            : t('beheer.form.versionNew', { version: draft.version })}
        </p>
        {shown > 0 && (
          <div class="card-problems">
            <h3 ref={list} tabIndex={-1} id="card-problems-title">
              {t('beheer.form.problemsTitle', { count: shown })}
            </h3>
            <p class="field-hint">{t('beheer.form.problemsHint')}</p>
            <ul aria-labelledby="card-problems-title">
              {inFormOrder(form.current, problems ?? []).map((p) => (
                <li key={`${p.fieldId} ${p.message}`}>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => form.current && focusField(form.current, p.fieldId)}
                  >
                    {p.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}

        <fieldset class="form-part">
          <legend>{t('beheer.form.about')}</legend>
          <TextField
            {...field('card-title')}
            label={t('beheer.form.cardTitle')}
            hint={t('beheer.form.cardTitleHint')}
            value={draft.title}
            onInput={(title) => set({ title })}
          />
          <TextField
            {...field('card-question')}
            label={t('beheer.form.question')}
            hint={t('beheer.form.questionHint')}
            value={draft.question}
            onInput={(question) => set({ question })}
          />
          <label class="check">
            <input
              id="card-example"
              type="checkbox"
              checked={draft.example}
              onChange={(e) => set({ example: e.currentTarget.checked })}
            />
            <span>{t('beheer.form.example')}</span>
          </label>
        </fieldset>

        <section class="form-part" aria-labelledby="card-options">
          <h3 id="card-options" tabIndex={-1}>
            {t('beheer.form.options')}
          </h3>
          <p class="field-hint">{t('beheer.form.optionsHint')}</p>
          {errors.has('card-options') && <p class="field-error">{errors.get('card-options')}</p>}
          {draft.options.map((option, index) => (
            <OptionFields
              key={option.id}
              {...props}
              option={option}
              index={index}
              errors={errors}
            />
          ))}
          <button
            type="button"
            data-add
            disabled={draft.options.length >= DRAFT_LIMITS.options}
            onClick={() => onChange(addOption(draft))}
          >
            {t('beheer.form.addOption')}
          </button>
        </section>

        <RowFields {...props} errors={errors} />

        <fieldset class="form-part">
          <legend>{t('beheer.form.vangnet')}</legend>
          <TextField
            {...field('card-vangnet')}
            label={t('beheer.form.vangnet')}
            hideLabel
            hint={t('beheer.form.vangnetHint')}
            multiline
            value={draft.vangnet}
            onInput={(vangnet) => set({ vangnet })}
          />
        </fieldset>

        <ListPart
          id="card-icpc"
          legend={t('beheer.form.icpc')}
          items={draft.icpc}
          max={DRAFT_LIMITS.icpc}
          add={t('beheer.form.addIcpc')}
          onAdd={() => set({ icpc: [...draft.icpc, { code: '', label: '' }] })}
          remove={(n) => t('beheer.form.removeIcpc', { n })}
          onRemove={(i) => set({ icpc: draft.icpc.filter((_, j) => j !== i) })}
          render={(item, i) => (
            <div class="inline">
              <TextField
                {...field(`icpc-${i}-code`)}
                label={`${t('beheer.form.icpcItem', { n: i + 1 })}: ${t('beheer.form.icpcCode')}`}
                value={item.code}
                size={7}
                onInput={(code) =>
                  set({ icpc: draft.icpc.map((c, j) => (j === i ? { ...c, code } : c)) })
                }
              />
              <TextField
                {...field(`icpc-${i}-label`)}
                label={t('beheer.form.icpcLabel')}
                value={item.label}
                onInput={(label) =>
                  set({ icpc: draft.icpc.map((c, j) => (j === i ? { ...c, label } : c)) })
                }
              />
            </div>
          )}
        />

        <ListPart
          id="card-fillIns"
          legend={t('beheer.form.fillIns')}
          hint={t('beheer.form.fillInsHint')}
          items={draft.fillIns}
          max={DRAFT_LIMITS.fillIns}
          add={t('beheer.form.addFillIn')}
          onAdd={() => onChange(addFillIn(draft))}
          remove={(n) => t('beheer.form.removeFillIn', { n })}
          onRemove={(i) => set({ fillIns: draft.fillIns.filter((_, j) => j !== i) })}
          render={(item, i) => (
            <TextField
              {...field(`fillIns-${i}-label`)}
              label={t('beheer.form.fillIn', { n: i + 1 })}
              value={item.label}
              onInput={(label) =>
                set({ fillIns: draft.fillIns.map((f, j) => (j === i ? { ...f, label } : f)) })
              }
            />
          )}
        />

        {draft.translations && Object.keys(draft.translations).length > 0 && (
          <TranslationFields {...props} />
        )}

        <fieldset class="form-part">
          <legend>{t('beheer.form.accountability')}</legend>
          <TextField
            {...field('card-source')}
            label={t('beheer.form.source')}
            hint={t('beheer.form.sourceHint')}
            multiline
            value={draft.source}
            onInput={(source) => set({ source })}
          />
          <TextField
            {...field('card-licence')}
            label={t('beheer.form.licence')}
            value={draft.licence}
            onInput={(licence) => set({ licence })}
          />
          <NamesField
            id="authors"
            label={t('beheer.form.authors')}
            names={draft.authors}
            errors={errors}
            onChange={(authors) => set({ authors })}
          />
          <NamesField
            id="reviewers"
            label={t('beheer.form.reviewers')}
            names={draft.reviewers}
            errors={errors}
            onChange={(reviewers) => set({ reviewers })}
          />
          <TextField
            {...field('card-conflicts')}
            label={t('beheer.form.conflicts')}
            hint={t('beheer.form.conflictsHint')}
            multiline
            value={draft.conflicts}
            onInput={(conflicts) => set({ conflicts })}
          />
        </fieldset>

        <fieldset class="form-part">
          <legend>{t('beheer.form.dates')}</legend>
          <div class="inline">
            <TextField
              {...field('card-publishedAt')}
              type="date"
              label={t('beheer.form.publishedAt')}
              value={draft.publishedAt}
              onInput={(publishedAt) => set({ publishedAt })}
            />
            <TextField
              {...field('card-reviewBy')}
              type="date"
              label={t('beheer.form.reviewBy')}
              value={draft.reviewBy}
              onInput={(reviewBy) => set({ reviewBy })}
            />
          </div>
        </fieldset>

        <div class="form-actions">
          <button type="submit" class="primary" disabled={props.busy}>
            {t('beheer.form.save')}
          </button>
          <button type="button" aria-describedby="back-hint" onClick={props.onBack}>
            {t('beheer.form.back')}
          </button>
          <span id="back-hint" class="field-hint">
            {t('beheer.form.backHint')}
          </span>
        </div>
      </form>
      <CardPreview draft={draft} />
    </div>
  );
}

type Errors = ReadonlyMap<string, string>;

/**
 * The card's translations, each with whether a native speaker has read it. Their texts come
 * with an imported file and are kept as they are: this form edits only the review, and can take
 * a translation off the card.
 */
function TranslationFields({ draft, onChange }: CardFormProps) {
  const { t } = useI18n();
  const translations = draft.translations ?? {};
  const update = (lang: string, review: KaartVertaling['review'] | null) => {
    const next = { ...translations };
    const current = next[lang];
    if (review === null) delete next[lang];
    else if (current) next[lang] = { ...current, review };
    const { translations: _, ...rest } = draft;
    onChange(Object.keys(next).length > 0 ? { ...rest, translations: next } : rest);
  };
  return (
    <fieldset class="form-part">
      <legend>{t('beheer.form.translations')}</legend>
      <p class="field-hint">{t('beheer.form.translationsHint')}</p>
      {Object.entries(translations).map(([lang, translation]) => {
        const base = `translation-${lang}`;
        const { review } = translation;
        return (
          <fieldset class="option-fields" id={base} tabIndex={-1} key={lang}>
            <legend>{t('beheer.form.translation', { lang })}</legend>
            {(['draft', 'reviewed'] as const).map((status) => (
              <label class="choice" key={status}>
                <input
                  type="radio"
                  name={`${base}-status`}
                  checked={review.status === status}
                  onChange={() => update(lang, { ...review, status })}
                />
                <span>{t(`beheer.form.review.${status}`)}</span>
              </label>
            ))}
            <TextField
              id={`${base}-needs`}
              label={t('beheer.form.reviewNeeds')}
              hint={t('beheer.form.optional')}
              value={review.needs ?? ''}
              onInput={(needs) => {
                const { needs: _, ...bare } = review;
                update(lang, needs.trim() ? { ...bare, needs } : bare);
              }}
            />
            <button type="button" class="link-button" onClick={() => update(lang, null)}>
              {t('beheer.form.removeTranslation', { lang })}
            </button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** One option: its texts, pros and cons in the same structure, dimensions and numbers. */
function OptionFields(
  props: CardFormProps & { option: OptionDraft; index: number; errors: Errors },
) {
  const { draft, onChange, option, index, errors } = props;
  const { t } = useI18n();
  const n = index + 1;
  const base = `option-${index}`;
  const change = (patch: Partial<OptionDraft>) =>
    onChange(updateOption(draft, index, (o) => ({ ...o, ...patch })));
  const field = (id: string) => ({ id, error: errors.get(id) });
  const name = option.title.trim()
    ? t('beheer.form.optionNamed', { n, title: option.title })
    : t('beheer.form.option', { n });
  return (
    <fieldset class="option-fields" id={base} tabIndex={-1}>
      <legend>
        {name}
        {option.afwachten && <span class="field-hint"> ({t('beheer.form.afwachten')})</span>}
      </legend>
      {errors.has(base) && <p class="field-error">{errors.get(base)}</p>}
      <TextField
        {...field(`${base}-title`)}
        label={t('beheer.form.optionTitle')}
        value={option.title}
        onInput={(title) => change({ title })}
      />
      <TextField
        {...field(`${base}-description`)}
        label={t('beheer.form.optionDescription')}
        multiline
        value={option.description}
        onInput={(description) => change({ description })}
      />
      <div class="procon">
        {(['pros', 'cons'] as const).map((side) => (
          <PointFields key={side} {...props} side={side} />
        ))}
      </div>
      <DimensionChips
        id={`${base}-dimensions`}
        legend={t('beheer.form.dimensions')}
        checked={option.dimensions}
        label={props.dimensionLabel}
        onToggle={(dimension, checked) =>
          change({
            dimensions: checked
              ? DIMENSIONS.filter((d) => d === dimension || option.dimensions.includes(d))
              : option.dimensions.filter((d) => d !== dimension),
          })
        }
      />
      <ListPart
        id={`${base}-numbers`}
        legend={t('beheer.form.numbers')}
        hint={t('beheer.form.numbersHint')}
        items={option.numbers}
        max={DRAFT_LIMITS.numbers}
        add={t('beheer.form.addNumber')}
        onAdd={() => change({ numbers: [...option.numbers, { count: '', text: '' }] })}
        remove={(k) => `${name}: ${t('beheer.form.removeNumber', { k })}`}
        onRemove={(k) => change({ numbers: option.numbers.filter((_, j) => j !== k) })}
        render={(number, k) => {
          const update = (patch: Partial<typeof number>) =>
            change({
              numbers: option.numbers.map((x, j) => (j === k ? { ...x, ...patch } : x)),
            });
          return (
            <div class="inline">
              <TextField
                {...field(`${base}-numbers-${k}-count`)}
                label={`${t('beheer.form.number', { k: k + 1 })}: ${t('beheer.form.numberCount')}`}
                inputMode="numeric"
                size={4}
                value={number.count}
                onInput={(count) => update({ count })}
              />
              <TextField
                {...field(`${base}-numbers-${k}-text`)}
                label={t('beheer.form.numberText')}
                hint={t('beheer.form.numberTextHint')}
                value={number.text}
                onInput={(text) => update({ text })}
              />
            </div>
          );
        }}
      />
      <div class="inline option-actions">
        <button
          type="button"
          aria-label={t('beheer.form.moveUpLabel', { n })}
          disabled={index === 0}
          onClick={() => onChange(moveOption(draft, index, -1))}
        >
          {t('beheer.form.moveUp')}
        </button>
        <button
          type="button"
          aria-label={t('beheer.form.moveDownLabel', { n })}
          disabled={index === draft.options.length - 1}
          onClick={() => onChange(moveOption(draft, index, 1))}
        >
          {t('beheer.form.moveDown')}
        </button>
        {!option.afwachten && (
          <button
            type="button"
            aria-label={t('beheer.form.removeOptionLabel', { n })}
            onClick={() => onChange(removeOption(draft, index))}
          >
            {t('beheer.form.removeOption')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** The pros or the cons of one option: one editor for both, so they keep the same structure. */
function PointFields(
  props: CardFormProps & {
    option: OptionDraft;
    index: number;
    errors: Errors;
    side: 'pros' | 'cons';
  },
) {
  const { draft, onChange, option, index, errors, side } = props;
  const { t } = useI18n();
  const base = `option-${index}-${side}`;
  const points = option[side];
  const label = (k: number) => t(side === 'pros' ? 'beheer.form.pro' : 'beheer.form.con', { k });
  const set = (next: typeof points) =>
    onChange(updateOption(draft, index, (o) => ({ ...o, [side]: next })));
  return (
    <fieldset class="points" id={base} tabIndex={-1}>
      <legend>{t(side === 'pros' ? 'beheer.form.pros' : 'beheer.form.cons')}</legend>
      {errors.has(base) && <p class="field-error">{errors.get(base)}</p>}
      {points.map((point, k) => {
        const id = `${base}-${k}`;
        const update = (patch: Partial<typeof point>) =>
          set(points.map((p, j) => (j === k ? { ...p, ...patch } : p)));
        return (
          <div class="point" key={point.id}>
            <TextField
              id={`${id}-text`}
              error={errors.get(`${id}-text`) ?? errors.get(`${id}-id`)}
              label={label(k + 1)}
              value={point.text}
              onInput={(text) => update({ text })}
            />
            <TextField
              id={`${id}-summary`}
              error={errors.get(`${id}-summary`)}
              label={t('beheer.form.pointSummary')}
              hint={k === 0 ? t('beheer.form.pointSummaryHint') : undefined}
              value={point.summary}
              onInput={(summary) => update({ summary })}
            />
            <button
              type="button"
              class="link-button"
              onClick={() => set(points.filter((_, j) => j !== k))}
            >
              {t('beheer.form.removePoint', {
                label: `${t('beheer.form.option', { n: index + 1 })}, ${label(k + 1).toLowerCase()}`,
              })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        data-add
        disabled={points.length >= DRAFT_LIMITS.points}
        onClick={() => onChange(addPoint(draft, index, side))}
      >
        {t(side === 'pros' ? 'beheer.form.addPro' : 'beheer.form.addCon')}
      </button>
    </fieldset>
  );
}

/** The patient's questions as rows, each with an answer per option. */
function RowFields({ draft, onChange, errors }: CardFormProps & { errors: Errors }) {
  const { t } = useI18n();
  const setRow = (r: number, patch: Partial<CardDraft['rows'][number]>) =>
    onChange({
      ...draft,
      rows: draft.rows.map((row, j) => (j === r ? { ...row, ...patch } : row)),
    });
  return (
    <ListPart
      id="card-rows"
      legend={t('beheer.form.rows')}
      hint={t('beheer.form.rowsHint')}
      items={draft.rows}
      max={DRAFT_LIMITS.rows}
      add={t('beheer.form.addRow')}
      onAdd={() => onChange(addRow(draft))}
      remove={(n) => t('beheer.form.removeRow', { n })}
      onRemove={(r) => onChange({ ...draft, rows: draft.rows.filter((_, j) => j !== r) })}
      render={(row, r) => (
        <div class="row-fields" id={`row-${r}`} tabIndex={-1}>
          <TextField
            id={`row-${r}-question`}
            error={errors.get(`row-${r}-question`) ?? errors.get(`row-${r}`)}
            label={t('beheer.form.rowQuestion', { n: r + 1 })}
            value={row.question}
            onInput={(question) => setRow(r, { question })}
          />
          {draft.options.map((option, o) => (
            <TextField
              key={option.id}
              id={`row-${r}-answers-${option.id}`}
              error={errors.get(`row-${r}-answers-${option.id}`)}
              label={t('beheer.form.rowAnswer', {
                option: option.title.trim() || t('beheer.form.option', { n: o + 1 }),
              })}
              value={row.answers[option.id] ?? ''}
              onInput={(answer) => setRow(r, { answers: { ...row.answers, [option.id]: answer } })}
            />
          ))}
        </div>
      )}
    />
  );
}

/** Names, one per line: authors or reviewers. A problem with one name is shown on the field. */
function NamesField(props: {
  id: 'authors' | 'reviewers';
  label: string;
  names: string[];
  errors: Errors;
  onChange: (names: string[]) => void;
}) {
  const { t } = useI18n();
  const error = [...props.errors].find(
    ([id]) => id === `card-${props.id}` || id.startsWith(`${props.id}-`),
  )?.[1];
  return (
    <TextField
      id={`card-${props.id}`}
      error={error}
      label={props.label}
      hint={t('beheer.form.namesHint')}
      multiline
      value={props.names.join('\n')}
      onInput={(text) => props.onChange(text.split('\n'))}
    />
  );
}

/** A part of the form that holds a list: its items, a remove button each, and an add button. */
function ListPart<T>(props: {
  id: string;
  legend: string;
  hint?: string;
  items: readonly T[];
  max: number;
  add: string;
  onAdd: () => void;
  remove: (n: number) => string;
  onRemove: (index: number) => void;
  render: (item: T, index: number) => ComponentChildren;
}) {
  return (
    <fieldset class="form-part list-part" id={props.id} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.hint && <p class="field-hint">{props.hint}</p>}
      {props.items.map((item, i) => (
        // The items have no id of their own: their place is what the form edits.
        <div class="list-item" key={i}>
          {props.render(item, i)}
          <button type="button" class="link-button" onClick={() => props.onRemove(i)}>
            {props.remove(i + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        data-add
        disabled={props.items.length >= props.max}
        onClick={props.onAdd}
      >
        {props.add}
      </button>
    </fieldset>
  );
}

/**
 * A labelled text control with its hint and its problem, both read with it. Nothing is cut at a
 * length: the checker names a text that is too long, and what was typed stays.
 */
function TextField(props: {
  id: string;
  label: string;
  hideLabel?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  multiline?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'numeric';
  size?: number;
  onInput: (value: string) => void;
}) {
  const { id, error, hint } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const control = {
    id,
    value: props.value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="form-field">
      <label class={props.hideLabel ? 'visually-hidden' : 'field-label'} for={id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea rows={3} {...control} />
      ) : props.type === 'date' ? (
        <input type="date" {...control} />
      ) : (
        <input type="text" inputMode={props.inputMode} size={props.size} {...control} />
      )}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
