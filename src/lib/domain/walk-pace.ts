/**
 * The walking pace assumed when none is given, in metres per minute: older residents walk
 * about 40–60 m/min (DOMAIN.md), so 10 minutes ≈ 500 m.
 */
export const DEFAULT_WALK_M_PER_MIN = 50;
