/** Texts of the importer feature, Indonesian first; English must have the same keys (checked by the type). */
export const importerId = {
  placeholder: '',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const importerEn: Widen<typeof importerId> = {
  placeholder: '',
};
