import { useCallback, useMemo } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import type { VragenlijstAttributeName } from '../../api/elements';
import type { Handoff } from '../../domain/handoff';
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
import { Vragenlijst } from './Vragenlijst';

/**
 * The `detail` of the `samenspraak-handover` event: the code, which the tablet shows anyway; the
 * payload and the structured handover (the patient's own words) only for a host that set
 * `emit-data`.
 */
export type HandoverEventDetail = Pick<Handoff, 'code'> & Partial<Omit<Handoff, 'code'>>;

/** The event's detail: every listener on the page hears it, so free text only when asked for. */
export function handoverDetail(handoff: Handoff, emitData: boolean): HandoverEventDetail {
  const { code, payload, handover } = handoff;
  return emitData ? { code, payload, handover } : { code };
}

/**
 * The observed attributes; kept here so the attribute parser (and zod) can load lazily. Checked
 * against src/api/elements.ts by type only, so its descriptions stay out of the bundle.
 */
const ATTRIBUTES = [
  'locale',
  'kiosk',
  'idle-seconds',
  'pack',
  'emit-data',
] as const satisfies readonly VragenlijstAttributeName[];

function VragenlijstElement({ host, attributes }: ElementProps) {
  // One translator and one storage connection per element: two on a page share nothing.
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
  const emitData = settings?.emitData ?? false;
  const onHandover = useCallback(
    (handoff: Handoff) => emit(host, 'samenspraak-handover', handoverDetail(handoff, emitData)),
    [host, emitData],
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
