import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
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
  // The button that opened this is gone: focus would fall to the body, and the next Tab would
  // start from the top of the page. The heading holds it, one Tab before the first slider.
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section class="samen" aria-labelledby="samen-title">
      <h3 id="samen-title" tabIndex={-1} ref={heading}>
        {t('consult.start.samen.title')}
      </h3>
      <QuickWeb idPrefix="samen" pack={pack} preparation={prep} dispatch={dispatch} />
      <div class="actions">
        <button type="button" class="primary" onClick={() => onDone(handoverOf(prep, pack))}>
          {t('consult.start.samen.done')}
        </button>
      </div>
    </section>
  );
}
