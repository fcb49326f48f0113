import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchema } from '../../src/domain/lazyschema';

describe('lazySchema', () => {
  it('builds nothing until the schema is first used, then builds once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.object({ n: z.number() });
    });
    expect(builds).toBe(0);
    expect(schema.safeParse({ n: 1 }).success).toBe(true);
    expect(schema.safeParse({ n: 'x' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes into other schemas, lazy or not, and refuses what the schema refuses', () => {
    let builds = 0;
    const inner = lazySchema(() => {
      builds++;
      return z.string().check(z.maxLength(3));
    });
    const outer = lazySchema(() => z.object({ list: z.array(inner), one: z.nullable(inner) }));
    const plain = z.object({ inner, optional: z.optional(inner) });
    expect(builds).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.string()), fc.option(fc.string()), (list, one) => {
        const ok = list.every((s) => s.length <= 3) && (one === null || one.length <= 3);
        expect(outer.safeParse({ list, one }).success).toBe(ok);
        expect(plain.safeParse({ inner: list[0] ?? '', optional: one ?? undefined }).success).toBe(
          (list[0] ?? '').length <= 3 && (one === null || one.length <= 3),
        );
      }),
    );
    expect(builds).toBe(1);
  });

  it('gives back the parsed data, with zod issues on failure', () => {
    const schema = lazySchema(() => z.object({ a: z.string().check(z.trim()) }));
    expect(schema.parse({ a: ' x ' })).toEqual({ a: 'x' });
    const failed = schema.safeParse({ a: 1 });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['a']);
  });
});
