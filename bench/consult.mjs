// 8. Consult by keyboard: three scripted consults on consult.html with the keyboard alone, at
// 1366×768, each in a fresh browser context. Counts every key press by kind (Tab, typed
// character, other key), the decisions the GP makes, and the length of the SOEP summary that
// "Kopieer alles" copies. The DOM is read only to decide how many keys are needed (how many Tabs
// to a control, how many arrows to an option); every action of the GP is a key press.
import { launchChromium, table } from './lib.mjs';

export const title = '8. Consult by keyboard (key presses, decisions, summary length)';
export const timeBoxMs = 5 * 60_000;

/**
 * The consultcode of the prepared patient in tests/e2e/fixtures.ts (`PREPARED_CODE`): Meedoen 3
 * and Mentaal 4 marked to talk about, Meedoen to change, expectations uitleg and meedenken. Copied
 * here, not imported: the bench does not load the test code.
 */
const PREPARED_CODE = 'HCJK-KAJJ-22D';
const VIEWPORT = { width: 1366, height: 768 };
const TARGET_KEYS = 25;
const TARGET_SUMMARY = 400;
/** How long the page may take to show what a key press should bring (a step, a status). */
const WAIT_MS = 10_000;
const KEUZECHECK = [
  'Weet u zeker wat voor u de beste keuze is?',
  'Kent u de voordelen en nadelen van elke mogelijkheid?',
  'Weet u welke voordelen en nadelen voor u het belangrijkst zijn?',
  'Heeft u genoeg steun en advies om te kiezen?',
];
const SUMMARY_LABEL = 'Samenvatting (aan te passen)';

/**
 * @typedef {object} Focus what has focus, deep inside the consult's shadow root
 * @property {string} tag
 * @property {string} type
 * @property {string} id
 * @property {string} name the accessible name, roughly: aria-label, labelledby, label, text
 * @property {string} group the legend of its fieldset, or the aria-label of its group
 * @property {boolean | null} checked
 * @property {string} value
 * @property {string} selected for a select: the text of the chosen option
 * @property {boolean} inConsult
 */

/** In the page: the deepest focused element, described. */
function describeFocus() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  // A label's visible key hint ("2") is no part of its name, as for assistive technology.
  const textOf = (el) => {
    if (!el) return '';
    const copy = el.cloneNode(true);
    for (const hint of copy.querySelectorAll('.key-hint')) hint.remove();
    return copy.textContent;
  };
  if (!active || active === document.body) {
    return {
      tag: 'body',
      type: '',
      id: '',
      name: '',
      group: '',
      checked: null,
      value: '',
      selected: '',
      inConsult: false,
    };
  }
  const root = active.getRootNode();
  let name = active.getAttribute('aria-label') ?? '';
  const labelledby = active.getAttribute('aria-labelledby');
  if (!name && labelledby) {
    name = labelledby
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
  }
  if (!name && active.labels?.length) name = textOf(active.labels[0]);
  if (!name) name = textOf(active.closest('label'));
  if (!name) name = textOf(active);
  const fieldset = active.closest('fieldset');
  const group =
    fieldset?.querySelector('legend')?.textContent ??
    active.closest('[role="group"], [role="radiogroup"]')?.getAttribute('aria-label') ??
    '';
  return {
    tag: active.tagName.toLowerCase(),
    type: active.type ?? '',
    id: active.id ?? '',
    name: clean(name),
    group: clean(group),
    checked:
      'checked' in active && ['checkbox', 'radio'].includes(active.type) ? active.checked : null,
    value: typeof active.value === 'string' ? active.value : '',
    selected: clean(active.selectedOptions?.[0]?.textContent),
    inConsult: root instanceof ShadowRoot && root.host.localName === 'samenspraak-consult',
  };
}

/** In the page: the consult step that is current ("Keuze"), from the step navigation. */
function currentStep() {
  const root = document.querySelector('samenspraak-consult')?.shadowRoot;
  const button = root?.querySelector('nav [aria-current="step"]');
  return (button?.textContent ?? '?').replace(/^\s*\d+\s*/, '').trim() || '?';
}

