import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ScenarioContext } from './context.ts';

/**
 * One endpoint of a scenario's issuer. `headers` are the CORS headers the router worked out for
 * this request; an endpoint adds them to whatever it answers.
 */
export type Endpoint = (context: ScenarioContext, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) => void | Promise<void>;
