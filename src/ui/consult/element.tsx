import type { ComponentType } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import huisarts from '../../../locales/huisarts/nl.json';
import nl from '../../../locales/nl.json';
import type { ConsultAttributeName } from '../../api/elements';
import { createI18n } from '../../i18n';
import {
  type ElementDefinition,
  type ElementProps,
  emit,
  sheet,
  type WidgetError,
} from '../element';
import { I18nProvider } from '../i18n';
import base from '../styles/base.css?inline';
import consult from '../styles/consult.css?inline';
import spiderweb from '../styles/spiderweb.css?inline';
import { useAttributes } from '../useAttributes';
import { loadBeheer } from './beheerloader';
import { Consult, type FinishedSummary } from './Consult';
import { loadIntervisie } from './intervisieloader';

/**
 * The `detail` of the `samenspraak-summary` event: the text, which the GP copies anyway; the
 * structured consult only for a host that set `emit-data`.
 */
export type SummaryEventDetail = Pick<FinishedSummary, 'text'> & Partial<FinishedSummary>;

/** The event's detail: every listener on the page hears it, so the consult only when asked for. */
export function summaryDetail(summary: FinishedSummary, emitData: boolean): SummaryEventDetail {
  return emitData ? { text: summary.text, data: summary.data } : { text: summary.text };
}

/**
 * The observed attributes; kept here so the attribute parser (and zod) can load lazily. Checked
 * against src/api/elements.ts by type only, so its descriptions stay out of the bundle.
 */
const ATTRIBUTES = [
  'mode',
  'retention-days',
  'keuzekaarten',
  'emit-data',
] as const satisfies readonly ConsultAttributeName[];

function ConsultElement({ host, attributes }: ElementProps) {
  // One translator and one storage connection per element: two on a page share nothing.
  // The GP side is Dutch only: its texts live apart from the patient's translated ones.
  const i18n = useMemo(() => createI18n({ ...nl, ...huisarts }), []);
  const storage = useMemo(
    () => import('../../storage/consultdrafts').then((m) => m.openConsultStorage()),
    [],
  );
  const settings = useAttributes(attributes, () =>
    import('../attributes').then((m) => m.parseConsultAttributes),
  );
  // A `keuzekaarten` the parser refused (another origin, not a URL) is never fetched: say so.
  const refusedLibrary =
    settings !== null && attributes.keuzekaarten != null && settings.keuzekaarten === null;
  useEffect(() => {
    if (refusedLibrary) {
      emit(host, 'samenspraak-error', {
        kind: 'library',
        message: `samenspraak: the keuzekaarten attribute "${attributes.keuzekaarten}" is not a URL on this page's origin; no library is read.`,
      } satisfies WidgetError);
    }
  }, [refusedLibrary, attributes.keuzekaarten, host]);
  const emitData = settings?.emitData ?? false;
  const onSummary = useCallback(
    (summary: FinishedSummary) =>
      emit(host, 'samenspraak-summary', summaryDetail(summary, emitData)),
    [host, emitData],
  );
  const onError = useCallback(
    (detail: WidgetError) => emit(host, 'samenspraak-error', detail),
    [host],
  );
  // Until the attribute parser has loaded, an element that names a mode shows nothing yet.
  const mode = settings?.mode ?? (attributes.mode == null ? 'consult' : null);
  if (mode === null) return null;
  // The element's texts around the lazy page: the script-tag build's stand-ins need them.
  if (mode !== 'consult') {
    return (
      <I18nProvider i18n={i18n}>
        <PageLoader page={mode} storage={storage} onError={onError} />
      </I18nProvider>
    );
  }
  return (
    <Consult
      i18n={i18n}
      storage={storage}
      retentionDays={settings?.retentionDays ?? null}
      keuzekaarten={settings?.keuzekaarten ?? null}
      onSummary={onSummary}
      onError={onError}
    />
  );
}

type PageProps = import('../beheer/Beheer').BeheerProps &
  import('../intervisie/Intervisie').IntervisieProps;

const PAGES = {
  beheer: () => loadBeheer().then((m) => m.Beheer),
  intervisie: () => loadIntervisie().then((m) => m.Intervisie),
};

/** The editor and the intervisie page load only where they are asked for, never with the consult. */
function PageLoader({ page, ...props }: PageProps & { page: keyof typeof PAGES }) {
  const [Page, setPage] = useState<ComponentType<PageProps> | null>(null);
  useEffect(() => {
    void PAGES[page]().then((loaded) => setPage(() => loaded));
  }, [page]);
  return Page ? <Page {...props} /> : null;
}

const styles = [base, spiderweb, consult].map(sheet);

/** `<samenspraak-consult>`: the huisarts's consult. */
export const consultElement: ElementDefinition = {
  tag: 'samenspraak-consult',
  attributes: ATTRIBUTES,
  styles: () => styles.map((get) => get()),
  component: ConsultElement,
};
