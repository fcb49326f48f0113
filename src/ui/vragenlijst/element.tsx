import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import nl from '../../../locales/nl.json';
import type { VragenlijstAttributeName } from '../../api/elements';
import type { Handoff } from '../../domain/handoff';
import { createI18n, type I18n } from '../../i18n';
import {
  type ElementDefinition,
  type ElementProps,
  emit,
  sheet,
  type WidgetError,
} from '../element';
import { I18nProvider } from '../i18n';
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
  'klaar-seconds',
  'pack',
  'emit-data',
] as const satisfies readonly VragenlijstAttributeName[];

type Phone = typeof import('./phone');
type PhoneState =
  | { kind: 'none' | 'bad' | 'reading' }
  | { kind: 'ok'; module: Phone; payload: string; handover: Handoff['handover'] };

function VragenlijstElement(props: ElementProps) {
  // One translator per element: two on a page share nothing.
  const i18n = useMemo(() => createI18n(nl), []);
  // A page opened from the phone link carries the preparation in its fragment (`#SSP1:…`); any
  // other fragment is the host page's own anchor.
  const [phone, setPhone] = useState<PhoneState>(() => ({
    kind: location.hash.startsWith('#SSP') ? 'reading' : 'none',
  }));
  useEffect(() => {
    if (phone.kind !== 'reading') return;
    void import('./phone').then((module) => {
      const read = module.readPhoneFragment(location.hash);
      if (read.kind === 'ok') {
        // The fragment stays in the address bar: the patient needs it to reopen this page on the
        // phone, and it is their own phone's history. It never reaches a server.
        setPhone({ kind: 'ok', module, payload: read.payload, handover: read.handover });
      } else {
        // A damaged link is of no use to anyone: the normal start, without it.
        history.replaceState(null, '', location.href.split('#')[0]);
        setPhone({ kind: 'bad' });
      }
    });
  }, [phone.kind]);
  if (phone.kind === 'reading') return null;
  if (phone.kind === 'ok')
    return (
      <I18nProvider i18n={i18n}>
        <phone.module.PhoneView i18n={i18n} payload={phone.payload} handover={phone.handover} />
      </I18nProvider>
    );
  return <TabletElement {...props} i18n={i18n} badLink={phone.kind === 'bad'} />;
}

function TabletElement({
  host,
  attributes,
  i18n,
  badLink,
}: ElementProps & { i18n: I18n; badLink: boolean }) {
  const onError = useCallback(
    (detail: WidgetError) => emit(host, 'samenspraak-error', detail),
    [host],
  );
  // Two elements without an id would share one draft and overwrite each other: each one after
  // the first keeps its own by its place on the page, and the host is told to give ids.
  const position = useMemo(() => (host.id ? 0 : unnamedPosition(host)), [host]);
  useEffect(() => {
    if (position > 0) onError({ kind: 'storage', message: UNNAMED_MESSAGE });
  }, [position]);
  // One storage connection per element, opened only for the questionnaire: the phone view
  // stores nothing. Storage and the attribute parser carry zod and idb: the welcome screen does
  // not wait for them.
  const storage = useMemo(
    () =>
      import('../../storage/patientdraft').then((m) =>
        m.openPatientStorage({ elementId: host.id || undefined, position }),
      ),
    [host, position],
  );
  const settings = useAttributes(attributes, () =>
    import('../attributes').then((m) => m.parseVragenlijstAttributes),
  );
  // A `pack` the parser refused (another origin, not a URL) is no silent fallback either.
  const refusedPack = settings !== null && attributes.pack != null && settings.pack === null;
  useEffect(() => {
    if (refusedPack) {
      onError({
        kind: 'pack',
        message: `samenspraak: the pack attribute "${attributes.pack}" is not a URL on this page's origin; using the built-in pack.`,
      });
    }
  }, [refusedPack, attributes.pack]);
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
      badLink={badLink}
    />
  );
}

const UNNAMED_MESSAGE =
  'samenspraak: more than one samenspraak-vragenlijst without an id on this page; give each an id, so each keeps its own draft wherever it moves on the page.';

/** Where this id-less element stands among the id-less ones on its page: 0 for the first. */
function unnamedPosition(host: HTMLElement): number {
  const root = host.getRootNode() as Document | ShadowRoot;
  const unnamed = [...root.querySelectorAll(`${host.localName}:not([id])`)];
  return Math.max(0, unnamed.indexOf(host));
}

const styles = [base, spiderweb, vragenlijst].map(sheet);

/** `<samenspraak-vragenlijst>`: the patient's preparation. */
export const vragenlijstElement: ElementDefinition = {
  tag: 'samenspraak-vragenlijst',
  attributes: ATTRIBUTES,
  styles: () => styles.map((get) => get()),
  component: VragenlijstElement,
};
