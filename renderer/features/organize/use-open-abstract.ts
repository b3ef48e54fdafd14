import { useCallback, useState } from 'react';
import { markOpened } from '../../db/organize/reading-status';

/**
 * The open abstract's id and the way to open another. Opening tells the data layer
 * (`markOpened`), which sets Unread to Reading only when the user turned that on in Settings.
 */
export function useOpenAbstract(): [number | null, (id: number | null) => void] {
  const [openId, setOpenId] = useState<number | null>(null);
  const open = useCallback((id: number | null) => {
    setOpenId(id);
    if (id !== null) void markOpened(id);
  }, []);
  return [openId, open];
}
