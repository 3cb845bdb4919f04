// The same program as ./run.ts, built as one file for the commands that read the saved sessions
// (history, stats, next): like the session commands' (./run-session.ts), one file loads faster than
// the forty chunks code splitting makes (scripts/build.mjs).
import './run.js';
