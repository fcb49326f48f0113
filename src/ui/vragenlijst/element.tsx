import { useCallback, useMemo } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import { createI18n } from '../../i18n';
import {
  type ElementDefinition,
  type ElementProps,
  emit,
  sheet,
  type WidgetError,
} from '../element';
import base from '../styles/base.css?inline';
import spiderweb from '../styles/spiderweb.css?inline';
import vragenlijst from '../styles/vragenlijst.css?inline';
import { useAttributes } from '../useAttributes';
import type { Handoff } from './KlaarStep';
import { Vragenlijst } from './Vragenlijst';

/** The `detail` of the `samenspraak-handover` event. */
export interface HandoverEventDetail {
  /** The consultcode, formatted, e.g. `K7QM-2XPA-B9`. */
  code: string;
  /** The QR payload text: the whole preparation. */
  payload: string;
  /** The structured handover, free text included. */
  handover: Handoff['handover'];
}

/** The observed attributes; kept here so the attribute parser (and zod) can load lazily. */
const ATTRIBUTES = ['locale', 'kiosk', 'idle-seconds', 'pack'] as const;

function VragenlijstElement({ host, attributes }: ElementProps) {
  // One i18next instance and one storage connection per element: two on a page share nothing.
  const i18n = useMemo(() => createI18n(nl), []);
  // Storage and the attribute parser carry zod and idb: the welcome screen does not wait for them.
  const storage = useMemo(
    () =>
      import('../../storage/patientdraft').then((m) =>
        m.openPatientStorage({ elementId: host.id || undefined }),
      ),
    [host],
  );
  const settings = useAttributes(attributes, () =>
    import('../attributes').then((m) => m.parseVragenlijstAttributes),
  );
  const onError = useCallback(
    (detail: WidgetError) => emit(host, 'samenspraak-error', detail),
    [host],
  );
  const onHandover = useCallback(
    ({ code, payload, handover }: Handoff) =>
      emit(host, 'samenspraak-handover', { code, payload, handover } satisfies HandoverEventDetail),
    [host],
  );
  return (
    <Vragenlijst
      i18n={i18n}
      settings={settings}
      storage={storage}
      onHandover={onHandover}
      onError={onError}
    />
  );
}

const styles = [base, spiderweb, vragenlijst].map(sheet);

/** `<samenspraak-vragenlijst>`: the patient's preparation. */
export const vragenlijstElement: ElementDefinition = {
  tag: 'samenspraak-vragenlijst',
  attributes: ATTRIBUTES,
  styles: () => styles.map((get) => get()),
  component: VragenlijstElement,
};
