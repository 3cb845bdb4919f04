// The same program as ./run.ts, built as one file for the commands that run a session at the
// terminal (drill, practice, resume): their first prompt waits on loading the session's code, and
// one file of it loads faster than the forty chunks code splitting makes (scripts/build.mjs).
import './run.js';
