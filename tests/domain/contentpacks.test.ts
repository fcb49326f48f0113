import { describe, expect, it } from 'vitest';
import ar from '../../content/packs/samenspraak-pg.ar.json';
import en from '../../content/packs/samenspraak-pg.en.json';
import nl from '../../content/packs/samenspraak-pg.nl.json';
import pl from '../../content/packs/samenspraak-pg.pl.json';
import tr from '../../content/packs/samenspraak-pg.tr.json';
import uk from '../../content/packs/samenspraak-pg.uk.json';
import { type ContentPack, contentPackSchema } from '../../src/domain/contentpack';
import { DIMENSIONS } from '../../src/domain/dimensions';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { fillScaling } from '../../src/domain/prompts';

const raw = { nl, en, ar, tr, pl, uk } as const;

function parse(data: unknown): ContentPack {
  const parsed = contentPackSchema.safeParse(data);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
  return parsed.data;
}

/** Every id in a pack, grouped by where it sits, so two languages can be compared. */
function idStructure(pack: ContentPack) {
  return {
    dimensions: pack.dimensions.map((d) => ({
      id: d.id,
      quick: d.quick.id,
      items: d.items.map((item) => item.id),
      prompts: (d.prompts ?? []).map((p) => p.id),
    })),
    scaling: (pack.prompts?.scaling ?? []).map((p) => p.id),
    followUp: (pack.prompts?.followUp ?? []).map((p) => p.id),
  };
}

function allIds(pack: ContentPack): string[] {
  const { dimensions, scaling, followUp } = idStructure(pack);
  return [
    ...dimensions.flatMap((d) => [d.quick, ...d.items, ...d.prompts]),
    ...scaling,
    ...followUp,
  ];
}

/** Every text a patient or GP may see. */
function allTexts(pack: ContentPack): string[] {
  return [
    pack.title,
    pack.source,
    pack.licence,
    pack.scale.low,
    pack.scale.high,
    ...pack.dimensions.flatMap((d) => [
      d.label,
      d.intro,
      d.quick.text,
      ...d.items.map((item) => item.text),
      ...(d.prompts ?? []).map((p) => p.text),
    ]),
    ...(pack.prompts?.scaling ?? []).map((p) => p.text),
    ...(pack.prompts?.followUp ?? []).map((p) => p.text),
  ];
}

describe('every file in content/packs', () => {
  // The app trusts what it ships without checking it again at start-up: this test is the check.
  const files = import.meta.glob<unknown>('../../content/packs/*.json', {
    eager: true,
    import: 'default',
  });

  it('is one of the packs tested below, and passes the schema', () => {
    expect(Object.keys(files)).toHaveLength(Object.keys(raw).length);
    for (const [file, data] of Object.entries(files)) {
      expect(contentPackSchema.safeParse(data).success, file).toBe(true);
    }
  });
});

describe('bundled content packs', () => {
  for (const [lang, data] of Object.entries(raw)) {
    describe(lang, () => {
      it('passes the content pack schema', () => {
        expect(contentPackSchema.safeParse(data).success).toBe(true);
        expect(parse(data).lang).toBe(lang);
      });

      it("carries DEFAULT_PACK's id and version", () => {
        const pack = parse(data);
        expect({ id: pack.id, version: pack.version }).toEqual(DEFAULT_PACK);
      });

      it('lists the six dimensions in order, each with 5 to 8 items', () => {
        const pack = parse(data);
        expect(pack.dimensions.map((d) => d.id)).toEqual([...DIMENSIONS]);
        for (const dimension of pack.dimensions) {
          expect(dimension.items.length).toBeGreaterThanOrEqual(5);
          expect(dimension.items.length).toBeLessThanOrEqual(8);
        }
      });

      it('uses every id only once', () => {
        const ids = allIds(parse(data));
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('has scaling prompts that fill for a middle score', () => {
        const pack = parse(data);
        const scaling = pack.prompts?.scaling ?? [];
        expect(scaling.length).toBeGreaterThan(0);
        for (const prompt of scaling) {
          const filled = fillScaling(prompt.text, 5);
          expect(filled).not.toBeNull();
          expect(filled).not.toMatch(/\{\{|\}\}/);
        }
      });

      it('has follow-up prompts', () => {
        expect(parse(data).prompts?.followUp.length).toBeGreaterThan(0);
      });

      it('has the same id structure as the Dutch pack', () => {
        expect(idStructure(parse(data))).toEqual(idStructure(parse(nl)));
      });

      it('never presents itself as "Mijn Positieve Gezondheid"', () => {
        for (const text of allTexts(parse(data))) {
          expect(text.toLowerCase()).not.toContain('mijn positieve gezondheid');
        }
        expect(JSON.stringify(data).toLowerCase()).not.toContain('mijn positieve gezondheid');
      });
    });
  }
});
