// Saves a blob under a file name through a temporary link (the browser's download flow).
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const fileStamp = (): string => new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
