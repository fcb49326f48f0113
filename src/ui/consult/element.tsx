import { useMemo } from 'preact/hooks';
import huisarts from '../../../locales/huisarts/nl.json';
import nl from '../../../locales/nl.json';
import { createI18n } from '../../i18n';
import type { ElementDefinition, ElementProps } from '../element';
import { sheet } from '../element';
import base from '../styles/base.css?inline';
import consult from '../styles/consult.css?inline';
import spiderweb from '../styles/spiderweb.css?inline';
import { Consult } from './Consult';

function ConsultElement(_props: ElementProps) {
  // One i18next instance and one storage connection per element: two on a page share nothing.
  // The GP side is Dutch only: its texts live apart from the patient's translated ones.
  const i18n = useMemo(() => createI18n({ ...nl, ...huisarts }), []);
  const storage = useMemo(
    () => import('../../storage/consultdrafts').then((m) => m.openConsultStorage()),
    [],
  );
  return <Consult i18n={i18n} storage={storage} />;
}

const styles = [base, spiderweb, consult].map(sheet);

/** `<samenspraak-consult>`: the huisarts's consult. */
export const consultElement: ElementDefinition = {
  tag: 'samenspraak-consult',
  attributes: ['retention-days'],
  styles: () => styles.map((get) => get()),
  component: ConsultElement,
};
