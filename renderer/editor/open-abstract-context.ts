import { createContext, useContext } from 'react';

/** Opens an abstract in the reader; mentions in any editor use it. */
export type OpenAbstract = (abstractId: number) => void;

/** Provided by the app shell; without a provider a mention shows its title but opens nothing. */
export const OpenAbstractContext = createContext<OpenAbstract | null>(null);

export function useOpenAbstractFromEditor(): OpenAbstract | null {
  return useContext(OpenAbstractContext);
}
