/** Every language the outcome and direction words are known in. Adding one is adding a file and a line here. */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { NL } from './nl.js';
import type { Language } from './types.js';

export const LANGUAGES = { en: EN, nl: NL, de: DE, fr: FR, es: ES, it: IT } as const satisfies Record<string, Language>;

export type { DirectionVocabulary, Language, OutcomeConcept, OutcomeVocabulary } from './types.js';
