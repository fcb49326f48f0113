/**
 * Autosave: a change is written at most `delayMs` after it was made, however fast the patient
 * types. Unlike a debounce, a steady stream of keystrokes cannot postpone the write, so a crash
 * loses at most `delayMs` of input. A failed write keeps the value and retries.
 */
export type SaveStatus = 'saved' | 'pending' | 'failed';

export interface Autosaver<T> {
  /** Note a new value; it is written within `delayMs`. */
  schedule(value: T): void;
  /** Write the pending value after any write in progress (before a wipe). */
  flush(): Promise<void>;
  /**
   * Hand the pending value to `save` at once, without waiting for a write in progress: on
   * pagehide there is no later. A queued older value is then skipped, never written after it.
   * With nothing pending, a write still under way is handed over again, urgently.
   */
  flushNow(): Promise<void>;
  /** Drop the pending value, and never retry a write already under way if it fails. */
  cancel(): void;
  readonly status: SaveStatus;
}

export interface AutosaveOptions {
  /** Longest time between a change and its write. docs/architecture.md ("Quality bars") asks for 250 ms; we leave margin. */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  onStatus?: (status: SaveStatus, error?: unknown) => void;
}

/**
 * `save` writes one value. `urgent` is true when the page is going away (see
 * {@link Autosaver.flushNow}): the write must be issued at once, without awaiting a read first.
 */
export function createAutosaver<T>(
  save: (value: T, urgent: boolean) => Promise<void>,
  { delayMs = 150, retryMs = 2000, onStatus }: AutosaveOptions = {},
): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let status: SaveStatus = 'saved';
  let writing: Promise<void> = Promise.resolve();
  let taken = 0; // sequence number of the newest value taken for writing
  let issued = 0; // sequence number of the newest value handed to save
  let cancelled = 0; // values taken up to this number were dropped by cancel()
  // The newest value handed to save whose write has not settled, and the newest urgent one.
  let unsettled: { value: T; id: number } | null = null;
  let urgentId = 0;

  const setStatus = (next: SaveStatus, error?: unknown) => {
    if (next === status && next !== 'failed') return;
    status = next;
    onStatus?.(next, error);
  };

  const arm = (ms: number) => {
    if (timer === null) timer = setTimeout(() => void flush(), ms);
  };

  const take = (): { value: T; id: number } | null => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const job = pending;
    pending = null;
    return job && { value: job.value, id: ++taken };
  };

  const run = async (job: { value: T; id: number }, urgent = false): Promise<void> => {
    if (job.id < issued) return; // a newer value went to storage already
    issued = job.id;
    unsettled = job;
    if (urgent) urgentId = job.id;
    try {
      await save(job.value, urgent);
      if (unsettled === job) unsettled = null;
      if (!pending && job.id === taken) setStatus('saved');
    } catch (error) {
      if (unsettled === job) unsettled = null;
      // A newer value went out, the value was dropped (a wipe, another consult), or it was
      // handed over again urgently (which may abort this write): no retry.
      if (job.id !== issued || job.id <= cancelled || (!urgent && job.id <= urgentId)) return;
      pending ??= { value: job.value };
      setStatus('failed', error);
      arm(retryMs);
    }
  };

  // Writes run one after another, so an older value never lands after a newer one.
  const flush = (): Promise<void> => {
    const job = take();
    if (job) writing = writing.then(() => run(job));
    return writing;
  };

  const flushNow = (): Promise<void> => {
    // A write under way may still need a read before it writes, and a closing page runs no more
    // code: its value goes out again, urgently, unless it already went that way.
    const job = take() ?? (unsettled && unsettled.id > urgentId ? unsettled : null);
    if (job) writing = Promise.all([writing, run(job, true)]).then(() => undefined);
    return writing;
  };

  return {
    schedule(value) {
      pending = { value };
      if (status !== 'failed') setStatus('pending');
      arm(delayMs);
    },
    flush,
    flushNow,
    cancel() {
      pending = null;
      unsettled = null;
      cancelled = taken;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      setStatus('saved');
    },
    get status() {
      return status;
    },
  };
}
