import type { QrPath } from '../ui/vragenlijst/qrgenerator';
import { assetUrl } from './base';

// The script-tag build's version of src/ui/vragenlijst/qrloader.ts: a module file beside the script.
export const loadQrGenerator = (): Promise<{ qrPath: (text: string) => QrPath }> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-qr.js'));
