/** Removal from the broker's short working lists (pending orders, open trades). */

/**
 * Removes `list[index]`, keeping the order of the rest. Unlike `splice`, makes no array of the
 * removed element: the broker removes one order and one trade per fill.
 */
export function removeAt<T>(list: T[], index: number): void {
  for (let k = index + 1; k < list.length; k++) list[k - 1] = list[k]!;
  list.pop();
}
