import type { ComponentChild } from 'preact';
import { useRef } from 'preact/hooks';
import { SCORE_MAX, SCORE_MIN } from '../../domain/dimensions';
import { useT } from '../i18n';
import { LeesVoor } from '../readaloud/ReadAloud';

export interface ScoreSliderProps {
  id: string;
  /** The official name: the visible label, or with an everyday name only heard after it. */
  label: string;
  /** The question: heard after the name and read aloud, not shown (the name asks it in short). */
  description?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  scale: { low: string; high: string };
  /** An everyday name ("Uw lichaam"): the visible label, with the official name heard after it. */
  everyday?: string | undefined;
  /** A decorative pictogram before the name. */
  icon?: ComponentChild;
}

const MIDDLE = (SCORE_MIN + SCORE_MAX) / 2;

/**
 * A 0–10 score on a native range input. A range always holds some value, so "not answered" is
 * our own state: the thumb is drawn hollow and assistive tech hears "nog niet ingevuld". The
 * first touch, click, arrow key, Enter or Space answers it.
 */
export function ScoreSlider(props: ScoreSliderProps) {
  const { id, label, description, value, onChange, scale, everyday, icon } = props;
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const unanswered = value === null;
  const hintId = `${id}-hint`;
  const descId = `${id}-desc`;
  const described = [description && descId, hintId].filter(Boolean);
  const answerCurrent = (input: HTMLInputElement) => {
    if (unanswered) onChange(Number(input.value));
  };
  return (
    <div class={unanswered ? 'slider is-unanswered' : 'slider'}>
      <DimensionName id={id} label={label} everyday={everyday} icon={icon} />
      <LeesVoor small />
      {description && (
        <p class="slider-desc visually-hidden" id={descId}>
          {description}
        </p>
      )}
      <div class="slider-row">
        <input
          ref={input}
          id={id}
          type="range"
          min={SCORE_MIN}
          max={SCORE_MAX}
          step={1}
          value={value ?? MIDDLE}
          aria-describedby={described.join(' ')}
          aria-valuetext={
            unanswered ? t('patient.web.unanswered') : t('patient.web.valueText', { value })
          }
          onInput={(e) => onChange(Number(e.currentTarget.value))}
          onPointerUp={(e) => answerCurrent(e.currentTarget)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') answerCurrent(e.currentTarget);
          }}
        />
        <output class="slider-value" for={id} aria-hidden="true">
          {unanswered ? '–' : value}
        </output>
        {/* Always laid out, hidden while unanswered: its arrival must not move the slider. */}
        <button
          type="button"
          class="link-button slider-clear"
          aria-hidden={unanswered ? 'true' : undefined}
          tabIndex={unanswered ? -1 : undefined}
          aria-label={t('patient.web.clearLabel', { label })}
          onClick={() => {
            onChange(null);
            // The button goes with the answer: keep the keyboard on the slider.
            input.current?.focus();
          }}
        >
          {t('patient.web.clear')}
        </button>
      </div>
      {/* Heard with the slider, not shown: the step's intro says the scale once, and the hollow
          thumb and the dash show "not yet answered" (six times over, it was a wall of words). */}
      <p class="visually-hidden" id={hintId}>
        {unanswered && <strong class="unanswered-note">{t('patient.web.unanswered')}. </strong>}
        {t('patient.web.scaleHint', { low: scale.low, high: scale.high })}
      </p>
    </div>
  );
}

/**
 * A dimension's name over its control: the everyday name to read, with the official one (the
 * GP's word, and what the consult shows) heard right after it. One short name per row: with the
 * official name and the question beside it, six rows were a wall of words.
 */
export function DimensionName(props: {
  /** The control it names; without it, the name is a fieldset's legend. */
  id?: string;
  label: string;
  everyday?: string | undefined;
  icon?: ComponentChild;
}) {
  const { id, label, everyday, icon } = props;
  const content = (
    <>
      {icon}
      {everyday ?? label}
      {everyday && <span class="visually-hidden"> ({label})</span>}
    </>
  );
  return id ? (
    <label class="slider-label" for={id}>
      {content}
    </label>
  ) : (
    <legend class="slider-label">{content}</legend>
  );
}
