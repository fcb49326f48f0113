// The script-tag build swaps this module for src/embed/importerloader.ts, which loads the
// importer as a module file from the script's base URL.
export const loadImporter = (): Promise<typeof import('./importer')> => import('./importer');
