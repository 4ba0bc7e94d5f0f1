import { ElMessage } from 'element-plus'

/** A short confirmation or failure, in colours that keep 4.5:1 contrast. */
export function notify(type: 'success' | 'error', message: string): void {
  ElMessage({ type, message, showClose: type === 'error' })
}
