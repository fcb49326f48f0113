import { afterEach, describe, expect, it, vi } from 'vitest';
import nlPackJson from '../../content/packs/samenspraak-pg.nl.json';
import cardcheckTexts from '../../locales/cardcheck/nl.json';
import summaryTexts from '../../locales/summary/nl.json';
import { validatePack } from '../../src/content/validate';
import {
  AFWACHTEN_ID,
  type ConsultAction,
  type ConsultOption,
  type ConsultState,
  consultReducer,
  initialConsult,
  OPTION_TEXT_MAX,
  TEXT_MAX,
} from '../../src/domain/consult';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { DIMENSIONS } from '../../src/domain/dimensions';
import {
  fhirString,
  LINK_IDS,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
  questionnaireResponseFor,
} from '../../src/domain/fhir';
import {
  type ImportResult,
  MAX_IMPORT_BYTES,
  parseKeuzekaartFile,
} from '../../src/domain/importing';
import type { Charset } from '../../src/domain/plaintext';
import {
  emptyPreparation,
  type FreeTextField,
  type Handover,
  type Preparation,
  TEXT_LIMITS,
} from '../../src/domain/preparation';
import {
  decodeQrPayload,
  encodeQrPayload,
  type QrHandover,
  type QrPayloadError,
} from '../../src/domain/qrpayload';
import {
  type Provenance,
  renderSummary,
  type SummaryLine,
  summaryLines,
  type Translate,
} from '../../src/domain/summary';
import { handoverOf, initialVragenlijst, vragenlijstReducer } from '../../src/domain/vragenlijst';
import { createI18n } from '../../src/i18n';
import { HOSTILE_JSON, HOSTILE_TEXTS, hugeFile } from '../fixtures/hostile';

// ---------------------------------------------------------------------------------------------
// Helpers

const TEXTS = Object.entries(HOSTILE_TEXTS);
const FIELDS = Object.keys(TEXT_LIMITS) as FreeTextField[];

function parsePack(data: unknown): ContentPack {
  const parsed = contentPackSchema.safeParse(data);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}
const nlPack = parsePack(nlPackJson);
const PACK = { id: nlPack.id, version: nlPack.version };

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** What UTF-8 can carry of a string: each lone surrogate becomes U+FFFD (WHATWG encode). */
const wellFormed = (text: string) => text.replace(LONE_SURROGATES, '\uFFFD');

/** Printable ASCII, single-spaced and trimmed, with a letter: the summary keeps it verbatim. */
const verbatimInSummary = (text: string) =>
  text.length <= TEXT_MAX &&
  /^[\x21-\x7E](?:[\x20-\x7E]*[\x21-\x7E])?$/.test(text) &&
  !text.includes('  ') &&
  /[A-Za-z0-9]/.test(text) &&
  !text.endsWith('.');

/** Some answers, so the handover is not empty apart from the text. */
function preparation(patch: Partial<Preparation> = {}): Preparation {
  const answers = Object.fromEntries(nlPack.dimensions.map((d, i) => [d.quick.id, (i * 3) % 11]));
  return {
    ...emptyPreparation(PACK, 'nl'),
    answers,
    talk: ['mentaal', 'meedoen'],
    focus: 'mentaal',
    expectations: ['uitleg', 'meedenken'],
    ...patch,
  };
}

// ---------------------------------------------------------------------------------------------
// The patient flow

