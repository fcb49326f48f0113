/**
 * A QR payload that a 2D barcode scanner in keyboard mode typed into a text field. Such a
 * scanner types the QR's text key by key into whatever has focus, so the consultcode field may
 * receive `SSP1:` + base45 instead of a code. This module only finds it and imports nothing, so
 * it stays on the consult page's first screen; `readScannedPayload` (scannedpayload.ts) decodes.
 */

/** The start of any Samenspraak payload, `SSP<n>:`. A consultcode never holds a colon. */
const MARKER = /SSP\d{1,6}:/i;

/**
 * The payload in a field's text, from its marker on, or null when the text holds none. Upper
 * case, as base45 has no lower-case letters: a scanner on a computer with Caps Lock on types the
 * payload with its case flipped. Whatever the GP typed before the scan is left out.
 */
export function typedPayload(text: string): string | null {
  const at = text.search(MARKER);
  return at < 0 ? null : text.slice(at).toUpperCase();
}

/**
 * Whether a field's text may be the first keys of a payload (`S`, `SS`, `SSP`, `SSP1`): a
 * scanner is typing, so no verdict on it as a consultcode yet.
 */
export function mayBecomePayload(text: string): boolean {
  return /^S(S(P\d{0,6})?)?$/i.test(text);
}
