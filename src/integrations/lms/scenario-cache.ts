import { loadScenario } from '../../content';
import { asScenarioId, type Scenario } from '../../engine';

/** Vignette content loaded once per launch, also readable synchronously once loaded. */
export function createScenarioCache(load: (id: string) => Promise<Scenario> = (id) => loadScenario(asScenarioId(id))) {
  const loaded = new Map<string, Scenario>();
  const pending = new Map<string, Promise<Scenario>>();
  const get = (id: string) => {
    const known = pending.get(id) ?? load(id).then((scenario) => {
      loaded.set(id, scenario);
      return scenario;
    });
    pending.set(id, known);
    known.catch(() => pending.delete(id));
    return known;
  };
  return {
    get,
    /** Loads all the given vignettes that exist; unknown ids are left out. */
    async getAll(ids: readonly string[]) {
      await Promise.all(ids.map((id) => get(id).catch(() => undefined)));
      return loaded;
    },
    loaded: loaded as ReadonlyMap<string, Scenario>,
  };
}

export type ScenarioCache = ReturnType<typeof createScenarioCache>;
