// Small numeral helpers for answers.
const D = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十. */
export function cnNumber(n: number): string {
  if (n < 10) return D[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? D[n % 10] : ''}`;
  if (n < 100) return `${D[Math.floor(n / 10)]}十${n % 10 ? D[n % 10] : ''}`;
  return String(n);
}
