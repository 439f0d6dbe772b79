/** Dutch outcome and direction words (Teamleader, dialers and hand-kept logs in Dutch). */
import type { Language } from './types.js';

export const NL = {
  outcomes: {
    meeting: ['afspraak', 'afspraken', 'demo', 'bezoek', 'kennismaking', 'kennismakingsgesprek', 'presentatie'],
    booked: ['gemaakt', 'vastgelegd', 'bevestigd', 'geboekt', 'staat', 'maken'],
    booked_alone: ['gepland', 'ingepland', 'ingeboekt'],
    cancelled: ['geannuleerd', 'afgezegd', 'verzet', 'verplaatst', 'uitgesteld', 'annulering'],
    no_show: ['niet verschenen', 'niet komen opdagen', 'noshow'],
    callback: ['terugbellen', 'terugbel', 'terugbelverzoek', 'terugbelafspraak', 'later bellen', 'nabellen', 'opnieuw bellen', 'belt terug'],
    follow_up: ['opvolgen', 'opvolging', 'follow up'],
    short: ['kort', 'korte', 'korte termijn', 'binnenkort', 'morgen', 'vandaag', 'deze week'],
    long: ['lang', 'lange', 'lange termijn', 'volgend kwartaal', 'volgend jaar', 'maanden', 'maand', 'kwartaal'],
    talk: ['bereikbaar', 'gesproken', 'gesprek', 'gesprekken', 'bereikt', 'contact gehad', 'contact', 'verbonden', 'aan de lijn'],
    answered: ['opgenomen', 'beantwoord', 'aangenomen'],
    decision_maker: ['beslisser', 'beslissers', 'beslissingsnemer', 'eigenaar', 'directeur'],
    verdict: ['doorverwezen', 'interesse', 'geinteresseerd', 'budget', 'afwijzing', 'afgewezen', 'gekwalificeerd', 'niet nu', 'stuur info', 'info sturen', 'offerte', 'bezwaar', 'info', 'informatie', 'verkocht', 'order'],
    gatekeeper: ['secretaresse', 'receptie', 'receptionist', 'poortwachter', 'collega', 'assistent', 'centrale', 'telefoniste'],
    absent: ['afwezig', 'niet aanwezig', 'niet beschikbaar', 'op vakantie', 'ziek', 'in vergadering', 'niet op kantoor', 'uit dienst'],
    dial: [
      'geen gehoor', 'geen antwoord', 'ingesproken', 'voicemail ingesproken', 'bericht ingesproken', 'antwoordapparaat', 'bezet', 'in gesprek',
      'verkeerd nummer', 'onjuist nummer', 'ongeldig nummer', 'nummer bestaat niet', 'mislukt', 'voicemail', 'gemist', 'niet opgenomen', 'onbereikbaar', 'verkeerde persoon', 'verkeerd persoon', 'verkeerde contactpersoon',
    ],
    negation: ['geen', 'niet', 'nooit', 'zonder', 'niemand', 'nee'],
    filler: ['met', 'de', 'het', 'een', 'van', 'voor', 'naar', 'op', 'en', 'of', 'is', 'later', 'klant', 'volgende', 'week', 'verzoek', 'gehad', 'bellen', 'meer', 'sturen', 'toesturen'],
    hint_reached: ['opgehangen', 'mail gestuurd'],
    hint_dial: ['gaat over', 'probeer opnieuw'],
  },
  directions: {
    outbound: ['uitgaand', 'uitgaande', 'uitgaand gesprek', 'gebeld'],
    inbound: ['inkomend', 'inkomende', 'binnenkomend', 'binnenkomende', 'inkomend gesprek', 'gemist', 'gemiste', 'gemiste oproep'],
  },
} as const satisfies Language;
