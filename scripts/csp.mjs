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

/**
 * The same, as a response header: with `frame-ancestors 'self'`, so no other site can frame the
 * pages (clickjacking). A meta tag cannot carry it: browsers ignore frame-ancestors there, as
 * the CSP specification says, because the page would already be framed when it is read.
 */
export const HEADER_CSP = `${PAGE_CSP}; frame-ancestors 'self'`;
