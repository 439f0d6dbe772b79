/**
 * What to do when a file cannot be written, by the system's error code: "check that the folder
 * exists and is writable" was the hint for every case, including a path that is itself a folder.
 */
const HINTS: Readonly<Record<string, string>> = {
  ENOENT: 'the folder does not exist: create it first (mkdir -p) or write somewhere else',
  ENOTDIR: 'part of the path is a file, not a folder: check the path',
  EISDIR: 'that is a folder: give a file name inside it, e.g. DIR/report.md',
  EACCES: 'no permission to write there: choose a folder you can write to',
  EPERM: 'no permission to write there: choose a folder you can write to',
  EROFS: 'the file system is read-only: write somewhere else',
  ENOSPC: 'the disk is full: free some space or write somewhere else',
  EEXIST: 'a file of that name is already there: choose another name, or replace it on purpose',
};

export function writeHint(code: string): string {
  return HINTS[code] ?? 'check that the folder exists and is writable';
}
