/** English outcome and direction words (HubSpot, Salesforce, Close, Aircall, Outreach, Salesloft, dialers). */
import type { Language } from './types.js';

export const EN = {
  outcomes: {
    meeting: ['meeting', 'demo', 'appointment', 'appt', 'mtg', 'discovery call', 'intro call', 'sat', 'visit'],
    booked: ['book', 'set', 'made', 'planned', 'arranged', 'confirmed', 'secured', 'agreed', 'requested', 'held', 'attended', 'taken'],
    booked_alone: ['booked', 'scheduled'],
    cancelled: ['cancelled', 'canceled', 'cancel', 'cancellation', 'rescheduled', 'moved', 'postponed', 'called off'],
    no_show: ['no show', 'noshow', 'no showed', 'did not show', 'didnt show', 'not attended'],
    callback: ['callback', 'call back', 'call me back', 'cb', 'call later', 'callback requested', 'reschedule', 'ring back'],
    follow_up: ['follow up', 'followup', 'fup', 'nurture'],
    short: ['short', 'short term', 'soon', 'asap', 'today', 'tomorrow', 'this week'],
    long: ['long', 'long term', 'next quarter', 'next year', 'months', 'month', 'quarter', 'later this year'],
    talk: ['connected', 'connect', 'conversation', 'convo', 'spoke', 'spoken', 'speak', 'talked', 'talk', 'reached', 'reach', 'contact', 'contacted', 'live', 'picked up', 'pickup', 'pitched', 'human'],
    answered: ['answered', 'answer', 'completed', 'completed call', 'success', 'successful'],
    decision_maker: ['dm', 'decision maker', 'decisionmaker', 'right person', 'right party', 'rpc', 'owner', 'ceo'],
    verdict: [
      'interested', 'interest', 'budget', 'refusal', 'refused', 'rejected', 'rejection', 'qualified', 'disqualified', 'unqualified',
      'not ready', 'bad fit', 'good fit', 'not a fit', 'no fit', 'do not call', 'dnc', 'commitment', 'objection', 'bad timing', 'competitor', 'no need', 'not now', 'send info', 'info sent', 'info', 'more info', 'information', 'opportunity',
      'referral', 'referred', 'sale', 'sold', 'won', 'deal', 'order',
    ],
    gatekeeper: ['gatekeeper', 'gate keeper', 'gk', 'reception', 'receptionist', 'secretary', 'assistant', 'switchboard', 'front desk', 'operator', 'colleague', 'wrong contact'],
    absent: ['not available', 'unavailable', 'out of office', 'ooo', 'away', 'on holiday', 'on vacation', 'absent', 'left company', 'no longer with'],
    dial: [
      'no answer', 'unanswered', 'no reply', 'no response', 'voicemail', 'voice mail', 'vm', 'left vm', 'message', 'left message', 'machine',
      'answering machine', 'busy', 'wrong number', 'wrong person', 'bad number', 'invalid number', 'invalid', 'disconnected',
      'not in service', 'out of service', 'non working', 'failed', 'blocked', 'error', 'abandoned', 'missed', 'dial', 'dialed', 'attempt', 'unreachable',
      'ring no answer', 'rna', 'no connect', 'not connected', 'bounced', 'fax', 'dead line',
    ],
    // Sentiment columns (Salesloft) default to these on every call: they say nothing of the outcome.
    status: ['positive', 'negative', 'neutral', 'done', 'ended', 'finished', 'initial', 'closed', 'logged', 'in progress', 'queued', 'connecting', 'calling', 'crm', 'user', 'ringing', 'initiated'],
    negation: ['no', 'not', 'non', 'never', 'without', 'didnt', 'didn', 'wasnt', 'wasn', 'isnt', 'isn', 'couldnt', 'couldn', 'nobody', 'none', 'nothing'],
    filler: ['to', 'with', 'the', 'a', 'an', 'of', 'for', 'by', 'at', 'on', 'in', 'and', 'or', 'was', 'is', 'has', 'had', 'next', 'week', 't', 'me', 'him', 'her', 'them', 'up', 'back', 'call', 'customer', 'client'],
    hint_reached: ['hung up', 'hangup', 'lead', 'email me', 'proposal', 'quote', 'pricing'],
    hint_dial: ['ring', 'drop', 'dropped', 'retry', 'try again', 'try later', 'sent email'],
  },
  directions: {
    outbound: ['outbound', 'outgoing', 'out', 'outbound call', 'outgoing call', 'dialed', 'dialled', 'placed'],
    inbound: ['inbound', 'incoming', 'in', 'inbound call', 'incoming call', 'missed', 'missed call', 'received', 'internal'],
  },
} as const satisfies Language;
