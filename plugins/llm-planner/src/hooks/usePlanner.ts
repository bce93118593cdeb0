import { useApi } from '@backstage/frontend-plugin-api';
import {
  createPlanner,
  KnowledgeBase,
  Planner,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { useEffect, useState } from 'react';
import { LlmPlannerApi, llmPlannerApiRef } from '../api/LlmPlannerClient';

type Loaded = { kb: KnowledgeBase; planner: Planner };

// One knowledge base and planner per API instance for the life of the page: building the
// planner indexes every run once, after which each what-if plan takes about a millisecond.
const cache = new WeakMap<LlmPlannerApi, Promise<Loaded>>();

function load(api: LlmPlannerApi): Promise<Loaded> {
  let p = cache.get(api);
  if (!p) {
    p = api.getKnowledgeBase().then(kb => ({ kb, planner: createPlanner(kb) }));
    p.catch(() => cache.delete(api));
    cache.set(api, p);
  }
  return p;
}

/** The knowledge base and an in-browser planner built from it once (no round trip per edit). */
export function usePlanner(): {
  loading: boolean;
  error?: Error;
  kb?: KnowledgeBase;
  planner?: Planner;
} {
  const api = useApi(llmPlannerApiRef);
  const [state, setState] = useState<{
    loading: boolean;
    error?: Error;
    value?: Loaded;
  }>({ loading: true });
  useEffect(() => {
    let live = true;
    load(api).then(
      value => live && setState({ loading: false, value }),
      error => live && setState({ loading: false, error }),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return {
    loading: state.loading,
    error: state.error,
    kb: state.value?.kb,
    planner: state.value?.planner,
  };
}
