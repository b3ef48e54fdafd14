import { useEffect, useSyncExternalStore } from 'react';

/** A request for one line of text before a command can run (e.g. a new list's name). */
export interface CommandInput {
  /** The field's label, e.g. "Name". */
  label: string;
  /** Prefilled text. */
  initial?: string;
  submit: (text: string) => Promise<void> | void;
}

/** One action the command palette offers. */
export interface PaletteCommand {
  /** Stable and unique, e.g. `lists.new`. */
  id: string;
  /** What the user reads and types, e.g. "New reading list". */
  title: string;
  /** Shown on the right, e.g. "Ctrl+K". */
  shortcut?: string;
  /** Extra words that should match, e.g. "create add" for "New reading list". */
  keywords?: string;
  /** Runs the action. Leave out when `input` is given. */
  run?: () => Promise<void> | void;
  /** Asks for a line of text first, then runs with it. */
  input?: CommandInput;
}

type Listener = () => void;

/**
 * Every feature's commands, by the component that registered them. A feature adds its actions with
 * one line, `useCommands([...])`, and they are listed while it is mounted.
 */
class CommandRegistry {
  private readonly groups = new Map<symbol, readonly PaletteCommand[]>();
  private readonly listeners = new Set<Listener>();
  private snapshot: readonly PaletteCommand[] = [];

  register(commands: readonly PaletteCommand[]): () => void {
    const key = Symbol('commands');
    this.groups.set(key, commands);
    this.changed();
    return () => {
      this.groups.delete(key);
      this.changed();
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  all = (): readonly PaletteCommand[] => this.snapshot;

  private changed(): void {
    // A later registration of the same id replaces the earlier one.
    const byId = new Map<string, PaletteCommand>();
    for (const group of this.groups.values()) for (const command of group) byId.set(command.id, command);
    this.snapshot = [...byId.values()];
    for (const listener of this.listeners) listener();
  }
}

export const commandRegistry = new CommandRegistry();

/** Lists `commands` in the palette while the calling component is mounted. Pass a memoised array. */
export function useCommands(commands: readonly PaletteCommand[]): void {
  useEffect(() => commandRegistry.register(commands), [commands]);
}

/** Every registered command, re-rendering when one is added or removed. */
export function useRegisteredCommands(): readonly PaletteCommand[] {
  return useSyncExternalStore(commandRegistry.subscribe, commandRegistry.all);
}
