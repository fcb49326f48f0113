import * as z from 'zod/mini';
import { lazySchema } from '../domain/lazyschema';
import { preparationSchema } from '../domain/preparationschema';
import { PATIENT_STEPS, type VragenlijstState } from '../domain/vragenlijst';
import { type Connection, type OpenOptions, openConnection } from './database';

/**
 * The draft's key; an element with an id keeps its own, so two on one page never share one. An
 * element without one, after the first such on its page, is keyed by its place (`@2`): ids are
 * `:`-keys, so the two never meet.
 */
export function draftKey(elementId?: string, position = 0): string {
  if (elementId) return `draft:${elementId}`;
  return position > 0 ? `draft@${position + 1}` : 'draft';
}

/** The stored form of the patient's draft. Read back through this schema, never trusted. */
const patientDraftRecord = lazySchema(() =>
  z.object({
    savedAt: z.number(),
    state: z.object({
      step: z.enum(PATIENT_STEPS),
      page: z.number().check(z.int(), z.minimum(0), z.maximum(5)),
      preparation: preparationSchema,
    }),
  }),
);

export interface PatientDraft {
  savedAt: number;
  state: VragenlijstState;
}

/** The patient's draft on the tablet: one record, written by autosave, removed by a wipe. */
export interface PatientDraftStore {
  /** The saved draft, or null when there is none or it is unreadable (then it is removed). */
  load(): Promise<PatientDraft | null>;
  save(state: VragenlijstState, now?: number): Promise<void>;
  /** Remove every trace of the draft from storage. */
  wipe(): Promise<void>;
}

export function patientDraftStore(connection: Connection, key = draftKey()): PatientDraftStore {
  return {
    async load() {
      const raw = await connection.get('patient', key);
      if (raw === undefined) return null;
      const parsed = patientDraftRecord.safeParse(raw);
      if (parsed.success) return parsed.data;
      // A damaged or foreign record is worth nothing to the next patient: drop it.
      await connection.delete('patient', key);
      return null;
    },
    save: (state, now = Date.now()) =>
      connection.put('patient', key, { savedAt: now, state } satisfies PatientDraft),
    wipe: () => connection.delete('patient', key),
  };
}

/** What the patient flow needs from storage: the connection (for its state) and the draft. */
export interface PatientStorage {
  connection: Connection;
  drafts: PatientDraftStore;
}

/** Open storage for the patient flow: IndexedDB, or memory where that is refused. */
export async function openPatientStorage(
  options?: OpenOptions & { elementId?: string; position?: number },
): Promise<PatientStorage> {
  const connection = await openConnection(options);
  const key = draftKey(options?.elementId, options?.position);
  return { connection, drafts: patientDraftStore(connection, key) };
}
