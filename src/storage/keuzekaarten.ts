import * as z from 'zod/mini';
import type { CardDraft } from '../domain/cardedit';
import { DIMENSIONS } from '../domain/dimensions';
import { type Keuzekaart, kaartVertaling, keuzekaartSchema } from '../domain/keuzekaart';
import { lazySchema } from '../domain/lazyschema';
import type { Connection } from './database';

// A draft comes back from IndexedDB: the shape is checked, the texts may be anything short.
const draftText = () => z.string().check(z.maxLength(2000));
const pointDraft = () => z.object({ id: draftText(), text: draftText(), summary: draftText() });

/** A stored draft, as the editor wrote it; anything else is not a draft. */
export const cardDraftSchema = lazySchema(() =>
  z.object({
    id: draftText(),
    version: draftText(),
    lang: draftText(),
    title: draftText(),
    question: draftText(),
    source: draftText(),
    licence: draftText(),
    authors: z.array(draftText()).check(z.maxLength(20)),
    reviewers: z.array(draftText()).check(z.maxLength(20)),
    conflicts: draftText(),
    publishedAt: draftText(),
    reviewBy: draftText(),
    example: z.boolean(),
    options: z
      .array(
        z.object({
          id: draftText(),
          title: draftText(),
          description: draftText(),
          pros: z.array(pointDraft()).check(z.maxLength(20)),
          cons: z.array(pointDraft()).check(z.maxLength(20)),
          dimensions: z.array(z.enum(DIMENSIONS)).check(z.maxLength(DIMENSIONS.length)),
          afwachten: z.boolean(),
          numbers: z
            .array(z.object({ count: draftText(), text: draftText() }))
            .check(z.maxLength(10)),
        }),
      )
      .check(z.maxLength(10)),
    rows: z
      .array(
        z.object({
          id: draftText(),
          question: draftText(),
          answers: z.record(z.string(), draftText()),
        }),
      )
      .check(z.maxLength(20)),
    vangnet: draftText(),
    icpc: z.array(z.object({ code: draftText(), label: draftText() })).check(z.maxLength(10)),
    fillIns: z.array(z.object({ id: draftText(), label: draftText() })).check(z.maxLength(10)),
    translations: z.optional(z.record(z.string(), kaartVertaling)),
  }),
);

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
