/**
 * The bytes that may follow each lead byte of a well-formed UTF-8 sequence: its length, and the
 * range of its second byte, narrower than 0x80-0xBF where that rules out overlong forms, UTF-16
 * surrogates and code points past U+10FFFF (Unicode, Table 3-7). TextDecoder's `fatal` mode
 * follows the same table, but says only that a file breaks it, not where.
 */
const leadBytes: readonly { from: number; to: number; length: number; second: readonly [number, number] }[] = [
  { from: 0xc2, to: 0xdf, length: 2, second: [0x80, 0xbf] },
  { from: 0xe0, to: 0xe0, length: 3, second: [0xa0, 0xbf] },
  { from: 0xe1, to: 0xec, length: 3, second: [0x80, 0xbf] },
  { from: 0xed, to: 0xed, length: 3, second: [0x80, 0x9f] },
  { from: 0xee, to: 0xef, length: 3, second: [0x80, 0xbf] },
  { from: 0xf0, to: 0xf0, length: 4, second: [0x90, 0xbf] },
  { from: 0xf1, to: 0xf3, length: 4, second: [0x80, 0xbf] },
  { from: 0xf4, to: 0xf4, length: 4, second: [0x80, 0x8f] },
];

const within = (byte: number | undefined, [low, high]: readonly [number, number]) => byte !== undefined && byte >= low && byte <= high;

/** The length of the well-formed sequence that starts at `offset`, or 0 when none does. */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset]!;
  if (lead < 0x80) return 1;
  const form = leadBytes.find(({ from, to }) => lead >= from && lead <= to);
  if (!form || !within(bytes[offset + 1], form.second)) return 0;
  for (let next = offset + 2; next < offset + form.length; next++) if (!within(bytes[next], [0x80, 0xbf])) return 0;
  return form.length;
}

/** The offset of the byte that starts the first sequence that is not UTF-8, or -1 when the bytes are UTF-8 throughout. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let offset = 0; offset < bytes.length;) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }
  return -1;
}
