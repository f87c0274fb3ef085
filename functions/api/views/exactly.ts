/**
 * `true` only when A and B are the same union: a view's list of values (an enum in its schema)
 * declared as `const check: Exactly<ListItem, DomainType> = true` fails tsc when the two part.
 */
export type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
