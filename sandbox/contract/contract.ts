import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { HttpMethod, JsonSchema, MediaType, OpenApiDocument, Operation, Parameter, Reference, Response } from './document.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped once more.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** One HTTP exchange as the contract sees it: bodies already parsed from JSON. */
export interface Exchange {
  method: string;
  /** Path and query, e.g. `/api/v3/receivables/…/0?take=10`. */
  target: string;
  /** Lower-case names. */
  requestHeaders: Record<string, string | undefined>;
  /** `undefined` when the request had no body. */
  requestBody?: unknown;
  status: number;
  responseContentType?: string | undefined;
  responseBody?: unknown;
}

export interface Violation {
  method: string;
  path: string;
  status: number | null;
  direction: 'request' | 'response';
  errors: string[];
}

export interface ContractOptions {
  /**
   * Treat every object schema that names its properties as closed (no other fields). Aritma's field lists
   * were cut short in places, so the file leaves objects open; the sandbox and the app must send only named fields.
   */
  closedObjects?: boolean;
}

interface CompiledOperation {
  method: HttpMethod;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  operation: Operation;
}

const DEFS_ID = 'bankservice-v3';
const EXTENSION_KEYWORDS = ['x-undocumented', 'x-undocumented-reason', 'x-enum-varnames', 'x-enum-descriptions'];

const mediaTypeOf = (contentType: string | undefined): string | undefined => contentType?.split(';')[0]?.trim().toLowerCase() || undefined;

const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';