/** In the page: whether a button whose text or aria-label starts with `prefix` is shown. */
function hasButton(prefix) {
  const root = document.querySelector('samenspraak-consult')?.shadowRoot;
  if (!root) return false;
  return [...root.querySelectorAll('button')].some((b) => {
    const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim();
    return name.startsWith(prefix) && !b.disabled && b.getClientRects().length > 0;
  });
}

/**
 * In the page: the radios of the focused radio's group (same name), as their label texts, and
 * the index of the focused one.
 */
function radioGroup() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active?.type !== 'radio') return null;
  const root = active.getRootNode();
  const radios = [...root.querySelectorAll('input[type="radio"]')].filter(
    (r) => r.name === active.name && !r.disabled,
  );
  const text = (r) => {
    const label = r.closest('label')?.cloneNode(true);
    for (const hint of label?.querySelectorAll('.key-hint') ?? []) hint.remove();
    return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  return { names: radios.map(text), index: radios.indexOf(active) };
}

/**
 * In the page: the control whose single key is `key` (aria-keyshortcuts), shown in the consult,
 * as its name (the label without its key hint), and whether it is checked or pressed; or null.
 */
function keyControl(key) {
  const root = document.querySelector('samenspraak-consult')?.shadowRoot;
  const control = [...(root?.querySelectorAll(`[aria-keyshortcuts="${key}"]`) ?? [])].find(
    (el) => el.getClientRects().length > 0 || el.closest('label')?.getClientRects().length > 0,
  );
  if (!control) return null;
  const label = (control.closest('label') ?? control).cloneNode(true);
  for (const hint of label.querySelectorAll('.key-hint')) hint.remove();
  return {
    name: (control.getAttribute('aria-label') ?? label.textContent).replace(/\s+/g, ' ').trim(),
    checked: control.checked === true,
  };
}

/** In the page: the value of the textarea labelled `label` in the consult, or null. */
function textareaValue(label) {
  const root = document.querySelector('samenspraak-consult')?.shadowRoot;
  for (const area of root?.querySelectorAll('textarea') ?? []) {
    const name = (area.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name === label) return area.value;
  }
  return null;
}

/** In the page: what the copy did: "copied", "manual" (the fallback to select), or null. */
function copyOutcome() {
  const root = document.querySelector('samenspraak-consult')?.shadowRoot;
  if (!root) return null;
  const statuses = [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent.trim());
  if (statuses.includes('Gekopieerd')) return 'copied';
  if (root.querySelector('textarea[readonly]')) return 'manual';
  return null;
}

/** @param {Focus} f */
const show = (f) =>
  f.tag === 'body'
    ? 'the page body (nothing focused)'
    : `${f.tag}${f.type ? `[${f.type}]` : ''} "${f.name}"`;

/**
 * Counts the GP's key presses and decisions in one consult, per consult step (the step that was
 * current when the key was pressed, so the key that leaves a step counts in that step).
 */
class Keys {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    /** @type {Map<string, { tab: number, typed: number, other: number, decisions: string[], log: string[] }>} */
    this.steps = new Map();
    /** Things about the keyboard path worth saying in the report. */
    this.remarks = [];
  }

  /** @param {string} name */
  bucket(name) {
    let b = this.steps.get(name);
    if (!b) {
      b = { tab: 0, typed: 0, other: 0, decisions: [], log: [] };
      this.steps.set(name, b);
    }
    return b;
  }

  async step() {
    return this.page.evaluate(currentStep);
  }

  /** @returns {Promise<Focus>} */
  async focus() {
    return this.page.evaluate(describeFocus);
  }

  /**
   * One key press (Playwright's notation, e.g. 'Tab', 'Shift+Tab', 'Alt+PageDown', 'Space').
   * @param {string} key
   * @param {{ quiet?: boolean }} [options] quiet: the caller writes the log line
   */
  async press(key, { quiet = false } = {}) {
    const b = this.bucket(await this.step());
    if (key === 'Tab' || key === 'Shift+Tab') b.tab += 1;
    else b.other += 1;
    if (!quiet) b.log.push(key);
    await this.page.keyboard.press(key);
  }

  /**
   * Typed text: every character is one key press.
   * @param {string} text
   * @param {string} what
   */
  async type(text, what) {
    const b = this.bucket(await this.step());
    b.typed += [...text].length;
    b.log.push(`typed ${what} (${[...text].length})`);
    await this.page.keyboard.type(text);
  }

  /** @param {string} what */
  async decide(what) {
    this.bucket(await this.step()).decisions.push(what);
  }

  totals() {
    const t = { tab: 0, typed: 0, other: 0, decisions: 0 };
    for (const b of this.steps.values()) {
      t.tab += b.tab;
      t.typed += b.typed;
      t.other += b.other;
      t.decisions += b.decisions.length;
    }
    return { ...t, keys: t.tab + t.typed + t.other };
  }
}

