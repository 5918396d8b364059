/**
 * The four kinds of support a coordinator gives a gathering place (立ち上げ・再開・活性化・引き継ぎ),
 * in the order the form offers them. The server's `support_events.stage` select holds the same values.
 */
export const SUPPORT_STAGES = ['create', 'restart', 'revitalise', 'hand_over'] as const;
export type SupportStage = (typeof SUPPORT_STAGES)[number];
