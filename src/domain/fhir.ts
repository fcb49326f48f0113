import nl from '../../locales/nl.json';
import type { ContentPack } from './contentpack';
import {
  canonicalOrder,
  DIMENSIONS,
  EXPECTATIONS,
  type Expectation,
  SCORE_MAX,
  SCORE_MIN,
} from './dimensions';
import { type Preparation, TEXT_LIMITS } from './preparation';
import { itemIdsFor } from './scoring';

/**
 * FHIR R4 export (docs/architecture.md, "Formats"): the pack as a `Questionnaire`, a preparation as a
 * `QuestionnaireResponse`, and both together in a `collection` Bundle. Plain objects, ready for
 * `JSON.stringify`. Modelled on SDC and MedMij Vragenlijsten without claiming their profiles.
 *
 * Nothing here names the patient: no `subject`, no identifier, no author. Every canonical and
 * code system is a `urn:` that resolves nowhere, so the export makes no one look anything up;
 * the hl7.org URLs are the standard extension and code system names, never fetched.
 */

// ---------------------------------------------------------------------------------------------
// The parts of FHIR R4 this module writes.

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueInteger?: number;
  valueCodeableConcept?: { coding: Coding[] };
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'integer'
  | 'string'
  | 'text'
  | 'choice';

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
}

export interface QuestionnaireItem {
  extension?: Extension[];
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  repeats?: boolean;
  maxLength?: number;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  language: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  date: string;
  publisher: string;
  copyright: string;
  item: QuestionnaireItem[];
}

export type QuestionnaireResponseAnswer =
  | { valueInteger: number }
  | { valueBoolean: boolean }
  | { valueString: string }
  | { valueCoding: Coding };

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  language: string;
  /** The Questionnaire's canonical, `url|version`. */
  questionnaire: string;
  status: 'completed';
  authored: string;
  item?: QuestionnaireResponseItem[];
}

export interface BundleEntry<R> {
  fullUrl: string;
  resource: R;
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: [BundleEntry<Questionnaire>, BundleEntry<QuestionnaireResponse>];
}

// ---------------------------------------------------------------------------------------------
// Names.

export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const ITEM_CONTROL_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const DIMENSION_SYSTEM = 'urn:samenspraak:codesystem:dimensie';
export const EXPECTATION_SYSTEM = 'urn:samenspraak:codesystem:verwachting';

/** The linkIds of the questions that are not in the pack. */
export const LINK_IDS = {
  focus: 'focus',
  change: 'change',
  need: 'need',
  expectations: 'expectations',
  question: 'question',
} as const;

export const talkLinkId = (dimension: string): string => `${dimension}-praten`;

/** A canonical that points at no server: `urn:samenspraak:questionnaire:<pack id>`. */
export function questionnaireUrl(pack: Pick<ContentPack, 'id'>): string {
  return `urn:samenspraak:questionnaire:${pack.id}`;
}

export function questionnaireCanonical(pack: Pick<ContentPack, 'id' | 'version'>): string {
  return `${questionnaireUrl(pack)}|${pack.version}`;
}

// ---------------------------------------------------------------------------------------------
// The question texts that are not in the pack: the patient screens' own wording.

export interface FhirTexts {
  talk: string;
  focus: string;
  change: string;
  need: string;
  expectations: string;
  question: string;
  expectationLabels: Record<Expectation, string>;
}

/** The shape of a patient locale bundle (locales/*.json) that {@link fhirTexts} reads. */
export interface PatientLocaleTexts {
  expectations: Record<Expectation, string>;
  patient: {
    web: { talk: string };
    focus: { title: string; change: string; need: string };
    question: { title: string; text: string };
  };
}

/** The texts for the questions outside the pack, taken from a patient locale bundle. */
export function fhirTexts(bundle: PatientLocaleTexts): FhirTexts {
  return {
    talk: bundle.patient.web.talk,
    focus: bundle.patient.focus.title,
    change: bundle.patient.focus.change,
    need: bundle.patient.focus.need,
    expectations: bundle.patient.question.title,
    question: bundle.patient.question.text,
    expectationLabels: bundle.expectations,
  };
}

