export type ApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'bad_request'
  | 'conflict'
  | 'server_error'
  | 'network_error'
  | 'unexpected_response'
  | 'signed_out';

/** A failed API call, with a sentence a person can act on. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again: the server or the network failed, not the request. */
  get retryable(): boolean {
    return this.code === 'server_error' || this.code === 'network_error';
  }
}
