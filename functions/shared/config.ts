/**
 * Reads a required environment variable once, at cold start.
 * @throws Error naming the variable when it is missing or empty, so a misconfigured function
 * fails when it loads rather than on the first request that needs the value.
 */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}`);
  return value;
}
