import type { PackRef } from './contentpack';

/**
 * Content packs known by number, so a consultcode can name the pack in three bits.
 * Index 0 means "a pack this registry does not list" (a practice's own pack); the scores in the
 * code stay meaningful because the six dimensions are the same in every pack.
 * Append only: an index, once published in a code, keeps its meaning.
 */
/** Samenspraak's own pack; its JSON in content/packs must carry this id and version. */
export const DEFAULT_PACK: PackRef = { id: 'samenspraak-pg', version: '1.0.0' };

export const CODE_PACKS: readonly (PackRef | null)[] = [null, DEFAULT_PACK];

export function packIndex(ref: PackRef): number {
  const index = CODE_PACKS.findIndex(
    (p) => p !== null && p.id === ref.id && p.version === ref.version,
  );
  return index === -1 ? 0 : index;
}
