/**
 * Hands a file to the browser's downloads, from an extension page: an object URL on a temporary link. The URL is
 * revoked on the next task, once the download has started from it.
 */
export function downloadFile(name: string, content: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
