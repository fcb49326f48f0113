import {
  type ConsultOption,
  type ConsultState,
  KEUZECHECK,
  type KeuzekaartRef,
  keuzecheckResult,
} from './consult';
import type { PackRef } from './contentpack';
import { canonicalOrder, DIMENSIONS, type DimensionScore, EXPECTATIONS } from './dimensions';
import { type Charset, foldText, otherScript, wrapLine } from './plaintext';
import {
  DEFAULT_SUMMARY_OPTIONS,
  DEFAULT_SUMMARY_SETTINGS,
  type SummaryOptions,
  type SummarySettings,
} from './summarysettings';

/**
 * The SOEP summary for the HIS (docs/architecture.md, "The HIS summary"): Dutch plain text, one
 * block per SOEP field in the order S, O, E, P, whatever language the patient used. A field with
 * nothing to say is left out, so O appears only with the patient's own scores. Pure: the Dutch words come in through an
 * injected translator (locales/huisarts/nl.json, `summary.*`), so this module needs no UI code.
 *
 * The summary records what was said and chosen; it never scores, ranks or recommends an option.
 * It adds no patient identifiers: the consult state holds none.
 */

/** A Dutch translator (the widget's t fixed to nl), injected so the domain stays free of the UI. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export type SoepLabel = 'S' | 'O' | 'E' | 'P';

/** One field of the summary; `text` is without the "S: " prefix and not yet folded. */
export interface SummaryLine {
  label: SoepLabel;
  text: string;
}

export {
  DEFAULT_SUMMARY_OPTIONS,
  DEFAULT_SUMMARY_SETTINGS,
  type SummaryOptions,
  type SummarySettings,
};

/** What made the summary: the app, the question pack and the keuzekaart, for the last line. */
export interface Provenance {
  /** e.g. 'Samenspraak 0.1.0' */
  app: string;
  pack: PackRef | null;
  keuzekaart: Pick<KeuzekaartRef, 'id' | 'version'> | null;
}

/** Continuation lines are indented by the width of "S: ", so the label stands out. */
const INDENT = 3;

/** Keeps the space after the label unbreakable while wrapping; never in folded text (≤ U+00FF). */
const LABEL_GLUE = '\uE000';

// ---------------------------------------------------------------------------------------------
// Free text

/**
 * Free text as one plain run of words: line breaks, tabs and other whitespace collapse to one
 * space. The text is never interpreted; folding to the charset (which drops soft hyphens and
 * other invisible characters) comes at render.
 */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Free text set inside a sentence: cleaned, without its own closing period (an ellipsis stays).
 * Text with no letter or digit at all (only punctuation, or an emoji) says nothing: it is dropped.
 */
function phrase(text: string): string {
  const value = clean(text)
    .replace(/(?<!\.)\.$/, '')
    .trimEnd();
  return /[\p{L}\p{N}]/u.test(value) ? value : '';
}

/** End a part with a period, unless it already ends a sentence ("wat nu?"). */
function sentence(part: string): string {
  const trimmed = part.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A field from its parts: empty parts leave nothing, and no parts leave no field. */
function soepField(label: SoepLabel, parts: readonly (string | null)[]): SummaryLine[] {
  const text = parts
    .filter((p): p is string => p !== null && p.trim() !== '')
    .map(sentence)
    .join(' ');
  return text ? [{ label, text }] : [];
}

/**
 * Free text as it can reach the HIS: a text mostly in another script (a question in Arabic)
 * becomes a note that points to the take-home sheet, never a row of dropped characters.
 */
function carried(t: Translate, text: string): string {
  const value = phrase(text);
  const script = otherScript(value);
  return script ? t('summary.otherScript', { script: t(`summary.scripts.${script}`) }) : value;
}

/** A free-text part, or null when the text is empty. */
function textPart(t: Translate, key: string, text: string): string | null {
  const value = carried(t, text);
  return value ? t(key, { text: value }) : null;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** A 0–10 score with one decimal at most and a decimal comma: 6, 6,5. */
function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10).replace('.', ',');
}

/** An ISO date from the date input as Dutch d-m-yyyy; anything else as typed. */
function formatDate(value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!iso) return phrase(value);
  const [, year, month, day] = iso;
  return `${Number(day)}-${Number(month)}-${year}`;
}

/**
 * An option title mid-sentence, as in the example of docs/architecture.md ("afwachten met zelfhulp"): a capital
 * that only starts a sentence is lowered; an abbreviation such as "POH-GGZ" is left alone.
 */
