import * as fs from 'fs';

/** The text of an input file, or why it cannot be analysed. */
export type Input = { readonly text: string; readonly notes: readonly string[] } | { readonly error: string };

/** Files larger than this are refused before reading. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, refusing binary content; a BOM is dropped (offsets exclude it). */
export function decodeText(bytes: Uint8Array, label: string): Input {
  if (bytes.includes(0)) return { error: `${label}: looks binary (it contains NUL bytes), skipped` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { error: `${label}: is not valid UTF-8 text, skipped` };
  }
  const notes: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push(`${label}: a byte-order mark was ignored; offsets count from the character after it`);
  }
  if (text.trim() === '') notes.push(`${label}: is empty`);
  return { text, notes };
}

/** Reads a file (or standard input for "-") as text, with a clear message for anything unreadable. */
export function readInput(file: string): Input {
  if (file === '-') {
    try {
      return decodeText(fs.readFileSync(0), '<stdin>');
    } catch (error) {
      return { error: `<stdin>: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? 'error'})` };
  }
  if (stat.isDirectory()) return { error: `${file}: is a directory; pass the files inside it` };
  if (!stat.isFile()) return { error: `${file}: is not a regular file` };
  if (stat.size > MAX_INPUT_BYTES) return { error: `${file}: is ${Math.round(stat.size / 1048576)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit; skipped` };
  try {
    return decodeText(fs.readFileSync(file), file);
  } catch (error) {
    return { error: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
