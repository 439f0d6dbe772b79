/** German outcome and direction words (German CRM exports, dialers, hand-kept logs). */
import type { Language } from './types.js';

export const DE = {
  outcomes: {
    meeting: ['termin', 'termine', 'demo', 'besprechung', 'vorstellungstermin', 'vor ort termin', 'besuch', 'meeting', 'präsentation'],
    booked: ['vereinbart', 'gelegt', 'bestätigt', 'fixiert', 'ausgemacht', 'vereinbarung', 'gemacht', 'zugesagt'],
    booked_alone: ['gebucht', 'geplant', 'eingeplant', 'terminiert'],
    cancelled: ['abgesagt', 'storniert', 'verschoben', 'absage termin', 'terminabsage', 'verlegt', 'annulliert'],
    no_show: ['nicht erschienen', 'nicht wahrgenommen'],
    callback: ['rückruf', 'rückrufe', 'zurückrufen', 'wiedervorlage', 'nochmal anrufen', 'erneut anrufen', 'später anrufen', 'ruft zurück', 'rückmeldung'],
    follow_up: ['nachfassen', 'nachfassung', 'nachverfolgen'],
    short: ['kurzfristig', 'kurz', 'bald', 'morgen', 'heute', 'diese woche'],
    long: ['langfristig', 'lang', 'nächstes quartal', 'nächstes jahr', 'monaten', 'monate', 'monat', 'quartal'],
    talk: ['erreichbar', 'erreicht', 'gesprochen', 'gespräch', 'verbunden', 'kontakt', 'kontaktiert', 'telefoniert'],
    answered: ['abgenommen', 'angenommen', 'beantwortet'],
    decision_maker: ['entscheider', 'entscheidungsträger', 'geschäftsführer', 'inhaber', 'ansprechpartner', 'ap'],
    verdict: ['interesse', 'interessiert', 'budget', 'absage', 'abgelehnt', 'ablehnung', 'qualifiziert', 'kein bedarf', 'bedarf', 'einwand', 'unterlagen senden', 'infos senden', 'angebot', 'info', 'infos', 'informationen', 'unterlagen', 'verkauft', 'auftrag', 'weiterempfehlung'],
    gatekeeper: ['sekretariat', 'sekretärin', 'vorzimmer', 'zentrale', 'empfang', 'assistenz', 'kollege', 'kollegin', 'telefonzentrale'],
    absent: ['nicht da', 'nicht im haus', 'abwesend', 'nicht verfügbar', 'urlaub', 'krank', 'im termin', 'außer haus', 'nicht mehr im unternehmen'],
    dial: [
      'keine antwort', 'mailbox', 'anrufbeantworter', 'ab', 'auf mailbox gesprochen', 'besetzt', 'falsche nummer', 'nummer ungültig',
      'ungültige nummer', 'kein anschluss', 'fehlgeschlagen', 'verpasst', 'nicht abgenommen', 'nicht angenommen', 'freizeichen', 'voicemail', 'unerreichbar', 'nicht zuständig', 'falscher ansprechpartner', 'falsche person',
    ],
    negation: ['kein', 'keine', 'keinen', 'keiner', 'keinem', 'nicht', 'ohne', 'nie', 'niemand', 'nein'],
    filler: ['mit', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen', 'von', 'für', 'zum', 'zur', 'und', 'oder', 'ist', 'hat', 'bitte', 'wunsch', 'kunden', 'kunde', 'nächste', 'woche', 'auf', 'im', 'am', 'anruf', 'zusenden', 'senden', 'schicken', 'besprochen'],
    hint_reached: ['aufgelegt', 'mail geschickt'],
    hint_dial: ['klingelt', 'erneut versuchen'],
  },
  directions: {
    outbound: ['ausgehend', 'ausgehender', 'abgehend', 'abgehender', 'ausgehender anruf', 'gewählt'],
    inbound: ['eingehend', 'eingehender', 'ankommend', 'ankommender', 'eingehender anruf', 'verpasst', 'verpasster anruf', 'entgangen', 'entgangener anruf', 'intern'],
  },
} as const satisfies Language;
