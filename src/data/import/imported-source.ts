import type { Source } from '../../domain/provenance';

/**
 * The provenance of an imported figure: the file it came from, and the publisher the user named for it.
 * The file name always shows, so an imported number is never mistaken for the bundled data.
 */
export function importedSource(fileName: string, stated?: string, url?: string): Source {
  const name = stated ? `Data impor: ${fileName} (${stated})` : `Data impor: ${fileName}`;
  return /^https?:\/\//i.test(url ?? '') ? { name, url: url! } : { name };
}
