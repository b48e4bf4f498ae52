/** Texts of the rankings feature, Indonesian first; English must have the same keys (checked by the type). */
export const rankingsId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const rankingsEn: Widen<typeof rankingsId> = {
  placeholder: '',
};
