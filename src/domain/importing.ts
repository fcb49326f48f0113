import type * as z from 'zod/mini';
import { type Keuzekaart, keuzekaartSchema } from './keuzekaart';

/** Largest keuzekaart file accepted: a real card is a few kB. */
export const MAX_IMPORT_BYTES = 200_000;

/** Why an import was refused; `path` names the exact field, e.g. `options[1].pros[0].text`. */
export type ImportError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'invalid'; path: string; code: string; detail: string };

export type ImportResult = { ok: true; card: Keuzekaart } | { ok: false; error: ImportError };

/** Write a schema path the way a person reads it: `options[1].pros[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(het hele bestand)';
}

/** The first schema issue as a typed error: which field, what kind of problem. */
export function firstIssue(error: z.core.$ZodError): ImportError {
  const issue = error.issues[0];
  if (!issue) return { kind: 'invalid', path: formatPath([]), code: 'custom', detail: '' };
  const detail =
    issue.code === 'too_small' || issue.code === 'too_big'
      ? String(
          (issue as { minimum?: unknown; maximum?: unknown }).minimum ??
            (issue as { maximum?: unknown }).maximum ??
            '',
        )
      : issue.code === 'custom'
        ? issue.message
        : '';
  return { kind: 'invalid', path: formatPath(issue.path), code: issue.code, detail };
}

/**
 * Parse an imported keuzekaart file. Never throws: a file is either a valid card or a typed
 * error; JSON.parse's result goes through the schema, which keeps only known fields (so a
 * `__proto__` key cannot reach anything).
 */
export function parseKeuzekaartFile(text: string, bytes = text.length): ImportResult {
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
    : { ok: false, error: firstIssue(parsed.error) };
}
