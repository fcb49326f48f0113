import type { ImportError } from '../../domain/importing';
import type { Keuzekaart } from '../../domain/keuzekaart';
import { createI18n } from '../../i18n';
import { loadImporter } from './importerloader';

/** Why a keuzekaart file was not imported: the file itself, or the storage it goes into. */
export type ImportFailure = ImportError | { kind: 'unreadable' } | { kind: 'storage' };

/** What became of a file: imported, refused, or waiting for the GP because its id is taken. */
export type ImportOutcome =
  | { ok: true; title: string }
  | { ok: false; file: string; error: ImportFailure }
  | {
      ok: 'conflict';
      file: string;
      card: Keuzekaart;
      /** The card that has this id now; `bundled` when it ships with Samenspraak. */
      existing: { title: string; bundled: boolean };
    };

/** How to store a card whose id is taken: over the other one, or beside it as a copy. */
export type SaveMode = 'replace' | 'keep';

/** Where an imported card goes: the consult's list, or the editor's. */
export interface ImportTarget {
  /** Every card that can be chosen now: the bundled ones and the practice's own. */
  cards: readonly Keuzekaart[];
  /** The ids of the practice's own cards; any other taken id is a bundled card's. */
  own: ReadonlySet<string>;
  /** Store a card; rejects when storage fails, and nothing stored has changed then. */
  store: (card: Keuzekaart) => Promise<void>;
  /** The word after a kept copy's title: "kopie". */
  copy: string;
}

/**
 * Importing a keuzekaart file, the same in the consult and in the editor: every problem in
 * Dutch, and a card whose id is taken waits for an answer instead of replacing one in silence.
 * The checker and its texts load with the first file, never with the page.
 */
export function keuzekaartImport(target: ImportTarget) {
  const save = async (card: Keuzekaart, file: string): Promise<ImportOutcome> => {
    try {
      await target.store(card);
    } catch {
      // Nothing stored changed; the user is told and can try again.
      return { ok: false, file, error: { kind: 'storage' } };
    }
    return { ok: true, title: card.title };
  };
  return {
    async onImport(file: File): Promise<ImportOutcome> {
      const { parseKeuzekaartFile, cardcheckTexts } = await loadImporter();
      const text = await file.text().catch(() => null);
      if (text === null) return { ok: false, file: file.name, error: { kind: 'unreadable' } };
      const dutch = createI18n(cardcheckTexts).fixedT('nl');
      const result = parseKeuzekaartFile(text, dutch, file.size);
      if (!result.ok) return { ok: false, file: file.name, error: result.error };
      const existing = target.cards.find((c) => c.id === result.card.id);
      if (existing) {
        return {
          ok: 'conflict',
          file: file.name,
          card: result.card,
          existing: { title: existing.title, bundled: !target.own.has(existing.id) },
        };
      }
      return save(result.card, file.name);
    },
    /** Store a card the user chose to keep after a conflict. */
    async onSave(card: Keuzekaart, mode: SaveMode, file: string): Promise<ImportOutcome> {
      // Replacing a bundled card stores the practice's version, which the list shows instead.
      if (mode === 'replace') return save(card, file);
      const { keepBoth } = await loadImporter();
      const taken = new Set(target.cards.map((c) => c.id));
      return save(keepBoth(card, taken, target.copy), file);
    },
  };
}
