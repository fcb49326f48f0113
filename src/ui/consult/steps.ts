/** The consult steps after Start, as one lazily loaded chunk. */
export { KeuzeStep } from './KeuzeStep';
export { OptiesStep } from './OptiesStep';
export { SamenvattingStep } from './SamenvattingStep';
export { VerwachtingenStep } from './VerwachtingenStep';
export { VoorkeurStep } from './VoorkeurStep';
