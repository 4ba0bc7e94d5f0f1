/** Words of the talents views. */
export const zh = {}
export const en: typeof zh = {}
