/** Every language the header matcher reads. Adding one is adding a file here: no code changes. */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import type { Lexicon } from './types.js';

export const LEXICONS: readonly Lexicon[] = [EN, NL, DE, FR, ES, IT];
export { CHANGES, TAGS, type Change, type Lexicon, type Tag } from './types.js';
