/**
 * Everything after the welcome screen, as one lazily loaded chunk: the first screen is usable
 * while this loads (and it is prefetched at once).
 */
export { makeHandoff } from '../../domain/handoff';
export { openTopics } from '../../domain/scoring';
export { FocusStep } from './FocusStep';
export { KlaarStep } from './KlaarStep';
export { OverzichtStep } from './OverzichtStep';
export { VraagStep } from './VraagStep';
export { WebStep } from './WebStep';
