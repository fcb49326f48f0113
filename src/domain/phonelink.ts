import * as z from 'zod/mini';
import { lazySchema } from './lazyschema';
import type { QrHandover } from './preparation';
import { decodeQrPayload, QR_MAX_CHARS } from './qrpayload';

/**
 * The patient's own phone: a link to the practice's patient page with the QR payload in the URL
 * fragment. A fragment is never sent to a server, so the answers reach only the phone.
 *
 * The payload is base45, whose alphabet is QR alphanumeric; of it only the space and `%` are not
 * safe in a URL, so they are percent-encoded (`%20`, `%25`) and the fragment stays alphanumeric:
 * the QR code can carry it in alphanumeric mode after the page's address in byte mode.
 */
export function phoneFragment(payload: string): string {
  return payload.replaceAll('%', '%25').replaceAll(' ', '%20');
}

/** The page's address without query or fragment: what goes before `#` in the phone link. */
export function phonePage(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

/** The phone link for `payload`, on the page at `href`. */
export function phoneLink(href: string, payload: string): string {
  return `${phonePage(href)}#${phoneFragment(payload)}`;
}

const fragmentSchema = lazySchema(() =>
  z.pipe(
    // Each payload character is at most three in the fragment; the alphabet is base45's.
    z.string().check(z.maxLength(1 + 3 * QR_MAX_CHARS), z.regex(/^#SSP\d+:[0-9A-Z$%*+\-./:]*$/)),
    // One pass, so `%2520` (an encoded `%` before `20`) comes back as `%20`, not as a space.
    z.transform((hash: string) =>
      hash.slice(1).replace(/%2[05]/g, (seq) => (seq === '%20' ? ' ' : '%')),
    ),
  ),
);

export type PhoneFragment =
  | { kind: 'none' }
  | { kind: 'bad' }
  | { kind: 'ok'; payload: string; handover: QrHandover };

/** The payload in a `#…` fragment exactly as phoneFragment writes it, or null. */
export function fragmentPayload(hash: string): string | null {
  const parsed = fragmentSchema.safeParse(hash);
  // Anything phoneFragment would not write (a stray `%`) is a damaged link.
  return parsed.success && `#${phoneFragment(parsed.data)}` === hash ? parsed.data : null;
}

/** Read `location.hash`: nothing, a preparation, or something that is not one. Never throws. */
export function readPhoneFragment(hash: string): PhoneFragment {
  if (hash === '' || hash === '#') return { kind: 'none' };
  const payload = fragmentPayload(hash);
  if (payload === null) return { kind: 'bad' };
  const decoded = decodeQrPayload(payload);
  return decoded.ok ? { kind: 'ok', payload, handover: decoded.value } : { kind: 'bad' };
}
