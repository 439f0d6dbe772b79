/** The config file's name, apart from its schema so that looking for the file loads no validator. */
export const CONFIG_FILE_NAME = 'funnel.config.json';

/**
 * An open decision: `funnel inspect --write-config` writes "?" (or "?stage", the stage a label's words
 * suggest) where only the user can decide, and the file is refused until every one is filled in.
 */
export const UNDECIDED = '?';
