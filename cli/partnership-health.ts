#!/usr/bin/env node
// The `partnership-health` executable: runs the CLI with the process's arguments.
import { main } from './main';

void main();