/**
 * Press Tab (or Shift+Tab) until the focused element matches; no press if it already does.
 * Throws when it is not reached within `max` presses.
 * @param {Keys} keys
 * @param {(f: Focus) => boolean} predicate
 * @param {string} what
 * @param {{ max?: number, back?: boolean }} [options]
 * @returns {Promise<number>} the presses needed
 */
export async function tabUntil(keys, predicate, what, { max = 60, back = false } = {}) {
  const key = back ? 'Shift+Tab' : 'Tab';
  const seen = [];
  for (let presses = 0; presses <= max; presses++) {
    const f = await keys.focus();
    if (predicate(f)) {
      if (presses > 0) keys.bucket(await keys.step()).log.push(`${key}×${presses} to ${what}`);
      return presses;
    }
    seen.push(show(f));
    if (presses < max) await keys.press(key, { quiet: true });
  }
  throw new Error(
    `${key} did not reach ${what} in ${max} presses; focus went: ${seen.slice(0, 40).join(' → ')}`,
  );
}

/**
 * Make a choice with its single key, where the step shows one for a control whose name starts
 * with `name`. Returns false (no key pressed) where there is none, so the caller goes the long way.
 * @param {Keys} keys
 * @param {string} key
 * @param {string} name
 */
async function byKey(keys, key, name) {
  const control = await keys.page.evaluate(keyControl, key);
  if (!control?.name.startsWith(name)) return false;
  // Logged in the step where the key was pressed, even when it leaves that step.
  keys.bucket(await keys.step()).log.push(`${key} for "${name}"`);
  await keys.press(key, { quiet: true });
  return true;
}

/**
 * Press one key until the focused element matches (an arrow through a select's options).
 * @param {Keys} keys
 * @param {string} key
 * @param {(f: Focus) => boolean} predicate
 * @param {string} what
 * @param {number} [max]
 */
async function pressUntil(keys, key, predicate, what, max = 20) {
  for (let presses = 0; presses <= max; presses++) {
    if (predicate(await keys.focus())) {
      if (presses > 0) keys.bucket(await keys.step()).log.push(`${key}×${presses} to ${what}`);
      return presses;
    }
    if (presses < max) await keys.press(key, { quiet: true });
  }
  throw new Error(`${key} did not reach ${what} in ${max} presses`);
}

/**
 * Wait until a condition holds in the page (no key press).
 * @param {Keys} keys
 * @param {string} what
 * @param {(arg: any) => unknown} fn
 * @param {unknown} [arg]
 */
async function until(keys, what, fn, arg) {
  try {
    await keys.page.waitForFunction(fn, arg, { timeout: WAIT_MS, polling: 50 });
  } catch {
    const f = await keys.focus().catch(() => null);
    throw new Error(`${what} did not happen within ${WAIT_MS} ms (focus: ${f ? show(f) : '?'})`);
  }
}

/**
 * Wait until the step's heading has focus (a step change moves focus there).
 * @param {Keys} keys
 * @param {string} step
 */
async function atStep(keys, step) {
  await until(
    keys,
    `step ${step} with focus on its heading`,
    (name) => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return /^h[1-6]$/i.test(a?.tagName ?? '') && a.textContent.trim() === name;
    },
    step,
  );
}

