export type ApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'conflict'
  | 'server_error'
  | 'network_error'
  | 'timeout'
  | 'not_json'
  | 'unexpected_shape'
  | 'signed_out';

/** A failed API call. The UI words it from `code`; `detail` is what the server or the schema said. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    readonly details: { status?: number; detail?: string; path?: string; /** A validation problem's `errors`: field → messages. */ errors?: Record<string, string[]> } = {},
  ) {
    super(`API ${code}${details.status ? ` (${details.status})` : ''}${details.path ? ` at ${details.path}` : ''}${details.detail ? `: ${details.detail}` : ''}`);
  }

  /** Worth trying again: the server or the network failed, not the request. */
  get retryable(): boolean {
    return this.code === 'server_error' || this.code === 'network_error' || this.code === 'timeout';
  }
}
