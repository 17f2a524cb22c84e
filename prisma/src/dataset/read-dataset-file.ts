import { readFile } from "node:fs/promises";
import { firstInvalidUtf8Byte } from "./invalid-utf8";
import { DatasetRejectedError } from "./issues";

/** What some editors (Windows' Notepad among them) write before UTF-8 text; JSON.parse refuses it. */
const byteOrderMark = [0xef, 0xbb, 0xbf];

/**
 * Reads a dataset file's JSON. A UTF-8 byte-order mark is skipped; a file that is not UTF-8 or
 * not JSON is refused as any other issue is, before anything is written (decoding it leniently
 * would store each bad byte as U+FFFD, silently).
 */
export async function readDatasetFile(file: string): Promise<unknown> {
  const bytes = await readFile(file);
  const start = byteOrderMark.every((byte, i) => bytes[i] === byte) ? byteOrderMark.length : 0;
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw refusal(`${file} is not UTF-8: ${describeInvalidByte(bytes, start)}; save the file as UTF-8`);
  }
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw refusal(`${file} is not JSON: ${(error as Error).message}`);
  }
}

const refusal = (message: string) => new DatasetRejectedError([{ path: "", message }]);

/** Where the first byte that is not UTF-8 is: its offset in the file, and its line and column (in characters) as an editor shows them. */
function describeInvalidByte(bytes: Buffer, textStart: number): string {
  const offset = firstInvalidUtf8Byte(bytes.subarray(textStart)) + textStart;
  const before = bytes.subarray(textStart, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  const column = [...before.subarray(lineStart).toString("utf8")].length + 1;
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
  return `byte 0x${hex} at offset ${offset} (line ${line}, column ${column}) does not begin a valid UTF-8 character`;
}
