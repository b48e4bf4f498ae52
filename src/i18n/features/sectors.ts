/** Texts of the sectors feature, Indonesian first; English must have the same keys (checked by the type). */
export const sectorsId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const sectorsEn: Widen<typeof sectorsId> = {
  placeholder: '',
};
