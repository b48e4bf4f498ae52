import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { scenarios, SCENARIO_NAMES, type Resource, type ScenarioName } from './scenarios';

/**
 * Dev-only mock API. `?scenario=serverError:regions` breaks one resource, so the failure states can be
 * seen in the browser the way the tests see them.
 */
export async function startBrowserMocks(): Promise<void> {
  const [name, resource] = (new URLSearchParams(window.location.search).get('scenario') ?? '').split(':');
  const extra = SCENARIO_NAMES.includes(name as ScenarioName)
    ? [scenarios[name as ScenarioName]((resource ?? 'regions') as Resource)]
    : [];
  await setupWorker(...extra, ...handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
}
