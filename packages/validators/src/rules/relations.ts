import { defineStreamingRule } from "../streaming";

/**
 * Links between events: every target exists and is another event, and `part_of` never loops (a wave cannot be
 * part of its own member). Which expulsions were answered is a summary of the report, not an issue: see
 * `reciprocity.ts`.
 */

export const relationTarget = defineStreamingRule({
  id: "relations.target-exists",
  severity: "error",
  description: "Every relation points at another event of the dataset (or stream).",
  hint: "Add the event it refers to, or correct the id; an event does not relate to itself.",
  start({ index }) {
    // Targets not seen yet are settled at the end; most relations point back, so this stays short.
    const pending: { ordinal: number; position: number; kind: string; target: string }[] = [];
    return {
      *observe(event, ordinal) {
        for (const [position, relation] of (event.relations ?? []).entries()) {
          if (relation.event === event.id) {
            yield { message: `${relation.kind} points at the event itself`, path: ["relations", position, "event"] };
          } else if (index.ordinalOf(relation.event) === undefined) {
            pending.push({ ordinal, position, kind: relation.kind, target: relation.event });
          }
        }
      },
      *finish() {
        for (const { ordinal, position, kind, target } of pending) {
          if (index.ordinalOf(target) !== undefined) continue;
          yield {
            eventId: index.idOf(ordinal),
            message: `${kind} points at '${target}', which is not in the dataset`,
            path: ["relations", position, "event"],
          };
        }
      },
    };
  },
});

interface PartOfEdge {
  readonly target: number;
  /** The relation's index in the event's `relations`. */
  readonly position: number;
}

/** One cycle per loop the depth-first walk closes, each as the ordinals in order. */
const findCycles = (edges: ReadonlyMap<number, readonly PartOfEdge[]>): number[][] => {
  const done = new Set<number>();
  const onPath = new Set<number>();
  const cycles: number[][] = [];
  for (const root of edges.keys()) {
    if (done.has(root)) continue;
    const stack = [{ node: root, next: 0 }];
    onPath.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: number; next: number };
      const edge = edges.get(top.node)?.[top.next++];
      if (edge === undefined) {
        stack.pop();
        onPath.delete(top.node);
        done.add(top.node);
      } else if (onPath.has(edge.target)) {
        const path = stack.map((frame) => frame.node);
        cycles.push(path.slice(path.indexOf(edge.target)));
      } else if (!done.has(edge.target)) {
        stack.push({ node: edge.target, next: 0 });
        onPath.add(edge.target);
      }
    }
  }
  return cycles;
};

export const partOfCycle = defineStreamingRule({
  id: "relations.part-of-cycle",
  severity: "error",
  description: "`part_of` links never form a cycle (an event cannot be, through others, part of itself).",
  hint: "Point part_of from the member to the whole (a single expulsion is part_of the wave), and remove the link that closes the loop.",
  start({ index }) {
    const links: { ordinal: number; position: number; target: string }[] = [];
    return {
      observe(event, ordinal) {
        for (const [position, relation] of (event.relations ?? []).entries()) {
          if (relation.kind === "part_of" && relation.event !== event.id) {
            links.push({ ordinal, position, target: relation.event });
          }
        }
        return undefined;
      },
      *finish() {
        const edges = new Map<number, PartOfEdge[]>();
        for (const { ordinal, position, target } of links) {
          const to = index.ordinalOf(target);
          if (to === undefined) continue;
          const from = edges.get(ordinal) ?? [];
          from.push({ target: to, position });
          edges.set(ordinal, from);
        }
        for (const cycle of findCycles(edges)) {
          // Start the loop at its first event in input order, so the same loop always reads the same.
          const first = cycle.indexOf(Math.min(...cycle));
          const loop = [...cycle.slice(first), ...cycle.slice(0, first)];
          const [head = 0, next = 0] = loop;
          const position = edges.get(head)?.find((edge) => edge.target === next)?.position;
          yield {
            eventId: index.idOf(head),
            message: `part_of cycle: ${[...loop, head].map((ordinal) => `'${index.idOf(ordinal)}'`).join(" -> ")}`,
            ...(position === undefined ? {} : { path: ["relations", position, "event"] }),
          };
        }
      },
    };
  },
});
