import { type CardProblem, cardProblems } from './cardcheck';
import { type Keuzekaart, keuzekaartSchema } from './keuzekaart';
import type { Translate } from './summary';

/** Largest keuzekaart file accepted: a real card is a few kB. */
export const MAX_IMPORT_BYTES = 200_000;

/** Why an import was refused; `problems` lists everything wrong, in the form's Dutch words. */
export type ImportError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'invalid'; problems: CardProblem[] };

export type ImportResult = { ok: true; card: Keuzekaart } | { ok: false; error: ImportError };

/**
 * Parse an imported keuzekaart file. Never throws: a file is either a valid card or a typed
 * error; JSON.parse's result goes through the schema, which keeps only known fields (so a
 * `__proto__` key cannot reach anything). `t` gives the problems' Dutch (locales/cardcheck).
 */
export function parseKeuzekaartFile(text: string, t: Translate, bytes = text.length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { kind: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  const parsed = keuzekaartSchema.safeParse(data);
  return parsed.success
    ? { ok: true, card: parsed.data }
    : {
        ok: false,
        error: { kind: 'invalid', problems: cardProblems(data, parsed.error.issues, t) },
      };
}

/**
 * The card to keep beside one with the same id: the first free id with a suffix ("-2", "-3"),
 * shortened to fit the id's 48 characters, and "(kopie)" after its title, so the list tells
 * the two apart.
 */
export function keepBoth(card: Keuzekaart, taken: ReadonlySet<string>, copy: string): Keuzekaart {
  let n = 2;
  let id = card.id;
  while (taken.has(id)) {
    const suffix = `-${n}`;
    id = `${card.id.slice(0, 48 - suffix.length).replace(/-+$/, '')}${suffix}`;
    n += 1;
  }
  const tail = ` (${copy})`;
  // Cut inside the title's limit, never between the halves of a surrogate pair.
  const head = card.title
    .slice(0, 120 - tail.length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();
  return { ...card, id, title: `${head}${tail}` };
}
