/**
 * A failed request, with PocketBase's per-field messages when the server gave them: the
 * gateway's one error type. Its own module, free of the PocketBase SDK, so that pages that
 * never load the SDK still tell a gateway failure apart (issue #13).
 */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}
