import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundState, PlaygroundStore } from '../store/playgroundStore';

const StoreContext = createContext<PlaygroundStore | null>(null);

export function StoreProvider({ store, children }: { store: PlaygroundStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a narrow slice of the playground state; re-renders only when that slice changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlayground must be used inside <StoreProvider>');
  return useStore(store, selector);
}

/** The store itself, for event handlers that read the latest state once (an export) rather than subscribe. */
export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlaygroundStore must be used inside <StoreProvider>');
  return store;
}
