/*
 * Imported by main.tsx between src/first.ts and React: the page's first script stops here for one task,
 * so compiling and running React and the screens (about 30 ms on a slow machine) is a task of its own
 * rather than one long task with what first.ts did. In between, the browser can paint and answer input;
 * on a sign-in's answer, the session's code first.ts asked for is already on its way.
 * The load and DOMContentLoaded events still wait for the whole script, React's start included.
 */
await new Promise((resolve) => setTimeout(resolve, 0));

export {};