/**
 * Pick a radio: Tab into its group, then the arrow keys the shorter way round (a radio group
 * wraps), or Space when Tab already landed on it.
 * @param {Keys} keys
 * @param {string} group the group's legend
 * @param {string} option the radio's label
 * @param {string} [key] its single key, tried first
 */
async function chooseRadio(keys, group, option, key) {
  if (key && (await byKey(keys, key, option))) {
    const now = await keys.page.evaluate(keyControl, key);
    if (!now?.checked) throw new Error(`key ${key} did not choose "${option}" in "${group}"`);
    await keys.decide(`${group}: ${option}`);
    return;
  }
  await tabUntil(keys, (f) => f.type === 'radio' && f.group === group, `the radios "${group}"`);
  const g = await keys.page.evaluate(radioGroup);
  const target = g?.names.indexOf(option) ?? -1;
  if (!g || target < 0) {
    throw new Error(`no radio "${option}" in "${group}"; it has: ${g?.names.join(', ')}`);
  }
  const n = g.names.length;
  const forward = (target - g.index + n) % n;
  const backward = (g.index - target + n) % n;
  const f = await keys.focus();
  if (forward === 0 && !f.checked) await keys.press('Space');
  else if (forward > 0 && forward <= backward) {
    for (let i = 0; i < forward; i++) await keys.press('ArrowDown', { quiet: true });
    keys.bucket(await keys.step()).log.push(`ArrowDown×${forward} to "${option}"`);
  } else if (backward > 0) {
    for (let i = 0; i < backward; i++) await keys.press('ArrowUp', { quiet: true });
    keys.bucket(await keys.step()).log.push(`ArrowUp×${backward} to "${option}"`);
  }
  const after = await keys.focus();
  if (after.name !== option || after.checked !== true) {
    throw new Error(`"${option}" in "${group}" is not chosen; focus: ${show(after)}`);
  }
  await keys.decide(`${group}: ${option}`);
}

/**
 * Choose a keuzekaart in the "Keuzekaart" select with the arrow keys.
 * @param {Keys} keys
 * @param {string} card its title
 */
async function chooseCard(keys, card) {
  await tabUntil(keys, (f) => f.tag === 'select' && f.name === 'Keuzekaart', 'the Keuzekaart list');
  await pressUntil(keys, 'ArrowDown', (f) => f.selected === card, `"${card}"`);
  await keys.decide(`keuzekaart: ${card}`);
}

/**
 * The start screen: focus should be in the consultcode field when the page opens.
 * @param {Keys} keys
 */
async function opened(keys) {
  try {
    await keys.page.waitForFunction(
      () => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a?.id === 'consultcode';
      },
      null,
      { timeout: WAIT_MS, polling: 50 },
    );
  } catch {
    keys.remarks.push('focus was not in the consultcode field when the page opened');
  }
}

/**
 * Copy everything: Tab to "Kopieer alles", Enter, and read the summary from its textarea.
 * @param {Keys} keys
 */
async function copyAll(keys) {
  if (!(await byKey(keys, 'A', 'Kopieer alles'))) {
    await tabUntil(
      keys,
      (f) => f.tag === 'button' && f.name.startsWith('Kopieer alles'),
      '"Kopieer alles"',
    );
    await keys.press('Enter');
  }
  await until(keys, 'the copy ("Gekopieerd", or the text selected to copy by hand)', copyOutcome);
  const outcome = await keys.page.evaluate(copyOutcome);
  if (outcome === 'manual')
    keys.remarks.push('the clipboard was refused: the text was shown to copy with Ctrl+C');
  const summary = await keys.page.evaluate(textareaValue, SUMMARY_LABEL);
  if (summary === null) throw new Error(`no textarea labelled "${SUMMARY_LABEL}"`);
  const clipboard = await keys.page
    .evaluate(() => navigator.clipboard.readText())
    .catch(() => null);
  return { summary, outcome, clipboard };
}

/**
 * Consult 1: somberheid, opened with the prepared code, POH-GGZ chosen together.
 * @param {Keys} keys
 */
