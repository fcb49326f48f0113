import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import summaryTexts from '../../../locales/summary/nl.json';
import { version } from '../../../package.json';
import { SUMMARY_MAX } from '../../domain/consult';
import type { Charset } from '../../domain/plaintext';
import {
  DEFAULT_SUMMARY_SETTINGS,
  foldEditedSummary,
  renderField,
  renderLine,
  renderSummary,
  type SummarySettings,
  summaryLines,
  type Translate,
  unlabelled,
} from '../../domain/summary';
import { createI18n } from '../../i18n';
import { dutchDate } from '../format';
import { useI18n } from '../i18n';
import { TooLong } from '../LimitedText';
import { StepHeading } from '../StepHeading';
import { useLimit } from '../useLimit';
import { CopyButton } from './CopyButton';
import { PrintPreview, type TakeHomeSources } from './PrintPreview';
import { KeyHint, useStepKeys } from './stepkeys';
import type { StepProps } from './VerwachtingenStep';

export interface SamenvattingProps extends StepProps {
  /** When this consult began: the date of its history entry and of the take-home sheet. */
  startedAt: number;
  /** Save the finished consult with this summary text; resolves when it is stored. */
  onFinish: (summary: string) => Promise<void>;
  /** Export the preparation as FHIR, where the consult has the whole preparation. */
  onExportFhir?: () => void;
  /** The HIS settings kept between consults; without them the step keeps its own. */
  settings?: SummarySettings;
  onSettings?: (update: (current: SummarySettings) => SummarySettings) => void;
  /** The keuzekaarten and the settings store, for the take-home sheet. */
  takeHome?: TakeHomeSources;
}

// The HIS text is Dutch whatever the screen says, and its words load with this step only.
const dutchSummary: Translate = createI18n(summaryTexts).fixedT('nl');

const NO_PROVENANCE = { app: '', pack: null, keuzekaart: null };

const WRAP_MIN = 40;
const WRAP_MAX = 200;

/** A wrap width as typed: null for none (empty), a whole width in range, or undefined if neither. */
function parseWrap(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  const width = Number(text);
  return Number.isInteger(width) && width >= WRAP_MIN && width <= WRAP_MAX ? width : undefined;
}

/**
 * Step 5: the SOEP text for the HIS, always Dutch. Generated from the consult at any moment;
 * the GP may edit it (kept with the consult) and go back to the generated text. Each line can
 * be copied on its own, or everything at once.
 */
