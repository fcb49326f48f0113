import { describe, expect, it, vi } from 'vitest';
import {
  flag,
  IDLE_SECONDS,
  KLAAR_SECONDS,
  parseConsultAttributes,
  parseVragenlijstAttributes,
} from '../../src/ui/attributes';

describe('parseVragenlijstAttributes', () => {
  it('uses the defaults when nothing is set', () => {
    const warn = vi.fn();
    expect(parseVragenlijstAttributes({}, warn)).toEqual({
      locale: 'nl',
      kiosk: false,
      idleSeconds: IDLE_SECONDS.default,
      klaarSeconds: KLAAR_SECONDS.default,
      pack: null,
      emitData: false,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads valid values', () => {
    expect(
      parseVragenlijstAttributes(
        { locale: 'en', kiosk: '', 'idle-seconds': ' 300 ', 'klaar-seconds': '15' },
        vi.fn(),
      ),
    ).toEqual({
      locale: 'en',
      kiosk: true,
      idleSeconds: 300,
      klaarSeconds: 15,
      pack: null,
      emitData: false,
    });
    expect(parseVragenlijstAttributes({ 'emit-data': '' }, vi.fn()).emitData).toBe(true);
    expect(parseVragenlijstAttributes({ pack: '/packs/praktijk.{lang}.json' }, vi.fn()).pack).toBe(
      '/packs/praktijk.{lang}.json',
    );
  });

  it.each([
    ['locale', 'xx'],
    ['locale', 'EN'],
    ['idle-seconds', '5'],
    ['idle-seconds', '99999'],
    ['idle-seconds', '1e3'],
    ['idle-seconds', 'abc'],
    ['idle-seconds', '-60'],
    ['klaar-seconds', '9'],
    ['klaar-seconds', '3601'],
    ['klaar-seconds', 'soon'],
    ['pack', 'https://elders.example/pack.json'],
    ['pack', '//elders.example/pack.json'],
    ['pack', ''],
    ['pack', 'http://[bad'],
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

describe('parseConsultAttributes', () => {
  it('keeps finished consults 30 days unless told 1 to 90', () => {
    const warn = vi.fn();
    expect(parseConsultAttributes({}, warn)).toEqual({
      mode: 'consult',
      retentionDays: 30,
      emitData: false,
      keuzekaarten: null,
    });
    expect(parseConsultAttributes({ 'retention-days': '7' }, warn).retentionDays).toBe(7);
    expect(parseConsultAttributes({ 'retention-days': '90' }, warn).retentionDays).toBe(90);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['0', '91', 'abc', '', '-3', '2.5'])('falls back on retention-days="%s"', (value) => {
    const warn = vi.fn();
    expect(parseConsultAttributes({ 'retention-days': value }, warn)).toEqual({
      mode: 'consult',
      retentionDays: 30,
      emitData: false,
      keuzekaarten: null,
    });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('"retention-days"');
  });

  it("reads a keuzekaarten library on the page's own origin", () => {
    const warn = vi.fn();
    for (const url of ['/samenspraak/praktijk/keuzekaarten.json', 'praktijk/index.json']) {
      expect(parseConsultAttributes({ keuzekaarten: url }, warn).keuzekaarten).toBe(url);
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(['https://elders.example/keuzekaarten.json', '//elders.example/k.json', '', 'http://[x'])(
    'refuses keuzekaarten="%s" and names the attribute',
    (value) => {
      const warn = vi.fn();
      expect(parseConsultAttributes({ keuzekaarten: value }, warn).keuzekaarten).toBeNull();
      expect(warn).toHaveBeenCalledOnce();
      expect(warn.mock.calls[0]?.[0]).toContain('"keuzekaarten"');
    },
  );

  it('shows the editor for mode="beheer", intervisie for mode="intervisie", and the consult for an unknown mode, with a warning', () => {
    const warn = vi.fn();
    expect(parseConsultAttributes({ mode: 'beheer' }, warn).mode).toBe('beheer');
    expect(parseConsultAttributes({ mode: 'intervisie' }, warn).mode).toBe('intervisie');
    expect(warn).not.toHaveBeenCalled();
    expect(parseConsultAttributes({ mode: 'statistiek' }, warn).mode).toBe('consult');
    expect(warn.mock.calls[0]?.[0]).toContain('"mode"');
  });
});