/** Rewrites `#/components/schemas/X` to the shared `$defs` resource and, if asked, closes objects. */
function prepareSchema(schema: unknown, closed: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((item) => prepareSchema(item, closed));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') out[key] = value.replace('#/components/schemas/', `${DEFS_ID}#/$defs/`);
    // `properties` maps names to schemas; a property named like a keyword must not be taken for one.
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, prepareSchema(sub, closed)]));
    } else out[key] = prepareSchema(value, closed);
  }
  if (closed && 'properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

function formatErrors(errors: readonly ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((error) => {
    const at = `${where}${error.instancePath}`;
    if (error.keyword === 'additionalProperties') return `${at} has ${String(error.params.additionalProperty)}, which the contract does not name`;
    if (error.keyword === 'enum') return `${at} ${error.message ?? 'is not allowed'}: ${JSON.stringify(error.params.allowedValues)}`;
    return `${at} ${error.message ?? 'is invalid'}`;
  });
}

/** Checks requests and responses against the OpenAPI 3.1 contract with Ajv's JSON Schema 2020-12 validator. */
export class Contract {
  private readonly document: OpenApiDocument;
  private readonly operations: CompiledOperation[];
  private readonly ajv: Ajv2020;
  /** Parameters arrive as text; this twin coerces "2" to 2 before checking, as a server's binder would. */
  private readonly coercingAjv: Ajv2020;
  private readonly closed: boolean;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument, options: ContractOptions = {}) {
    this.document = document;
    this.closed = options.closedObjects ?? false;
    const defs = { $id: DEFS_ID, $defs: prepareSchema(document.components.schemas, this.closed) };
    const make = (coerceTypes: boolean): Ajv2020 => {
      const ajv = new Ajv2020({ allErrors: true, strict: true, coerceTypes, keywords: EXTENSION_KEYWORDS });
      addFormats(ajv);
      ajv.addSchema(defs);
      return ajv;
    };
    this.ajv = make(false);
    this.coercingAjv = make(true);
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      (Object.entries(item) as [HttpMethod, Operation][]).map(([method, operation]) => {
        const paramNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
        return { method, template, pattern: new RegExp(`^${source}$`), paramNames, operation };
      }),
    );
  }

  /** Every schema compiles under JSON Schema 2020-12 in Ajv's strict mode; throws naming the first that does not. */
  compileAll(): void {
    for (const name of Object.keys(this.document.components.schemas)) {
      this.ajv.getSchema(`${DEFS_ID}#/$defs/${name}`);
    }
  }

  /** The operation a method and path name, e.g. `GET /api/v3/accounts/{companyId}`. */
  operationFor(method: string, pathname: string): { template: string; operation: Operation; params: Record<string, string> } | undefined {
    const lower = method.toLowerCase();
    for (const candidate of this.operations) {
      if (candidate.method !== lower) continue;
      const match = candidate.pattern.exec(pathname);
      if (!match) continue;
      const params: Record<string, string> = {};
      candidate.paramNames.forEach((name, index) => {
        const raw = match[index + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          // Broken percent-encoding is checked as sent, and fails whatever format the parameter has.
          params[name] = raw;
        }
      });
      return { template: candidate.template, operation: candidate.operation, params };
    }
    return undefined;
  }

  /** The violations of one exchange; an empty list when request and response both follow the contract. */
  check(exchange: Exchange): Violation[] {
    const url = new URL(exchange.target, 'http://contract.invalid');
    const base = { method: exchange.method, path: url.pathname };
    const found = this.operationFor(exchange.method, url.pathname);
    if (found === undefined) {
      return [{ ...base, status: exchange.status, direction: 'request', errors: [`${exchange.method} ${url.pathname} is no operation of the contract`] }];
    }
    const violations: Violation[] = [];
    const requestErrors = this.requestErrors(found.template, found.operation, found.params, url.searchParams, exchange);
    if (requestErrors.length > 0) violations.push({ ...base, path: found.template, status: exchange.status, direction: 'request', errors: requestErrors });
    const responseErrors = this.responseErrors(found.template, found.operation, exchange);
    if (responseErrors.length > 0) violations.push({ ...base, path: found.template, status: exchange.status, direction: 'response', errors: responseErrors });
    return violations;
  }

  private resolve<T>(value: T | Reference): T {
    if (!isReference(value)) return value;
    const [, section, name] = /^#\/components\/(parameters|responses)\/(.+)$/.exec(value.$ref) ?? [];
    const resolved = section === 'parameters' ? this.document.components.parameters?.[name ?? ''] : this.document.components.responses?.[name ?? ''];
    if (resolved === undefined) throw new Error(`The contract cannot resolve ${value.$ref}`);
    return resolved as T;
  }

  private validator(key: string, schema: JsonSchema, coerce = false): ValidateFunction {
    const cacheKey = `${coerce ? 'coerce ' : ''}${key}`;
    let validate = this.cache.get(cacheKey);
    if (validate === undefined) {
      validate = (coerce ? this.coercingAjv : this.ajv).compile(prepareSchema(schema, this.closed) as JsonSchema);
      this.cache.set(cacheKey, validate);
    }
    return validate;
  }

  private requestErrors(
    template: string,
    operation: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    exchange: Exchange,
  ): string[] {
    const errors: string[] = [];
    const parameters = (operation.parameters ?? []).map((parameter) => this.resolve<Parameter>(parameter));
    const locations: { in: Parameter['in']; values: Record<string, string>; closed: boolean }[] = [
      { in: 'path', values: pathParams, closed: true },
      // Query parameters the operation does not name are the client's invention.
      { in: 'query', values: Object.fromEntries([...query.keys()].map((key) => [key, query.get(key) ?? ''])), closed: true },
      { in: 'header', values: Object.fromEntries(Object.entries(exchange.requestHeaders).filter((entry): entry is [string, string] => entry[1] !== undefined)), closed: false },
    ];
    for (const location of locations) {
      const declared = parameters.filter((parameter) => parameter.in === location.in);
      const names = (parameter: Parameter) => (location.in === 'header' ? parameter.name.toLowerCase() : parameter.name);
      const schema: JsonSchema = {
        type: 'object',
        properties: Object.fromEntries(declared.map((parameter) => [names(parameter), parameter.schema])),
        required: declared.filter((parameter) => parameter.required === true).map(names),
        additionalProperties: !location.closed,
      };
      const validate = this.validator(`${exchange.method} ${template} ${location.in}`, schema, true);
      if (!validate({ ...location.values })) errors.push(...formatErrors(validate.errors, location.in));
    }

    const body = operation.requestBody;
    const mediaType = mediaTypeOf(exchange.requestHeaders['content-type']);
    if (exchange.requestBody === undefined) {
      if (body?.required === true) errors.push('body is required');
    } else if (body === undefined) {
      errors.push('body is sent, but the operation takes none');
    } else {
      const media: MediaType | undefined = mediaType === undefined ? undefined : body.content[mediaType];
      if (media?.schema === undefined) {
        errors.push(`body is sent as ${mediaType ?? 'no media type'}, not as ${Object.keys(body.content).join(' or ')}`);
      } else {
        const validate = this.validator(`${exchange.method} ${template} body ${mediaType ?? ''}`, media.schema);
        if (!validate(exchange.requestBody)) errors.push(...formatErrors(validate.errors, 'body'));
      }
    }
    return errors;
  }

  private responseErrors(template: string, operation: Operation, exchange: Exchange): string[] {
    const declared = operation.responses[String(exchange.status)] ?? operation.responses.default;
    if (declared === undefined) return [`status ${exchange.status} is not a response of ${exchange.method} ${template}`];
    const response = this.resolve<Response>(declared);
    const mediaType = mediaTypeOf(exchange.responseContentType);
    if (response.content === undefined) {
      return exchange.responseBody === undefined ? [] : [`status ${exchange.status} has a body, but the contract gives it none`];
    }
    if (exchange.method.toUpperCase() === 'HEAD') return [];
    const media = mediaType === undefined ? undefined : response.content[mediaType];
    if (media?.schema === undefined) return [`body is ${mediaType ?? 'missing'}, not ${Object.keys(response.content).join(' or ')}`];
    const validate = this.validator(`${exchange.method} ${template} ${exchange.status} ${mediaType ?? ''}`, media.schema);
    return validate(exchange.responseBody) ? [] : formatErrors(validate.errors, 'body');
  }
}
