/**
 * Products whose exports name a duration column without its unit, recognised by headers only they
 * write, and the unit their documentation gives. Data only; the call-log reader looks them up.
 */
export interface Product {
  name: string;
  /** Every one of these headers (compared by normaliseHeader) must be in the file. */
  headers: readonly string[];
  /** The duration column they document, and its unit. */
  duration: string;
  unit: 'milliseconds' | 'seconds' | 'minutes';
}

export const PRODUCTS: readonly Product[] = [
  // HubSpot's calls object: hs_call_duration is in milliseconds.
  { name: 'HubSpot', headers: ['hs_call_duration'], duration: 'hs_call_duration', unit: 'milliseconds' },
  // Salesforce Task: CallDurationInSeconds.
  { name: 'Salesforce', headers: ['CallDurationInSeconds'], duration: 'CallDurationInSeconds', unit: 'seconds' },
  // Dynamics 365 phone calls: Duration (actualdurationminutes) is in minutes; "Status Reason" and "Regarding" are its own.
  { name: 'Dynamics 365', headers: ['Status Reason', 'Regarding', 'Duration'], duration: 'Duration', unit: 'minutes' },
  { name: 'Dynamics 365', headers: ['actualdurationminutes'], duration: 'actualdurationminutes', unit: 'minutes' },
];
