/** Italian outcome and direction words (Italian CRM and dialer exports). */
import type { Language } from './types.js';

export const IT = {
  outcomes: {
    meeting: ['appuntamento', 'appuntamenti', 'riunione', 'riunioni', 'incontro', 'incontri', 'demo', 'visita', 'presentazione'],
    booked: ['fissato', 'fissata', 'preso', 'presa', 'concordato', 'concordata', 'ottenuto', 'confermato', 'confermata', 'stabilito', 'fatto'],
    booked_alone: ['prenotato', 'prenotata', 'programmato', 'programmata', 'pianificato', 'pianificata', 'calendarizzato'],
    cancelled: ['annullato', 'annullata', 'disdetto', 'disdetta', 'rinviato', 'rinviata', 'spostato', 'spostata', 'rimandato'],
    no_show: ['non si è presentato', 'non presentato', 'assente all appuntamento'],
    callback: ['richiamare', 'richiamata', 'richiamo', 'da richiamare', 'ricontattare', 'richiama', 'richiamerà', 'risentire'],
    follow_up: ['follow up', 'ricontatto', 'sollecito'],
    short: ['breve termine', 'presto', 'domani', 'oggi', 'questa settimana'],
    long: ['lungo termine', 'prossimo trimestre', 'prossimo anno', 'mesi', 'mese', 'trimestre'],
    talk: ['contattato', 'contattata', 'parlato', 'raggiunto', 'raggiunta', 'risponde', 'conversazione', 'connesso', 'connessa', 'colloquio', 'sentito'],
    answered: ['risposto', 'risposta', 'completata'],
    decision_maker: ['decisore', 'decisori', 'titolare', 'responsabile', 'referente', 'direttore'],
    verdict: ['interessato', 'interessata', 'interesse', 'budget', 'rifiuto', 'rifiutato', 'qualificato', 'non è il momento', 'esigenza', 'obiezione', 'inviare info', 'preventivo', 'informazioni', 'info', 'vendita', 'venduto', 'ordine', 'referenza'],
    gatekeeper: ['segretaria', 'segretario', 'centralino', 'centralinista', 'reception', 'receptionist', 'filtro', 'collega', 'assistente'],
    absent: ['assente', 'non disponibile', 'in ferie', 'in riunione', 'fuori ufficio', 'non lavora più'],
    dial: [
      'segreteria', 'segreteria telefonica', 'casella vocale', 'messaggio', 'messaggio lasciato', 'occupato', 'numero errato', 'numero sbagliato',
      'numero inesistente', 'numero non valido', 'non raggiungibile', 'irraggiungibile', 'fallita', 'fallito', 'persa', 'nessuna risposta', 'non risponde', 'persona sbagliata',
    ],
    negation: ['non', 'nessun', 'nessuna', 'nessuno', 'senza', 'mai', 'no'],
    filler: ['con', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'da', 'per', 'e', 'o', 'è', 'ha', 'al', 'alla', 'cliente', 'settimana', 'prossima', 'chiamata', 'più', 'tardi', 'inviare', 'richiesta'],
    hint_reached: ['riattaccato', 'mail inviata'],
    hint_dial: ['squilla', 'riprovare'],
  },
  directions: {
    outbound: ['uscita', 'in uscita', 'uscente', 'chiamata in uscita', 'effettuata'],
    inbound: ['entrata', 'in entrata', 'entrante', 'chiamata in entrata', 'persa', 'chiamata persa', 'ricevuta', 'interna'],
  },
} as const satisfies Language;
