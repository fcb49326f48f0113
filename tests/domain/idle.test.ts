import { describe, expect, it } from 'vitest';
import { idlePhase, mayResumeDraft, warningMs } from '../../src/domain/idle';

describe('idlePhase', () => {
  const total = 120_000;
  const warn = warningMs(total);

  it('warns for the last 30 seconds of a two-minute timeout', () => {
    expect(warn).toBe(30_000);
    expect(idlePhase(89_999, total, warn)).toEqual({ phase: 'active' });
    expect(idlePhase(90_000, total, warn)).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(idlePhase(119_001, total, warn)).toEqual({ phase: 'warning', secondsLeft: 1 });
  });

  it('expires at the timeout', () => {
    expect(idlePhase(120_000, total, warn)).toEqual({ phase: 'expired' });
  });

  it('keeps the countdown between 10 and 30 seconds', () => {
    expect(warningMs(30_000)).toBe(10_000);
    expect(warningMs(3_600_000)).toBe(30_000);
  });
});

describe('mayResumeDraft', () => {
  const kiosk = { kiosk: true, idleSeconds: 120 };

  it('resumes a kiosk draft up to the idle timeout, not a moment later', () => {
    expect(mayResumeDraft(1_000, 1_000, kiosk)).toBe(true);
    expect(mayResumeDraft(1_000, 121_000, kiosk)).toBe(true);
    expect(mayResumeDraft(1_000, 121_001, kiosk)).toBe(false);
  });

  it('always resumes on a personal device, however old the draft', () => {
    expect(mayResumeDraft(0, 365 * 24 * 3_600_000, { kiosk: false, idleSeconds: 30 })).toBe(true);
  });

  it('resumes a draft saved after now (the clock was set back)', () => {
    expect(mayResumeDraft(10_000, 5_000, kiosk)).toBe(true);
  });
});
