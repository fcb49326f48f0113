import { useReducer } from 'preact/hooks';
import type { ContentPack } from '../../domain/contentpack';
import type { Handover } from '../../domain/preparation';
import { handoverOf, initialVragenlijst, vragenlijstReducer } from '../../domain/vragenlijst';
import { useT } from '../i18n';
import { QuickWeb } from '../spiderweb/QuickWeb';

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
      <QuickWeb idPrefix="samen" pack={pack} preparation={prep} dispatch={dispatch} />
      <div class="actions">
        <button type="button" class="primary" onClick={() => onDone(handoverOf(prep, pack))}>
          {t('consult.start.samen.done')}
        </button>
      </div>
    </section>
  );
}
