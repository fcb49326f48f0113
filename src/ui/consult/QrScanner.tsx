import { useEffect, useRef, useState } from 'preact/hooks';
import type { Handover } from '../../domain/preparation';
import { useT } from '../i18n';
import type { FrameResult } from './qrdecoder';
import { loadQrDecoder } from './qrdecoderloader';

type ScanState = 'idle' | 'loading' | 'looking' | 'invalid' | 'no-camera' | 'denied' | 'failed';

const SCAN_INTERVAL_MS = 150;

/** The camera error, as the GP should read it. */
function cameraProblem(error: unknown): ScanState {
  const name = error instanceof DOMException ? error.name : '';
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  ) {
    return 'no-camera';
  }
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return 'denied';
  }
  return 'failed';
}

/**
 * Scans the patient's QR code with the webcam. The decoder chunk loads on the first click; every
 * payload is decoded and validated before use, and a damaged one only says so and keeps looking.
 */
export function QrScanner({ onScan }: { onScan: (handover: Handover) => void }) {
  const t = useT();
  const [state, setState] = useState<ScanState>('idle');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const found = useRef(onScan);
  found.current = onScan;

  // Each start is a session; stopping ends it, so a camera that answers late is closed at once.
  const session = useRef(0);
  const stop = () => {
    session.current += 1;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  };
  useEffect(() => stop, []);

  const start = async () => {
    stop();
    const mine = session.current;
    setState('loading');
    try {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('', 'NotFoundError');
      const [decoder, media] = await Promise.all([
        loadQrDecoder(),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
      ]);
      if (mine !== session.current) {
        for (const track of media.getTracks()) track.stop();
        return;
      }
      stream.current = media;
      const el = video.current;
      if (!el) return stop();
      el.srcObject = media;
      await el.play();
      setState('looking');
      scan(el, decoder.readFrame, mine);
    } catch (error) {
      if (mine !== session.current) return;
      stop();
      setState(cameraProblem(error));
    }
  };

  const scan = (
    el: HTMLVideoElement,
    readFrame: (frame: ImageData) => FrameResult,
    mine: number,
  ) => {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const tick = () => {
      if (mine !== session.current || !stream.current || !context) return;
      if (el.videoWidth > 0) {
        canvas.width = el.videoWidth;
        canvas.height = el.videoHeight;
        context.drawImage(el, 0, 0);
        const result = readFrame(context.getImageData(0, 0, canvas.width, canvas.height));
        if (result.kind === 'ok') {
          stop();
          setState('idle');
          found.current(result.handover);
          return;
        }
        if (result.kind === 'invalid') setState('invalid');
      }
      setTimeout(tick, SCAN_INTERVAL_MS);
    };
    tick();
  };

  const scanning = state === 'loading' || state === 'looking' || state === 'invalid';
  const messages: Partial<Record<ScanState, string>> = {
    loading: t('consult.start.qr.loading'),
    looking: t('consult.start.qr.looking'),
    invalid: t('consult.start.qr.invalid'),
    'no-camera': t('consult.start.qr.noCamera'),
    denied: t('consult.start.qr.denied'),
    failed: t('consult.start.qr.failed'),
  };
  const problem =
    state === 'no-camera' || state === 'denied' || state === 'failed' || state === 'invalid';
  return (
    <div class="scanner">
      {scanning ? (
        <button
          type="button"
          onClick={() => {
            stop();
            setState('idle');
          }}
        >
          {t('consult.start.qr.stop')}
        </button>
      ) : (
        <button type="button" onClick={() => void start()}>
          {t('consult.start.qr.start')}
        </button>
      )}
      <p class={problem ? 'field-error' : 'field-hint'} role="status">
        {messages[state] ?? ''}
      </p>
      <video
        ref={video}
        class={scanning ? 'scanner-video' : 'scanner-video is-hidden'}
        muted
        playsInline
        aria-label={t('consult.start.qr.video')}
      />
    </div>
  );
}
