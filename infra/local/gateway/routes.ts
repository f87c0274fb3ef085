import type { RouteSpec } from '../../system';

/** The route a request selected, with the values its `{param}` segments captured. */
export interface RouteMatch {
  readonly route: RouteSpec;
  /** `"GET /v1/tickets/{id}"`: what API Gateway calls the route key. */
  readonly routeKey: string;
  readonly pathParameters: Readonly<Record<string, string>>;
}

type Segment = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'param'; readonly name: string } | { readonly kind: 'greedy'; readonly name: string };

interface CompiledRoute {
  readonly route: RouteSpec;
  readonly routeKey: string;
  readonly segments: readonly Segment[];
}

/** How specific a segment is: API Gateway prefers a literal over `{param}` over `{proxy+}`. */
const rank: Record<Segment['kind'], number> = { literal: 0, param: 1, greedy: 2 };

function compileSegment(text: string): Segment {
  const greedy = /^\{([\w-]+)\+\}$/.exec(text);
  if (greedy?.[1]) return { kind: 'greedy', name: greedy[1] };
  const param = /^\{([\w-]+)\}$/.exec(text);
  if (param?.[1]) return { kind: 'param', name: param[1] };
  return { kind: 'literal', text };
}

function compile(route: RouteSpec): CompiledRoute {
  const segments = route.path.split('/').slice(1).map(compileSegment);
  const greedyAt = segments.findIndex((segment) => segment.kind === 'greedy');
  if (greedyAt !== -1 && greedyAt !== segments.length - 1) throw new Error(`route ${route.method} ${route.path}: a greedy {name+} segment must come last`);
  return { route, routeKey: `${route.method} ${route.path}`, segments };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    if (segment.kind === 'greedy') {
      const rest = parts.slice(index);
      if (rest.length === 0 || rest.join('') === '') return undefined;
      parameters[segment.name] = rest.map(decode).join('/');
      return parameters;
    }
    const part = parts[index];
    if (part === undefined || part === '') return undefined;
    if (segment.kind === 'literal' && decode(part) !== segment.text) return undefined;
    if (segment.kind === 'param') parameters[segment.name] = decode(part);
  }
  return parts.length === segments.length ? parameters : undefined;
}

function moreSpecific(a: CompiledRoute, b: CompiledRoute): boolean {
  const length = Math.max(a.segments.length, b.segments.length);
  for (let index = 0; index < length; index++) {
    const left = a.segments[index];
    const right = b.segments[index];
    if (!left || !right) return a.segments.length > b.segments.length;
    if (rank[left.kind] !== rank[right.kind]) return rank[left.kind] < rank[right.kind];
  }
  return false;
}

/**
 * Prepares routes for matching with API Gateway's `{param}` and `{name+}` path syntax; when several
 * routes match a request, the most specific wins (literal segments before variables, a greedy
 * variable last), as API Gateway selects routes.
 * @throws Error when a greedy variable is not the last segment of its path.
 */
export function routeMatcher(routes: readonly RouteSpec[]): (method: string, rawPath: string) => RouteMatch | undefined {
  const compiled = routes.map(compile);
  return (method, rawPath) => {
    const parts = rawPath.split('/').slice(1);
    let best: { candidate: CompiledRoute; parameters: Record<string, string> } | undefined;
    for (const candidate of compiled) {
      if (candidate.route.method !== method) continue;
      const parameters = matchSegments(candidate.segments, parts);
      if (parameters && (!best || moreSpecific(candidate, best.candidate))) best = { candidate, parameters };
    }
    return best && { route: best.candidate.route, routeKey: best.candidate.routeKey, pathParameters: best.parameters };
  };
}
