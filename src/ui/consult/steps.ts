/** The consult steps after Start, and the history, as one lazily loaded chunk. */
export { HistorySection } from './HistorySection';
export { KeuzeStep } from './KeuzeStep';
export { OptiesStep } from './OptiesStep';
export { SamenvattingStep } from './SamenvattingStep';
export { VerwachtingenStep } from './VerwachtingenStep';
export { VoorkeurStep } from './VoorkeurStep';
