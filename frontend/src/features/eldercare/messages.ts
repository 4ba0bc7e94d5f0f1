/** Words of the eldercare views. */
export const zh = {}
export const en: typeof zh = {}
