// Vite's import suffixes (`./analysis.worker?worker`), for the type checker.
/// <reference types="vite/client" />
