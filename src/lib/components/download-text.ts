/**
 * Saves text as a file through the browser's download (an object URL on a transient link),
 * for exports built in the page (CSV, GeoJSON…). Browser only.
 *
 * @param name the file name offered to the user
 * @param type the MIME type, with its charset for text (e.g. 'text/csv;charset=utf-8')
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
