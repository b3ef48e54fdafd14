import { useEffect, useState } from 'react';
import type { SnapshotInfo } from '../../../shared/backup/snapshots';
import type { Host } from '../../host/types';

/** The kept snapshots, newest first; null while they load. Read again whenever `refresh` changes. */
export function useSnapshots(host: Host, refresh: unknown): { snapshots: SnapshotInfo[] | null; error: string | null } {
  const [state, setState] = useState<{ snapshots: SnapshotInfo[] | null; error: string | null }>({ snapshots: null, error: null });
  useEffect(() => {
    let current = true;
    host.snapshots.list().then(
      (snapshots) => current && setState({ snapshots, error: null }),
      (error: unknown) => current && setState({ snapshots: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [host, refresh]);
  return state;
}
