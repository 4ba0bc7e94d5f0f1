/** Words of the pool views. */
export const zh = {}
export const en: typeof zh = {}
