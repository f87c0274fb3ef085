/**
 * The lines of a local cloud's output that tell of a server error: the API's 500 answers (with the
 * function's error) and what the functions logged at ERROR level around them. A test that sees a
 * 5xx only sees `{"message":"Internal Server Error"}`; these lines say why, after the run.
 * @param output everything the cloud printed.
 * @param limit at most this many lines, the first ones.
 */
export function serverErrorLines(output: string, limit = 60): string[] {
  const lines = output.split('\n');
  const isServerError = (line: string) => line.startsWith('[api] ') && / answered 500: | failed: /.test(line);
  // The fixtures' routes under /test/ answer 500 on purpose (the gateway's and sandboxes' tests).
  if (!lines.some((line) => isServerError(line) && !line.includes(' /test/'))) return [];
  const errors = lines.filter((line) => (line.startsWith('[api] ') ? isServerError(line) : line.includes('"level":"ERROR"')));
  return errors.slice(0, limit);
}