export const DUTCH_TEXTS: FhirTexts = fhirTexts(nl);

// ---------------------------------------------------------------------------------------------
// Strings.

/**
 * A FHIR `string` holds at least one non-whitespace character and SHOULD hold no control
 * characters. Line breaks and tabs stay; other controls go; unusual spaces (no-break space, line
 * separator, ...) become a plain space, which also keeps JavaScript validators of the FHIR
 * pattern `[ \r\n\t\S]+` happy. Markup is not touched: it is text and stays text.
 * Returns `null` for text that is empty after trimming.
 */
export function fhirString(text: string): string | null {
  const cleaned = text
    .replace(/[^\S \t\r\n]/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim();
  return cleaned === '' ? null : cleaned;
}

/** `text` for an item, left out when a text is empty after cleaning. */
function withText(text: string): { text?: string } {
  const cleaned = fhirString(text);
  return cleaned === null ? {} : { text: cleaned };
}

/** A name usable by machines (inv que-0, `[A-Z]([A-Za-z0-9_]){0,254}`): `samenspraak-pg` → `SamenspraakPg`. */
export function questionnaireName(packId: string): string {
  const pascal = packId
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  const name = /^[A-Z]/.test(pascal) ? pascal : `Pack${pascal}`;
  return name.slice(0, 255);
}

// ---------------------------------------------------------------------------------------------
// Questionnaire.

function coded(system: string, code: string, display: string): Coding {
  const cleaned = fhirString(display);
  return cleaned === null ? { system, code } : { system, code, display: cleaned };
}

function itemControl(code: string): Extension {
  return {
    url: ITEM_CONTROL_URL,
    valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] },
  };
}

/** A 0–10 question: SDC min/max extensions and the scale words as lower/upper display items. */
function scoreItem(linkId: string, text: string, scale: ContentPack['scale']): QuestionnaireItem {
  return {
    extension: [
      { url: MIN_VALUE_URL, valueInteger: SCORE_MIN },
      { url: MAX_VALUE_URL, valueInteger: SCORE_MAX },
    ],
    linkId,
    ...withText(text),
    type: 'integer',
    item: [
      {
        extension: [itemControl('lower')],
        linkId: `${linkId}.laag`,
        ...withText(`${SCORE_MIN} = ${scale.low}`),
        type: 'display',
      },
      {
        extension: [itemControl('upper')],
        linkId: `${linkId}.hoog`,
        ...withText(`${SCORE_MAX} = ${scale.high}`),
        type: 'display',
      },
    ],
  };
}

function collectLinkIds(items: readonly QuestionnaireItem[], into: string[]): string[] {
  for (const item of items) {
    into.push(item.linkId);
    collectLinkIds(item.item ?? [], into);
  }
  return into;
}

/**
 * The pack as an R4 Questionnaire: one group per dimension (the quick question, the detailed
 * questions and "hier wil ik over praten"), then the focus, change, need, expectations and
 * question items of the patient screens.
 *
 * @throws Error when a pack's question id equals a linkId this export adds (a dimension id,
 *   `<dimension>-praten`, `focus`, `change`, `need`, `expectations`, `question`): linkIds must be
 *   unique, and a silently invalid export is worse than none.
 */