async function somberheid(keys) {
  await opened(keys);
  if ((await keys.focus()).id !== 'consultcode') {
    await tabUntil(keys, (f) => f.id === 'consultcode', 'the consultcode field');
  }
  await keys.type(PREPARED_CODE, 'the consultcode');
  await keys.press('Enter');
  try {
    await atStep(keys, 'Verwachtingen');
  } catch (error) {
    const status = await keys.page.evaluate(
      () =>
        document
          .querySelector('samenspraak-consult')
          ?.shadowRoot?.getElementById('consultcode-status')?.textContent,
    );
    throw new Error(
      `the consultcode ${PREPARED_CODE} did not open (the field says: ${status}): ${error}`,
    );
  }

  // The choice stated: one button that says so and goes on to Opties where there is one, else
  // the checkbox and the next-step shortcut.
  if (await keys.page.evaluate(keyControl, 'K')) {
    await keys.decide('er is een keuze (gezegd)');
    if (!(await byKey(keys, 'K', 'Er is een keuze'))) throw new Error('no key K for the choice');
    await atStep(keys, 'Opties');
  } else if (await keys.page.evaluate(hasButton, 'Er is een keuze')) {
    await tabUntil(
      keys,
      (f) => f.tag === 'button' && f.name.startsWith('Er is een keuze'),
      '"Er is een keuze…"',
    );
    // The decision is noted first: the key that makes it also leaves the step.
    await keys.decide('er is een keuze (gezegd)');
    await keys.press('Enter');
    await atStep(keys, 'Opties');
  } else {
    await tabUntil(
      keys,
      (f) => f.type === 'checkbox' && f.name === 'Ik heb gezegd dat er een keuze is',
      '"Ik heb gezegd dat er een keuze is"',
    );
    await keys.press('Space');
    if ((await keys.focus()).checked !== true) throw new Error('the choice checkbox is not ticked');
    await keys.decide('er is een keuze (gezegd)');
    await nextStep(keys, 'Alt+PageDown', 'Opties');
  }

  await chooseCard(keys, 'Sombere gevoelens');
  // Voorkeur is skipped: Alt+5 goes straight to Keuze, one key instead of two Alt+PageDown.
  await nextStep(keys, 'Alt+5', 'Keuze');
  await chooseRadio(keys, 'Gezamenlijke keuze', 'Gesprekken met de POH-GGZ', '2');
  await chooseRadio(keys, 'Wie besliste?', 'Samen', 'S');
  await keuzecheckAllYes(keys);
  await nextStep(keys, 'Alt+PageDown', 'Samenvatting');
  return copyAll(keys);
}

/**
 * The keuzecheck, all four yes: one button where there is one, else each question's "Ja".
 * @param {Keys} keys
 */
async function keuzecheckAllYes(keys) {
  if (await byKey(keys, 'J', 'Alle vier ja')) {
    await keys.decide('keuzecheck: alle vier ja (one key)');
  } else if (await keys.page.evaluate(hasButton, 'Alle vier ja')) {
    await tabUntil(
      keys,
      (f) => f.tag === 'button' && f.name.startsWith('Alle vier ja'),
      '"Alle vier ja"',
    );
    await keys.press('Enter');
    await keys.decide('keuzecheck: alle vier ja (one button)');
  } else {
    for (const question of KEUZECHECK) {
      await tabUntil(
        keys,
        (f) => f.type === 'radio' && f.group === question,
        `the keuzecheck "${question}"`,
      );
      const f = await keys.focus();
      if (f.name !== 'Ja') throw new Error(`Tab landed on "${f.name}" in "${question}", not "Ja"`);
      await keys.press('Space');
      await keys.decide(`keuzecheck: ${question} Ja`);
    }
  }
  await until(keys, 'Keuzecheck 4/4', () => {
    const root = document.querySelector('samenspraak-consult')?.shadowRoot;
    return root?.textContent.includes('Keuzecheck 4/4');
  });
}

/**
 * Consult 2: lage rugpijn without preparation, bedenktijd.
 * @param {Keys} keys
 */
