import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ElementProps } from './element';

type Raw = ElementProps['attributes'];

/**
 * The element's attributes, parsed by a parser that loads on demand (it carries zod, which the
 * first screen does without). Null until it has loaded; parsed again only when a value
 * changes, so an invalid value warns once.
 */
export function useAttributes<T>(attributes: Raw, load: () => Promise<(raw: Raw) => T>): T | null {
  const [parse, setParse] = useState<{ run: (raw: Raw) => T } | null>(null);
  // The parser loads once per element.
  useEffect(() => {
    void load().then((run) => setParse({ run }));
  }, []);
  // `values` stands for `attributes`, whose object is new on every render.
  const values = JSON.stringify(attributes);
  return useMemo(() => parse?.run(attributes) ?? null, [parse, values]);
}
