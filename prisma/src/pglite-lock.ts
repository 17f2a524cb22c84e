import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";

/** A second process (or a second opener in this one) asked for a PGlite data folder that is open. */
export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
}

/** How long a lock file may stay empty while its creator writes its pid; past that, it is debris. */
const emptyLockGraceMs = 5_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid a lock file names; null when it names none (being written, or debris), undefined when it is gone. */
function ownerOf(lockFile: string): number | null | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function isStale(lockFile: string, owner: number | null): boolean {
  if (owner !== null) return !isAlive(owner);
  try {
    return Date.now() - statSync(lockFile).mtimeMs > emptyLockGraceMs;
  } catch {
    return true;
  }
}

const shown = (folder: string) => {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") ? relative : folder;
};

/**
 * Takes the lock on a PGlite data folder: `<folder>.lock`, created
 * exclusively, holding this process's pid. PGlite is one PostgreSQL session
 * writing its files directly: two processes with the same folder open would
 * corrupt it. A lock whose process is gone (it crashed) is taken over.
 * Returns the release.
 */
export function lockPgliteDataDir(dataDir: string): () => void {
  const folder = path.resolve(dataDir);
  const lockFile = `${folder}.lock`;
  // The lock file sits beside the folder, which may not exist yet.
  mkdirSync(path.dirname(folder), { recursive: true });
  // Twice at most: once more after clearing a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        if (ownerOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = ownerOf(lockFile);
    if (owner === undefined) continue;
    if (!isStale(lockFile, owner)) {
      const who = owner === null ? "another process" : owner === process.pid ? `this process (${owner})` : `process ${owner}`;
      throw new DatabaseInUseError(
        `The embedded database at ${shown(folder)} is in use by ${who} (npm start?); stop it, or set DATABASE_URL to use PostgreSQL`,
      );
    }
    rmSync(lockFile, { force: true });
  }
  throw new DatabaseInUseError(`The embedded database at ${shown(folder)} is being opened by another process; try again`);
}
