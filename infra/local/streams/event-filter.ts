import type { FilterPattern } from '../../system';

/*
 * Lambda's event filtering for the local poller: a record is delivered when it matches any of its
 * mapping's patterns, matched against the record's JSON as the function receives it. The npm
 * registry has no maintained library that evaluates EventBridge patterns (AWS's own, Event Ruler,
 * is Java), so this implements the operators Lambda documents for event source mappings, with
 * Event Ruler's semantics:
 * - every field named in a pattern must match (and); a leaf lists values or operators, any of which
 *   may match (or); a list in the record matches when any of its elements does;
 * - a leaf matches only a present scalar (string, number, boolean, null); a field that is absent,
 *   or an object where a leaf is expected, matches nothing but `{ "exists": false }`;
 * - values compare exactly, with their JSON type: "1" is not 1, and there is no case folding.
 * A pattern using anything else is refused when the poller starts, so that nothing is silently
 * filtered differently from AWS.
 */

/** Decides whether a record, as its function would receive it, is delivered. */
export type RecordFilter = (record: unknown) => boolean;

type Leaf = string | number | boolean | null;
type Rule = Leaf | Readonly<Record<string, unknown>>;

const operators = new Set(['prefix', 'suffix', 'equals-ignore-case', 'anything-but', 'numeric', 'exists']);
const comparisons = new Set(['<', '<=', '=', '>=', '>']);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLeaf(value: unknown): value is Leaf {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function checkNumeric(operand: unknown, where: string): void {
  const valid =
    Array.isArray(operand) &&
    (operand.length === 2 || operand.length === 4) &&
    operand.every((part, index) => (index % 2 === 0 ? comparisons.has(part as string) : typeof part === 'number'));
  if (!valid) throw new Error(`${where}: "numeric" takes [op, number] or [op, number, op, number] with op one of < <= = >= >`);
}

function checkAnythingBut(operand: unknown, where: string): void {
  if (isLeaf(operand) && operand !== null && typeof operand !== 'boolean') return;
  if (Array.isArray(operand) && operand.length > 0 && (operand.every((item) => typeof item === 'string') || operand.every((item) => typeof item === 'number'))) return;
  if (isObject(operand) && Object.keys(operand).length === 1 && typeof operand['prefix'] === 'string') return;
  throw new Error(`${where}: "anything-but" takes a string, a number, a list of strings or of numbers, or { "prefix": string }`);
}

function checkRule(rule: unknown, where: string): void {
  if (isLeaf(rule)) return;
  if (!isObject(rule) || Object.keys(rule).length !== 1) throw new Error(`${where}: a rule is a value or an object with one operator`);
  const [[operator, operand]] = Object.entries(rule) as [[string, unknown]];
  if (!operators.has(operator)) throw new Error(`${where}: the operator "${operator}" is not one the local poller applies`);
  if (operator === 'numeric') return checkNumeric(operand, where);
  if (operator === 'anything-but') return checkAnythingBut(operand, where);
  if (operator === 'exists') {
    if (typeof operand !== 'boolean') throw new Error(`${where}: "exists" takes true or false`);
    return;
  }
  if (typeof operand !== 'string') throw new Error(`${where}: "${operator}" takes a string`);
}

/** @throws Error naming the place in the pattern that Lambda's filter syntax (as applied here) does not allow. */
function checkPattern(pattern: unknown, where: string): void {
  if (!isObject(pattern) || Object.keys(pattern).length === 0) throw new Error(`${where}: a pattern is a non-empty object`);
  for (const [field, rule] of Object.entries(pattern)) {
    const path = `${where}.${field}`;
    if (field.startsWith('$')) throw new Error(`${path}: "${field}" is not supported by the local poller`);
    if (Array.isArray(rule)) {
      if (rule.length === 0) throw new Error(`${path}: a list of rules may not be empty`);
      rule.forEach((item, index) => checkRule(item, `${path}[${index}]`));
    } else {
      checkPattern(rule, path);
    }
  }
}

function compare(value: number, operator: string, operand: number): boolean {
  switch (operator) {
    case '<':
      return value < operand;
    case '<=':
      return value <= operand;
    case '=':
      return value === operand;
    case '>=':
      return value >= operand;
    default:
      return value > operand;
  }
}

/** Whether one present scalar of the record satisfies one rule (other than `exists`). */
function satisfies(rule: Rule, value: Leaf): boolean {
  if (isLeaf(rule)) return rule === value;
  const [[operator, operand]] = Object.entries(rule) as [[string, unknown]];
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && value.startsWith(operand as string);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(operand as string);
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === (operand as string).toLowerCase();
    case 'numeric': {
      if (typeof value !== 'number') return false;
      const parts = operand as (string | number)[];
      for (let index = 0; index < parts.length; index += 2) {
        if (!compare(value, parts[index] as string, parts[index + 1] as number)) return false;
      }
      return true;
    }
    case 'anything-but': {
      if (isObject(operand)) return typeof value === 'string' && !value.startsWith(operand['prefix'] as string);
      return ![operand].flat().includes(value);
    }
    default:
      return false;
  }
}

/** The scalars a leaf of the pattern sees at a field: none when it is absent or not a leaf. */
function scalarsAt(value: unknown): Leaf[] {
  if (Array.isArray(value)) return value.filter(isLeaf);
  return isLeaf(value) ? [value] : [];
}

function matchesLeaf(rules: readonly Rule[], value: unknown): boolean {
  const scalars = scalarsAt(value);
  return rules.some((rule) => {
    if (isObject(rule) && 'exists' in rule) return rule['exists'] === scalars.length > 0;
    return scalars.some((scalar) => satisfies(rule, scalar));
  });
}

function matches(pattern: FilterPattern, value: unknown): boolean {
  return Object.entries(pattern).every(([field, rule]) => {
    const child = isObject(value) ? value[field] : undefined;
    if (Array.isArray(rule)) return matchesLeaf(rule as readonly Rule[], child);
    const nested = rule as FilterPattern;
    if (Array.isArray(child) && child.some(isObject)) return child.some((element) => matches(nested, element));
    return matches(nested, isObject(child) ? child : undefined);
  });
}

/**
 * The filter of a consumer's patterns: a record passes when it matches any of them; with no
 * patterns every record passes, as for a mapping without FilterCriteria.
 * @throws Error when a pattern uses something Lambda's filter syntax (as applied here) does not have.
 */
export function recordFilter(patterns: readonly FilterPattern[] | undefined, name = 'filter'): RecordFilter {
  if (!patterns || patterns.length === 0) return () => true;
  patterns.forEach((pattern, index) => checkPattern(pattern, `${name}[${index}]`));
  return (record) => patterns.some((pattern) => matches(pattern, record));
}
