import { describe, expect, it } from 'vitest';
import { commandRegistry } from '../../../../renderer/ui/command-registry';

const noop = (): void => undefined;

describe('command registry', () => {
  it('lists registered commands until their feature unregisters them, and tells subscribers', () => {
    let changes = 0;
    const unsubscribe = commandRegistry.subscribe(() => {
      changes += 1;
    });
    const removeGraph = commandRegistry.register([{ id: 'graph.show', title: 'Show graph', run: noop }]);
    const removeNotes = commandRegistry.register([{ id: 'notes.new', title: 'New note', run: noop }]);
    expect(commandRegistry.all().map((command) => command.id)).toEqual(['graph.show', 'notes.new']);
    removeGraph();
    expect(commandRegistry.all().map((command) => command.id)).toEqual(['notes.new']);
    removeNotes();
    expect(commandRegistry.all()).toEqual([]);
    expect(changes).toBe(4);
    unsubscribe();
  });

  it('keeps one command per id, the latest registration winning', () => {
    const first = commandRegistry.register([{ id: 'settings.open', title: 'Settings (old)', run: noop }]);
    const second = commandRegistry.register([{ id: 'settings.open', title: 'Open settings', run: noop }]);
    expect(commandRegistry.all().map((command) => command.title)).toEqual(['Open settings']);
    second();
    expect(commandRegistry.all().map((command) => command.title)).toEqual(['Settings (old)']);
    first();
  });

  it('returns the same snapshot between changes (for useSyncExternalStore)', () => {
    const remove = commandRegistry.register([{ id: 'undo', title: 'Undo', run: noop }]);
    expect(commandRegistry.all()).toBe(commandRegistry.all());
    remove();
  });
});
