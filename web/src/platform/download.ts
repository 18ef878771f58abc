/** Hands bytes or text to the browser as a download: nothing leaves the machine. */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const part = typeof content === 'string' ? content : (content as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The MIME type of a file the page writes, by its extension. */
export function mimeOf(name: string): string {
  if (name.endsWith('.xlsx'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.html')) return 'text/html;charset=utf-8';
  if (name.endsWith('.csv')) return 'text/csv;charset=utf-8';
  if (name.endsWith('.md')) return 'text/markdown;charset=utf-8';
  if (name.endsWith('.json')) return 'application/json';
  return 'text/plain;charset=utf-8';
}
