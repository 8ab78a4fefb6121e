/**
 * A record's table of moves, pure (no database; unit-tested): each move names the states it
 * starts from, the state it leads to, the kinds of actor who may make it, and the date fields it
 * sets or empties. Every domain with a lifecycle writes its table with `defineMoves`, and the
 * kernel (lib/core/lifecycle.ts) carries moves out from it, so a rule exists once.
 */
export type MoveRule<S extends string, K extends string> = {
  from: readonly S[];
  to: S;
  by: readonly K[];
  /** Date fields set to the moment of the move. */
  sets?: readonly string[];
  /** Date fields set to the moment of the move unless already set (the first acknowledgement). */
  setsOnce?: readonly string[];
  /** Fields emptied by the move (the dates and reason of an earlier outcome). */
  clears?: readonly string[];
};

export type Moves<S extends string, K extends string> = Readonly<Record<string, MoveRule<S, K>>>;

/** `defineMoves<Status, ActorKind>()({ … })`: checks the table and keeps its move names as types. */
export function defineMoves<S extends string, K extends string>() {
  return <M extends Record<string, MoveRule<S, K>>>(moves: M): M => moves;
}

/** The moves an actor kind may make from a state, in the table's order. */
export function movesFrom<S extends string, K extends string>(moves: Moves<S, K>, kind: K, from: S): string[] {
  return Object.entries(moves)
    .filter(([, rule]) => rule.by.includes(kind) && rule.from.includes(from))
    .map(([name]) => name);
}

/** The states an actor kind may lead a record to from a state (what a status form offers). */
export function targetsFrom<S extends string, K extends string>(moves: Moves<S, K>, kind: K, from: S): S[] {
  return [...new Set(movesFrom(moves, kind, from).map((name) => moves[name].to))];
}

/**
 * The move that leads an actor kind from one state to another, or null. A table gives each
 * (kind, from, to) at most one move (a unit test checks it for every domain), so a form that sends
 * a target state names one move.
 */
export function findMove<S extends string, K extends string>(moves: Moves<S, K>, kind: K, from: S, to: S): string | null {
  return movesFrom(moves, kind, from).find((name) => moves[name].to === to) ?? null;
}

/** Pairs (kind, from, to) reached by more than one move: must be empty. */
export function ambiguousMoves<S extends string, K extends string>(moves: Moves<S, K>): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [name, rule] of Object.entries(moves)) {
    for (const kind of rule.by) {
      for (const from of rule.from) {
        const key = `${kind}: ${from} → ${rule.to}`;
        const other = seen.get(key);
        if (other) clashes.push(`${key} (${other}, ${name})`);
        else seen.set(key, name);
      }
    }
  }
  return clashes;
}

/** The names of the fields a move writes (`moveData`), whether or not this time: its state and its dates. */
export function moveFields<S extends string, K extends string>(rule: MoveRule<S, K>): string[] {
  return ["status", ...(rule.clears ?? []), ...(rule.setsOnce ?? []), ...(rule.sets ?? [])];
}

/** The fields a move writes: its state, the dates it sets, those it sets once, those it empties. */
export function moveData<S extends string, K extends string>(rule: MoveRule<S, K>, record: Record<string, unknown>, now: Date): Record<string, unknown> {
  const data: Record<string, unknown> = { status: rule.to };
  for (const field of rule.clears ?? []) data[field] = null;
  for (const field of rule.setsOnce ?? []) if (record[field] == null) data[field] = now;
  for (const field of rule.sets ?? []) data[field] = now;
  return data;
}
