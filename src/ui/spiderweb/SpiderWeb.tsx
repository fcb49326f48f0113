import { useMemo, useRef } from 'preact/hooks';
import type { DimensionId, DimensionScores } from '../../domain/dimensions';
import { nearestFace } from '../../domain/scoring';
import { useT } from '../i18n';
import { memo } from '../memo';
import { DimensionIcon } from '../pictograms/dimensions';
import { FaceScale } from './FaceScale';
import { ScoreSlider } from './ScoreSlider';
import { type Axis, SpiderWebChart } from './SpiderWebChart';

export interface WebDimension extends Axis {
  /** The question for this dimension, read with the slider. */
  question: string;
  /** The everyday name ("Uw lichaam"), shown above the official label. */
  everyday?: string | undefined;
}

export interface SpiderWebProps {
  /** Prefix for element ids, so two webs on one page never clash. */
  idPrefix: string;
  dimensions: readonly WebDimension[];
  scores: DimensionScores;
  talk: readonly DimensionId[];
  scale: { low: string; high: string };
  onScore: (dimension: DimensionId, score: number | null) => void;
  onTalk: (dimension: DimensionId, on: boolean) => void;
  /**
   * "Eenvoudig": five faces per question instead of a slider. `scores` stay 0–10 for the web;
   * `onScore` then gets the face, 0–4. The web is not dragged: a drag gives no face.
   */
  faces?: boolean;
}

/**
 * The spider web to fill in: six native range inputs, 0–10, named by their dimension, with the
 * web drawn live beside them. Keyboard and screen readers use the inputs; touch and mouse may
 * also drag on the web. One component for the patient and for "samen invullen" at the GP.
 */
export function SpiderWeb(props: SpiderWebProps) {
  const { idPrefix, dimensions, scores, talk, scale, onScore, onTalk, faces = false } = props;
  // Callbacks that stay the same object across renders but always call the newest handler, so
  // a slider change re-renders only the row whose score changed (and the chart).
  const handlers = useRef({ onScore, onTalk });
  handlers.current = { onScore, onTalk };
  const latest = useMemo(
    () => ({
      onScore: (dimension: DimensionId, score: number | null) =>
        handlers.current.onScore(dimension, score),
      onTalk: (dimension: DimensionId, on: boolean) => handlers.current.onTalk(dimension, on),
    }),
    [],
  );
  return (
    <div class="spiderweb">
      <figure class="spiderweb-chart">
        <SpiderWebChart
          axes={dimensions}
          scores={scores}
          talk={talk}
          onDrag={faces ? undefined : onScore}
        />
        <ChartLegend talk={talk.length > 0} />
      </figure>
      <div class="spiderweb-controls">
        {dimensions.map((dim) => (
          <DimensionRow
            key={dim.id}
            idPrefix={idPrefix}
            dim={dim}
            value={scores[dim.id]}
            talking={talk.includes(dim.id)}
            scale={scale}
            faces={faces}
            onScore={latest.onScore}
            onTalk={latest.onTalk}
          />
        ))}
      </div>
    </div>
  );
}

/** One dimension's slider and "talk about this" toggle; drawn again only when its props change. */
const DimensionRow = memo(function DimensionRow(props: {
  idPrefix: string;
  dim: WebDimension;
  value: number | null;
  talking: boolean;
  scale: { low: string; high: string };
  faces: boolean;
  onScore: (dimension: DimensionId, score: number | null) => void;
  onTalk: (dimension: DimensionId, on: boolean) => void;
}) {
  const { idPrefix, dim, value, talking, scale, faces, onScore, onTalk } = props;
  // What a question shows, whichever control answers it.
  const question = {
    id: `${idPrefix}-${dim.id}`,
    label: dim.label,
    everyday: dim.everyday,
    icon: <DimensionIcon id={dim.id} />,
    description: dim.question,
  };
  return (
    <div class="dimension">
      {faces ? (
        <FaceScale
          {...question}
          value={value === null ? null : nearestFace(value)}
          onChange={(face) => onScore(dim.id, face)}
        />
      ) : (
        <ScoreSlider
          {...question}
          value={value}
          scale={scale}
          onChange={(score) => onScore(dim.id, score)}
        />
      )}
      <TalkToggle
        id={`${idPrefix}-${dim.id}-talk`}
        label={dim.label}
        checked={talking}
        onChange={(on) => onTalk(dim.id, on)}
      />
    </div>
  );
});

/** The chart's name, heard; the dot's meaning, shown once a dot is there to explain. */
export function ChartLegend({ talk }: { talk: boolean }) {
  const t = useT();
  return (
    <figcaption class="chart-legend">
      <span class="visually-hidden">{t('patient.web.chartLabel')}</span>
      {talk && <span>● {t('patient.web.talk')}</span>}
    </figcaption>
  );
}

export function TalkToggle(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <label class="toggle" for={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>
        {t('patient.web.talk')}
        <span class="visually-hidden"> ({props.label})</span>
      </span>
    </label>
  );
}
