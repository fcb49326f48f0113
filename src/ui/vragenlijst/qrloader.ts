// The QR generator (lean-qr), loaded with the last step. The script-tag build swaps this module
// for src/embed/qrloader.ts, which loads it as a module file from the script's base URL.
export const loadQrGenerator = (): Promise<typeof import('./qrgenerator')> =>
  import('./qrgenerator');
