import * as z from 'zod/mini';
import { lazySchema } from '../domain/lazyschema';
import { RETENTION } from '../domain/retention';
import { isLocale } from '../i18n';

/**
 * Element attributes arrive as strings from any host page. Each is parsed through a schema; an
 * invalid value falls back to its default with a console warning that names the attribute.
 */
export type Warn = (message: string) => void;

const warnDefault: Warn = (message) => console.warn(message);

function parse<T>(
  name: string,
  raw: string | null,
  schema: z.ZodMiniType<T>,
  fallback: T,
  warn: Warn,
): T {
  if (raw === null) return fallback;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  warn(`samenspraak: invalid value for attribute "${name}"; using the default.`);
  return fallback;
}

const wholeNumber = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^\s*\d{1,6}\s*$/)),
    z.pipe(
      z.transform((s: string) => Number.parseInt(s, 10)),
      z.number().check(z.minimum(min), z.maximum(max)),
    ),
  );

const localeAttr = lazySchema(() => z.string().check(z.refine((s) => isLocale(s))));

/** A boolean attribute: present means on, as in HTML, unless it says "false". */
export function flag(raw: string | null): boolean {
  return raw !== null && raw.trim().toLowerCase() !== 'false';
}

export const IDLE_SECONDS = { default: 120, min: 30, max: 3600 } as const;

/** How long "Klaar" shows the code before it wipes itself. */
export const KLAAR_SECONDS = { default: 60, min: 10, max: 3600 } as const;

/** A URL on the page's own origin; `{lang}` may stand for the language. */
const sameOriginUrl = lazySchema(() =>
  z.string().check(
    z.minLength(1),
    z.maxLength(2000),
    z.refine((value) => {
      try {
        return new URL(value.replaceAll('{lang}', 'nl'), location.href).origin === location.origin;
      } catch {
        return false;
      }
    }),
  ),
);

export interface VragenlijstAttributes {
  locale: string;
  kiosk: boolean;
  idleSeconds: number;
  /** Seconds "Klaar" stays before it wipes itself, with a visible countdown. */
  klaarSeconds: number;
  /** The URL of a practice's own content pack, or null for Samenspraak's own. */
  pack: string | null;
  /** Whether `samenspraak-handover` carries the payload and the structured handover too. */
  emitData: boolean;
}

export function parseVragenlijstAttributes(
  raw: Readonly<Record<string, string | null>>,
  warn: Warn = warnDefault,
): VragenlijstAttributes {
  return {
    locale: parse('locale', raw.locale ?? null, localeAttr, 'nl', warn),
    kiosk: flag(raw.kiosk ?? null),
    idleSeconds: parse(
      'idle-seconds',
      raw['idle-seconds'] ?? null,
      wholeNumber(IDLE_SECONDS.min, IDLE_SECONDS.max),
      IDLE_SECONDS.default,
      warn,
    ),
    klaarSeconds: parse(
      'klaar-seconds',
      raw['klaar-seconds'] ?? null,
      wholeNumber(KLAAR_SECONDS.min, KLAAR_SECONDS.max),
      KLAAR_SECONDS.default,
      warn,
    ),
    pack: parse<string | null>('pack', raw.pack ?? null, sameOriginUrl, null, warn),
    emitData: flag(raw['emit-data'] ?? null),
  };
}

/** What `<samenspraak-consult>` shows. */
export const CONSULT_MODES = ['consult', 'beheer', 'intervisie'] as const;
export type ConsultMode = (typeof CONSULT_MODES)[number];

const consultMode = lazySchema(() => z.enum(CONSULT_MODES));

export interface ConsultAttributes {
  /** The consult, or the practice's keuzekaarten editor. */
  mode: ConsultMode;
  /** Days finished consults are kept, until the practice sets its own in the page. */
  retentionDays: number;
  /** Whether `samenspraak-summary` carries the structured consult (`data`) besides the text. */
  emitData: boolean;
  /** The URL of the practice's keuzekaarten library index, or null for none. */
  keuzekaarten: string | null;
}

export function parseConsultAttributes(
  raw: Readonly<Record<string, string | null>>,
  warn: Warn = warnDefault,
): ConsultAttributes {
  return {
    mode: parse<ConsultMode>('mode', raw.mode?.trim() ?? null, consultMode, 'consult', warn),
    retentionDays: parse(
      'retention-days',
      raw['retention-days'] ?? null,
      wholeNumber(RETENTION.min, RETENTION.max),
      RETENTION.default,
      warn,
    ),
    emitData: flag(raw['emit-data'] ?? null),
    keuzekaarten: parse<string | null>(
      'keuzekaarten',
      raw.keuzekaarten ?? null,
      sameOriginUrl,
      null,
      warn,
    ),
  };
}