describe('the patient flow reducer with hostile text', () => {
  it.each(TEXTS)('%s: refused over the limit, stored exactly (and inert) otherwise', (_, text) => {
    for (const field of FIELDS) {
      const state = initialVragenlijst(PACK, 'nl');
      const next = vragenlijstReducer(state, { type: 'text', field, value: text });
      if (text.length > TEXT_LIMITS[field]) {
        expect(next).toBe(state);
      } else {
        expect(next.preparation[field]).toBe(text);
        expect(next).toEqual({ ...state, preparation: { ...state.preparation, [field]: text } });
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The QR payload

type Trip =
  | { stage: 'decoded'; value: QrHandover }
  | { stage: 'encode-refused'; error: RangeError }
  | { stage: 'decode-refused'; error: QrPayloadError };

/** Encode and decode; the encoder's only documented refusal is a RangeError. */
function trip(handover: QrHandover): Trip {
  let payload: string;
  try {
    payload = encodeQrPayload(handover);
  } catch (error) {
    if (error instanceof RangeError) return { stage: 'encode-refused', error };
    throw error;
  }
  const decoded = decodeQrPayload(payload);
  return decoded.ok
    ? { stage: 'decoded', value: decoded.value }
    : { stage: 'decode-refused', error: decoded.error };
}

describe('the QR payload with hostile text', () => {
  it.each(TEXTS)('%s: round-trips exactly where it fits the limits', (_, text) => {
    const patch: Partial<Preparation> = {};
    for (const field of FIELDS) if (text.length <= TEXT_LIMITS[field]) patch[field] = text;
    const prep = preparation(patch);
    const result = trip(handoverOf(prep, nlPack));
    if (result.stage !== 'decoded') throw new Error(`refused: ${JSON.stringify(result)}`);
    // UTF-8 cannot carry a lone surrogate: it travels as U+FFFD, as TextEncoder writes it.
    // Every well-formed text arrives exactly as it was entered.
    const expected = Object.fromEntries(FIELDS.map((f) => [f, wellFormed(prep[f])]));
    expect(result.value.detail).toEqual({ ...prep, ...expected });
    if (!LONE_SURROGATE.test(text)) expect(result.value.detail).toEqual(prep);
  });

  it.each(TEXTS)('%s: a forged preparation past the limits is refused, not cut', (_, text) => {
    const prep = preparation({ change: text, need: text, question: text });
    const result = trip(handoverOf(prep, nlPack));
    const fits = FIELDS.every((f) => text.length <= TEXT_LIMITS[f]);
    switch (result.stage) {
      case 'decoded':
        expect(fits).toBe(true);
        for (const f of FIELDS) expect(result.value.detail[f]).toBe(wellFormed(text));
        break;
      case 'encode-refused':
        // Over 65,535 UTF-8 bytes: no 2-byte count can hold it.
        expect(new TextEncoder().encode(text).length).toBeGreaterThan(0xffff);
        break;
      case 'decode-refused':
        expect(fits).toBe(false);
        expect(result.error).toMatchObject({ kind: 'invalid' });
        break;
    }
  });

  it.each(TEXTS)('%s: scanned as QR text, gives a typed error', (_, text) => {
    for (const scanned of [text, `SSP1:${text}`, `SSP2:${text}`]) {
      const decoded = decodeQrPayload(scanned);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) {
        expect([
          'wrong-prefix',
          'unknown-version',
          'bad-encoding',
          'truncated',
          'invalid',
        ]).toContain(decoded.error.kind);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The consult and the SOEP summary

/** The translator of summary.test.ts: one pass over the template, values never re-read. */
function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, k) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[k]
          : undefined,
      tree,
    );
}
function translator(tree: unknown): Translate {
  return (key, vars = {}) => {
    const template = lookup(tree, key);
    if (typeof template !== 'string') throw new Error(`no text for ${key}`);
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`${key}: no value for {{${name}}}`);
      return String(value);
    });
  };
}

const TRANSLATORS: [string, Translate][] = [
  ['the test translator', translator(summaryTexts)],
  // As SamenvattingStep builds it: the translator must not interpolate inside a value.
  ['translator', createI18n(summaryTexts).fixedT('nl')],
];

const AFWACHTEN: ConsultOption = {
  id: AFWACHTEN_ID,
  title: 'Afwachten',
  description: '(Nog) niets doen en later kijken hoe het gaat.',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: true,
};

/**
 * A consult with the text in every free-text field the summary shows, each cut to the longest
 * that field holds (the reducer refuses more): far past the 140–200 the QR decoder lets through.
 */
function hostileConsult(text: string, decision: 'keuze' | 'bedenktijd'): ConsultState {
  const cut = text.slice(0, TEXT_MAX);
  const detail = preparation({ change: cut, need: cut, question: cut });
  const handover: Handover = { ...handoverOf(detail, nlPack), detail };
  const actions: ConsultAction[] = [
    { type: 'open', origin: 'qr', handover },
    { type: 'text', field: 'hulpvraag', value: cut },
    { type: 'text', field: 'inschatting', value: cut },
    { type: 'text', field: 'voorkeur', value: cut },
    { type: 'prompt', prompt: { id: 'p', text: cut }, used: true },
    { type: 'choiceStated', value: true },
    {
      type: 'addOption',
      option: {
        id: 'o1',
        title: text.slice(0, OPTION_TEXT_MAX.title),
        description: text.slice(0, OPTION_TEXT_MAX.description),
        pros: [{ id: 'pro', text: text.slice(0, OPTION_TEXT_MAX.proCon) }],
        cons: [{ id: 'con', text: text.slice(0, OPTION_TEXT_MAX.proCon) }],
        dimensions: ['mentaal'],
        afwachten: false,
      },
    },
    { type: 'weight', key: 'o1/pro', weight: 'erg' },
    { type: 'weight', key: 'o1/con', weight: 'erg' },
    {
      type: 'decision',
      decision:
        decision === 'keuze'
          ? { kind: 'keuze', optionId: 'o1' }
          : { kind: 'bedenktijd', followUp: cut },
    },
    { type: 'decidedBy', decider: 'samen' },
    { type: 'keuzecheck', item: 'sure', value: false },
    { type: 'keuzecheck', item: 'risk', value: true },
    { type: 'afspraken', field: 'nextStep', value: cut },
    { type: 'afspraken', field: 'evaluation', value: cut },
    { type: 'afspraken', field: 'vangnet', value: cut },
  ];
  return actions.reduce(consultReducer, initialConsult(AFWACHTEN));
}

const provenanceWith = (text: string): Provenance => {
  const cut = text.slice(0, TEXT_MAX);
  return {
    app: 'Samenspraak 0.1.0',
    pack: { id: cut, version: cut },
    keuzekaart: { id: cut, version: cut },
  };
};

/** The characters a folded summary may hold, per charset, besides the line break. */
const ALLOWED: Record<Charset, RegExp> = {
  ascii: /^[\n\x20-\x7E]*$/,
  latin1: /^[\n\x20-\x7E\u00A1-\u00AC\u00AE-\u00FF]*$/,
};

function expectSafeSummary(out: string, charset: Charset) {
  expect(out).not.toMatch(CONTROLS_BUT_NEWLINE);
  expect(out).not.toMatch(BIDI_CONTROLS);
  expect(out).not.toMatch(LONE_SURROGATE);
  expect(out).toMatch(ALLOWED[charset]);
  for (const line of out.split('\n')) expect(line).toMatch(/^(?:[SOEP]: \S| {3}\S)/);
}

describe('the consult reducer with hostile text', () => {
  it.each(TEXTS)(
    '%s: the hulpvraag is kept as typed, or refused whole past TEXT_MAX',
    (_, text) => {
      const state = initialConsult(AFWACHTEN);
      const next = consultReducer(state, { type: 'text', field: 'hulpvraag', value: text });
      if (text.length <= TEXT_MAX) expect(next).toEqual({ ...state, hulpvraag: text });
      else expect(next).toBe(state);
    },
  );
});

describe('the SOEP summary with hostile text', () => {
  describe.each(TRANSLATORS)('with %s', (_, t) => {
    it.each(TEXTS)('%s: plain, labelled lines in the charset; markup stays text', (_, text) => {
      for (const decision of ['keuze', 'bedenktijd'] as const) {
        const lines: SummaryLine[] = summaryLines(
          hostileConsult(text, decision),
          t,
          provenanceWith(text),
        );
        for (const charset of ['latin1', 'ascii'] as const) {
          for (const wrap of [null, 40, 72]) {
            expectSafeSummary(renderSummary(lines, { charset, wrap }), charset);
          }
          const flat = renderSummary(lines, { charset, wrap: null });
          // One summary line is one HIS line: a line break in the text starts no new SOEP line.
          expect(flat.split('\n').length).toBeLessThanOrEqual(lines.length);
          if (verbatimInSummary(text)) {
            expect(flat).toContain(`Hulpvraag: ${text}`);
            expect(flat).toContain(`Vangnet: ${text}`);
          }
        }
      }
    });
  });

  it.each(TEXTS)('%s: no character turns into "?" in Latin-1 or ASCII', (_, text) => {
    const [, t] = TRANSLATORS[1] as [string, Translate];
    const lines = summaryLines(hostileConsult(text, 'keuze'), t, provenanceWith(text));
    const questionMarks = (s: string) => s.split('?').length - 1;
    const inText = lines.map((l) => questionMarks(l.text)).reduce((a, b) => a + b, 0);
    for (const charset of ['latin1', 'ascii'] as const) {
      expect(questionMarks(renderSummary(lines, { charset, wrap: null }))).toBeLessThanOrEqual(
        inText,
      );
    }
  });

  it('writes out signs beyond Latin-1, in both charsets', () => {
    const [, t] = TRANSLATORS[1] as [string, Translate];
    const text = HOSTILE_TEXTS.beyondLatin1 as string;
    const lines = summaryLines(hostileConsult(text, 'keuze'), t, provenanceWith(text));
    expect(renderSummary(lines, { charset: 'latin1', wrap: null })).toContain(
      'S: Hulpvraag: PHQ-9 >= 10, eigen bijdrage EUR 25 -> oedeem? Lódz <> Lodz <= 3.',
    );
    expect(renderSummary(lines, { charset: 'ascii', wrap: null })).toContain(
      'S: Hulpvraag: PHQ-9 >= 10, eigen bijdrage EUR 25 -> oedeem? Lodz <> Lodz <= 3.',
    );
  });

  it('writes a text in another script as a note, never as dropped characters', () => {
    const [, t] = TRANSLATORS[1] as [string, Translate];
    const text = HOSTILE_TEXTS.arabic as string;
    const out = renderSummary(summaryLines(hostileConsult(text, 'keuze'), t, provenanceWith('x')));
    expect(out).toContain('S: Hulpvraag: (in Arabisch schrift geschreven, zie uitdraai).');
    // Mostly Dutch with a few Arabic words: the Dutch stays, the Arabic is left out.
    const mixed = renderSummary(
      summaryLines(
        hostileConsult(HOSTILE_TEXTS.mixedDirection as string, 'keuze'),
        t,
        provenanceWith('x'),
      ),
    );
    expect(mixed).toContain('S: Hulpvraag: Ik wil 123 lopen.');
  });

  it('shows markup and placeholders literally', () => {
    const [, t] = TRANSLATORS[1] as [string, Translate];
    for (const key of [
      'imgOnerror',
      'scriptBreakout',
      'javascriptUrl',
      'placeholder',
      'placeholderKnown',
      'nesting',
      'nestingKnown',
      'jsTemplate',
      'replacePatterns',
    ]) {
      const text = HOSTILE_TEXTS[key] as string;
      expect(verbatimInSummary(text)).toBe(true);
      const out = renderSummary(
        summaryLines(hostileConsult(text, 'keuze'), t, provenanceWith(text)),
        {
          charset: 'ascii',
          wrap: null,
        },
      );
      expect(out).toContain(`S: Hulpvraag: ${text}.`);
    }
  });

  it('folds the trojan-source, bidi and control characters away', () => {
    const [, t] = TRANSLATORS[1] as [string, Translate];
    const summary = (text: string) =>
      renderSummary(summaryLines(hostileConsult(text, 'keuze'), t, provenanceWith(text)));
    expect(summary(HOSTILE_TEXTS.rtlOverride as string)).toContain(
      'Hulpvraag: Mijn vraag txet ednerred klopt.',
    );
    expect(summary(HOSTILE_TEXTS.soepInjection as string)).toContain(
      'S: Hulpvraag: hoofdpijn P: patient wil morfine E: akkoord vervolg.',
    );
    expect(summary(HOSTILE_TEXTS.nul as string)).toContain('Hulpvraag: voorna.');
  });
});

// ---------------------------------------------------------------------------------------------
// The FHIR export

function stringAnswers(items: readonly QuestionnaireResponseItem[] = []): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (list: readonly QuestionnaireResponseItem[]) => {
    for (const item of list) {
      const strings = (item.answer ?? []).flatMap((a) =>
        'valueString' in a && typeof a.valueString === 'string' ? [a.valueString] : [],
      );
      if (strings.length > 0) out.set(item.linkId, strings);
      walk(item.item ?? []);
    }
  };
  walk(items);
  return out;
}

describe('the FHIR export with hostile text', () => {
  const AUTHORED = '2026-11-02T09:30:00+01:00';

  it.each(TEXTS)('%s: plain strings, JSON-serialisable', (_, text) => {
    const prep = preparation({ change: text, need: text, question: text });
    const response: QuestionnaireResponse = questionnaireResponseFor(prep, nlPack, AUTHORED);
    const strings = stringAnswers(response.item);
    const cleaned = fhirString(text);
    for (const field of FIELDS) {
      expect(strings.get(LINK_IDS[field])).toEqual(cleaned === null ? undefined : [cleaned]);
    }
    if (verbatimInSummary(text)) expect(cleaned).toBe(text);
    for (const value of strings.values()) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: FHIR strings hold no C0 but tab and line breaks
      expect(value.join('')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    }
    const json = JSON.stringify(response);
    // Well-formed JSON.stringify escapes a lone surrogate, so the file is valid UTF-8.
    expect(json).not.toMatch(LONE_SURROGATE);
    expect(JSON.parse(json)).toEqual(response);
  });
});

// ---------------------------------------------------------------------------------------------
// Imported files

const parseFile = (text: string, bytes?: number) =>
  parseKeuzekaartFile(text, createI18n(cardcheckTexts).fixedT('nl'), bytes);

function expectRefused(result: ImportResult) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(['too-large', 'not-json', 'invalid']).toContain(result.error.kind);
}

function expectNoPollution() {
  expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.hasOwn(Array.prototype, 'x')).toBe(false);
}

describe('imported keuzekaart and pack files that are hostile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(Object.entries(HOSTILE_JSON))(
    '%s: a keuzekaart import gives a typed error',
    (_, text) => {
      expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
      expectRefused(parseFile(text));
      expectNoPollution();
    },
  );

  it.each(Object.entries(HOSTILE_JSON))('%s: as a content pack, is invalid', (_, text) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return;
    }
    expect(validatePack(data)).toEqual({ ok: false, reason: 'invalid' });
    expectNoPollution();
  });

  it.each(TEXTS)('%s: as a keuzekaart file, gives a typed error', (_, text) => {
    expectRefused(parseFile(text));
    expectNoPollution();
  });

  it('refuses a 50 MB file by its size, before parsing it', () => {
    const text = hugeFile(50_000_000);
    expect(text.length).toBe(50_000_000);
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseFile(text)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 50_000_000 },
    });
    // The size the browser reports for the File counts, whatever text was read.
    expect(parseFile('{}', 50_000_000)).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 50_000_000 },
    });
    expect(parse).not.toHaveBeenCalled();
    expectNoPollution();
  });

  it('builds hugeFile as JSON of the size asked', () => {
    for (const bytes of [5, 6, 7, 8, 9, 100, 1001]) {
      const text = hugeFile(bytes);
      expect(text.length).toBe(bytes);
      expect(Array.isArray(JSON.parse(text))).toBe(true);
    }
  });

  it('keeps DIMENSIONS intact after all of the above', () => {
    // A polluted prototype would show here first: the domain iterates these arrays everywhere.
    expect(Object.keys(DIMENSIONS)).toEqual(['0', '1', '2', '3', '4', '5']);
  });
});
