import { SCORE_MAX, SCORE_MIN } from '../../domain/dimensions';

/** The web's drawing box: a square viewBox with room for the axis labels around it. */
export const VIEW = { size: 400, center: 200, radius: 130 } as const;

/**
 * The part of the plane the SVG shows: the web's square plus room on every side, so that a
 * two-line label beside the rim stays inside the SVG (and so on screen) on a 320 px phone.
 */
export const VIEWBOX = { x: -72, y: -30, width: 544, height: 460 } as const;

export interface Point {
  x: number;
  y: number;
}

/** The direction of axis `index` of `count`: the first points straight up, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (index * 2 * Math.PI) / count;
}

/** Where a score sits on its axis, in viewBox units. */
export function pointAt(index: number, count: number, score: number): Point {
  const angle = axisAngle(index, count);
  const r = (VIEW.radius * score) / SCORE_MAX;
  return { x: VIEW.center + r * Math.cos(angle), y: VIEW.center + r * Math.sin(angle) };
}

export function polygonPoints(points: readonly Point[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The axis whose direction is closest to the point (for a drag that starts anywhere). */
export function nearestAxis(point: Point, count: number): number {
  const angle = Math.atan2(point.y - VIEW.center, point.x - VIEW.center);
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const diff = Math.abs(normalise(angle - axisAngle(i, count)));
    if (diff < bestDistance) {
      bestDistance = diff;
      best = i;
    }
  }
  return best;
}

function normalise(angle: number): number {
  return Math.atan2(Math.sin(angle), Math.cos(angle));
}

/** The whole score a pointer position means on an axis: its projection, rounded and clamped. */
export function scoreAt(point: Point, index: number, count: number): number {
  const angle = axisAngle(index, count);
  const projection =
    (point.x - VIEW.center) * Math.cos(angle) + (point.y - VIEW.center) * Math.sin(angle);
  const score = Math.round((projection / VIEW.radius) * SCORE_MAX);
  return Math.max(SCORE_MIN, Math.min(SCORE_MAX, score));
}
