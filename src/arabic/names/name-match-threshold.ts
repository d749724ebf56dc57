/**
 * Default threshold of {@link namesMatch}: two names match when
 * {@link compareNames} scores them at least this value.
 *
 * 0.65 keeps precision first: on the tansiq name corpus (2,000+ labeled pairs of officials'
 * names in Arabic and Latin script) no pair of different people scores this high, while a
 * distinctive surname alone against the full name (≈ 0.8) and spelling variants across scripts
 * (≈ 0.85–1) do. Raise it (0.75–0.8) when a false merge is costly and both names are full;
 * lower it (0.55–0.6) to gather candidates for human review.
 *
 * @example
 * ```ts
 * NAME_MATCH_THRESHOLD; // 0.65
 * ```
 * @category Names
 */
export const NAME_MATCH_THRESHOLD = 0.65;
