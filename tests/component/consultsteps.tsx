import { render } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import {
  type ConsultAction,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../src/domain/consult';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import type { StepProps } from '../../src/ui/consult/VerwachtingenStep';
import { AFWACHTEN } from '../fixtures/consult';
import { ConsultTexts } from './i18n';

export const PACK: ContentPack = contentPackSchema.parse(nlPack);

export { AFWACHTEN };

/** A consult step on a real reducer; `seen` gets every action and every state, for asserting. */
export function WithConsult(props: {
  start?: ConsultState;
  seen?: Seen;
  step: (props: StepProps) => preact.JSX.Element;
}) {
  const [state, dispatch] = useReducer(consultReducer, props.start ?? initialConsult(AFWACHTEN));
  if (props.seen) props.seen.state = state;
  const Step = props.step;
  return (
    <Step
      pack={PACK}
      state={state}
      dispatch={(action) => {
        props.seen?.actions.push(action);
        dispatch(action);
      }}
    />
  );
}

/** What a rendered step did: every action it dispatched, and the state it ended in. */
export interface Seen {
  actions: ConsultAction[];
  state: ConsultState | null;
}

/** Render one consult step with the GP's texts on a real reducer; returns what it did. */
export function renderStep(
  step: (props: StepProps) => preact.JSX.Element,
  start?: ConsultState,
): Seen {
  const seen: Seen = { actions: [], state: null };
  render(
    <ConsultTexts>
      <WithConsult start={start} seen={seen} step={step} />
    </ConsultTexts>,
  );
  return seen;
}
