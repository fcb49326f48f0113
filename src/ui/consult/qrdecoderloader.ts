import type { FrameResult } from './qrdecoder';

/** The QR decoder module: jsQR and the payload codec (about 50 kB gzip). */
export interface QrDecoder {
  readFrame: (frame: ImageData) => FrameResult;
}

// Its own chunk, loaded when the GP chooses to scan. The script-tag build swaps this module for
// src/embed/qrdecoderloader.ts, which loads the decoder file from the script's base URL.
export const loadQrDecoder = (): Promise<QrDecoder> => import('./qrdecoder');
