/**
 * Starts a download of `data` as a file: the one way the console hands the browser a file it
 * made (CSV exports, templates, documents fetched from /report/).
 */
export function download(name: string, data: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(typeof data === 'string' ? new Blob([data], { type }) : data);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for a slow disk to take the whole file before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