async function rugpijn(keys) {
  await opened(keys);
  await tabUntil(
    keys,
    (f) => f.tag === 'button' && f.name === 'Start zonder voorbereiding',
    '"Start zonder voorbereiding"',
  );
  await keys.press('Enter');
  await atStep(keys, 'Verwachtingen');
  await nextStep(keys, 'Alt+3', 'Opties');
  await chooseCard(keys, 'Lage rugpijn');
  await nextStep(keys, 'Alt+5', 'Keuze');
  await chooseRadio(keys, 'Gezamenlijke keuze', 'Bedenktijd', 'B');
  await nextStep(keys, 'Alt+6', 'Samenvatting');
  return copyAll(keys);
}

/** The web filled in together: dimension, arrow key, presses, the score it gives, talk about it. */
const WEB = [
  ['Lichaamsfuncties', 'ArrowRight', 1, '6', false],
  ['Mentaal welbevinden', 'ArrowLeft', 1, '4', false],
  ['Zingeving', 'ArrowRight', 2, '7', false],
  ['Kwaliteit van leven', 'ArrowRight', 1, '6', false],
  ['Meedoen', 'ArrowLeft', 2, '3', true],
  ['Dagelijks functioneren', 'ArrowRight', 1, '6', false],
];

/**
 * Consult 3: proactieve zorgplanning, the web filled in together on the GP's screen.
 * @param {Keys} keys
 */
async function zorgplanning(keys) {
  await opened(keys);
  await tabUntil(
    keys,
    (f) => f.tag === 'button' && f.name === 'Samen invullen',
    '"Samen invullen"',
  );
  await keys.press('Enter');
  await until(keys, 'the web to fill in together', () => {
    const root = document.querySelector('samenspraak-consult')?.shadowRoot;
    return root?.querySelector('input[type="range"]') != null;
  });
  const f = await keys.focus();
  if (!f.inConsult) {
    keys.remarks.push(
      `after "Samen invullen" focus was on ${show(f)}: the button is replaced by the web, and the next Tab starts from where it was`,
    );
  }
  for (const [dimension, key, presses, score, talk] of WEB) {
    await tabUntil(
      keys,
      // Named "Met anderen (Meedoen)" where the pack has an everyday name.
      (x) => x.type === 'range' && (x.name === dimension || x.name.endsWith(`(${dimension})`)),
      `the slider ${dimension}`,
    );
    for (let i = 0; i < presses; i++) await keys.press(key, { quiet: true });
    keys.bucket(await keys.step()).log.push(`${key}×${presses}`);
    const now = await keys.focus();
    if (now.value !== score) throw new Error(`${dimension} is ${now.value}, not ${score}`);
    await keys.decide(`web: ${dimension} ${score}`);
    if (!talk) continue;
    const toggle = `Bespreken (${dimension})`;
    await tabUntil(keys, (x) => x.type === 'checkbox' && x.name === toggle, `"${toggle}"`);
    await keys.press('Space');
    if ((await keys.focus()).checked !== true) throw new Error(`"${toggle}" is not ticked`);
    await keys.decide(`web: wil praten over ${dimension}`);
  }
  await tabUntil(
    keys,
    (x) => x.tag === 'button' && x.name.startsWith('Klaar'),
    '"Klaar, naar verwachtingen"',
  );
  await keys.press('Enter');
  await atStep(keys, 'Verwachtingen');
  await nextStep(keys, 'Alt+3', 'Opties');
  await chooseCard(keys, 'Praten over zorg in de toekomst (proactieve zorgplanning)');
  await nextStep(keys, 'Alt+5', 'Keuze');
  await chooseRadio(keys, 'Gezamenlijke keuze', 'Nu een gesprek plannen', '1');
  await nextStep(keys, 'Alt+6', 'Samenvatting');
  return copyAll(keys);
}

/**
 * A shortcut to a step; the key counts in the step it leaves.
 * @param {Keys} keys
 * @param {string} key
 * @param {string} step
 */
async function nextStep(keys, key, step) {
  const from = await keys.step();
  await keys.press(key, { quiet: true });
  keys.bucket(from).log.push(`${key} to ${step}`);
  await atStep(keys, step);
}

