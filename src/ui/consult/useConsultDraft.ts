import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import {
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  initialConsult,
} from '../../domain/consult';
import { createAutosaver, type SaveStatus } from '../../storage/autosave';
import type { ConsultDraftStore } from '../../storage/consultdrafts';
import { ConflictError, type ConsultRecord } from '../../storage/consultrecord';
import { useAutosave } from '../useAutosave';

type Action = ConsultAction | { type: 'replace'; state: ConsultState };

function reducer(state: ConsultState, action: Action): ConsultState {
  return action.type === 'replace' ? action.state : consultReducer(state, action);
}

interface Meta {
  id: string | null;
  revision: number;
  createdAt: number;
}

export interface ConsultDraft {
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
  id: string | null;
  status: SaveStatus;
  /** Another tab saved this consult since we loaded it; nothing of ours was written over it. */
  conflict: ConsultRecord | null;
  /** Another tab has this consult open right now. */
  otherTab: boolean;
  drafts: ConsultRecord[];
  open: (record: ConsultRecord) => void;
  startNew: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Write the consult now, creating its record if it has none; resolves to its id and start. */
  ensureSaved: () => Promise<{ id: string; startedAt: number } | null>;
  /**
   * The consult went into the history: it is no longer in progress, so its draft goes. It stays
   * on screen (to copy or print); an edit after this makes it a draft again.
   */
  finished: () => Promise<void>;
  /** When the open consult began, or null before its first save. */
  startedAt: number | null;
  /** Read the list again after a purge; an untouched open consult that went is closed. */
  reload: () => Promise<void>;
  resolveConflict: (choice: 'theirs' | 'mine') => Promise<void>;
}

const CHANNEL = 'samenspraak-consults';

/**
 * The open consult as a draft in IndexedDB: autosaved within 250 ms, flushed on pagehide, and
 * guarded against a second tab: saves carry a revision, and a save over someone else's newer
 * revision is refused instead of silently overwriting it.
 */
