import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ConsultAction } from '../../src/domain/consult';
import { type ConsultDraftStore, consultDraftStore } from '../../src/storage/consultdrafts';
import { openConnection } from '../../src/storage/database';
import { type ConsultDraft, useConsultDraft } from '../../src/ui/consult/useConsultDraft';
import { AFWACHTEN } from '../fixtures/consult';
import { freshDatabase } from './i18n';

/** One tab: a hook of its own on a connection of its own, as two browser tabs would have. */
function Tab({
  store,
  into,
}: {
  store: ConsultDraftStore;
  into: { current: ConsultDraft | null };
}) {
  into.current = useConsultDraft(store, AFWACHTEN);
  return null;
}

async function openTab(name: string) {
  const store = consultDraftStore(await openConnection({ name }));
  const tab: { current: ConsultDraft | null } = { current: null };
  render(<Tab store={store} into={tab} />);
  await waitFor(() => expect(tab.current).not.toBeNull());
  const draft = () => tab.current as ConsultDraft;
  return { store, draft };
}

const hulpvraag = (value: string): ConsultAction => ({ type: 'text', field: 'hulpvraag', value });

/** Two tabs on one consult, both with it open and both aware of the other. */
async function twoTabs() {
  const name = freshDatabase();
  const a = await openTab(name);
  a.draft().dispatch({ type: 'open', origin: 'blanco', handover: null });
  await waitFor(() => expect(a.draft().id).not.toBeNull());
  const id = a.draft().id as string;
  // Tab B opens later and resumes the newest consult: the same one.
  const b = await openTab(name);
  await waitFor(() => expect(b.draft().id).toBe(id));
  await waitFor(() => expect(a.draft().otherTab && b.draft().otherTab).toBe(true));
  return { a, b, id };
}

describe('useConsultDraft with two tabs', () => {
  it('refuses to save over what the other tab saved, and offers both versions', async () => {
    const { a, b, id } = await twoTabs();
    a.draft().dispatch(hulpvraag('Uit tab A'));
    await waitFor(async () => expect((await a.store.load(id))?.state.hulpvraag).toBe('Uit tab A'));
    b.draft().dispatch(hulpvraag('Uit tab B'));
    await waitFor(() => expect(b.draft().conflict?.kind).toBe('changed'));
    expect((await a.store.load(id))?.state.hulpvraag).toBe('Uit tab A');
    // Keep mine: tab B's text becomes a consult of its own; tab A's stays as it was.
    await b.draft().resolveConflict('mine');
    await waitFor(() => expect(b.draft().id).not.toBe(id));
    const texts = (await a.store.list()).map((r) => r.state.hulpvraag).sort();
    expect(texts).toEqual(['Uit tab A', 'Uit tab B']);
  });

  it('tells the other tab when a consult is finished, and never writes it back as a draft', async () => {
    const { a, b, id } = await twoTabs();
    a.draft().dispatch(hulpvraag('Afgerond in A'));
    await waitFor(async () => expect((await a.store.load(id))?.revision).toBe(2));
    await a.draft().ensureSaved();
    await a.draft().finished();
    expect(await a.store.load(id)).toBeNull();
    // Tab B is told at once, before it types.
    await waitFor(() => expect(b.draft().conflict).toEqual({ kind: 'gone' }));
    b.draft().dispatch(hulpvraag('Nog getypt in B'));
    expect(await b.draft().ensureSaved()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await b.store.load(id)).toBeNull();
    expect(await b.store.list()).toEqual([]);
    // B may keep its text, but only as a new consult.
    await b.draft().resolveConflict('mine');
    const list = await b.store.list();
    expect(list.map((r) => r.state.hulpvraag)).toEqual(['Nog getypt in B']);
    expect(list[0]?.id).not.toBe(id);
  });

  it('finds out on its own save that the consult went, where no message reached it', async () => {
    const name = freshDatabase();
    const a = await openTab(name);
    a.draft().dispatch({ type: 'open', origin: 'blanco', handover: null });
    await waitFor(() => expect(a.draft().id).not.toBeNull());
    const id = a.draft().id as string;
    // Deleted behind its back, as another browser profile or a purge would.
    await a.store.remove(id);
    a.draft().dispatch(hulpvraag('Na het verwijderen'));
    await waitFor(() => expect(a.draft().conflict).toEqual({ kind: 'gone' }));
    expect(await a.store.list()).toEqual([]);
  });
});

describe('finishing a consult deleted behind its back', () => {
  it('gives no id to finish with, so no history entry is written for it', async () => {
    const name = freshDatabase();
    const a = await openTab(name);
    a.draft().dispatch({ type: 'open', origin: 'blanco', handover: null });
    await waitFor(() => expect(a.draft().id).not.toBeNull());
    await a.store.remove(a.draft().id as string);
    // No message came and no save ran yet: the finish's own save is the first to meet it.
    a.draft().dispatch(hulpvraag('Nog snel getypt'));
    expect(await a.draft().ensureSaved()).toBeNull();
    await waitFor(() => expect(a.draft().conflict).toEqual({ kind: 'gone' }));
  });
});

describe('useConsultDraft in one tab', () => {
  it('keeps a finished consult out of the drafts, even after an edit', async () => {
    const a = await openTab(freshDatabase());
    a.draft().dispatch({ type: 'open', origin: 'blanco', handover: null });
    await waitFor(() => expect(a.draft().id).not.toBeNull());
    const saved = await a.draft().ensureSaved();
    await a.draft().finished();
    expect(a.draft().finishedHere).toBe('finished');
    a.draft().dispatch(hulpvraag('Een correctie na afronden'));
    await waitFor(() => expect(a.draft().finishedHere).toBe('edited'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await a.store.list()).toEqual([]);
    // Finishing it again names the same consult, so its history entry is replaced, not doubled.
    expect(await a.draft().ensureSaved()).toEqual(saved);
  });

  it('says the save failed while the store refuses it', async () => {
    const store = consultDraftStore(await openConnection({ name: freshDatabase() }));
    const failing: ConsultDraftStore = {
      ...store,
      create: () => Promise.reject(new Error('disk full')),
    };
    const tab: { current: ConsultDraft | null } = { current: null };
    render(<Tab store={failing} into={tab} />);
    await waitFor(() => expect(tab.current).not.toBeNull());
    tab.current?.dispatch({ type: 'open', origin: 'blanco', handover: null });
    await waitFor(() => expect(tab.current?.status).toBe('failed'));
    expect(await tab.current?.ensureSaved()).toBeNull();
  });
});