const CONSULTS = [
  {
    id: 1,
    name: 'somberheid, by code, POH-GGZ',
    script: somberheid,
    how: `type the prepared consultcode \`${PREPARED_CODE}\` straight away (into the field that has focus on opening) and Enter; Verwachtingen: state the choice; Opties: keuzekaart "Sombere gevoelens"; Voorkeur skipped; Keuze: "Gesprekken met de POH-GGZ", who decided "Samen", keuzecheck all yes; Samenvatting: "Kopieer alles". No free text.`,
  },
  {
    id: 2,
    name: 'lage rugpijn, no preparation, bedenktijd',
    script: rugpijn,
    how: '"Start zonder voorbereiding"; Opties: keuzekaart "Lage rugpijn"; Keuze: "Bedenktijd"; Samenvatting: "Kopieer alles".',
  },
  {
    id: 3,
    name: 'proactieve zorgplanning, samen invullen',
    script: zorgplanning,
    how: `"Samen invullen": the six sliders with the arrow keys (${WEB.map(([d, , , s]) => `${d} ${s}`).join(', ')}) and, after Meedoen's slider, its "Bespreken"; "Klaar, naar verwachtingen"; Opties: keuzekaart proactieve zorgplanning; Keuze: "Nu een gesprek plannen"; Samenvatting: "Kopieer alles".`,
  },
];

/**
 * The summary by SOEP field: a line starting "S: " opens S; a line starting with three spaces
 * continues the field before it. Characters per field include its label and line breaks inside
 * it; the total is the whole text.
 * @param {string} text
 */
export function soepLengths(text) {
  /** @type {Record<string, number>} */
  const fields = { S: 0, O: 0, E: 0, P: 0, other: 0 };
  let current = 'other';
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const label = /^([SOEP]): /.exec(line)?.[1];
    if (label) current = label;
    else if (!line.startsWith('   ')) current = 'other';
    const join = i > 0 && !label && line.startsWith('   ') ? 1 : 0;
    fields[current] += line.length + join;
  });
  return { ...fields, total: text.length, lines: lines.length };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} base
 * @param {(typeof CONSULTS)[number]} consult
 */
