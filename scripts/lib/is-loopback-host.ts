/**
 * Whether a HOST value only accepts connections from this machine: 127.0.0.0/8, ::1 and
 * `localhost`. `0.0.0.0`, `::` and an empty host listen on every interface; any other
 * address or name is reachable from elsewhere. `npm start` warns when it serves the demo
 * city (published passwords) on a host that is not loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
