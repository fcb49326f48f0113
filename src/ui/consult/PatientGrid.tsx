import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsultOption, ProCon } from '../../domain/consult';
import type { KeuzeGetal, Keuzekaart, KeuzeRij } from '../../domain/keuzekaart';
import { useI18n } from '../i18n';
import { PeopleChart } from '../pictograms/people';

/** The one key that shows the grid to the patient, as `aria-keyshortcuts` names it. */
export const SHOW_PATIENT_KEY = 'Alt+L';

export interface PatientGridProps {
  /** The options in the card's order (afwachten included): never sorted, ranked or marked. */
  options: readonly ConsultOption[];
  card: Keuzekaart | null;
}

/**
 * "Laat zien aan patiënt": a button, and Alt+L, that show the options full screen for the
 * patient beside the screen to read from a metre away. A modal dialog: Escape or "Sluiten"
 * closes it and focus goes back to the button. Every option is a column with the same rows in
 * the same type (pros and cons in equal detail); the column headers stay in view while it scrolls.
 */
export function PatientGrid({ options, card }: PatientGridProps) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const scroller = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);

  const show = () => {
    const box = dialog.current;
    if (!box || box.open) return;
    box.showModal();
    setOpen(true);
  };

  // Alt+L while focus is in the consult, or nowhere (on the body); never in the host's page.
  const toggle = useRef(show);
  toggle.current = () => (dialog.current?.open ? dialog.current.close() : show());
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
      // By the letter, or by the key's place where Alt makes another character (macOS: "¬").
      const letter = e.key.toLowerCase();
      if (letter !== 'l' && (e.code !== 'KeyL' || /^[a-z]$/.test(letter))) return;
      const widget = button.current?.closest('.app') ?? button.current?.closest('.step');
      const inWidget = widget ? e.composedPath().includes(widget) : false;
      if (!inWidget && e.target !== document.body) return;
      e.preventDefault();
      if (!e.repeat) toggle.current();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // The grid itself takes focus: arrow keys, Page Down and Space scroll it at once.
  useEffect(() => {
    if (open) scroller.current?.focus();
  }, [open]);

  return (
    <div class="patient-show">
      <button
        ref={button}
        type="button"
        aria-keyshortcuts={SHOW_PATIENT_KEY}
        aria-haspopup="dialog"
        onClick={show}
      >
        {t('consult.opties.show')}
        <ShortcutHint>{t('consult.opties.showKey')}</ShortcutHint>
      </button>
      <dialog
        ref={dialog}
        class="patient-view"
        aria-labelledby="patient-view-title"
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
      >
        <div class="patient-view-bar">
          <h2 id="patient-view-title">{card?.question ?? t('consult.opties.patient.title')}</h2>
          <button
            type="button"
            class="patient-view-close"
            aria-keyshortcuts="Escape"
            onClick={() => dialog.current?.close()}
          >
            {t('consult.opties.patient.close')}
            <ShortcutHint>{t('consult.opties.patient.closeKey')}</ShortcutHint>
          </button>
        </div>
        {open && (
          <section
            ref={scroller}
            class="patient-grid-scroll"
            aria-label={t('consult.opties.patient.grid')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard
            tabIndex={0}
          >
            <OptionColumns
              options={options}
              rows={card?.rows ?? []}
              numbers={(id) => card?.options.find((o) => o.id === id)?.numbers ?? []}
            />
          </section>
        )}
      </dialog>
    </div>
  );
}

/** The visible key beside a button's text; assistive technology reads `aria-keyshortcuts`. */
function ShortcutHint({ children }: { children: string }) {
  return (
    <span class="shortcut-hint" aria-hidden="true">
      {children}
    </span>
  );
}

export interface OptionColumnsProps {
  options: readonly ConsultOption[];
  /** The card's patient questions, a row each. */
  rows: readonly Pick<KeuzeRij, 'id' | 'question' | 'answers'>[];
  /** The numbers the source gives for an option ("van de 100 mensen"), by option id. */
  numbers: (optionId: string) => readonly KeuzeGetal[];
}

/**
 * The options as columns, the same rows for each, in the card's order; also the editor's
 * preview. The numbers row shows only when an option has numbers, each in words and as people.
 */
export function OptionColumns({ options, rows, numbers }: OptionColumnsProps) {
  const { t } = useI18n();
  const counted = options.some((o) => numbers(o.id).length > 0);
  const empty = <span class="patient-empty">{t('consult.opties.patient.empty')}</span>;
  const points = (items: ProCon[]) =>
    items.length ? (
      <ul>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    ) : (
      empty
    );
  return (
    <table class="patient-grid">
      <caption class="visually-hidden">{t('consult.opties.patient.grid')}</caption>
      <thead>
        <tr>
          <td class="patient-corner" />
          {options.map((o) => (
            <th scope="col" key={o.id}>
              {o.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('consult.opties.patient.what')}</th>
          {options.map((o) => (
            <td key={o.id}>{o.description || empty}</td>
          ))}
        </tr>
        {/* "+" and "−" mark each point, so pros and cons stay apart when their label scrolls away. */}
        <tr class="patient-pros">
          <th scope="row">{t('consult.opties.patient.pros')}</th>
          {options.map((o) => (
            <td key={o.id}>{points(o.pros)}</td>
          ))}
        </tr>
        <tr class="patient-cons">
          <th scope="row">{t('consult.opties.patient.cons')}</th>
          {options.map((o) => (
            <td key={o.id}>{points(o.cons)}</td>
          ))}
        </tr>
        {counted && (
          <tr class="patient-numbers">
            <th scope="row">{t('consult.opties.patient.numbers')}</th>
            {options.map((o) => (
              <td key={o.id}>
                {numbers(o.id).length
                  ? numbers(o.id).map((n) => (
                      <figure class="number" key={`${n.count} ${n.text}`}>
                        <PeopleChart count={n.count} />
                        <figcaption>{t('consult.opties.patient.number', n)}</figcaption>
                      </figure>
                    ))
                  : empty}
              </td>
            ))}
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.question}</th>
            {options.map((o) => (
              <td key={o.id}>{row.answers[o.id] ?? empty}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
