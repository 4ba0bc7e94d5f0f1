/** Words of the audit views. */
export const zh = {}
export const en: typeof zh = {}
