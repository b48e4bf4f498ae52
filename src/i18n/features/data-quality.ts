/** Texts of the data-quality feature, Indonesian first; English must have the same keys (checked by the type). */
export const dataQualityId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const dataQualityEn: Widen<typeof dataQualityId> = {
  placeholder: '',
};
