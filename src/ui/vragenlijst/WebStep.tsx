import type { ContentPack } from '../../domain/contentpack';
import { DIMENSIONS } from '../../domain/dimensions';
import { FACE_COUNT, progressFor, scoresFor } from '../../domain/scoring';
import type { VragenlijstAction, VragenlijstState } from '../../domain/vragenlijst';
import { useT } from '../i18n';
import { FaceIcon } from '../pictograms/faces';
import { LeesVoor } from '../readaloud/ReadAloud';
import { StepHeading } from '../StepHeading';
import { QuickWeb } from '../spiderweb/QuickWeb';
import { ScoreSlider } from '../spiderweb/ScoreSlider';
import { ChartLegend, TalkToggle } from '../spiderweb/SpiderWeb';
import { SpiderWebChart } from '../spiderweb/SpiderWebChart';

export interface WebStepProps {
  pack: ContentPack;
  state: VragenlijstState;
  dispatch: (action: VragenlijstAction) => void;
}

const MODE_LABELS = {
  face: ['patient.web.modeFace', 'patient.web.modeFaceMore'],
  quick: ['patient.web.modeQuick', 'patient.web.modeQuickMore'],
  detailed: ['patient.web.modeDetailed', 'patient.web.modeDetailedMore'],
} as const;

/** Step 2: the spider web, quick (one slider per dimension) or detailed (a page per dimension). */
export function WebStep({ pack, state, dispatch }: WebStepProps) {
  const t = useT();
  const { preparation: prep } = state;
  const scores = scoresFor(pack, prep.mode, prep.answers);
  const progress = progressFor(pack, prep.mode, prep.answers);
  return (
    <section class="step" aria-labelledby="web-title">
      <StepHeading id="web-title">{t('patient.web.title')}</StepHeading>
      <p>{t(prep.mode === 'face' ? 'patient.web.introFace' : 'patient.web.intro')}</p>
      <LeesVoor />
      <fieldset class="choices is-row modes">
        {/* Heard: three one-word choices above the questions, and a tap on one shows what
            it does at once. */}
        <legend class="visually-hidden">{t('patient.web.modeLegend')}</legend>
        {(['face', 'quick', 'detailed'] as const).map((mode) => (
          <label class="choice" key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={prep.mode === mode}
              onChange={() => dispatch({ type: 'mode', mode, pack })}
            />
            {/* One word to read; what it means is heard, and the face shows it. */}
            <span>
              {mode === 'face' && <FaceIcon face={FACE_COUNT - 1} />}
              {t(MODE_LABELS[mode][0])}
              <span class="visually-hidden">{t(MODE_LABELS[mode][1])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {/* Six rows show their own answers; the long form needs a count. */}
      {prep.mode === 'detailed' && (
        <div class="progress">
          <label for="web-progress">{t('patient.web.progressLabel')}</label>
          <progress id="web-progress" max={progress.total} value={progress.answered} />
          <span aria-live="polite">
            {t('patient.web.progress', { answered: progress.answered, total: progress.total })}
          </span>
        </div>
      )}
      {prep.mode !== 'detailed' ? (
        <QuickWeb
          idPrefix={prep.mode === 'face' ? 'gezicht' : 'snel'}
          pack={pack}
          preparation={prep}
          dispatch={dispatch}
          faces={prep.mode === 'face'}
        />
      ) : (
        <DetailedPage pack={pack} state={state} dispatch={dispatch} scores={scores} />
      )}
    </section>
  );
}

function DetailedPage({
  pack,
  state,
  dispatch,
  scores,
}: WebStepProps & { scores: ReturnType<typeof scoresFor> }) {
  const t = useT();
  const dim = pack.dimensions[state.page] ?? pack.dimensions[0];
  if (!dim) return null;
  const { answers, talk } = state.preparation;
  const quick = answers[dim.quick.id];
  const startsFromQuick =
    quick !== undefined && dim.items.every((i) => answers[i.id] === undefined);
  return (
    <div class="spiderweb is-detailed">
      <figure class="spiderweb-chart">
        <SpiderWebChart axes={pack.dimensions} scores={scores} talk={talk} />
        <ChartLegend talk={talk.length > 0} />
      </figure>
      <fieldset class="spiderweb-controls topic">
        <legend>
          <span class="topic-count">
            {t('patient.web.topic', { current: state.page + 1, total: DIMENSIONS.length })}
          </span>
          <span class="topic-title">{dim.everyday ?? dim.label}</span>
          {dim.everyday && <span class="topic-official">{dim.label}</span>}
        </legend>
        <p>{dim.intro}</p>
        {startsFromQuick && <p class="notice">{t('patient.web.quickStart', { value: quick })}</p>}
        {dim.items.map((item) => (
          <ScoreSlider
            key={item.id}
            id={`uitgebreid-${item.id}`}
            label={item.text}
            value={answers[item.id] ?? null}
            scale={pack.scale}
            onChange={(value) => dispatch({ type: 'answer', itemId: item.id, value })}
          />
        ))}
        <TalkToggle
          id={`uitgebreid-${dim.id}-talk`}
          label={dim.label}
          checked={talk.includes(dim.id)}
          onChange={(on) => dispatch({ type: 'talk', dimension: dim.id, on })}
        />
        <div class="actions">
          <button
            type="button"
            disabled={state.page === 0}
            onClick={() => dispatch({ type: 'page', page: state.page - 1 })}
          >
            {t('patient.web.prevTopic')}
          </button>
          <button
            type="button"
            disabled={state.page === DIMENSIONS.length - 1}
            onClick={() => dispatch({ type: 'page', page: state.page + 1 })}
          >
            {t('patient.web.nextTopic')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}
