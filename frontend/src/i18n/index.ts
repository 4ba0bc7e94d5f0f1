import { createI18n } from 'vue-i18n'
import { commonEn, commonZh } from './common'
import { enumsEn, enumsZh } from './enums'
import * as overview from '@/features/overview/messages'
import * as regions from '@/features/regions/messages'
import * as pool from '@/features/pool/messages'
import * as projects from '@/features/projects/messages'
import * as talents from '@/features/talents/messages'
import * as eldercare from '@/features/eldercare/messages'
import * as audit from '@/features/audit/messages'
import * as disclosure from '@/features/disclosure/messages'
import * as hall from '@/features/hall/messages'
import * as explorer from '@/features/explorer/messages'
import * as governance from '@/features/governance/messages'

const features = { overview, regions, pool, projects, talents, eldercare, audit, disclosure, hall, explorer, governance }

function messagesOf(lang: 'zh' | 'en') {
  const featureMessages = Object.fromEntries(Object.entries(features).map(([k, m]) => [k, m[lang]]))
  return { ...(lang === 'zh' ? commonZh : commonEn), enums: lang === 'zh' ? enumsZh : enumsEn, ...featureMessages }
}

export type Locale = 'zh-CN' | 'en'
const STORAGE_KEY = 'xiangli.locale'

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null
  return saved === 'en' ? 'en' : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': messagesOf('zh'), en: messagesOf('en') },
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

/** The word for an enum value (`ProjectStatus`, `IN_PROGRESS` → 在建); never the raw constant. */
export function enumLabel(type: string, value: string | null | undefined): string {
  if (!value) return '—'
  const key = `enums.${type}.${value}`
  return i18n.global.te(key) ? i18n.global.t(key) : value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ')
}
