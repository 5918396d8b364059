/**
 * The text to show or log for anything thrown: an `Error`'s message (a `GatewayError`'s is
 * the server's own words), otherwise the value as a string. One place for what was written
 * 71 times as `err instanceof Error ? err.message : String(err)`.
 *
 * Lives in `domain/` (the bottom layer) so that the pure core, the CLI, the gateway and the
 * UI can all use it.
 *
 * @example
 * try { await gateway.getArea(id) } catch (err) { notice = errorMessage(err) }
 * errorMessage(new Error('not found')) // 'not found'
 * errorMessage('offline')              // 'offline'
 * errorMessage(undefined)              // 'undefined'
 */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
