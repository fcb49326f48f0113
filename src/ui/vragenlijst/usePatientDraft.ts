import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { mayResumeDraft } from '../../domain/idle';
import { DEFAULT_PACK } from '../../domain/packregistry';
import {
  initialVragenlijst,
  type VragenlijstAction,
  type VragenlijstState,
  vragenlijstReducer,
} from '../../domain/vragenlijst';
import { DEFAULT_LOCALE } from '../../i18n';
import { createAutosaver, type SaveStatus } from '../../storage/autosave';
import type { Connection } from '../../storage/database';
import type { PatientStorage } from '../../storage/patientdraft';
import { useAutosave } from '../useAutosave';

type Action =
  | VragenlijstAction
  | { type: 'restore'; state: VragenlijstState }
  | { type: 'reset'; locale: string };

function reducer(state: VragenlijstState, action: Action): VragenlijstState {
  if (action.type === 'restore') return action.state;
  if (action.type === 'reset') return initialVragenlijst(DEFAULT_PACK, action.locale);
  return vragenlijstReducer(state, action);
}

/** What the draft needs to know of the host's settings before it reads storage. */
export interface DraftSettings {
  locale: string;
  kiosk: boolean;
  idleSeconds: number;
}

export interface PatientDraft {
  state: VragenlijstState;
  /** Apply a patient's action; from now on the preparation is worth saving. */
  dispatch: (action: VragenlijstAction) => void;
  /** Storage once it is open: IndexedDB or memory. */
  connection: Connection | null;
  status: SaveStatus;
  /** Another tab opened a newer version of the database: nothing more is saved here. */
  outdated: boolean;
  /** The preparation on screen was resumed from storage. */
  resumed: boolean;
  /**
   * A shared tablet found a recent draft and holds it back until someone chooses: a reload must
   * never show the next patient the last one's answers. Nothing of it is in `state` meanwhile.
   */
  pending: boolean;
  /** Bring the held-back draft on screen. */
  resume: () => void;
  /** The patient entered something (or a draft was resumed) since the last wipe. */
  touched: boolean;
  /** Remove every trace of the preparation and start again, in the host's language. */
  wipe: () => Promise<void>;
}

/**
 * The patient's preparation as a draft on the tablet: resumed when storage opens (unless a shared
 * tablet's draft has gone stale), autosaved after each change, and wiped for the next patient.
 * Storage is read only once `settings` are known, and only once: later attribute changes never
 * reload a draft. A pristine welcome screen leaves no record.
 */
export function usePatientDraft(
  storage: Promise<PatientStorage>,
  settings: DraftSettings | null,
): PatientDraft {
  const startLocale = settings?.locale ?? DEFAULT_LOCALE;
  const [state, dispatchRaw] = useReducer(reducer, undefined, () =>
    initialVragenlijst(DEFAULT_PACK, startLocale),
  );
  const [connection, setConnection] = useState<Connection | null>(null);
  const [drafts, setDrafts] = useState<PatientStorage['drafts'] | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [outdated, setOutdated] = useState(false);
  const [resumed, setResumed] = useState(false);
  const [held, setHeld] = useState<VragenlijstState | null>(null);
  const touched = useRef(false);

  const autosaver = useMemo(
    () =>
      drafts &&
      createAutosaver((s: VragenlijstState) => drafts.save(s), {
        onStatus: (next) => setStatus(next),
      }),
    [drafts],
  );

  const ready = settings !== null;
  const startSettings = useRef(settings);
  startSettings.current ??= settings;
  useEffect(() => {
    const start = startSettings.current;
    if (!ready || !start) return;
    let live = true;
    void storage.then(async ({ connection: conn, drafts: store }) => {
      const draft = await store.load().catch(() => null);
      if (!live) return;
      const resume = draft !== null && mayResumeDraft(draft.savedAt, Date.now(), start);
      if (draft && !resume) await store.wipe().catch(() => undefined);
      if (draft && resume && start.kiosk) {
        // Only its language shows: the same patient can read the choice, nobody sees an answer.
        // Whatever was tapped before storage opened is dropped with the choice, never saved over it.
        touched.current = false;
        dispatchRaw({ type: 'reset', locale: draft.state.preparation.locale });
        setHeld(draft.state);
      } else if (draft && resume) {
        touched.current = true;
        dispatchRaw({ type: 'restore', state: draft.state });
        setResumed(true);
      } else if (!touched.current) {
        // The host's language, unless the patient already chose one.
        dispatchRaw({ type: 'reset', locale: start.locale });
      }
      setConnection(conn);
      setDrafts(store);
    });
    return () => {
      live = false;
    };
  }, [storage, ready]);

  useEffect(() => {
    if (!connection) return;
    return connection.subscribe((event) => event === 'outdated' && setOutdated(true));
  }, [connection]);

  useAutosave(autosaver, state, () => touched.current && !outdated, outdated);

  const dispatch = useCallback((action: VragenlijstAction) => {
    touched.current = true;
    dispatchRaw(action);
  }, []);

  const resumeHeld = useCallback(() => {
    if (!held) return;
    touched.current = true;
    dispatchRaw({ type: 'restore', state: held });
    setHeld(null);
    setResumed(true);
  }, [held]);

  const wipe = useCallback(async () => {
    autosaver?.cancel();
    touched.current = false;
    setHeld(null);
    await drafts?.wipe().catch(() => undefined);
    dispatchRaw({ type: 'reset', locale: startLocale });
    setResumed(false);
  }, [autosaver, drafts, startLocale]);

  return {
    state,
    dispatch,
    connection,
    status,
    outdated,
    resumed,
    pending: held !== null,
    resume: resumeHeld,
    // A held draft is guarded too: left alone, the idle wipe removes it.
    touched: touched.current || held !== null,
    wipe,
  };
}
