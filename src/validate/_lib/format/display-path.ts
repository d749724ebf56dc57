/** How a file is shown in reports: `-` is `<stdin>`, no file is `<input>` (in-memory records). */
export function displayPath(file: string | undefined): string {
  if (file === undefined) return '<input>';
  return file === '-' ? '<stdin>' : file;
}
