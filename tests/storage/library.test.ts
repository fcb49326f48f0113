import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIBRARY_SETTINGS } from '../../src/domain/librarysettings';
import { type Connection, openConnection } from '../../src/storage/database';
import { settingsStore } from '../../src/storage/settings';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const backends: [string, () => Promise<Connection>][] = [
  ['IndexedDB', () => openConnection()],
  ['memory', () => openConnection({ memory: true })],
];

const SET = { url: '/praktijk/keuzekaarten.json', lastRead: 1_700_000_000_000, withdrawn: ['oud'] };

describe.each(backends)('the library setting in %s', (_name, connect) => {
  it('is none until set, and is kept', async () => {
    const connection = await connect();
    const settings = settingsStore(connection);
    expect(await settings.library()).toEqual(DEFAULT_LIBRARY_SETTINGS);
    await settings.setLibrary(SET);
    expect(await settingsStore(connection).library()).toEqual(SET);
    expect(await connection.get('settings', 'library')).toEqual(SET);
  });

  it('reads a damaged record as none, and refuses to store one', async () => {
    const connection = await connect();
    const settings = settingsStore(connection);
    await connection.put('settings', 'library', { ...SET, withdrawn: ['Geen Id'] });
    expect(await settings.library()).toEqual(DEFAULT_LIBRARY_SETTINGS);
    await connection.put('settings', 'library', { ...SET, url: '' });
    expect(await settings.library()).toEqual(DEFAULT_LIBRARY_SETTINGS);
    await expect(settings.setLibrary({ ...SET, lastRead: Number.NaN })).rejects.toThrow();
    // The defaults are a fresh object each time: a caller's change does not leak into them.
    (await settings.library()).withdrawn.push('x');
    expect(DEFAULT_LIBRARY_SETTINGS.withdrawn).toEqual([]);
  });
});
