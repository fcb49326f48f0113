import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../src/storage/autosave';

describe('createAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest value within the delay, however fast changes come', async () => {
    const saved: number[] = [];
    const saver = createAutosaver(async (v: number) => void saved.push(v), { delayMs: 150 });
    // A change every 50 ms for a second: a debounce would never write; this writes every 150 ms.
    for (let i = 1; i <= 20; i++) {
      saver.schedule(i);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(saved.length).toBeGreaterThanOrEqual(6);
    await vi.advanceTimersByTimeAsync(150);
    expect(saved.at(-1)).toBe(20);
    expect(saver.status).toBe('saved');
  });

  it('flushes at once, and cancel drops the pending value', async () => {
    const saved: string[] = [];
    const saver = createAutosaver(async (v: string) => void saved.push(v));
    saver.schedule('a');
    await saver.flush();
    expect(saved).toEqual(['a']);
    saver.schedule('b');
    saver.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['a']);
  });

  it('keeps a failed value, reports it, and retries', async () => {
    let fail = true;
    const saved: string[] = [];
    const statuses: string[] = [];
    const saver = createAutosaver(
      async (v: string) => {
        if (fail) throw new Error('QuotaExceededError');
        saved.push(v);
      },
      { delayMs: 100, retryMs: 1000, onStatus: (s) => statuses.push(s) },
    );
    saver.schedule('x');
    await vi.advanceTimersByTimeAsync(100);
    expect(saver.status).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['x']);
    expect(statuses).toEqual(['pending', 'failed', 'saved']);
  });

  it('never lets an older write land after a newer one', async () => {
    const saved: number[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver(async (v: number) => {
      if (v === 1) await new Promise<void>((r) => (release = r));
      saved.push(v);
    });
    saver.schedule(1);
    const first = saver.flush();
    saver.schedule(2);
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0); // let the first write start
    release();
    await Promise.all([first, second]);
    expect(saved).toEqual([1, 2]);
  });

  it('flushNow writes at once on pagehide, and a queued older value is skipped', async () => {
    const started: number[] = [];
    const urgent: boolean[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver(async (v: number, now: boolean) => {
      started.push(v);
      urgent.push(now);
      if (v === 1) await new Promise<void>((r) => (release = r));
    });
    saver.schedule(1);
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0); // 1 is being written
    saver.schedule(2);
    const queued = saver.flush(); // 2 waits for 1
    saver.schedule(3);
    const now = saver.flushNow(); // 3 may not wait: the page is going away
    expect(started).toEqual([1, 3]);
    release();
    await Promise.all([first, queued, now]);
    expect(started).toEqual([1, 3]);
    // Only the write of a closing page is urgent: it may not wait for a read.
    expect(urgent).toEqual([false, true]);
    expect(saver.status).toBe('saved');
  });
});

describe('flushNow with a write under way', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // A normal write reads before it writes; a closing page never gets to the write.
  it('hands the value of an unsettled write over again, urgently, once', async () => {
    const calls: [string, boolean][] = [];
    const saver = createAutosaver(async (v: string, now: boolean) => {
      calls.push([v, now]);
      if (!now) await new Promise<void>(() => undefined); // the read never comes back
    });
    saver.schedule('typed');
    void saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    void saver.flushNow(); // pagehide
    void saver.flushNow(); // visibilitychange right after: no third write
    expect(calls).toEqual([
      ['typed', false],
      ['typed', true],
    ]);
  });

  it('writes nothing again after a settled write, or after cancel', async () => {
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const saver = createAutosaver(async (v: string) => {
      calls.push(v);
      if (v === 'wiped') await new Promise<void>((r) => (release = r));
    });
    saver.schedule('kept');
    await saver.flush();
    await saver.flushNow();
    expect(calls).toEqual(['kept']);
    saver.schedule('wiped');
    void saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.cancel(); // a wipe: what was under way may not come back on pagehide
    const closing = saver.flushNow();
    release();
    await closing;
    expect(calls).toEqual(['kept', 'wiped']);
  });
});

describe('cancel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never retries a write that was under way when it was cancelled', async () => {
    const saved: string[] = [];
    let fail = true;
    let release: () => void = () => undefined;
    const saver = createAutosaver(
      async (v: string) => {
        await new Promise<void>((r) => (release = r));
        if (fail) throw new Error('aborted');
        saved.push(v);
      },
      { delayMs: 10, retryMs: 100 },
    );
    saver.schedule('vorige patiënt');
    await vi.advanceTimersByTimeAsync(10); // the write is under way
    saver.cancel();
    release(); // ...and it fails
    await vi.advanceTimersByTimeAsync(0);
    fail = false; // storage works again: a retry would now write the dropped value
    await vi.advanceTimersByTimeAsync(1000);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([]);
    expect(saver.status).toBe('saved');
  });
});
