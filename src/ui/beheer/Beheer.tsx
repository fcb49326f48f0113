import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import beheerTexts from '../../../locales/beheer/nl.json';
import cardcheckTexts from '../../../locales/cardcheck/nl.json';
import huisarts from '../../../locales/huisarts/nl.json';
import nl from '../../../locales/nl.json';
import { type CardProblem, checkKeuzekaart } from '../../domain/cardcheck';
import { type CardDraft, emptyDraft } from '../../domain/carddraft';
import {
  cardFromDraft,
  copyDraft,
  draftFromCard,
  newCardId,
  nextVersion,
  sameCard,
} from '../../domain/cardedit';
import { cardFileName, libraryIndex } from '../../domain/cardlibrary';
import type { ContentPack } from '../../domain/contentpack';
import type { DimensionId } from '../../domain/dimensions';
import { type Keuzekaart, keuzekaartSchema } from '../../domain/keuzekaart';
import { createI18n } from '../../i18n';
import type { ConsultStorage } from '../../storage/consultdrafts';
import type { StoredDraft } from '../../storage/keuzekaarten';
import { keuzekaartImport } from '../consult/keuzekaartimport';
import { downloadJson } from '../download';
import { sheet, type WidgetError } from '../element';
import { localDay } from '../format';
import { I18nProvider, useI18n } from '../i18n';
import beheerCss from '../styles/beheer.css?inline';
import { useAdoptedSheet } from '../useAdoptedSheet';
import { CardForm } from './CardForm';
import { CardList } from './CardList';

export interface BeheerProps {
  /** Opened lazily by the element, as for the consult. */
  storage: Promise<ConsultStorage>;
  onError?: (error: WidgetError) => void;
}

/** The editor's stylesheet, adopted beside the consult's while the editor is on the page. */
const beheerStyles = sheet(beheerCss);

/** `<samenspraak-consult mode="beheer">`: the practice's own keuzekaarten, made and kept here. */
export function Beheer(props: BeheerProps) {
  // The editor's texts and the checker's load with the editor, never with the consult.
  const i18n = useMemo(
    () => createI18n({ ...nl, ...huisarts, ...beheerTexts, ...cardcheckTexts }),
    [],
  );
  return (
    <I18nProvider i18n={i18n}>
      <BeheerPage {...props} />
    </I18nProvider>
  );
}

/** The line above the card list: what the last action did. */
interface Status {
  text: string;
  failed?: boolean;
  /** The button that led to it is still on screen: focus stays there. */
  inPlace?: boolean;
}

type View =
  | { kind: 'list' }
  | {
      kind: 'edit';
      key: string;
      draft: CardDraft;
      /** The draft as it opened, to tell "Terug" without an edit from one with. */
      opened: string;
      /** A stored concept was opened: going back unchanged keeps it. */
      stored: boolean;
    }
  | { kind: 'versions'; card: Keuzekaart; versions: Keuzekaart[] };

/** The index's name in the README's folder layout, which a consult's `keuzekaarten` names. */
const LIBRARY_INDEX_FILE = 'keuzekaarten.json';

/** How long typing may pause before the draft is written: every pause, not every key. */
const DRAFT_DELAY_MS = 400;

