import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkPractice, PRACTICE_NAME_MAX } from '../../src/domain/practice';
import { type Connection, openConnection } from '../../src/storage/database';
import { settingsStore } from '../../src/storage/settings';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

const LINDE = { name: 'Huisartsenpraktijk De Linde', telephone: '020 123 45 67' };

describe.each(backends)('the practice setting in %s', (_name, connect) => {
  it('is none until set, is kept, and goes again when set to none', async () => {
    const connection = await connect();
    const settings = settingsStore(connection);
    expect(await settings.practice()).toBeNull();
    await settings.setPractice(LINDE);
    // Read back through a new store on the same database, as the next consult does.
    expect(await settingsStore(connection).practice()).toEqual(LINDE);
    expect(await connection.get('settings', 'practice')).toEqual(LINDE);
    await settings.setPractice(null);
    expect(await settings.practice()).toBeNull();
    expect(await connection.keys('settings')).not.toContain('practice');
  });

  it.each([
    ['not an object', 'De Linde'],
    ['a field missing', { name: 'De Linde' }],
    ['a wrong type', { name: 'De Linde', telephone: 201234567 }],
    ['an empty name', { name: '', telephone: '020 123 45 67' }],
    ['a name too long', { name: 'x'.repeat(PRACTICE_NAME_MAX + 1), telephone: '020 123 45 67' }],
    ['a line break in the name', { name: 'De\nLinde', telephone: '020 123 45 67' }],
    ['letters in the number', { name: 'De Linde', telephone: '020 LINDE 12' }],
    ['too few digits', { name: 'De Linde', telephone: '113' }],
  ])('reads a damaged record (%s) as none', async (_what, stored) => {
    const connection = await connect();
    await connection.put('settings', 'practice', stored);
    expect(await settingsStore(connection).practice()).toBeNull();
  });

  it('keeps only the name and the number of a record, nothing else it holds', async () => {
    const connection = await connect();
    await connection.put('settings', 'practice', { ...LINDE, patient: 'Jansen' });
    expect(await settingsStore(connection).practice()).toEqual(LINDE);
  });

  it('refuses to store what it could not read back, and keeps what was there', async () => {
    const settings = settingsStore(await connect());
    await settings.setPractice(LINDE);
    await expect(
      settings.setPractice({ name: 'De Linde', telephone: 'bel ons' }),
    ).rejects.toThrow();
    expect(await settings.practice()).toEqual(LINDE);
  });

  it('leaves the summary and retention settings beside it as they were', async () => {
    const settings = settingsStore(await connect());
    const summary = await settings.summary();
    const retention = await settings.retention();
    await settings.setPractice(LINDE);
    expect(await settings.summary()).toEqual(summary);
    expect(await settings.retention()).toEqual(retention);
  });
});

describe('checkPractice', () => {
  it('takes both fields, tidied, or neither', () => {
    expect(checkPractice({ name: '  De   Linde ', telephone: ' 020-123 45 67 ' })).toEqual({
      ok: true,
      practice: { name: 'De Linde', telephone: '020-123 45 67' },
    });
    expect(checkPractice({ name: ' ', telephone: '' })).toEqual({ ok: true, practice: null });
    expect(checkPractice({ name: 'De Linde', telephone: '' })).toEqual({
      ok: false,
      name: null,
      telephone: 'missing',
    });
    expect(checkPractice({ name: '', telephone: '020 123 45 67' })).toEqual({
      ok: false,
      name: 'missing',
      telephone: null,
    });
  });

  it('takes a Dutch number as practices write it, and refuses what is no number', () => {
    for (const telephone of ['0201234567', '020-1234567', '+31 (0)20 123 45 67', '088 123 45 67']) {
      expect(checkPractice({ name: 'De Linde', telephone }).ok, telephone).toBe(true);
    }
    for (const telephone of ['113', '020 LINDE', '020+1234567', '020.123.45.67', '1'.repeat(16)]) {
      expect(checkPractice({ name: 'De Linde', telephone }), telephone).toEqual({
        ok: false,
        name: null,
        telephone: 'invalid',
      });
    }
  });
});
