/**
 * The public API of Samenspraak's custom elements, as data: the one source that the README
 * tables (`readmeTables()`), the Custom Elements Manifest (`customElementsManifest()`), the
 * element definitions' observed attributes and types/samenspraak.d.ts are generated from or
 * tested against (tests/tooling/api.test.ts). Pure data: no Preact, no DOM. The runtime bundles
 * import only its types, never its descriptions.
 */

/** What an attribute's value may be. */
export type AttributeValues =
  /** One of a fixed list of strings. */
  | { readonly kind: 'enum'; readonly options: readonly string[] }
  /** A boolean attribute: present means on, as in HTML, unless its value is "false". */
  | { readonly kind: 'flag' }
  /** A whole number from `min` to `max`, both included. */
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  /** A URL that must resolve to the page's own origin. */
  | { readonly kind: 'same-origin-url' }
  /** The global HTML `id`: any value, unique on the page. */
  | { readonly kind: 'id' };

/** One attribute an element understands. */
export interface AttributeSpec {
  readonly name: string;
  readonly values: AttributeValues;
  /**
   * The value used when the attribute is absent or invalid, as it would be written in HTML;
   * undefined when absence itself is the default (a flag that is off, no pack of one's own).
   */
  readonly default?: string;
  /** What it does, in Markdown. */
  readonly description: string;
  /**
   * Whether the element observes it (lists it in `observedAttributes` and reacts to changes).
   * False for a global HTML attribute that the element only reads.
   */
  readonly observed: boolean;
}

/** One field of an event's `detail`. */
export interface DetailFieldSpec {
  readonly name: string;
  /** A short Markdown note, shown in brackets after the name; absent when the name says it. */
  readonly description?: string;
}

/** One event an element dispatches on itself (a `CustomEvent`, bubbling and composed). */
export interface EventSpec {
  readonly name: string;
  /** When it fires, in Markdown. */
  readonly when: string;
  /** The name of its `detail` type in types/samenspraak.d.ts. */
  readonly detailType: string;
  readonly detail: readonly DetailFieldSpec[];
}

/** One CSS custom property that crosses the shadow boundary. */
export interface CssPropertySpec {
  readonly name: `--${string}`;
  /** The value used when the host sets none, exactly as the stylesheet has it. */
  readonly default: string;
  /** A Markdown note on the default, e.g. a lower bound. */
  readonly note?: string;
  /** What it styles, in Markdown. */
  readonly description: string;
}

/** One custom element. */
export interface ElementSpec {
  readonly tagName: `samenspraak-${string}`;
  /** The name of its interface in types/samenspraak.d.ts, also its class in the manifest. */
  readonly className: string;
  readonly description: string;
  readonly attributes: readonly AttributeSpec[];
  /** The names of the events it fires; each is described in `EVENTS`. */
  readonly events: readonly EventName[];
}

/** The events, described once: both elements fire `samenspraak-error`. */
export const EVENTS = [
  {
    name: 'samenspraak-handover',
    when: 'the patient reaches "Klaar"',
    detailType: 'SamenspraakHandoverDetail',
    detail: [
      { name: 'code', description: 'the consultcode, e.g. `SCHT-KYJJ-25B2`' },
      { name: 'payload', description: 'the QR text, free text included; only with `emit-data`' },
      { name: 'handover', description: 'structured; only with `emit-data`' },
    ],
  },
  {
    name: 'samenspraak-summary',
    when: 'the GP saves a finished consult',
    detailType: 'SamenspraakSummaryDetail',
    detail: [
      { name: 'text', description: 'the SOEP summary' },
      { name: 'data', description: 'the consult; only with `emit-data`' },
    ],
  },
  {
    name: 'samenspraak-error',
    when: "a pack or the practice's keuzekaarten library cannot be used, storage is unavailable or a save failed",
    detailType: 'SamenspraakErrorDetail',
    detail: [{ name: 'kind', description: '`pack`, `storage`, `library`' }, { name: 'message' }],
  },
] as const satisfies readonly EventSpec[];

/** The name of an event an element fires. */
export type EventName = (typeof EVENTS)[number]['name'];