function optionTitle(t: Translate, option: ConsultOption): string {
  const title = carried(t, option.title);
  return title ? lowerFirst(title) : t('summary.untitledOption');
}

/** A capital that only starts a sentence, lowered: "Klacht" but "POH-GGZ" and "ICPC" stay. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text)
    ? text.charAt(0).toLocaleLowerCase('nl') + text.slice(1)
    : text;
}

function isScore(score: DimensionScore): score is number {
  return score !== null && Number.isFinite(score);
}

// ---------------------------------------------------------------------------------------------
// The lines

/** S: the hulpvraag, the patient's own question when it differs, and the expectations. */
function questionParts(state: ConsultState, t: Translate): (string | null)[] {
  const handover = state.handover;
  const question = carried(t, handover?.detail?.question ?? '');
  const hulpvraag = carried(t, state.hulpvraag) || question;
  const expectations = canonicalOrder(EXPECTATIONS, handover?.expectations ?? []);
  return [
    hulpvraag ? t('summary.hulpvraag', { text: hulpvraag }) : null,
    question && question !== hulpvraag ? t('summary.question', { text: question }) : null,
    expectations.length > 0
      ? t('summary.expectations', {
          items: expectations.map((e) => t(`summary.expectation.${e}`)).join(', '),
        })
      : null,
  ];
}

/** The short names known to every GP who uses the web ("mentaal", "dagelijks leven"). */
const dimensionName = (t: Translate, d: (typeof DIMENSIONS)[number]) =>
  t(`summary.dimensions.${d}`);

/** O: the web as words and numbers, and who filled it in. */
function webParts(state: ConsultState, t: Translate): (string | null)[] {
  const handover = state.handover;
  if (!handover || !DIMENSIONS.some((d) => isScore(handover.scores[d]))) return [];
  const scores = DIMENSIONS.map((d) => {
    const score = handover.scores[d];
    return t('summary.score', {
      dimension: dimensionName(t, d),
      score: isScore(score) ? formatScore(score) : t('summary.unanswered'),
    });
  }).join(', ');
  // Filled in on the GP's screen, it is no longer the patient's own view alone.
  // Faces are rough answers: the summary names the scale, so nobody reads 7.5 as measured.
  const key =
    state.origin === 'samen'
      ? 'summary.webSamen'
      : handover.mode === 'face'
        ? 'summary.webFace'
        : 'summary.web';
  return [t(key, { scores })];
}

/** S: what the patient wants to talk about and to change, and what they need. */
function wishParts(state: ConsultState, t: Translate): (string | null)[] {
  const handover = state.handover;
  if (!handover) return [];
  const dimension = (d: (typeof DIMENSIONS)[number]) => dimensionName(t, d);
  const talk = canonicalOrder(DIMENSIONS, handover.talk);
  const change = carried(t, handover.detail?.change ?? '');
  const focus = handover.focus;
  let changePart: string | null = null;
  if (focus && change)
    changePart = t('summary.changeFocus', { dimension: dimension(focus), text: change });
  else if (focus) changePart = t('summary.change', { text: dimension(focus) });
  else if (change) changePart = t('summary.change', { text: change });
  return [
    talk.length > 0 ? t('summary.talk', { dimensions: talk.map(dimension).join(', ') }) : null,
    changePart,
    textPart(t, 'summary.need', handover.detail?.need ?? ''),
  ];
}

/** E: the conversation prompts the GP ticked, each a question of its own. */
function promptsParts(state: ConsultState, t: Translate): (string | null)[] {
  const items = state.prompts.map((p) => carried(t, p.text)).filter((p) => p !== '');
  if (items.length === 0) return [];
  return [t('summary.prompts', { items: items.map(sentence).join(' ') })];
}

/** E: the GP's view, the choice stated, and the options discussed (team and option talk). */
function optionsParts(state: ConsultState, t: Translate): (string | null)[] {
  // Afwachten is always there; the options were only discussed once there is another one.
  const discussed = state.options.length > 1;
  return [
    textPart(t, 'summary.inschatting', state.inschatting),
    state.choiceStated ? t('summary.choiceStated') : null,
    discussed ? discussedPart(state, t) : null,
  ];
}

/**
 * The options discussed: from a keuzekaart, the card and its version name them exactly (and the
 * chosen one is in P), so one short phrase says it; otherwise each title.
 */
