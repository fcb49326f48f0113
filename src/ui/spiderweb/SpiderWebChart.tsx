import { useRef } from 'preact/hooks';
import type { DimensionId, DimensionScores } from '../../domain/dimensions';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { nearestAxis, type Point, pointAt, polygonPoints, scoreAt, VIEW } from './geometry';

export interface Axis {
  id: DimensionId;
  label: string;
}

export interface SpiderWebChartProps {
  axes: readonly Axis[];
  scores: DimensionScores;
  /** Dimensions the patient wants to talk about: drawn with a marker, never a colour judgement. */
  talk?: readonly DimensionId[];
  /** When given, dragging on the web sets a score. The range inputs stay the real controls. */
  onDrag?: (dimension: DimensionId, score: number) => void;
}

const RINGS = [2, 4, 6, 8, 10];

/**
 * The spider web as SVG. It is hidden from assistive tech: the range inputs (patient) or the
 * score table (GP) carry the same information as text. One accent colour, no totals, no
 * red/green: Positieve Gezondheid is a conversation tool, not a measurement.
 */
export function SpiderWebChart({ axes, scores, talk = [], onDrag }: SpiderWebChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragAxis = useRef<number | null>(null);
  const count = axes.length;

  const toSvg = (event: PointerEvent): Point | null => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM();
    if (!svg || !matrix) return null;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: p.x, y: p.y };
  };

  const dragTo = (event: PointerEvent) => {
    const axisIndex = dragAxis.current;
    const point = toSvg(event);
    const axis = axisIndex === null ? undefined : axes[axisIndex];
    if (!onDrag || !point || axisIndex === null || !axis) return;
    const score = scoreAt(point, axisIndex, count);
    if (scores[axis.id] !== score) onDrag(axis.id, score);
  };

  const interactive = onDrag !== undefined;
  const answered = axes.flatMap((axis, i) => {
    const score = scores[axis.id];
    return score === null ? [] : [pointAt(i, count, score)];
  });

  return (
    <svg
      ref={svgRef}
      class={interactive ? 'web is-interactive' : 'web'}
      viewBox={`0 0 ${VIEW.size} ${VIEW.size}`}
      aria-hidden="true"
      focusable="false"
      onPointerDown={
        interactive
          ? (event) => {
              const point = toSvg(event);
              if (!point) return;
              dragAxis.current = nearestAxis(point, count);
              // Capture keeps the drag ours when the finger leaves the web.
              event.currentTarget.setPointerCapture(event.pointerId);
              event.preventDefault();
              dragTo(event);
            }
          : undefined
      }
      onPointerMove={
        interactive ? (event) => dragAxis.current !== null && dragTo(event) : undefined
      }
      onPointerUp={interactive ? () => (dragAxis.current = null) : undefined}
      onPointerCancel={interactive ? () => (dragAxis.current = null) : undefined}
    >
      {RINGS.map((ring) => (
        <polygon
          key={ring}
          class="web-ring"
          points={polygonPoints(axes.map((_, i) => pointAt(i, count, ring)))}
        />
      ))}
      {axes.map((axis, i) => {
        const end = pointAt(i, count, 10);
        const unanswered = scores[axis.id] === null;
        return (
          <line
            key={axis.id}
            class={unanswered ? 'web-axis is-unanswered' : 'web-axis'}
            x1={VIEW.center}
            y1={VIEW.center}
            x2={end.x}
            y2={end.y}
          />
        );
      })}
      {answered.length > 1 && <polygon class="web-area" points={polygonPoints(answered)} />}
      {axes.map((axis, i) => {
        const score = scores[axis.id];
        if (score === null) {
          // Not answered sits at the rim as an open ring: visibly not a 0 at the centre.
          const rim = pointAt(i, count, 10);
          return (
            <circle key={axis.id} class="web-point is-unanswered" cx={rim.x} cy={rim.y} r={7} />
          );
        }
        const p = pointAt(i, count, score);
        return <circle key={axis.id} class="web-point" cx={p.x} cy={p.y} r={interactive ? 9 : 6} />;
      })}
      {axes.map((axis, i) => (
        <AxisLabel
          key={axis.id}
          index={i}
          count={count}
          label={axis.label}
          score={scores[axis.id] ?? null}
          talk={talk.includes(axis.id)}
        />
      ))}
    </svg>
  );
}

function AxisLabel(props: {
  index: number;
  count: number;
  label: string;
  score: number | null;
  talk: boolean;
}) {
  const { index, count, label, score, talk } = props;
  const { lang } = useI18n();
  const anchor = pointAt(index, count, 12.4);
  const dx = anchor.x - VIEW.center;
  const textAnchor = Math.abs(dx) < 10 ? 'middle' : dx > 0 ? 'start' : 'end';
  const lines = splitLabel(label);
  const above = anchor.y < VIEW.center - 10;
  // Labels above the web grow upwards, so long labels never run into the rings.
  const firstY = above ? anchor.y - lines.length * 17 : anchor.y;
  const value = score === null ? '–' : formatScore(score, lang);
  return (
    <text
      class={talk ? 'web-label is-talk' : 'web-label'}
      x={anchor.x}
      y={firstY}
      text-anchor={textAnchor}
    >
      {lines.map((line, n) => (
        <tspan key={line} x={anchor.x} dy={n === 0 ? 0 : 17}>
          {line}
        </tspan>
      ))}
      <tspan class="web-score" x={anchor.x} dy={17}>
        {talk ? `${value} ●` : value}
      </tspan>
    </text>
  );
}

/** Break a label into at most two lines at the space nearest its middle. */
export function splitLabel(label: string): string[] {
  if (label.length <= 12 || !label.includes(' ')) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)))
      best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}
