import { isIP } from 'node:net';

/**
 * Whether a host name or address stays on this machine: `localhost` (and `*.localhost`), any
 * 127.x.y.z, and ::1 (also written out, or as an IPv4-mapped 127 address).
 */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) {
    if (/^(0{0,4}:){2,7}0{0,3}1$/.test(name) || name === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(name);
    return mapped !== null && (mapped[1] as string).startsWith('127.');
  }
  return false;
}
