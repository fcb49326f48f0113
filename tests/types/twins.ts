/**
 * Compile-time proof that each module the script-tag build swaps in (`swapModules` in
 * vite.embed.config.ts) exports everything its original does, with types the original's
 * importers accept. `npm run typecheck` fails on a missing or differently typed export. Only
 * values count: type exports are erased before the swap. Nothing here runs.
 */

/** Compiles only when `Twin` can stand wherever `Original` is imported. */
type Twin<Original, Swapped extends Original> = [Original, Swapped];

export type Locales = Twin<
  typeof import('../../src/i18n/locales'),
  typeof import('../../src/embed/locales')
>;
export type Bundled = Twin<
  typeof import('../../src/content/bundled'),
  typeof import('../../src/embed/bundled')
>;
export type QrDecoderLoader = Twin<
  typeof import('../../src/ui/consult/qrdecoderloader'),
  typeof import('../../src/embed/qrdecoderloader')
>;
export type FhirLoader = Twin<
  typeof import('../../src/ui/consult/fhirloader'),
  typeof import('../../src/embed/fhirloader')
>;
export type QrLoader = Twin<
  typeof import('../../src/ui/vragenlijst/qrloader'),
  typeof import('../../src/embed/qrloader')
>;
export type LibraryLoader = Twin<
  typeof import('../../src/ui/consult/libraryloader'),
  typeof import('../../src/embed/libraryloader')
>;
export type SheetLoader = Twin<
  typeof import('../../src/ui/consult/sheetloader'),
  typeof import('../../src/embed/sheetloader')
>;
export type BeheerLoaderTwin = Twin<
  typeof import('../../src/ui/consult/beheerloader'),
  typeof import('../../src/embed/beheerloader')
>;
export type IntervisieLoader = Twin<
  typeof import('../../src/ui/consult/intervisieloader'),
  typeof import('../../src/embed/intervisieloader')
>;
export type TallyLoader = Twin<
  typeof import('../../src/ui/consult/tallyloader'),
  typeof import('../../src/embed/tallyloader')
>;
