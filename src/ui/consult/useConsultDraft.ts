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
  /** This consult went into the history from this tab: it is never written as a draft again. */
  finished: boolean;
}

const NO_CONSULT: Meta = { id: null, revision: 0, createdAt: 0, finished: false };

/** A stored draft as the consult this tab has open. */
const metaOf = (record: ConsultRecord): Meta => ({
  id: record.id,
  revision: record.revision,
  createdAt: record.createdAt,
  finished: false,
});

/** Why the open consult cannot be saved where it is. */
export type DraftConflict =
  /** Another tab saved a newer version; nothing of ours was written over it. */
  | { kind: 'changed'; theirs: ConsultRecord }
  /** Another tab finished or deleted it: it does not come back as a draft. */
  | { kind: 'gone' };

/** A message between tabs about one consult. */
interface TabMessage {
  type: 'hello' | 'here' | 'saved' | 'gone';
  id: string;
  tab: string;
}

export interface ConsultDraft {
  state: ConsultState;
  dispatch: (action: ConsultAction) => void;
  id: string | null;
  status: SaveStatus;
  /** The open consult cannot be saved as it is: another tab changed, finished or deleted it. */
  conflict: DraftConflict | null;
  /**
   * The open consult was finished in this tab: 'edited' once it changed since, which only
   * finishing it again keeps (it is never a draft again).
   */
  finishedHere: false | 'finished' | 'edited';
  /** Another tab has this consult open right now. */
  otherTab: boolean;
  drafts: ConsultRecord[];
  open: (record: ConsultRecord) => void;
  startNew: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  /**
   * Write the consult now, creating its record if it has none; resolves to its id and start, or
   * null when it cannot be saved (a conflict). A consult finished in this tab is not written again
   * as a draft: it resolves at once, so finishing it again replaces its history entry.
   */
  ensureSaved: () => Promise<{ id: string; startedAt: number } | null>;
  /**
   * The consult went into the history: it is no longer in progress, so its draft goes, and other
   * tabs are told. It stays on screen (to copy or print); an edit after this is kept by finishing
   * it again, never as a draft.
   */
  finished: () => Promise<void>;
  /** When the open consult began, or null before its first save. */
  startedAt: number | null;
  /** Read the list again after a purge; an untouched open consult that went is closed. */
  reload: () => Promise<void>;
  /**
   * After a conflict: take the other tab's version ('theirs'; for a gone consult, close it), or
   * keep what is on screen as a new consult ('mine').
   */
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
  const meta = useRef<Meta>(NO_CONSULT);
  const otherTabOpen = useRef(false);
  const [id, setId] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  // The conflict as a ref too: a save that meets one must stop a finish awaiting that save.
  const blocked = useRef(false);
  const block = useCallback((next: DraftConflict | null) => {
    blocked.current = next !== null;
    setConflict(next);
  }, []);
  const [finishedHere, setFinishedHere] = useState<ConsultDraft['finishedHere']>(false);
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
    (type: TabMessage['type'], about = meta.current.id) => {
      if (!about) return;
      try {
        channel?.postMessage({ type, id: about, tab } satisfies TabMessage);
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
        const { id: current, revision, createdAt, finished } = meta.current;
        if (finished) return;
        if (urgent && current && !otherTabOpen.current) {
          // The tab is closing and no other tab has this consult: nothing to guard against.
          const record = { id: current, createdAt, updatedAt: Date.now(), revision: revision + 1 };
          meta.current = { ...meta.current, revision: record.revision };
          return store.overwrite({ ...record, state: next });
        }
        try {
          const record = current
            ? await store.save(current, next, revision)
            : await store.create(next);
          meta.current = metaOf(record);
          if (!current) {
            setId(record.id);
            announce('hello');
          } else announce('saved');
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          block(error.current ? { kind: 'changed', theirs: error.current } : { kind: 'gone' });
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
        meta.current = metaOf(newest);
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
    channel.onmessage = (event: MessageEvent<TabMessage>) => {
      const message = event.data;
      if (message.tab === tab || message.id !== meta.current.id || meta.current.finished) return;
      otherTabOpen.current = true;
      setOtherTab(true);
      if (message.type === 'hello') announce('here');
      // Finished or deleted there: stop saving here at once, and say so.
      if (message.type === 'gone') block({ kind: 'gone' });
    };
    return () => channel.close();
  }, [channel, tab, announce]);

  useEffect(() => {
    if (status === 'saved') void refresh();
  }, [status, id, refresh]);

  useAutosave(autosaver, state, () => touched.current && !conflict, conflict);

  // Moving between steps is no edit: a finished consult stays finished when the GP looks back.
  const dispatch = useCallback((action: ConsultAction) => {
    if (action.type !== 'step') {
      touched.current = true;
      if (meta.current.finished) setFinishedHere('edited');
    }
    dispatchRaw(action);
  }, []);

  const switchTo = (record: ConsultRecord | null) => {
    autosaver?.cancel();
    meta.current = record ? metaOf(record) : NO_CONSULT;
    touched.current = false;
    setId(record?.id ?? null);
    block(null);
    setFinishedHere(false);
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
    finishedHere,
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
      meta.current = { ...meta.current, finished: true };
      setFinishedHere('finished');
      if (current) {
        await store?.remove(current);
        announce('gone', current);
      }
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
      if (blocked.current) return null;
      const { id: open, createdAt: began, finished } = meta.current;
      if (finished && open) return { id: open, startedAt: began };
      touched.current = true;
      autosaver?.schedule(state);
      await autosaver?.flush();
      // This very write may have met the conflict: then nothing was saved.
      if (autosaver?.status === 'failed' || blocked.current) return null;
      const { id: saved, createdAt } = meta.current;
      return saved ? { id: saved, startedAt: createdAt } : null;
    },
    async remove(removeId) {
      await store?.remove(removeId);
      announce('gone', removeId);
      if (removeId === meta.current.id) switchTo(null);
      await refresh();
    },
    async resolveConflict(choice) {
      if (!store || !conflict) return;
      if (choice === 'theirs') {
        switchTo(conflict.kind === 'changed' ? conflict.theirs : null);
        return;
      }
      // Keep both: ours becomes a new consult, theirs stays as it is (or stays finished).
      autosaver?.cancel();
      const record = await store.create(state);
      meta.current = metaOf(record);
      setId(record.id);
      block(null);
      setFinishedHere(false);
      announce('hello');
      await refresh();
    },
  };
}
