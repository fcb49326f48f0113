/**
 * Samenspraak's public surface for host pages: the two custom elements, their attributes and
 * their events. Reference this file (or import its types) and
 * `document.querySelector('samenspraak-consult')` and the event details are typed. The same API
 * as data, with the CSS custom properties, is in custom-elements.json beside this file.
 */

/** One of the six dimensions of Positieve Gezondheid, in the fixed order of the spider web. */
export type SamenspraakDimension =
  | 'lichaam'
  | 'mentaal'
  | 'zingeving'
  | 'kwaliteit'
  | 'meedoen'
  | 'dagelijks';

/** What the patient expects from the GP. */
export type SamenspraakExpectation =
  | 'uitleg'
  | 'geruststelling'
  | 'onderzoek'
  | 'behandeling'
  | 'verwijzing'
  | 'meedenken'
  | 'anders';

export interface SamenspraakPackRef {
  id: string;
  version: string;
}

/** Everything the patient entered. No name, date of birth or BSN: there is no field for them. */
export interface SamenspraakPreparation {
  pack: SamenspraakPackRef;
  /** The language the patient used. */
  locale: string;
  /** `face`: "Eenvoudig", five faces per quick question. */
  mode: 'quick' | 'detailed' | 'face';
  /**
   * Answers 0–10 by question id; an unanswered question has no key. In `face` mode a quick
   * question's answer is the face, 0–4 (saddest first), which the web reads as 0, 2.5, 5, 7.5, 10.
   */
  answers: Readonly<Record<string, number>>;
  talk: SamenspraakDimension[];
  focus: SamenspraakDimension | null;
  change: string;
  need: string;
  expectations: SamenspraakExpectation[];
  question: string;
}

/** What reaches the GP: by code only the structured core, by QR the whole preparation. */
export interface SamenspraakHandover {
  pack: SamenspraakPackRef | null;
  /** Each dimension's value 0–10, or null when the patient answered none of its questions. */
  scores: Readonly<Record<SamenspraakDimension, number | null>>;
  talk: SamenspraakDimension[];
  focus: SamenspraakDimension | null;
  expectations: SamenspraakExpectation[];
  /** The patient's language; null from an older consultcode, which does not carry it. */
  locale: string | null;
  /** How the scores were given; `face` means the scores are faces, not measured values. */
  mode: 'quick' | 'detailed' | 'face' | null;
  detail: SamenspraakPreparation | null;
}

/** `detail` of `samenspraak-handover`: fired when the patient reaches "Klaar". */
export interface SamenspraakHandoverDetail {
  /** The consultcode, e.g. `SCHT-KYJJ-25B2`. */
  code: string;
  /** The text in the QR code: the whole preparation. Only with the `emit-data` attribute. */
  payload?: string;
  /** The preparation, structured. Only with the `emit-data` attribute. */
  handover?: SamenspraakHandover & { detail: SamenspraakPreparation };
}

/** The consult as stored; see src/domain/consult.ts for every field. */
export interface SamenspraakConsult {
  step: 'start' | 'verwachtingen' | 'opties' | 'voorkeur' | 'keuze' | 'samenvatting';
  origin: 'code' | 'qr' | 'samen' | 'blanco' | null;
  handover: SamenspraakHandover | null;
  hulpvraag: string;
  inschatting: string;
  choiceStated: boolean;
  keuzekaart: { id: string; version: string; title: string } | null;
  options: {
    id: string;
    title: string;
    description: string;
    pros: { id: string; text: string }[];
    cons: { id: string; text: string }[];
    dimensions: SamenspraakDimension[];
    afwachten: boolean;
  }[];
  decision: { kind: 'keuze'; optionId: string } | { kind: 'bedenktijd'; followUp: string } | null;
  decidedBy: 'patient' | 'samen' | 'huisarts' | null;
  keuzecheck: Record<'sure' | 'understand' | 'risk' | 'encouragement', boolean | null>;
  afspraken: { nextStep: string; evaluation: string; vangnet: string };
  summaryEdit: string | null;
}

/** `detail` of `samenspraak-summary`: fired when the GP saves a finished consult. */
export interface SamenspraakSummaryDetail {
  /** The Dutch SOEP text as saved (generated, or as the GP edited it). */
  text: string;
  /** The consult, structured, free text included. Only with the `emit-data` attribute. */
  data?: SamenspraakConsult;
}

/** `detail` of `samenspraak-error`. */
export interface SamenspraakErrorDetail {
  /** `library`: the practice's keuzekaarten library (its index or a card file) was refused. */
  kind: 'pack' | 'storage' | 'library';
  message: string;
}

/**
 * `<samenspraak-vragenlijst>`: the patient's preparation. Attributes:
 * - `locale`: `nl` (default), `en`, `ar`, `tr`, `pl`, `uk`;
 * - `kiosk`: a shared tablet; wipe after "Volgende patiënt" and after idleness;
 * - `idle-seconds`: seconds without a touch before the wipe, 30–3600 (default 120);
 * - `klaar-seconds`: seconds "Klaar" shows the code before it wipes itself, 10–3600 (default 60);
 * - `pack`: the URL of a content pack on the page's own origin; `{lang}` stands for the language;
 * - `id`: the global HTML attribute, read when the element connects (not observed): give two
 *   elements on one page their own ids, so each keeps its own draft;
 * - `emit-data`: `samenspraak-handover` also carries `payload` and `handover`, the patient's
 *   own words included (without it, `code` alone).
 * Invalid values fall back to the default, with a console warning naming the attribute. Events:
 * `samenspraak-handover`, `samenspraak-error`.
 */
export interface SamenspraakVragenlijstElement extends HTMLElement {}

/**
 * `<samenspraak-consult>`: the GP's consult. Attributes:
 * - `mode`: `consult` (the default), `beheer`, the practice's keuzekaarten editor, or
 *   `intervisie`, the anonymous monthly counts, their export and the merge of several files;
 * - `retention-days`: how long finished consults are kept before the GP sets it, 1–90 (30);
 * - `keuzekaarten`: the URL of the practice's keuzekaarten library index on the page's own
 *   origin, e.g. `/samenspraak/praktijk/keuzekaarten.json`; a library set in the page wins;
 * - `emit-data`: `samenspraak-summary` also carries `data`, the whole consult (without it,
 *   `text` alone).
 * Events: `samenspraak-summary`, `samenspraak-error`.
 */
export interface SamenspraakConsultElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'samenspraak-vragenlijst': SamenspraakVragenlijstElement;
    'samenspraak-consult': SamenspraakConsultElement;
  }
  // The events bubble and cross the shadow boundary, so documents and windows hear them too.
  interface GlobalEventHandlersEventMap {
    'samenspraak-handover': CustomEvent<SamenspraakHandoverDetail>;
    'samenspraak-summary': CustomEvent<SamenspraakSummaryDetail>;
    'samenspraak-error': CustomEvent<SamenspraakErrorDetail>;
  }
}
