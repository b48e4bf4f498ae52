/** Texts of the compare feature, Indonesian first; English must have the same keys (checked by the type). */
export const compareId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const compareEn: Widen<typeof compareId> = {
  placeholder: '',
};
