import Database from 'better-sqlite3';

/**
 * A second connection holding the write lock on a database file, as another process would; `release()` lets go, and
 * is also pushed to `cleanups` so that a failing test does not leave the lock behind.
 */
export function holdLock(file: string, cleanups: (() => void)[]): { release: () => void } {
  const holder = new Database(file);
  holder.exec('BEGIN EXCLUSIVE');
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    holder.exec('ROLLBACK');
    holder.close();
  };
  cleanups.push(release);
  return { release };
}
