/** An `.html` file a function imports is bundled as its text (see `loader` in infra/bundling.ts). */
declare module '*.html' {
  const text: string;
  export default text;
}
