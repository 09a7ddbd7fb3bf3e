// Remembers the kind and pixel size of the last image export, for the status line and the
// test hook (a download's bytes are not otherwise observable from the page).
export const lastExport: { value: { kind: string; width: number; height: number } | null } = { value: null };
