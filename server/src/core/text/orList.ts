/** Items in prose, the last after "or": "2019", "2019 or 2021", "29, 30 or 31". */
export const orList = (items: readonly (string | number)[]): string =>
  items.length === 1 ? String(items[0]) : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
