// Entry of the job pool's worker threads: registers tsx so the thread can load our TypeScript
// (docs/adr/0004; a worker does not inherit the main thread's loader), then runs tasks.
import { register } from 'tsx/esm/api';

register();
const { runJobTask } = await import('./run-job-task.ts');

export default runJobTask;