export function questionnaireFor(pack: ContentPack, texts: FhirTexts = DUTCH_TEXTS): Questionnaire {
  const dimensionGroups: QuestionnaireItem[] = pack.dimensions.map((dim) => ({
    linkId: dim.id,
    ...withText(dim.label),
    type: 'group',
    item: [
      scoreItem(dim.quick.id, dim.quick.text, pack.scale),
      ...dim.items.map((item) => scoreItem(item.id, item.text, pack.scale)),
      { linkId: talkLinkId(dim.id), ...withText(texts.talk), type: 'boolean' },
    ],
  }));

  const item: QuestionnaireItem[] = [
    ...dimensionGroups,
    {
      linkId: LINK_IDS.focus,
      ...withText(texts.focus),
      type: 'choice',
      answerOption: pack.dimensions.map((dim) => ({
        valueCoding: coded(DIMENSION_SYSTEM, dim.id, dim.label),
      })),
    },
    {
      linkId: LINK_IDS.change,
      ...withText(texts.change),
      type: 'string',
      maxLength: TEXT_LIMITS.change,
    },
    { linkId: LINK_IDS.need, ...withText(texts.need), type: 'string', maxLength: TEXT_LIMITS.need },
    {
      linkId: LINK_IDS.expectations,
      ...withText(texts.expectations),
      type: 'choice',
      repeats: true,
      answerOption: EXPECTATIONS.map((code) => ({
        valueCoding: coded(EXPECTATION_SYSTEM, code, texts.expectationLabels[code]),
      })),
    },
    {
      linkId: LINK_IDS.question,
      ...withText(texts.question),
      type: 'text',
      maxLength: TEXT_LIMITS.question,
    },
  ];

  const seen = new Set<string>();
  for (const linkId of collectLinkIds(item, [])) {
    if (seen.has(linkId)) {
      throw new Error(`pack ${pack.id}: linkId "${linkId}" would occur twice in the Questionnaire`);
    }
    seen.add(linkId);
  }

  return {
    resourceType: 'Questionnaire',
    language: pack.lang,
    url: questionnaireUrl(pack),
    version: pack.version,
    name: questionnaireName(pack.id),
    title: fhirString(pack.title) ?? pack.id,
    status: 'active',
    subjectType: ['Patient'],
    date: pack.publishedAt,
    publisher: fhirString(pack.source) ?? pack.id,
    copyright: fhirString(pack.licence) ?? pack.id,
    item,
  };
}

// ---------------------------------------------------------------------------------------------
// QuestionnaireResponse.

/** Raw answers by linkId: a score, a mark, a text, or the codes of a choice. */
type Given = ReadonlyMap<string, readonly (number | boolean | string)[]>;

/** FHIR's `instant`: a date-time to the second, with a zone (what Bundle.timestamp needs). */
const INSTANT =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

function checkAuthored(authored: string): void {
  if (!INSTANT.test(authored) || Number.isNaN(Date.parse(authored))) {
    throw new RangeError(
      `authored must be a date-time with seconds and a time zone, e.g. 2026-11-02T09:30:00Z; got "${authored}"`,
    );
  }
}

/**
 * What the preparation says, by linkId. Only the questions of the preparation's mode count, as
 * for the scores (answers left over from the other mode are not what the patient handed over).
 * The talk mark is exported only where it is set.
 */
function givenFor(preparation: Preparation, pack: ContentPack): Given {
  const given = new Map<string, readonly (number | boolean | string)[]>();
  // A face is no 0–10 answer, and the questionnaire's items are 0–10 integers: faces are left
  // out rather than passed off as measured scores.
  const dimensions = preparation.mode === 'face' ? [] : DIMENSIONS;
  for (const dim of dimensions) {
    for (const id of itemIdsFor(pack, dim, preparation.mode)) {
      const value = preparation.answers[id];
      if (value === undefined) continue;
      if (!Number.isInteger(value) || value < SCORE_MIN || value > SCORE_MAX) {
        throw new RangeError(`answer ${id} is ${value}, not a whole number 0–10`);
      }
      given.set(id, [value]);
    }
  }
  for (const dim of canonicalOrder(DIMENSIONS, preparation.talk)) {
    given.set(talkLinkId(dim), [true]);
  }
  if (preparation.focus !== null) given.set(LINK_IDS.focus, [preparation.focus]);
  for (const field of ['change', 'need', 'question'] as const) {
    const text = fhirString(preparation[field]);
    if (text !== null) given.set(LINK_IDS[field], [text]);
  }
  const expectations = canonicalOrder(EXPECTATIONS, preparation.expectations);
  if (expectations.length > 0) given.set(LINK_IDS.expectations, expectations);
  return given;
}

