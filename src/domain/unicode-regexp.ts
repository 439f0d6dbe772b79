/**
 * A regular expression with Unicode property classes (`\p{L}`), made on first use and the same object
 * afterwards. The bundle (esbuild, target node20) writes such a literal as `new RegExp(…)`, which parses
 * the pattern where it stands: at load for a module constant (~0.1 ms each, for every command), and at
 * every call for one inside a function.
 */
export function unicodeRegExp(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}
