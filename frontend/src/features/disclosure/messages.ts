/** Words of the disclosure views. */
export const zh = {}
export const en: typeof zh = {}
