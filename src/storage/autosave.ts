/**
 * Autosave: a change is written at most `delayMs` after it was made, however fast the patient
 * types. Unlike a debounce, a steady stream of keystrokes cannot postpone the write, so a crash
 * loses at most `delayMs` of input. A failed write keeps the value and retries.
 */
export type SaveStatus = 'saved' | 'pending' | 'failed';

export interface Autosaver<T> {
  /** Note a new value; it is written within `delayMs`. */
  schedule(value: T): void;
  /** Write the pending value now (on pagehide, before a wipe). */
  flush(): Promise<void>;
  /** Drop the pending value without writing it. */
  cancel(): void;
  readonly status: SaveStatus;
}

export interface AutosaveOptions {
  /** Longest time between a change and its write. DESIGN §5 asks for 250 ms; we leave margin. */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  onStatus?: (status: SaveStatus, error?: unknown) => void;
}

export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  { delayMs = 150, retryMs = 2000, onStatus }: AutosaveOptions = {},
): Autosaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let status: SaveStatus = 'saved';
  let writing: Promise<void> = Promise.resolve();

  const setStatus = (next: SaveStatus, error?: unknown) => {
    if (next === status && next !== 'failed') return;
    status = next;
    onStatus?.(next, error);
  };

  const arm = (ms: number) => {
    if (timer === null) timer = setTimeout(() => void flush(), ms);
  };

  const flush = (): Promise<void> => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    const job = pending;
    if (!job) return writing;
    pending = null;
    // Writes run one after another, so an older value never lands after a newer one.
    writing = writing.then(async () => {
      try {
        await save(job.value);
        if (!pending) setStatus('saved');
      } catch (error) {
        pending ??= job;
        setStatus('failed', error);
        arm(retryMs);
      }
    });
    return writing;
  };

  return {
    schedule(value) {
      pending = { value };
      if (status !== 'failed') setStatus('pending');
      arm(delayMs);
    },
    flush,
    cancel() {
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    get status() {
      return status;
    },
  };
}
