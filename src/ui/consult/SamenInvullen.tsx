import { useReducer } from 'preact/hooks';
import type { ContentPack } from '../../domain/contentpack';
import type { Handover } from '../../domain/preparation';
import { scoresFor } from '../../domain/scoring';
import { handoverOf, initialVragenlijst, vragenlijstReducer } from '../../domain/vragenlijst';
import { useT } from '../i18n';
import { SpiderWeb } from '../spiderweb/SpiderWeb';

/** "Samen invullen": the same spider web component, filled in with the patient now. */
export function SamenInvullen({
  pack,
  onDone,
}: {
  pack: ContentPack;
  onDone: (handover: Handover) => void;
}) {
  const t = useT();
  const [state, dispatch] = useReducer(vragenlijstReducer, undefined, () =>
    initialVragenlijst({ id: pack.id, version: pack.version }, 'nl'),
  );
  const prep = state.preparation;
  return (
    <section class="samen" aria-labelledby="samen-title">
      <h3 id="samen-title">{t('consult.start.samen.title')}</h3>
      <SpiderWeb
        idPrefix="samen"
        dimensions={pack.dimensions.map((d) => ({
          id: d.id,
          label: d.label,
          question: d.quick.text,
        }))}
        scores={scoresFor(pack, 'quick', prep.answers)}
        talk={prep.talk}
        scale={pack.scale}
        onScore={(dimension, value) => {
          const dim = pack.dimensions.find((d) => d.id === dimension);
          if (dim) dispatch({ type: 'answer', itemId: dim.quick.id, value });
        }}
        onTalk={(dimension, on) => dispatch({ type: 'talk', dimension, on })}
      />
      <div class="actions">
        <button type="button" class="primary" onClick={() => onDone(handoverOf(prep, pack))}>
          {t('consult.start.samen.done')}
        </button>
      </div>
    </section>
  );
}
