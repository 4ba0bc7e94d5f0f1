/** Words of the overview views. */
export const zh = {}
export const en: typeof zh = {}
