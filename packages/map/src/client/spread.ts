/**
 * Offsets, in screen pixels, that fan out markers sharing one point (events placed at the same city or country
 * centre) on a small ring, so each stays clickable. A lone marker keeps its place.
 */
export const spreadOffsets = (keys: readonly string[], radius = 7): [dx: number, dy: number][] => {
  const groups = new Map<string, number>();
  for (const key of keys) groups.set(key, (groups.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const size = groups.get(key) ?? 1;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (size === 1) return [0, 0];
    // Rings grow with the group so markers do not overlap: about one marker per 2 radii of circumference.
    const ring = radius * Math.max(1, size / 6);
    const angle = (2 * Math.PI * index) / size - Math.PI / 2;
    return [ring * Math.cos(angle), ring * Math.sin(angle)];
  });
};
