// The bundled styles and locale are imported as text by the bundler (Vite's `?raw`), in the app and in Vitest.

declare module '*.csl?raw' {
  const text: string;
  export default text;
}

declare module '*.xml?raw' {
  const text: string;
  export default text;
}
