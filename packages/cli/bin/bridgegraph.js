#!/usr/bin/env node
// Committed entry point, so the command is linked at install time, before the first build.
import '../dist/bin.js';
