/**
 * The Content-Security-Policy of the standalone pages. Everything comes from the page's own
 * origin; images and media may be data:/blob: for the QR code and the webcam.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