export function useConsultDraft(
  store: ConsultDraftStore | null,
  afwachten: ConsultOption,
): ConsultDraft {
  const [state, dispatchRaw] = useReducer(reducer, undefined, () => initialConsult(afwachten));
  const meta = useRef<Meta>({ id: null, revision: 0, createdAt: 0 });
  const otherTabOpen = useRef(false);
  const [id, setId] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<ConsultRecord | null>(null);
  const [otherTab, setOtherTab] = useState(false);
  const [drafts, setDrafts] = useState<ConsultRecord[]>([]);
  const touched = useRef(false);
  const tab = useMemo(() => crypto.randomUUID(), []);
  const channel = useMemo(
    () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)),
    [],
  );

  const refresh = useCallback(async () => {
    if (store) setDrafts(await store.list().catch(() => []));
  }, [store]);

  const announce = useCallback(
    (type: 'hello' | 'here' | 'saved') => {
      if (!meta.current.id) return;
      try {
        channel?.postMessage({ type, id: meta.current.id, tab });
      } catch {
        // The channel closes as the element leaves the page; telling other tabs is best effort.
      }
    },
    [channel, tab],
  );

  const autosaver = useMemo(() => {
    if (!store) return null;
    return createAutosaver(
      async (next: ConsultState, urgent: boolean) => {
        const { id: current, revision, createdAt } = meta.current;
        if (urgent && current && !otherTabOpen.current) {
          // The tab is closing and no other tab has this consult: nothing to guard against.
          const record = { id: current, createdAt, updatedAt: Date.now(), revision: revision + 1 };
          meta.current = { id: current, revision: record.revision, createdAt };
          return store.overwrite({ ...record, state: next });
        }
        try {
          const record = current
            ? await store.save(current, next, revision)
            : await store.create(next);
          meta.current = { id: record.id, revision: record.revision, createdAt: record.createdAt };
          if (!current) {
            setId(record.id);
            announce('hello');
          } else announce('saved');
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          setConflict(error.current);
        }
      },
      { onStatus: (s) => setStatus(s) },
    );
  }, [store, announce]);

  // Restore: the newest consult in progress is the one this tab had open.
  useEffect(() => {
    if (!store) return;
    let live = true;
    void store.list().then((list) => {
      if (!live) return;
      setDrafts(list);
      const newest = list[0];
      if (newest && !touched.current) {
        meta.current = { id: newest.id, revision: newest.revision, createdAt: newest.createdAt };
        setId(newest.id);
        dispatchRaw({ type: 'replace', state: newest.state });
        announce('hello');
      }
    });
    return () => {
      live = false;
    };
  }, [store, announce]);

  useEffect(() => {
    if (!channel) return;
    channel.onmessage = (event: MessageEvent<{ type: string; id: string; tab: string }>) => {
      const message = event.data;
      if (message.tab === tab || message.id !== meta.current.id) return;
      otherTabOpen.current = true;
      setOtherTab(true);
      if (message.type === 'hello') announce('here');
    };
    return () => channel.close();
  }, [channel, tab, announce]);

  useEffect(() => {
    if (status === 'saved') void refresh();
  }, [status, id, refresh]);

  useAutosave(autosaver, state, () => touched.current && !conflict, conflict);

  // Moving between steps is no edit: a finished consult stays finished when the GP looks back.
  const dispatch = useCallback((action: ConsultAction) => {
    if (action.type !== 'step') touched.current = true;
    dispatchRaw(action);
  }, []);

  const switchTo = (record: ConsultRecord | null) => {
    autosaver?.cancel();
    meta.current = record
      ? { id: record.id, revision: record.revision, createdAt: record.createdAt }
      : { id: null, revision: 0, createdAt: 0 };
    touched.current = false;
    setId(record?.id ?? null);
    setConflict(null);
    otherTabOpen.current = false;
    setOtherTab(false);
    dispatchRaw({ type: 'replace', state: record?.state ?? initialConsult(afwachten) });
    announce('hello');
  };

  // Opened from the list, a consult left on the start screen continues at its first step.
  const open = (record: ConsultRecord) => {
    const step = record.state.step === 'start' ? 'verwachtingen' : record.state.step;
    void autosaver?.flush().then(() => switchTo({ ...record, state: { ...record.state, step } }));
  };

  return {
    state,
    dispatch,
    id,
    status,
    conflict,
    otherTab,
    drafts,
    open,
    startNew: async () => {
      await autosaver?.flush();
      switchTo(null);
    },
    async finished() {
      const current = meta.current.id;
      autosaver?.cancel();
      touched.current = false;
      meta.current = { ...meta.current, revision: 0 };
      if (current) await store?.remove(current);
      await refresh();
    },
    startedAt: meta.current.createdAt || null,
    async reload() {
      if (!store) return;
      const list = await store.list().catch(() => []);
      setDrafts(list);
      const open = meta.current.id;
      if (open && !touched.current && !list.some((d) => d.id === open)) switchTo(null);
    },
    async ensureSaved() {
      touched.current = true;
      autosaver?.schedule(state);
      await autosaver?.flush();
      const { id: saved, createdAt } = meta.current;
      return saved ? { id: saved, startedAt: createdAt } : null;
    },
    async remove(removeId) {
      await store?.remove(removeId);
      if (removeId === meta.current.id) switchTo(null);
      await refresh();
    },
    async resolveConflict(choice) {
      if (!store || !conflict) return;
      if (choice === 'theirs') {
        switchTo(conflict);
        return;
      }
      // Keep both: ours becomes a new consult, theirs stays as it is.
      const record = await store.create(state);
      meta.current = { id: record.id, revision: record.revision, createdAt: record.createdAt };
      setId(record.id);
      setConflict(null);
      await refresh();
    },
  };
}