async function play(browser, base, consult) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/consult.html`);
    const keys = new Keys(page);
    const started = Date.now();
    const copied = await consult.script(keys);
    return { keys, ...copied, ms: Date.now() - started };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Keys pressed after the Start step: from the opened consult to the copied summary. */
function afterOpening(result) {
  const start = result.keys.steps.get('Start');
  return result.totals.keys - (start ? start.tab + start.typed + start.other : 0);
}

/** @param {import('./run.mjs').Context} ctx */
export async function measure(ctx) {
  const { base } = await ctx.preview();
  const browser = await launchChromium();
  ctx.defer(() => browser.close());

  const results = [];
  for (const consult of CONSULTS) {
    if (ctx.signal.aborted) throw new Error('aborted');
    const result = await play(browser, base, consult);
    const t = result.keys.totals();
    ctx.log(
      `consult ${consult.id}: ${t.keys} keys (Tab ${t.tab}, typed ${t.typed}, other ${t.other}), ${t.decisions} decisions, summary ${result.summary.length} characters`,
    );
    results.push({ consult, ...result, totals: t, soep: soepLengths(result.summary) });
  }

  const parts = [
    'Three consults played on consult.html with **the keyboard alone** (`page.keyboard`, never a',
    `click), at ${VIEWPORT.width}×${VIEWPORT.height}, each in a **new browser context** (clipboard allowed). The`,
    'DOM is read (the focused element, deep in the shadow root) only to know how many keys are',
    'needed: Tab until the control has focus, arrows the shorter way round a radio group (it wraps),',
    'ArrowDown through the keuzekaart list. Steps are changed with the shortcuts (Alt+PageDown, or',
    'Alt+3/5/6 where that skips a step in one key). Where the page offers one button for what',
    'would otherwise take several controls ("Er is een keuze: naar Opties", "Alle vier ja"), the',
    'button is used; without it, the checkbox and Alt+PageDown, or the four "Ja" radios.',
    '',
    '**Counted**: *Tab* = Tab and Shift+Tab; *typed* = each character typed; *other* = every other',
    'key (Enter, Space, arrows, Alt+… shortcuts). A key counts in the step that was current when',
    'it was pressed, so the shortcut that leaves a step counts in that step. *Decisions* = choices',
    'recorded in the consult: the choice stated, a keuzekaart, an option or bedenktijd, who decided,',
    'each keuzecheck answer (or one "all yes" button), each slider score and "wil praten over" in the',
    'web. Opening the consult (code, "Start zonder voorbereiding", "Samen invullen"), moving between',
    'steps and copying are keys, not decisions. The summary is the text of the textarea',
    `"${SUMMARY_LABEL}" after "Kopieer alles" (and the clipboard, read back, is compared with`,
    "it); characters per SOEP field include the field's label (`S: `) and its continuation lines;",
    'the total is the whole text, with the line breaks between the fields.',
    '',
    table(
      [
        'consult',
        'Tab',
        'typed',
        'other',
        'total keys',
        'after opening',
        'decisions',
        'summary characters',
      ],
      results.map((r) => [
        `${r.consult.id}. ${r.consult.name}`,
        r.totals.tab,
        r.totals.typed,
        r.totals.other,
        r.totals.keys,
        afterOpening(r),
        r.totals.decisions,
        r.soep.total,
      ]),
    ),
    '',
    '**Summary characters per SOEP field**',
    '',
    table(
      ['consult', 'S', 'O', 'E', 'P', 'other lines', 'total', 'lines', 'copied'],
      results.map((r) => [
        `${r.consult.id}. ${r.consult.name}`,
        r.soep.S,
        r.soep.O,
        r.soep.E,
        r.soep.P,
        r.soep.other,
        r.soep.total,
        r.soep.lines,
        r.outcome === 'copied'
          ? r.clipboard === null
            ? 'yes (clipboard not read back)'
            : r.clipboard === r.summary
              ? 'yes, clipboard = textarea'
              : 'yes, clipboard ≠ textarea'
          : 'by hand (clipboard refused)',
      ]),
    ),
  ];

  for (const r of results) {
    parts.push(
      '',
      `### Consult ${r.consult.id}: ${r.consult.name}`,
      '',
      r.consult.how,
      '',
      'Where the keys went:',
      '',
      table(
        ['step', 'Tab', 'typed', 'other', 'keys', 'decisions', 'key by key'],
        [...r.keys.steps.entries()].map(([step, b]) => [
          step,
          b.tab,
          b.typed,
          b.other,
          b.tab + b.typed + b.other,
          b.decisions.length,
          b.log.join('; '),
        ]),
      ),
      '',
      `Decisions (${r.totals.decisions}): ${[...r.keys.steps.values()].flatMap((b) => b.decisions).join('; ')}.`,
    );
    if (r.keys.remarks.length > 0)
      parts.push('', `Noted on the way: ${r.keys.remarks.join('; ')}.`);
    parts.push('', 'The summary copied:', '', '```text', r.summary, '```');
  }

  const [first, second, third] = results;
  const checks = [
    {
      // The issue's count runs from the opened preparation: the code and its Enter (or nothing,
      // with a scanner) open it and are reported beside it.
      what: `consult 1 (${first.consult.name}): key presses after opening`,
      value: `${afterOpening(first)} (${first.totals.keys} with the ${first.totals.keys - afterOpening(first)} that open it)`,
      target: `≤ ${TARGET_KEYS}`,
      ok: afterOpening(first) <= TARGET_KEYS,
    },
    {
      what: `consult 1 (${first.consult.name}): summary length`,
      value: `${first.soep.total} characters`,
      target: `≤ ${TARGET_SUMMARY} characters`,
      ok: first.soep.total <= TARGET_SUMMARY,
    },
    ...[second, third].map((r) => ({
      what: `consult ${r.consult.id} (${r.consult.name}): key presses, summary`,
      value: `${r.totals.keys} keys (Tab ${r.totals.tab}, typed ${r.totals.typed}, other ${r.totals.other}), ${r.totals.decisions} decisions, ${r.soep.total} characters`,
      target: 'reported',
      ok: true,
    })),
  ];
  return { markdown: parts.join('\n'), checks };
}
