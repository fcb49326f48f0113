import { useCallback, useMemo } from 'preact/hooks';
import { createI18n } from '../../i18n';
import { openConnection } from '../../storage/database';
import { parseVragenlijstAttributes, VRAGENLIJST_ATTRIBUTES } from '../attributes';
import type { ElementDefinition, ElementProps } from '../element';
import { sheet } from '../element';
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

function VragenlijstElement({ host, attributes }: ElementProps) {
  // One i18next instance and one storage connection per element: two on a page share nothing.
  const i18n = useMemo(createI18n, []);
  const storage = useMemo(() => openConnection(), []);
  const attrs = parseVragenlijstAttributes(attributes);
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
      locale={attrs.locale}
      storage={storage}
      kiosk={attrs.kiosk}
      idleSeconds={attrs.idleSeconds}
      onHandover={onHandover}
    />
  );
}

const styles = [base, spiderweb, vragenlijst].map(sheet);

/** `<samenspraak-vragenlijst>`: the patient's preparation. */
export const vragenlijstElement: ElementDefinition = {
  tag: 'samenspraak-vragenlijst',
  attributes: VRAGENLIJST_ATTRIBUTES,
  styles: () => styles.map((get) => get()),
  component: VragenlijstElement,
};