function answersFor(
  item: QuestionnaireItem,
  values: readonly (number | boolean | string)[],
): QuestionnaireResponseAnswer[] {
  return values.map((value): QuestionnaireResponseAnswer => {
    if (item.type === 'integer' && typeof value === 'number') return { valueInteger: value };
    if (item.type === 'boolean' && typeof value === 'boolean') return { valueBoolean: value };
    if ((item.type === 'string' || item.type === 'text') && typeof value === 'string') {
      return { valueString: value };
    }
    if (item.type === 'choice' && typeof value === 'string') {
      const option = item.answerOption?.find((o) => o.valueCoding.code === value);
      if (option) return { valueCoding: { ...option.valueCoding } };
    }
    throw new RangeError(`item ${item.linkId} (${item.type}) cannot take the answer ${value}`);
  });
}

/** Mirror the questionnaire's tree, keeping only answered questions and non-empty groups. */
function respond(items: readonly QuestionnaireItem[], given: Given): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const item of items) {
    const text = item.text === undefined ? {} : { text: item.text };
    if (item.type === 'group') {
      const children = respond(item.item ?? [], given);
      if (children.length > 0) out.push({ linkId: item.linkId, ...text, item: children });
      continue;
    }
    const values = given.get(item.linkId);
    if (item.type === 'display' || values === undefined || values.length === 0) continue;
    out.push({ linkId: item.linkId, ...text, answer: answersFor(item, values) });
  }
  return out;
}

/**
 * The preparation as an R4 QuestionnaireResponse to {@link questionnaireFor}(pack). Unanswered
 * questions are left out (never written as 0); free text is a plain `valueString`. It carries no
 * subject, author or identifier: the GP links it to the patient, as with the summary.
 *
 * `pack` should be the pack the preparation names (same id and version; the language may
 * differ). A Handover without detail (consultcode) has only rounded dimension means, which are
 * not answers to these questions, so it has no QuestionnaireResponse.
 *
 * @throws RangeError when `authored` is not a full date-time with a zone, when the pack is not
 *   the one the preparation names, or an answer is not a whole number 0–10.
 */
export function questionnaireResponseFor(
  preparation: Preparation,
  pack: ContentPack,
  authored: string,
  texts: FhirTexts = DUTCH_TEXTS,
): QuestionnaireResponse {
  checkAuthored(authored);
  if (preparation.pack.id !== pack.id || preparation.pack.version !== pack.version) {
    throw new RangeError(
      `the preparation uses pack ${preparation.pack.id} ${preparation.pack.version}, not ${pack.id} ${pack.version}`,
    );
  }
  const questionnaire = questionnaireFor(pack, texts);
  const item = respond(questionnaire.item, givenFor(preparation, pack));
  return {
    resourceType: 'QuestionnaireResponse',
    language: preparation.locale,
    questionnaire: questionnaireCanonical(pack),
    status: 'completed',
    authored,
    ...(item.length > 0 ? { item } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Bundle.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A random (version 4) UUID from `crypto.getRandomValues`, which also works off HTTPS. */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface BundleOptions {
  /** When the answers were handed over; also the bundle's timestamp. */
  authored: string;
  /** Makes the `urn:uuid:` fullUrls; lower-case UUIDs. Defaults to {@link randomUuid}. */
  uuid?: () => string;
  texts?: FhirTexts;
}

/**
 * A `collection` Bundle holding the Questionnaire and the QuestionnaireResponse, each under a
 * `urn:uuid:` fullUrl.
 *
 * @throws RangeError as {@link questionnaireResponseFor}, or when `uuid` returns something that
 *   is not a lower-case UUID, or the same one twice.
 */
export function fhirBundleFor(
  preparation: Preparation,
  pack: ContentPack,
  options: BundleOptions,
): FhirBundle {
  const { authored, uuid = randomUuid, texts = DUTCH_TEXTS } = options;
  const response = questionnaireResponseFor(preparation, pack, authored, texts);
  const questionnaire = questionnaireFor(pack, texts);
  const ids = [uuid(), uuid()];
  for (const id of ids) {
    if (!UUID.test(id)) throw new RangeError(`not a lower-case UUID: "${id}"`);
  }
  if (ids[0] === ids[1]) throw new RangeError('the uuid generator returned the same UUID twice');
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: authored,
    entry: [
      { fullUrl: `urn:uuid:${ids[0]}`, resource: questionnaire },
      { fullUrl: `urn:uuid:${ids[1]}`, resource: response },
    ],
  };
}
