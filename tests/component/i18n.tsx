import type { ComponentChildren } from 'preact';
import huisarts from '../../locales/huisarts/nl.json';
import nl from '../../locales/nl.json';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/ui/i18n';

/** The consult's texts: the patient's Dutch and the GP's own, as the element loads them. */
export function ConsultTexts({ children }: { children: ComponentChildren }) {
  return <I18nProvider i18n={createI18n({ ...nl, ...huisarts })}>{children}</I18nProvider>;
}

/** The patient's Dutch texts. */
export function PatientTexts({ children }: { children: ComponentChildren }) {
  return <I18nProvider i18n={createI18n(nl)}>{children}</I18nProvider>;
}

/** A database name of its own, so tests never see each other's records. */
export function freshDatabase(): string {
  return `samenspraak-test-${crypto.randomUUID()}`;
}
