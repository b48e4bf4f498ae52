import { createContext, useContext } from 'react';
import type { AppConfig } from './schemas/config-schema';
import type { DataProvider } from './provider';

export interface DataSource {
  /** Distinguishes caches of different data URLs. */
  key: string;
  provider: DataProvider;
  config: AppConfig;
}

export const DataSourceContext = createContext<DataSource | null>(null);

export function useDataSource(): DataSource {
  const source = useContext(DataSourceContext);
  if (!source) throw new Error('useDataSource needs a DataSourceContext provider');
  return source;
}
