/** Words of the explorer views. */
export const zh = {}
export const en: typeof zh = {}
