import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { initialVragenlijst } from '../../src/domain/vragenlijst';
import { openPatientStorage, type PatientStorage } from '../../src/storage/patientdraft';
import {
  type DraftSettings,
  type PatientDraft,
  usePatientDraft,
} from '../../src/ui/vragenlijst/usePatientDraft';
import { freshDatabase } from './i18n';

const TABLET: DraftSettings = { locale: 'nl', kiosk: true, idleSeconds: 120 };
const HOME: DraftSettings = { locale: 'nl', kiosk: false, idleSeconds: 120 };

function Harness(props: {
  storage: Promise<PatientStorage>;
  settings: DraftSettings | null;
  into: { current: PatientDraft | null };
}) {
  props.into.current = usePatientDraft(props.storage, props.settings);
  return null;
}

async function mount(name: string, settings: DraftSettings | null) {
  const storage = openPatientStorage({ name });
  const into: { current: PatientDraft | null } = { current: null };
  const view = render(<Harness storage={storage} settings={settings} into={into} />);
  await waitFor(() => expect(into.current?.connection).not.toBeNull());
  return { storage: await storage, draft: () => into.current as PatientDraft, view, into };
}

/** A draft on the tablet as an earlier visit left it. */
async function leaveDraft(name: string, savedAt: number) {
  const { drafts } = await openPatientStorage({ name });
  const state = { ...initialVragenlijst(DEFAULT_PACK, 'nl'), step: 'vraag' as const };
  await drafts.save(state, savedAt);
}

describe('usePatientDraft', () => {
  it('leaves no record for a welcome screen nobody touched', async () => {
    const { storage } = await mount(freshDatabase(), TABLET);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storage.drafts.load()).toBeNull();
  });

  it('saves a change within 250 ms, and resumes it on the next visit', async () => {
    const name = freshDatabase();
    const first = await mount(name, HOME);
    first.draft().dispatch({ type: 'step', step: 'spinnenweb' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await first.storage.drafts.load())?.state.step).toBe('spinnenweb');
    first.view.unmount();
    const again = await mount(name, HOME);
    expect(again.draft().state.step).toBe('spinnenweb');
    expect(again.draft().resumed).toBe(true);
    expect(again.draft().touched).toBe(true);
  });

  it("never resumes a shared tablet's draft older than the idle timeout, and wipes it", async () => {
    const name = freshDatabase();
    await leaveDraft(name, Date.now() - 121_000);
    const { draft, storage } = await mount(name, TABLET);
    expect(draft().state.step).toBe('welkom');
    expect(draft().resumed).toBe(false);
    await waitFor(async () => expect(await storage.drafts.load()).toBeNull());
  });

  it('holds a fresh draft back on a shared tablet until resumed, and resumes an old one at home', async () => {
    const fresh = freshDatabase();
    await leaveDraft(fresh, Date.now() - 5_000);
    const { draft } = await mount(fresh, TABLET);
    // Nothing of the draft is in the state until someone chooses to go on.
    expect(draft().pending).toBe(true);
    expect(draft().state.step).toBe('welkom');
    expect(draft().state.preparation.answers).toEqual({});
    draft().resume();
    await waitFor(() => expect(draft().state.step).toBe('vraag'));
    expect(draft().pending).toBe(false);
    const old = freshDatabase();
    await leaveDraft(old, Date.now() - 7 * 24 * 3_600_000);
    const home = (await mount(old, HOME)).draft();
    expect(home.pending).toBe(false);
    expect(home.state.step).toBe('vraag');
  });

  it('"Opnieuw beginnen" on a held draft wipes it', async () => {
    const name = freshDatabase();
    await leaveDraft(name, Date.now() - 5_000);
    const { draft, storage } = await mount(name, TABLET);
    expect(draft().pending).toBe(true);
    await draft().wipe();
    await waitFor(() => expect(draft().pending).toBe(false));
    expect(await storage.drafts.load()).toBeNull();
  });

  it('reads storage only once the settings are known', async () => {
    const name = freshDatabase();
    await leaveDraft(name, Date.now() - 121_000);
    const storage = openPatientStorage({ name });
    const into: { current: PatientDraft | null } = { current: null };
    const view = render(<Harness storage={storage} settings={null} into={into} />);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(into.current?.connection).toBeNull();
    view.rerender(<Harness storage={storage} settings={TABLET} into={into} />);
    await waitFor(() => expect(into.current?.connection).not.toBeNull());
    // Known to be a shared tablet before the draft was read: the stale one is not resumed.
    expect(into.current?.state.step).toBe('welkom');
  });

  it('wipes every trace for the next patient, in the host language', async () => {
    const name = freshDatabase();
    const { draft, storage } = await mount(name, { ...TABLET, locale: 'en' });
    draft().dispatch({ type: 'locale', locale: 'ar' });
    draft().dispatch({ type: 'step', step: 'spinnenweb' });
    await waitFor(async () => expect(await storage.drafts.load()).not.toBeNull());
    await draft().wipe();
    expect(await storage.drafts.load()).toBeNull();
    expect(draft().state.step).toBe('welkom');
    expect(draft().state.preparation.locale).toBe('en');
    expect(draft().touched).toBe(false);
    // Nothing pending is written after the wipe.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await storage.drafts.load()).toBeNull();
  });
});
