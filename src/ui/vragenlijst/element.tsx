import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import { createI18n } from '../../i18n';
import type { VragenlijstAttributes } from '../attributes';
import {
  type ElementDefinition,
  type ElementProps,
  reportError,
  sheet,
  type WidgetError,
} from '../element';
import base from '../styles/base.css?inline';
import spiderweb from '../styles/spiderweb.css?inline';
import vragenlijst from '../styles/vragenlijst.css?inline';
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

type Parse = (raw: ElementProps['attributes']) => VragenlijstAttributes;

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
  const [parse, setParse] = useState<{ run: Parse } | null>(null);
  useEffect(() => {
    void import('../attributes').then((m) => setParse({ run: m.parseVragenlijstAttributes }));
  }, []);
  // Parse again only when a value changes, so an invalid one warns once.
  const { locale = null, kiosk = null, pack = null } = attributes;
  const idle = attributes['idle-seconds'] ?? null;
  const settings = useMemo(
    () => parse?.run({ locale, kiosk, 'idle-seconds': idle, pack }) ?? null,
    [parse, locale, kiosk, idle, pack],
  );
  const onError = useCallback((detail: WidgetError) => reportError(host, detail), [host]);
  const onHandover = useCallback(
    ({ code, payload, handover }: Handoff) => {
      const detail: HandoverEventDetail = { code, payload, handover };
      host.dispatchEvent(
        new CustomEvent('samenspraak-handover', { detail, bubbles: true, composed: true }),
      );
    },
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
