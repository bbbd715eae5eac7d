/** Which process runs a job (`pid@host`), and whether that process is gone. */
import os from 'node:os';

export function processOwner(): string {
  return `${process.pid}@${os.hostname()}`;
}

/**
 * True when `owner` names a process on this host that no longer exists. Other hosts' processes
 * cannot be probed: their jobs are judged by heartbeat age instead.
 */
export function ownerIsGone(owner: string): boolean {
  const at = owner.indexOf('@');
  const pid = Number(owner.slice(0, at));
  if (at < 0 || owner.slice(at + 1) !== os.hostname() || !Number.isInteger(pid)) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the pid exists but belongs to another user — alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