function discussedPart(state: ConsultState, t: Translate): string {
  const card = state.keuzekaart;
  if (card) {
    const vars = { id: phrase(card.id), version: phrase(card.version) };
    const fillIns = fillInsPart(t, card);
    return fillIns
      ? t('summary.optionsCardFillIns', { ...vars, fillIns })
      : t('summary.optionsCard', vars);
  }
  return t('summary.options', { items: state.options.map((o) => optionTitle(t, o)).join('; ') });
}

/**
 * What the GP filled in on the card, beside its name: "klacht: knieklachten; specialisme:
 * orthopedie". Empty fields leave nothing; the label is lowered like an option title.
 */
function fillInsPart(t: Translate, card: KeuzekaartRef): string {
  return (card.fillIns ?? [])
    .map((f) => ({ label: lowerFirst(phrase(f.label)), value: carried(t, f.value) }))
    .filter((f) => f.label !== '' && f.value !== '')
    .map((f) => t('summary.fillIn', f))
    .join('; ');
}

/** E: the episode code the card suggests, unless the GP dropped it. */
function icpcPart(state: ConsultState, t: Translate): string | null {
  const code = state.keuzekaart?.icpc.find((c) => c.code === state.icpc);
  return code ? t('summary.icpc', { code: code.code }) : null;
}

/** E: what matters to the patient, in their words and the pros and cons weighed "erg". */
function voorkeurParts(state: ConsultState, t: Translate): (string | null)[] {
  const weighed = state.options.flatMap((o) =>
    (['pros', 'cons'] as const).flatMap((side) =>
      o[side]
        .filter((pc) => state.weights[`${o.id}/${pc.id}`] === 'erg')
        // The card's text speaks to the patient ("U krijgt..."); its summary phrase is the GP's.
        .map((pc) => carried(t, pc.summary ?? pc.text))
        .filter((text) => text !== '')
        .map((text) =>
          t(side === 'pros' ? 'summary.pro' : 'summary.con', {
            text,
            option: optionTitle(t, o),
          }),
        ),
    ),
  );
  return [
    textPart(t, 'summary.voorkeur', state.voorkeur),
    weighed.length > 0 ? t('summary.weighed', { items: weighed.join('; ') }) : null,
  ];
}

/** P: the decision or the time to think, who decided, the keuzecheck and the afspraken. */
function planParts(state: ConsultState, t: Translate): (string | null)[] {
  const decision = state.decision;
  let decisionPart: string | null = null;
  // Who chose goes with the choice: "Gezamenlijke keuze: ...", one phrase instead of two.
  let deciderSaid = false;
  if (decision?.kind === 'keuze') {
    const chosen = state.options.find((o) => o.id === decision.optionId);
    if (chosen) {
      const option = optionTitle(t, chosen);
      decisionPart = state.decidedBy
        ? t(`summary.decisionBy.${state.decidedBy}`, { option })
        : t('summary.decision', { option });
      deciderSaid = state.decidedBy !== null;
    }
  } else if (decision?.kind === 'bedenktijd') {
    const date = formatDate(decision.followUp);
    decisionPart = date ? t('summary.bedenktijdFollowUp', { date }) : t('summary.bedenktijd');
  }
  return [
    decisionPart,
    state.decidedBy && !deciderSaid
      ? t('summary.decidedBy', { decider: t(`summary.deciders.${state.decidedBy}`) })
      : null,
    keuzecheckPart(state, t),
    textPart(t, 'summary.nextStep', state.afspraken.nextStep),
    textPart(t, 'summary.evaluation', state.afspraken.evaluation),
    textPart(t, 'summary.vangnet', state.afspraken.vangnet),
  ];
}

/** "Keuzecheck 4/4", or with the doubts and unanswered questions named; null when unanswered. */
function keuzecheckPart(state: ConsultState, t: Translate): string | null {
  const result = keuzecheckResult(state.keuzecheck);
  if (result.answered === 0) return null;
  const item = (k: (typeof KEUZECHECK)[number]) => t(`summary.keuzecheck.items.${k}`);
  const open = KEUZECHECK.filter((k) => state.keuzecheck[k] === null);
  let text = t('summary.keuzecheck.result', { yes: result.yes, total: KEUZECHECK.length });
  if (result.doubts.length > 0)
    text += `, ${t('summary.keuzecheck.doubt', { items: result.doubts.map(item).join(', ') })}`;
  if (open.length > 0)
    text += `${result.doubts.length > 0 ? ';' : ','} ${t('summary.keuzecheck.unanswered', {
      items: open.map(item).join(', '),
    })}`;
  return text;
}