function BeheerPage({ storage, onError }: BeheerProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState<ConsultStorage | null>(null);
  const [pack, setPack] = useState<ContentPack | null>(null);
  const [bundled, setBundled] = useState<Keuzekaart[] | null>(null);
  const [own, setOwn] = useState<Keuzekaart[]>([]);
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [problems, setProblems] = useState<CardProblem[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const statusLine = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useAdoptedSheet(root, beheerStyles);

  const reload = async (store: ConsultStorage) => {
    const [cards, stored] = await Promise.all([
      store.keuzekaarten.list(),
      store.keuzekaarten.drafts(),
    ]);
    setOwn(cards);
    setDrafts(stored);
  };

  useEffect(() => {
    void storage.then((store) => {
      setOpened(store);
      void reload(store).catch(() =>
        onError?.({ kind: 'storage', message: 'keuzekaarten could not be read' }),
      );
    });
    void import('../../content/keuzekaarten')
      .then((m) => m.loadBundledKeuzekaarten())
      .then(setBundled);
    void import('../../content/packs')
      .then((m) => m.loadBundledPack('nl'))
      .then((result) => result.ok && setPack(result.pack));
  }, [storage]);

  const ownIds = new Set(own.map((c) => c.id));
  // A card of the practice with the id of a bundled one stands in its place, as in the consult.
  const cards = [...(bundled ?? []).filter((c) => !ownIds.has(c.id)), ...own];
  const taken = new Set([...(bundled ?? []), ...own].map((c) => c.id));
  const importer = keuzekaartImport({
    cards,
    own: ownIds,
    copy: t('consult.opties.importCopy'),
    async store(card) {
      if (!opened) throw new Error('storage is not open');
      await opened.keuzekaarten.save(card);
      await reload(opened);
    },
  });
  // The files a library folder holds: the index and, beside it, each of the practice's cards.
  const exportLibrary = () => {
    const index = libraryIndex(own);
    downloadJson(index, LIBRARY_INDEX_FILE);
    for (const card of own) downloadJson(card, cardFileName(card));
    setStatus({
      text: t('beheer.status.libraryExported', { file: LIBRARY_INDEX_FILE, count: own.length }),
      inPlace: true,
    });
  };
  const dimensionLabel = (id: DimensionId) =>
    pack?.dimensions.find((d) => d.id === id)?.label ?? id;
  const afwachten = t('consult.opties.afwachtenTitle');

  const back = (text: string | null, failed = false) => {
    setView({ kind: 'list' });
    setProblems(null);
    setStatus(text === null ? null : { text, failed });
  };

  const edit = (draft: CardDraft, key = `concept-${Date.now().toString(36)}`) => {
    setStatus(null);
    setProblems(null);
    const stored = drafts.some((d) => d.key === key);
    setView({ kind: 'edit', key, draft, opened: JSON.stringify(draft), stored });
  };

  // Every pause in typing writes the draft, so closing the tab loses nothing.
  const change = (draft: CardDraft) => {
    if (view.kind !== 'edit') return;
    const key = view.key;
    setView({ ...view, draft });
    clearTimeout(draftTimer.current);
    draftTimer.current = setTimeout(() => {
      opened?.keuzekaarten
        .saveDraft(key, draft, Date.now())
        .catch(() => setStatus({ text: t('beheer.status.draftFailed'), failed: true }));
    }, DRAFT_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(draftTimer.current), []);

  // After a failed save the list follows the form: a problem fixed is a problem gone.
  const liveProblems = useMemo(() => {
    if (view.kind !== 'edit' || problems === null) return problems;
    const draft = view.draft;
    return checkKeuzekaart(cardFromDraft({ ...draft, id: draft.id || 'kaart' }), t);
  }, [view, problems === null, t]);

  const save = async () => {
    if (view.kind !== 'edit' || !opened || busy) return;
    const { draft, key } = view;
    const existing = own.find((c) => c.id === draft.id) ?? null;
    const data = cardFromDraft({ ...draft, id: draft.id || newCardId(draft.title, taken) });
    const found = checkKeuzekaart(data, t);
    if (found.length) {
      setProblems(found);
      return;
    }
    let card = keuzekaartSchema.parse(data);
    clearTimeout(draftTimer.current);
    if (existing && sameCard(existing, card)) {
      await opened.keuzekaarten.removeDraft(key).catch(() => undefined);
      await reload(opened).catch(() => undefined);
      back(t('beheer.status.unchanged', { title: card.title, version: existing.version }));
      return;
    }
    if (existing) card = { ...card, version: nextVersion(existing.version) };
    setBusy(true);
    try {
      await opened.keuzekaarten.save(card);
    } catch {
      setBusy(false);
      setStatus({ text: t('beheer.status.saveFailed'), failed: true });
      onError?.({ kind: 'storage', message: 'a keuzekaart could not be saved' });
      return;
    }
    await opened.keuzekaarten.removeDraft(key).catch(() => undefined);
    await reload(opened).catch(() => undefined);
    setBusy(false);
    back(t('beheer.status.saved', { title: card.title, version: card.version }));
  };

  const leave = async () => {
    if (view.kind === 'edit' && opened) {
      clearTimeout(draftTimer.current);
      // Looking at a card and going back makes no concept; a pause may already have written one.
      const unchanged = JSON.stringify(view.draft) === view.opened;
      if (!unchanged) {
        await opened.keuzekaarten
          .saveDraft(view.key, view.draft, Date.now())
          .catch(() => setStatus({ text: t('beheer.status.draftFailed'), failed: true }));
      } else if (!view.stored) {
        await opened.keuzekaarten.removeDraft(view.key).catch(() => undefined);
      }
      await reload(opened).catch(() => undefined);
    }
    back(null);
  };

  // The status line is a live region, so every status is read out. It also takes focus when
  // the control that led to it is gone (a deleted card, the form left); not when it stays.
  useEffect(() => {
    if (view.kind === 'list' && status && !status.inPlace) statusLine.current?.focus();
  }, [view.kind, status]);

  if (!opened || bundled === null) {
    return (
      <div class="app beheer" ref={root}>
        <p role="status">{t('beheer.loading')}</p>
      </div>
    );
  }

  return (
    <div class="app beheer" ref={root}>
      {view.kind === 'edit' ? (
        <CardForm
          draft={view.draft}
          onChange={change}
          saved={ownIds.has(view.draft.id)}
          problems={liveProblems}
          dimensionLabel={dimensionLabel}
          onSave={() => void save()}
          onBack={() => void leave()}
          busy={busy}
        />
      ) : (
        <>
          <div
            ref={statusLine}
            role="status"
            tabIndex={-1}
            class={status?.failed ? 'field-error' : 'beheer-status'}
          >
            {status?.text}
          </div>
          <CardList
            cards={cards}
            own={ownIds}
            drafts={drafts}
            today={localDay(new Date())}
            versionsView={view.kind === 'versions' ? view : null}
            onNew={() => edit(emptyDraft(localDay(new Date()), afwachten))}
            onEdit={(card) => edit(draftFromCard(card), `kaart-${card.id}`)}
            onCopy={(card) =>
              edit(copyDraft(card, t('consult.opties.importCopy'), localDay(new Date())))
            }
            onResume={(stored) => edit(stored.draft, stored.key)}
            onDropDraft={async (stored) => {
              await opened.keuzekaarten.removeDraft(stored.key).catch(() => undefined);
              await reload(opened).catch(() => undefined);
              setStatus({ text: t('beheer.status.draftDropped') });
            }}
            importer={importer}
            onExportLibrary={exportLibrary}
            onExport={(card) => {
              const file = cardFileName(card);
              downloadJson(card, file);
              setStatus({ text: t('beheer.status.exported', { file }), inPlace: true });
            }}
            onVersions={async (card) =>
              setView({
                kind: 'versions',
                card,
                versions: await opened.keuzekaarten.versions(card.id).catch(() => []),
              })
            }
            onCloseVersions={() => back(null)}
            onDelete={async (card) => {
              try {
                await opened.keuzekaarten.remove(card.id);
              } catch {
                setStatus({ text: t('beheer.status.saveFailed'), failed: true });
                return;
              }
              await reload(opened).catch(() => undefined);
              setStatus({ text: t('beheer.status.deleted', { title: card.title }) });
            }}
          />
        </>
      )}
    </div>
  );
}
