/**
 * The funnel stages a call can prove. Every call is a dial; `reached` means a conversation with the
 * decision-maker; meetings and callbacks are outcomes of such a conversation, so they count as reached too.
 */
export const STAGES = ['dial', 'reached', 'meeting', 'callback', 'callback_short', 'callback_long'] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(name: string): name is Stage {
  return (STAGES as readonly string[]).includes(name);
}
