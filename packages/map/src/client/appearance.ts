/** A colour per core event type, grouped by kind: diplomatic (blues), justice (ambers), violence (reds), covert (purples). */
const TYPE_COLORS: Record<string, string> = {
  expulsion: "#d62728",
  mission_closure: "#1f5fa8",
  mission_opening: "#4c9be8",
  talks: "#17becf",
  property_seizure: "#8c564b",
  arrest: "#ff7f0e",
  charge: "#f0a030",
  conviction: "#b8860b",
  defection: "#2ca02c",
  assassination: "#7f0000",
  attempted_assassination: "#b22222",
  poisoning: "#9acd32",
  suspicious_death: "#555555",
  sabotage: "#e377c2",
  cyber_operation: "#9467bd",
  influence_operation: "#c5b0d5",
  exposure: "#bcbd22",
  prisoner_exchange: "#00a087",
  sanction: "#3c5488",
  escape: "#7fb800",
  presence: "#8fa3bf",
};

/** The type's colour; types registered downstream get a stable hue from their name. */
export const colorOf = (type: string): string => {
  const known = TYPE_COLORS[type];
  if (known !== undefined) return known;
  let hash = 0;
  for (const c of type) hash = (hash * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  return `hsl(${hash % 360} 55% 45%)`;
};

/** How a type is written for readers: `attempted_assassination` -> `attempted assassination`. */
export const typeLabel = (type: string): string => type.replace(/_/g, " ");
