import { assetUrl } from './base';

// The script-tag build's version of src/ui/vragenlijst/qrloader.ts: a module file beside the script.
export const loadQrGenerator = (): Promise<typeof import('../ui/vragenlijst/qrgenerator')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-qr.js'));
