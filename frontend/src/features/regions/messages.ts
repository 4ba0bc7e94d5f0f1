/** Words of the regions views. */
export const zh = {}
export const en: typeof zh = {}
