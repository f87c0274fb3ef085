/**
 * A structural check of an OpenAPI 3.1 document: the parts of the specification a generator can
 * get wrong (versions, operations, parameters, responses, security, references, 3.0 leftovers),
 * without a validator package. It returns every problem found so a failing test lists them all.
 */

type Json = Record<string, unknown>;

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const pathItemFields = [...httpMethods, '$ref', 'summary', 'description', 'servers', 'parameters'];
const parameterLocations = ['query', 'header', 'path', 'cookie'];
const schemeTypes = ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect'];
const jsonSchemaTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
const responseCode = /^(?:[1-5](?:\d\d|XX)|default)$/;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves a local JSON pointer such as `#/components/schemas/Ticket`. */
function resolvePointer(document: Json, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  return ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, token) => (isObject(node) ? node[token] : undefined), document);
}

/** Every JSON Schema found under `node`, with where it is, visiting subschemas too. */
function* schemasIn(node: unknown, where: string): Generator<[string, Json]> {
  if (!isObject(node)) return;
  yield [where, node];
  for (const key of ['properties', 'patternProperties', '$defs']) {
    if (isObject(node[key])) for (const [name, child] of Object.entries(node[key])) yield* schemasIn(child, `${where}.${key}.${name}`);
  }
  for (const key of ['oneOf', 'anyOf', 'allOf', 'prefixItems']) {
    if (Array.isArray(node[key])) for (const [index, child] of node[key].entries()) yield* schemasIn(child, `${where}.${key}[${index}]`);
  }
  for (const key of ['items', 'additionalProperties', 'not']) yield* schemasIn(node[key], `${where}.${key}`);
}

/** The schemas of a document: components, parameters, request bodies and responses, with their subschemas. */
function* documentSchemas(document: Json): Generator<[string, Json]> {
  const components = isObject(document['components']) ? document['components'] : {};
  for (const [name, schema] of Object.entries(isObject(components['schemas']) ? components['schemas'] : {})) yield* schemasIn(schema, `#/components/schemas/${name}`);
  const mediaSchemas = function* (content: unknown, where: string): Generator<[string, Json]> {
    if (!isObject(content)) return;
    for (const [type, media] of Object.entries(content)) if (isObject(media)) yield* schemasIn(media['schema'], `${where} ${type}`);
  };
  for (const [path, item] of Object.entries(isObject(document['paths']) ? document['paths'] : {})) {
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const parameters = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
      for (const parameter of parameters.filter(isObject)) yield* schemasIn(parameter['schema'], `${where} parameter ${String(parameter['name'])}`);
      if (isObject(operation['requestBody'])) yield* mediaSchemas(operation['requestBody']['content'], `${where} requestBody`);
      const responses = isObject(operation['responses']) ? operation['responses'] : {};
      for (const [code, response] of Object.entries(responses)) if (isObject(response)) yield* mediaSchemas(response['content'], `${where} ${code}`);
    }
  }
}

function schemaProblems(schema: Json, where: string): string[] {
  const problems: string[] = [];
  // Keywords of OpenAPI 3.0's dialect that 3.1 (JSON Schema 2020-12) replaced.
  if ('nullable' in schema) problems.push(`${where}: "nullable" is OpenAPI 3.0; use type ["x", "null"] in 3.1`);
  for (const key of ['exclusiveMinimum', 'exclusiveMaximum']) {
    if (typeof schema[key] === 'boolean') problems.push(`${where}: boolean ${key} is OpenAPI 3.0; 3.1 takes a number`);
  }
  const types = Array.isArray(schema['type']) ? schema['type'] : schema['type'] === undefined ? [] : [schema['type']];
  for (const type of types) if (!jsonSchemaTypes.includes(String(type))) problems.push(`${where}: unknown type ${String(type)}`);
  if (schema['required'] !== undefined && !(Array.isArray(schema['required']) && schema['required'].every((name) => typeof name === 'string'))) {
    problems.push(`${where}: required must be an array of names`);
  }
  if (Array.isArray(schema['required']) && schema['additionalProperties'] === false && isObject(schema['properties'])) {
    const properties = schema['properties'];
    for (const name of schema['required']) if (!(String(name) in properties)) problems.push(`${where}: requires ${String(name)}, which it forbids`);
  }
  if (schema['enum'] !== undefined && !(Array.isArray(schema['enum']) && schema['enum'].length > 0)) problems.push(`${where}: enum must be a non-empty array`);
  return problems;
}

function parameterProblems(parameter: unknown, where: string): string[] {
  if (!isObject(parameter)) return [`${where}: not an object`];
  const problems: string[] = [];
  if (typeof parameter['name'] !== 'string' || parameter['name'] === '') problems.push(`${where}: no name`);
  if (!parameterLocations.includes(String(parameter['in']))) problems.push(`${where}: "in" is ${String(parameter['in'])}`);
  if (parameter['in'] === 'path' && parameter['required'] !== true) problems.push(`${where}: a path parameter must be required`);
  if (('schema' in parameter) === ('content' in parameter)) problems.push(`${where}: needs exactly one of schema and content`);
  return problems;
}

