/**
 * A deployment setting the system description gives a function as JSON in an environment variable,
 * parsed once per cold start; the fallback where the variable is not set (code run outside a
 * deployment: unit tests, benchmarks, the OpenAPI build).
 * @returns a function that gives the setting, and throws what `parse` throws for a bad value.
 */
export function settingFromEnv<T>(variable: string, parse: (value: string, setting: string) => T, fallback: () => T): () => T {
  let parsed: T | undefined;
  return () => {
    if (parsed !== undefined) return parsed;
    const value = process.env[variable];
    parsed = value === undefined || value === '' ? fallback() : parse(value, variable);
    return parsed;
  };
}
