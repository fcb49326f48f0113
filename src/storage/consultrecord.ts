import type { ConsultState } from '../domain/consult';

// Apart from consultdrafts.ts, so the consult's first screen can know these without zod or idb.

/** A consult in progress, as stored. `revision` grows with every save, in any tab. */
export interface ConsultRecord {
  id: string;
  createdAt: number;
  updatedAt: number;
  revision: number;
  state: ConsultState;
}

/**
 * Another tab saved this consult since we loaded it, or finished or deleted it (`current` is
 * null): nothing of ours was written over its work, and a gone consult is never brought back.
 */
export class ConflictError extends Error {
  constructor(readonly current: ConsultRecord | null) {
    super(current ? 'consult changed in another tab' : 'consult finished or deleted elsewhere');
    this.name = 'ConflictError';
  }
}
