/**
 * The direction of a call by its words, in every language of ./outcome-words/: "Outbound", "Llamada
 * saliente", "Appel entrant", "Inkomend", "eingehend", "in"/"out". "Missed" is an inbound call nobody
 * answered; an internal call is no dial either, so it counts with the inbound ones. A value with words of
 * both directions, or of neither, is unknown (the reader stops and asks).
 */
import { LANGUAGES } from './outcome-words/index.js';
import { PhraseLexicon } from './phrase-lexicon.js';

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

let lexicon: PhraseLexicon<Direction> | undefined;

function directionLexicon(): PhraseLexicon<Direction> {
  lexicon ??= new PhraseLexicon(
    Object.values(LANGUAGES).flatMap((lang) => DIRECTIONS.flatMap((d) => lang.directions[d].map((p) => [d, p] as const))),
  );
  return lexicon;
}

export function readDirection(value: string): Direction | null {
  const lex = directionLexicon();
  const found = new Set(lex.matches(lex.split(value)).map((m) => m.concept));
  return found.size === 1 ? [...found][0]! : null;
}

export function isDirection(name: string): name is Direction {
  return (DIRECTIONS as readonly string[]).includes(name);
}
