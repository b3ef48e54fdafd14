import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useSources } from '../db/abstracts/hooks';
import type { SortKey, SourceSummary } from '../db/schema/row-types';
import { getHost } from '../host';
import { DropOverlay } from '../features/import';
import { ImportActivityPanel } from '../features/import';
import { ImportButton } from '../features/import';
import { useImport } from '../features/import';
import { ImportProvider } from '../features/import';
import { ListPane } from '../features/library';
import type { LibraryFilter } from '../db/organize/types';
import { SettingsButton } from '../features/settings';
import { useOpenAbstract } from './use-open-abstract';
import { UndoProvider } from '../features/undo';
import { Sidebar } from '../features/library';
import { Reader } from '../features/reader';
import { NotesSection } from '../features/notes';
import { LazyNoteView } from '../features/notes';
import { OpenAbstractContext } from '../editor/open-abstract-context';
import { LIBRARY_VIEW, type MainView } from './main-view';
import { GraphEntry } from '../features/graph';
import { LazyGraphView } from '../features/graph';
import { DuplicatesEntry, DuplicatesView, useDuplicateCommands } from '../features/duplicates';
import { useAppShortcuts } from './use-app-shortcuts';
import { CommandPalette } from '../features/palette';
import { useAppCommands } from '../features/palette';
import { SearchProvider, useSearchState } from '../features/search';
import { ReviewPage, ReviewsEntry, ReviewsView, useReviewCommands } from '../features/reviews';
import { ScreeningView } from '../features/screening';
import type { ScreeningStage } from '../../shared/screening/types';
import { CheckLibrary } from '../features/maintenance';
import { useSavedSync } from '../features/sync';
import { LiveExports } from '../features/export';
import { BackupActivityPanel, BackupProvider, BackupReminder, useBackup, useBackupCommands } from '../features/backup';
import './app.css';

const NO_SOURCES: readonly SourceSummary[] = [];

function Shell(): ReactNode {
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<SortKey>('added');
  const [openId, setOpenId] = useOpenAbstract();
  const [mainView, setMainView] = useState<MainView>(LIBRARY_VIEW);
  const showLibrary = useCallback(() => setMainView(LIBRARY_VIEW), []);
  const openNote = useCallback((noteId: number) => setMainView({ kind: 'note', noteId }), []);
  const showGraph = useCallback(() => setMainView({ kind: 'graph' }), []);
  const showDuplicates = useCallback(() => setMainView({ kind: 'duplicates' }), []);
  const [creatingReview, setCreatingReview] = useState(false);
  const showReviews = useCallback(() => setMainView({ kind: 'reviews' }), []);
  const newReview = useCallback(() => {
    setMainView({ kind: 'reviews' });
    setCreatingReview(true);
  }, []);
  const openReview = useCallback((reviewId: number) => setMainView({ kind: 'review', reviewId }), []);
  const screen = useCallback((reviewId: number, stage: ScreeningStage) => setMainView({ kind: 'screening', reviewId, stage }), []);
  const { setQuery } = useSearchState();
  /** The library list narrowed to one review's records, through the search's `review:` operator. */
  const showReviewRecords = useCallback(
    (reviewName: string) => {
      setMainView(LIBRARY_VIEW);
      setFilter({});
      setQuery(`review:"${reviewName}"`);
    },
    [setQuery],
  );
  /** Opens an abstract in the reader from anywhere (a mention, a backlink), back in the library view. */
  const openInReader = useCallback(
    (id: number) => {
      setMainView(LIBRARY_VIEW);
      setOpenId(id);
    },
    [setOpenId],
  );
  const changeFilter = useCallback((next: LibraryFilter) => {
    setMainView(LIBRARY_VIEW);
    setFilter(next);
  }, []);
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
  useBackupCommands();
  useSavedSync();
  const { snapshotBeforeRepair } = useBackup();
  useAppCommands({ importPicked, filter, setFilter: changeFilter, openId, showLibrary, showGraph, openNote });
  useDuplicateCommands(showDuplicates);
  useReviewCommands(showReviews, newReview);

  return (
    <OpenAbstractContext.Provider value={openInReader}>
      <div className="app">
        <div className="sidebar">
          <header className="sidebar-header">
            <h1 className="app-name">Lectern</h1>
            <ImportButton />
          </header>
          <Sidebar
            filter={filter}
            onFilterChange={changeFilter}
            sources={sources}
            libraryShown={mainView.kind === 'library'}
            views={
              <>
                <GraphEntry current={mainView.kind === 'graph'} onSelect={showGraph} />
                <DuplicatesEntry current={mainView.kind === 'duplicates'} onSelect={showDuplicates} />
                <ReviewsEntry current={mainView.kind === 'reviews' || mainView.kind === 'review' || mainView.kind === 'screening'} onSelect={showReviews} />
              </>
            }
          >
            <NotesSection
              openNoteId={mainView.kind === 'note' ? mainView.noteId : null}
              onOpenNote={openNote}
            />
          </Sidebar>
          <footer className="sidebar-footer">
            <BackupReminder />
            <SettingsButton />
          </footer>
          <ImportActivityPanel />
          <BackupActivityPanel />
        </div>
        <main className="content">
          {mainView.kind === 'note' && (
            <LazyNoteView key={mainView.noteId} noteId={mainView.noteId} onClose={showLibrary} />
          )}
          {mainView.kind === 'graph' && <LazyGraphView openId={openId} onOpen={openInReader} />}
          {mainView.kind === 'duplicates' && <DuplicatesView onOpen={openInReader} />}
          {mainView.kind === 'reviews' && <ReviewsView onOpen={openReview} creating={creatingReview} onCreatingChange={setCreatingReview} />}
          {mainView.kind === 'review' && (
            <ReviewPage
              key={mainView.reviewId}
              reviewId={mainView.reviewId}
              onScreen={(stage) => screen(mainView.reviewId, stage)}
              onBack={showReviews}
              onShowRecords={showReviewRecords}
            />
          )}
          {mainView.kind === 'screening' && (
            <ScreeningView
              key={`${mainView.reviewId}:${mainView.stage}`}
              reviewId={mainView.reviewId}
              stage={mainView.stage}
              onExit={() => openReview(mainView.reviewId)}
            />
          )}
          {mainView.kind === 'library' && (
            <>
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
                onOpenNote={openNote}
              />
            </>
          )}
        </main>
        <DropOverlay />
        <CommandPalette onOpenAbstract={openInReader} />
        <CheckLibrary beforeRepair={snapshotBeforeRepair} />
        <LiveExports />
      </div>
    </OpenAbstractContext.Provider>
  );
}

/** The three-pane window: sidebar, list, reader. */
export function App(): ReactNode {
  return (
    <UndoProvider>
      <ImportProvider>
        <SearchProvider>
          <BackupProvider>
            <Shell />
          </BackupProvider>
        </SearchProvider>
      </ImportProvider>
    </UndoProvider>
  );
}
