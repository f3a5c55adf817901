/** CPU time (user + system) a process has used so far, in seconds, from /proc (Linux; clock ticks of 10 ms). */
import { readFileSync } from 'node:fs';

export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
