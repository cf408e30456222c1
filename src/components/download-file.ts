/** Offers a blob as a file download, without a server. */
export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers text as a file download, without a server. */
export function downloadFile(name: string, text: string, type = 'application/json') {
  downloadBlob(name, new Blob([text], { type }));
}
