// The keuzekaarten library reader, loaded when a library is set. The script-tag build swaps this
// module for src/embed/libraryloader.ts, which loads it as a module file from the script's base URL.
export const loadLibrary = (): Promise<typeof import('../../content/cardlibrary')> =>
  import('../../content/cardlibrary');
