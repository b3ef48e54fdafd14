export function bundleAsEsm(entry: string, outfile: string): Promise<void>;
