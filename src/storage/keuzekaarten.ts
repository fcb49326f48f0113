import { type CardDraft, cardDraftSchema } from '../domain/cardedit';
import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';
import type { Connection } from './database';

/** A card the editor has not saved as a keuzekaart yet. */
export interface StoredDraft {
  key: string;
  draft: CardDraft;
  /** When it was last written, in ms. */
  savedAt: number;
}

/** The practice's own keuzekaarten (imported or made in the editor), kept on this computer. */
export interface KeuzekaartStore {
  list(): Promise<Keuzekaart[]>;
  /**
   * Store a validated card; a card with the same id is replaced. A different version of it is
   * kept first among the earlier versions, so what a past consult used stays readable.
   */
  save(card: Keuzekaart): Promise<void>;
  remove(id: string): Promise<void>;
  /** The earlier versions of a card, the newest first. */
  versions(id: string): Promise<Keuzekaart[]>;
  /** The editor's drafts, the last written first. */
  drafts(): Promise<StoredDraft[]>;
  saveDraft(key: string, draft: CardDraft, at: number): Promise<void>;
  removeDraft(key: string): Promise<void>;
}

const parseCard = (value: unknown): Keuzekaart[] => {
  const parsed = keuzekaartSchema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
};

/** Versions sort as numbers: 1.10.0 after 1.9.0. */
const versionKey = (version: string) =>
  version
    .split('.')
    .map((part) => part.padStart(6, '0'))
    .join('.');

export function keuzekaartStore(connection: Connection): KeuzekaartStore {
  return {
    async list() {
      return (await connection.values('keuzekaarten')).flatMap(parseCard);
    },
    async save(card) {
      const earlier = parseCard(await connection.get('keuzekaarten', card.id))[0];
      if (earlier && earlier.version !== card.version) {
        await connection.put(
          'keuzekaartversies',
          `${earlier.id}@${versionKey(earlier.version)}`,
          earlier,
        );
      }
      await connection.put('keuzekaarten', card.id, card);
    },
    remove: (id) => connection.delete('keuzekaarten', id),
    async versions(id) {
      // "@" sorts below every digit, and "A" above them: the range holds this id's versions only.
      const values = await connection.range('keuzekaartversies', {
        from: `${id}@`,
        to: `${id}@A`,
        reverse: true,
      });
      return values.flatMap(parseCard).filter((card) => card.id === id);
    },
    async drafts() {
      const keys = await connection.keys('kaartconcepten');
      const all = await Promise.all(
        keys.map(async (key) => ({ key, value: await connection.get('kaartconcepten', key) })),
      );
      return all
        .flatMap(({ key, value }) => {
          const record = value as { draft?: unknown; savedAt?: unknown } | undefined;
          const parsed = cardDraftSchema.safeParse(record?.draft);
          const savedAt = typeof record?.savedAt === 'number' ? record.savedAt : 0;
          return parsed.success ? [{ key, draft: parsed.data as CardDraft, savedAt }] : [];
        })
        .sort((a, b) => b.savedAt - a.savedAt);
    },
    saveDraft: (key, draft, at) => connection.put('kaartconcepten', key, { draft, savedAt: at }),
    removeDraft: (key) => connection.delete('kaartconcepten', key),
  };
}
