// Label maps typed by their keys: `labels<Sex>({ … })` fails the type check when a key of the
// union has no label or a label's key is not in the union (a name that drifted). Looking a
// label up by any string still works, as the screens do with what the server sent.

export type Labels<K extends string> = Readonly<Record<K, string>> & Readonly<Record<string, string>>;

export function labels<K extends string>(map: Record<K, string>): Labels<K> {
  return map as Labels<K>;
}
