import { type Keuzekaart, keuzekaartSchema } from '../domain/keuzekaart';
import type { Connection } from './database';

/** Keuzekaarten a practice imported, kept on this computer. */
export interface KeuzekaartStore {
  list(): Promise<Keuzekaart[]>;
  /** Store a validated card; a card with the same id is replaced. */
  save(card: Keuzekaart): Promise<void>;
  remove(id: string): Promise<void>;
}

export function keuzekaartStore(connection: Connection): KeuzekaartStore {
  return {
    async list() {
      return (await connection.values('keuzekaarten')).flatMap((value) => {
        const parsed = keuzekaartSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
    },
    save: (card) => connection.put('keuzekaarten', card.id, card),
    remove: (id) => connection.delete('keuzekaarten', id),
  };
}
