import { useMemo } from 'preact/hooks';
import type { ContentPack } from '../../domain/contentpack';
import type { Preparation } from '../../domain/preparation';
import { scoresFor } from '../../domain/scoring';
import type { VragenlijstAction } from '../../domain/vragenlijst';
import { SpiderWeb } from './SpiderWeb';

/** The quick web: one question per dimension (a slider, or five faces), as the patient fills it in or the GP with them. */
export function QuickWeb(props: {
  idPrefix: string;
  pack: ContentPack;
  preparation: Preparation;
  dispatch: (action: VragenlijstAction) => void;
  /** Five faces per question ("Eenvoudig") instead of sliders. */
  faces?: boolean;
}) {
  const { idPrefix, pack, preparation, dispatch, faces = false } = props;
  // The same objects from one render to the next, so unchanged rows are not drawn again.
  const dimensions = useMemo(
    () =>
      pack.dimensions.map((d) => ({
        id: d.id,
        label: d.label,
        everyday: d.everyday,
        question: d.quick.text,
      })),
    [pack],
  );
  return (
    <SpiderWeb
      idPrefix={idPrefix}
      dimensions={dimensions}
      scores={scoresFor(pack, faces ? 'face' : 'quick', preparation.answers)}
      faces={faces}
      talk={preparation.talk}
      scale={pack.scale}
      onScore={(dimension, value) => {
        const dim = pack.dimensions.find((d) => d.id === dimension);
        if (dim) dispatch({ type: 'answer', itemId: dim.quick.id, value });
      }}
      onTalk={(dimension, on) => dispatch({ type: 'talk', dimension, on })}
    />
  );
}
