/** Texts of the charts feature, Indonesian first; English must have the same keys (checked by the type). */
export const chartsId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const chartsEn: Widen<typeof chartsId> = {
  placeholder: '',
};
