import { ElMessage } from 'element-plus'
import './theme.css'

/** A short confirmation or failure, in colours that keep 4.5:1 contrast. */
export function notify(type: 'success' | 'error', message: string): void {
  ElMessage({ type, message, customClass: 'projects-message', showClose: type === 'error' })
}