function operationProblems(document: Json, path: string, method: string, operation: Json): string[] {
  const where = `${method.toUpperCase()} ${path}`;
  const problems: string[] = [];
  const parameters = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
  if (operation['parameters'] !== undefined && !Array.isArray(operation['parameters'])) problems.push(`${where}: parameters must be an array`);
  parameters.forEach((parameter, index) => problems.push(...parameterProblems(parameter, `${where} parameters[${index}]`)));

  const seen = new Set<string>();
  for (const parameter of parameters.filter(isObject)) {
    const id = `${String(parameter['in'])}:${String(parameter['name'])}`;
    if (seen.has(id)) problems.push(`${where}: parameter ${id} appears twice`);
    seen.add(id);
  }
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
  const inPath = parameters.filter((parameter) => isObject(parameter) && parameter['in'] === 'path').map((parameter) => String((parameter as Json)['name']));
  for (const name of templated) if (!inPath.includes(String(name))) problems.push(`${where}: path parameter {${name}} is not declared`);
  for (const name of inPath) if (!templated.includes(name)) problems.push(`${where}: declares path parameter ${name} the path lacks`);

  if (operation['requestBody'] !== undefined) {
    const content = isObject(operation['requestBody']) ? operation['requestBody']['content'] : undefined;
    if (!isObject(content) || Object.keys(content).length === 0) problems.push(`${where}: requestBody needs content`);
  }
  const responses = operation['responses'];
  if (!isObject(responses) || Object.keys(responses).length === 0) {
    problems.push(`${where}: needs at least one response`);
  } else {
    for (const [code, response] of Object.entries(responses)) {
      if (!responseCode.test(code)) problems.push(`${where}: response key ${code} is not a status code`);
      const resolved = isObject(response) && typeof response['$ref'] === 'string' ? resolvePointer(document, response['$ref']) : response;
      if (!isObject(resolved) || typeof resolved['description'] !== 'string') problems.push(`${where} ${code}: a response needs a description`);
    }
  }
  if (operation['security'] !== undefined) problems.push(...securityProblems(document, operation['security'], where));
  return problems;
}

function securityProblems(document: Json, security: unknown, where: string): string[] {
  if (!Array.isArray(security)) return [`${where}: security must be an array`];
  const components = isObject(document['components']) ? document['components'] : {};
  const schemes = isObject(components['securitySchemes']) ? components['securitySchemes'] : {};
  return security.flatMap((requirement) =>
    isObject(requirement) ? Object.keys(requirement).filter((name) => !(name in schemes)).map((name) => `${where}: security names undefined scheme ${name}`) : [`${where}: a security requirement must be an object`],
  );
}

function referenceProblems(document: Json): string[] {
  const problems: string[] = [];
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, `${where}[${index}]`));
    if (!isObject(node)) return;
    if (typeof node['$ref'] === 'string' && resolvePointer(document, node['$ref']) === undefined) problems.push(`${where}: $ref ${node['$ref']} does not resolve`);
    for (const [key, child] of Object.entries(node)) visit(child, `${where}.${key}`);
  };
  visit(document, '#');
  return problems;
}

/** Every structural problem of an OpenAPI 3.1 document; an empty list when there is none. */
export function openApiProblems(document: unknown): string[] {
  if (!isObject(document)) return ['the document is not an object'];
  const problems: string[] = [];
  if (typeof document['openapi'] !== 'string' || !/^3\.1\.\d+$/.test(document['openapi'])) problems.push(`openapi is ${String(document['openapi'])}, not 3.1.x`);
  const info = document['info'];
  if (!isObject(info) || typeof info['title'] !== 'string' || typeof info['version'] !== 'string') problems.push('info needs a title and a version');
  if (!isObject(document['paths'])) return [...problems, 'paths must be an object'];

  const components = isObject(document['components']) ? document['components'] : {};
  for (const [name, scheme] of Object.entries(isObject(components['securitySchemes']) ? components['securitySchemes'] : {})) {
    if (!isObject(scheme) || !schemeTypes.includes(String(scheme['type']))) problems.push(`securityScheme ${name}: unknown type`);
    else if (scheme['type'] === 'http' && typeof scheme['scheme'] !== 'string') problems.push(`securityScheme ${name}: http needs a scheme`);
  }
  if (document['security'] !== undefined) problems.push(...securityProblems(document, document['security'], 'document'));

  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document['paths'])) {
    if (!path.startsWith('/')) problems.push(`path ${path} must start with /`);
    if (!isObject(item)) {
      problems.push(`path ${path} is not an object`);
      continue;
    }
    for (const key of Object.keys(item)) if (!pathItemFields.includes(key) && !key.startsWith('x-')) problems.push(`path ${path}: unknown field ${key}`);
    for (const method of httpMethods.filter((candidate) => candidate in item)) {
      const operation = item[method];
      if (!isObject(operation)) {
        problems.push(`${method.toUpperCase()} ${path}: not an object`);
        continue;
      }
      const id = operation['operationId'];
      if (typeof id === 'string') {
        if (operationIds.has(id)) problems.push(`operationId ${id} is used twice`);
        operationIds.add(id);
      }
      problems.push(...operationProblems(document, path, method, operation));
    }
  }

  for (const [where, schema] of documentSchemas(document)) problems.push(...schemaProblems(schema, where));
  return [...problems, ...referenceProblems(document)];
}
