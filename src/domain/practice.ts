import * as z from 'zod/mini';
import { lazySchema } from './lazyschema';

/**
 * The practice's name and telephone number, set once on the consult page and printed at the top
 * of every take-home sheet. It is about the practice, never about a patient.
 */
export interface Practice {
  name: string;
  telephone: string;
}

export const PRACTICE_NAME_MAX = 80;
/** A number has this many digits: 020 123 45 67 has 10, +31 20 123 45 67 has 11. */
export const TELEPHONE_DIGITS = { min: 8, max: 15 } as const;

// Control and bidi-control characters: a name is one plain line on paper.
const UNPRINTABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Digits with spaces, hyphens and brackets between them, and a + in front only.
const TELEPHONE_CHARS = /^\+?[0-9 ()-]+$/;

/** The text as it is kept: trimmed, each run of spaces one space. */
const tidy = (text: string) => text.trim().replace(/[ \t\n\r\f\v\u00a0]+/g, ' ');

export type NameProblem = 'missing' | 'tooLong' | 'invalid';
export type TelephoneProblem = 'missing' | 'invalid';

function nameProblem(name: string): NameProblem | null {
  if (name === '') return 'missing';
  if (name.length > PRACTICE_NAME_MAX) return 'tooLong';
  if (UNPRINTABLE.test(name)) return 'invalid';
  return null;
}

function telephoneProblem(telephone: string): TelephoneProblem | null {
  if (telephone === '') return 'missing';
  const digits = telephone.replace(/\D/g, '').length;
  const fits = digits >= TELEPHONE_DIGITS.min && digits <= TELEPHONE_DIGITS.max;
  return TELEPHONE_CHARS.test(telephone) && fits ? null : 'invalid';
}

export type PracticeCheck =
  /** `practice` is null when both fields were left empty: the sheet shows no practice. */
  | { ok: true; practice: Practice | null }
  | { ok: false; name: NameProblem | null; telephone: TelephoneProblem | null };

/** The practice as the GP typed it: both fields, or neither (no practice on the sheet). */
export function checkPractice(typed: { name: string; telephone: string }): PracticeCheck {
  const name = tidy(typed.name);
  const telephone = tidy(typed.telephone);
  if (name === '' && telephone === '') return { ok: true, practice: null };
  const problems = { name: nameProblem(name), telephone: telephoneProblem(telephone) };
  if (problems.name || problems.telephone) return { ok: false, ...problems };
  return { ok: true, practice: { name, telephone } };
}

/** The stored setting (`settings/practice`): exactly what `checkPractice` lets through. */
export const practiceSchema = lazySchema(() =>
  z.object({
    name: z.string().check(z.refine((name) => name === tidy(name) && !nameProblem(name))),
    telephone: z
      .string()
      .check(
        z.refine((telephone) => telephone === tidy(telephone) && !telephoneProblem(telephone)),
      ),
  }),
);
