import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useSources } from '../db/hooks';
import type { SortKey, SourceSummary } from '../db/types';
import { getHost } from '../host';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportActivityPanel } from '../features/import/ImportActivityPanel';
import { ImportButton } from '../features/import/ImportButton';
import { useImport } from '../features/import/import-context';
import { ImportProvider } from '../features/import/ImportProvider';
import { ListPane } from '../features/library/ListPane';
import type { LibraryFilter } from '../features/organize/organize-api';
import { SettingsButton } from '../features/organize/SettingsDialog';
import { useOpenAbstract } from '../features/organize/use-open-abstract';
import { UndoProvider } from '../features/undo/UndoProvider';
import { Sidebar } from '../features/library/Sidebar';
import { Reader } from '../features/reader/Reader';
import { useAppShortcuts } from './use-app-shortcuts';
import './app.css';

const NO_SOURCES: readonly SourceSummary[] = [];

function Shell(): ReactNode {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<SortKey>('added');
  const [openId, setOpenId] = useOpenAbstract();
  const sources = useSources() ?? NO_SOURCES;
  const { importFrom } = useImport();
  const host = getHost();

  const importPicked = useCallback(
    () => void importFrom((onProgress) => host.pickAndReadFiles(onProgress)),
    [importFrom, host],
  );
  useEffect(
    () =>
      host.onCommand((command) => {
        if (command === 'import') importPicked();
      }),
    [host, importPicked],
  );
  useAppShortcuts();

  return (
    <div className="app">
      <div className="sidebar">
        <header className="sidebar-header">
          <h1 className="app-name">Lectern</h1>
          <ImportButton />
        </header>
        <Sidebar filter={filter} onFilterChange={setFilter} sources={sources} />
        <footer className="sidebar-footer">
          <SettingsButton />
        </footer>
        <ImportActivityPanel />
      </div>
      <main className="content">
        <ListPane
          filter={filter}
          onFilterChange={setFilter}
          sort={sort}
          onSortChange={setSort}
          openId={openId}
          onOpen={setOpenId}
          sources={sources}
        />
        <Reader
          openId={openId}
          sources={sources}
          onOpen={setOpenId}
          onShowSource={(captureHash) => setFilter({ captureHash })}
        />
      </main>
      <DropOverlay />
    </div>
  );
}

/** The three-pane window: sidebar, list, reader. */
export function App(): ReactNode {
  return (
    <UndoProvider>
      <ImportProvider>
        <Shell />
      </ImportProvider>
    </UndoProvider>
  );
}
