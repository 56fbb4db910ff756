#!/usr/bin/env node
/**
 * `http-status-language-server --stdio` (or `--node-ipc`, `--socket=<port>`): the transport
 * comes from the command line, as `vscode-languageserver/node` reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './server';

startLanguageServer(createConnection(ProposedFeatures.all));
