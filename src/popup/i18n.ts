/** The interface strings (shared with the log page): see shared/i18n.ts. */
export * from '../shared/i18n.js';
