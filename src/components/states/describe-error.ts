import type { TFunction } from 'i18next';
import { DataFetchError } from '../../data/fetch-json';
import { InvalidPayloadError } from '../../data/schemas/validate-rows';
import type { ValidationIssue } from '../../domain/validation-issue';

export interface ErrorExplanation {
  message: string;
  url?: string;
  issues?: ValidationIssue[];
}

/** Turns a data-layer error into words a regional official can act on. */
export function describeError(error: unknown, t: TFunction): ErrorExplanation {
  if (error instanceof DataFetchError) {
    const status = error.status ?? 0;
    const message =
      error.kind === 'network'
        ? t('error.network')
        : error.kind === 'timeout'
          ? t('hardening.error.timeout', { seconds: Math.round((error.timeoutMs ?? 0) / 1000) })
          : error.kind === 'html'
            ? t('hardening.error.html')
            : error.kind === 'too-large'
              ? t('error.tooLarge')
              : error.kind === 'not-json'
                ? t('error.notJson')
                : status === 404
                  ? t('error.http404')
                  : status >= 500
                    ? t('error.http5xx', { status })
                    : t('error.http', { status });
    return { message, url: error.url };
  }
  if (error instanceof InvalidPayloadError) {
    return { message: t('error.invalid', { resource: error.resource }), issues: error.issues };
  }
  return { message: t('error.unknown') };
}
