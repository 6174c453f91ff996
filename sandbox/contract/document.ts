import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The v3 contract: one OpenAPI 3.1 file that the sandbox serves and the app's types are generated from. */
export const CONTRACT_PATH = fileURLToPath(new URL('../api/bankservice-v3.openapi.yaml', import.meta.url));

/** The parts of an OpenAPI 3.1 document the contract check reads; everything else passes through untyped. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters?: Record<string, Parameter>;
    responses?: Record<string, Response>;
  };
}

export type JsonSchema = Record<string, unknown>;
export type Reference = { $ref: string };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface MediaType {
  schema?: JsonSchema;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  parameters?: (Parameter | Reference)[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response | Reference>;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type PathItem = Partial<Record<HttpMethod, Operation>>;

/** Parsed afresh each call so a caller may not change another's copy. */
export function loadContract(path = CONTRACT_PATH): OpenApiDocument {
  return parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}
