/** How a map splits values into colour classes. Kept apart from classify.ts, which pulls in the statistics library. */
export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'official';
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'jenks', 'official'];
