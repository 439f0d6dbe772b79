/** French outcome and direction words (Ringover, Aircall FR, French CRM exports). */
import type { Language } from './types.js';

export const FR = {
  outcomes: {
    meeting: ['rendez vous', 'rdv', 'réunion', 'démo', 'demo', 'visite', 'rencontre', 'présentation'],
    booked: ['pris', 'prise', 'fixé', 'fixée', 'calé', 'calée', 'obtenu', 'confirmé', 'confirmée', 'posé'],
    booked_alone: ['planifié', 'planifiée', 'programmé', 'programmée', 'réservé', 'réservée'],
    cancelled: ['annulé', 'annulée', 'annulation', 'reporté', 'reportée', 'déplacé', 'déplacée'],
    no_show: ['absent au rdv', 'lapin', 'pas venu', 'pas présenté'],
    callback: ['rappel', 'rappeler', 'à rappeler', 'rappel demandé', 'rappelle', 'recontacter', 'rappeler plus tard'],
    follow_up: ['relance', 'relancer', 'suivi'],
    short: ['court terme', 'bientôt', 'demain', 'aujourd hui', 'cette semaine', 'rapidement'],
    long: ['long terme', 'trimestre prochain', 'année prochaine', 'mois', 'trimestre'],
    talk: ['joint', 'joints', 'jointe', 'joignable', 'contacté', 'contactée', 'parlé', 'échange', 'échangé', 'conversation', 'en ligne', 'réponse', 'répond', 'connecté'],
    answered: ['répondu', 'abouti', 'décroché'],
    decision_maker: ['décideur', 'décisionnaire', 'décideurs', 'dirigeant', 'gérant', 'responsable', 'interlocuteur'],
    verdict: ['intéressé', 'intéressée', 'intérêt', 'budget', 'refus', 'refusé', 'qualifié', 'pas le moment', 'pas de besoin', 'besoin', 'objection', 'envoyer doc', 'envoi doc', 'devis', 'hors cible', 'documentation', 'doc', 'plaquette', 'info', 'infos', 'vente', 'vendu', 'commande', 'recommandation'],
    gatekeeper: ['secrétaire', 'secrétariat', 'standard', 'standardiste', 'accueil', 'barrage', 'assistante', 'collègue'],
    absent: ['absent', 'absente', 'indisponible', 'pas disponible', 'en congé', 'en vacances', 'en réunion', 'parti de l entreprise'],
    dial: [
      'répondeur', 'messagerie', 'messagerie vocale', 'message laissé', 'message', 'occupé', 'occupée', 'faux numéro', 'mauvais numéro',
      'numéro invalide', 'numéro erroné', 'injoignable', 'non abouti', 'échec', 'manqué', 'sans réponse', 'ne répond pas', 'nrp', 'tonalité', 'mauvais interlocuteur', 'mauvaise personne',
    ],
    negation: ['pas', 'ne', 'n', 'non', 'aucun', 'aucune', 'sans', 'jamais', 'personne ne'],
    filler: ['de', 'du', 'des', 'le', 'la', 'les', 'l', 'un', 'une', 'au', 'aux', 'avec', 'pour', 'par', 'et', 'ou', 'a', 'été', 'est', 'd', 'client', 'plus', 'tard', 'semaine', 'prochaine', 'appel', 'demandé', 'envoyer', 'envoi'],
    hint_reached: ['raccroché', 'mail envoyé'],
    hint_dial: ['sonne', 'réessayer'],
  },
  directions: {
    outbound: ['sortant', 'sortants', 'sortante', 'appel sortant', 'émis', 'émission'],
    inbound: ['entrant', 'entrants', 'entrante', 'appel entrant', 'manqué', 'appel manqué', 'reçu', 'interne'],
  },
} as const satisfies Language;
