/**
 * The VS Code entry point: wires the real `vscode` API and a language client into the
 * activation logic (activation.ts), which decides between the contributed tsserver plugin
 * and the bundled language server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Activation, SETTINGS_SECTION, type ClientLike, type StatusSettings } from './activation';

/** The languages the plugin serves in tsserver, and so the server serves in its place. */
const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'];
/** Where the packaging script puts the bundled server, relative to the extension's folder. */
const SERVER_MODULE = 'dist/server.js';

let activation: Activation | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, settings: StatusSettings): ClientLike {
  const module = context.asAbsolutePath(SERVER_MODULE);
  // IPC makes the client add `--node-ipc`, which the server's command line understands.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: settings,
    outputChannel: output,
    synchronize: { configurationSection: SETTINGS_SECTION },
  };
  return new LanguageClient('httpStatus', 'HTTP Status language server', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('HTTP Status', { log: true });
  context.subscriptions.push(output);
  activation = new Activation({
    extensions: vscode.extensions,
    workspace: vscode.workspace,
    createClient: (settings) => createClient(context, output, settings),
    log: (message) => output.info(message),
  });
  await activation.start();
}

export async function deactivate(): Promise<void> {
  await activation?.dispose();
  activation = undefined;
}
