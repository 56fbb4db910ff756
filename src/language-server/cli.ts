#!/usr/bin/env node
/**
 * `http-status-language-server --stdio` (or `--node-ipc`, `--socket=<port>`): the transport
 * comes from the command line, as `vscode-languageserver/node` reads it.
 */
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './server';

// Each parse leaves a large tree behind once the document changes or leaves the kept set; by
// default V8 lets the heap grow well past what is live before collecting it, which with
// hundreds of open files doubles the server's memory (bench/README.md, "Language server").
setFlagsFromString('--optimize-for-size');

startLanguageServer(createConnection(ProposedFeatures.all));