export function SamenvattingStep(props: SamenvattingProps) {
  const { state, dispatch, startedAt, onFinish, onExportFhir } = props;
  const { t } = useI18n();
  const [own, setOwn] = useState<SummarySettings>(DEFAULT_SUMMARY_SETTINGS);
  const options = props.settings ?? own;
  const setOptions = props.onSettings ?? setOwn;
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [wrapError, setWrapError] = useState(false);
  // The width as typed, apart from the width in force: a re-render between typing and
  // leaving the field (any other setting changing) must not wipe what was typed.
  const [wrapTyped, setWrapTyped] = useState('');
  // The width in force, when it changes other than by typing here (the stored settings load).
  useEffect(() => setWrapTyped(options.wrap === null ? '' : String(options.wrap)), [options.wrap]);

  const lines = useMemo(
    () =>
      summaryLines(
        state,
        dutchSummary,
        options.versionLine
          ? {
              app: `Samenspraak ${version}`,
              pack: state.handover?.pack ?? null,
              keuzekaart: state.keuzekaart,
            }
          : NO_PROVENANCE,
      ),
    [state, options.versionLine],
  );
  const generated = renderSummary(lines, options);
  const edited = state.summaryEdit !== null;
  // What the box shows: the GP's own text, or the generated one until they edit it.
  const shown = state.summaryEdit ?? generated;
  const edit = edited ? foldEditedSummary(shown, options.charset) : null;
  const text = edit ? edit.text : generated;
  // Each SOEP field as the HIS should receive it: labelled for one free-text box, and without
  // its label for an HIS with a box per field, which has its own label ("S: S:" otherwise).
  const fields = edit
    ? edit.blocks.map((block, i) => ({
        label: /^([SOEP]):/.exec(block)?.[1] ?? String(i + 1),
        block,
        bare: unlabelled(block),
      }))
    : lines
        .map((line) => ({
          label: line.label as string,
          block: renderLine(line, options),
          bare: renderField(line, options),
        }))
        .filter((field) => field.block !== '');
  const limit = useLimit<HTMLTextAreaElement>(shown, SUMMARY_MAX, (value) =>
    dispatch({ type: 'summaryEdit', value }),
  );

  // "Kopieer volgende": one key per HIS field, S then O, E and P, and round again.
  const [nextField, setNextField] = useState(0);
  const next = fields[nextField % Math.max(fields.length, 1)];
  const copyAll = useRef<HTMLButtonElement>(null);
  const copyNext = useRef<HTMLButtonElement>(null);
  const key = (name: string) => t(`consult.samenvatting.keys.${name}`);
  const finishButton = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  useStepKeys(section, {
    [key('all').toLowerCase()]: () => copyAll.current?.click(),
    [key('next').toLowerCase()]: () => copyNext.current?.click(),
    // The last thing of every consult, ten Tabs down the step without it.
    [key('finish').toLowerCase()]: () => finishButton.current?.click(),
  });
  const icpcCodes = state.keuzekaart?.icpc ?? [];

  const finish = async () => {
    setFailed(false);
    try {
      await onFinish(text);
      setSavedAt(Date.now());
    } catch {
      setFailed(true);
    }
  };

  return (
    <section class="step" aria-labelledby="samenvatting-title" ref={section}>
      <StepHeading id="samenvatting-title">{t('consult.samenvatting.title')}</StepHeading>
      <p>{t('consult.samenvatting.intro')}</p>
      {/* First in the Tab order: one text box in most HISs takes it all. */}
      <div class="actions">
        <CopyButton
          text={text}
          label={t('consult.samenvatting.copyAllLabel')}
          keyName={key('all')}
          buttonRef={copyAll}
        >
          {t('consult.samenvatting.copyAll')}
        </CopyButton>
        {next && (
          <CopyButton
            text={next.bare}
            label={t('consult.samenvatting.copyNextLabel', { label: next.label })}
            keyName={key('next')}
            doneText={t('consult.samenvatting.copiedField', { label: next.label })}
            onCopied={() => setNextField((i) => (i + 1) % fields.length)}
            buttonRef={copyNext}
          >
            {t('consult.samenvatting.copyNext', { label: next.label })}
          </CopyButton>
        )}
      </div>
      <h3 id="summary-lines-title">{t('consult.samenvatting.lines')}</h3>
      <ol class="summary-lines" aria-labelledby="summary-lines-title">
        {fields.map((field, i) => (
          <li key={i}>
            <pre class="summary-line">{field.block}</pre>
            <CopyButton
              text={field.bare}
              label={t('consult.samenvatting.copyFieldLabel', { label: field.label })}
            >
              {t('consult.samenvatting.copyField', { label: field.label })}
            </CopyButton>
          </li>
        ))}
      </ol>

      {icpcCodes.length > 0 && (
        <fieldset class="choices is-row">
          <legend>{t('consult.samenvatting.icpc')}</legend>
          {[...icpcCodes.map((c) => ({ code: c.code, text: `${c.code} ${c.label}` })), null].map(
            (item) => (
              <label class="choice" key={item?.code ?? 'none'}>
                <input
                  type="radio"
                  name="summary-icpc"
                  checked={state.icpc === (item?.code ?? null)}
                  onChange={() => dispatch({ type: 'icpc', code: item?.code ?? null })}
                />
                <span>{item ? item.text : t('consult.samenvatting.icpcNone')}</span>
              </label>
            ),
          )}
        </fieldset>
      )}

      <details class="summary-settings">
        <summary>{t('consult.samenvatting.settings')}</summary>
        <fieldset class="summary-options">
          <legend>{t('consult.samenvatting.options')}</legend>
          <label class="field-label" for="summary-charset">
            {t('consult.samenvatting.charset')}
          </label>
          <select
            id="summary-charset"
            value={options.charset}
            onChange={(e) => {
              const charset = e.currentTarget.value as Charset;
              setOptions((current) => ({ ...current, charset }));
            }}
          >
            <option value="latin1">{t('consult.samenvatting.latin1')}</option>
            <option value="ascii">{t('consult.samenvatting.ascii')}</option>
          </select>
          <label class="field-label" for="summary-wrap">
            {t('consult.samenvatting.wrap')}
          </label>
          <input
            id="summary-wrap"
            type="number"
            inputMode="numeric"
            min={WRAP_MIN}
            max={WRAP_MAX}
            value={wrapTyped}
            aria-invalid={wrapError ? 'true' : undefined}
            aria-describedby={
              wrapError ? 'summary-wrap-error summary-wrap-hint' : 'summary-wrap-hint'
            }
            onInput={(e) => setWrapTyped(e.currentTarget.value)}
            onChange={(e) => {
              const input = e.currentTarget;
              // A number input reports text it cannot read as empty: that is no "leave empty".
              const wrap = input.validity.badInput ? undefined : parseWrap(input.value);
              if (wrap === undefined) {
                // Refused: say why, and show the width that is in force again.
                const inForce = options.wrap === null ? '' : String(options.wrap);
                input.value = inForce;
                setWrapTyped(inForce);
                setWrapError(true);
                return;
              }
              setWrapError(false);
              setWrapTyped(wrap === null ? '' : String(wrap));
              setOptions((current) => ({ ...current, wrap }));
            }}
          />
          {wrapError && (
            <p id="summary-wrap-error" class="field-error" role="alert">
              {options.wrap === null
                ? t('consult.samenvatting.wrapInvalidOff', { min: WRAP_MIN, max: WRAP_MAX })
                : t('consult.samenvatting.wrapInvalid', {
                    min: WRAP_MIN,
                    max: WRAP_MAX,
                    width: options.wrap,
                  })}
            </p>
          )}
          <p id="summary-wrap-hint" class="field-hint">
            {t('consult.samenvatting.wrapHint', { min: WRAP_MIN, max: WRAP_MAX })}
          </p>
          <label class="toggle">
            <input
              type="checkbox"
              checked={options.versionLine}
              onChange={(e) => {
                const versionLine = e.currentTarget.checked;
                setOptions((current) => ({ ...current, versionLine }));
              }}
            />
            <span>{t('consult.samenvatting.versionLine')}</span>
          </label>
          <p class="field-hint">{t('consult.samenvatting.settingsKept')}</p>
        </fieldset>
      </details>
      <div class="field">
        <label class="field-label" for="summary-text">
          {t('consult.samenvatting.edit')}
        </label>
        <textarea
          id="summary-text"
          class="summary-edit"
          rows={12}
          value={shown}
          spellcheck={false}
          aria-invalid={limit.refused ? 'true' : undefined}
          aria-describedby={
            limit.refused ? 'summary-edit-error summary-edit-hint' : 'summary-edit-hint'
          }
          onBeforeInput={limit.onBeforeInput}
          onInput={limit.onInput}
        />
        {limit.refused && <TooLong id="summary-edit-error" left={SUMMARY_MAX - shown.length} />}
        <p id="summary-edit-hint" class="field-hint">
          {edited ? t('consult.samenvatting.edited') : t('consult.samenvatting.generated')}
        </p>
        {edited && (
          <button type="button" onClick={() => dispatch({ type: 'summaryEdit', value: null })}>
            {t('consult.samenvatting.reset')}
          </button>
        )}
      </div>

      <div class="actions">
        <button
          type="button"
          class="primary"
          ref={finishButton}
          aria-keyshortcuts={key('finish')}
          onClick={() => void finish()}
        >
          {t('consult.samenvatting.finish')} <KeyHint keyName={key('finish')} />
        </button>
        <button type="button" aria-expanded={printing} onClick={() => setPrinting(!printing)}>
          {t('consult.takehome.open')}
        </button>
        {onExportFhir && (
          <button type="button" onClick={onExportFhir}>
            {t('consult.samenvatting.fhir')}
          </button>
        )}
      </div>
      <p role="status" class="field-hint">
        {savedAt !== null && t('consult.samenvatting.saved', { time: dutchDate.time(savedAt) })}
      </p>
      {failed && (
        <p class="field-error" role="alert">
          {t('consult.samenvatting.saveFailed')}
        </p>
      )}
      {printing && <PrintPreview state={state} date={startedAt} {...props.takeHome} />}
    </section>
  );
}
