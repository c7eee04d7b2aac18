/** Offers text to save as a file, from one of Siyaq's pages (the popup, the options page). */
export function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000); // after the browser has read it
}
