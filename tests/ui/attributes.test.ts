import { describe, expect, it, vi } from 'vitest';
import { flag, IDLE_SECONDS, parseVragenlijstAttributes } from '../../src/ui/attributes';

describe('parseVragenlijstAttributes', () => {
  it('uses the defaults when nothing is set', () => {
    const warn = vi.fn();
    expect(parseVragenlijstAttributes({}, warn)).toEqual({
      locale: 'nl',
      kiosk: false,
      idleSeconds: IDLE_SECONDS.default,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads valid values', () => {
    expect(
      parseVragenlijstAttributes({ locale: 'en', kiosk: '', 'idle-seconds': ' 300 ' }, vi.fn()),
    ).toEqual({ locale: 'en', kiosk: true, idleSeconds: 300 });
  });

  it.each([
    ['locale', 'xx'],
    ['locale', 'EN'],
    ['idle-seconds', '5'],
    ['idle-seconds', '99999'],
    ['idle-seconds', '1e3'],
    ['idle-seconds', 'abc'],
    ['idle-seconds', '-60'],
  ])('falls back on %s="%s" and names the attribute', (name, value) => {
    const warn = vi.fn();
    const parsed = parseVragenlijstAttributes({ [name]: value }, warn);
    expect(parsed).toEqual(parseVragenlijstAttributes({}, vi.fn()));
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain(`"${name}"`);
  });

  it('reads boolean attributes as HTML does', () => {
    expect(flag(null)).toBe(false);
    expect(flag('')).toBe(true);
    expect(flag('kiosk')).toBe(true);
    expect(flag('false')).toBe(false);
  });
});