/** E, last: the app and the pack and keuzekaart versions used (the card only once in E). */
function provenanceParts(
  provenance: Provenance,
  t: Translate,
  cardNamed: boolean,
): (string | null)[] {
  const items = [
    phrase(provenance.app),
    provenance.pack
      ? t('summary.pack', {
          id: phrase(provenance.pack.id),
          version: phrase(provenance.pack.version),
        })
      : '',
    provenance.keuzekaart && !cardNamed
      ? t('summary.keuzekaart', {
          id: phrase(provenance.keuzekaart.id),
          version: phrase(provenance.keuzekaart.version),
        })
      : '',
  ].filter((item) => item !== '');
  return items.length > 0 ? [t('summary.provenance', { items: items.join('; ') })] : [];
}

/**
 * The summary's fields, one per SOEP label in the order S, O, E, P, before folding. Empty parts
 * leave nothing, and a field with no parts leaves no empty label.
 */
export function summaryLines(
  state: ConsultState,
  t: Translate,
  provenance: Provenance,
): SummaryLine[] {
  return [
    ...soepField('S', [...questionParts(state, t), ...wishParts(state, t)]),
    ...soepField('O', webParts(state, t)),
    ...soepField('E', [
      ...promptsParts(state, t),
      ...optionsParts(state, t),
      ...voorkeurParts(state, t),
      icpcPart(state, t),
      ...provenanceParts(provenance, t, state.keuzekaart !== null && state.options.length > 1),
    ]),
    ...soepField('P', planParts(state, t)),
  ];
}

// ---------------------------------------------------------------------------------------------
// Rendering

/**
 * One rendered line (for the per-line copy buttons): "S: ..." folded to the charset, wrapped with
 * continuation lines indented by three spaces. A line whose text folds to nothing renders as ''.
 */
export function renderLine(
  line: SummaryLine,
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): string {
  const text = foldText(line.text, options.charset);
  if (!text) return '';
  const width = options.wrap;
  if (width === null || !Number.isFinite(width)) return `${line.label}: ${text}`;
  // The glue keeps "S:" and the first word together: a long first word breaks, not the label.
  return wrapLine(`${line.label}:${LABEL_GLUE}${text}`, Math.floor(width), INDENT)
    .join('\n')
    .replace(LABEL_GLUE, ' ');
}

/**
 * One field without its label, for an HIS with a box per SOEP field (which has its own label:
 * "S: " pasted into it would read "S: S:"). Folded and wrapped like the labelled text.
 */
export function renderField(
  line: SummaryLine,
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): string {
  const text = foldText(line.text, options.charset);
  const width = options.wrap;
  if (!text || width === null || !Number.isFinite(width)) return text;
  return wrapLine(text, Math.floor(width), 0).join('\n');
}

/** A labelled block ("S: ..." and its indented continuation) as the field's text alone. */
export function unlabelled(block: string): string {
  return block
    .replace(/^[SOEP]: ?/, '')
    .split('\n')
    .map((line) => line.replace(/^ {1,3}/, ''))
    .join('\n');
}

/** The text for the HIS: each field "S: ...", folded to the charset, wrapped, joined with \n. */
export function renderSummary(
  lines: SummaryLine[],
  options: SummaryOptions = DEFAULT_SUMMARY_OPTIONS,
): string {
  return lines
    .map((l) => renderLine(l, options))
    .filter((rendered) => rendered !== '')
    .join('\n');
}

/** The GP's edit of the summary, as it goes to the HIS. */
export interface FoldedEdit {
  /** The whole text, each line folded; copied by "Kopieer alles" and saved with the consult. */
  text: string;
  /** One block per field: a line, with the indented lines that continue it (a wrapped field). */
  blocks: string[];
}

/**
 * The GP's own text goes to the HIS under the same rules as the generated one: every line folded
 * to the charset (no tabs, controls, smart quotes or emoji; ASCII or Latin-1), its leading indent
 * kept so a wrapped field still reads as one block. A line of only spaces becomes empty.
 */
export function foldEditedSummary(edit: string, charset: Charset): FoldedEdit {
  const lines = edit.split(/\r\n|\r|\n/).map((line) => {
    const folded = foldText(line, charset);
    // A tab or a no-break space in the indent counts as one space, like anywhere in the line.
    return folded ? ' '.repeat(/^[ \t\u00A0]*/.exec(line)?.[0].length ?? 0) + folded : '';
  });
  const blocks: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const last = blocks.length - 1;
    if (line.startsWith(' ') && last >= 0) blocks[last] = `${blocks[last]}\n${line}`;
    else blocks.push(line);
  }
  return { text: lines.join('\n'), blocks };
}