/** `<samenspraak-vragenlijst>`: the patient's preparation. */
export const VRAGENLIJST = {
  tagName: 'samenspraak-vragenlijst',
  className: 'SamenspraakVragenlijstElement',
  description: "The patient's preparation: Positieve Gezondheid before the consult.",
  attributes: [
    {
      name: 'locale',
      values: { kind: 'enum', options: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] },
      default: 'nl',
      description: 'the language the questionnaire starts in; the patient can still choose another',
      observed: true,
    },
    {
      name: 'kiosk',
      values: { kind: 'flag' },
      description: 'a shared tablet; wipe after "Volgende patiënt" and after idleness',
      observed: true,
    },
    {
      name: 'idle-seconds',
      values: { kind: 'integer', min: 30, max: 3600 },
      default: '120',
      description: 'seconds without a touch before a kiosk wipes',
      observed: true,
    },
    {
      name: 'klaar-seconds',
      values: { kind: 'integer', min: 10, max: 3600 },
      default: '60',
      description:
        'seconds "Klaar" shows the code, with a visible countdown, before it wipes everything',
      observed: true,
    },
    {
      name: 'pack',
      values: { kind: 'same-origin-url' },
      description:
        'URL of your own content pack on your origin; `{lang}` stands for the language, e.g. `/packs/praktijk.{lang}.json`. Where it cannot be used, the built-in pack is, and `samenspraak-error` says why',
      observed: true,
    },
    {
      name: 'id',
      values: { kind: 'id' },
      description:
        'the global HTML attribute, read when the element connects (not observed): give two elements on one page their own ids, so each keeps its own draft',
      observed: false,
    },
    {
      name: 'emit-data',
      values: { kind: 'flag' },
      description:
        "`samenspraak-handover` also carries `payload` and `handover`: the whole preparation, the patient's own words included. Without it the event carries the `code` alone",
      observed: true,
    },
  ],
  events: ['samenspraak-handover', 'samenspraak-error'],
} as const satisfies ElementSpec;

/** `<samenspraak-consult>`: the GP's consult. */
export const CONSULT = {
  tagName: 'samenspraak-consult',
  className: 'SamenspraakConsultElement',
  description: "The GP's consult: the keuzekaart during the consult, the SOEP summary after.",
  attributes: [
    {
      name: 'mode',
      values: { kind: 'enum', options: ['consult', 'beheer', 'intervisie'] },
      default: 'consult',
      description:
        "what the element shows: the consult; `beheer`, where the practice makes, edits, exports and deletes its own keuzekaarten; or `intervisie`, the anonymous monthly counts of finished consults, their export and the merge of colleagues' files",
      observed: true,
    },
    {
      name: 'retention-days',
      values: { kind: 'integer', min: 1, max: 90 },
      default: '30',
      description: 'how long finished consults are kept until the GP sets it on the page',
      observed: true,
    },
    {
      name: 'keuzekaarten',
      values: { kind: 'same-origin-url' },
      description:
        "URL of the practice's keuzekaarten library on your origin, e.g. `/samenspraak/praktijk/keuzekaarten.json`: an index of card files and their versions, read on start and once a day, so every computer gets the same cards. A library set in the page wins over it. Where it cannot be used, `samenspraak-error` says why (`library`)",
      observed: true,
    },
    {
      name: 'emit-data',
      values: { kind: 'flag' },
      description:
        '`samenspraak-summary` also carries `data`: the whole consult, free text included. Without it the event carries the `text` alone',
      observed: true,
    },
  ],
  events: ['samenspraak-summary', 'samenspraak-error'],
} as const satisfies ElementSpec;

/** Both elements, in the order the documentation lists them. */
export const ELEMENTS = [VRAGENLIJST, CONSULT] as const satisfies readonly ElementSpec[];

/** The tag name of one of the elements. */
export type TagName = (typeof ELEMENTS)[number]['tagName'];

/**
 * The CSS custom properties that reach into the shadow roots: both elements share the base
 * stylesheet that reads them.
 */
export const CSS_PROPERTIES: readonly CssPropertySpec[] = [
  {
    name: '--samenspraak-accent',
    default: '#1f4e99',
    description: 'the accent colour: buttons, focus outlines, the spider web',
  },
  {
    name: '--samenspraak-font-family',
    default: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    description: 'the font of all text',
  },
  {
    name: '--samenspraak-font-size',
    default: '1.125em',
    note: "of the browser's default text size, whatever the host page's root; never below 16px",
    description: 'the base text size; spacing grows with it',
  },
];

/** The attributes of an element that it observes (its `observedAttributes`). */
export type ObservedAttributeName<E extends ElementSpec> = Extract<
  E['attributes'][number],
  { readonly observed: true }
>['name'];

/** The observed attributes of `<samenspraak-vragenlijst>`. */
export type VragenlijstAttributeName = ObservedAttributeName<typeof VRAGENLIJST>;

/** The observed attributes of `<samenspraak-consult>`. */
export type ConsultAttributeName = ObservedAttributeName<typeof CONSULT>;

/** The names of an element's observed attributes, in source order. */
export function observedAttributes(element: ElementSpec): string[] {
  return element.attributes.filter((a) => a.observed).map((a) => a.name);
}
