/** Words of the projects views. */
export const zh = {}
export const en: typeof zh = {}
