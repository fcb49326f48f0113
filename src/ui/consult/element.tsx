import { useMemo } from 'preact/hooks';
import { createI18n } from '../../i18n';
import { openConnection } from '../../storage/database';
import type { ElementDefinition, ElementProps } from '../element';
import { sheet } from '../element';
import base from '../styles/base.css?inline';
import consult from '../styles/consult.css?inline';
import spiderweb from '../styles/spiderweb.css?inline';
import { Consult } from './Consult';

function ConsultElement(_props: ElementProps) {
  // One i18next instance and one storage connection per element: two on a page share nothing.
  const i18n = useMemo(createI18n, []);
  const storage = useMemo(() => openConnection(), []);
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
