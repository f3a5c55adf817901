/**
 * Prisma's `@default(cuid())` (cuid v1), for rows the store inserts without Prisma
 * (src/store/sqlite-domain-rows.ts): the same algorithm as Prisma's client runtime, so raw and
 * Prisma-created ids look alike and sort alike. `c`, the time in base 36, a 4-digit counter, a
 * 4-character fingerprint of the process and host, and 8 random base-36 digits.
 */
import { hostname } from 'node:os';

const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;

const pad = (text: string, size: number) => `000000000${text}`.slice(-size);

function fingerprint(): string {
  let host: string;
  try {
    host = hostname();
  } catch {
    host = process.env._CLUSTER_NETWORK_NAME_ || process.env.COMPUTERNAME || 'hostname';
  }
  const hostId = [...host].reduce((sum, ch) => sum + ch.charCodeAt(0), host.length + BASE).toString(BASE);
  return pad(process.pid.toString(BASE), 2) + pad(hostId, 2);
}

const FINGERPRINT = fingerprint();
let counter = 0;

const randomBlock = () => pad(((Math.random() * DISCRETE) << 0).toString(BASE), BLOCK);

export function cuid(): string {
  counter = counter < DISCRETE ? counter : 0;
  const count = pad((counter++).toString(BASE), BLOCK);
  return `c${Date.now().toString(BASE)}${count}${FINGERPRINT}${randomBlock()}${randomBlock()}`;
}
