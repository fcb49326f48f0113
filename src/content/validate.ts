import { type ContentPack, contentPackSchema } from '../domain/contentpack';
import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';

// The schemas are built when this module loads: only content from outside the code (a practice's
// pack, the script-tag build's files) is validated, so the bundled path never pays for them.

/** A pack checked against the schema; one of the outcomes of loading a pack. */
export type ValidatedPack = { ok: true; pack: ContentPack } | { ok: false; reason: 'invalid' };

/** Every pack that did not ship inside the code passes the schema before use. */
export function validatePack(data: unknown): ValidatedPack {
  const parsed = contentPackSchema.safeParse(data);
  return parsed.success ? { ok: true, pack: parsed.data } : { ok: false, reason: 'invalid' };
}

/** The keuzekaarten that pass the schema; the others are left out. */
export function validateCards(data: readonly unknown[]): Keuzekaart[] {
  return data.flatMap((card) => {
    const parsed = keuzekaartSchema.safeParse(card);
    return parsed.success ? [parsed.data] : [];
  });
}
