/** Texts of the profile feature, Indonesian first; English must have the same keys (checked by the type). */
export const profileId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const profileEn: Widen<typeof profileId> = {
  placeholder: '',
};
