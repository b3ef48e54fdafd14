import { useEffect, useState, type ReactNode } from 'react';
import { getHost } from '../../host';
import { useImport } from './import-context';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Accepts capture files dropped anywhere on the window, with an overlay while they hover. */
export function DropOverlay(): ReactNode {
  const { importFrom } = useImport();
  const [hovering, setHovering] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed, so count them.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setHovering(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setHovering(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setHovering(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void importFrom((onProgress) => getHost().readDroppedFiles(files, onProgress));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFrom]);

  if (!hovering) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <p className="drop-overlay-title">Drop to import</p>
        <p className="drop-overlay-hint">Captures (.txt) and reference files (BibTeX, RIS, CSL-JSON, CSV) are added to your library.</p>
      </div>
    </div>
  );
}
