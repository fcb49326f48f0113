import { useEffect, useRef } from 'preact/hooks';
import type { DimensionId, DimensionScores } from '../../domain/dimensions';
import { formatScore } from '../format';
import { useI18n } from '../i18n';
import { DimensionIcon } from '../pictograms/dimensions';
import {
  nearestAxis,
  type Point,
  pointAt,
  polygonPoints,
  scoreAt,
  VIEW,
  VIEWBOX,
} from './geometry';

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
/** CSS pixels a finger moves before its direction counts: below it, a tap. */
const SLOP = 10;

/**
 * The spider web as SVG. It is hidden from assistive tech: the range inputs (patient) or the
 * score table (GP) carry the same information as text. One accent colour, no totals, no
 * red/green: Positieve Gezondheid is a conversation tool, not a measurement.
 */
export function SpiderWebChart({ axes, scores, talk = [], onDrag }: SpiderWebChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragAxis = useRef<number | null>(null);
  // A finger that landed off the points: a drag or a scroll, decided by its first movement.
  const undecided = useRef<{ id: number; x: number; y: number; axis: number } | null>(null);
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

  const startDrag = (event: PointerEvent, axis: number) => {
    undecided.current = null;
    dragAxis.current = axis;
    // Capture keeps the drag ours when the finger leaves the web.
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
    dragTo(event);
  };

  // Once a drag is ours the page must not scroll with it: touch-action on the points alone is
  // not enough (Chromium takes it from the <svg>), so a drag cancels the touch's default. The
  // listener is not passive, and only acts while a drag is on.
  const interactiveWeb = onDrag !== undefined;
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !interactiveWeb) return;
    const hold = (event: TouchEvent) => {
      if (dragAxis.current !== null && event.cancelable) event.preventDefault();
    };
    svg.addEventListener('touchmove', hold, { passive: false });
    return () => svg.removeEventListener('touchmove', hold);
  }, [interactiveWeb]);

  const end = () => {
    dragAxis.current = null;
    undecided.current = null;
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
      viewBox={`${VIEWBOX.x} ${VIEWBOX.y} ${VIEWBOX.width} ${VIEWBOX.height}`}
      aria-hidden="true"
      focusable="false"
      onPointerDown={
        interactive
          ? (event) => {
              const point = toSvg(event);
              if (!point) return;
              const hit = (event.target as Element).getAttribute('data-axis');
              if (hit !== null) {
                // On a point (which has touch-action: none): a drag in any direction.
                event.preventDefault();
                startDrag(event, Number(hit));
              } else if (event.pointerType === 'touch') {
                // The web allows pan-y: a vertical swipe scrolls the page, never sets a score.
                const axis = nearestAxis(point, count);
                undecided.current = {
                  id: event.pointerId,
                  x: event.clientX,
                  y: event.clientY,
                  axis,
                };
              } else {
                event.preventDefault();
                startDrag(event, nearestAxis(point, count));
              }
            }
          : undefined
      }
      onPointerMove={
        interactive
          ? (event) => {
              if (dragAxis.current !== null) return dragTo(event);
              const start = undecided.current;
              if (!start || start.id !== event.pointerId) return;
              const dx = Math.abs(event.clientX - start.x);
              const dy = Math.abs(event.clientY - start.y);
              if (Math.max(dx, dy) < SLOP) return;
              if (dx > dy) startDrag(event, start.axis);
              else undecided.current = null;
            }
          : undefined
      }
      onPointerUp={
        interactive
          ? (event) => {
              const tap = undecided.current;
              // A tap that did not move: the score under the finger, as before.
              if (tap && tap.id === event.pointerId) {
                dragAxis.current = tap.axis;
                dragTo(event);
              }
              end();
            }
          : undefined
      }
      onPointerCancel={interactive ? end : undefined}
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
      {interactive &&
        axes.map((axis, i) => {
          // A finger-sized target around each point, where a press drags in any direction.
          const p = pointAt(i, count, scores[axis.id] ?? 10);
          return <circle key={axis.id} class="web-hit" data-axis={i} cx={p.x} cy={p.y} r={22} />;
        })}
      {axes.map((axis, i) => (
        <AxisLabel
          key={axis.id}
          id={axis.id}
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

/** The pictogram beside an axis's score: its size and the gap to the score. */
const PICTO = 18;
const PICTO_GAP = 4;
/** Lines of a label, and the score's line: a little taller, so the pictogram clears the name. */
const LINE = 17;
const SCORE_LINE = 20;

function AxisLabel(props: {
  id: DimensionId;
  index: number;
  count: number;
  label: string;
  score: number | null;
  talk: boolean;
}) {
  const { id, index, count, label, score, talk } = props;
  const { lang, dir } = useI18n();
  const anchor = pointAt(index, count, 12.4);
  const dx = anchor.x - VIEW.center;
  // Right of the web the text runs away from the rim to the right: in RTL text that end is
  // its 'end', so the anchors swap.
  const outward = dx > 0 === (dir === 'rtl') ? 'end' : 'start';
  const textAnchor = Math.abs(dx) < 10 ? 'middle' : outward;
  const lines = splitLabel(label);
  const above = anchor.y < VIEW.center - 10;
  // Labels above the web grow upwards, so long labels never run into the rings.
  const firstY = above ? anchor.y - (lines.length - 1) * LINE - SCORE_LINE : anchor.y;
  const value = score === null ? '–' : formatScore(score, lang);
  // The pictogram opens the score line on the rim's side, so it adds no width to the label
  // (the score is shorter than the name) and stays clear of the rings.
  // The way the pair runs: outward beside the web; above and below, in the reading direction.
  const side = textAnchor === 'middle' ? 0 : dx > 0 ? 1 : -1;
  const way = side || (dir === 'rtl' ? -1 : 1);
  // Where the pair begins: at the anchor beside the web, half a pair before it when centred.
  const start = side ? anchor.x : anchor.x - way * (PICTO + PICTO_GAP / 2);
  const pictoX = way > 0 ? start : start - PICTO;
  const scoreX = start + way * (PICTO + PICTO_GAP);
  const scoreY = firstY + (lines.length - 1) * LINE + SCORE_LINE;
  return (
    <>
      <text
        class={talk ? 'web-label is-talk' : 'web-label'}
        x={anchor.x}
        y={firstY}
        text-anchor={textAnchor}
      >
        {lines.map((line, n) => (
          <tspan key={line} x={anchor.x} dy={n === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
        {/* Centred, the score starts after the pictogram: 'start' runs the reading way. */}
        <tspan
          class="web-score"
          x={scoreX}
          dy={SCORE_LINE}
          text-anchor={side ? undefined : 'start'}
        >
          {talk ? `${value} ●` : value}
        </tspan>
      </text>
      <DimensionIcon
        id={id}
        place={{ x: pictoX, y: scoreY - 14, size: PICTO, class: 'web-picto' }}
      />
    </>
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
