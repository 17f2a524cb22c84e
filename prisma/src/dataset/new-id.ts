import { randomBytes } from "node:crypto";

/**
 * A new UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random
 * bits. The ids Prisma's `uuid(7)` default makes, for rows written in bulk by
 * SQL, where that default (Prisma's, not the database's) does not apply.
 */
export function newId(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
