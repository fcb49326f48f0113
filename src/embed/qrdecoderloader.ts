import type { QrDecoder } from '../ui/consult/qrdecoderloader';
import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/qrdecoderloader.ts: a classic script cannot
// split chunks, so the decoder is a module file of its own beside the script.
export const loadQrDecoder = (): Promise<QrDecoder> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-qrdecoder.js'));
