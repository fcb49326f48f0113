/**
 * A schema built the first time it is used, not when its module loads. Building zod schemas is
 * most of what the storage and content modules cost when they load on a slow tablet, and most
 * starts never read anything back: a first visit has no drafts, no history and no own cards.
 *
 * The stand-in forwards every property to the built schema, with `this` still the stand-in, so
 * it parses, composes into other schemas (which reach it through `_zod`) and infers its type
 * like the schema itself.
 */
export function lazySchema<S extends object>(build: () => S): S {
  let built: S | undefined;
  const schema = () => {
    built ??= build();
    return built;
  };
  return new Proxy({} as S, {
    get: (_target, key) => Reflect.get(schema(), key),
    has: (_target, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
