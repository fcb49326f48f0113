/**
 * Offer a JSON file for download: a same-origin blob, so it passes the strict CSP. The link is
 * never put in the page; the URL is revoked once the browser has had time to start the download.
 */
export function downloadJson(data: unknown, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
